/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "xitu-export.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

static guint32
be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
chain_options (XituChartOptions *opts,
               XituLang          lang)
{
  xitu_chart_options_init (opts, XITU_CHART_CHAIN);
  opts->year = 2025;
  opts->lang = lang;
}

static char *
write_bytes (const char *dir,
             const char *name,
             GBytes     *bytes)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static void
test_png_size (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  const struct { double w, h, scale; guint32 pw, ph; } cases[] = {
    { 960, 600, 1, 960, 600 },
    { 960, 600, 2, 1920, 1200 },
    { 800, 500, XITU_EXPORT_SCALE_300_DPI, 2500, 1563 },
  };

  chain_options (&opts, XITU_LANG_EN);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) png = xitu_export_render (ds, &opts, XITU_EXPORT_PNG, cases[i].w, cases[i].h,
                                                   cases[i].scale, &error);
      const guint8 *data;
      gsize len;

      g_assert_no_error (error);
      data = g_bytes_get_data (png, &len);
      g_assert_cmpuint (len, >, 33);
      g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
      g_assert_true (memcmp (data + 12, "IHDR", 4) == 0);
      g_assert_cmpuint (be32 (data + 16), ==, cases[i].pw);
      g_assert_cmpuint (be32 (data + 20), ==, cases[i].ph);
      /* The print resolution is recorded: 96 dpi × scale. */
      g_assert_true (memcmp (data + 37, "pHYs", 4) == 0);
      g_assert_cmpfloat (fabs (be32 (data + 41) * 0.0254 - 96 * cases[i].scale), <, 0.5);
    }

  /* The file decodes: cairo reads it back. */
  {
    g_autofree char *dir = xitu_test_tmpdir ();
    g_autoptr (GBytes) png = xitu_export_render (ds, &opts, XITU_EXPORT_PNG, 960, 600, 1, NULL);
    g_autofree char *path = write_bytes (dir, "chain.png", png);
    cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 960);
    cairo_surface_destroy (surface);
    g_unlink (path);
    g_rmdir (dir);
  }
  xitu_chart_options_clear (&opts);
}

/* A page with a square on it, at (10, 10) in user units. */
static char *
draw_square (cairo_t  *cr,
             double    width,
             double    height,
             char    **summary,
             gpointer  user_data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_rectangle (cr, 10, 10, 20, 20);
  cairo_set_source_rgb (cr, 0, 0.5, 1);
  cairo_fill (cr);
  *summary = NULL;
  return g_strdup ("square");
}

/* An opaque drawing's PNG: RGB, the pixels drawn, at any scale, and the
 * same pixels as the general path gives. */
static void
test_png_opaque_drawing (void)
{
  for (double scale = 1; scale <= 2; scale++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) opaque = xitu_export_render_opaque_drawing (XITU_EXPORT_PNG, 64, 48, scale,
                                                                      draw_square, NULL, &error);
      g_autoptr (GBytes) general = xitu_export_render_drawing (XITU_EXPORT_PNG, 64, 48, scale,
                                                               draw_square, NULL, &error);
      g_autofree char *dir = xitu_test_tmpdir ();
      g_autofree char *path_a = NULL, *path_b = NULL;
      cairo_surface_t *a, *b;
      const guint8 *data;

      g_assert_no_error (error);
      data = g_bytes_get_data (opaque, NULL);
      g_assert_cmpuint (be32 (data + 16), ==, 64 * scale);
      g_assert_cmpuint (data[25], ==, 2);  /* colour type: RGB */
      path_a = write_bytes (dir, "opaque.png", opaque);
      path_b = write_bytes (dir, "general.png", general);
      a = cairo_image_surface_create_from_png (path_a);
      b = cairo_image_surface_create_from_png (path_b);
      g_assert_cmpint (cairo_surface_status (a), ==, CAIRO_STATUS_SUCCESS);
      for (int y = 0; y < 48 * scale; y++)
        g_assert_cmpmem (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a),
                         (gsize) 64 * scale * 4,
                         cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b),
                         (gsize) 64 * scale * 4);
      {
        const guint32 *px = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (a) +
                                                             (int) (20 * scale) * cairo_image_surface_get_stride (a));

        g_assert_cmphex (px[(int) (20 * scale)] & 0xffffff, ==, 0x0080ff);
        g_assert_cmphex (px[(int) (50 * scale)] & 0xffffff, ==, 0xffffff);
      }
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
      g_unlink (path_a);
      g_unlink (path_b);
      g_rmdir (dir);
    }
}

