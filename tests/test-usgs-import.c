/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-import.h"
#include "xitu-usgs-import.h"

static char *
read_fixture (const char *name,
              gsize      *len)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, len, &error);
  g_assert_no_error (error);
  return data;
}

static XituImportResult *
import_fixture (const char              *name,
                const XituImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  XituImportResult *result;
  gsize len;

  data = read_fixture (name, &len);
  result = xitu_usgs_import_data (data, len, name, options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* Asserts a figure's value and flags and returns it. */
static XituFigure *
expect (XituImportResult *result,
        const char       *country,
        const char       *partner,
        const char       *metric,
        const char       *measure,
        int               year,
        double            value,
        XituFigureFlags   flags)
{
  GPtrArray *figures = xitu_import_result_get_figures (result);
  XituFigure *figure = NULL;

  /* Unlike xitu_import_result_find_figure(), a NULL measure means "none". */
  for (guint i = 0; i < figures->len && figure == NULL; i++)
    {
      XituFigure *f = g_ptr_array_index (figures, i);

      if (g_str_equal (xitu_figure_get_country (f), country) &&
          g_strcmp0 (xitu_figure_get_partner (f), partner) == 0 &&
          g_str_equal (xitu_figure_get_metric (f), metric) &&
          g_strcmp0 (xitu_figure_get_measure (f), measure) == 0 &&
          xitu_figure_get_year (f) == year)
        figure = f;
    }

  if (figure == NULL)
    g_error ("no %s figure for %s/%s %d", metric, country, partner ? partner : "-", year);
  g_assert_cmpfloat (xitu_figure_get_value (figure), ==, value);
  g_assert_cmphex (xitu_figure_get_flags (figure), ==, flags);
  return figure;
}

static gboolean
has_skip (XituImportResult *result,
          guint             line,
          const char       *reason)
{
  for (guint i = 0; i < xitu_import_result_get_n_skipped (result); i++)
    {
      const XituImportSkip *skip = xitu_import_result_get_skipped (result, i);

      if (skip->line == line && g_str_equal (skip->reason, reason))
        return TRUE;
    }
  return FALSE;
}

/* Tokens and years */

static void
test_values (void)
{
  static const struct
  {
    const char      *text;
    double           value;
    XituFigureFlags  flags;
    gboolean         net_exporter;
  } good[] = {
    { "270,000", 270000, XITU_FIGURE_NONE, FALSE },
    { " 1.51 ", 1.51, XITU_FIGURE_NONE, FALSE },
    { "NA", 0, XITU_FIGURE_NOT_AVAILABLE, FALSE },
    { "W", 0, XITU_FIGURE_WITHHELD, FALSE },
    { "E", 0, XITU_FIGURE_NOT_AVAILABLE, TRUE },
    { "—", 0, XITU_FIGURE_NONE, FALSE },
    { ">95", 95, XITU_FIGURE_MORE_THAN, FALSE },
    { ">85,000,000", 85000000, XITU_FIGURE_MORE_THAN, FALSE },
    { "<0.5", 0.5, XITU_FIGURE_LESS_THAN, FALSE },
    { "4,800e", 4800, XITU_FIGURE_ESTIMATED, FALSE },
  };
  static const char * const bad[] = {
    "", "abc", "1,50", "1,5000", ",500", "1,,500", "–", "--", ">", "1.2.3", "5.", "e", "NaN",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      XituFigureFlags flags;
      gboolean net_exporter;
      double value;

      g_assert_true (xitu_usgs_parse_value (good[i].text, &value, &flags, &net_exporter));
      g_assert_cmpfloat (value, ==, good[i].value);
      g_assert_cmphex (flags, ==, good[i].flags);
      g_assert_cmpint (net_exporter, ==, good[i].net_exporter);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      XituFigureFlags flags;
      gboolean net_exporter;
      double value;

      if (xitu_usgs_parse_value (bad[i], &value, &flags, &net_exporter))
        g_error ("\"%s\" parsed as %g", bad[i], value);
    }
}

static void
test_years (void)
{
  static const struct
  {
    const char *text;
    int         year;
    int         year_end;
    gboolean    estimated;
  } good[] = {
    { "2025", 2025, 2025, FALSE },
    { "2021–24", 2021, 2024, FALSE },
    { "2021-24", 2021, 2024, FALSE },
    { "2021-2024", 2021, 2024, FALSE },
    { "1999–01", 1999, 2001, FALSE },
    { "2025e", 2025, 2025, TRUE },
    { "2025 (e)", 2025, 2025, TRUE },
  };
  static const char * const bad[] = {
    "", "20x5", "25", "2021–2", "2024–21", "2021–24x", "1850", "2025ee", "2021/24",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int year, year_end;
      gboolean estimated;

      g_assert_true (xitu_usgs_parse_year (good[i].text, &year, &year_end, &estimated));
      g_assert_cmpint (year, ==, good[i].year);
      g_assert_cmpint (year_end, ==, good[i].year_end);
      g_assert_cmpint (estimated, ==, good[i].estimated);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      int year, year_end;
      gboolean estimated;

      if (xitu_usgs_parse_year (bad[i], &year, &year_end, &estimated))
        g_error ("\"%s\" parsed as %d–%d", bad[i], year, year_end);
    }
}

static void
test_editions (void)
{
  static const char * const names[][2] = {
    { "MCS2026_Commodities_Data.csv", "MCS 2026" },
    { "mcs2024-raree_world.csv", "MCS 2024" },
    { "MCS 2025", "MCS 2025" },
    { "/tmp/mcs_2023/file.csv", "MCS 2023" },
    { "data.csv", NULL },
    { "MCS20261.csv", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *edition = xitu_usgs_edition_from_name (names[i][0]);

      g_assert_cmpstr (edition, ==, names[i][1]);
    }
}

static void
test_source (void)
{
  g_autoptr(XituSource) source = xitu_usgs_make_source ("MCS 2026", NULL);
  g_autoptr(XituSource) older = xitu_usgs_make_source ("MCS 2024", NULL);
  g_autoptr(XituSource) custom = xitu_usgs_make_source ("MCS 2026 (PDF v1.3)", "my-usgs");

  g_assert_cmpstr (xitu_source_get_id (source), ==, "usgs-mcs2026-data-release");
  g_assert_cmpstr (xitu_source_get_publisher (source)->en, ==, "U.S. Geological Survey");
  g_assert_cmpstr (xitu_source_get_publisher (source)->zh, ==, "美国地质调查局");
  g_assert_cmpstr (xitu_source_get_title (source), ==,
                   "U.S. Geological Survey Mineral Commodity Summaries 2026 Data Release");
  g_assert_cmpstr (xitu_source_get_date (source), ==, "2026-02-06");
  g_assert_cmpstr (xitu_source_get_url (source), ==, "https://doi.org/10.5066/P1WKQ63T");
  g_assert_cmpstr (xitu_source_get_kind (source), ==, "official-statistics");
  g_assert_cmpstr (xitu_source_get_tag (source), ==, "primary");
  g_assert_cmpstr (xitu_source_get_licence (source), ==, "public-domain");
  g_assert_cmpstr (xitu_source_get_language (source), ==, "en");

  /* No DOI is invented for editions we have not checked. */
  g_assert_cmpstr (xitu_source_get_id (older), ==, "usgs-mcs2024-data-release");
  g_assert_cmpstr (xitu_source_get_date (older), ==, "2024");
  g_assert_null (xitu_source_get_url (older));

  g_assert_cmpstr (xitu_source_get_id (custom), ==, "my-usgs");
  g_assert_cmpstr (xitu_source_get_date (custom), ==, "2026");
}

/* The real data release, trimmed to its rare-earth rows */

static void
check_mcs2026 (XituImportResult *result)
{
  XituSource *source;
  XituFigure *figure;
  const XituText *note;

  g_assert_cmpint (xitu_import_result_get_format (result), ==, XITU_IMPORT_FORMAT_USGS_LONG);
  g_assert_cmpstr (xitu_import_result_get_edition (result), ==, "MCS 2026");
  g_assert_cmpuint (xitu_import_result_get_figures (result)->len, ==, 122);
  g_assert_cmpuint (xitu_import_result_get_n_unmatched (result), ==, 0);

  g_assert_cmpuint (xitu_import_result_get_sources (result)->len, ==, 1);
  source = g_ptr_array_index (xitu_import_result_get_sources (result), 0);
  g_assert_cmpstr (xitu_source_get_id (source), ==, "usgs-mcs2026-data-release");

  /* Mine production, t REO */
  figure = expect (result, "CHN", NULL, "production", NULL, 2025, 270000, XITU_FIGURE_ESTIMATED);
  g_assert_cmpstr (xitu_figure_get_stage (figure), ==, "mining");
  g_assert_cmpstr (xitu_figure_get_unit (figure), ==, "t");
  g_assert_cmpstr (xitu_figure_get_edition (figure), ==, "MCS 2026");
  g_assert_cmpstr (xitu_figure_get_source (figure), ==, "usgs-mcs2026-data-release");
  expect (result, "CHN", NULL, "production", NULL, 2024, 270000, XITU_FIGURE_ESTIMATED);
  expect (result, "WLD", NULL, "production", NULL, 2025, 390000,
          XITU_FIGURE_ESTIMATED | XITU_FIGURE_ROUNDED);
  expect (result, "WLD", NULL, "production", NULL, 2024, 380000,
          XITU_FIGURE_ESTIMATED | XITU_FIGURE_ROUNDED);
  expect (result, "OTH", NULL, "production", NULL, 2025, 550, XITU_FIGURE_ESTIMATED);
  expect (result, "MMR", NULL, "production", NULL, 2025, 22000, XITU_FIGURE_ESTIMATED);
  expect (result, "USA", NULL, "production", NULL, 2024, 45500, XITU_FIGURE_NONE);
  expect (result, "USA", NULL, "production", NULL, 2021, 42400, XITU_FIGURE_ESTIMATED);
  expect (result, "CAN", NULL, "production", NULL, 2025, 0, XITU_FIGURE_NONE);
  figure = expect (result, "USA", NULL, "production", "compounds and metals", 2025, 8900,
                   XITU_FIGURE_ESTIMATED);
  g_assert_cmpstr (xitu_figure_get_stage (figure), ==, "separation");

  /* Reserves: the CSV's numbers, with the PDF errata as notes */
  figure = expect (result, "BRA", NULL, "reserves", "usgs", 2025, 21000000, XITU_FIGURE_NONE);
  note = xitu_figure_get_note (figure);
  g_assert_nonnull (strstr (note->en, "PDF version 1.3 (27 May 2026) corrects Brazil's reserves "
                                      "to 11,000,000 t"));
  g_assert_nonnull (strstr (note->en, "See Appendix C"));
  g_assert_nonnull (strstr (note->zh, "11,000,000 吨"));
  figure = expect (result, "WLD", NULL, "reserves", "usgs", 2025, 85000000,
                   XITU_FIGURE_MORE_THAN | XITU_FIGURE_ROUNDED);
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en, ">75,000,000 t"));
  expect (result, "CHN", NULL, "reserves", "usgs", 2025, 44000000, XITU_FIGURE_NONE);
  expect (result, "MMR", NULL, "reserves", "usgs", 2025, 0, XITU_FIGURE_NOT_AVAILABLE);
  figure = xitu_import_result_find_figure (result, "CHN", NULL, NULL, "reserves", NULL, 0);
  g_assert_null (strstr (xitu_figure_get_note (figure)->en, "Edition note"));

  /* US net import reliance, compounds and metals; concentrates: net exporter */
  expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2021, 95,
          XITU_FIGURE_MORE_THAN);
  expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2022, 95,
          XITU_FIGURE_MORE_THAN);
  expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2023, 90,
          XITU_FIGURE_MORE_THAN);
  expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2024, 53,
          XITU_FIGURE_NONE);
  expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2025, 67,
          XITU_FIGURE_ESTIMATED);
  figure = expect (result, "USA", NULL, "net-import-reliance", "mineral concentrates", 2024, 0,
                   XITU_FIGURE_NOT_AVAILABLE);
  g_assert_true (g_str_has_prefix (xitu_figure_get_note (figure)->en, "Net exporter"));
  g_assert_false (xitu_figure_has_value (figure));

  /* US import sources 2021–24 */
  figure = expect (result, "USA", "CHN", "import-share", NULL, 2021, 71, XITU_FIGURE_NONE);
  g_assert_cmpint (xitu_figure_get_year_end (figure), ==, 2024);
  g_assert_cmpstr (xitu_figure_get_unit (figure), ==, "%");
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en, "Includes Hong Kong."));
  expect (result, "USA", "MYS", "import-share", NULL, 2021, 13, XITU_FIGURE_NONE);
  expect (result, "USA", "JPN", "import-share", NULL, 2021, 5, XITU_FIGURE_NONE);
  expect (result, "USA", "EST", "import-share", NULL, 2021, 5, XITU_FIGURE_NONE);
  expect (result, "USA", "OTH", "import-share", NULL, 2021, 6, XITU_FIGURE_NONE);

  /* Prices */
  figure = expect (result, "USA", NULL, "price",
                   "Neodymium-praseodymium (NdPr) oxide, 99% minimum", 2025, 69,
                   XITU_FIGURE_ESTIMATED);
  g_assert_cmpstr (xitu_figure_get_unit (figure), ==, "USD/kg");
  expect (result, "USA", NULL, "price", "Neodymium-praseodymium (NdPr) oxide, 99% minimum", 2021,
          92, XITU_FIGURE_NONE);
}

