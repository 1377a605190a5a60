/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-dataset-loader.h"

static XituDataset *
load_mini (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituDataset *dataset = xitu_dataset_load_file (file, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_find_newest_edition (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  XituFigureQuery q = { .country = "USA", .stage = "mining", .metric = "production", .year = 2024 };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);
  g_autoptr(GPtrArray) editions = NULL;

  /* MCS 2026 revised 2024 to 45,500 t; MCS 2025 had estimated 45,000 t. */
  g_assert_cmpfloat (xitu_figure_get_value (figure), ==, 45500.0);
  g_assert_cmpstr (xitu_figure_get_edition (figure), ==, "MCS 2026");

  q.edition = "MCS 2025";
  figure = xitu_dataset_find_figure (dataset, &q);
  g_assert_cmpfloat (xitu_figure_get_value (figure), ==, 45000.0);
  g_assert_true (xitu_figure_get_flags (figure) & XITU_FIGURE_ESTIMATED);

  editions = xitu_dataset_get_editions_of (dataset, figure);
  g_assert_cmpuint (editions->len, ==, 2);
  g_assert_cmpstr (xitu_figure_get_edition (g_ptr_array_index (editions, 0)), ==, "MCS 2026");
  g_assert_cmpstr (xitu_figure_get_edition (g_ptr_array_index (editions, 1)), ==, "MCS 2025");
}

static void
test_year_ranges_and_partners (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  XituFigureQuery q = { .country = "USA", .partner = "CHN", .metric = "import-share", .year = 2023 };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);
  g_autofree char *years = NULL;

  g_assert_nonnull (figure);
  g_assert_cmpfloat (xitu_figure_get_value (figure), ==, 71.0);
  years = xitu_figure_format_years (figure);
  g_assert_cmpstr (years, ==, "2021–24");

  /* Without a partner, the partner's figure does not match. */
  q.partner = NULL;
  g_assert_null (xitu_dataset_find_figure (dataset, &q));
  q.year = 2020;
  q.partner = "CHN";
  g_assert_null (xitu_dataset_find_figure (dataset, &q));
}

static void
test_not_available_kept (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  XituFigureQuery q = { .country = "MYS", .metric = "reserves", .year = 2025 };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);

  g_assert_nonnull (figure);
  g_assert_false (xitu_figure_has_value (figure));
}

