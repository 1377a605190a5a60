/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-dependence-view.h"
#include "xitu-chart-picker.h"
#include "xitu-exportable.h"

#include <glib/gi18n.h>

/* The Dependence view: each importer's dependence on China, as of a year,
 * as its sources state it or looked through the other suppliers. Clicking
 * an importer's bar is forwarded as ::country-activated. */
struct _XituDependenceView
{
  AdwBin           parent_instance;

  GtkDropDown     *year_dropdown;
  GtkToggleButton *look_through_button;
  XituChartWidget *chart;

  XituChartPicker *picker;
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
on_country_activated (XituChartWidget *chart,
                      const char      *code,
                      const char      *stage,
                      XituDependenceView *self)
{
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code, stage);
}

/* As stated or looked through: two charts of the same figures. */
static void
on_look_through_toggled (XituDependenceView *self)
{
  gboolean look_through = gtk_toggle_button_get_active (self->look_through_button);

  xitu_chart_widget_set_kind (self->chart, look_through ? XITU_CHART_LOOK_THROUGH : XITU_CHART_DEPENDENCE);
  xitu_chart_picker_refresh (self->picker);
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
  g_clear_object (&self->picker);
  G_OBJECT_CLASS (xitu_dependence_view_parent_class)->dispose (object);
}

static void
xitu_dependence_view_class_init (XituDependenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_dependence_view_dispose;

  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-dependence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituDependenceView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituDependenceView, look_through_button);
  gtk_widget_class_bind_template_child (widget_class, XituDependenceView, chart);
}

static void
xitu_dependence_view_init (XituDependenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->picker = xitu_chart_picker_new (self->chart, self->year_dropdown, NULL);
  g_signal_connect_object (self->chart, "country-activated", G_CALLBACK (on_country_activated), self, 0);
  g_signal_connect_object (self->look_through_button, "toggled", G_CALLBACK (on_look_through_toggled),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
xitu_dependence_view_new (void)
{
  return g_object_new (XITU_TYPE_DEPENDENCE_VIEW, NULL);
}

void
xitu_dependence_view_set_dataset (XituDependenceView *self,
                                  XituDataset        *dataset)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_picker_set_dataset (self->picker, dataset);
}

void
xitu_dependence_view_set_lang (XituDependenceView *self,
                               XituLang            lang)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_widget_set_lang (self->chart, lang);
}

void
xitu_dependence_view_set_numbers (XituDependenceView *self,
                                  XituNumberStyle     numbers)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_widget_set_numbers (self->chart, numbers);
}

void
xitu_dependence_view_set_year (XituDependenceView *self,
                               int                 year)
{
  g_return_if_fail (XITU_IS_DEPENDENCE_VIEW (self));
  xitu_chart_picker_set_year (self->picker, year);
}

XituChartWidget *
xitu_dependence_view_get_chart (XituDependenceView *self)
{
  g_return_val_if_fail (XITU_IS_DEPENDENCE_VIEW (self), NULL);
  return self->chart;
}