static void
test_mcs2026_trimmed (void)
{
  g_autoptr(XituImportResult) result = import_fixture ("usgs-mcs2026-rare-earths.csv", NULL);
  g_autoptr(GPtrArray) counts = NULL;
  g_autofree char *summary = NULL;
  const XituImportCount *count;

  check_mcs2026 (result);
  g_assert_cmpuint (xitu_import_result_get_rows_read (result), ==, 2 + 164 + 3);
  g_assert_cmpuint (xitu_import_result_get_rows_ignored (result), ==, 2 + 3);

  /* The salient statistics repeat the world table's US production. */
  g_assert_true (has_skip (result, 67, "same figure as line 114 (world mine production table)"));
  g_assert_true (has_skip (result, 6, "statistic \"Imports: Compounds\" is not imported"));

  counts = xitu_import_result_summarize (result);
  count = g_ptr_array_index (counts, 0);
  g_assert_cmpstr (count->country, ==, "AUS");
  g_assert_cmpstr (count->metric, ==, "production");
  g_assert_cmpuint (count->count, ==, 2);

  summary = xitu_import_result_format_summary (result);
  g_assert_nonnull (strstr (summary, "usgs-mcs2026-rare-earths.csv: usgs-long, edition MCS 2026\n"
                                     "169 rows read: 122 figures, 5 rows of other commodities "
                                     "ignored, 42 rows skipped, 0 unmatched names\n"));
  g_assert_nonnull (strstr (summary, "  CHN  China                    production 2, reserves 1\n"));
  g_assert_nonnull (strstr (summary, "  USA  United States            import-share 5, "
                                     "net-import-reliance 10, price 45, production 10, "
                                     "reserves 1\n"));
  g_assert_nonnull (strstr (summary, "  lines 6, 27, 48, 69, 90: statistic \"Imports: Compounds\" "
                                     "is not imported\n"));
}

