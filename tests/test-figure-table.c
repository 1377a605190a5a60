/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-dataset-loader.h"
#include "xitu-figure-table.h"
#include "xitu-metric.h"

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

static XituFigure *
find (XituDataset *dataset,
      const char  *country,
      const char  *metric,
      int          year,
      const char  *edition)
{
  XituFigureQuery q = { .country = country, .metric = metric, .year = year, .edition = edition,
                        .any_partner = TRUE };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);

  g_assert_nonnull (figure);
  return figure;
}

static void
assert_thousands (double      value,
                  const char *expected)
{
  g_autofree char *text = xitu_format_thousands (value);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_thousands (void)
{
  assert_thousands (0, "0");
  assert_thousands (999, "999");
  assert_thousands (1000, "1,000");
  assert_thousands (270000, "270,000");
  assert_thousands (85000000, "85,000,000");
  assert_thousands (15.7, "15.7");
  assert_thousands (46.25, "46.25");
  assert_thousands (0.125, "0.125");
  assert_thousands (1234567.5, "1,234,567.5");
  assert_thousands (-1234.5, "-1,234.5");
  assert_thousands (-0.0001, "0");
}

static void
assert_value (XituFigure      *figure,
              XituLang         lang,
              const char      *expected)
{
  g_autofree char *text = xitu_figure_format_value (figure, lang);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_value_flags (void)
{
  g_autoptr(XituFigure) plain = xitu_figure_new ("USA", "net-import-reliance", 2025, 95, "%", "s", "e");
  g_autoptr(XituFigure) na = xitu_figure_new ("MYS", "reserves", 2025, 0, "t", "s", "e");

  assert_value (plain, XITU_LANG_EN, "95");
  xitu_figure_set_flags (plain, XITU_FIGURE_MORE_THAN | XITU_FIGURE_ROUNDED);
  assert_value (plain, XITU_LANG_EN, "> 95");
  assert_value (plain, XITU_LANG_ZH, "> 95");
  xitu_figure_set_flags (plain, XITU_FIGURE_LESS_THAN);
  assert_value (plain, XITU_LANG_EN, "< 95");
  /* Estimated is a flag of its own column, not part of the value. */
  xitu_figure_set_flags (plain, XITU_FIGURE_ESTIMATED);
  assert_value (plain, XITU_LANG_EN, "95");

  xitu_figure_set_flags (na, XITU_FIGURE_NOT_AVAILABLE);
  assert_value (na, XITU_LANG_EN, "NA");
  assert_value (na, XITU_LANG_ZH, "无数据");
  xitu_figure_set_flags (na, XITU_FIGURE_WITHHELD);
  assert_value (na, XITU_LANG_EN, "withheld");
  assert_value (na, XITU_LANG_ZH, "未公开");
}

static void
assert_cell (XituDataset      *dataset,
             XituFigure       *figure,
             XituFigureColumn  column,
             XituLang          lang,
             const char       *expected)
{
  g_autofree char *text = xitu_dataset_figure_cell (dataset, figure, column, lang);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_cells (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  XituFigure *chn = find (dataset, "CHN", "production", 2025, NULL);
  XituFigure *imports = find (dataset, "USA", "import-share", 2022, NULL);
  XituFigure *reserves = find (dataset, "MYS", "reserves", 2025, NULL);
  XituFigure *sep = find (dataset, "CHN", "share", 2023, NULL);

  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_COUNTRY, XITU_LANG_EN, "China");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_COUNTRY, XITU_LANG_ZH, "中国");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_COUNTRY, XITU_LANG_BOTH, "中国 China");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_KIND, XITU_LANG_EN, "Mining · production");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_KIND, XITU_LANG_ZH, "开采 · 产量");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_YEAR, XITU_LANG_EN, "2025");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_VALUE, XITU_LANG_EN, "270,000");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_UNIT, XITU_LANG_EN, "t");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_UNIT, XITU_LANG_ZH, "吨");
  assert_cell (dataset, imports, XITU_FIGURE_COLUMN_UNIT, XITU_LANG_ZH, "%");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_EDITION, XITU_LANG_EN, "MCS 2026");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_SOURCE, XITU_LANG_EN, "USGS");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_SOURCE, XITU_LANG_ZH, "美国地质调查局");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_FLAGS, XITU_LANG_EN, "estimated");
  assert_cell (dataset, chn, XITU_FIGURE_COLUMN_FLAGS, XITU_LANG_ZH, "估计");

  assert_cell (dataset, imports, XITU_FIGURE_COLUMN_KIND, XITU_LANG_EN,
               "Separation & refining · import share (from China)");
  assert_cell (dataset, imports, XITU_FIGURE_COLUMN_KIND, XITU_LANG_ZH, "分离与精炼 · 进口份额（来自中国）");
  assert_cell (dataset, imports, XITU_FIGURE_COLUMN_YEAR, XITU_LANG_EN, "2021–24");
  assert_cell (dataset, imports, XITU_FIGURE_COLUMN_VALUE, XITU_LANG_EN, "71");

  assert_cell (dataset, reserves, XITU_FIGURE_COLUMN_KIND, XITU_LANG_EN, "Reserves");
  assert_cell (dataset, reserves, XITU_FIGURE_COLUMN_KIND, XITU_LANG_ZH, "储量");
  assert_cell (dataset, reserves, XITU_FIGURE_COLUMN_VALUE, XITU_LANG_EN, "NA");
  assert_cell (dataset, reserves, XITU_FIGURE_COLUMN_FLAGS, XITU_LANG_EN, "not available");
  assert_cell (dataset, reserves, XITU_FIGURE_COLUMN_FLAGS, XITU_LANG_ZH, "无数据");

  /* A source without a Chinese publisher falls back to English. */
  assert_cell (dataset, sep, XITU_FIGURE_COLUMN_SOURCE, XITU_LANG_ZH, "IEA");
  assert_cell (dataset, sep, XITU_FIGURE_COLUMN_FLAGS, XITU_LANG_EN, "");
}

