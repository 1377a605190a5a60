/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map's values from the bundled dataset: the figures of
 * shared/data/REFERENCE.md (USGS MCS 2025/2026, IEA, Eurostat). */
#include <math.h>

#include "xitu-map-metric.h"
#include "xitu-test-data.h"

#define CHN 156
#define USA 840
#define AUS 36
#define CAN 124
#define MMR 104
#define MYS 458
#define BRA 76
#define FRA 250
#define DEU 276
#define JPN 392

static XituDataset *dataset;

static XituDataset *
bundled (void)
{
  if (dataset == NULL)
    dataset = xitu_test_dataset_load_bundled ();
  return dataset;
}

static void
assert_years (GArray      *years,
              const int   *expected,
              guint        n)
{
  g_assert_cmpuint (years->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (years, int, i), ==, expected[i]);
}

static void
test_production (void)
{
  g_autoptr (XituMapMetric) latest = NULL;
  g_autoptr (XituMapMetric) older = NULL;
  const XituMapMetricValue *v;

  if (bundled () == NULL)
    return;

  latest = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL, 0, NULL);
  g_assert_cmpint (xitu_map_metric_get_year (latest), ==, 2025);
  g_assert_cmpstr (xitu_map_metric_get_edition (latest), ==, "MCS 2026");
  g_assert_cmpstr (xitu_map_metric_get_unit (latest), ==, "t");
  g_assert_null (xitu_map_metric_get_stage (latest));

  v = xitu_map_metric_lookup (latest, CHN);
  g_assert_nonnull (v);
  g_assert_true (v->has_value);
  g_assert_cmpfloat (v->value, ==, 270000);
  g_assert_cmpstr (v->country, ==, "CHN");
  g_assert_cmpstr (xitu_figure_get_source (v->figure), ==, "usgs-mcs2026");
  g_assert_cmpint (xitu_figure_get_year (v->figure), ==, 2025);
  g_assert_null (v->via);
  g_assert_cmpfloat (xitu_map_metric_lookup (latest, USA)->value, ==, 51000);
  g_assert_cmpfloat (xitu_map_metric_lookup (latest, BRA)->value, ==, 2000);

  /* The world total and "other countries" are not map countries. */
  for (guint i = 0; i < xitu_map_metric_get_n_values (latest); i++)
    g_assert_cmpuint (xitu_map_metric_get_value (latest, i)->numeric, !=, 0);
  g_assert_cmpstr (g_ptr_array_index (xitu_map_metric_get_sources (latest), 0), ==, "usgs-mcs2026");

  /* 2024 from the edition that estimated it, and from the one that revised it. */
  older = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL, 2024, "MCS 2025");
  g_assert_cmpint (xitu_map_metric_get_year (older), ==, 2024);
  g_assert_cmpint (xitu_map_metric_get_year_asked (older), ==, 2024);
  g_assert_cmpstr (xitu_map_metric_get_edition (older), ==, "MCS 2025");
  g_assert_cmpfloat (xitu_map_metric_lookup (older, AUS)->value, ==, 13000);
  g_clear_object (&older);
  older = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL, 2024, NULL);
  g_assert_cmpstr (xitu_map_metric_get_edition (older), ==, "MCS 2026");
  g_assert_cmpfloat (xitu_map_metric_lookup (older, AUS)->value, ==, 29000);
}

/* A sourced zero, a figure without a number and no figure at all are three
 * different things on the map. */
static void
test_no_data_is_not_zero (void)
{
  g_autoptr (XituMapMetric) production = NULL;
  g_autoptr (XituMapMetric) reserves = NULL;
  const XituMapMetricValue *v;

  if (bundled () == NULL)
    return;

  production = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL, 2025, NULL);
  v = xitu_map_metric_lookup (production, CAN);
  g_assert_nonnull (v);
  g_assert_true (v->has_value);
  g_assert_cmpfloat (v->value, ==, 0);
  g_assert_null (xitu_map_metric_lookup (production, FRA));

  reserves = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_RESERVES, NULL, 0, NULL);
  v = xitu_map_metric_lookup (reserves, MMR);
  g_assert_nonnull (v);
  g_assert_false (v->has_value);
  g_assert_true (isnan (v->value));
  g_assert_true (xitu_figure_get_flags (v->figure) & XITU_FIGURE_NOT_AVAILABLE);
  g_assert_cmpfloat (xitu_map_metric_lookup (reserves, CAN)->value, ==, 830000);
  g_assert_cmpfloat (xitu_map_metric_lookup (reserves, CHN)->value, ==, 44000000);
  /* The newest edition with its revision (MCS 2026 v1.3: Brazil 11 Mt). */
  g_assert_cmpfloat (xitu_map_metric_lookup (reserves, BRA)->value, ==, 11000000);
  g_assert_cmpstr (xitu_figure_get_edition (xitu_map_metric_lookup (reserves, BRA)->figure), ==, "MCS 2026 v1.3");
  /* JORC reserves are another classification: not mixed in. */
  g_assert_cmpstr (xitu_figure_get_measure (xitu_map_metric_lookup (reserves, AUS)->figure), ==, "usgs");
}

