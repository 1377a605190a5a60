/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "analysis-fixture.h"
#include "xitu-buildout.h"

static const XituBuildoutFacility *
facility (XituBuildout *b,
          const char   *id)
{
  for (guint i = 0; i < b->facilities->len; i++)
    {
      const XituBuildoutFacility *f = &g_array_index (b->facilities, XituBuildoutFacility, i);

      if (g_str_equal (xitu_facility_get_id (f->facility), id))
        return f;
    }
  g_assert_not_reached ();
}

static XituBuildout *
compute (XituDataset  *dataset,
         XituTimeline  timeline,
         void        (*tweak) (XituBuildoutParams *))
{
  XituBuildoutParams p;

  xitu_buildout_params_init_default (&p);
  p.timeline = timeline;
  if (tweak != NULL)
    tweak (&p);
  return xitu_buildout_compute (dataset, &p);
}

#define AT(stage, year) ((stage)->capacity_t[(year) - XITU_BUILDOUT_FIRST_YEAR])

/* As announced. Mining: world 100,000 t, China 60 %: 40,000 t outside,
 * no new mine. Separation: no tonnes in the data, so world output is
 * derived: 100,000 × 0.9 = 90,000 t; outside China 20 % = 18,000 t; the
 * Australian plant adds 10,000 t in 2026, the Malaysian one 1,000 t NdPr =
 * 1,000 / 0.2 = 5,000 t REO in 2025 + 2 (no announced start: the low lead
 * time). Magnets: 90,000 × 0.2 × 0.857 / 0.3 = 51,420 t, half outside
 * China, + 2,000 t in Korea from 2027. */
static void
test_as_announced (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) b = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, NULL);
  const XituBuildoutStage *mining = &b->stages[0];
  const XituBuildoutStage *sep = &b->stages[1];
  const XituBuildoutStage *metal = &b->stages[2];
  const XituBuildoutStage *magnet = &b->stages[3];
  const XituBuildoutFacility *mys = facility (b, "mys-sep");

  /* Slippage from the two plants with both years: (2 + 3) / 2. */
  g_assert_true (b->slippage_from_data);
  g_assert_cmpuint (b->slippage_n, ==, 2);
  assert_near (b->slippage_years, 2.5);
  g_assert_true (b->lead_from_data);
  assert_near (b->lead_mine[XITU_LEAD_TIME_LOW], 16.0);
  assert_near (b->lead_plant[XITU_LEAD_TIME_LOW], 2.0);
  assert_near (b->lead_plant[XITU_LEAD_TIME_HIGH], 5.0);

  g_assert_false (mining->world_derived);
  assert_near (mining->world_t, 100000.0);
  assert_near (mining->base_t, 40000.0);
  assert_near (AT (mining, 2035), 40000.0);
  assert_near (mining->share_of_world[0], 40.0);

  g_assert_true (sep->world_derived);
  assert_near (sep->world_t, 90000.0);
  assert_near (sep->base_t, 18000.0);
  assert_near (AT (sep, 2025), 18000.0);
  assert_near (AT (sep, 2026), 28000.0);
  assert_near (AT (sep, 2027), 33000.0);
  assert_near (sep->share_of_world[2027 - XITU_BUILDOUT_FIRST_YEAR], 100.0 * 33000 / 90000);
  g_assert_true (mys->converted);
  assert_near (mys->capacity_basis, 5000.0);
  g_assert_cmpint (mys->start_year, ==, 2027);
  g_assert_cmpint (mys->start_basis, ==, XITU_START_LEAD_TIME);
  g_assert_cmpint (facility (b, "aus-sep")->start_basis, ==, XITU_START_ANNOUNCED);

  /* Metal: world derivable, China's share not: no share series. */
  assert_near (metal->world_t, 15426.0);
  g_assert_false (metal->has_base);
  g_assert_true (isnan (metal->share_of_world[0]));
  g_assert_cmpint (metal->target_year, ==, -1);

  assert_near (magnet->world_t, 15426.0 / 0.3);
  assert_near (AT (magnet, 2026), 15426.0 / 0.3 / 2);
  assert_near (AT (magnet, 2027), 15426.0 / 0.3 / 2 + 2000);

  /* Already producing before the base year: part of today's output. */
  g_assert_false (facility (b, "jpn-mag")->counted);
  g_assert_cmpint (facility (b, "jpn-mag")->start_basis, ==, XITU_START_IN_OUTPUT);
  g_assert_false (facility (b, "usa-mag")->counted);
  g_assert_cmpstr (facility (b, "usa-mag")->why_not, ==, "capacity not disclosed");
  g_assert_false (facility (b, "usa-mine")->counted);
  g_assert_cmpstr (facility (b, "usa-mine")->stage, ==, "mining");

  /* China's own facilities are not in the list at all. */
  for (guint i = 0; i < b->facilities->len; i++)
    g_assert_cmpstr (xitu_facility_get_country (g_array_index (b->facilities, XituBuildoutFacility,
                                                               i).facility), !=, "CHN");

  /* 50 % of today's world output: mining stays at 40 %, separation tops
   * out at 36.7 %, magnets start at 50 %. */
  g_assert_cmpint (mining->target_year, ==, 0);
  g_assert_cmpint (sep->target_year, ==, 0);
  g_assert_cmpint (magnet->target_year, ==, 2025);
}

