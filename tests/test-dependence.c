/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "analysis-fixture.h"
#include "xitu-dependence.h"

static XituDependence *
compute (XituDataset                *dataset,
         const char                 *importer,
         const char                 *stage,
         const XituUpstreamOverride *overrides,
         guint                       n_overrides)
{
  XituDependenceQuery q = { .importer = importer, .stage = stage,
                            .overrides = overrides, .n_overrides = n_overrides };

  return xitu_dependence_compute (dataset, &q);
}

static gboolean
missing_has (XituDependence *d,
             const char     *code)
{
  return g_ptr_array_find_with_equal_func (d->missing, code, g_str_equal, NULL);
}

static const XituLookThroughTerm *
term_for (XituDependence *d,
          const char     *partner)
{
  for (guint i = 0; i < d->terms->len; i++)
    {
      const XituLookThroughTerm *t = &g_array_index (d->terms, XituLookThroughTerm, i);

      if (g_strcmp0 (t->partner, partner) == 0)
        return t;
    }
  return NULL;
}

/* The brief's example on the bundled data (USGS MCS 2026, 2021–24): China
 * 71 %, Malaysia 13 %, Japan 5 %, Estonia 5 %, other 6 %. No partner's own
 * dependence on China one stage up (mining) is in the dataset, so the
 * look-through is [71, 71 + 13 + 5 + 5 + 6] = [71, 100] and names all four. */
static void
test_us_example_real (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituDependence) d = compute (dataset, "USA", "separation", NULL, 0);

  g_assert_true (d->has_figures);
  g_assert_cmpstr (d->metric, ==, "import-share");
  g_assert_cmpstr (d->measure, ==, "usgs-import-sources");
  g_assert_cmpstr (d->edition, ==, "MCS 2026");
  g_assert_cmpint (d->year, ==, 2021);
  g_assert_cmpint (d->year_end, ==, 2024);
  g_assert_true (d->has_direct);
  assert_near (d->direct.lo, 71.0);
  assert_near (d->direct.hi, 71.0);
  g_assert_cmpstr (d->upstream_stage, ==, "mining");
  g_assert_true (d->has_look_through);
  assert_near (d->look_through.lo, 71.0);
  assert_near (d->look_through.hi, 100.0);
  g_assert_cmpuint (d->missing->len, ==, 4);
  g_assert_true (missing_has (d, "MYS"));
  g_assert_true (missing_has (d, "JPN"));
  g_assert_true (missing_has (d, "EST"));
  g_assert_true (missing_has (d, "OTH"));
  g_assert_cmpint (term_for (d, "JPN")->upstream_kind, ==, XITU_UPSTREAM_MISSING);

  /* CRMA: one country (China) above 65 %. */
  assert_near (d->crma_cap, 65.0);
  g_assert_nonnull (d->crma_figure);
  g_assert_cmpstr (d->largest_partner, ==, "CHN");
  g_assert_cmpint (d->crma_direct, ==, XITU_BENCHMARK_ABOVE);

  /* Net import reliance is context, never the direct figure; the Tb/Ho/Lu
   * measure is another measure, not mixed in. */
  g_assert_cmpuint (d->context->len, >=, 1);
  for (guint i = 0; i < d->context->len; i++)
    g_assert_cmpstr (xitu_figure_get_metric (g_ptr_array_index (d->context, i)), !=, "import-share");
  g_assert_cmpuint (d->other_measures->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (d->other_measures, 0), ==,
                   "usgs-import-sources: terbium, holmium, lutetium");
}

/* With the user's assumptions: Malaysia 0 % (Lynas runs on Australian
 * concentrate), Japan 100 %, Estonia 50 %. Only "other" stays missing:
 * 71 + 13·0 + 5·1 + 5·0.5 + 6·[0, 1] = [78.5, 84.5]. */
static void
test_us_example_with_overrides (void)
{
  static const XituUpstreamOverride overrides[] = {
    { "MYS", "mining", 0.0, "Australian concentrate" },
    { "JPN", "mining", 100.0, NULL },
    { "EST", "mining", 50.0, NULL },
  };
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituDependence) d = compute (dataset, "USA", "separation", overrides,
                                         G_N_ELEMENTS (overrides));
  const XituLookThroughTerm *mys = term_for (d, "MYS");

  assert_near (d->look_through.lo, 78.5);
  assert_near (d->look_through.hi, 84.5);
  g_assert_cmpuint (d->missing->len, ==, 1);
  g_assert_true (missing_has (d, "OTH"));
  g_assert_cmpint (mys->upstream_kind, ==, XITU_UPSTREAM_USER);
  g_assert_cmpstr (mys->upstream_note, ==, "Australian concentrate");
  assert_near (term_for (d, "EST")->contribution.lo, 2.5);
}

/* In the fixture Malaysia's own mining imports come 100 % from Australia,
 * so its upstream dependence on China is a figure: 0. */