static char *
shared_usgs_path (void)
{
  const char *dir = g_getenv ("XITU_SHARED_DIR");

  if (dir == NULL)
    dir = g_getenv ("XITU_DEFAULT_SHARED_DIR");
  if (dir == NULL)
    return NULL;
  return g_build_filename (dir, "data", "usgs", "MCS2026_Commodities_Data.csv", NULL);
}

static void
test_mcs2026_full (void)
{
  g_autofree char *path = shared_usgs_path ();
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gint64 start, end;
  gsize len;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the USGS data release is not there (set XITU_SHARED_DIR)");
      return;
    }

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  result = xitu_usgs_import_data (data, len, "MCS2026_Commodities_Data.csv", NULL, &error);
  end = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_printerr ("# full USGS import (%" G_GSIZE_FORMAT " bytes, %u rows): %.1f ms\n", len,
              xitu_import_result_get_rows_read (result), (end - start) / 1000.0);

  check_mcs2026 (result);
  g_assert_cmpuint (xitu_import_result_get_rows_read (result), ==, 8886);
  g_assert_cmpuint (xitu_import_result_get_rows_ignored (result), ==, 8886 - 164);
  g_assert_true (has_skip (result, 6024, "same figure as line 6071 (world mine production "
                                         "table)"));
}

