/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "analysis-fixture.h"
#include "xitu-concentration.h"

/* The thresholds exactly as the guidelines word them. */
static void
test_thresholds (void)
{
  static const struct
  {
    double                 hhi;
    XituHhiStandard        standard;
    XituConcentrationClass expected;
  } cases[] = {
    { 1499.9, XITU_HHI_US_2010, XITU_CONCENTRATION_UNCONCENTRATED },
    { 1500.0, XITU_HHI_US_2010, XITU_CONCENTRATION_MODERATE },
    { 2500.0, XITU_HHI_US_2010, XITU_CONCENTRATION_MODERATE },
    { 2500.1, XITU_HHI_US_2010, XITU_CONCENTRATION_HIGH },
    { 1800.0, XITU_HHI_US_2023, XITU_CONCENTRATION_NOT_HIGH },
    { 1800.1, XITU_HHI_US_2023, XITU_CONCENTRATION_HIGH },
    { 999.9, XITU_HHI_EU_2004, XITU_CONCENTRATION_UNCONCENTRATED },
    { 1000.0, XITU_HHI_EU_2004, XITU_CONCENTRATION_MODERATE },
    { 2000.0, XITU_HHI_EU_2004, XITU_CONCENTRATION_MODERATE },
    { 2000.1, XITU_HHI_EU_2004, XITU_CONCENTRATION_HIGH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (xitu_concentration_classify (cases[i].hhi, cases[i].standard), ==,
                     cases[i].expected);

  for (guint s = 0; s < XITU_N_HHI_STANDARDS; s++)
    {
      XituHhiStandard back;

      g_assert_true (xitu_hhi_standard_from_string (xitu_hhi_standard_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
      g_assert_nonnull (xitu_hhi_standard_get_reference (s));
    }
}

/* Mining 2025 in the fixture: CHN 60 %, AUS 20 %, USA 10 %, "other" 10 %.
 * HHI over the named: 60² + 20² + 10² = 4,100; the other 10 % held by one
 * country would add 10² = 100. */
static void
test_incomplete_is_a_range (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituConcentration) c = xitu_concentration_new_for_stage (dataset, "mining", 2025, NULL);
  XituConcentrationClass lo, hi;

  g_assert_true (c->has_data);
  g_assert_false (c->complete);
  g_assert_true (xitu_concentration_is_lower_bound (c));
  assert_near (c->rest, 10.0);
  assert_near (c->hhi_lo, 4100.0);
  assert_near (c->hhi_hi, 4200.0);
  assert_near (c->top1_lo, 60.0);
  assert_near (c->top1_hi, 60.0);
  g_assert_cmpstr (c->top1_country, ==, "CHN");
  assert_near (c->top3_lo, 90.0);
  assert_near (c->top3_hi, 90.0);
  g_assert_true (xitu_concentration_get_class (c, XITU_HHI_US_2010, &lo, &hi));
  g_assert_cmpint (lo, ==, XITU_CONCENTRATION_HIGH);
  g_assert_cmpint (hi, ==, XITU_CONCENTRATION_HIGH);
}

/* Separation 2025: CHN 80 %, MYS 5 %, 15 % unattributed. HHI [80² + 5²,
 * + 15²] = [6,425, 6,650]; top-3 [85, 80 + 15 + 5 = 100]. The source's own
 * top-3 (95 %) is kept beside, not used. */
static void
test_rest_larger_than_a_named_share (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituConcentration) c = xitu_concentration_new_for_stage (dataset, "separation", 2025,
                                                                     NULL);

  g_assert_false (c->complete);
  assert_near (c->hhi_lo, 6425.0);
  assert_near (c->hhi_hi, 6650.0);
  assert_near (c->top1_lo, 80.0);
  assert_near (c->top1_hi, 80.0);
  assert_near (c->top3_lo, 85.0);
  assert_near (c->top3_hi, 100.0);
  g_assert_nonnull (c->top3_sourced);
  g_assert_cmpstr (xitu_figure_get_id (c->top3_sourced), ==, "sep-top3-2025");
}

/* Magnets 2025: CHN 50, JPN 30, DEU 20 = 100 %: exact, 2,500 + 900 + 400. */
static void
test_complete_is_exact (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituConcentration) c = xitu_concentration_new_for_stage (dataset, "magnet", 2030, NULL);
  XituConcentrationClass lo, hi;

  g_assert_true (c->complete);
  g_assert_false (xitu_concentration_is_lower_bound (c));
  g_assert_cmpint (c->year, ==, 2025);
  g_assert_cmpint (c->year_asked, ==, 2030);
  assert_near (c->hhi_lo, 3800.0);
  assert_near (c->hhi_hi, 3800.0);
  assert_near (c->top3_lo, 100.0);
  xitu_concentration_get_class (c, XITU_HHI_US_2023, &lo, &hi);
  g_assert_cmpint (lo, ==, XITU_CONCENTRATION_HIGH);
  xitu_concentration_get_class (c, XITU_HHI_EU_2004, &lo, &hi);
  g_assert_cmpint (hi, ==, XITU_CONCENTRATION_HIGH);
}

static void
test_no_data (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituConcentration) c = xitu_concentration_new_for_stage (dataset, "metal", 2025, NULL);
  XituConcentrationClass lo, hi;

  g_assert_false (c->has_data);
  g_assert_false (xitu_concentration_get_class (c, XITU_HHI_US_2010, &lo, &hi));
  g_assert_cmpint (lo, ==, XITU_CONCENTRATION_UNKNOWN);
}