static void
test_upstream_from_figures (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDependence) usa = compute (dataset, "USA", "separation", NULL, 0);
  g_autoptr(XituDependence) kor = compute (dataset, "KOR", "magnet", NULL, 0);
  const XituLookThroughTerm *mys = term_for (usa, "MYS");
  const XituLookThroughTerm *jpn = term_for (kor, "JPN");

  g_assert_cmpint (mys->upstream_kind, ==, XITU_UPSTREAM_FIGURE);
  assert_near (mys->upstream.hi, 0.0);
  assert_near (usa->look_through.lo, 71.0);
  assert_near (usa->look_through.hi, 71.0 + 5.0 + 5.0 + 6.0);
  g_assert_false (missing_has (usa, "MYS"));

  /* Korea's magnets: 50 % China, 50 % Japan; Japan's metal 60 % Chinese:
   * 50 + 50 × 0.6 = 80, exact. */
  assert_near (kor->direct.lo, 50.0);
  g_assert_cmpint (jpn->upstream_kind, ==, XITU_UPSTREAM_FIGURE);
  g_assert_cmpstr (xitu_figure_get_id (jpn->upstream_figure), ==, "jpn-chn-metal");
  assert_near (kor->look_through.lo, 80.0);
  assert_near (kor->look_through.hi, 80.0);
  g_assert_cmpuint (kor->missing->len, ==, 0);
  g_assert_cmpint (kor->crma_direct, ==, XITU_BENCHMARK_BELOW);
  g_assert_cmpint (kor->crma_look_through, ==, XITU_BENCHMARK_ABOVE);
  assert_near (kor->imports_t, 1000.0);
  g_assert_cmpstr (xitu_figure_get_id (kor->imports_figure), ==, "kor-imports");
}

/* Germany's metal: CHN 40, MYS 30, 30 % unattributed. Both Malaysia's
 * upstream and the rest's are unknown: [40, 40 + 30 + 30]. */
static void
test_unattributed_rest (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDependence) d = compute (dataset, "DEU", "metal", NULL, 0);

  assert_near (d->look_through.lo, 40.0);
  assert_near (d->look_through.hi, 100.0);
  g_assert_true (missing_has (d, "MYS"));
  g_assert_true (missing_has (d, "rest"));
  g_assert_cmpint (d->crma_direct, ==, XITU_BENCHMARK_BELOW);
  g_assert_cmpint (d->crma_look_through, ==, XITU_BENCHMARK_POSSIBLY_ABOVE);
}

/* A source's "60–70 %" is two figures: the direct dependence is their
 * span; "90 %+" is [90, 100]. */
static void
test_ranges_and_bounds (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituDependence) now = compute (dataset, "JPN", "separation", NULL, 0);
  XituDependenceQuery q = { .importer = "JPN", .stage = "separation", .year = 2010 };
  g_autoptr(XituDependence) then = xitu_dependence_compute (dataset, &q);

  g_assert_cmpint (now->year, ==, 2025);
  assert_near (now->direct.lo, 60.0);
  assert_near (now->direct.hi, 70.0);
  g_assert_cmpuint (now->direct_figures->len, ==, 2);
  g_assert_cmpint (now->crma_direct, ==, XITU_BENCHMARK_POSSIBLY_ABOVE);

  g_assert_cmpint (then->year, ==, 2010);
  assert_near (then->direct.lo, 90.0);
  assert_near (then->direct.hi, 100.0);
  g_assert_cmpint (then->crma_direct, ==, XITU_BENCHMARK_ABOVE);
}

/* Elements asked for: a measure that names one of them wins; none does,
 * so the all-rare-earth figure is used and says so. */
static void
test_element_scope (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  XituDependenceQuery q = { .importer = "USA", .stage = "separation",
                            .elements = 1u << XITU_ELEMENT_TB };
  g_autoptr(XituDependence) tb = xitu_dependence_compute (dataset, &q);
  g_autoptr(XituDependence) nd = NULL;

  assert_near (tb->direct.lo, 100.0);
  g_assert_false (tb->scope_fallback);
  g_assert_cmpstr (tb->measure, ==, "usgs-import-sources: terbium, dysprosium");

  q.elements = 1u << XITU_ELEMENT_ND;
  nd = xitu_dependence_compute (dataset, &q);
  assert_near (nd->direct.lo, 71.0);
  g_assert_true (nd->scope_fallback);
}

/* A supplier the importer's breakdown does not name, when the breakdown
 * is complete, supplies nothing; an importer is not its own supplier. */
