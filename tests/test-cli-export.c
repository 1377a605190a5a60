/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "xitu-test-util.h"

static const char *
tool (void)
{
  const char *path = g_getenv ("XITU_EXPORT_TOOL");

  g_assert_nonnull (path);
  return path;
}

static gboolean
have_dataset (void)
{
  const char *dir = g_getenv ("XITU_DATA_DIR");
  g_autofree char *path = dir ? g_build_filename (dir, "dataset", "xitu-dataset.json", NULL) : NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("bundled dataset not found (XITU_DATA_DIR)");
      return FALSE;
    }
  return TRUE;
}

/* Runs `xitu export ARGS…`; returns the exit status. */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, (gpointer) tool ());
  g_ptr_array_add (argv, "export");
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  status = xitu_test_spawn ((const char * const *) argv->pdata, out, err);
  if (err != NULL && *err != NULL)
    g_test_message ("stderr: %s", *err);
  return status;
}

static void
expect_usage_error (const char *expected,
                    const char *first,
                    ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) tool ());
  g_ptr_array_add (argv, "export");
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_cmpint (xitu_test_spawn ((const char * const *) argv->pdata, &out, &err), ==, 2);
  g_test_message ("stderr: %s", err);
  if (strstr (err, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, err);
  g_assert_true (g_str_has_prefix (err, "xitu export: "));
  g_assert_cmpstr (out, ==, "");
}

static void
test_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&out, &err, "--help", NULL), ==, 0);
  for (guint i = 0; i < 12; i++)
    {
      static const char * const words[] = {
        "chain", "ranking", "dependence", "timeseries", "data", "--year", "--metric",
        "--countries", "--scale", "--dpi", "--numbers", "--dataset",
      };
      g_assert_true (strstr (out, words[i]) != NULL);
    }
  g_assert_cmpstr (err, ==, "");
}

static void
test_bad_arguments (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "x.png", NULL);
  g_autofree char *under_file = g_build_filename (dir, "file", "x.png", NULL);
  g_autofree char *file = g_build_filename (dir, "file", NULL);

  if (!have_dataset ())
    return;
  g_file_set_contents (file, "", 0, NULL);

  expect_usage_error ("unknown chart “pie”", "pie", "-o", out, NULL);
  expect_usage_error ("which chart?", "-o", out, NULL);
  expect_usage_error ("--year: “abc” is not a number", "chain", "--year", "abc", "-o", out, NULL);
  expect_usage_error ("--year: “1850” is not a number from 1900 to 2100", "chain", "--year", "1850", "-o", out, NULL);
  expect_usage_error ("--year: “2024.5” is not a whole year", "chain", "--year", "2024.5", "-o", out, NULL);
  expect_usage_error ("1990 or earlier", "chain", "--year", "1990", "-o", out, NULL);
  expect_usage_error ("no output file", "chain", NULL);
  expect_usage_error ("cannot tell the format", "chain", "-o", file, NULL);
  expect_usage_error ("unknown format “gif”", "chain", "--format", "gif", "-o", out, NULL);
  expect_usage_error ("unknown language “fr”", "chain", "--lang", "fr", "-o", out, NULL);
  expect_usage_error ("unknown theme “sepia”", "chain", "--theme", "sepia", "-o", out, NULL);
  expect_usage_error ("unknown number style", "chain", "--numbers", "roman", "-o", out, NULL);
  expect_usage_error ("Unknown ranking metric “gdp”", "ranking", "--metric", "gdp", "-o", out, NULL);
  expect_usage_error ("MCS 1999", "ranking", "--metric", "reserves", "--edition", "MCS 1999", "-o", out, NULL);
  expect_usage_error ("Unknown country code “XXX”", "timeseries", "--countries", "CHN,XXX", "-o", out, NULL);
  expect_usage_error ("--width", "chain", "--width", "-5", "-o", out, NULL);
  expect_usage_error ("either --scale or --dpi", "chain", "--scale", "2", "--dpi", "300", "-o", out, NULL);
  expect_usage_error ("Unknown option --colour", "chain", "--colour", "red", "-o", out, NULL);
  expect_usage_error ("unexpected argument “extra”", "chain", "extra", "-o", out, NULL);
  expect_usage_error ("CSV only", "data", "-o", out, NULL);
  expect_usage_error ("could not read the dataset", "chain", "--dataset", "/nonexistent/d.json", "-o", out, NULL);
  /* Unwritable outputs. */
  expect_usage_error ("not a regular file", "chain", "--format", "png", "-o", "/dev/full", NULL);
  expect_usage_error ("x.png", "chain", "-o", under_file, NULL);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (file);
  g_rmdir (dir);
}

static void
test_exports (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "chain.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "reserves.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "dependence.svg", NULL);
  g_autofree char *ts = g_build_filename (dir, "series.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "all.csv", NULL);
  g_autofree char *err = NULL;
  cairo_surface_t *surface;

  if (!have_dataset ())
    return;

  g_assert_cmpint (run (NULL, &err, "chain", "--year", "2025", "--lang", "zh_CN", "--format", "pdf", "-o", pdf, NULL), ==, 0);
  /* Success is silent (a sanitizer's own report aside). */
  g_assert_null (strstr (err, "xitu export"));
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    if (pdftotext != NULL)
      {
        const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };
        g_autofree char *text = NULL;
        g_assert_cmpint (xitu_test_spawn (argv, &text, NULL), ==, 0);
        g_assert_true (strstr (text, "中国") != NULL);
        g_assert_true (strstr (text, "来源") != NULL);
      }
  }

  g_assert_cmpint (run (NULL, &err, "ranking", "--metric", "reserves", "--edition", "MCS 2026",
                        "--compare-edition", "MCS 2025", "--dpi", "192", "-o", png, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1200);
  cairo_surface_destroy (surface);

  g_assert_cmpint (run (NULL, &err, "dependence", "--theme", "dark", "--lang", "both", "-o", svg, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run (NULL, &err, "timeseries", "--metric", "production", "--countries", "CHN,USA",
                        "--width", "800", "--height", "500", "--scale", "2", "-o", ts, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  surface = cairo_image_surface_create_from_png (ts);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1600);
  cairo_surface_destroy (surface);

  g_assert_cmpint (run (NULL, &err, "data", "--format", "csv", "-o", csv, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = NULL;
    g_autoptr (GPtrArray) rows = NULL;
    gboolean found = FALSE;

    g_file_get_contents (csv, &text, NULL, NULL);
    rows = xitu_test_parse_csv (text);
    g_assert_cmpuint (rows->len, >, 100);
    for (guint i = 1; i < rows->len; i++)
      {
        char **row = g_ptr_array_index (rows, i);
        /* China 2025 mine production in MCS 2026: 270,000 t. */
        if (g_strcmp0 (row[1], "CHN") == 0 && g_strcmp0 (row[6], "production") == 0 &&
            g_strcmp0 (row[8], "2025") == 0 && g_strcmp0 (row[13], "MCS 2026") == 0)
          {
            found = TRUE;
            g_assert_cmpstr (row[10], ==, "270000");
            g_assert_cmpstr (row[11], ==, "t");
            g_assert_cmpstr (row[15], ==, "U.S. Geological Survey");
          }
      }
    g_assert_true (found);
  }

  g_unlink (pdf);
  g_unlink (png);
  g_unlink (svg);
  g_unlink (ts);
  g_unlink (csv);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-export/help", test_help);
  g_test_add_func ("/cli-export/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli-export/exports", test_exports);
  return g_test_run ();
}
