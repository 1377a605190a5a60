/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-chart-widget.h"
#include "xitu-export.h"

G_BEGIN_DECLS

/* What a view draws when it is exported. The dialog picks the format, size
 * and scale; the view draws its chart or map for the label language asked
 * for, always in the light theme, and gives the data behind it as CSV. */
typedef struct
{
  XituLang        lang;
  XituNumberStyle numbers;
} XituExportOptions;

#define XITU_TYPE_EXPORTABLE (xitu_exportable_get_type ())
G_DECLARE_INTERFACE (XituExportable, xitu_exportable, XITU, EXPORTABLE, GtkWidget)

struct _XituExportableInterface
{
  GTypeInterface parent_iface;

  /* Draws in (0, 0, width, height) of cr's user space; returns the title
   * (transfer full, nullable) and sets summary (nullable). */
  char     *(*render)             (XituExportable          *self,
                                   cairo_t                 *cr,
                                   double                   width,
                                   double                   height,
                                   const XituExportOptions *options,
                                   char                   **summary);
  /* The data behind the drawing, RFC 4180 CSV. */
  char     *(*get_csv)            (XituExportable          *self,
                                   const XituExportOptions *options);
  /* A file name without its extension, e.g. "chain-2025". */
  char     *(*get_suggested_name) (XituExportable          *self);
};

char           *xitu_exportable_render             (XituExportable          *self,
                                                    cairo_t                 *cr,
                                                    double                   width,
                                                    double                   height,
                                                    const XituExportOptions *options,
                                                    char                   **summary);
char           *xitu_exportable_get_csv            (XituExportable          *self,
                                                    const XituExportOptions *options);
char           *xitu_exportable_get_suggested_name (XituExportable          *self);

/* The file's bytes; `scale` matters for PNG only. */
GBytes         *xitu_exportable_export_bytes       (XituExportable          *self,
                                                    XituExportFormat         format,
                                                    double                   width,
                                                    double                   height,
                                                    double                   scale,
                                                    const XituExportOptions *options,
                                                    GError                 **error);
/* Renders and writes atomically: on any failure `file` is left as it was
 * and the error says what and where. */
gboolean        xitu_exportable_export             (XituExportable          *self,
                                                    XituExportFormat         format,
                                                    double                   width,
                                                    double                   height,
                                                    double                   scale,
                                                    const XituExportOptions *options,
                                                    GFile                   *file,
                                                    GError                 **error);

/* The widget itself or the first of its descendants that is exportable
 * (a view inside a scrolled page), or NULL. */
XituExportable *xitu_exportable_find               (GtkWidget               *widget);

/* For views that show one chart: the chart widget's chart (kind, year,
 * edition, metric, countries) in the language asked for, light theme. */
char           *xitu_exportable_render_chart       (XituChartWidget         *chart,
                                                    cairo_t                 *cr,
                                                    double                   width,
                                                    double                   height,
                                                    const XituExportOptions *options,
                                                    char                   **summary);
char           *xitu_exportable_chart_csv          (XituChartWidget         *chart,
                                                    const XituExportOptions *options);
/* "chain-2025": the kind and the year shown. */
char           *xitu_exportable_chart_name         (XituChartWidget         *chart);

G_END_DECLS