/* Hand-made files */

static void
test_long_quirks (void)
{
  g_autoptr(XituImportResult) result = import_fixture ("usgs-long-quirks.csv", NULL);
  const char * const *warnings = xitu_import_result_get_warnings (result);
  const XituImportUnmatched *unmatched;
  XituFigure *figure;
  const char *note;

  g_assert_cmpuint (xitu_import_result_get_rows_read (result), ==, 20);
  g_assert_cmpuint (xitu_import_result_get_rows_ignored (result), ==, 1);

  /* No edition in the file name: the latest year + 1, said in a warning. */
  g_assert_cmpstr (xitu_import_result_get_edition (result), ==, "MCS 2026");
  g_assert_cmpstr (warnings[0], ==, "The file does not name its edition; \"MCS 2026\" was "
                   "assumed from the latest year in it (2025). Set the edition if that is wrong.");

  expect (result, "CHN", NULL, "production", NULL, 2025, 270000, XITU_FIGURE_ESTIMATED);
  expect (result, "MMR", NULL, "production", NULL, 2025, 0, XITU_FIGURE_NOT_AVAILABLE);
  expect (result, "CAN", NULL, "production", NULL, 2025, 0, XITU_FIGURE_NONE);
  figure = expect (result, "KOR", NULL, "production", NULL, 2025, 0, XITU_FIGURE_WITHHELD);
  g_assert_cmpstr (xitu_figure_get_note (figure)->en, ==,
                   "Withheld to avoid disclosing company proprietary data.");
  expect (result, "WLD", NULL, "production", NULL, 2025, 390000,
          XITU_FIGURE_ESTIMATED | XITU_FIGURE_ROUNDED);
  expect (result, "OTH", NULL, "production", NULL, 2025, 550, XITU_FIGURE_ESTIMATED);
  expect (result, "WLD", NULL, "reserves", "usgs", 2025, 85000000,
          XITU_FIGURE_MORE_THAN | XITU_FIGURE_ROUNDED);

  /* A quoted note over two lines, with doubled quotes and a comma. */
  figure = expect (result, "BRA", NULL, "reserves", "usgs", 2025, 21000000, XITU_FIGURE_NONE);
  note = xitu_figure_get_note (figure)->en;
  g_assert_true (g_str_has_prefix (note, "A note on two lines:\nthe second has \"quotes\", and a "
                                         "comma. Edition note: the MCS 2026 PDF version 1.3"));

  figure = expect (result, "USA", NULL, "net-import-reliance", "compounds and metals", 2021, 95,
                   XITU_FIGURE_MORE_THAN);
  g_assert_cmpstr (xitu_figure_get_note (figure)->en, ==, "Defined as imports – exports.");
  figure = expect (result, "USA", NULL, "net-import-reliance", "mineral concentrates", 2025, 0,
                   XITU_FIGURE_NOT_AVAILABLE | XITU_FIGURE_ESTIMATED);
  g_assert_cmpstr (xitu_figure_get_note (figure)->en, ==,
                   "Net exporter (USGS symbol E); no net import reliance is given. Estimated. -- "
                   "Defined as imports – exports.");

  figure = expect (result, "USA", "CHN", "import-share", NULL, 2021, 71, XITU_FIGURE_NONE);
  g_assert_cmpint (xitu_figure_get_year_end (figure), ==, 2024);
  g_assert_cmpstr (xitu_figure_get_note (figure)->en, ==,
                   "Share of US imports (USGS import sources: Rare-earth compounds and metals). "
                   "Includes Hong Kong.");
  expect (result, "USA", "OTH", "import-share", NULL, 2021, 29, XITU_FIGURE_NONE);

  /* "2025e", Windows-1252 "Côte d’Ivoire", a price */
  expect (result, "THA", NULL, "production", NULL, 2025, 4800, XITU_FIGURE_ESTIMATED);
  expect (result, "CIV", NULL, "production", NULL, 2025, 10, XITU_FIGURE_NONE);
  expect (result, "USA", NULL, "price", "Neodymium-praseodymium (NdPr) oxide, 99% minimum", 2025,
          69, XITU_FIGURE_ESTIMATED);
  expect (result, "USA", NULL, "production", NULL, 2025, 51000, XITU_FIGURE_ESTIMATED);

  /* Unknown names are reported, never dropped silently. */
  g_assert_cmpuint (xitu_import_result_get_n_unmatched (result), ==, 1);
  unmatched = xitu_import_result_get_unmatched (result, 0);
  g_assert_cmpstr (unmatched->name, ==, "Atlantis");
  g_assert_cmpuint (unmatched->line, ==, 15);
  g_assert_cmpuint (unmatched->count, ==, 1);

  g_assert_cmpuint (xitu_import_result_get_n_skipped (result), ==, 2);
  g_assert_true (has_skip (result, 16, "statistic \"Employment, mine and mill, annual average, "
                                       "number\" is not imported"));
  g_assert_true (has_skip (result, 21, "same figure as line 22 (world mine production table)"));
  g_assert_cmpuint (xitu_import_result_get_figures (result)->len, ==, 16);
}

