/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The disruption ("scenario") and build-out charts: what they draw where,
 * the hit regions they return, the words of their summaries and tables. */
#include <math.h>
#include <string.h>

#include "analysis-fixture.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, haystack);
}

static const XituHitRegion *
find_region (XituChartResult *result,
             XituHitKind      kind,
             const char      *country,
             const char      *stage,
             int              year)
{
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);

      if (r->kind == kind && g_strcmp0 (r->country, country) == 0 &&
          (stage == NULL || g_strcmp0 (r->stage, stage) == 0) && (year == 0 || r->year == year))
        return r;
    }
  g_error ("no region %d for %s %s %d", kind, country, stage, year);
}

static XituScenario *
scenario_with_cut (XituDataset *ds,
                   const char  *stage,
                   double       cut)
{
  XituScenario *scenario = xitu_scenario_new ();
  XituDisruptionParams p;

  xitu_scenario_get_disruption (scenario, ds, &p);
  p.stages = 1u << xitu_analysis_stage_index (ds, stage);
  p.cut = cut;
  xitu_scenario_set_disruption (scenario, ds, &p);
  return scenario;
}

/* Pixels of the supplier's colour along the middle of a row. */
static guint
count_color (cairo_surface_t     *surface,
             const XituHitRegion *region,
             XituRgba             color)
{
  int y = (int) (region->rect.y + region->rect.height / 2);
  guint n = 0;

  for (int x = (int) region->rect.x; x < (int) (region->rect.x + region->rect.width) && x < W; x++)
    if (xitu_rgba_near (xitu_test_pixel (surface, x, y), color, 3))
      n++;
  return n;
}

/* A 0 % cut draws no shortfall bar; 50 % draws one half as long as 100 %. */
static void
test_zero_cut (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  double cuts[] = { 0, 50, 100 };
  guint pixels[3];

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr (XituScenario) scenario = scenario_with_cut (ds, "separation", cuts[i]);
      g_autoptr (XituChartResult) result = NULL;
      cairo_surface_t *surface;
      XituChartOptions opts;
      const XituHitRegion *usa;

      xitu_chart_options_init (&opts, XITU_CHART_DISRUPTION);
      opts.scenario = g_object_ref (scenario);
      result = xitu_test_render (ds, &opts, W, H, &surface);
      usa = find_region (result, XITU_HIT_RESULT, "USA", "separation", 0);
      g_assert_cmpfloat (fabs (usa->value - 71.0 * cuts[i] / 100.0), <, 1e-9);
      pixels[i] = count_color (surface, usa, palette->china);
      if (cuts[i] == 0)
        {
          g_assert_cmpuint (pixels[i], ==, 0);
          assert_contains (usa->label, "0 %");
          xitu_test_save (surface, "scenario-zero-cut");
        }
      xitu_test_assert_texts (result);
      cairo_surface_destroy (surface);
      xitu_chart_options_clear (&opts);
    }
  g_assert_cmpuint (pixels[1], >, 20);
  g_assert_cmpint (abs ((int) pixels[2] - 2 * (int) pixels[1]), <=, 2);
}

/* The full separation embargo: the US loses 71 % (% only, no tonnage in
 * the data); the inputs and the preset are part of the chart. */
static void
test_embargo (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituScenario) scenario = xitu_scenario_new ();
  g_autoptr (XituChartResult) result = NULL;
  g_autoptr (XituTable) table = NULL;
  g_autofree char *csv = NULL;
  cairo_surface_t *surface;
  XituChartOptions opts;
  const XituHitRegion *usa, *magnet;

  g_assert_true (xitu_scenario_apply_preset (scenario, ds, "separation-embargo"));
  xitu_chart_options_init (&opts, XITU_CHART_DISRUPTION);
  opts.scenario = g_object_ref (scenario);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "scenario-embargo");

  assert_contains (result->title, "If China cuts its exports of Separation & refining by 100");
  usa = find_region (result, XITU_HIT_RESULT, "USA", "separation", 0);
  g_assert_cmpfloat (usa->value, ==, 71.0);
  assert_contains (usa->label, "71 % · % only");
  assert_contains (usa->tooltip, "Source: U.S. Geological Survey");
  /* Knock-on downstream: an upper bound, labelled as one. */
  magnet = find_region (result, XITU_HIT_RESULT, "USA", "magnet", 0);
  assert_contains (magnet->label, "≤ 71 %");
  assert_contains (magnet->label, "upper bound");
  /* Russia has no import-share figure: said so, not drawn as zero. */
  assert_contains (result->summary, "United States: Separation & refining shortfall 71 % · % only, stock: no stock");
  assert_contains (result->summary, "No sourced import share: Russia");
  xitu_test_assert_texts (result);

  /* The CSV holds the inputs and the results. */
  table = xitu_chart_get_table (ds, &opts);
  csv = xitu_table_to_csv (table);
  assert_contains (csv, "chart,item,importer");
  assert_contains (csv, "scenario,input,,,,,100,100,%,cut");
  assert_contains (csv, "scenario,input,,,,,,,,preset: separation-embargo,,");
  assert_contains (csv, "scenario,shortfall,USA,United States,美国,separation,71,71,% of consumption,% only");

  /* Chinese labels. */
  opts.lang = XITU_LANG_ZH;
  {
    g_autoptr (XituChartResult) zh = xitu_test_render (ds, &opts, W, H, NULL);
    assert_contains (zh->title, "若中国将分离");
    assert_contains (zh->summary, "美国：");
    assert_contains (zh->summary, "71% · 仅百分比");
    xitu_test_assert_texts (zh);
  }
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

