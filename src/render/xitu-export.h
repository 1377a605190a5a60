/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-chart.h"

G_BEGIN_DECLS

/* Export of any chart as PNG, PDF or SVG (the same draw call as the screen),
 * and of the data behind it as CSV. Sizes are logical pixels (CSS px, 96 per
 * inch): a PDF page of 960 × 600 is 10 × 6.25 in; a PNG is size × scale
 * pixels. Title, sources and edition are part of every chart drawn.
 *
 * Files are written atomically: to a temporary file in the target's folder,
 * then renamed over the target. On any failure the old file is left as it
 * was and the GError says what failed and where. */

typedef enum
{
  XITU_EXPORT_PNG,
  XITU_EXPORT_PDF,
  XITU_EXPORT_SVG,
  XITU_EXPORT_CSV,
  XITU_N_EXPORT_FORMATS
} XituExportFormat;

#define XITU_EXPORT_DEFAULT_WIDTH  960
#define XITU_EXPORT_DEFAULT_HEIGHT 600
/* PNG scale for 300 dpi prints of the logical size (96 px per inch). */
#define XITU_EXPORT_SCALE_300_DPI  (300.0 / 96.0)
#define XITU_EXPORT_MAX_PIXELS     (16384.0 * 16384.0)

#define XITU_EXPORT_ERROR (xitu_export_error_quark ())

typedef enum
{
  XITU_EXPORT_ERROR_INVALID_SIZE,
  XITU_EXPORT_ERROR_RENDER,
  XITU_EXPORT_ERROR_NOT_REGULAR,
} XituExportError;

GQuark       xitu_export_error_quark        (void);

gboolean     xitu_export_format_from_string (const char        *str,
                                             XituExportFormat  *format);
const char  *xitu_export_format_to_string   (XituExportFormat   format);
/* From the file name's extension (.png, .pdf, .svg, .csv; any case). */
gboolean     xitu_export_format_from_path   (const char        *path,
                                             XituExportFormat  *format);

/* The file's bytes in memory. `scale` matters for PNG only. */
GBytes      *xitu_export_render             (XituDataset            *dataset,
                                             const XituChartOptions *options,
                                             XituExportFormat        format,
                                             double                  width,
                                             double                  height,
                                             double                  scale,
                                             GError                **error);
gboolean     xitu_export_chart              (XituDataset            *dataset,
                                             const XituChartOptions *options,
                                             XituExportFormat        format,
                                             double                  width,
                                             double                  height,
                                             double                  scale,
                                             GFile                  *file,
                                             GError                **error);

/* Draws one picture in the rectangle (0, 0, width, height) of cr's user
 * space. Returns its title (transfer full, nullable) for the document's
 * metadata, and sets `summary` (nullable) to a description of it. */
typedef char *(*XituExportDrawFunc) (cairo_t   *cr,
                                     double     width,
                                     double     height,
                                     char     **summary,
                                     gpointer   user_data);

/* The bytes of a PNG, PDF or SVG file of any drawing (the map's, a view's):
 * the same surfaces, sizes and real SVG text as the charts. CSV is the
 * caller's to write. */
GBytes      *xitu_export_render_drawing     (XituExportFormat        format,
                                             double                  width,
                                             double                  height,
                                             double                  scale,
                                             XituExportDrawFunc      draw,
                                             gpointer                user_data,
                                             GError                **error);

/* The same for a drawing that paints every pixel opaque, its background
 * first (the map): its PNG image is not cleared before drawing and has no
 * alpha to check. A pixel it leaves unpainted is undefined. */
GBytes      *xitu_export_render_opaque_drawing (XituExportFormat     format,
                                                double               width,
                                                double               height,
                                                double               scale,
                                                XituExportDrawFunc   draw,
                                                gpointer             user_data,
                                                GError             **error);

/* Every figure in the dataset with its source and edition, as CSV. */
char        *xitu_export_figures_csv        (XituDataset            *dataset);
gboolean     xitu_export_figures            (XituDataset            *dataset,
                                             GFile                  *file,
                                             GError                **error);

/* Replaces `file` with `bytes` atomically (see above). */
gboolean     xitu_export_write_atomic       (GFile                  *file,
                                             GBytes                 *bytes,
                                             GError                **error);

G_END_DECLS