static void
slippage_user (XituBuildoutParams *p)
{
  p->slippage_years = 7;
}

static void
lead_low (XituBuildoutParams *p)
{
  p->lead_time_end = XITU_LEAD_TIME_LOW;
}

/* Slippage: announced + ceil(2.5) = +3 years (the data's, not the user's
 * 7). Lead times: max(announced start, financing + 5 or 2 years). */
static void
test_other_timelines (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) slip = compute (dataset, XITU_TIMELINE_SLIPPAGE, slippage_user);
  g_autoptr(XituBuildout) high = compute (dataset, XITU_TIMELINE_LEAD_TIMES, NULL);
  g_autoptr(XituBuildout) low = compute (dataset, XITU_TIMELINE_LEAD_TIMES, lead_low);

  assert_near (slip->slippage_years, 2.5);
  g_assert_cmpint (facility (slip, "aus-sep")->start_year, ==, 2029);
  g_assert_cmpint (facility (slip, "aus-sep")->start_basis, ==, XITU_START_SLIPPED);
  g_assert_cmpint (facility (slip, "kor-mag")->start_year, ==, 2030);
  g_assert_cmpint (facility (slip, "mys-sep")->start_year, ==, 2027);

  g_assert_cmpint (facility (high, "aus-sep")->start_year, ==, 2028);
  g_assert_cmpint (facility (high, "mys-sep")->start_year, ==, 2030);
  g_assert_cmpint (facility (high, "kor-mag")->start_year, ==, 2029);
  g_assert_cmpint (facility (low, "aus-sep")->start_year, ==, 2026);
  g_assert_cmpint (facility (low, "kor-mag")->start_year, ==, 2027);

  assert_near (AT (&high->stages[1], 2027), 18000.0);
  assert_near (AT (&high->stages[1], 2030), 33000.0);
}

static void
no_conversion (XituBuildoutParams *p)
{
  p->convert_units = FALSE;
}

/* Without conversion the t NdPr plant is left out and no stage without
 * its own tonnes gets a derived world output: units stay separate. */
static void
test_units_kept_separate (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) b = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, no_conversion);

  g_assert_false (facility (b, "mys-sep")->counted);
  g_assert_cmpstr (facility (b, "mys-sep")->why_not, ==,
                   "unit differs from the stage's and conversion is off");
  g_assert_false (b->stages[1].has_world);
  assert_near (AT (&b->stages[1], 2027), 10000.0);
  g_assert_true (isnan (b->stages[1].share_of_world[0]));
  g_assert_true (b->stages[0].has_world);
}

static void
target_quantity (XituBuildoutParams *p)
{
  p->target_kind = XITU_TARGET_QUANTITY;
  p->target_value = 30000;
}

