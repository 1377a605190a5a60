/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "analysis-fixture.h"
#include "xitu-claim-check.h"

static XituClaimCheck *
check (XituDataset *dataset,
       const char  *id)
{
  XituClaim *claim = xitu_dataset_lookup_claim (dataset, id);

  g_assert_nonnull (claim);
  return xitu_claim_check (dataset, claim);
}

/* Percent figures: tolerance in points. 81 vs 80 ± 2: supported; 78 is
 * exactly 2 points off: still within; 50: contradicted, 30 points. */
static void
test_points (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituClaimCheck) ok = check (dataset, "c-supported");
  g_autoptr(XituClaimCheck) edge = check (dataset, "c-edge");
  g_autoptr(XituClaimCheck) bad = check (dataset, "c-contradicted");

  g_assert_true (ok->computed);
  g_assert_false (ok->relative);
  g_assert_cmpint (ok->verdict, ==, XITU_VERDICT_SUPPORTED);
  assert_near (ok->difference, 1.0);
  g_assert_cmpstr (xitu_figure_get_id (ok->figure), ==, "sep-chn-2025");
  g_assert_true (ok->agrees);
  g_assert_cmpint (edge->verdict, ==, XITU_VERDICT_SUPPORTED);
  g_assert_cmpint (bad->verdict, ==, XITU_VERDICT_CONTRADICTED);
  assert_near (bad->difference, -30.0);
  g_assert_cmpstr (bad->explanation, ==,
                   "50 is 30 points away from sep-chn-2025 (80 %, 2025), beyond the tolerance of 2.");
}

/* Quantities: tolerance relative. 63,000 vs 60,000 is 5 % off: within
 * 0.05. "6" against 60,000 t is a 万 slip: 6 × 10,000. */
static void
test_relative_and_unit_slip (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituClaimCheck) rel = check (dataset, "c-relative");
  g_autoptr(XituClaimCheck) unit = check (dataset, "c-unit");

  g_assert_true (rel->relative);
  g_assert_cmpint (rel->verdict, ==, XITU_VERDICT_SUPPORTED);
  assert_near (rel->difference, 0.05);
  g_assert_cmpint (unit->verdict, ==, XITU_VERDICT_UNIT_ERROR);
  assert_near (unit->unit_factor, 10000.0);
}

/* 91 against Japan's 70 % (2025): not within 5 points, but within the
 * 2010 figure "90 %+": an old number. */
static void
test_outdated (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituClaimCheck) c = check (dataset, "c-outdated");

  g_assert_cmpint (c->verdict, ==, XITU_VERDICT_OUTDATED);
  g_assert_cmpstr (xitu_figure_get_id (c->matched), ==, "jpn-sep-2010");
}

/* 67 against the US import share from China (71 %, ±1): it is the net
 * import reliance, another kind of number. */
static void
test_different_metric (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituClaimCheck) c = check (dataset, "c-metric");
  g_autoptr(XituClaimCheck) kinds = check (dataset, "c-kinds");

  g_assert_cmpint (c->verdict, ==, XITU_VERDICT_DIFFERENT_METRIC);
  g_assert_cmpstr (xitu_figure_get_id (c->matched), ==, "nir-usa-2024");

  /* Without a check nothing is computed, but figures of different kinds
   * are named. */
  g_assert_false (kinds->has_check);
  g_assert_false (kinds->computed);
  g_assert_true (kinds->kinds_differ);
  g_assert_cmpstr (kinds->kinds, ==,
                   "import-share (usgs-import-sources); net-import-reliance (compounds and metals)");
}

/* A typed verdict the numbers do not bear out is reported, not hidden. */
static void
test_disagreement_reported (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituClaimCheck) c = check (dataset, "c-disagree");

  g_assert_cmpint (c->typed, ==, XITU_VERDICT_SUPPORTED);
  g_assert_cmpint (c->verdict, ==, XITU_VERDICT_CONTRADICTED);
  g_assert_false (c->agrees);
}

/* Every claim of the bundled data with a check: the computed verdict is the
 * typed one. A disagreement fails the test with the claim's id and both
 * verdicts. */
static void
test_real_claims_agree (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(GPtrArray) checks = xitu_claim_check_all (dataset);
  g_autoptr(GString) disagreements = g_string_new (NULL);
  guint computed = 0;

  for (guint i = 0; i < checks->len; i++)
    {
      XituClaimCheck *c = g_ptr_array_index (checks, i);

      if (!c->computed)
        continue;
      computed++;
      g_test_message ("%s: typed %s, computed %s — %s", xitu_claim_get_id (c->claim),
                      xitu_verdict_to_string (c->typed), xitu_verdict_to_string (c->verdict),
                      c->explanation);
      if (!c->agrees)
        g_string_append_printf (disagreements, "%s: typed %s, computed %s; ",
                                xitu_claim_get_id (c->claim), xitu_verdict_to_string (c->typed),
                                xitu_verdict_to_string (c->verdict));
    }
  g_assert_cmpstr (disagreements->str, ==, "");
  g_assert_cmpuint (computed, ==, 3);

  /* The three, one by one. */
  {
    g_autoptr(XituClaimCheck) refining = check (dataset, "china-90-percent-refining");
    g_autoptr(XituClaimCheck) japan = check (dataset, "japan-relies-on-china-91-percent");
    g_autoptr(XituClaimCheck) russia = check (dataset, "russia-reserves-2-85mt-cut-to-380000t");
    g_autoptr(XituClaimCheck) eu = check (dataset, "eu-relies-on-china-82-percent");

    g_assert_cmpint (refining->verdict, ==, XITU_VERDICT_SUPPORTED);
    g_assert_cmpint (japan->verdict, ==, XITU_VERDICT_OUTDATED);
    g_assert_cmpstr (xitu_figure_get_id (japan->matched), ==, "nyt-jpn-chn-2010");
    g_assert_cmpint (russia->verdict, ==, XITU_VERDICT_UNIT_ERROR);
    assert_near (russia->unit_factor, 10.0);
    /* The EU claim has no check; its figures are of different kinds. */
    g_assert_false (eu->computed);
    g_assert_true (eu->kinds_differ);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claim-check/points", test_points);
  g_test_add_func ("/claim-check/relative-and-unit-slip", test_relative_and_unit_slip);
  g_test_add_func ("/claim-check/outdated", test_outdated);
  g_test_add_func ("/claim-check/different-metric", test_different_metric);
  g_test_add_func ("/claim-check/disagreement-reported", test_disagreement_reported);
  g_test_add_func ("/claim-check/real-claims-agree", test_real_claims_agree);

  return g_test_run ();
}
