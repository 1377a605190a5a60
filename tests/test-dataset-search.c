/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-dataset-loader.h"
#include "xitu-dataset-search.h"

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

static guint
count_matches (XituDataset *dataset,
               const char  *text)
{
  GListModel *figures = xitu_dataset_get_figures (dataset);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      n += xitu_dataset_figure_matches_text (dataset, figure, text);
    }
  return n;
}

static void
test_text (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();

  g_assert_cmpuint (count_matches (dataset, NULL), ==, 17);
  g_assert_cmpuint (count_matches (dataset, ""), ==, 17);
  g_assert_cmpuint (count_matches (dataset, "   "), ==, 17);
  /* Five figures of China plus the US import share from China. */
  g_assert_cmpuint (count_matches (dataset, "China"), ==, 6);
  g_assert_cmpuint (count_matches (dataset, "CHINA"), ==, 6);
  g_assert_cmpuint (count_matches (dataset, "chn"), ==, 6);
  g_assert_cmpuint (count_matches (dataset, "中国"), ==, 6);
  /* Every word must match: China's two 2024 mining figures (two editions)
   * and the two separation figures from "GCMO 2024". */
  g_assert_cmpuint (count_matches (dataset, "china 2024"), ==, 4);
  g_assert_cmpuint (count_matches (dataset, "China\u30002024"), ==, 4);
  /* Words, not phrases: "MCS 2025" finds the three figures of that edition
   * and the seven 2025 figures of MCS 2026. */
  g_assert_cmpuint (count_matches (dataset, "MCS 2025"), ==, 10);
  /* Publisher, title translation, metric and stage names. */
  g_assert_cmpuint (count_matches (dataset, "美国地质调查局"), ==, 14);
  g_assert_cmpuint (count_matches (dataset, "关键矿产展望"), ==, 3);
  g_assert_cmpuint (count_matches (dataset, "import share"), ==, 1);
  g_assert_cmpuint (count_matches (dataset, "储量"), ==, 2);
  g_assert_cmpuint (count_matches (dataset, "分离"), ==, 4);
  /* The value as shown and the year range as shown. */
  g_assert_cmpuint (count_matches (dataset, "270,000"), ==, 3);
  g_assert_cmpuint (count_matches (dataset, "2021–24"), ==, 1);
  g_assert_cmpuint (count_matches (dataset, "Atlantis"), ==, 0);
}

static void
test_kinds (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_auto(GStrv) kinds = xitu_dataset_list_figure_kinds (dataset);
  const char * const expected[] = { "mining/production", "separation/share", "separation/import-share",
                                    "reserves", NULL };
  g_autofree char *mining = xitu_dataset_describe_figure_kind (dataset, "mining/production", XITU_LANG_EN);
  g_autofree char *reserves = xitu_dataset_describe_figure_kind (dataset, "reserves", XITU_LANG_ZH);
  XituFigureQuery q = { .country = "USA", .metric = "reserves" };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);

  g_assert_cmpstrv (kinds, expected);
  g_assert_cmpstr (mining, ==, "Mining · production");
  g_assert_cmpstr (reserves, ==, "储量");
  g_assert_true (xitu_figure_has_kind (figure, "reserves"));
  g_assert_true (xitu_figure_has_kind (figure, NULL));
  g_assert_false (xitu_figure_has_kind (figure, "mining/production"));
}