static void
test_bad_sizes (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (GError) error = NULL;

  chain_options (&opts, XITU_LANG_EN);
  g_assert_null (xitu_export_render (ds, &opts, XITU_EXPORT_PNG, 0, 600, 1, &error));
  g_assert_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE);
  g_clear_error (&error);
  g_assert_null (xitu_export_render (ds, &opts, XITU_EXPORT_PNG, 10000, 10000, 4, &error));
  g_assert_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE);
  g_clear_error (&error);
  g_assert_null (xitu_export_render (ds, &opts, XITU_EXPORT_PNG, 960, 600, NAN, &error));
  g_assert_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE);
  xitu_chart_options_clear (&opts);
}

static char *
pdftotext (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  const char *argv[] = { tool, "-enc", "UTF-8", path, "-", NULL };
  char *out = NULL;

  if (tool == NULL)
    return NULL;
  g_assert_cmpint (xitu_test_spawn (argv, &out, NULL), ==, 0);
  return out;
}

static void
test_pdf_text (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr (GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  XituChartOptions opts;

  if (tool == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) not installed");
      g_rmdir (dir);
      return;
    }
  for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_ZH; lang++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) pdf = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;

      chain_options (&opts, lang);
      pdf = xitu_export_render (ds, &opts, XITU_EXPORT_PDF, 960, 600, 1, &error);
      g_assert_no_error (error);
      g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);
      path = write_bytes (dir, lang == XITU_LANG_EN ? "chain-en.pdf" : "chain-zh.pdf", pdf);
      text = pdftotext (path);
      g_test_message ("%s", text);
      /* pdftotext may break lines anywhere: compare without white space. */
      squeezed = g_regex_replace_literal (space, text, -1, 0, "", 0, NULL);
      if (lang == XITU_LANG_EN)
        {
          g_assert_true (strstr (squeezed, "Whoholdseachstageoftherare-earthchain,2025") != NULL);
          g_assert_true (strstr (squeezed, "China69.2%") != NULL);
          g_assert_true (strstr (squeezed, "Sources:USGS,MCS2026") != NULL);
          g_assert_true (strstr (squeezed, "Data:Xitudataset") != NULL);
          g_assert_null (strstr (squeezed, "中国"));
        }
      else
        {
          g_assert_true (strstr (squeezed, "稀土产业链") != NULL);
          g_assert_true (strstr (squeezed, "中国") != NULL);
          g_assert_true (strstr (squeezed, "来源：美国地质调查局MCS2026") != NULL);
        }
      g_unlink (path);
      xitu_chart_options_clear (&opts);
    }
  g_rmdir (dir);
}

static void
svg_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  guint *n_text = user_data;

  if (strcmp (element, "text") == 0)
    (*n_text)++;
}

static void
test_svg (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  XituChartOptions opts;
  GMarkupParser parser = { svg_start, NULL, NULL, NULL, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) svg = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autofree char *path = NULL;
  const char *data;
  gsize len;
  guint n_text = 0;

  chain_options (&opts, XITU_LANG_ZH);
  svg = xitu_export_render (ds, &opts, XITU_EXPORT_SVG, 960, 600, 1, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (svg, &len);

  /* Well-formed XML with real <text> elements holding the labels. */
  context = g_markup_parse_context_new (&parser, 0, &n_text, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_cmpuint (n_text, >, 20);
  g_assert_nonnull (g_strstr_len (data, len, ">中国 69.2%</text>"));
  g_assert_nonnull (g_strstr_len (data, len, "<title>稀土产业链各环节由谁掌握（2025 年）</title>"));
  g_assert_nonnull (g_strstr_len (data, len, "来源："));

  path = write_bytes (dir, "chain.svg", svg);
  if (rsvg != NULL)
    {
      g_autofree char *png = g_build_filename (dir, "chain-svg.png", NULL);
      const char *argv[] = { rsvg, "-o", png, path, NULL };
      g_autofree char *err = NULL;
      cairo_surface_t *surface;

      g_assert_cmpint (xitu_test_spawn (argv, NULL, &err), ==, 0);
      surface = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 960);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 600);
      xitu_test_save (surface, "export-svg-rendered");
      cairo_surface_destroy (surface);
      g_unlink (png);
    }
  else
    g_test_message ("rsvg-convert not installed: SVG rendering not checked");
  g_unlink (path);
  g_rmdir (dir);
  xitu_chart_options_clear (&opts);
}

