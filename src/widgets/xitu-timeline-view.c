/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-timeline-view.h"

#include <glib/gi18n.h>

#include "xitu-exportable.h"

struct _XituTimelineView
{
  AdwBin           parent_instance;

  XituChartWidget *chart;
};

static void xitu_timeline_view_exportable_init (XituExportableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituTimelineView, xitu_timeline_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (XITU_TYPE_EXPORTABLE, xitu_timeline_view_exportable_init))

enum {
  PROP_0,
  PROP_LANG,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  COUNTRY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The chart at the size its rows and years want, at text scale 1: the
 * scrolled window scrolls when the window is smaller. */
static void
update_size (XituTimelineView *self)
{
  const XituChartOptions *options = xitu_chart_widget_get_options (self->chart);
  XituDataset *dataset = xitu_chart_widget_get_dataset (self->chart);
  double width, height;

  if (dataset == NULL)
    return;
  xitu_chart_get_natural_size (dataset, options, &width, &height);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), (int) width, (int) height);
}

static void
on_source_activated (XituChartWidget  *chart,
                     const char       *source_id,
                     XituTimelineView *self)
{
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, source_id);
}

static void
on_country_activated (XituChartWidget  *chart,
                      const char       *code,
                      const char       *stage,
                      XituTimelineView *self)
{
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code);
}

/* Export…: the timeline at the size asked for; its text scales to fit. */
static char *
xitu_timeline_view_render (XituExportable          *exportable,
                           cairo_t                 *cr,
                           double                   width,
                           double                   height,
                           const XituExportOptions *options,
                           char                   **summary)
{
  return xitu_exportable_render_chart (XITU_TIMELINE_VIEW (exportable)->chart, cr, width, height, options, summary);
}

static char *
xitu_timeline_view_get_csv (XituExportable          *exportable,
                            const XituExportOptions *options)
{
  return xitu_exportable_chart_csv (XITU_TIMELINE_VIEW (exportable)->chart, options);
}

static char *
xitu_timeline_view_get_suggested_name (XituExportable *exportable)
{
  return g_strdup ("timeline");
}

static void
xitu_timeline_view_exportable_init (XituExportableInterface *iface)
{
  iface->render = xitu_timeline_view_render;
  iface->get_csv = xitu_timeline_view_get_csv;
  iface->get_suggested_name = xitu_timeline_view_get_suggested_name;
}

static void
xitu_timeline_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  XituTimelineView *self = XITU_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, xitu_timeline_view_get_lang (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_timeline_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  XituTimelineView *self = XITU_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_timeline_view_set_lang (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_timeline_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), XITU_TYPE_TIMELINE_VIEW);
  G_OBJECT_CLASS (xitu_timeline_view_parent_class)->dispose (object);
}

static void
xitu_timeline_view_class_init (XituTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_timeline_view_dispose;
  object_class->get_property = xitu_timeline_view_get_property;
  object_class->set_property = xitu_timeline_view_set_property;

  /* The XituLang of the chart's labels. */
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituTimelineView::source-activated:
   * @source_id: the source of the event or facility clicked
   */
  signals[SOURCE_ACTIVATED] =
    g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * XituTimelineView::country-activated:
   * @code: the country whose name was clicked
   */
  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituTimelineView, chart);
}

static void
xitu_timeline_view_init (XituTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  xitu_chart_widget_set_kind (self->chart, XITU_CHART_TIMELINE);
  xitu_chart_widget_set_text_scale (self->chart, 1.0);
  g_signal_connect_object (self->chart, "source-activated", G_CALLBACK (on_source_activated), self, 0);
  g_signal_connect_object (self->chart, "country-activated", G_CALLBACK (on_country_activated), self, 0);
}

GtkWidget *
xitu_timeline_view_new (void)
{
  return g_object_new (XITU_TYPE_TIMELINE_VIEW, NULL);
}

void
xitu_timeline_view_set_dataset (XituTimelineView *self,
                                XituDataset      *dataset)
{
  g_return_if_fail (XITU_IS_TIMELINE_VIEW (self));

  xitu_chart_widget_set_dataset (self->chart, dataset);
  update_size (self);
}

void
xitu_timeline_view_set_lang (XituTimelineView *self,
                             XituLang          lang)
{
  g_return_if_fail (XITU_IS_TIMELINE_VIEW (self));

  if (xitu_chart_widget_get_options (self->chart)->lang == lang)
    return;
  xitu_chart_widget_set_lang (self->chart, lang);
  update_size (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

XituLang
xitu_timeline_view_get_lang (XituTimelineView *self)
{
  g_return_val_if_fail (XITU_IS_TIMELINE_VIEW (self), XITU_LANG_EN);
  return xitu_chart_widget_get_options (self->chart)->lang;
}

void
xitu_timeline_view_set_numbers (XituTimelineView *self,
                                XituNumberStyle   numbers)
{
  g_return_if_fail (XITU_IS_TIMELINE_VIEW (self));
  xitu_chart_widget_set_numbers (self->chart, numbers);
}

XituChartWidget *
xitu_timeline_view_get_chart (XituTimelineView *self)
{
  g_return_val_if_fail (XITU_IS_TIMELINE_VIEW (self), NULL);
  return self->chart;
}
