/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-exportable.h"

#include <string.h>

G_DEFINE_INTERFACE (XituExportable, xitu_exportable, GTK_TYPE_WIDGET)

static void
xitu_exportable_default_init (XituExportableInterface *iface)
{
}

char *
xitu_exportable_render (XituExportable          *self,
                        cairo_t                 *cr,
                        double                   width,
                        double                   height,
                        const XituExportOptions *options,
                        char                   **summary)
{
  g_return_val_if_fail (XITU_IS_EXPORTABLE (self), NULL);
  g_return_val_if_fail (options != NULL && summary != NULL, NULL);

  *summary = NULL;
  return XITU_EXPORTABLE_GET_IFACE (self)->render (self, cr, width, height, options, summary);
}

char *
xitu_exportable_get_csv (XituExportable          *self,
                         const XituExportOptions *options)
{
  g_return_val_if_fail (XITU_IS_EXPORTABLE (self), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  return XITU_EXPORTABLE_GET_IFACE (self)->get_csv (self, options);
}

char *
xitu_exportable_get_suggested_name (XituExportable *self)
{
  XituExportableInterface *iface;

  g_return_val_if_fail (XITU_IS_EXPORTABLE (self), NULL);

  iface = XITU_EXPORTABLE_GET_IFACE (self);
  return iface->get_suggested_name != NULL ? iface->get_suggested_name (self) : g_strdup ("xitu");
}

typedef struct
{
  XituExportable          *exportable;
  const XituExportOptions *options;
} Drawing;

static char *
draw (cairo_t  *cr,
      double    width,
      double    height,
      char    **summary,
      gpointer  user_data)
{
  Drawing *drawing = user_data;

  return xitu_exportable_render (drawing->exportable, cr, width, height, drawing->options, summary);
}

GBytes *
xitu_exportable_export_bytes (XituExportable          *self,
                              XituExportFormat         format,
                              double                   width,
                              double                   height,
                              double                   scale,
                              const XituExportOptions *options,
                              GError                 **error)
{
  Drawing drawing = { self, options };

  g_return_val_if_fail (XITU_IS_EXPORTABLE (self), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (format == XITU_EXPORT_CSV)
    {
      char *csv = xitu_exportable_get_csv (self, options);

      return g_bytes_new_take (csv, strlen (csv));
    }
  return xitu_export_render_drawing (format, width, height, scale, draw, &drawing, error);
}

gboolean
xitu_exportable_export (XituExportable          *self,
                        XituExportFormat         format,
                        double                   width,
                        double                   height,
                        double                   scale,
                        const XituExportOptions *options,
                        GFile                   *file,
                        GError                 **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = xitu_exportable_export_bytes (self, format, width, height, scale, options, error);
  return bytes != NULL && xitu_export_write_atomic (file, bytes, error);
}

XituExportable *
xitu_exportable_find (GtkWidget *widget)
{
  if (widget == NULL)
    return NULL;
  if (XITU_IS_EXPORTABLE (widget))
    return XITU_EXPORTABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      XituExportable *found = xitu_exportable_find (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* ---- views of one chart ---------------------------------------------------- */

static void
chart_options_for_export (XituChartWidget         *chart,
                          const XituExportOptions *options,
                          XituChartOptions        *out)
{
  const XituChartOptions *shown = xitu_chart_widget_get_options (chart);

  /* _copy() clears what it copies into. */
  xitu_chart_options_init (out, shown->kind);
  xitu_chart_options_copy (out, shown);
  out->lang = options->lang;
  out->numbers = options->numbers;
  out->theme = XITU_THEME_LIGHT;
  out->text_scale = 0;
  out->transparent = FALSE;
}

char *
xitu_exportable_render_chart (XituChartWidget         *chart,
                              cairo_t                 *cr,
                              double                   width,
                              double                   height,
                              const XituExportOptions *options,
                              char                   **summary)
{
  g_autoptr (XituChartResult) result = NULL;
  XituChartOptions opts;

  g_return_val_if_fail (XITU_IS_CHART_WIDGET (chart), NULL);

  chart_options_for_export (chart, options, &opts);
  result = xitu_chart_draw (xitu_chart_widget_get_dataset (chart), &opts, cr, width, height);
  xitu_chart_options_clear (&opts);
  *summary = g_strdup (result->summary);
  return g_strdup (result->title);
}

char *
xitu_exportable_chart_csv (XituChartWidget         *chart,
                           const XituExportOptions *options)
{
  g_autoptr (XituTable) table = NULL;
  XituChartOptions opts;

  g_return_val_if_fail (XITU_IS_CHART_WIDGET (chart), NULL);

  chart_options_for_export (chart, options, &opts);
  table = xitu_chart_get_table (xitu_chart_widget_get_dataset (chart), &opts);
  xitu_chart_options_clear (&opts);
  return xitu_table_to_csv (table);
}

char *
xitu_exportable_chart_name (XituChartWidget *chart)
{
  XituChartResult *result;
  int year;

  g_return_val_if_fail (XITU_IS_CHART_WIDGET (chart), NULL);

  result = xitu_chart_widget_get_result (chart);
  year = xitu_chart_widget_get_year (chart);
  if (year == 0 && result != NULL)
    year = result->year;
  if (year > 0)
    return g_strdup_printf ("%s-%d", xitu_chart_kind_to_string (xitu_chart_widget_get_kind (chart)), year);
  return g_strdup (xitu_chart_kind_to_string (xitu_chart_widget_get_kind (chart)));
}
