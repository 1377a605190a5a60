/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-dependence-view.h"
#include "xitu-exportable.h"

#include <glib/gi18n.h>

/* The Dependence view: each importer's dependence on China, as of a year.
 * Clicking an importer's bar is forwarded as ::country-activated. */
struct _XituDependenceView
{
  AdwBin           parent_instance;

  GtkDropDown     *year_dropdown;
  XituChartWidget *chart;

  XituDataset     *dataset;
  GArray          *years;     /* of int, parallel to the dropdown; 0 = latest */
  gboolean         filling;
};

static void xitu_dependence_view_exportable_init (XituExportableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituDependenceView, xitu_dependence_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (XITU_TYPE_EXPORTABLE, xitu_dependence_view_exportable_init))

enum {
  COUNTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_years (XituDependenceView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GArray) years = NULL;
  int zero = 0;

  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, zero);
  if (self->dataset != NULL)
    years = xitu_chart_list_years (self->dataset, xitu_chart_widget_get_options (self->chart));
  if (years != NULL && years->len > 0)
    {
      g_autofree char *latest = g_strdup_printf (_("Latest (%d)"), g_array_index (years, int, 0));
      gtk_string_list_append (model, latest);
    }
  else
    gtk_string_list_append (model, _("Latest"));
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (years, int, i));
      gtk_string_list_append (model, label);
      g_array_append_val (self->years, g_array_index (years, int, i));
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
}

static void
on_year_selected (GtkDropDown   *dropdown,
                  GParamSpec    *pspec,
                  XituDependenceView *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || i >= self->years->len)
    return;
  xitu_chart_widget_set_year (self->chart, g_array_index (self->years, int, i));
}

static void
on_country_activated (XituChartWidget *chart,
                      const char      *code,
                      const char      *stage,
                      XituDependenceView   *self)
{
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code, stage);
}

/* Export: the chart as shown (year, edition), in the language asked for. */
static char *
xitu_dependence_view_render (XituExportable          *exportable,
                             cairo_t                 *cr,
                             double                   width,
                             double                   height,
                             const XituExportOptions *options,
                             char                   **summary)
{
  return xitu_exportable_render_chart (XITU_DEPENDENCE_VIEW (exportable)->chart, cr, width, height, options, summary);
}

static char *
xitu_dependence_view_get_csv (XituExportable          *exportable,
                              const XituExportOptions *options)
{
  return xitu_exportable_chart_csv (XITU_DEPENDENCE_VIEW (exportable)->chart, options);
}

static char *
xitu_dependence_view_get_suggested_name (XituExportable *exportable)
{
  return xitu_exportable_chart_name (XITU_DEPENDENCE_VIEW (exportable)->chart);
}

static void
xitu_dependence_view_exportable_init (XituExportableInterface *iface)
{
  iface->render = xitu_dependence_view_render;
  iface->get_csv = xitu_dependence_view_get_csv;
  iface->get_suggested_name = xitu_dependence_view_get_suggested_name;
}

static void
xitu_dependence_view_dispose (GObject *object)
{
  XituDependenceView *self = XITU_DEPENDENCE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_DEPENDENCE_VIEW);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (xitu_dependence_view_parent_class)->dispose (object);
}

static void
xitu_dependence_view_finalize (GObject *object)
{
  XituDependenceView *self = XITU_DEPENDENCE_VIEW (object);

  g_array_unref (self->years);
  G_OBJECT_CLASS (xitu_dependence_view_parent_class)->finalize (object);
}

static void
xitu_dependence_view_class_init (XituDependenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_dependence_view_dispose;
  object_class->finalize = xitu_dependence_view_finalize;

  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-dependence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituDependenceView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituDependenceView, chart);
}

static void
xitu_dependence_view_init (XituDependenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  g_signal_connect_object (self->year_dropdown, "notify::selected", G_CALLBACK (on_year_selected), self, 0);
  g_signal_connect_object (self->chart, "country-activated", G_CALLBACK (on_country_activated), self, 0);
  self->filling = TRUE;
  fill_years (self);
  self->filling = FALSE;
}

GtkWidget *
xitu_dependence_view_new (void)
{
  return g_object_new (XITU_TYPE_DEPENDENCE_VIEW, NULL);
}

void
xitu_dependence_view_set_dataset (XituDependenceView *self,
                             XituDataset   *dataset)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->filling = TRUE;
  xitu_chart_widget_set_year (self->chart, 0);
  xitu_chart_widget_set_dataset (self->chart, dataset);
  fill_years (self);
  self->filling = FALSE;
}

void
xitu_dependence_view_set_lang (XituDependenceView *self,
                          XituLang       lang)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_widget_set_lang (self->chart, lang);
}

void
xitu_dependence_view_set_numbers (XituDependenceView   *self,
                             XituNumberStyle  numbers)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_widget_set_numbers (self->chart, numbers);
}

void
xitu_dependence_view_set_year (XituDependenceView *self,
                          int            year)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return;
      }
  /* A year between the ones with figures: still valid for the chart. */
  xitu_chart_widget_set_year (self->chart, year);
}

XituChartWidget *
xitu_dependence_view_get_chart (XituDependenceView *self)
{
  g_return_val_if_fail (XITU_IS_DEPENDENCE_VIEW (self), NULL);
  return self->chart;
}