static void
test_long_options (void)
{
  XituImportOptions options = { "MCS 2026 (test)", "test-usgs", XITU_CSV_ENCODING_AUTO };
  g_autoptr(XituImportResult) result = import_fixture ("usgs-long-quirks.csv", &options);
  XituSource *source = g_ptr_array_index (xitu_import_result_get_sources (result), 0);
  XituFigure *figure;

  g_assert_cmpstr (xitu_import_result_get_edition (result), ==, "MCS 2026 (test)");
  g_assert_null (xitu_import_result_get_warnings (result)[0]);
  g_assert_cmpstr (xitu_source_get_id (source), ==, "test-usgs");
  figure = expect (result, "BRA", NULL, "reserves", "usgs", 2025, 21000000, XITU_FIGURE_NONE);
  g_assert_cmpstr (xitu_figure_get_source (figure), ==, "test-usgs");
  /* The errata belong to the MCS 2026 edition, not to any file's numbers. */
  g_assert_null (strstr (xitu_figure_get_note (figure)->en, "Edition note"));
}

static void
test_wide_quirks (void)
{
  g_autoptr(XituImportResult) result = import_fixture ("usgs-wide-quirks.csv", NULL);
  XituSource *source;
  XituFigure *figure;

  g_assert_cmpint (xitu_import_result_get_format (result), ==, XITU_IMPORT_FORMAT_USGS_WIDE);
  g_assert_cmpstr (xitu_import_result_get_edition (result), ==, "MCS 2024");
  g_assert_cmpuint (xitu_import_result_get_rows_read (result), ==, 8);
  source = g_ptr_array_index (xitu_import_result_get_sources (result), 0);
  g_assert_cmpstr (xitu_source_get_id (source), ==, "usgs-mcs2024-data-release");

  figure = expect (result, "USA", NULL, "production", NULL, 2022, 42000, XITU_FIGURE_NONE);
  g_assert_cmpstr (xitu_figure_get_stage (figure), ==, "mining");
  g_assert_cmpstr (xitu_figure_get_edition (figure), ==, "MCS 2024");
  expect (result, "USA", NULL, "production", NULL, 2023, 43000, XITU_FIGURE_ESTIMATED);
  /* Reserves are for the latest production year. */
  expect (result, "USA", NULL, "reserves", "usgs", 2023, 1800000, XITU_FIGURE_NONE);
  figure = expect (result, "MMR", NULL, "production", NULL, 2023, 38000, XITU_FIGURE_ESTIMATED);
  g_assert_cmpstr (xitu_figure_get_note (figure)->en, ==, "Estimated from imports into China.");
  expect (result, "MMR", NULL, "reserves", "usgs", 2023, 0, XITU_FIGURE_NOT_AVAILABLE);
  expect (result, "CAN", NULL, "production", NULL, 2022, 0, XITU_FIGURE_NONE);
  expect (result, "OTH", NULL, "production", NULL, 2023, 0,
          XITU_FIGURE_WITHHELD | XITU_FIGURE_ESTIMATED);
  expect (result, "WLD", NULL, "production", NULL, 2023, 350000,
          XITU_FIGURE_ESTIMATED | XITU_FIGURE_ROUNDED);
  expect (result, "WLD", NULL, "reserves", "usgs", 2023, 110000000,
          XITU_FIGURE_MORE_THAN | XITU_FIGURE_ROUNDED);
  expect (result, "IND", NULL, "production", NULL, 2022, 2900, XITU_FIGURE_NONE);
  expect (result, "IND", NULL, "reserves", "usgs", 2023, 6900000, XITU_FIGURE_NONE);
  g_assert_null (xitu_import_result_find_figure (result, "IND", NULL, NULL, "production", NULL,
                                                 2023));

  g_assert_cmpuint (xitu_import_result_get_n_skipped (result), ==, 1);
  g_assert_true (has_skip (result, 9, "column 5: value \"abc\" is not a number or a USGS symbol "
                                      "(NA, W, E, —, >N)"));
  g_assert_cmpuint (xitu_import_result_get_n_unmatched (result), ==, 1);
  g_assert_cmpstr (xitu_import_result_get_unmatched (result, 0)->name, ==, "Narnia");
  g_assert_cmpuint (xitu_import_result_get_unmatched (result, 0)->line, ==, 8);
  g_assert_cmpstr (xitu_import_result_get_warnings (result)[0], ==,
                   "USGS world tables carry no commodity column; the figures were imported as "
                   "rare earths (t REO).");
}

