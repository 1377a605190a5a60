/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline chart: events by country with their status, facilities as
 * announced-vs-actual bars, hit regions that carry source ids. */
#include <math.h>
#include <string.h>

#include "analysis-fixture.h"
#include "xitu-test-util.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, haystack);
}

static const XituHitRegion *
region_with_id (XituChartResult *result,
                const char      *id)
{
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (g_strcmp0 (r->id, id) == 0)
        return r;
    }
  g_error ("no region for %s", id);
}

static XituChartResult *
render (XituDataset      *ds,
        XituLang          lang,
        cairo_surface_t **surface,
        double           *width,
        double           *height)
{
  XituChartOptions opts;
  XituChartResult *result;

  xitu_chart_options_init (&opts, XITU_CHART_TIMELINE);
  opts.lang = lang;
  xitu_chart_get_natural_size (ds, &opts, width, height);
  result = xitu_test_render (ds, &opts, (int) *width, (int) *height, surface);
  xitu_chart_options_clear (&opts);
  return result;
}

/* The region under an event's marker names the event and its source, and
 * the marker sits at the event's date on the year axis. */
static void
test_event_regions (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituChartResult) result = NULL;
  cairo_surface_t *surface;
  const XituHitRegion *no18, *no70, *hit, *busan;
  double w, h, marker_x;

  result = render (ds, XITU_LANG_EN, &surface, &w, &h);
  xitu_test_save (surface, "timeline-en");
  g_assert_cmpfloat (w, >, 1000);
  g_assert_cmpfloat (h, >, 600);

  no18 = region_with_id (result, "cn-mofcom-gac-2025-18");
  g_assert_cmpint (no18->kind, ==, XITU_HIT_EVENT);
  g_assert_cmpstr (no18->country, ==, "CHN");
  g_assert_cmpstr (no18->source, ==, "mofcom-gac-2025-18");
  assert_contains (no18->label, "4 Apr 2025 · MOFCOM & GAC Announcement No. 18 [2025] (in force)");
  assert_contains (no18->tooltip, "export licences for seven medium and heavy rare earths");
  assert_contains (no18->tooltip, "Source: Ministry of Commerce");

  /* The marker is 5 px (its radius) + 1 in from the region's left edge. */
  marker_x = no18->rect.x + 6;
  hit = xitu_chart_result_hit (result, marker_x, no18->rect.y + no18->rect.height / 2);
  g_assert_true (hit == no18);
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) marker_x, (int) (no18->rect.y + no18->rect.height / 2 + 2)),
                                 xitu_palette_get (XITU_THEME_LIGHT)->china, 40));

  /* 4 April and 30 October 2025: 209 days apart on the axis. Busan's
   * marker is 5 px in from its region too. */
  busan = region_with_id (result, "us-cn-busan-truce");
  {
    double year_w = (busan->rect.x - no18->rect.x) / ((302.0 - 93.0) / 365.0);
    g_assert_cmpfloat (fabs (year_w - 1 * (w - 2 * 16 - 240)
                             / (2029 - 2022)), <, 1.0);
  }

  /* A suspended measure says so; the suspension carries its end date. */
  assert_contains (region_with_id (result, "cn-mofcom-2025-61")->label, "(suspended)");
  no70 = region_with_id (result, "cn-mofcom-gac-2025-70");
  assert_contains (no70->tooltip, "until 10 Nov 2026");

  /* The summary, for the accessible description, names every event. */
  assert_contains (result->summary, "No. 18");
  assert_contains (result->summary, "(suspended)");
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
}

/* Facilities: bars from announcement to announced start, the source on
 * the region, and words where no year is sourced. */
static void
test_facilities (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *eneabba, *weld;
  double w, h;

  result = render (ds, XITU_LANG_EN, NULL, &w, &h);
  eneabba = region_with_id (result, "iluka-eneabba");
  g_assert_cmpint (eneabba->kind, ==, XITU_HIT_FACILITY);
  g_assert_cmpstr (eneabba->source, ==, "kallanish-2024-12");
  assert_contains (eneabba->label, "announced 2022; start announced for 2027");
  weld = region_with_id (result, "lynas-mt-weld");
  assert_contains (weld->label, "operating; no start year in the data");

  /* In the fixture two plants started late: the slippage shows. */
  {
    g_autoptr (XituDataset) fixture = fixture_load_analysis ();
    g_autoptr (XituChartResult) fr = render (fixture, XITU_LANG_EN, NULL, &w, &h);
    assert_contains (region_with_id (fr, "deu-mag")->label, "start announced for 2021; started 2024 (3 years late)");
  }
}

static void
test_chinese (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituChartResult) result = NULL;
  cairo_surface_t *surface;
  double w, h;

  result = render (ds, XITU_LANG_ZH, &surface, &w, &h);
  xitu_test_save (surface, "timeline-zh");
  assert_contains (result->title, "稀土时间线");
  assert_contains (region_with_id (result, "cn-mofcom-gac-2025-18")->label, "商务部 海关总署公告2025年第18号（生效中）");
  assert_contains (region_with_id (result, "cn-mofcom-2025-62")->label, "已暂停");
  assert_contains (result->summary, "中国：");
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
}

static void
test_table_and_filter (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  g_autoptr (XituTable) table = NULL;
  g_autofree char *csv = NULL;
  g_autoptr (GError) error = NULL;
  XituChartOptions opts;

  xitu_chart_options_init (&opts, XITU_CHART_TIMELINE);
  opts.countries = g_strsplit ("USA", ",", -1);
  table = xitu_chart_get_table (ds, &opts);
  csv = xitu_table_to_csv (table);
  assert_contains (csv, "timeline,event,mp-dod-deal,USA,deal,done,2025-07-10,");
  assert_contains (csv, "timeline,facility,mp-10x,USA,,announced,,,2025,2028,,");
  g_assert_null (strstr (csv, "CHN"));
  g_assert_true (xitu_chart_validate (ds, &opts, NULL));
  g_strfreev (opts.countries);
  opts.countries = g_strsplit ("XXX", ",", -1);
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  assert_contains (error->message, "Unknown country code “XXX”");
  xitu_chart_options_clear (&opts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-timeline/event-regions", test_event_regions);
  g_test_add_func ("/chart-timeline/facilities", test_facilities);
  g_test_add_func ("/chart-timeline/chinese", test_chinese);
  g_test_add_func ("/chart-timeline/table-and-filter", test_table_and_filter);
  return g_test_run ();
}
