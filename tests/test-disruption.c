/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "analysis-fixture.h"
#include "xitu-disruption.h"

static guint
stage_bit (XituDataset *dataset,
           const char  *stage)
{
  int index = xitu_analysis_stage_index (dataset, stage);

  g_assert_cmpint (index, >=, 0);
  return 1u << index;
}

static const XituDisruptionCell *
cell (XituDisruption *d,
      const char     *importer,
      const char     *stage)
{
  int i = xitu_disruption_find_importer (d, importer);
  int s = xitu_analysis_stage_index (xitu_disruption_get_dataset (d), stage);

  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (s, >=, 0);
  return xitu_disruption_get_cell (d, i, s);
}

/* China cuts separated products by 50 %; others could add 8 % of world
 * output; China makes 80 % of it: c' = 0.5 − 8/80 = 0.4. The US gets 71 %
 * of its imports from China, imports 80 % of what it uses and recycles
 * 10 %: exposure 71 × 0.8 × 0.9 = 51.12 %, shortfall 51.12 × 0.4 = 20.448 %.
 * Two months of stock over six months give 33.3 % a month: no shortage;
 * the stock lasts 2 / 0.20448 = 9.78 months. */
static void
test_hand_computed (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  XituDisruptionParams p;
  const XituDisruptionCell *usa, *jpn;
  const XituDisruptionStage *sep;

  xitu_disruption_params_init_default (&p);
  p.stages = stage_bit (dataset, "separation");
  p.cut = 50;
  p.headroom = 8;
  p.import_reliance = 80;
  p.recycling = 10;
  p.stock_months = 2;
  p.duration_months = 6;
  g_assert_true (xitu_disruption_run (d, &p));

  sep = xitu_disruption_get_stage (d, 1);
  g_assert_true (sep->cut);
  g_assert_true (sep->supplier_share_known);
  assert_near (sep->supplier_share, 80.0);
  g_assert_false (sep->spare_from_data);
  assert_near (sep->spare_used, 8.0);
  assert_near (sep->effective_cut, 40.0);

  usa = cell (d, "USA", "separation");
  g_assert_cmpint (usa->status, ==, XITU_CELL_CUT);
  assert_near (usa->exposure.lo, 51.12);
  assert_near (usa->shortfall.lo, 20.448);
  assert_near (usa->shortfall.hi, 20.448);
  assert_near (usa->shortfall_after_stock.hi, 0.0);
  assert_near (usa->stock_months_left.lo, 2.0 / 0.20448);
  g_assert_false (usa->has_tonnes);

  /* Knock-on downstream: at most the same fraction. */
  g_assert_true (cell (d, "USA", "metal")->has_knock_on);
  assert_near (cell (d, "USA", "magnet")->knock_on.hi, 20.448);
  g_assert_cmpint (cell (d, "USA", "magnet")->knock_on_from, ==, 1);

  /* Japan's "60–70 %" gives a range all the way through. */
  jpn = cell (d, "JPN", "separation");
  assert_near (jpn->shortfall.lo, 60 * 0.72 * 0.4);
  assert_near (jpn->shortfall.hi, 70 * 0.72 * 0.4);
  assert_near (jpn->stock_months_left.lo, 2.0 / (0.7 * 0.72 * 0.4));

  /* Twelve months: 2/12 of a year's use a month; 20.448 − 16.667. */
  p.duration_months = 12;
  g_assert_false (xitu_disruption_run (d, &p));
  assert_near (cell (d, "USA", "separation")->shortfall_after_stock.lo, 20.448 - 200.0 / 12.0);
}

/* China stops metal exports (100 %, no headroom). China's metal share is
 * not in the fixture, so it is taken as 100 %: c' = 1. Germany: 40 % of
 * 2,000 t = 800 t; downstream at most 800 / 0.30 = 2,666.7 t of magnets. */
