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
  for (guint i = 0; i < 25; i++)
    {
      static const char * const words[] = {
        "chain", "ranking", "dependence", "lookthrough", "timeseries", "data", "--year", "--metric",
        "--countries", "--scale", "--dpi", "--numbers", "--dataset",
        "map", "--stage", "--classing", "--boundaries", "xitu export map --metric separation --year 2024",
        "scenario", "buildout", "timeline", "--preset", "--cut", "--scenario", "--timeline",
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

/* ---- the map ------------------------------------------------------------ */

static char *
pdf_text (const char *pdf,
          const char *tool_name)
{
  g_autofree char *program = g_find_program_in_path (tool_name);
  const char *argv[] = { program, "-enc", "UTF-8", pdf, "-", NULL };
  char *text = NULL;

  if (program == NULL)
    return NULL;
  /* pdftotext writes to "-"; pdfinfo takes the file alone. */
  if (g_str_equal (tool_name, "pdfinfo"))
    argv[4] = NULL;
  g_assert_cmpint (xitu_test_spawn (argv, &text, NULL), ==, 0);
  return text;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, text);
}

static void
test_map_bad_arguments (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "map.png", NULL);
  g_autofree char *bad_map = g_build_filename (dir, "bad.json", NULL);

  if (!have_dataset ())
    return;
  g_file_set_contents (bad_map, "{\"type\": \"Topology\"", -1, NULL);

  expect_usage_error ("unknown map metric “gdp”", "map", "--metric", "gdp", "-o", out, NULL);
  expect_usage_error ("--stage: the metric “production” has no stage", "map", "--metric", "production",
                      "--stage", "mining", "-o", out, NULL);
  expect_usage_error ("stages with figures: mining, separation, magnet", "map", "--stage", "metal", "-o", out, NULL);
  expect_usage_error ("at the stage “oil”", "map", "--metric", "separation-share", "--stage", "oil",
                      "-o", out, NULL);
  expect_usage_error ("years with figures: 2023, 2024, 2025", "map", "--metric", "production", "--year", "2000",
                      "-o", out, NULL);
  expect_usage_error ("“MCS 2026”, “MCS 2025”", "map", "--metric", "reserves", "--edition", "MCS 1999",
                      "-o", out, NULL);
  expect_usage_error ("unknown classing “jenks”", "map", "--classing", "jenks", "-o", out, NULL);
  expect_usage_error ("do not apply to the map", "map", "--countries", "CHN", "-o", out, NULL);
  expect_usage_error ("could not read the boundaries", "map", "--boundaries", bad_map, "-o", out, NULL);
  expect_usage_error ("apply to the map only", "chain", "--classing", "log", "-o", out, NULL);
  expect_usage_error ("--width: “5” is not a number from 16", "map", "--width", "5", "-o", out, NULL);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (bad_map);
  g_rmdir (dir);
}