static void
target_demand (XituBuildoutParams *p)
{
  g_strlcpy (p->importer, "KOR", sizeof p->importer);
  p->target_kind = XITU_TARGET_SHARE_OF_DEMAND;
  p->target_value = 50;
}

static void
test_targets (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) q = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, target_quantity);
  g_autoptr(XituBuildout) d = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, target_demand);

  g_assert_cmpint (q->stages[0].target_year, ==, 2025);
  g_assert_cmpint (q->stages[1].target_year, ==, 2027);
  g_assert_cmpint (q->stages[3].target_year, ==, 0);

  /* Korea's magnet imports (1,000 t) stand in for its demand. */
  g_assert_true (d->stages[3].has_demand);
  g_assert_true (d->stages[3].demand_from_data);
  assert_near (d->stages[3].demand_t, 1000.0);
  assert_near (d->stages[3].target_t, 500.0);
  g_assert_cmpint (d->stages[3].target_year, ==, 2025);
  g_assert_false (d->stages[0].has_demand);
  g_assert_cmpint (d->stages[0].target_year, ==, -1);
}

/* "Can the US replace China within 24 months?" without US tonnes: the
 * need is China's whole output at each stage. Mining: 60,000 t, nothing new
 * by 2027 (100 % unmet; new mines ≥ 16 years) — the bottleneck. */
static void
test_replace_world_frame (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) b = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, NULL);
  g_autoptr(XituReplacement) r = xitu_buildout_replace (b, dataset, 2025, 24, 100);

  g_assert_cmpint (r->deadline_year, ==, 2027);
  g_assert_cmpint (r->frame, ==, XITU_REPLACE_FRAME_WORLD);
  g_assert_cmpint (r->verdict, ==, XITU_REPLACE_NO);
  g_assert_cmpint (r->bottleneck, ==, 0);
  assert_near (r->stages[0].need_t, 60000.0);
  assert_near (r->stages[0].unmet, 100.0);
  g_assert_cmpint (r->stages[0].earliest_new, ==, 2041);
  assert_near (r->stages[1].need_t, 72000.0);
  assert_near (r->stages[1].added_t, 15000.0);
  assert_near (r->stages[1].unmet, 100.0 * 57000 / 72000);
  g_assert_cmpint (r->stages[2].status, ==, XITU_STAGE_NO_BASIS);
  g_assert_cmpint (r->stages[3].status, ==, XITU_STAGE_SHORT);
  g_assert_nonnull (strstr (r->summary, "at mining (the bottleneck)"));
}

static void
us_demand (XituBuildoutParams *p)
{
  p->demand_t[1] = 10000;
  p->demand_t[3] = 4000;
}

static void
us_small_demand (XituBuildoutParams *p)
{
  p->demand_t[1] = 10000;
  p->demand_t[3] = 1000;
}

/* With the user's US demand: separation 10,000 t × 71 % from China =
 * 7,100 t, met by 2026 (10,000 t new); magnets 4,000 t (no US magnet
 * figure: 100 % assumed), 2,000 t new by 2027: half unmet — the bottleneck. */
