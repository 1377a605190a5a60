/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-export.h"
#include "xitu-chart-private.h"
#include "xitu-png.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

static const char * const format_names[XITU_N_EXPORT_FORMATS] = { "png", "pdf", "svg", "csv" };

G_DEFINE_QUARK (xitu-export-error-quark, xitu_export_error)

gboolean
xitu_export_format_from_string (const char       *str,
                                XituExportFormat *format)
{
  for (guint i = 0; i < XITU_N_EXPORT_FORMATS; i++)
    if (str != NULL && g_ascii_strcasecmp (str, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
xitu_export_format_to_string (XituExportFormat format)
{
  g_return_val_if_fail (format < XITU_N_EXPORT_FORMATS, NULL);
  return format_names[format];
}

gboolean
xitu_export_format_from_path (const char       *path,
                              XituExportFormat *format)
{
  const char *dot = path != NULL ? strrchr (path, '.') : NULL;

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return xitu_export_format_from_string (dot + 1, format);
}

/* Streams into memory */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_size (double   width,
            double   height,
            double   scale,
            GError **error)
{
  if (!(width >= 16 && height >= 16 && width <= 16384 && height <= 16384))
    {
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE,
                   "A chart size of %g × %g is outside 16–16384 on each side", width, height);
      return FALSE;
    }
  if (!(scale > 0 && scale <= 16) || width * scale * height * scale > XITU_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE,
                   "A scale of %g for a %g × %g chart is out of range (0–16, at most 16384 × 16384 pixels)",
                   scale, width, height);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_cairo (cairo_status_t   status,
             const char      *what,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_RENDER,
               "Could not draw the %s: %s", what, cairo_status_to_string (status));
  return FALSE;
}

/* An image for `draw`. An opaque drawing paints every pixel over its own
 * background, so its memory need not be cleared first (8 MB at 1920×1080),
 * nor its alpha read before it is written as RGB. ARGB32 all the same:
 * pixman draws slower into RGB24. */
static cairo_surface_t *
image_for (int      width,
           int      height,
           gboolean opaque)
{
  static const cairo_user_data_key_t pixels_key;
  cairo_surface_t *surface;
  int stride;
  guint8 *pixels;

  if (!opaque)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  pixels = g_try_malloc ((gsize) stride * height);
  if (pixels == NULL)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);  /* reports the error */
  surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, width, height, stride);
  if (cairo_surface_set_user_data (surface, &pixels_key, pixels, g_free) != CAIRO_STATUS_SUCCESS)
    g_free (pixels);  /* the surface is in error, and says so */
  return surface;
}