static void
test_tonnes_and_knock_on (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  XituDisruptionParams p;
  const XituDisruptionCell *deu;

  xitu_disruption_params_init_default (&p);
  p.stages = stage_bit (dataset, "metal");
  p.cut = 100;
  xitu_disruption_run (d, &p);

  g_assert_false (xitu_disruption_get_stage (d, 2)->supplier_share_known);
  deu = cell (d, "DEU", "metal");
  assert_near (deu->shortfall.lo, 40.0);
  g_assert_true (deu->has_tonnes);
  assert_near (deu->shortfall_t.lo, 800.0);
  g_assert_true (cell (d, "DEU", "magnet")->has_knock_on_t);
  assert_near (cell (d, "DEU", "magnet")->knock_on_t.lo, 800.0 / 0.30);
  assert_near (cell (d, "JPN", "metal")->shortfall.hi, 60.0);
  g_assert_false (cell (d, "JPN", "metal")->has_tonnes);

  /* 10 % of world output spare: c' = 1 − 10/100 = 0.9 → 720 t. */
  p.headroom = 10;
  xitu_disruption_run (d, &p);
  assert_near (cell (d, "DEU", "metal")->shortfall_t.lo, 720.0);

  /* An intensity factor changed by the user rebinds and is used. */
  p.intensity.re_per_magnet = 0.25;
  g_assert_true (xitu_disruption_run (d, &p));
  assert_near (cell (d, "DEU", "magnet")->knock_on_t.lo, 720.0 / 0.25);
}

/* Korea's magnets: China 50 % direct, 80 % looked through Japan. China
 * makes 50 % of the world's magnets, so 10 % headroom replaces 10/50 of the
 * cut: c' = 0.8. */
static void
test_look_through_exposure (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  XituDisruptionParams p;

  xitu_disruption_params_init_default (&p);
  p.stages = stage_bit (dataset, "magnet");
  p.cut = 100;
  xitu_disruption_run (d, &p);
  assert_near (cell (d, "KOR", "magnet")->shortfall.lo, 50.0);
  assert_near (cell (d, "KOR", "magnet")->shortfall_t.lo, 500.0);

  p.look_through = TRUE;
  g_assert_true (xitu_disruption_run (d, &p));
  assert_near (cell (d, "KOR", "magnet")->shortfall.lo, 80.0);
  assert_near (cell (d, "KOR", "magnet")->shortfall_t.lo, 800.0);

  p.headroom = 10;
  xitu_disruption_run (d, &p);
  assert_near (xitu_disruption_get_stage (d, 3)->effective_cut, 80.0);
  assert_near (cell (d, "KOR", "magnet")->shortfall.lo, 64.0);
  assert_near (cell (d, "KOR", "magnet")->shortfall_t.lo, 640.0);
}

/* Mining: spare capacity from the data. Australia 25,000 t capacity vs
 * 20,000 t output: 5,000 t = 5 % of 100,000 t; the US 8,000 vs 10,000: none;
 * China's own mine is the supplier's and does not count. c' = 0.5 − 5/60.
 * Malaysia's mining imports are all Australian: a Chinese cut costs it
 * nothing. */
static void
test_spare_from_data (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  XituDisruptionParams p;
  const XituDisruptionStage *mining;

  xitu_disruption_params_init_default (&p);
  p.stages = stage_bit (dataset, "mining");
  p.cut = 50;
  p.headroom = 30;
  xitu_disruption_run (d, &p);

  mining = xitu_disruption_get_stage (d, 0);
  g_assert_true (mining->spare_from_data);
  g_assert_cmpuint (mining->spare_countries, ==, 2);
  assert_near (mining->spare_data, 5.0);
  assert_near (mining->spare_used, 5.0);
  assert_near (mining->world_t, 100000.0);
  assert_near (mining->effective_cut, 100.0 * (0.5 - 5.0 / 60.0));
  g_assert_cmpint (cell (d, "MYS", "mining")->status, ==, XITU_CELL_CUT);
  assert_near (cell (d, "MYS", "mining")->shortfall.hi, 0.0);

  p.spare_basis = XITU_SPARE_USER;
  xitu_disruption_run (d, &p);
  assert_near (mining->spare_used, 30.0);
  assert_near (mining->effective_cut, 0.0);
}

