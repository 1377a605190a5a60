/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "xitu-comtrade-import.h"
#include "xitu-import.h"
#include "xitu-import-store.h"

static XituImportResult *
import_fixture (const XituImportOptions *options)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "comtrade-quirks.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  XituImportResult *result;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  result = xitu_comtrade_import_data (data, len, "comtrade-quirks.csv", options, &error);
  g_assert_no_error (error);
  return result;
}

static XituImportResult *
import_named (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  XituImportResult *result;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  result = xitu_comtrade_import_data (data, len, name, NULL, &error);
  g_assert_no_error (error);
  return result;
}

static XituFigure *
expect (XituImportResult *result,
        const char       *country,
        const char       *partner,
        const char       *stage,
        const char       *metric,
        const char       *measure,
        double            value,
        const char       *unit)
{
  XituFigure *figure = xitu_import_result_find_figure (result, country, partner, stage, metric,
                                                      measure, 2024);

  if (figure == NULL)
    g_error ("no %s %s figure for %s from %s", metric, measure, country, partner ? partner : "-");
  g_assert_cmpfloat_with_epsilon (xitu_figure_get_value (figure), value, 1e-9);
  g_assert_cmpstr (xitu_figure_get_unit (figure), ==, unit);
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

/* The Chinese note, which every imported figure has. */
static const char *
note_zh (XituFigure *figure)
{
  const char *zh = xitu_figure_get_note (figure)->zh;

  g_assert_nonnull (zh);
  return zh;
}

/* Every figure the importer makes carries its note in both languages: the
 * figure keeps both, whatever the interface language. */
static void
assert_notes_bilingual (XituImportResult *result)
{
  GPtrArray *figures = xitu_import_result_get_figures (result);

  g_assert_cmpuint (figures->len, >, 0);
  for (guint i = 0; i < figures->len; i++)
    {
      const XituText *note = xitu_figure_get_note (g_ptr_array_index (figures, i));

      g_assert_nonnull (note->en);
      g_assert_nonnull (note->zh);
      g_assert_true (g_str_has_prefix (note->zh, "UN Comtrade HS "));
    }
}

static void
test_codes (void)
{
  static const struct
  {
    guint       comtrade;
    const char *alpha3;
    guint       numeric;
  } codes[] = {
    { 842, "USA", 840 }, { 251, "FRA", 250 }, { 579, "NOR", 578 }, { 699, "IND", 356 },
    { 757, "CHE", 756 }, { 490, "TWN", 158 }, { 156, "CHN", 156 }, { 104, "MMR", 104 },
    { 36, "AUS", 36 },
  };
  const char *alpha3;
  guint numeric;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_assert_true (xitu_comtrade_map_code (codes[i].comtrade, &alpha3, &numeric));
      g_assert_cmpstr (alpha3, ==, codes[i].alpha3);
      g_assert_cmpuint (numeric, ==, codes[i].numeric);
    }
  /* World, the EU, "Areas, nes": not countries. (The importer makes the
   * EU the EU27 bloc: test_eu.) */
  g_assert_false (xitu_comtrade_map_code (0, &alpha3, &numeric));
  g_assert_false (xitu_comtrade_map_code (97, &alpha3, &numeric));
  g_assert_false (xitu_comtrade_map_code (899, &alpha3, &numeric));
}

static void
test_stages (void)
{
  g_assert_cmpstr (xitu_comtrade_stage_for_hs ("2846"), ==, "separation");
  g_assert_cmpstr (xitu_comtrade_stage_for_hs ("284610"), ==, "separation");
  g_assert_cmpstr (xitu_comtrade_stage_for_hs ("2846.90"), ==, "separation");
  g_assert_cmpstr (xitu_comtrade_stage_for_hs ("280530"), ==, "metal");
  g_assert_cmpstr (xitu_comtrade_stage_for_hs ("8505.11"), ==, "magnet");
  g_assert_null (xitu_comtrade_stage_for_hs ("2805"));
  g_assert_null (xitu_comtrade_stage_for_hs ("360690"));
  g_assert_null (xitu_comtrade_stage_for_hs ("28x6"));
}

