/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-test-data.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

static const XituHitRegion *
region_of (XituChartResult *result,
           const char      *country,
           const char      *stage)
{
  int i = xitu_chart_result_find (result, country, stage);

  g_assert_cmpint (i, >=, 0);
  return g_ptr_array_index (result->regions, i);
}

static double
group_height (XituChartResult *result,
              guint            group)
{
  double h = 0;

  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (r->group == group)
        h += r->rect.height;
    }
  return h;
}

static void
test_china_segment (gconstpointer data)
{
  XituTheme theme = GPOINTER_TO_INT (data);
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (theme);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *china;
  double plot_h, share, counted = 0;
  int x;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  opts.year = 2025;
  opts.theme = theme;
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, theme == XITU_THEME_DARK ? "chain-dark" : "chain-light");

  china = region_of (result, "CHN", "mining");
  g_assert_cmpint (china->kind, ==, XITU_HIT_COUNTRY);
  g_assert_cmpint (china->year, ==, 2025);
  g_assert_cmpstr (china->edition, ==, "MCS 2026");

  /* The centre of China's segment is China's colour. (The label sits in the
   * middle: probe left of it.) */
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (china->rect.x + 4),
                                                  (int) (china->rect.y + china->rect.height / 2)),
                                 palette->china, 2));

  /* Its height is China's share of the bar: 270,000 / 390,000. */
  plot_h = group_height (result, china->group);
  share = 270000.0 / 390000.0;
  x = (int) (china->rect.x + 3);
  for (int y = 0; y < H; y++)
    if (xitu_rgba_near (xitu_test_pixel (surface, x, y), palette->china, 2))
      counted++;
  g_assert_cmpfloat (fabs (counted - share * plot_h), <=, 1.0);
  g_assert_cmpfloat (fabs (china->rect.height - share * plot_h), <=, 1.0);

  /* China is the same colour in the other bars. */
  china = region_of (result, "CHN", "separation");
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (china->rect.x + 4),
                                                  (int) (china->rect.y + china->rect.height / 2)),
                                 palette->china, 2));
  g_assert_cmpint (china->year, ==, 2024);   /* the latest up to 2025 */
  g_assert_cmpfloat (fabs (china->rect.height - 0.91 * group_height (result, china->group)), <=, 1.0);

  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_hit_regions (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *hit, *china;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  opts.year = 2025;
  result = xitu_test_render (ds, &opts, W, H, NULL);

  china = region_of (result, "CHN", "magnet");
  hit = xitu_chart_result_hit (result, china->rect.x + china->rect.width / 2,
                               china->rect.y + china->rect.height / 2);
  g_assert_nonnull (hit);
  g_assert_cmpstr (hit->country, ==, "CHN");
  g_assert_cmpstr (hit->stage, ==, "magnet");
  g_assert_nonnull (hit->figure);
  g_assert_cmpfloat (hit->value, ==, 94);
  g_assert_true (strstr (hit->tooltip, "94 %") != NULL);
  g_assert_true (strstr (hit->tooltip, "2024") != NULL);
  g_assert_true (strstr (hit->tooltip, "IEA") != NULL);

  hit = xitu_chart_result_hit (result, 1, 1);
  g_assert_null (hit);

  /* Mining: the tooltip gives value, unit, share, year, edition and source. */
  china = region_of (result, "CHN", "mining");
  g_assert_true (strstr (china->tooltip, "270,000 t") != NULL);
  g_assert_true (strstr (china->tooltip, "69.2 %") != NULL);
  g_assert_true (strstr (china->tooltip, "MCS 2026") != NULL);
  g_assert_true (strstr (china->tooltip, "USGS") != NULL);

  /* The metal stage has no figures: one hatched region, no country. */
  {
    int i = xitu_chart_result_find (result, NULL, "metal");
    const XituHitRegion *metal;

    g_assert_cmpint (i, >=, 0);
    metal = g_ptr_array_index (result->regions, i);
    g_assert_cmpint (metal->kind, ==, XITU_HIT_NO_DATA);
    g_assert_null (metal->figure);
    g_assert_cmpfloat (metal->rect.height, ==, group_height (result, metal->group));
  }
  /* Separation: 9 % that no source attributes is its own region. */
  {
    gboolean found = FALSE;
    for (guint i = 0; i < result->regions->len; i++)
      {
        const XituHitRegion *r = g_ptr_array_index (result->regions, i);
        if (g_strcmp0 (r->stage, "separation") == 0 && r->kind == XITU_HIT_NO_DATA)
          {
            found = TRUE;
            g_assert_cmpfloat (fabs (r->value - 9), <, 1e-6);
          }
      }
    g_assert_true (found);
  }
  xitu_chart_options_clear (&opts);
}