/* Tonnes where the data have them (fixture: Germany imports 2,000 t of
 * metal, 40 % from China), and months of stock. */
static void
test_tonnes_and_stock (void)
{
  g_autoptr (XituDataset) ds = fixture_load_analysis ();
  g_autoptr (XituScenario) scenario = scenario_with_cut (ds, "metal", 100);
  g_autoptr (XituChartResult) result = NULL;
  XituChartOptions opts;
  XituDisruptionParams p;
  const XituHitRegion *deu;

  xitu_scenario_get_disruption (scenario, ds, &p);
  p.stock_months = 2;
  xitu_scenario_set_disruption (scenario, ds, &p);
  xitu_chart_options_init (&opts, XITU_CHART_DISRUPTION);
  opts.scenario = g_object_ref (scenario);
  result = xitu_test_render (ds, &opts, W, H, NULL);
  deu = find_region (result, XITU_HIT_RESULT, "DEU", "metal", 0);
  assert_contains (deu->label, "40 % · 800 t/yr");
  /* 2 months of stock at 40 % of consumption a month: 5 months. */
  assert_contains (deu->tooltip, "Stock lasts: 5 months");
  assert_contains (result->summary, "stock: 5 months");
  /* Downstream in tonnes through the intensity factor (1 / 0.30). */
  assert_contains (find_region (result, XITU_HIT_RESULT, "DEU", "magnet", 0)->label, "≤ 2,667 t/yr");
  xitu_chart_options_clear (&opts);
}

/* The summary follows the inputs: the accessible description changes. */
static void
test_summary_follows_cut (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituScenario) scenario = scenario_with_cut (ds, "separation", 50);
  g_autoptr (XituChartResult) a = NULL;
  g_autoptr (XituChartResult) b = NULL;
  XituChartOptions opts;
  XituDisruptionParams p;

  xitu_chart_options_init (&opts, XITU_CHART_DISRUPTION);
  opts.scenario = g_object_ref (scenario);
  a = xitu_test_render (ds, &opts, W, H, NULL);
  xitu_scenario_get_disruption (scenario, ds, &p);
  p.cut = 20;
  xitu_scenario_set_disruption (scenario, ds, &p);
  b = xitu_test_render (ds, &opts, W, H, NULL);
  g_assert_cmpstr (a->summary, !=, b->summary);
  assert_contains (a->summary, "United States: Separation & refining shortfall 35.5 %");
  assert_contains (b->summary, "United States: Separation & refining shortfall 14.2 %");
  xitu_chart_options_clear (&opts);
}

/* ---- build-out ------------------------------------------------------------ */

/* The claim was made on 9 Nov 2025: its 12–24 months run from 9 Nov 2026
 * to 9 Nov 2027, which is where the band sits on the year axis. */