static void
test_claims (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  XituClaim *claim = xitu_dataset_lookup_claim (dataset, "refining-90");
  g_autoptr(GPtrArray) figures = xitu_dataset_get_claim_figures (dataset, claim);
  g_autoptr(GPtrArray) chn = xitu_dataset_get_claims_for_country (dataset, "CHN");
  g_autoptr(GPtrArray) usa = xitu_dataset_get_claims_for_country (dataset, "USA");
  const char *original, *translation;

  g_assert_true (xitu_dataset_claim_matches (dataset, claim, -1, NULL));
  g_assert_true (xitu_dataset_claim_matches (dataset, claim, XITU_VERDICT_SUPPORTED, NULL));
  g_assert_false (xitu_dataset_claim_matches (dataset, claim, XITU_VERDICT_CONTRADICTED, NULL));
  /* The claim's source is a Chinese article. */
  g_assert_true (xitu_dataset_claim_matches (dataset, claim, -1, "zh"));
  g_assert_false (xitu_dataset_claim_matches (dataset, claim, -1, "en"));
  g_assert_true (xitu_dataset_claim_matches (dataset, claim, XITU_VERDICT_SUPPORTED, "zh"));

  /* A Chinese article: the Chinese wording is the original. */
  xitu_dataset_get_claim_wording (dataset, claim, &original, &translation);
  g_assert_cmpstr (original, ==, "中国控制全球90%的精炼");
  g_assert_cmpstr (translation, ==, "China controls 90 % of refining");
  g_assert_cmpstr (xitu_source_get_translated_title (xitu_dataset_lookup_source (dataset, "news")), ==,
                   "Rare-earth news");
  g_assert_cmpstr (xitu_source_get_translated_title (xitu_dataset_lookup_source (dataset, "iea")), ==,
                   "2024年全球关键矿产展望");
  /* No translation at all. */
  g_assert_null (xitu_source_get_translated_title (xitu_dataset_lookup_source (dataset, "usgs-old")));

  g_assert_cmpuint (figures->len, ==, 1);
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (figures, 0)), ==, 92.0);
  g_assert_cmpuint (chn->len, ==, 1);
  g_assert_cmpuint (usa->len, ==, 0);
}

static void
test_country_groups (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(GPtrArray) groups = xitu_dataset_get_country_figure_groups (dataset, "USA");
  g_autoptr(GPtrArray) facilities = xitu_dataset_get_facilities_for_country (dataset, "USA");
  g_autoptr(GPtrArray) none = xitu_dataset_get_country_figure_groups (dataset, "EST");
  GPtrArray *group;

  /* Mining 2025, mining 2024 (two editions), import share 2021–24,
   * reserves 2025: chain order, newest year first within a kind. */
  g_assert_cmpuint (groups->len, ==, 4);
  group = g_ptr_array_index (groups, 0);
  g_assert_cmpuint (group->len, ==, 1);
  g_assert_cmpint (xitu_figure_get_year (g_ptr_array_index (group, 0)), ==, 2025);

  group = g_ptr_array_index (groups, 1);
  g_assert_cmpuint (group->len, ==, 2);
  g_assert_cmpstr (xitu_figure_get_edition (g_ptr_array_index (group, 0)), ==, "MCS 2026");
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (group, 0)), ==, 45500.0);
  g_assert_cmpstr (xitu_figure_get_edition (g_ptr_array_index (group, 1)), ==, "MCS 2025");
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (group, 1)), ==, 45000.0);

  group = g_ptr_array_index (groups, 2);
  g_assert_cmpstr (xitu_figure_get_partner (g_ptr_array_index (group, 0)), ==, "CHN");
  group = g_ptr_array_index (groups, 3);
  g_assert_cmpstr (xitu_figure_get_metric (g_ptr_array_index (group, 0)), ==, "reserves");

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (facilities->len, ==, 1);
  g_assert_cmpstr (xitu_facility_get_id (g_ptr_array_index (facilities, 0)), ==, "mountain-pass");
}

/* Every figure of the bundled dataset lands in exactly one group of its
 * country. */
static void
test_groups_cover_real_data (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "dataset", "xitu-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) dataset = xitu_dataset_load_file (file, &error);
  GListModel *countries;
  guint total = 0;

  g_assert_no_error (error);
  countries = xitu_dataset_get_countries (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(XituCountry) country = g_list_model_get_item (countries, i);
      g_autoptr(GPtrArray) groups = xitu_dataset_get_country_figure_groups (dataset, xitu_country_get_code (country));

      for (guint j = 0; j < groups->len; j++)
        total += ((GPtrArray *) g_ptr_array_index (groups, j))->len;
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (xitu_dataset_get_figures (dataset)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dataset-search/text", test_text);
  g_test_add_func ("/dataset-search/kinds", test_kinds);
  g_test_add_func ("/dataset-search/claims", test_claims);
  g_test_add_func ("/dataset-search/country-groups", test_country_groups);
  g_test_add_func ("/dataset-search/groups-cover-real-data", test_groups_cover_real_data);
  return g_test_run ();
}