static void
test_map_exports (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *pdf_zh = g_build_filename (dir, "map-zh.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *svg_png = g_build_filename (dir, "map-svg.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "map.csv", NULL);
  g_autofree char *boundaries = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", "countries-110m.json", NULL);
  g_autofree char *err = NULL;
  cairo_surface_t *surface;

  if (!have_dataset ())
    return;

  /* The issue's own example: title, disclaimer and sources in the PDF. */
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "separation", "--year", "2024", "--format", "pdf",
                        "-o", pdf, NULL), ==, 0);
  g_assert_null (strstr (err, "xitu export"));
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = pdf_text (pdf, "pdftotext");
    g_autofree char *info = pdf_text (pdf, "pdfinfo");

    if (text != NULL)
      {
        assert_contains (text, "Separation & refining: country shares of world output, 2024");
        assert_contains (text, "Boundaries: Natural Earth");
        assert_contains (text, "IEA commentary 2025-10-23");
        assert_contains (text, "No sourced figure");
      }
    /* What the map shows, for search and screen readers: China 91 %. */
    if (info != NULL)
      assert_contains (info, "China 91.0 %");
  }

  /* China by name in each language: the dependence map's title. */
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "metal-dependence", "--lang", "zh_CN", "-o", pdf_zh, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *zh = pdf_text (pdf_zh, "pdftotext");
    g_autofree char *en = NULL;

    if (zh != NULL)
      {
        assert_contains (zh, "中国");
        assert_contains (zh, "边界：Natural Earth");
        assert_contains (zh, "欧盟成员国显示欧盟27国的整体数据");
      }
    g_assert_cmpint (run (NULL, &err, "map", "--metric", "metal-dependence", "--lang", "en", "-o", pdf_zh, NULL), ==, 0);
    g_clear_pointer (&err, g_free);
    en = pdf_text (pdf_zh, "pdftotext");
    if (en != NULL)
      {
        assert_contains (en, "Share of imports from China: Metal & alloy");
        g_assert_null (strstr (en, "中国"));
      }
  }

  /* PNG: size × scale. */
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "production", "--scale", "2", "-o", png, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1200);
  cairo_surface_destroy (surface);
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "reserves", "--classing", "log", "--width", "1000",
                        "--height", "500", "--dpi", "300", "--boundaries", boundaries, "--no-pins", "-o", png, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 3125);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1563);
  cairo_surface_destroy (surface);

  /* SVG: well-formed enough for librsvg to draw it. */
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "mining-share", "--lang", "both", "-o", svg, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");

    if (rsvg != NULL)
      {
        const char *argv[] = { rsvg, "-o", svg_png, svg, NULL };

        g_assert_cmpint (xitu_test_spawn (argv, NULL, NULL), ==, 0);
        surface = cairo_image_surface_create_from_png (svg_png);
        g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 960);
        g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 600);
        cairo_surface_destroy (surface);
        g_unlink (svg_png);
      }
  }

  /* CSV: the metric by country, with each figure's source. */
  g_assert_cmpint (run (NULL, &err, "map", "--metric", "separation-share", "--year", "2023", "-o", csv, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = NULL;
    g_autoptr (GPtrArray) rows = NULL;
    char **china, **malaysia;

    g_file_get_contents (csv, &text, NULL, NULL);
    rows = xitu_test_parse_csv (text);
    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[5], ==, "value");
    china = g_ptr_array_index (rows, 1);
    malaysia = g_ptr_array_index (rows, 2);
    g_assert_cmpstr (china[0], ==, "separation-share");
    g_assert_cmpstr (china[2], ==, "CHN");
    g_assert_cmpstr (china[5], ==, "92");
    g_assert_cmpstr (china[7], ==, "%");
    g_assert_cmpstr (china[17], ==, "GCMO 2024");
    g_assert_cmpstr (china[18], ==, "iea-gcmo-2024");
    g_assert_cmpstr (malaysia[2], ==, "MYS");
    g_assert_cmpstr (malaysia[5], ==, "5");
  }

  g_unlink (pdf);
  g_unlink (pdf_zh);
  g_unlink (png);
  g_unlink (svg);
  g_unlink (csv);
  g_rmdir (dir);
}

/* ---- scenarios and the timeline ------------------------------------------ */