/* The table behind the names: every name in the RARE EARTHS rows of the
 * real file maps, and common other spellings do too. */
static void
test_country_names (void)
{
  static const char * const names[][2] = {
    { "Burma", "MMR" }, { "Korea, Republic of", "KOR" }, { "United States", "USA" },
    { "World total", "WLD" }, { "World total (rounded)", "WLD" }, { "Other countries", "OTH" },
    { "Russia", "RUS" }, { "Vietnam", "VNM" }, { "Tanzania", "TZA" }, { "Greenland", "GRL" },
    { "Congo (Kinshasa)", "COD" }, { "Côte d’Ivoire", "CIV" }, { "Cote d'Ivoire", "CIV" },
    { "Korea, North", "PRK" }, { "Turkey", "TUR" }, { "The Bahamas", "BHS" },
    { "Burma4", "MMR" }, { "  united   states ", "USA" }, { "Taiwan", "TWN" },
    { "Myanmar", "MMR" }, { "Czech Republic", "CZE" },
  };
  g_autoptr(XituImportResult) result = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *data = g_strdup_printf (
        "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes\n"
        "RARE EARTHS,World Mine Production and Reserves,Rare Earths,\"%s\",Production,"
        "Mine production,metric tons,2025,1,\n", names[i][0]);
      g_autoptr(GError) error = NULL;

      result = xitu_usgs_import_data (data, strlen (data), "names.csv", NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (xitu_import_result_find_figure (result, names[i][1], NULL, NULL,
                                                        "production", NULL, 2025));
      g_clear_object (&result);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/usgs-import/values", test_values);
  g_test_add_func ("/usgs-import/years", test_years);
  g_test_add_func ("/usgs-import/editions", test_editions);
  g_test_add_func ("/usgs-import/source", test_source);
  g_test_add_func ("/usgs-import/mcs2026-trimmed", test_mcs2026_trimmed);
  g_test_add_func ("/usgs-import/mcs2026-full", test_mcs2026_full);
  g_test_add_func ("/usgs-import/long-quirks", test_long_quirks);
  g_test_add_func ("/usgs-import/long-options", test_long_options);
  g_test_add_func ("/usgs-import/wide-quirks", test_wide_quirks);
  g_test_add_func ("/usgs-import/country-names", test_country_names);

  return g_test_run ();
}