static void
test_csv_round_trip (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituTable) table = NULL;
  g_autoptr (GBytes) csv = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *text = NULL;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup ("reserves");
  opts.compare_edition = g_strdup ("MCS 2025");
  table = xitu_chart_get_table (ds, &opts);
  csv = xitu_export_render (ds, &opts, XITU_EXPORT_CSV, 960, 600, 1, NULL);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  rows = xitu_test_parse_csv (text);

  /* Header plus every row, field by field. */
  g_assert_cmpuint (rows->len, ==, table->rows->len + 1);
  g_assert_true (g_strv_equal (g_ptr_array_index (rows, 0), (const char * const *) table->header));
  for (guint i = 0; i < table->rows->len; i++)
    g_assert_true (g_strv_equal (g_ptr_array_index (rows, i + 1), g_ptr_array_index (table->rows, i)));
  {
    char **first = g_ptr_array_index (rows, 1);
    g_assert_cmpstr (first[2], ==, "CHN");
    g_assert_cmpstr (first[4], ==, "中国");
    g_assert_cmpstr (first[11], ==, "44000000");
    g_assert_cmpstr (first[15], ==, "MCS 2026");
    g_assert_cmpstr (first[16], ==, "usgs-mcs-2026");
  }
  xitu_chart_options_clear (&opts);

  /* Quoting: commas, quotes and line breaks survive. */
  {
    static const char * const header[] = { "a", "b", "c", NULL };
    g_autoptr (XituTable) t = xitu_table_new (header);
    g_autofree char *out = NULL;
    g_autoptr (GPtrArray) back = NULL;

    xitu_table_add_row (t, "plain", "with, comma", "with \"quotes\"");
    xitu_table_add_row (t, "line\nbreak", "", NULL);
    out = xitu_table_to_csv (t);
    g_assert_cmpstr (out, ==, "a,b,c\r\nplain,\"with, comma\",\"with \"\"quotes\"\"\"\r\n\"line\nbreak\",,\r\n");
    back = xitu_test_parse_csv (out);
    g_assert_cmpstr (((char **) back->pdata[1])[2], ==, "with \"quotes\"");
    g_assert_cmpstr (((char **) back->pdata[2])[0], ==, "line\nbreak");
  }

  /* Every figure with its source. */
  {
    g_autofree char *all = xitu_export_figures_csv (ds);
    g_autoptr (GPtrArray) all_rows = xitu_test_parse_csv (all);
    guint n = g_list_model_get_n_items (xitu_dataset_get_figures (ds));
    gboolean found = FALSE;

    g_assert_cmpuint (all_rows->len, ==, n + 1);
    for (guint i = 1; i < all_rows->len; i++)
      {
        char **row = g_ptr_array_index (all_rows, i);
        g_assert_cmpuint (g_strv_length (row), ==, 21);
        g_assert_cmpstr (row[14], !=, "");   /* source id */
        g_assert_cmpstr (row[13], !=, "");   /* edition */
        if (g_strcmp0 (row[6], "source-title-check") == 0)
          found = TRUE;
      }
    (void) found;
  }
}

/* Atomic writes */