static XituDataset *sort_dataset;
static XituFigureColumn sort_column;

static int
compare_for_sort (gconstpointer a,
                  gconstpointer b)
{
  return xitu_dataset_compare_figures (sort_dataset, *(XituFigure **) a, *(XituFigure **) b,
                                       sort_column, XITU_LANG_EN);
}

static GPtrArray *
sorted_figures (XituDataset      *dataset,
                XituFigureColumn  column)
{
  GListModel *figures = xitu_dataset_get_figures (dataset);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    g_ptr_array_add (array, g_list_model_get_item (figures, i));
  sort_dataset = dataset;
  sort_column = column;
  g_ptr_array_sort (array, compare_for_sort);
  return array;
}

static void
test_compare (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(GPtrArray) by_value = sorted_figures (dataset, XITU_FIGURE_COLUMN_VALUE);
  g_autoptr(GPtrArray) by_year = sorted_figures (dataset, XITU_FIGURE_COLUMN_YEAR);
  g_autoptr(GPtrArray) by_kind = sorted_figures (dataset, XITU_FIGURE_COLUMN_KIND);
  g_autoptr(GPtrArray) by_country = sorted_figures (dataset, XITU_FIGURE_COLUMN_COUNTRY);
  XituFigure *last;

  g_assert_cmpuint (by_value->len, ==, 17);
  /* Numbers ascending (5 % first, 1.9 Mt last), the NA figure after them. */
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (by_value, 0)), ==, 5.0);
  g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (by_value, 15)), ==, 1900000.0);
  last = g_ptr_array_index (by_value, 16);
  g_assert_false (xitu_figure_has_value (last));
  for (guint i = 1; i < 16; i++)
    g_assert_cmpfloat (xitu_figure_get_value (g_ptr_array_index (by_value, i - 1)), <=,
                       xitu_figure_get_value (g_ptr_array_index (by_value, i)));

  /* 2021–24 comes after 2021 and before 2023; the 2030 outlook last. */
  g_assert_cmpint (xitu_figure_get_year (g_ptr_array_index (by_year, 0)), ==, 2021);
  g_assert_cmpint (xitu_figure_get_year (g_ptr_array_index (by_year, 16)), ==, 2030);

  /* Chain order: mining first, stage-less reserves last. */
  g_assert_cmpstr (xitu_figure_get_stage (g_ptr_array_index (by_kind, 0)), ==, "mining");
  g_assert_cmpstr (xitu_figure_get_metric (g_ptr_array_index (by_kind, 16)), ==, "reserves");

  /* Australia < China < Malaysia < Other countries < United States < World. */
  g_assert_cmpstr (xitu_figure_get_country (g_ptr_array_index (by_country, 0)), ==, "AUS");
  g_assert_cmpstr (xitu_figure_get_country (g_ptr_array_index (by_country, 16)), ==, "WLD");

  g_assert_cmpint (xitu_dataset_compare_figures (dataset, g_ptr_array_index (by_value, 0),
                                                 g_ptr_array_index (by_value, 0),
                                                 XITU_FIGURE_COLUMN_VALUE, XITU_LANG_EN), ==, 0);
}

static void
test_vocabulary (void)
{
  g_autofree char *flags = xitu_figure_flags_describe (XITU_FIGURE_ESTIMATED | XITU_FIGURE_REVISED,
                                                       XITU_LANG_EN);
  g_autofree char *flags_zh = xitu_figure_flags_describe (XITU_FIGURE_ESTIMATED | XITU_FIGURE_REVISED,
                                                          XITU_LANG_ZH);

  g_assert_cmpstr (flags, ==, "estimated, revised");
  g_assert_cmpstr (flags_zh, ==, "估计、修订");
  g_assert_cmpstr (xitu_metric_get_name ("net-import-reliance", XITU_LANG_EN), ==, "net import reliance");
  g_assert_cmpstr (xitu_metric_get_name ("import-share", XITU_LANG_ZH), ==, "进口份额");
  /* A metric from a newer format is shown as its id. */
  g_assert_cmpstr (xitu_metric_get_name ("recycling", XITU_LANG_ZH), ==, "recycling");
  g_assert_cmpint (xitu_metric_get_order ("production"), <, xitu_metric_get_order ("price"));
  g_assert_cmpstr (xitu_unit_get_name ("USD/kg", XITU_LANG_ZH), ==, "美元/千克");
  g_assert_cmpstr (xitu_unit_get_name ("years", XITU_LANG_EN), ==, "years");
  g_assert_cmpstr (xitu_unit_get_name ("t/yr", XITU_LANG_ZH), ==, "t/yr");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/figure-table/thousands", test_thousands);
  g_test_add_func ("/figure-table/value-flags", test_value_flags);
  g_test_add_func ("/figure-table/cells", test_cells);
  g_test_add_func ("/figure-table/compare", test_compare);
  g_test_add_func ("/figure-table/vocabulary", test_vocabulary);
  return g_test_run ();
}