static GBytes *
render_png (XituExportDrawFunc  draw,
            gpointer            user_data,
            double              width,
            double              height,
            double              scale,
            gboolean            opaque,
            GError            **error)
{
  int pw = (int) ceil (width * scale), ph = (int) ceil (height * scale);
  cairo_surface_t *surface = image_for (pw, ph, opaque);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  GBytes *png = NULL;
  cairo_status_t status;
  cairo_t *cr;

  if (!check_cairo (cairo_surface_status (surface), "image", error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  title = draw (cr, width, height, &summary, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  /* The pHYs chunk tells image programs the print resolution: without it
   * a 300 dpi export opens at 72 dpi, three times too large. */
  if (check_cairo (status, "PNG image", error))
    png = opaque ? xitu_png_encode_opaque (surface, 96.0 * scale, error)
                 : xitu_png_encode (surface, 96.0 * scale, error);
  cairo_surface_destroy (surface);
  return png;
}

static GBytes *
render_pdf (XituExportDrawFunc  draw,
            gpointer            user_data,
            double              width,
            double              height,
            GError            **error)
{
  g_autoptr (GByteArray) pdf = g_byte_array_new ();
  /* Logical pixels are CSS px: 0.75 pt each. */
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, pdf,
                                                                   width * 0.75, height * 0.75);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, 0.75, 0.75);
  title = draw (cr, width, height, &summary, user_data);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Xitu");
  if (summary != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, summary);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, "PDF document", error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/* SVG: cairo draws the graphics; text goes through the text sink and is
 * written as <text> elements, so that the SVG keeps real text that can be
 * searched, selected and edited. textLength pins each line to the width it
 * was laid out with, whatever font the viewer has. */
static void
svg_text (const char                 *text,
          const PangoFontDescription *font,
          const char                 *language,
          double                      font_size,
          double                      x,
          double                      y,
          double                      width,
          XituRgba                    color,
          gpointer                    user_data)
{
  GString *out = user_data;
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *fill = xitu_rgba_to_hex (color);
  gboolean bold = pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD;
  char xs[G_ASCII_DTOSTR_BUF_SIZE], ys[G_ASCII_DTOSTR_BUF_SIZE];
  char ss[G_ASCII_DTOSTR_BUF_SIZE], ws[G_ASCII_DTOSTR_BUF_SIZE];
  char opacity[64] = "";

  g_ascii_formatd (xs, sizeof xs, "%.2f", x);
  g_ascii_formatd (ys, sizeof ys, "%.2f", y);
  g_ascii_formatd (ss, sizeof ss, "%.2f", font_size);
  g_ascii_formatd (ws, sizeof ws, "%.2f", width);
  if (color.alpha < 1)
    {
      char a[G_ASCII_DTOSTR_BUF_SIZE];
      g_snprintf (opacity, sizeof opacity, " fill-opacity=\"%s\"", g_ascii_formatd (a, sizeof a, "%.3f", color.alpha));
    }
  g_string_append_printf (out,
                          "<text x=\"%s\" y=\"%s\" font-size=\"%spx\"%s fill=\"%s\"%s textLength=\"%s\" "
                          "lengthAdjust=\"spacingAndGlyphs\" xml:lang=\"%s\">%s</text>\n",
                          xs, ys, ss, bold ? " font-weight=\"bold\"" : "", fill,
                          opacity, ws, language, escaped);
}

static GBytes *
render_svg (XituExportDrawFunc  draw,
            gpointer            user_data,
            double              width,
            double              height,
            GError            **error)
{
  g_autoptr (GByteArray) svg = g_byte_array_new ();
  g_autoptr (GString) texts = g_string_new (NULL);
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_to_array, svg, width, height);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  cairo_status_t status;
  cairo_t *cr;
  g_autofree char *document = NULL;
  g_autofree char *escaped_title = NULL;
  char *end;

  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  xitu_text_set_sink (cr, svg_text, texts);
  title = draw (cr, width, height, &summary, user_data);
  xitu_text_set_sink (cr, NULL, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, "SVG document", error))
    return NULL;

  g_byte_array_append (svg, (const guint8 *) "", 1);
  document = (char *) g_byte_array_free (g_steal_pointer (&svg), FALSE);
  end = g_strrstr (document, "</svg>");
  if (end == NULL)
    {
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_RENDER, "Could not draw the SVG document: no </svg>");
      return NULL;
    }
  *end = '\0';
  escaped_title = g_markup_escape_text (title != NULL ? title : "", -1);
  {
    g_autofree char *desc = g_markup_escape_text (summary != NULL ? summary : "", -1);
    char *full = g_strdup_printf ("%s<title>%s</title>\n<desc>%s</desc>\n"
                                  "<g font-family=\"Cantarell, 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', "
                                  "'WenQuanYi Micro Hei', sans-serif\">\n%s</g>\n</svg>\n",
                                  document, escaped_title, desc, texts->str);
    return g_bytes_new_take (full, strlen (full));
  }
}

static GBytes *
render_drawing (XituExportFormat     format,
                double               width,
                double               height,
                double               scale,
                gboolean             opaque,
                XituExportDrawFunc   draw,
                gpointer             user_data,
                GError             **error)
{
  g_return_val_if_fail (draw != NULL, NULL);

  if (!check_size (width, height, format == XITU_EXPORT_PNG ? scale : 1.0, error))
    return NULL;

  switch (format)
    {
    case XITU_EXPORT_PNG:
      return render_png (draw, user_data, width, height, scale, opaque, error);
    case XITU_EXPORT_PDF:
      return render_pdf (draw, user_data, width, height, error);
    case XITU_EXPORT_SVG:
      return render_svg (draw, user_data, width, height, error);
    case XITU_EXPORT_CSV:
    case XITU_N_EXPORT_FORMATS:
    default:
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_RENDER,
                   "A drawing cannot be exported as %s", format == XITU_EXPORT_CSV ? "CSV" : "this format");
      return NULL;
    }
}

GBytes *
xitu_export_render_drawing (XituExportFormat     format,
                            double               width,
                            double               height,
                            double               scale,
                            XituExportDrawFunc   draw,
                            gpointer             user_data,
                            GError             **error)
{
  return render_drawing (format, width, height, scale, FALSE, draw, user_data, error);
}

GBytes *
xitu_export_render_opaque_drawing (XituExportFormat     format,
                                   double               width,
                                   double               height,
                                   double               scale,
                                   XituExportDrawFunc   draw,
                                   gpointer             user_data,
                                   GError             **error)
{
  return render_drawing (format, width, height, scale, TRUE, draw, user_data, error);
}

typedef struct
{
  XituDataset            *dataset;
  const XituChartOptions *options;
} ChartDrawing;

static char *
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            char    **summary,
            gpointer  user_data)
{
  ChartDrawing *chart = user_data;
  g_autoptr (XituChartResult) result = xitu_chart_draw (chart->dataset, chart->options, cr, width, height);

  *summary = g_strdup (result->summary);
  return g_strdup (result->title);
}