static void
test_write_replaces (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GBytes) first = g_bytes_new_static ("old\r\n", 5);
  g_autoptr (GBytes) second = g_bytes_new_static ("new\r\n", 5);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GDir) listing = NULL;

  g_assert_true (xitu_export_write_atomic (file, first, &error));
  g_assert_true (xitu_export_write_atomic (file, second, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "new\r\n");
  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.csv");
  g_assert_null (g_dir_read_name (listing));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_write_failures (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *regular = g_build_filename (dir, "a-file", NULL);
  g_autofree char *under = g_build_filename (regular, "chart.png", NULL);
  g_autoptr (GBytes) bytes = g_bytes_new_static ("data", 4);
  g_autoptr (GError) error = NULL;
  GStatBuf st;

  /* A device is not replaced (root could rename over /dev/full). */
  {
    g_autoptr (GFile) full = g_file_new_for_path ("/dev/full");
    if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
      {
        g_assert_false (xitu_export_write_atomic (full, bytes, &error));
        g_assert_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_NOT_REGULAR);
        g_assert_true (strstr (error->message, "/dev/full") != NULL);
        g_clear_error (&error);
        g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
        g_assert_true (S_ISCHR (st.st_mode));
      }
  }
  /* A folder is not replaced either. */
  {
    g_autoptr (GFile) folder = g_file_new_for_path (dir);
    g_assert_false (xitu_export_write_atomic (folder, bytes, &error));
    g_assert_true (strstr (error->message, dir) != NULL);
    g_clear_error (&error);
  }
  /* A path under a regular file cannot exist. */
  {
    g_autoptr (GFile) file = g_file_new_for_path (under);
    g_file_set_contents (regular, "keep", -1, NULL);
    g_assert_false (xitu_export_write_atomic (file, bytes, &error));
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_true (strstr (error->message, "chart.png") != NULL);
    g_clear_error (&error);
  }
  /* A name longer than the file system allows. */
  {
    g_autofree char *long_name = g_strnfill (300, 'x');
    g_autofree char *path = g_build_filename (dir, long_name, NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    g_assert_false (xitu_export_write_atomic (file, bytes, &error));
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_true (strstr (error->message, "Could not write") != NULL);
    g_clear_error (&error);
  }
  g_unlink (regular);
  g_rmdir (dir);
}

/* The write itself fails half-way (the file size limit stands in for a full
 * disk): the old file must be untouched and no temporary left. Runs in a
 * subprocess so the limit does not reach the other tests. */
static void
test_failed_write_keeps_old_file (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
      const char *dir = g_getenv ("XITU_TEST_DIR");
      g_autofree char *path = g_build_filename (dir, "chain.png", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };
      XituChartOptions opts;

      chain_options (&opts, XITU_LANG_EN);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (xitu_export_chart (ds, &opts, XITU_EXPORT_PNG, 960, 600, 1, file, &error));
      g_assert_nonnull (error);
      g_printerr ("%s\n", error->message);
      xitu_chart_options_clear (&opts);
      return;
    }
  {
    g_autofree char *dir = xitu_test_tmpdir ();
    g_autofree char *path = g_build_filename (dir, "chain.png", NULL);
    g_autofree char *contents = NULL;
    g_autoptr (GDir) listing = NULL;
    char *envp_dir = g_strdup_printf ("XITU_TEST_DIR=%s", dir);

    g_file_set_contents (path, "the old chart", -1, NULL);
    g_setenv ("XITU_TEST_DIR", dir, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stderr ("*Could not write*chain.png*");
    g_file_get_contents (path, &contents, NULL, NULL);
    g_assert_cmpstr (contents, ==, "the old chart");
    listing = g_dir_open (dir, 0, NULL);
    g_assert_cmpstr (g_dir_read_name (listing), ==, "chain.png");
    g_assert_null (g_dir_read_name (listing));
    g_unlink (path);
    g_rmdir (dir);
    g_free (envp_dir);
  }
}

static void
test_formats (void)
{
  XituExportFormat f;

  g_assert_true (xitu_export_format_from_path ("/tmp/a/chart.PDF", &f));
  g_assert_cmpint (f, ==, XITU_EXPORT_PDF);
  g_assert_true (xitu_export_format_from_path ("x.svg", &f));
  g_assert_cmpint (f, ==, XITU_EXPORT_SVG);
  g_assert_false (xitu_export_format_from_path ("/tmp/a.b/chart", &f));
  g_assert_false (xitu_export_format_from_path ("chart.jpeg", &f));
  g_assert_true (xitu_export_format_from_string ("csv", &f));
  g_assert_cmpstr (xitu_export_format_to_string (XITU_EXPORT_PNG), ==, "png");
}

static void
test_every_chart_every_format (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();

  for (XituChartKind k = 0; k < XITU_N_CHART_KINDS; k++)
    for (XituExportFormat f = 0; f < XITU_N_EXPORT_FORMATS; f++)
      {
        XituChartOptions opts;
        g_autoptr (GError) error = NULL;
        g_autoptr (GBytes) bytes = NULL;

        xitu_chart_options_init (&opts, k);
        opts.theme = XITU_THEME_DARK;
        bytes = xitu_export_render (ds, &opts, f, 800, 500, 1.5, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
        xitu_chart_options_clear (&opts);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/png-size", test_png_size);
  g_test_add_func ("/export/png-opaque-drawing", test_png_opaque_drawing);
  g_test_add_func ("/export/bad-sizes", test_bad_sizes);
  g_test_add_func ("/export/pdf-text", test_pdf_text);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/export/write-replaces", test_write_replaces);
  g_test_add_func ("/export/write-failures", test_write_failures);
  g_test_add_func ("/export/failed-write-keeps-old-file", test_failed_write_keeps_old_file);
  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/every-chart-every-format", test_every_chart_every_format);
  return g_test_run ();
}