static void
test_hatch_not_a_share (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *metal;
  gboolean saw_hatch = FALSE;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  metal = g_ptr_array_index (result->regions, xitu_chart_result_find (result, NULL, "metal"));
  /* No categorical colour anywhere in the no-data bar: only ground and hatch. */
  for (int y = (int) metal->rect.y + 2; y < (int) (metal->rect.y + metal->rect.height) - 2; y += 3)
    {
      XituRgba c = xitu_test_pixel (surface, (int) metal->rect.x + 5, y);
      g_assert_false (xitu_rgba_near (c, palette->china, 40));
      for (guint k = 0; k < XITU_PALETTE_N_CATEGORICAL; k++)
        g_assert_false (xitu_rgba_near (c, xitu_palette_categorical (palette, k), 30));
      saw_hatch |= xitu_rgba_near (c, palette->no_data_hatch, 40);
    }
  g_assert_true (saw_hatch);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_year_and_edition (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituChartResult) latest = NULL;
  g_autoptr (XituChartResult) older = NULL;
  g_autoptr (XituChartResult) y2023 = NULL;
  const XituHitRegion *r;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  latest = xitu_test_render (ds, &opts, W, H, NULL);
  g_assert_cmpint (latest->year, ==, 2025);

  /* MCS 2025 has no 2025 figure: its newest, 2024e, is shown and labelled. */
  opts.year = 2025;
  opts.edition = g_strdup ("MCS 2025");
  older = xitu_test_render (ds, &opts, W, H, NULL);
  r = region_of (older, "CHN", "mining");
  g_assert_cmpstr (r->edition, ==, "MCS 2025");
  g_assert_cmpint (r->year, ==, 2024);
  /* Other stages keep their own newest edition. */
  r = region_of (older, "CHN", "separation");
  g_assert_cmpstr (r->edition, ==, "IEA commentary 2025-10");
  g_clear_pointer (&opts.edition, g_free);

  opts.year = 2023;
  y2023 = xitu_test_render (ds, &opts, W, H, NULL);
  r = region_of (y2023, "CHN", "separation");
  g_assert_cmpint (r->year, ==, 2023);
  g_assert_cmpfloat (r->value, ==, 92);
  g_assert_cmpint (xitu_chart_result_find (y2023, "CHN", "magnet"), <, 0);
  xitu_chart_options_clear (&opts);
}

static void
test_summary_and_languages (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  cairo_surface_t *surface;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  opts.year = 2025;
  {
    g_autoptr (XituChartResult) en = xitu_test_render (ds, &opts, W, H, NULL);
    g_test_message ("summary: %s", en->summary);
    g_assert_true (strstr (en->summary, "Mining 2025: China 69.2 %") != NULL);
    g_assert_true (strstr (en->summary, "Separation & refining 2024: China 91 %") != NULL);
    g_assert_true (strstr (en->summary, "Metal & alloy: no sourced figure") != NULL);
    g_assert_cmpuint (en->sources->len, >=, 2);
  }
  opts.lang = XITU_LANG_ZH;
  opts.numbers = XITU_NUMBERS_WANYI;
  {
    g_autoptr (XituChartResult) zh = xitu_test_render (ds, &opts, W, H, &surface);
    const XituHitRegion *china = region_of (zh, "CHN", "mining");

    xitu_test_save (surface, "chain-zh");
    g_assert_true (strstr (zh->title, "稀土") != NULL);
    g_assert_true (strstr (zh->summary, "中国 69.2%") != NULL);
    g_assert_true (strstr (china->tooltip, "27万 吨") != NULL);
    xitu_test_assert_texts (zh);
    cairo_surface_destroy (surface);
  }
  opts.lang = XITU_LANG_BOTH;
  {
    g_autoptr (XituChartResult) both = xitu_test_render (ds, &opts, W, H, &surface);
    xitu_test_save (surface, "chain-both");
    g_assert_true (strstr (both->summary, "中国 China") != NULL);
    xitu_test_assert_texts (both);
    cairo_surface_destroy (surface);
  }
  xitu_chart_options_clear (&opts);
}