/* China's imports of HS 2846 in 2024, with a World row: shares of the World
 * total, by value and by net weight. Hand-computed:
 * 817.8 / 1386.6 = 58.97879705755085 %, 60 / 100 = 60 %, … */
static void
test_world_row (void)
{
  g_autoptr(XituImportResult) result = import_fixture (NULL);
  XituFigure *figure;
  const char *note;

  figure = expect (result, "CHN", "MMR", "separation", "import-share", "value",
                   58.97879705755085, "%");
  note = xitu_figure_get_note (figure)->en;
  g_assert_cmpstr (note, ==, "UN Comtrade HS 2846 (compounds of rare-earth metals, yttrium or "
                   "scandium), imports: 817,800,000 of 1,386,600,000 USD (share of the World "
                   "total).");
  g_assert_cmpstr (note_zh (figure), ==,
                   "UN Comtrade HS 2846（稀土金属、钇或钪的化合物），进口：817,800,000 / "
                   "1,386,600,000 美元，占世界合计的份额。");
  expect (result, "CHN", "MYS", "separation", "import-share", "value", 21.63565556036348, "%");
  expect (result, "CHN", "LAO", "separation", "import-share", "value", 7.211885186787827, "%");
  expect (result, "CHN", "USA", "separation", "import-share", "value", 4.961777008510024, "%");
  figure = expect (result, "CHN", "TWN", "separation", "import-share", "value",
                   1.4423770373575653, "%");
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en,
                            "Comtrade reports Taiwan as \"Other Asia, nes\" (code 490, S19)."));
  g_assert_nonnull (strstr (note_zh (figure),
                            "Comtrade 将台湾列为“Other Asia, nes”（未另列明的亚洲其他地区；"
                            "代码 490，S19）。"));

  figure = expect (result, "CHN", "MMR", "separation", "import-share", "weight", 60, "%");
  g_assert_nonnull (strstr (note_zh (figure),
                            "进口：60,000 / 100,000 吨（净重），占世界合计的份额。"));
  expect (result, "CHN", "MYS", "separation", "import-share", "weight", 20, "%");
  expect (result, "CHN", "USA", "separation", "import-share", "weight", 5, "%");
  expect (result, "CHN", "TWN", "separation", "import-share", "weight", 1, "%");
  /* 0 kg for US$ 100 million means "not given": no weight share. */
  g_assert_null (xitu_import_result_find_figure (result, "CHN", "LAO", NULL, "import-share",
                                                 "weight", 2024));

  /* The World row is the total and is not a partner. */
  g_assert_null (xitu_import_result_find_figure (result, "CHN", "WLD", NULL, NULL, NULL, 0));
  expect (result, "CHN", NULL, "separation", "imports", "value", 1386600000, "USD");
  figure = expect (result, "CHN", NULL, "separation", "imports", "weight", 100000, "t");
  g_assert_true (g_str_has_suffix (note_zh (figure), "：世界合计，净重。"));
  assert_notes_bilingual (result);

  /* Left out of the sums, each with its line */
  g_assert_true (has_skip (result, 6, "partner 899 \"Areas, nes\" is an area or group, not a "
                                      "country; left out of the sums"));
  g_assert_true (has_skip (result, 9, "HS 284690 is inside HS 2846, which the file also has; "
                                      "not counted twice"));
  g_assert_true (has_skip (result, 10, "aggregate row (isAggregate true); left out of the sums"));
  g_assert_true (has_skip (result, 11, "partner2Code 458: only rows for partner2 World (0) are "
                                       "used"));
  g_assert_true (has_skip (result, 12, "motCode 2100: only the total of all modes of transport "
                                       "(0) is used"));
}

/* The USA's imports of HS 2805.30 without a World row: shares of the sum
 * of the partners, 30 / 50 = 60 %, and 3000 / 4000 t = 75 %. */