static void
test_claim_band (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituChartResult) result = NULL;
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituRgba band_color = xitu_rgba_mix (palette->reference, palette->background, 0.82);
  cairo_surface_t *surface;
  XituChartOptions opts;
  const XituHitRegion *y2026, *y2027, *band = NULL;
  double frac = 312.0 / 365.0;   /* 9 November: day 313 of 2025 */
  double year_w, y;

  xitu_chart_options_init (&opts, XITU_CHART_BUILDOUT);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "buildout");

  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (r->kind == XITU_HIT_ANNOTATION)
        band = r;
    }
  g_assert_nonnull (band);
  g_assert_cmpstr (band->id, ==, "us-replace-china-12-24-months");
  g_assert_cmpstr (band->source, ==, "seed-2025-11-09-bessent");

  y2026 = find_region (result, XITU_HIT_RESULT, NULL, "mining", 2026);
  y2027 = find_region (result, XITU_HIT_RESULT, NULL, "mining", 2027);
  year_w = y2026->rect.width;
  g_assert_cmpfloat (fabs (y2027->rect.x - (y2026->rect.x + year_w)), <, 0.01);
  g_assert_cmpfloat (fabs (band->rect.x - (y2026->rect.x + frac * year_w)), <, 0.5);
  g_assert_cmpfloat (fabs (band->rect.x + band->rect.width - (y2027->rect.x + frac * year_w)), <, 0.5);

  /* Pixels: shaded inside (away from the lines), not before nor after. */
  y = band->rect.y + band->rect.height * 0.8;
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (band->rect.x + band->rect.width / 2), (int) y), band_color, 3));
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (y2026->rect.x + year_w * 0.5), (int) y), palette->background, 3));
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (y2027->rect.x + year_w * 0.95), (int) y), palette->background, 3));
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

/* "No — bottleneck: Mining", in the summary (the accessible description)
 * and in Chinese with the stage's Chinese name. */
static void
test_verdict (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituChartResult) en = NULL;
  g_autoptr (XituChartResult) zh = NULL;
  XituChartOptions opts;
  const XituHitRegion *sep;

  xitu_chart_options_init (&opts, XITU_CHART_BUILDOUT);
  en = xitu_test_render (ds, &opts, W, H, NULL);
  assert_contains (en->summary, "Can the United States replace China within 12–24 months?");
  assert_contains (en->summary, "within 24 months: No — bottleneck: Mining");
  assert_contains (en->summary, "Separation & refining: 10.3 % in 2025, 16.8 % in 2035");
  assert_contains (en->summary, "Metal & alloy: no sourced figure");
  /* Iluka Eneabba (23,000 t) and Solvay (4,500 t) by 2027 under the
   * announced timeline. */
  sep = find_region (en, XITU_HIT_RESULT, NULL, "separation", 2027);
  g_assert_cmpfloat (fabs (sep->value - 100.0 * (31590 + 27500) / 351000), <, 0.01);
  assert_contains (sep->tooltip, "+ Eneabba rare-earths refinery: 23,000 t REO");

  opts.lang = XITU_LANG_ZH;
  zh = xitu_test_render (ds, &opts, W, H, NULL);
  assert_contains (zh->summary, "不能——瓶颈：");
  xitu_test_assert_texts (zh);
  xitu_chart_options_clear (&opts);
}

/* The timeline assumption changes the series, and the table states it. */
static void
test_timelines (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituScenario) scenario = xitu_scenario_new ();
  XituBuildoutParams b;
  XituChartOptions opts;

  xitu_chart_options_init (&opts, XITU_CHART_BUILDOUT);
  opts.scenario = g_object_ref (scenario);
  xitu_scenario_get_buildout (scenario, ds, &b);
  b.timeline = XITU_TIMELINE_SLIPPAGE;
  xitu_scenario_set_buildout (scenario, ds, &b);
  {
    g_autoptr (XituChartResult) result = xitu_test_render (ds, &opts, W, H, NULL);
    g_autoptr (XituTable) table = xitu_chart_get_table (ds, &opts);
    g_autofree char *csv = xitu_table_to_csv (table);

    /* Eneabba slips from 2027 to 2029. */
    g_assert_cmpfloat (find_region (result, XITU_HIT_RESULT, NULL, "separation", 2028)->value, <, 11);
    g_assert_cmpfloat (find_region (result, XITU_HIT_RESULT, NULL, "separation", 2029)->value, >, 16);
    assert_contains (csv, "buildout,input,,,,,slippage,");
    assert_contains (csv, "buildout,input,,,2,years,slippage (assumption A17),");
    assert_contains (csv, "buildout,verdict_24_months,mining,2027,");
    xitu_test_assert_texts (result);
  }
  xitu_chart_options_clear (&opts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-scenario/zero-cut", test_zero_cut);
  g_test_add_func ("/chart-scenario/embargo", test_embargo);
  g_test_add_func ("/chart-scenario/tonnes-and-stock", test_tonnes_and_stock);
  g_test_add_func ("/chart-scenario/summary-follows-cut", test_summary_follows_cut);
  g_test_add_func ("/chart-buildout/claim-band", test_claim_band);
  g_test_add_func ("/chart-buildout/verdict", test_verdict);
  g_test_add_func ("/chart-buildout/timelines", test_timelines);
  return g_test_run ();
}