static void
test_mining_shares (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (dataset, "mining", 2025, NULL);
  const XituShare *first;

  g_assert_cmpstr (shares->metric, ==, "production");
  g_assert_cmpstr (shares->edition, ==, "MCS 2026");
  g_assert_cmpint (shares->year, ==, 2025);
  g_assert_true (shares->total_from_source);
  g_assert_cmpfloat (shares->total, ==, 390000.0);

  first = xitu_shares_get_entry (shares, 0);
  g_assert_cmpstr (xitu_country_get_code (first->country), ==, "CHN");
  g_assert_cmpfloat_with_epsilon (first->share, 270000.0 / 390000.0 * 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (xitu_shares_get_share (shares, "USA"), 51000.0 / 3900.0, 1e-9);

  /* HHI over named countries: 69.23² + 13.08² + 7.44² */
  g_assert_cmpfloat_with_epsilon (xitu_shares_hhi (shares),
                                  pow (270000 / 3900.0, 2) + pow (51000 / 3900.0, 2) + pow (29000 / 3900.0, 2),
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (xitu_shares_top_n (shares, 3), 350000 / 3900.0, 1e-9);

  /* other (30,000 t) then the 10,000 t that nobody is named for */
  g_assert_cmpint (xitu_shares_get_entry (shares, 3)->kind, ==, XITU_SHARE_OTHER);
  g_assert_cmpint (xitu_shares_get_entry (shares, 4)->kind, ==, XITU_SHARE_UNATTRIBUTED);
  g_assert_cmpfloat_with_epsilon (xitu_shares_get_unattributed (shares), 10000 / 3900.0, 1e-9);
  g_assert_false (xitu_shares_is_complete (shares));
}

static void
test_edition_not_mixed (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(XituShares) newest = xitu_dataset_get_stage_shares (dataset, "mining", 2024, NULL);
  g_autoptr(XituShares) older = xitu_dataset_get_stage_shares (dataset, "mining", 2024, "MCS 2025");

  g_assert_cmpstr (newest->edition, ==, "MCS 2026");
  g_assert_cmpfloat (newest->total, ==, 380000.0);
  g_assert_cmpstr (older->edition, ==, "MCS 2025");
  g_assert_cmpfloat (older->total, ==, 390000.0);
  g_assert_cmpfloat_with_epsilon (xitu_shares_get_share (older, "USA"), 45000 / 3900.0, 1e-9);
}

static void
test_separation_shares_latest_year (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (dataset, "separation", 2025, NULL);
  g_autoptr(XituShares) future = xitu_dataset_get_stage_shares (dataset, "separation", 2030, NULL);

  /* No 2025 figure: the latest year up to 2025 is 2023, and the projection
   * for 2030 is not taken for it. */
  g_assert_cmpstr (shares->metric, ==, "share");
  g_assert_cmpint (shares->year, ==, 2023);
  g_assert_cmpfloat (xitu_shares_get_share (shares, "CHN"), ==, 92.0);
  g_assert_cmpfloat (xitu_shares_get_share (shares, "MYS"), ==, 5.0);
  g_assert_cmpfloat_with_epsilon (xitu_shares_get_unattributed (shares), 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (xitu_shares_hhi (shares), 92.0 * 92.0 + 25.0, 1e-9);

  g_assert_cmpint (future->year, ==, 2030);
  g_assert_cmpfloat (xitu_shares_get_share (future, "CHN"), ==, 77.0);
}

static void
test_no_sourced_figure (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (dataset, "metal", 2025, NULL);

  g_assert_false (xitu_shares_has_data (shares));
  g_assert_null (shares->edition);
  g_assert_cmpuint (xitu_shares_get_n_entries (shares), ==, 1);
  g_assert_cmpint (xitu_shares_get_entry (shares, 0)->kind, ==, XITU_SHARE_UNATTRIBUTED);
  g_assert_cmpfloat (xitu_shares_get_unattributed (shares), ==, 100.0);
  g_assert_cmpfloat (xitu_shares_hhi (shares), ==, 0.0);
}

static void
test_lists (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_auto(GStrv) editions = xitu_dataset_list_editions (dataset, "production", "mining");
  g_autoptr(GPtrArray) by_source = xitu_dataset_get_figures_for_source (dataset, "iea");
  g_autoptr(GPtrArray) by_country = xitu_dataset_get_figures_for_country (dataset, "USA");

  g_assert_cmpuint (g_strv_length (editions), ==, 2);
  g_assert_cmpstr (editions[0], ==, "MCS 2026");
  g_assert_cmpstr (editions[1], ==, "MCS 2025");
  g_assert_cmpuint (by_source->len, ==, 3);
  g_assert_cmpuint (by_country->len, ==, 5);
  g_assert_cmpint (xitu_dataset_get_latest_year (dataset, "share", "separation"), ==, 2023);
  g_assert_cmpint (xitu_dataset_get_latest_year (dataset, "production", "mining"), ==, 2025);
}

/* An import that covers a bundled figure keeps both, each with its edition. */
static void
test_merge_keeps_both_editions (void)
{
  static const char import[] =
    "{\"format\": \"xitu-dataset\", \"version\": 1,"
    " \"stages\": [{\"id\": \"mining\", \"order\": 0, \"name\": {\"en\": \"Mine\", \"zh\": \"矿\"}}],"
    " \"countries\": [{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"country\","
    "   \"name\": {\"en\": \"PRC\", \"zh\": \"中华人民共和国\"}}],"
    " \"sources\": [{\"id\": \"mine\", \"publisher\": {\"en\": \"Me\"}, \"title\": \"My file\","
    "   \"language\": \"en\", \"date\": \"2026-11-01\", \"kind\": \"research\", \"tag\": \"primary\"}],"
    " \"figures\": [{\"id\": \"sep-chn-2023\", \"country\": \"CHN\", \"stage\": \"mining\","
    "   \"metric\": \"production\", \"year\": 2025, \"value\": 280000, \"unit\": \"t\","
    "   \"source\": \"mine\", \"edition\": \"My 2026\"}]}";
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) other = xitu_dataset_load_data (import, sizeof import - 1, "import.json", &error);
  XituFigureQuery q = { .country = "CHN", .stage = "mining", .metric = "production", .year = 2025 };
  g_autoptr(GPtrArray) editions = NULL;
  guint before = g_list_model_get_n_items (xitu_dataset_get_figures (dataset));

  g_assert_no_error (error);
  xitu_dataset_merge (dataset, other);

  g_assert_cmpuint (g_list_model_get_n_items (xitu_dataset_get_figures (dataset)), ==, before + 1);
  /* the bundled name stays; the imported figure lost only its clashing id */
  g_assert_cmpstr (xitu_country_get_name_en (xitu_dataset_lookup_country (dataset, "CHN")), ==, "China");
  g_assert_cmpstr (xitu_figure_get_edition (xitu_dataset_lookup_figure (dataset, "sep-chn-2023")), ==, "GCMO 2024");
  editions = xitu_dataset_get_editions_of (dataset, xitu_dataset_find_figure (dataset, &q));
  g_assert_cmpuint (editions->len, ==, 2);
  /* the import's source is newer (2026-11-01), so it comes first */
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (editions, 0)), ==, 280000.0);
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (editions, 1)), ==, 270000.0);
}

static void
test_lang (void)
{
  g_autofree char *both = xitu_lang_join (XITU_LANG_BOTH, "China", "中国");
  g_autofree char *en = xitu_lang_join (XITU_LANG_EN, "China", "中国");

  g_assert_cmpstr (both, ==, "中国 China");
  g_assert_cmpstr (en, ==, "China");
  g_assert_cmpstr (xitu_lang_pick (XITU_LANG_ZH, "Mountain Pass", NULL), ==, "Mountain Pass");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-query/newest-edition", test_find_newest_edition);
  g_test_add_func ("/dataset-query/year-ranges-partners", test_year_ranges_and_partners);
  g_test_add_func ("/dataset-query/not-available", test_not_available_kept);
  g_test_add_func ("/dataset-query/mining-shares", test_mining_shares);
  g_test_add_func ("/dataset-query/edition-not-mixed", test_edition_not_mixed);
  g_test_add_func ("/dataset-query/separation-latest-year", test_separation_shares_latest_year);
  g_test_add_func ("/dataset-query/no-sourced-figure", test_no_sourced_figure);
  g_test_add_func ("/dataset-query/lists", test_lists);
  g_test_add_func ("/dataset-query/merge", test_merge_keeps_both_editions);
  g_test_add_func ("/dataset-query/lang", test_lang);

  return g_test_run ();
}