static void
test_shares (void)
{
  g_autoptr (XituMapMetric) mining = NULL;
  g_autoptr (XituMapMetric) separation = NULL;
  g_autoptr (XituMapMetric) sep2023 = NULL;
  gboolean from_source = FALSE;

  if (bundled () == NULL)
    return;

  /* Mining: production over the world total, as the chain chart. */
  mining = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_SHARE, "mining", 0, NULL);
  g_assert_cmpstr (xitu_map_metric_get_unit (mining), ==, "%");
  g_assert_cmpstr (xitu_map_metric_get_stage (mining), ==, "mining");
  g_assert_cmpint (xitu_map_metric_get_year (mining), ==, 2025);
  g_assert_cmpfloat_with_epsilon (xitu_map_metric_lookup (mining, CHN)->value, 100.0 * 270000 / 390000, 1e-9);
  g_assert_cmpfloat (xitu_map_metric_get_total (mining, &from_source), ==, 390000);
  g_assert_true (from_source);
  g_assert_cmpfloat (xitu_map_metric_lookup (mining, CAN)->value, ==, 0);

  /* Separation: the share figures themselves (IEA). */
  separation = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_SHARE, "separation", 0, NULL);
  g_assert_cmpint (xitu_map_metric_get_year (separation), ==, 2024);
  g_assert_cmpfloat (xitu_map_metric_lookup (separation, CHN)->value, ==, 91);
  g_assert_cmpstr (xitu_figure_get_source (xitu_map_metric_lookup (separation, CHN)->figure), ==,
                   "iea-commentary-2025-10-23");
  g_assert_null (xitu_map_metric_lookup (separation, MYS));
  g_assert_true (isnan (xitu_map_metric_get_total (separation, NULL)));

  sep2023 = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_SHARE, "separation", 2023, NULL);
  g_assert_cmpint (xitu_map_metric_get_year (sep2023), ==, 2023);
  g_assert_cmpstr (xitu_map_metric_get_edition (sep2023), ==, "GCMO 2024");
  g_assert_cmpfloat (xitu_map_metric_lookup (sep2023, CHN)->value, ==, 92);
  g_assert_cmpfloat (xitu_map_metric_lookup (sep2023, MYS)->value, ==, 5);
}

static void
test_dependence (void)
{
  g_autoptr (XituMapMetric) separation = NULL;
  g_autoptr (XituMapMetric) metal = NULL;
  g_autoptr (XituMapMetric) old = NULL;
  const XituMapMetricValue *v;

  if (bundled () == NULL)
    return;

  separation = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_DEPENDENCE, NULL, 0, NULL);
  g_assert_cmpstr (xitu_map_metric_get_stage (separation), ==, "separation");
  g_assert_cmpint (xitu_map_metric_get_year (separation), ==, 2025);
  /* All rare earths (71 %), not the heavy ones alone (100 %). */
  v = xitu_map_metric_lookup (separation, USA);
  g_assert_cmpfloat (v->value, ==, 71);
  g_assert_cmpstr (xitu_figure_get_measure (v->figure), ==, "usgs-import-sources");
  g_assert_cmpint (xitu_figure_get_year_end (v->figure), ==, 2024);
  /* A range as its source gives it: 60–70 %. */
  v = xitu_map_metric_lookup (separation, JPN);
  g_assert_cmpfloat (v->value, ==, 60);
  g_assert_nonnull (v->high);
  g_assert_cmpfloat (xitu_figure_get_value (v->high), ==, 70);
  /* China's imports from Myanmar are not dependence on China. */
  g_assert_null (xitu_map_metric_lookup (separation, CHN));
  g_assert_null (xitu_map_metric_lookup (separation, FRA));

  /* As of 2024, Japan's 2024 figure. */
  old = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_DEPENDENCE, "separation", 2024, NULL);
  g_assert_cmpfloat (xitu_map_metric_lookup (old, JPN)->value, ==, 70);
  g_assert_null (xitu_map_metric_lookup (old, JPN)->high);

  /* The EU-27's figure stands for its members. */
  metal = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_DEPENDENCE, "metal", 0, NULL);
  v = xitu_map_metric_lookup (metal, FRA);
  g_assert_nonnull (v);
  g_assert_cmpstr (v->via, ==, "EU27");
  g_assert_cmpstr (v->country, ==, "FRA");
  g_assert_cmpfloat_with_epsilon (v->value, 46.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (xitu_map_metric_lookup (metal, DEU)->value, 46.3, 1e-9);
  g_assert_cmpstr (xitu_map_metric_get_edition (metal), ==, "Eurostat news 2025-04-09");
}