static void
test_no_world_row (void)
{
  g_autoptr(XituImportResult) result = import_fixture (NULL);
  XituFigure *figure;

  figure = expect (result, "USA", "CHN", "metal", "import-share", "value", 60, "%");
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en,
                            "share of the sum of the partners in the file; it has no World row"));
  g_assert_nonnull (strstr (note_zh (figure),
                            "HS 2805.30（稀土金属、钪及钇）"));
  g_assert_nonnull (strstr (note_zh (figure),
                            "占文件中伙伴方合计的份额；文件中没有世界行。"));
  expect (result, "USA", "JPN", "metal", "import-share", "value", 20, "%");
  expect (result, "USA", "FRA", "metal", "import-share", "value", 20, "%");
  expect (result, "USA", "CHN", "metal", "import-share", "weight", 75, "%");
  expect (result, "USA", "JPN", "metal", "import-share", "weight", 12.5, "%");
  expect (result, "USA", "FRA", "metal", "import-share", "weight", 12.5, "%");
  figure = expect (result, "USA", NULL, "metal", "imports", "value", 50000000, "USD");
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en, "it has no World row"));
  g_assert_nonnull (strstr (note_zh (figure), "文件中没有世界行"));
  expect (result, "USA", NULL, "metal", "imports", "weight", 4000, "t");
}

/* Japan's exports of HS 8505.11: export shares, with the magnet caveat. */
static void
test_exports_and_magnets (void)
{
  g_autoptr(XituImportResult) result = import_fixture (NULL);
  XituFigure *figure;

  figure = expect (result, "JPN", "IND", "magnet", "export-share", "value", 20, "%");
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en,
                            "HS 8505.11 counts all permanent magnets of metal, including magnets "
                            "without rare earths such as AlNiCo"));
  g_assert_nonnull (strstr (note_zh (figure),
                            "，出口：200,000,000 / 1,000,000,000 美元，占世界合计的份额。HS 8505.11 "
                            "统计的是全部金属制永磁铁，包括铝镍钴等不含稀土的磁铁，因此高估了钕铁硼和"
                            "钐钴磁铁的贸易。"));
  expect (result, "JPN", "NOR", "magnet", "export-share", "value", 10, "%");
  expect (result, "JPN", "CHE", "magnet", "export-share", "value", 5, "%");
  expect (result, "JPN", "IND", "magnet", "export-share", "weight", 20, "%");
  expect (result, "JPN", NULL, "magnet", "exports", "value", 1000000000, "USD");
  expect (result, "JPN", NULL, "magnet", "exports", "weight", 20000, "t");
  g_assert_null (xitu_import_result_find_figure (result, "JPN", "IND", NULL, "import-share",
                                                 NULL, 0));
}

static void
test_left_out (void)
{
  g_autoptr(XituImportResult) result = import_fixture (NULL);
  const XituImportUnmatched *unmatched;

  g_assert_cmpuint (xitu_import_result_get_rows_read (result), ==, 23);
  g_assert_true (has_skip (result, 20, "freqCode \"M\": only annual data (A) is imported"));
  g_assert_true (has_skip (result, 21, "flowCode \"RM\": only imports (M) and exports (X) are "
                                       "used"));
  g_assert_true (has_skip (result, 22, "HS code \"2805\" is not one Xitu maps to a stage (2846, "
                                       "2846.10, 2846.90, 2805.30, 8505.11)"));
  g_assert_true (has_skip (result, 24, "customsCode C01: only the total of all procedures (C00) "
                                       "is used"));
  g_assert_cmpuint (xitu_import_result_get_n_skipped (result), ==, 9);

  g_assert_cmpuint (xitu_import_result_get_n_unmatched (result), ==, 1);
  unmatched = xitu_import_result_get_unmatched (result, 0);
  g_assert_cmpstr (unmatched->name, ==, "Ruritania (Comtrade partner 999)");
  g_assert_cmpuint (unmatched->line, ==, 23);
}