/* The bundled data: USGS MCS 2026 mine production 2025e, world 390,000 t.
 * The rest (other 550 t, 690 t unattributed) is under half a point each:
 * rounding, so the HHI is exact. Separation 2024 (IEA): China 91 % and
 * nothing else named, so [91², 91² + 9²] — highly concentrated either way. */
static void
test_real_dataset (void)
{
  static const double mined[] = { 270000, 51000, 29000, 22000, 4800, 2900, 2700, 2600, 2000,
                                  1500, 150, 110 };
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(GPtrArray) stages = xitu_concentration_list_stages (dataset, 2025);
  XituConcentration *mining = g_ptr_array_index (stages, 0);
  XituConcentration *separation = g_ptr_array_index (stages, 1);
  XituConcentrationClass lo, hi;
  double hhi = 0.0;

  for (guint i = 0; i < G_N_ELEMENTS (mined); i++)
    hhi += (mined[i] / 3900.0) * (mined[i] / 3900.0);

  g_assert_cmpuint (stages->len, ==, 4);
  g_assert_cmpstr (mining->stage, ==, "mining");
  g_assert_true (mining->complete);
  assert_near (mining->hhi_lo, hhi);
  g_assert_cmpfloat_with_epsilon (mining->hhi_lo, 5054.4, 0.1);
  g_assert_cmpfloat_with_epsilon (mining->top3_lo, (270000 + 51000 + 29000) / 3900.0, 1e-9);

  g_assert_cmpstr (separation->stage, ==, "separation");
  g_assert_cmpint (separation->year, ==, 2024);
  g_assert_false (separation->complete);
  assert_near (separation->hhi_lo, 8281.0);
  assert_near (separation->hhi_hi, 8362.0);
  for (guint s = 0; s < XITU_N_HHI_STANDARDS; s++)
    {
      xitu_concentration_get_class (separation, s, &lo, &hi);
      g_assert_cmpint (lo, ==, XITU_CONCENTRATION_HIGH);
      g_assert_cmpint (hi, ==, XITU_CONCENTRATION_HIGH);
    }

  g_assert_false (separation->projected);

  /* Asked for 2030, the IEA projection is what there is, and says so. */
  {
    g_autoptr(XituConcentration) future = xitu_concentration_new_for_stage (dataset, "separation",
                                                                            2030, NULL);

    g_assert_true (future->projected);
    g_assert_cmpint (future->year, ==, 2030);
    assert_near (future->hhi_lo, 77.0 * 77 + 12 * 12 + 3 * 3);
  }

  /* No sourced shares for metal. */
  g_assert_false (((XituConcentration *) g_ptr_array_index (stages, 2))->has_data);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/concentration/thresholds", test_thresholds);
  g_test_add_func ("/concentration/incomplete-is-a-range", test_incomplete_is_a_range);
  g_test_add_func ("/concentration/rest-larger-than-a-named-share", test_rest_larger_than_a_named_share);
  g_test_add_func ("/concentration/complete-is-exact", test_complete_is_exact);
  g_test_add_func ("/concentration/no-data", test_no_data);
  g_test_add_func ("/concentration/real-dataset", test_real_dataset);

  return g_test_run ();
}