static void
test_sizes (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  static const int sizes[][2] = { { 640, 420 }, { 1600, 1000 }, { 480, 800 } };

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface;
      g_autoptr (XituChartResult) r = xitu_test_render (ds, &opts, sizes[i][0], sizes[i][1], &surface);
      g_autofree char *name = g_strdup_printf ("chain-%dx%d", sizes[i][0], sizes[i][1]);

      xitu_test_save (surface, name);
      xitu_test_assert_texts (r);
      cairo_surface_destroy (surface);
    }
  xitu_chart_options_clear (&opts);
}

static void
test_table (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  XituChartOptions opts;
  g_autoptr (XituTable) table = NULL;
  gboolean saw_china = FALSE, saw_metal = FALSE;

  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  opts.year = 2025;
  table = xitu_chart_get_table (ds, &opts);
  for (guint i = 0; i < table->rows->len; i++)
    {
      char **row = g_ptr_array_index (table->rows, i);
      g_assert_cmpstr (row[0], ==, "chain");
      if (g_strcmp0 (row[2], "CHN") == 0 && g_strcmp0 (row[6], "mining") == 0)
        {
          saw_china = TRUE;
          g_assert_cmpstr (row[11], ==, "270000");
          g_assert_cmpstr (row[13], ==, "69.231");
          g_assert_cmpstr (row[15], ==, "MCS 2026");
          g_assert_cmpstr (row[16], ==, "usgs-mcs-2026");
        }
      if (g_strcmp0 (row[6], "metal") == 0)
        {
          saw_metal = TRUE;
          g_assert_cmpstr (row[1], ==, "no sourced figure");
        }
    }
  g_assert_true (saw_china);
  g_assert_true (saw_metal);
  xitu_chart_options_clear (&opts);
}

static void
test_bundled (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  XituChartOptions opts;
  g_autoptr (XituChartResult) result = NULL;
  g_autoptr (XituShares) shares = NULL;
  const XituHitRegion *china;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_CHAIN);
  opts.year = 2025;
  result = xitu_test_render (ds, &opts, W, H, NULL);

  /* China's 2025 mine production by MCS 2026: 270,000 of 390,000 t. */
  china = region_of (result, "CHN", "mining");
  g_assert_cmpfloat (china->value, ==, 270000);
  g_assert_cmpint (china->year, ==, 2025);
  g_assert_cmpstr (china->edition, ==, "MCS 2026");
  g_assert_true (strstr (china->tooltip, "69.2 % of world output") != NULL);
  g_assert_true (strstr (result->summary, "Mining 2025: China 69.2 %") != NULL);
  g_assert_cmpfloat (fabs (china->rect.height - 270000.0 / 390000.0 * group_height (result, china->group)), <=, 1.0);
  shares = xitu_dataset_get_stage_shares (ds, "mining", 2025, NULL);
  g_assert_cmpfloat (fabs (xitu_shares_get_share (shares, "CHN") - 69.23), <, 0.01);

  /* Metal & alloy: no sourced country shares, one hatched bar. */
  g_assert_cmpint (xitu_chart_result_find (result, NULL, "metal"), >=, 0);
  g_assert_cmpint (((XituHitRegion *) g_ptr_array_index (result->regions,
                     xitu_chart_result_find (result, NULL, "metal")))->kind, ==, XITU_HIT_NO_DATA);
  xitu_test_assert_texts (result);
  xitu_chart_options_clear (&opts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/chart/chain/china-segment/light", GINT_TO_POINTER (XITU_THEME_LIGHT), test_china_segment);
  g_test_add_data_func ("/chart/chain/china-segment/dark", GINT_TO_POINTER (XITU_THEME_DARK), test_china_segment);
  g_test_add_func ("/chart/chain/hit-regions", test_hit_regions);
  g_test_add_func ("/chart/chain/hatch-not-a-share", test_hatch_not_a_share);
  g_test_add_func ("/chart/chain/year-and-edition", test_year_and_edition);
  g_test_add_func ("/chart/chain/summary-and-languages", test_summary_and_languages);
  g_test_add_func ("/chart/chain/sizes", test_sizes);
  g_test_add_func ("/chart/chain/table", test_table);
  g_test_add_func ("/chart/chain/bundled", test_bundled);
  return g_test_run ();
}