static void
test_other_suppliers (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  XituDependenceQuery q = { .importer = "KOR", .stage = "magnet", .supplier = "EST" };
  g_autoptr(XituDependence) est = xitu_dependence_compute (dataset, &q);
  g_autoptr(XituDependence) self_dep = NULL;
  g_autoptr(XituDependence) mys = NULL;

  g_assert_false (est->has_direct);
  assert_near (est->direct.hi, 0.0);

  /* USA from Australia: not named, could hide in "other" (6 %). */
  q.importer = "USA";
  q.stage = "separation";
  q.supplier = "AUS";
  mys = xitu_dependence_compute (dataset, &q);
  assert_near (mys->direct.lo, 0.0);
  assert_near (mys->direct.hi, 6.0);

  q.importer = "CHN";
  q.supplier = NULL;
  self_dep = xitu_dependence_compute (dataset, &q);
  g_assert_false (self_dep->has_figures);
}

/* Look-through is never below direct, on both data sets, every cell. */
static void
test_look_through_at_least_direct (void)
{
  XituDataset *datasets[] = { fixture_load_analysis (), fixture_load_real () };

  for (guint k = 0; k < G_N_ELEMENTS (datasets); k++)
    {
      g_autoptr(GPtrArray) all = xitu_dependence_list (datasets[k], NULL, 0, NULL, 0);
      guint with_figures = 0;

      for (guint i = 0; i < all->len; i++)
        {
          XituDependence *d = g_ptr_array_index (all, i);

          if (!d->has_figures)
            continue;
          with_figures++;
          g_assert_cmpfloat (d->look_through.lo, >=, d->direct.lo - 1e-9);
          g_assert_cmpfloat (d->look_through.hi, >=, d->direct.hi - 1e-9);
          g_assert_cmpfloat (d->look_through.hi, <=, 100.0);
          g_assert_cmpfloat (d->look_through.lo, <=, d->look_through.hi);
          if (d->upstream_stage == NULL)
            g_assert_false (d->has_look_through);
        }
      g_assert_cmpuint (with_figures, >=, 3);
      g_object_unref (datasets[k]);
    }
}

/* Real data: the EU's metal imports by weight (Eurostat 2024), below the
 * CRMA cap directly; its headline figures stay context. */
static void
test_eu_real (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituDependence) d = compute (dataset, "EU27", "metal", NULL, 0);
  g_auto(GStrv) importers = xitu_dependence_list_importers (dataset);

  g_assert_cmpstr (d->measure, ==, "weight");
  assert_near (d->direct.lo, 46.3);
  assert_near (d->imports_t, 12900.0);
  g_assert_cmpint (d->crma_direct, ==, XITU_BENCHMARK_BELOW);
  g_assert_true (missing_has (d, "RUS"));
  g_assert_true (missing_has (d, "rest"));
  assert_near (d->look_through.hi, 100.0);
  for (guint i = 0; i < d->context->len; i++)
    g_assert_cmpstr (xitu_figure_get_metric (g_ptr_array_index (d->context, i)), ==,
                     "dependence-headline");

  g_assert_true (g_strv_contains ((const char * const *) importers, "USA"));
  g_assert_true (g_strv_contains ((const char * const *) importers, "EU27"));
  g_assert_true (g_strv_contains ((const char * const *) importers, "JPN"));
  g_assert_true (g_strv_contains ((const char * const *) importers, "RUS"));
}

/* A year asks for the figures whose period has ended by then, as the other
 * charts read it (xitu_dataset_find_latest): up to 2023 the USGS MCS 2025
 * figure for 2020–23, not MCS 2026's 2021–24, which starts before 2023. */
static void
test_year_is_period_end (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  XituDependenceQuery q = { .importer = "USA", .stage = "separation", .year = 2023 };
  g_autoptr(XituDependence) d = xitu_dependence_compute (dataset, &q);

  g_assert_true (d->has_figures);
  g_assert_cmpint (d->year, ==, 2020);
  g_assert_cmpint (d->year_end, ==, 2023);
  g_assert_cmpstr (d->edition, ==, "MCS 2025");
  assert_near (d->direct.lo, 70.0);

  q.year = 2024;
  {
    g_autoptr(XituDependence) latest = xitu_dependence_compute (dataset, &q);
    g_assert_cmpint (latest->year_end, ==, 2024);
    assert_near (latest->direct.lo, 71.0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dependence/us-example-real", test_us_example_real);
  g_test_add_func ("/dependence/us-example-with-overrides", test_us_example_with_overrides);
  g_test_add_func ("/dependence/upstream-from-figures", test_upstream_from_figures);
  g_test_add_func ("/dependence/unattributed-rest", test_unattributed_rest);
  g_test_add_func ("/dependence/ranges-and-bounds", test_ranges_and_bounds);
  g_test_add_func ("/dependence/element-scope", test_element_scope);
  g_test_add_func ("/dependence/other-suppliers", test_other_suppliers);
  g_test_add_func ("/dependence/look-through-at-least-direct", test_look_through_at_least_direct);
  g_test_add_func ("/dependence/eu-real", test_eu_real);
  g_test_add_func ("/dependence/year-is-period-end", test_year_is_period_end);

  return g_test_run ();
}