GBytes *
xitu_export_render (XituDataset            *dataset,
                    const XituChartOptions *options,
                    XituExportFormat        format,
                    double                  width,
                    double                  height,
                    double                  scale,
                    GError                **error)
{
  ChartDrawing chart = { dataset, options };

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!check_size (width, height, format == XITU_EXPORT_PNG ? scale : 1.0, error))
    return NULL;
  if (!xitu_chart_validate (dataset, options, error))
    return NULL;

  if (format == XITU_EXPORT_CSV)
    {
      g_autoptr (XituTable) table = xitu_chart_get_table (dataset, options);
      char *csv = xitu_table_to_csv (table);
      return g_bytes_new_take (csv, strlen (csv));
    }
  return xitu_export_render_drawing (format, width, height, scale, draw_chart, &chart, error);
}

gboolean
xitu_export_chart (XituDataset            *dataset,
                   const XituChartOptions *options,
                   XituExportFormat        format,
                   double                  width,
                   double                  height,
                   double                  scale,
                   GFile                  *file,
                   GError                **error)
{
  g_autoptr (GBytes) bytes = xitu_export_render (dataset, options, format, width, height, scale, error);

  return bytes != NULL && xitu_export_write_atomic (file, bytes, error);
}

/* All figures */

char *
xitu_export_figures_csv (XituDataset *dataset)
{
  static const char * const header[] = {
    "id", "country", "country_name_en", "country_name_zh", "partner", "stage", "metric",
    "measure", "year", "year_end", "value", "unit", "flags", "edition", "source_id",
    "source_publisher", "source_title", "source_date", "source_url", "note_en", "note_zh", NULL,
  };
  g_autoptr (XituTable) table = xitu_table_new (header);
  GListModel *figures = xitu_dataset_get_figures (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (XituFigure) f = g_list_model_get_item (figures, i);
      XituCountry *country = xitu_dataset_lookup_country (dataset, xitu_figure_get_country (f));
      XituSource *source = xitu_dataset_lookup_source (dataset, xitu_figure_get_source (f));
      const XituText *note = xitu_figure_get_note (f);
      g_autofree char *year = g_strdup_printf ("%d", xitu_figure_get_year (f));
      g_autofree char *year_end = g_strdup_printf ("%d", xitu_figure_get_year_end (f));
      g_autofree char *value = xitu_figure_has_value (f) ? xitu_format_machine (xitu_figure_get_value (f)) : NULL;
      g_autofree char *flags = xitu_figure_flags_string (f);

      xitu_table_add_row (table,
                          xitu_figure_get_id (f),
                          xitu_figure_get_country (f),
                          country != NULL ? xitu_country_get_name_en (country) : NULL,
                          country != NULL ? xitu_country_get_name_zh (country) : NULL,
                          xitu_figure_get_partner (f),
                          xitu_figure_get_stage (f),
                          xitu_figure_get_metric (f),
                          xitu_figure_get_measure (f),
                          year, year_end, value,
                          xitu_figure_get_unit (f),
                          flags,
                          xitu_figure_get_edition (f),
                          xitu_figure_get_source (f),
                          source != NULL ? xitu_text_get (xitu_source_get_publisher (source), XITU_LANG_EN) : NULL,
                          source != NULL ? xitu_source_get_title (source) : NULL,
                          source != NULL ? xitu_source_get_date (source) : NULL,
                          source != NULL ? xitu_source_get_url (source) : NULL,
                          note != NULL ? note->en : NULL,
                          note != NULL ? note->zh : NULL);
    }
  return xitu_table_to_csv (table);
}

gboolean
xitu_export_figures (XituDataset *dataset,
                     GFile       *file,
                     GError     **error)
{
  char *csv = xitu_export_figures_csv (dataset);
  g_autoptr (GBytes) bytes = g_bytes_new_take (csv, strlen (csv));

  return xitu_export_write_atomic (file, bytes, error);
}

/* Atomic writes */

gboolean
xitu_export_write_atomic (GFile   *file,
                          GBytes  *bytes,
                          GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr (GError) local = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (path != NULL)
    {
      GStatBuf st;

      /* Renaming over a device or a folder would replace it: refuse. */
      if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
        {
          g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_NOT_REGULAR,
                       "Could not write “%s”: it exists and is not a regular file; choose another name",
                       name);
          return FALSE;
        }
      /* Temporary file in the same folder, fsync, rename. */
      if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local))
        {
          g_set_error (error, local->domain, local->code, "Could not write “%s”: %s", name, local->message);
          return FALSE;
        }
      return TRUE;
    }

  /* Not a local path (a portal or GVfs location): GIO's replace writes a
   * temporary and renames it where the backend can. */
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &local))
    {
      g_set_error (error, local->domain, local->code, "Could not write “%s”: %s", name, local->message);
      return FALSE;
    }
  return TRUE;
}