static void
test_supplier_and_no_data (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  XituDisruptionParams p;

  xitu_disruption_params_init_default (&p);
  g_strlcpy (p.supplier, "USA", sizeof p.supplier);
  p.stages = 0xf;
  xitu_disruption_run (d, &p);
  g_assert_cmpint (cell (d, "USA", "separation")->status, ==, XITU_CELL_SUPPLIER);
  g_assert_cmpint (cell (d, "USA", "mining")->status, ==, XITU_CELL_SUPPLIER);
  g_assert_cmpint (cell (d, "KOR", "mining")->status, ==, XITU_CELL_NO_DATA);
  /* Korea names its suppliers completely, without the US. */
  assert_near (cell (d, "KOR", "magnet")->shortfall.hi, 0.0);
}

/* The invariants, for every importer × stage of both data sets: no cut,
 * no shortfall; the shortfall grows with the cut and does not grow with
 * spare capacity or stock. */
static void
check_monotonic (XituDataset *dataset)
{
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  guint n_i, n_s, checked = 0;
  XituDisruptionParams p;
  g_autofree XituDisruptionCell *prev = NULL;

  xitu_disruption_params_init_default (&p);
  p.stages = 0xf;
  p.duration_months = 6;
  p.spare_basis = XITU_SPARE_USER;
  xitu_disruption_run (d, &p);
  n_i = xitu_disruption_get_n_importers (d);
  n_s = xitu_disruption_get_n_stages (d);
  prev = g_new0 (XituDisruptionCell, n_i * n_s);

  for (int sweep = 0; sweep < 3; sweep++)
    for (int step = 0; step <= 20; step++)
      {
        p.cut = sweep == 0 ? 5.0 * step : 60.0;
        p.headroom = sweep == 1 ? 2.5 * step : 5.0;
        p.stock_months = sweep == 2 ? 0.5 * step : 1.0;
        xitu_disruption_run (d, &p);

        for (guint i = 0; i < n_i; i++)
          for (guint s = 0; s < n_s; s++)
            {
              const XituDisruptionCell *c = xitu_disruption_get_cell (d, i, s);
              XituDisruptionCell *b = &prev[i * n_s + s];

              g_assert_cmpfloat (c->shortfall.lo, <=, c->shortfall.hi + 1e-12);
              g_assert_cmpfloat (c->shortfall_after_stock.hi, <=, c->shortfall.hi + 1e-12);
              if (sweep == 0 && step == 0)
                {
                  g_assert_cmpfloat (c->shortfall.hi, ==, 0.0);
                  g_assert_cmpfloat (c->shortfall_t.hi, ==, 0.0);
                }
              if (step > 0 && sweep == 0)
                {
                  g_assert_cmpfloat (c->shortfall.lo, >=, b->shortfall.lo - 1e-12);
                  g_assert_cmpfloat (c->shortfall.hi, >=, b->shortfall.hi - 1e-12);
                  g_assert_cmpfloat (c->shortfall_t.hi, >=, b->shortfall_t.hi - 1e-9);
                }
              if (step > 0 && sweep == 1)
                {
                  g_assert_cmpfloat (c->shortfall.hi, <=, b->shortfall.hi + 1e-12);
                  g_assert_cmpfloat (c->shortfall.lo, <=, b->shortfall.lo + 1e-12);
                }
              if (step > 0 && sweep == 2)
                {
                  g_assert_cmpfloat (c->shortfall_after_stock.hi, <=,
                                     b->shortfall_after_stock.hi + 1e-12);
                  g_assert_cmpfloat (c->stock_months_left.lo, >=, b->stock_months_left.lo);
                }
              if (c->status == XITU_CELL_CUT)
                checked++;
              *b = *c;
            }
      }
  g_assert_cmpuint (checked, >, 0);
}

static void
test_invariants (void)
{
  g_autoptr(XituDataset) fixture = fixture_load_analysis ();
  g_autoptr(XituDataset) real = fixture_load_real ();

  check_monotonic (fixture);
  check_monotonic (real);
}

