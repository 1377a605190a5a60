/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-chain-view.h"
#include "xitu-exportable.h"

#include <glib/gi18n.h>

/* The Chain view: the chain chart with a year and an edition to choose.
 * Clicking a country's segment is forwarded as ::country-activated. */
struct _XituChainView
{
  AdwBin           parent_instance;

  GtkDropDown     *year_dropdown;
  GtkDropDown     *edition_dropdown;
  XituChartWidget *chart;

  XituDataset     *dataset;
  GArray          *years;     /* of int, parallel to the dropdown; 0 = latest */
  GStrv            editions;  /* parallel to the dropdown; [0] unused = newest */
  gboolean         filling;
};

static void xitu_chain_view_exportable_init (XituExportableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituChainView, xitu_chain_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (XITU_TYPE_EXPORTABLE, xitu_chain_view_exportable_init))

enum {
  COUNTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_years (XituChainView *self)
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
fill_editions (XituChainView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) editions = NULL;

  gtk_string_list_append (model, _("Newest"));
  g_strv_builder_add (builder, "");
  if (self->dataset != NULL)
    editions = xitu_chart_list_editions (self->dataset, xitu_chart_widget_get_options (self->chart));
  for (guint i = 0; editions != NULL && editions[i] != NULL; i++)
    {
      gtk_string_list_append (model, editions[i]);
      g_strv_builder_add (builder, editions[i]);
    }
  g_strfreev (self->editions);
  self->editions = g_strv_builder_end (builder);
  gtk_drop_down_set_model (self->edition_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->edition_dropdown, 0);
}

static void
on_year_selected (GtkDropDown   *dropdown,
                  GParamSpec    *pspec,
                  XituChainView *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || i >= self->years->len)
    return;
  xitu_chart_widget_set_year (self->chart, g_array_index (self->years, int, i));
}

static void
on_edition_selected (GtkDropDown   *dropdown,
                     GParamSpec    *pspec,
                     XituChainView *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || self->editions == NULL ||
      i >= g_strv_length (self->editions))
    return;
  xitu_chart_widget_set_edition (self->chart, i == 0 ? NULL : self->editions[i]);
}

static void
on_country_activated (XituChartWidget *chart,
                      const char      *code,
                      const char      *stage,
                      XituChainView   *self)
{
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code, stage);
}

/* Export: the chart as shown (year, edition), in the language asked for. */
static char *
xitu_chain_view_render (XituExportable          *exportable,
                        cairo_t                 *cr,
                        double                   width,
                        double                   height,
                        const XituExportOptions *options,
                        char                   **summary)
{
  return xitu_exportable_render_chart (XITU_CHAIN_VIEW (exportable)->chart, cr, width, height, options, summary);
}

static char *
xitu_chain_view_get_csv (XituExportable          *exportable,
                         const XituExportOptions *options)
{
  return xitu_exportable_chart_csv (XITU_CHAIN_VIEW (exportable)->chart, options);
}

static char *
xitu_chain_view_get_suggested_name (XituExportable *exportable)
{
  return xitu_exportable_chart_name (XITU_CHAIN_VIEW (exportable)->chart);
}

static void
xitu_chain_view_exportable_init (XituExportableInterface *iface)
{
  iface->render = xitu_chain_view_render;
  iface->get_csv = xitu_chain_view_get_csv;
  iface->get_suggested_name = xitu_chain_view_get_suggested_name;
}

static void
xitu_chain_view_dispose (GObject *object)
{
  XituChainView *self = XITU_CHAIN_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_CHAIN_VIEW);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (xitu_chain_view_parent_class)->dispose (object);
}

static void
xitu_chain_view_finalize (GObject *object)
{
  XituChainView *self = XITU_CHAIN_VIEW (object);

  g_array_unref (self->years);
  g_strfreev (self->editions);
  G_OBJECT_CLASS (xitu_chain_view_parent_class)->finalize (object);
}

static void
xitu_chain_view_class_init (XituChainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_chain_view_dispose;
  object_class->finalize = xitu_chain_view_finalize;

  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-chain-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituChainView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituChainView, edition_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituChainView, chart);
}

static void
xitu_chain_view_init (XituChainView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  g_signal_connect_object (self->year_dropdown, "notify::selected", G_CALLBACK (on_year_selected), self, 0);
  g_signal_connect_object (self->edition_dropdown, "notify::selected", G_CALLBACK (on_edition_selected), self, 0);
  g_signal_connect_object (self->chart, "country-activated", G_CALLBACK (on_country_activated), self, 0);
  self->filling = TRUE;
  fill_years (self);
  fill_editions (self);
  self->filling = FALSE;
}

GtkWidget *
xitu_chain_view_new (void)
{
  return g_object_new (XITU_TYPE_CHAIN_VIEW, NULL);
}

void
xitu_chain_view_set_dataset (XituChainView *self,
                             XituDataset   *dataset)
{
  g_return_if_fail (XITU_IS_CHAIN_VIEW (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->filling = TRUE;
  xitu_chart_widget_set_year (self->chart, 0);
  xitu_chart_widget_set_edition (self->chart, NULL);
  xitu_chart_widget_set_dataset (self->chart, dataset);
  fill_years (self);
  fill_editions (self);
  self->filling = FALSE;
}

void
xitu_chain_view_set_lang (XituChainView *self,
                          XituLang       lang)
{
  g_return_if_fail (XITU_IS_CHAIN_VIEW (self));
  xitu_chart_widget_set_lang (self->chart, lang);
}

void
xitu_chain_view_set_numbers (XituChainView   *self,
                             XituNumberStyle  numbers)
{
  g_return_if_fail (XITU_IS_CHAIN_VIEW (self));
  xitu_chart_widget_set_numbers (self->chart, numbers);
}

void
xitu_chain_view_set_year (XituChainView *self,
                          int            year)
{
  g_return_if_fail (XITU_IS_CHAIN_VIEW (self));

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
xitu_chain_view_get_chart (XituChainView *self)
{
  g_return_val_if_fail (XITU_IS_CHAIN_VIEW (self), NULL);
  return self->chart;
}
