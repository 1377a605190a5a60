/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-chain-view.h"
#include "xitu-chart-picker.h"
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

  XituChartPicker *picker;
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
  g_clear_object (&self->picker);
  G_OBJECT_CLASS (xitu_chain_view_parent_class)->dispose (object);
}

static void
xitu_chain_view_class_init (XituChainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_chain_view_dispose;

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
  self->picker = xitu_chart_picker_new (self->chart, self->year_dropdown, self->edition_dropdown);
  g_signal_connect_object (self->chart, "country-activated", G_CALLBACK (on_country_activated), self, 0);
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
  xitu_chart_picker_set_dataset (self->picker, dataset);
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
  xitu_chart_picker_set_year (self->picker, year);
}

void
xitu_chain_view_set_edition (XituChainView *self,
                             const char    *edition)
{
  g_return_if_fail (XITU_IS_CHAIN_VIEW (self));
  xitu_chart_picker_set_edition (self->picker, edition);
}

XituChartWidget *
xitu_chain_view_get_chart (XituChainView *self)
{
  g_return_val_if_fail (XITU_IS_CHAIN_VIEW (self), NULL);
  return self->chart;
}