static void
assert_in_text (const char *text,
                const char *needle)
{
  /* NULL: pdftotext is not installed. */
  if (text != NULL && strstr (text, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, text);
}

/* xitu export scenario|buildout|timeline: the inputs and assumptions are
 * printed in the exported chart. */
static void
test_scenario_kinds (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *embargo = g_build_filename (dir, "embargo.pdf", NULL);
  g_autofree char *april = g_build_filename (dir, "april.pdf", NULL);
  g_autofree char *buildout = g_build_filename (dir, "buildout.pdf", NULL);
  g_autofree char *timeline = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *timeline_png = g_build_filename (dir, "timeline.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "scenario.csv", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *from_file = g_build_filename (dir, "from-file.pdf", NULL);
  g_autofree char *err = NULL;

  if (!have_dataset ())
    return;

  g_assert_cmpint (run (NULL, &err, "scenario", "--preset", "separation-embargo", "-o", embargo, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = pdf_text (embargo, "pdftotext");
    assert_in_text (text, "If China cuts its exports of Separation & refining by 100");
    assert_in_text (text, "Inputs and assumptions");
    assert_in_text (text, "Inputs: supplier China · stages cut: Separation & refining · cut 100 % for 12 months");
    assert_in_text (text, "Preset: Full embargo on separated rare earths (hypothetical)");
    assert_in_text (text, "71 % · % only");
  }

  /* A preset by its short name, then the stage and the cut changed. */
  g_assert_cmpint (run (NULL, &err, "scenario", "--preset", "april", "--stage", "separation,metal", "--cut", "50",
                        "-o", april, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = pdf_text (april, "pdftotext");
    assert_in_text (text, "cut 50 % for 6 months · elements: Sm, Gd, Tb, Dy, Lu, Sc, Y");
    assert_in_text (text, "Preset: April 2025 controls (MOFCOM & GAC No. 18) (inputs changed since)");
    assert_in_text (text, "Ministry of Commerce");
  }

  g_assert_cmpint (run (NULL, &err, "buildout", "--timeline", "slippage", "-o", buildout, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = pdf_text (buildout, "pdftotext");
    assert_in_text (text, "Timeline assumption and basis");
    assert_in_text (text, "Timeline: announced start + 2 years of slippage");
    assert_in_text (text, "bottleneck: Mining");
  }

  g_assert_cmpint (run (NULL, &err, "timeline", "-o", timeline, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = pdf_text (timeline, "pdftotext");
    assert_in_text (text, "No. 18 [2025] (in force)");
    assert_in_text (text, "(suspended)");
  }
  /* The timeline's default size is its natural one, larger than 960 × 600. */
  g_assert_cmpint (run (NULL, &err, "timeline", "--countries", "CHN,USA", "-o", timeline_png, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    cairo_surface_t *surface = cairo_image_surface_create_from_png (timeline_png);
    g_assert_cmpint (cairo_image_surface_get_width (surface), >, 960);
    cairo_surface_destroy (surface);
  }

  g_assert_cmpint (run (NULL, &err, "scenario", "--cut", "0", "--format", "csv", "-o", csv, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *text = NULL;
    g_file_get_contents (csv, &text, NULL, NULL);
    assert_in_text (text, "scenario,input,,,,,0,0,%,cut,,\r\n");
    assert_in_text (text, "scenario,input,,,,,,,,supplier: CHN,,\r\n");
    assert_in_text (text, "scenario,shortfall,USA,United States,美国,separation,0,0,% of consumption,% only");
  }

  /* --scenario: a file saved by the view, with a cut of 30 %. */
  {
    static const char json[] =
      "{ \"format\": \"xitu-scenario\", \"version\": 1, \"name\": \"Thirty\",\n"
      "  \"disruption\": { \"cut\": 30, \"stages\": [\"separation\"], \"stock_months\": 3 } }\n";
    g_file_set_contents (saved, json, -1, NULL);
    g_assert_cmpint (run (NULL, &err, "scenario", "--scenario", saved, "-o", from_file, NULL), ==, 0);
    g_clear_pointer (&err, g_free);
    {
      g_autofree char *text = pdf_text (from_file, "pdftotext");
      assert_in_text (text, "cut 30 % for 6 months");
      assert_in_text (text, "stock 3 months of consumption");
    }
  }

  expect_usage_error ("could not read the scenario: /nonexistent/s.json", "scenario", "--scenario", "/nonexistent/s.json", "-o", embargo, NULL);
  expect_usage_error ("unknown preset “may”", "scenario", "--preset", "may", "-o", embargo, NULL);
  expect_usage_error ("--cut: “120” is not a number from 0 to 100", "scenario", "--cut", "120", "-o", embargo, NULL);
  expect_usage_error ("--stage: unknown stage “refining”", "scenario", "--stage", "refining", "-o", embargo, NULL);
  expect_usage_error ("--preset and --cut apply to scenario charts only", "chain", "--cut", "5", "-o", embargo, NULL);
  expect_usage_error ("--timeline: unknown assumption “asap”", "buildout", "--timeline", "asap", "-o", buildout, NULL);
  expect_usage_error ("--scenario applies to scenario and buildout charts only", "timeline", "--scenario", saved, "-o", timeline, NULL);
  {
    g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
    g_file_set_contents (bad, "{ \"format\": \"xitu-scenario\", \"version\": 1, \"disruption\": { \"cut\": 120 } }", -1, NULL);
    expect_usage_error ("bad.json: disruption.cut: 120 is outside 0–100 %",
                        "scenario", "--scenario", bad, "-o", embargo, NULL);
    g_unlink (bad);
  }

  g_unlink (embargo);
  g_unlink (april);
  g_unlink (buildout);
  g_unlink (timeline);
  g_unlink (timeline_png);
  g_unlink (csv);
  g_unlink (saved);
  g_unlink (from_file);
  g_rmdir (dir);
}

/* xitu export lookthrough: the importers asked for, as PDF with the words
 * under each bar, and as CSV one row per partner term. */
static void
test_lookthrough (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "lookthrough.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "lookthrough.csv", NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  if (!have_dataset ())
    return;

  g_assert_cmpint (run (NULL, &err, "lookthrough", "--countries", "USA,JPN", "-o", pdf, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  text = pdf_text (pdf, "pdftotext");
  assert_in_text (text, "United States · Separation & refining");
  assert_in_text (text, "Upstream (mining) unknown for: Malaysia, Japan, Estonia, other countries");
  assert_in_text (text, "71 % → 71–100 %");
  if (text != NULL)
    g_assert_null (strstr (text, "European Union (27)"));

  g_assert_cmpint (run (NULL, &err, "lookthrough", "--countries", "USA", "-o", csv, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  rows = xitu_test_parse_csv (text);
  /* Header, then Malaysia, Japan, Estonia and other countries. */
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "lookthrough");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[1], ==, "USA");

  expect_usage_error ("Unknown country code “XXX”", "lookthrough", "--countries", "USA,XXX", "-o", pdf, NULL);
  expect_usage_error ("No import-share figures for periods up to 2005: try a later year", "lookthrough", "--year", "2005", "-o", pdf, NULL);
  g_unlink (pdf);
  g_unlink (csv);
  g_rmdir (dir);
}

/* A malformed scenario file is refused in the interface language:
 * LANGUAGE=zh_CN under the tests' LC_ALL=C.UTF-8, as tests/ui/test-walk.py
 * runs the window. The message still names the file and the JSON path. */
static void
test_scenario_error_language (void)
{
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "scenario.pdf", NULL);
  g_autofree char *over = g_test_build_filename (G_TEST_DIST, "data", "scenario", "bad", "cut-over-100.json", NULL);
  g_autofree char *empty = g_test_build_filename (G_TEST_DIST, "data", "scenario", "bad", "empty.json", NULL);
  g_autofree char *err = NULL;

  if (!have_dataset ())
    return;

  /* The reader's own check (an empty file), then a value the scenario
   * format bounds (a cut of 120 %). */
  g_assert_cmpint (run (NULL, &err, "scenario", "--scenario", empty, "-o", out, NULL), ==, 2);
  assert_contains (err, "xitu export: could not read the scenario: ");
  assert_contains (err, "empty.json: the file is empty (expected a JSON scenario)\n");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "scenario", "--scenario", over, "-o", out, NULL), ==, 2);
  assert_contains (err, "cut-over-100.json: disruption.cut: 120 is outside 0–100 %\n");
  g_clear_pointer (&err, g_free);

  if (g_getenv ("XITU_LOCALEDIR") == NULL)
    {
      g_test_skip ("XITU_LOCALEDIR is not set: no translations of this build to use");
      g_rmdir (dir);
      return;
    }

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_cmpint (run (NULL, &err, "scenario", "--scenario", empty, "-o", out, NULL), ==, 2);
  assert_contains (err, "xitu export: 无法读取情景：");
  assert_contains (err, "empty.json：文件为空（应为 JSON 格式的情景）\n");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "scenario", "--scenario", over, "-o", out, NULL), ==, 2);
  g_unsetenv ("LANGUAGE");
  assert_contains (err, "cut-over-100.json: disruption.cut: 120 超出 0–100 % 的范围\n");
  g_assert_null (strstr (err, "is outside"));

  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The tool finds this build's translations (XITU_LOCALEDIR): it speaks
   * English unless a test asks for another language. */
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-export/help", test_help);
  g_test_add_func ("/cli-export/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli-export/exports", test_exports);
  g_test_add_func ("/cli-export/scenario-kinds", test_scenario_kinds);
  g_test_add_func ("/cli-export/lookthrough", test_lookthrough);
  g_test_add_func ("/cli-export/map-bad-arguments", test_map_bad_arguments);
  g_test_add_func ("/cli-export/map-exports", test_map_exports);
  g_test_add_func ("/cli-export/scenario-error-language", test_scenario_error_language);
  return g_test_run ();
}