static void
test_replace_importer_frame (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_analysis ();
  g_autoptr(XituBuildout) b = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, us_demand);
  g_autoptr(XituBuildout) small = compute (dataset, XITU_TIMELINE_AS_ANNOUNCED, us_small_demand);
  g_autoptr(XituReplacement) r24 = xitu_buildout_replace (b, dataset, 2025, 24, 100);
  g_autoptr(XituReplacement) r12 = xitu_buildout_replace (b, dataset, 2025, 12, 100);
  g_autoptr(XituReplacement) half = xitu_buildout_replace (b, dataset, 2025, 24, 50);
  g_autoptr(XituReplacement) r_small = xitu_buildout_replace (small, dataset, 2025, 24, 100);

  g_assert_cmpint (r24->frame, ==, XITU_REPLACE_FRAME_IMPORTER);
  assert_near (r24->stages[1].need_t, 7100.0);
  g_assert_cmpint (r24->stages[1].status, ==, XITU_STAGE_REPLACED);
  g_assert_cmpint (r24->stages[1].reach_year, ==, 2026);
  assert_near (r24->stages[3].need_t, 4000.0);
  assert_near (r24->stages[3].unmet, 50.0);
  g_assert_cmpint (r24->stages[3].reach_year, ==, 0);
  g_assert_cmpint (r24->stages[0].status, ==, XITU_STAGE_NO_BASIS);
  g_assert_cmpint (r24->verdict, ==, XITU_REPLACE_NO);
  g_assert_cmpint (r24->bottleneck, ==, 3);

  g_assert_cmpint (r12->deadline_year, ==, 2026);
  assert_near (r12->stages[3].unmet, 100.0);
  g_assert_cmpint (r12->stages[1].status, ==, XITU_STAGE_REPLACED);

  /* Half of China's share: 2,000 t of magnets, met in 2027. */
  g_assert_cmpint (half->stages[3].status, ==, XITU_STAGE_REPLACED);

  /* Everything with a basis met, mining and metal unknown. */
  g_assert_cmpint (r_small->verdict, ==, XITU_REPLACE_UNDETERMINED);
  g_assert_cmpint (r_small->bottleneck, ==, -1);
}

/* Capacity never falls over time, under every timeline, on both data. */
static void
test_non_decreasing (void)
{
  XituDataset *datasets[] = { fixture_load_analysis (), fixture_load_real () };

  for (guint k = 0; k < G_N_ELEMENTS (datasets); k++)
    {
      for (XituTimeline t = XITU_TIMELINE_AS_ANNOUNCED; t <= XITU_TIMELINE_LEAD_TIMES; t++)
        for (int end = 0; end < 2; end++)
          {
            XituBuildoutParams p;
            g_autoptr(XituBuildout) b = NULL;

            xitu_buildout_params_init_default (&p);
            p.timeline = t;
            p.lead_time_end = end;
            b = xitu_buildout_compute (datasets[k], &p);
            for (guint s = 0; s < b->n_stages; s++)
              for (int y = 1; y < XITU_BUILDOUT_N_YEARS; y++)
                g_assert_cmpfloat (b->stages[s].capacity_t[y], >=, b->stages[s].capacity_t[y - 1]);
          }
      g_object_unref (datasets[k]);
    }
}

/* The claim of Nov 2025 on the bundled data: no, in 12 or 24 months, under
 * every timeline; the bottleneck is named. No facility has both an
 * announced and an actual start, so slippage is the user's number. */
static void
test_real_us_question (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();

  for (XituTimeline t = XITU_TIMELINE_AS_ANNOUNCED; t <= XITU_TIMELINE_LEAD_TIMES; t++)
    {
      g_autoptr(XituBuildout) b = compute (dataset, t, NULL);

      g_assert_false (b->slippage_from_data);
      assert_near (b->slippage_years, 2.0);
      for (int months = 12; months <= 24; months += 12)
        {
          g_autoptr(XituReplacement) r = xitu_buildout_replace (b, dataset, 2025, months, 100);

          g_test_message ("%s, %d months: %s", xitu_timeline_to_string (t), months, r->summary);
          g_assert_cmpint (r->verdict, ==, XITU_REPLACE_NO);
          g_assert_cmpint (r->bottleneck, >=, 0);
          g_assert_cmpstr (r->stages[r->bottleneck].id, ==, "mining");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buildout/as-announced", test_as_announced);
  g_test_add_func ("/buildout/other-timelines", test_other_timelines);
  g_test_add_func ("/buildout/units-kept-separate", test_units_kept_separate);
  g_test_add_func ("/buildout/targets", test_targets);
  g_test_add_func ("/buildout/replace-world-frame", test_replace_world_frame);
  g_test_add_func ("/buildout/replace-importer-frame", test_replace_importer_frame);
  g_test_add_func ("/buildout/non-decreasing", test_non_decreasing);
  g_test_add_func ("/buildout/real-us-question", test_real_us_question);

  return g_test_run ();
}