/* Each preset, on the bundled data: its events exist, it runs, and it
 * costs some importer something. */
static void
test_presets_on_real_data (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituDisruption) d = xitu_disruption_new (dataset);
  GListModel *events = xitu_dataset_get_events (dataset);
  const XituDisruptionPreset *presets;
  guint n_presets;

  presets = xitu_disruption_get_presets (&n_presets);
  g_assert_cmpuint (n_presets, ==, 3);

  for (guint k = 0; k < n_presets; k++)
    {
      XituDisruptionParams p;
      gboolean hit = FALSE;

      for (guint e = 0; presets[k].event_ids[e] != NULL; e++)
        {
          gboolean found = FALSE;

          for (guint j = 0; j < g_list_model_get_n_items (events) && !found; j++)
            {
              g_autoptr(XituEvent) event = g_list_model_get_item (events, j);

              found = g_str_equal (xitu_event_get_id (event), presets[k].event_ids[e]);
            }
          g_assert_true (found);
        }

      xitu_disruption_params_init_default (&p);
      p.stock_months = 2;
      g_assert_true (xitu_disruption_params_apply_preset (&p, dataset, &presets[k]));
      xitu_disruption_run (d, &p);

      for (guint i = 0; i < xitu_disruption_get_n_importers (d); i++)
        for (guint s = 0; s < xitu_disruption_get_n_stages (d); s++)
          {
            const XituDisruptionCell *c = xitu_disruption_get_cell (d, i, s);

            if (c->status == XITU_CELL_CUT && c->shortfall.hi > 0.0)
              hit = TRUE;
          }
      g_test_message ("%s: US separation shortfall %.1f–%.1f %%", presets[k].id,
                      cell (d, "USA", "separation")->shortfall.lo,
                      cell (d, "USA", "separation")->shortfall.hi);
      g_assert_true (hit);
    }

  /* No. 18 covers terbium: the US's Tb/Ho/Lu imports are 100 % Chinese
   * (USGS); the EU has no element figure and falls back, saying so. */
  {
    XituDisruptionParams p;

    xitu_disruption_params_init_default (&p);
    xitu_disruption_params_apply_preset (&p, dataset, xitu_disruption_find_preset ("mofcom-gac-2025-18"));
    xitu_disruption_run (d, &p);
    assert_near (cell (d, "USA", "separation")->share.lo, 100.0);
    g_assert_false (cell (d, "USA", "separation")->scope_fallback);
    g_assert_true (cell (d, "EU27", "metal")->scope_fallback);
    g_assert_false (cell (d, "EU27", "metal")->has_tonnes);
    g_assert_false (p.look_through);

    xitu_disruption_params_apply_preset (&p, dataset, xitu_disruption_find_preset ("mofcom-2025-october"));
    g_assert_true (p.look_through);
    g_assert_true (p.elements & (1u << XITU_ELEMENT_HO));

    xitu_disruption_params_apply_preset (&p, dataset, xitu_disruption_find_preset ("separation-embargo"));
    g_assert_cmpuint (p.stages, ==, stage_bit (dataset, "separation"));
    g_assert_cmpuint (p.elements, ==, XITU_ELEMENTS_ALL);
    xitu_disruption_run (d, &p);
    /* US: 71 % of imports, all consumption imported, 100 % cut, no spare. */
    assert_near (cell (d, "USA", "separation")->shortfall.lo, 71.0);
    g_assert_true (cell (d, "USA", "magnet")->has_knock_on);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/disruption/hand-computed", test_hand_computed);
  g_test_add_func ("/disruption/tonnes-and-knock-on", test_tonnes_and_knock_on);
  g_test_add_func ("/disruption/look-through-exposure", test_look_through_exposure);
  g_test_add_func ("/disruption/spare-from-data", test_spare_from_data);
  g_test_add_func ("/disruption/supplier-and-no-data", test_supplier_and_no_data);
  g_test_add_func ("/disruption/invariants", test_invariants);
  g_test_add_func ("/disruption/presets-on-real-data", test_presets_on_real_data);

  return g_test_run ();
}
