/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-figure-select.h"
#include "xitu-test-data.h"

static void
test_revisions (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  g_autoptr (XituSelection) newest = xitu_dataset_select (ds, "reserves", NULL, NULL, 0, NULL);
  g_autoptr (XituSelection) published = xitu_dataset_select (ds, "reserves", NULL, NULL, 0, "MCS 2026");
  g_autoptr (XituSelection) revised = xitu_dataset_select (ds, "reserves", NULL, NULL, 0, "MCS 2026 v1.3");
  g_autoptr (XituSelection) older = xitu_dataset_select (ds, "reserves", NULL, NULL, 0, "MCS 2025");

  g_assert_true (xitu_edition_revises ("MCS 2026 v1.3", "MCS 2026"));
  g_assert_false (xitu_edition_revises ("MCS 2026", "MCS 2026"));
  g_assert_false (xitu_edition_revises ("MCS 20260", "MCS 2026"));

  /* Newest: the base edition with its errata applied. */
  g_assert_cmpstr (newest->edition, ==, "MCS 2026");
  g_assert_cmpstr (newest->measure, ==, "usgs");
  g_assert_cmpint (newest->year, ==, 2025);
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (newest, "BRA")), ==, 11000000);
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (newest, "CHN")), ==, 44000000);
  /* Australia's JORC figure is not mixed with the USGS basis. */
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (newest, "AUS")), ==, 6300000);
  g_assert_cmpuint (newest->figures->len, ==, 11);

  /* A base edition by name is as published. */
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (published, "BRA")), ==, 21000000);
  g_assert_cmpuint (published->figures->len, ==, 11);
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (revised, "BRA")), ==, 11000000);
  g_assert_cmpuint (revised->figures->len, ==, 11);

  g_assert_cmpint (older->year, ==, 2024);
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (older, "BRA")), ==, 21000000);
}

static void
test_latest_year (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  g_autoptr (XituSelection) y2024 = xitu_dataset_select (ds, "production", "mining", NULL, 2024, NULL);
  g_autoptr (XituSelection) y2030 = xitu_dataset_select (ds, "production", "mining", NULL, 2030, NULL);
  g_autoptr (XituSelection) y1990 = xitu_dataset_select (ds, "production", "mining", NULL, 1990, NULL);
  XituFigureQuery q = { .country = "USA", .metric = "net-import-reliance" };
  XituFigure *f;

  /* 2024 is in both editions: the newest (MCS 2026, revised 45,500 t). */
  g_assert_cmpstr (y2024->edition, ==, "MCS 2026");
  g_assert_cmpfloat (xitu_figure_get_value (xitu_selection_lookup (y2024, "USA")), ==, 45500);
  g_assert_nonnull (xitu_selection_lookup (y2024, "WLD"));
  g_assert_cmpint (y2030->year, ==, 2025);
  g_assert_cmpint (y1990->year, ==, 0);
  g_assert_null (y1990->edition);
  g_assert_cmpuint (y1990->figures->len, ==, 0);

  f = xitu_dataset_find_latest (ds, &q, 0);
  g_assert_cmpint (xitu_figure_get_year (f), ==, 2025);
  f = xitu_dataset_find_latest (ds, &q, 2024);
  g_assert_cmpfloat (xitu_figure_get_value (f), ==, 53);  /* MCS 2026 revised MCS 2025's 80 */
  q.partner = "CHN";
  q.metric = "import-share";
  f = xitu_dataset_find_latest (ds, &q, 2024);
  g_assert_cmpfloat (xitu_figure_get_value (f), ==, 71);   /* 2021–24 */
  f = xitu_dataset_find_latest (ds, &q, 2023);
  g_assert_cmpfloat (xitu_figure_get_value (f), ==, 70);   /* 2020–23 */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/figure-select/revisions", test_revisions);
  g_test_add_func ("/figure-select/latest-year", test_latest_year);
  return g_test_run ();
}
