/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-test-data.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

static GPtrArray *
regions_of (XituChartResult *result,
            const char      *country)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < result->regions->len; i++)
    {
      XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (g_strcmp0 (r->country, country) == 0)
        g_ptr_array_add (found, r);
    }
  return found;
}

static void
test_production (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  XituHitRegion *first, *usa;
  g_autoptr (GPtrArray) usa_regions = NULL;
  int china_px = 0, usa_px = 0;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup (XITU_RANKING_PRODUCTION);
  opts.year = 2025;
  g_assert_true (xitu_chart_validate (ds, &opts, NULL));
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "ranking-production");

  first = g_ptr_array_index (result->regions, 0);
  g_assert_cmpstr (first->country, ==, "CHN");
  g_assert_cmpfloat (first->value, ==, 270000);
  g_assert_cmpint (first->year, ==, 2025);
  g_assert_cmpstr (first->edition, ==, "MCS 2026");
  usa_regions = regions_of (result, "USA");
  g_assert_cmpuint (usa_regions->len, ==, 1);
  usa = g_ptr_array_index (usa_regions, 0);
  g_assert_cmpfloat (usa->value, ==, 51000);

  /* Bar lengths in pixels follow the values. */
  {
    int y = (int) (first->rect.y + first->rect.height / 2);
    for (int x = 0; x < W; x++)
      if (xitu_rgba_near (xitu_test_pixel (surface, x, y), palette->china, 2))
        china_px++;
    y = (int) (usa->rect.y + usa->rect.height / 2);
    for (int x = 0; x < W; x++)
      if (xitu_rgba_near (xitu_test_pixel (surface, x, y), xitu_palette_categorical (palette, 0), 2))
        usa_px++;
  }
  g_assert_cmpfloat (fabs (usa_px - china_px * 51000.0 / 270000.0), <=, 1.5);
  /* World total and aggregates are not ranked as countries. */
  g_assert_cmpint (xitu_chart_result_find (result, "WLD", NULL), <, 0);
  g_assert_cmpint (xitu_chart_result_find (result, "OTH", NULL), <, 0);
  g_assert_true (strstr (result->summary, "China ≈270,000 t") != NULL);
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_reserves_two_editions (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  g_autoptr (GPtrArray) brazil = NULL;
  g_autoptr (GPtrArray) australia = NULL;
  g_autoptr (GPtrArray) burma = NULL;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup (XITU_RANKING_RESERVES);
  opts.compare_edition = g_strdup ("MCS 2025");
  g_assert_true (xitu_chart_validate (ds, &opts, NULL));
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "ranking-reserves");

  brazil = regions_of (result, "BRA");
  g_assert_cmpuint (brazil->len, ==, 2);
  /* The newest edition with its errata: Brazil revised in v1.3. */
  g_assert_cmpstr (((XituHitRegion *) brazil->pdata[0])->edition, ==, "MCS 2026 v1.3");
  g_assert_cmpfloat (((XituHitRegion *) brazil->pdata[0])->value, ==, 11000000);
  g_assert_cmpstr (((XituHitRegion *) brazil->pdata[1])->edition, ==, "MCS 2025");
  g_assert_cmpfloat (((XituHitRegion *) brazil->pdata[1])->value, ==, 21000000);
  /* The older edition's bar is drawn longer, as its value is larger. */
  g_assert_cmpfloat (((XituHitRegion *) brazil->pdata[1])->rect.width, >,
                     ((XituHitRegion *) brazil->pdata[0])->rect.width);

  /* Australia's JORC figure is another classification: not mixed in. */
  australia = regions_of (result, "AUS");
  g_assert_cmpuint (australia->len, ==, 2);
  g_assert_cmpfloat (((XituHitRegion *) australia->pdata[0])->value, ==, 6300000);

  /* Burma: not available in both editions, still listed as such. */
  burma = regions_of (result, "MMR");
  g_assert_cmpuint (burma->len, ==, 2);
  g_assert_true (strstr (((XituHitRegion *) burma->pdata[0])->tooltip, "not available") != NULL);
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);

  opts.lang = XITU_LANG_ZH;
  opts.numbers = XITU_NUMBERS_WANYI;
  {
    g_autoptr (XituChartResult) zh = xitu_test_render (ds, &opts, W, H, &surface);
    xitu_test_save (surface, "ranking-reserves-zh");
    g_assert_true (strstr (zh->summary, "中国 4,400万 吨") != NULL);
    xitu_test_assert_texts (zh);
    cairo_surface_destroy (surface);
  }
  xitu_chart_options_clear (&opts);
}

static void
test_separation_share (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituChartResult) result = NULL;
  cairo_surface_t *surface;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup (XITU_RANKING_SEPARATION_SHARE);
  opts.theme = XITU_THEME_DARK;
  result = xitu_test_render (ds, &opts, 800, 400, &surface);
  xitu_test_save (surface, "ranking-separation-dark");
  g_assert_cmpuint (result->regions->len, ==, 1);
  g_assert_cmpfloat (((XituHitRegion *) result->regions->pdata[0])->value, ==, 91);
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_validate (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (GError) error = NULL;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup ("gdp");
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "gdp") != NULL);
  g_assert_true (strstr (error->message, "reserves") != NULL);
  g_clear_error (&error);

  g_free (opts.metric);
  opts.metric = g_strdup ("reserves");
  opts.compare_edition = g_strdup ("MCS 1999");
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "MCS 1999") != NULL);
  g_assert_true (strstr (error->message, "MCS 2026") != NULL);
  g_clear_error (&error);
  g_clear_pointer (&opts.compare_edition, g_free);

  opts.year = 1990;
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "1990") != NULL);
  g_clear_error (&error);

  opts.year = 1800;
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "1800") != NULL);
  xitu_chart_options_clear (&opts);
}

static void
test_table (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituTable) table = NULL;
  char **first;

  xitu_chart_options_init (&opts, XITU_CHART_RANKING);
  opts.metric = g_strdup (XITU_RANKING_RESERVES);
  opts.compare_edition = g_strdup ("MCS 2025");
  table = xitu_chart_get_table (ds, &opts);
  first = g_ptr_array_index (table->rows, 0);
  g_assert_cmpstr (first[0], ==, "ranking");
  g_assert_cmpstr (first[1], ==, "rank 1");
  g_assert_cmpstr (first[2], ==, "CHN");
  g_assert_cmpstr (first[11], ==, "44000000");
  g_assert_cmpstr (first[15], ==, "MCS 2026");
  /* Both editions: 11 + 11 rows. */
  g_assert_cmpuint (table->rows->len, ==, 22);
  xitu_chart_options_clear (&opts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/ranking/production", test_production);
  g_test_add_func ("/chart/ranking/reserves-two-editions", test_reserves_two_editions);
  g_test_add_func ("/chart/ranking/separation-share", test_separation_share);
  g_test_add_func ("/chart/ranking/validate", test_validate);
  g_test_add_func ("/chart/ranking/table", test_table);
  return g_test_run ();
}