static void
test_years_and_editions (void)
{
  static const int production_years[] = { 2023, 2024, 2025 };
  static const int separation_years[] = { 2023, 2024 };
  static const int dependence_years[] = { 2010, 2023, 2024, 2025 };
  g_autoptr (GArray) years = NULL;
  g_auto (GStrv) editions = NULL;
  g_auto (GStrv) stages = NULL;

  if (bundled () == NULL)
    return;

  years = xitu_map_metric_list_years (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL);
  assert_years (years, production_years, G_N_ELEMENTS (production_years));
  g_clear_pointer (&years, g_array_unref);
  years = xitu_map_metric_list_years (bundled (), XITU_MAP_METRIC_SHARE, "mining");
  assert_years (years, production_years, G_N_ELEMENTS (production_years));
  g_clear_pointer (&years, g_array_unref);
  /* The 2030 outlook is a projection, not a year of the slider. */
  years = xitu_map_metric_list_years (bundled (), XITU_MAP_METRIC_SHARE, "separation");
  assert_years (years, separation_years, G_N_ELEMENTS (separation_years));
  g_clear_pointer (&years, g_array_unref);
  years = xitu_map_metric_list_years (bundled (), XITU_MAP_METRIC_DEPENDENCE, "separation");
  assert_years (years, dependence_years, G_N_ELEMENTS (dependence_years));

  editions = xitu_map_metric_list_editions (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL);
  g_assert_cmpuint (g_strv_length (editions), ==, 2);
  g_assert_cmpstr (editions[0], ==, "MCS 2026");
  g_assert_cmpstr (editions[1], ==, "MCS 2025");

  stages = xitu_map_metric_list_stages (bundled (), XITU_MAP_METRIC_SHARE);
  g_assert_true (g_strv_contains ((const char * const *) stages, "mining"));
  g_assert_true (g_strv_contains ((const char * const *) stages, "separation"));
  g_assert_true (g_strv_contains ((const char * const *) stages, "magnet"));
  g_assert_false (g_strv_contains ((const char * const *) stages, "metal"));
  g_clear_pointer (&stages, g_strfreev);
  stages = xitu_map_metric_list_stages (bundled (), XITU_MAP_METRIC_DEPENDENCE);
  g_assert_cmpuint (g_strv_length (stages), ==, 2);
  g_clear_pointer (&stages, g_strfreev);
  stages = xitu_map_metric_list_stages (bundled (), XITU_MAP_METRIC_RESERVES);
  g_assert_cmpuint (g_strv_length (stages), ==, 0);
}

/* A year before any figure: nothing, and said so. */
static void
test_no_figures (void)
{
  g_autoptr (XituMapMetric) metric = NULL;

  if (bundled () == NULL)
    return;

  metric = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_PRODUCTION, NULL, 1990, NULL);
  g_assert_false (xitu_map_metric_has_data (metric));
  g_assert_cmpint (xitu_map_metric_get_year (metric), ==, 0);
  g_assert_null (xitu_map_metric_lookup (metric, CHN));
  g_clear_object (&metric);
  metric = xitu_map_metric_new (bundled (), XITU_MAP_METRIC_SHARE, "metal", 0, NULL);
  g_assert_false (xitu_map_metric_has_data (metric));
}

static void
test_ids (void)
{
  static const struct
  {
    const char        *id;
    XituMapMetricKind  kind;
    const char        *stage;
    const char        *canonical;
  } cases[] = {
    { "separation-share", XITU_MAP_METRIC_SHARE, "separation", "separation-share" },
    { "separation", XITU_MAP_METRIC_SHARE, "separation", "separation-share" },
    { "mining-share", XITU_MAP_METRIC_SHARE, "mining", "mining-share" },
    { "magnet", XITU_MAP_METRIC_SHARE, "magnet", "magnet-share" },
    { "production", XITU_MAP_METRIC_PRODUCTION, NULL, "production" },
    { "mine-production", XITU_MAP_METRIC_PRODUCTION, NULL, "production" },
    { "reserves", XITU_MAP_METRIC_RESERVES, NULL, "reserves" },
    { "dependence", XITU_MAP_METRIC_DEPENDENCE, "separation", "dependence" },
    { "metal-dependence", XITU_MAP_METRIC_DEPENDENCE, "metal", "metal-dependence" },
  };
  static const char * const bad[] = { "", "bogus", "oil-share", "mining-reserves", "-share", "share-" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      XituMapMetricKind kind;
      g_autofree char *stage = NULL;
      g_autofree char *id = NULL;

      g_assert_true (xitu_map_metric_parse_id (cases[i].id, &kind, &stage));
      g_assert_cmpint (kind, ==, cases[i].kind);
      g_assert_cmpstr (stage, ==, cases[i].stage);
      id = xitu_map_metric_to_id (kind, stage);
      g_assert_cmpstr (id, ==, cases[i].canonical);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      XituMapMetricKind kind;
      g_autofree char *stage = NULL;

      g_assert_false (xitu_map_metric_parse_id (bad[i], &kind, &stage));
      g_assert_null (stage);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map-metric/production", test_production);
  g_test_add_func ("/map-metric/no-data-is-not-zero", test_no_data_is_not_zero);
  g_test_add_func ("/map-metric/shares", test_shares);
  g_test_add_func ("/map-metric/dependence", test_dependence);
  g_test_add_func ("/map-metric/years-and-editions", test_years_and_editions);
  g_test_add_func ("/map-metric/no-figures", test_no_figures);
  g_test_add_func ("/map-metric/ids", test_ids);
  status = g_test_run ();
  g_clear_object (&dataset);
  return status;
}