static void
test_countries_and_source (void)
{
  XituImportOptions options = { "UN Comtrade 2025-06", NULL, XITU_CSV_ENCODING_AUTO };
  g_autoptr(XituImportResult) result = import_fixture (&options);
  g_autoptr(XituImportResult) defaults = import_fixture (NULL);
  GPtrArray *countries = xitu_import_result_get_countries (result);
  XituSource *source = g_ptr_array_index (xitu_import_result_get_sources (defaults), 0);
  static const struct
  {
    const char *code;
    guint       numeric;
  } expected[] = {
    { "USA", 840 }, { "FRA", 250 }, { "NOR", 578 }, { "IND", 356 }, { "CHE", 756 },
    { "TWN", 158 }, { "CHN", 156 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < countries->len; j++)
        {
          XituCountry *country = g_ptr_array_index (countries, j);

          if (g_str_equal (xitu_country_get_code (country), expected[i].code))
            {
              g_assert_cmpuint (xitu_country_get_numeric (country), ==, expected[i].numeric);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }

  g_assert_cmpstr (xitu_import_result_get_edition (result), ==, "UN Comtrade 2025-06");
  g_assert_true (g_str_has_prefix (xitu_import_result_get_edition (defaults),
                                   "UN Comtrade (imported "));
  g_assert_true (g_str_has_prefix (xitu_source_get_id (source), "un-comtrade-"));
  g_assert_cmpuint (strlen (xitu_source_get_id (source)), ==, strlen ("un-comtrade-") + 12);
  g_assert_cmpstr (xitu_source_get_publisher (source)->en, ==,
                   "United Nations Statistics Division");
  g_assert_cmpstr (xitu_source_get_kind (source), ==, "official-statistics");
}

static XituFigure *
expect_year (XituImportResult *result,
             const char       *country,
             const char       *partner,
             const char       *metric,
             const char       *measure,
             int               year,
             double            value)
{
  XituFigure *figure = xitu_import_result_find_figure (result, country, partner, NULL, metric,
                                                      measure, year);

  if (figure == NULL)
    g_error ("no %s %s figure for %s from %s in %d", metric, measure, country,
             partner ? partner : "-", year);
  g_assert_cmpfloat_with_epsilon (xitu_figure_get_value (figure), value, 1e-9);
  return figure;
}

/* Comtrade code 97, the European Union, is the dataset's EU27 bloc, as a
 * reporter and as a partner (tests/data/import/comtrade-eu.csv). */
static void
test_eu (void)
{
  g_autoptr(XituImportResult) result = import_named ("comtrade-eu.csv");
  const char * const *warnings = xitu_import_result_get_warnings (result);
  GPtrArray *countries = xitu_import_result_get_countries (result);
  XituCountry *eu = NULL;
  XituFigure *figure;
  g_autofree char *dir = NULL;
  g_autoptr(XituImportStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  /* The EU's imports of HS 2805.30 in 2024: 600 / 1000, 250 / 1000, … */
  figure = expect (result, "EU27", "CHN", "metal", "import-share", "value", 60, "%");
  g_assert_null (strstr (xitu_figure_get_note (figure)->en, "United Kingdom"));
  g_assert_null (strstr (note_zh (figure), "英国"));
  expect (result, "EU27", "RUS", "metal", "import-share", "value", 25, "%");
  expect (result, "EU27", "MYS", "metal", "import-share", "weight", 15, "%");
  expect (result, "EU27", NULL, "metal", "imports", "value", 1000000000, "USD");
  expect (result, "EU27", NULL, "metal", "imports", "weight", 10000, "t");

  /* 2019, when Comtrade's EU still had the United Kingdom: 400 / 500. */
  figure = expect_year (result, "EU27", "CHN", "import-share", "value", 2019, 80);
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en,
                            "Comtrade's European Union (code 97) of this year includes the "
                            "United Kingdom, which left the EU in 2020; imported as the EU27."));
  figure = expect_year (result, "EU27", NULL, "imports", "value", 2019, 500000000);
  g_assert_nonnull (strstr (xitu_figure_get_note (figure)->en, "includes the United Kingdom"));
  g_assert_true (g_str_has_suffix (note_zh (figure),
                                   "Comtrade 该年度的欧盟（代码 97）包括已于 2020 年退出欧盟的"
                                   "英国；作为欧盟（27国）导入。"));
  g_assert_nonnull (warnings[0]);
  g_assert_cmpstr (warnings[0], ==, "Comtrade code 97, the European Union, is the EU of each "
                   "year's members; it was imported as Xitu's EU27. Rows before 2020 (the "
                   "first on line 6, 2019) are the EU with the United Kingdom, which left in "
                   "2020, not the EU27.");
  g_assert_null (warnings[1]);

  /* As a partner, with a World row: 500 / 2000 of China's exports. */
  expect (result, "CHN", "EU27", "separation", "export-share", "value", 25, "%");
  expect (result, "CHN", "USA", "separation", "export-share", "value", 15, "%");

  /* As a partner beside Germany without a World row: the sum of the
   * partners would hold Germany's trade twice, so the EU is left out of it
   * (250 / 1000, 750 / 1000). */
  g_assert_true (has_skip (result, 11, "the European Union (code 97) is a partner beside some "
                                       "of its members and there is no World row; left out of "
                                       "the sum of the partners, which would count their trade "
                                       "twice"));
  g_assert_null (xitu_import_result_find_figure (result, "JPN", "EU27", NULL, NULL, NULL, 0));
  expect (result, "JPN", "DEU", "magnet", "import-share", "value", 25, "%");
  expect (result, "JPN", "CHN", "magnet", "import-share", "value", 75, "%");
  expect (result, "JPN", NULL, "magnet", "imports", "value", 1000000000, "USD");
  g_assert_cmpuint (xitu_import_result_get_n_skipped (result), ==, 1);
  g_assert_cmpuint (xitu_import_result_get_n_unmatched (result), ==, 0);
  assert_notes_bilingual (result);

  /* The bloc as in the dataset, with its members among the countries. */
  for (guint i = 0; i < countries->len; i++)
    if (g_str_equal (xitu_country_get_code (g_ptr_array_index (countries, i)), "EU27"))
      eu = g_ptr_array_index (countries, i);
  g_assert_nonnull (eu);
  g_assert_cmpint (xitu_country_get_kind (eu), ==, XITU_COUNTRY_KIND_BLOC);
  g_assert_cmpstr (xitu_country_get_name_zh (eu), ==, "欧盟（27国）");
  g_assert_cmpuint (g_strv_length ((char **) xitu_country_get_members (eu)), ==, 27);
  g_assert_true (xitu_country_has_member (eu, "DEU"));
  g_assert_false (xitu_country_has_member (eu, "GBR"));

  /* The stored import loads again on its own (a bloc's members must be
   * among its countries). */
  dir = g_dir_make_tmp ("xitu-comtrade-eu-XXXXXX", &error);
  g_assert_no_error (error);
  store = xitu_import_store_new (dir);
  id = xitu_import_store_add (store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_clear_object (&store);
  store = xitu_import_store_new (dir);
  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 1);
  g_assert_cmpuint (xitu_import_store_get_import (store, 0)->n_figures, ==, 24);
  g_assert_true (xitu_import_store_remove (store, id, &error));
  g_assert_no_error (error);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/comtrade-import/codes", test_codes);
  g_test_add_func ("/comtrade-import/stages", test_stages);
  g_test_add_func ("/comtrade-import/world-row", test_world_row);
  g_test_add_func ("/comtrade-import/no-world-row", test_no_world_row);
  g_test_add_func ("/comtrade-import/exports-and-magnets", test_exports_and_magnets);
  g_test_add_func ("/comtrade-import/left-out", test_left_out);
  g_test_add_func ("/comtrade-import/countries-and-source", test_countries_and_source);
  g_test_add_func ("/comtrade-import/eu", test_eu);

  return g_test_run ();
}
