/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "analysis-fixture.h"
#include "xitu-dependence.h"
#include "xitu-export.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

/* The chart's two regions of a row: the direct bar first, then the band. */
static void
find_row (XituChartResult      *result,
          const char           *importer,
          const char           *stage,
          const XituHitRegion **direct,
          const XituHitRegion **band)
{
  *direct = *band = NULL;
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);

      if (g_strcmp0 (r->country, importer) != 0 || g_strcmp0 (r->stage, stage) != 0)
        continue;
      g_assert_cmpint (r->kind, ==, XITU_HIT_COUNTRY);
      if (*direct == NULL)
        *direct = r;
      else
        {
          g_assert_null (*band);
          *band = r;
        }
    }
}

static const XituHitRegion *
find_cap (XituChartResult *result)
{
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (r->kind == XITU_HIT_ANNOTATION)
        return r;
    }
  return NULL;
}

/* The model's record for an importer and stage (what the chart must show). */
static XituDependence *
model_record (XituDataset *ds,
              const char  *importer,
              const char  *stage,
              int          year)
{
  XituDependenceQuery q = { .importer = importer, .stage = stage, .year = year };

  return xitu_dependence_compute (ds, &q);
}

static gboolean
near_color_around (cairo_surface_t *surface,
                   double           x,
                   double           y,
                   int              radius,
                   XituRgba         color,
                   int              tolerance)
{
  for (int dx = -radius; dx <= radius; dx++)
    for (int dy = -radius; dy <= radius; dy++)
      if (xitu_rgba_near (xitu_test_pixel (surface, (int) x + dx, (int) y + dy), color, tolerance))
        return TRUE;
  return FALSE;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (text == NULL || strstr (text, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, text);
}

/* Where the rows' bars land on the 0–100 % axis, against the model's
 * numbers: the direct bar ends at the direct share, the band starts where
 * the bar ends and reaches the look-through's high end, the cap sits at
 * 65 % of the way from 0 to 100. */
static void
assert_geometry (XituChartResult *result,
                 XituDataset     *ds,
                 cairo_surface_t *surface)
{
  static const char * const rows[][2] = { { "JPN", "separation" }, { "USA", "separation" }, { "EU27", "metal" } };
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  const XituHitRegion *direct, *band, *cap;
  double x0, x100;

  /* The US look-through reaches 100 %: its band's right end is the axis end. */
  find_row (result, "USA", "separation", &direct, &band);
  g_assert_nonnull (direct);
  g_assert_nonnull (band);
  x0 = direct->rect.x;
  x100 = band->rect.x + band->rect.width;
  g_assert_cmpfloat (x100 - x0, >, 400);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (XituDependence) d = model_record (ds, rows[i][0], rows[i][1], 0);
      double mid_y;

      g_assert_true (d->has_figures && d->has_look_through);
      find_row (result, rows[i][0], rows[i][1], &direct, &band);
      g_assert_nonnull (direct);
      g_assert_nonnull (band);
      g_assert_cmpfloat_with_epsilon (direct->rect.x, x0, 0.5);
      g_assert_cmpfloat_with_epsilon (direct->rect.x + direct->rect.width, x0 + (x100 - x0) * d->direct.hi / 100, 1);
      g_assert_cmpfloat_with_epsilon (band->rect.x, direct->rect.x + direct->rect.width, 1);
      g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width, x0 + (x100 - x0) * d->look_through.hi / 100, 1);
      g_assert_cmpfloat (band->rect.y, ==, direct->rect.y);

      /* Solid China from 0 to the low end of the direct share; the band is
       * hatched where the upstream is unknown (here: all of it beyond the
       * direct share). */
      mid_y = direct->rect.y + direct->rect.height / 2;
      g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (x0 + (x100 - x0) * d->direct.lo / 200),
                                                      (int) mid_y),
                                     palette->china, 2));
      g_assert_true (near_color_around (surface, x0 + (x100 - x0) * 0.9, mid_y, 2, palette->no_data_fill, 4));
      g_assert_true (near_color_around (surface, x0 + (x100 - x0) * 0.9, mid_y, 3, palette->no_data_hatch, 40));
      g_assert_false (near_color_around (surface, x0 + (x100 - x0) * 0.9, mid_y, 3, palette->china, 10));
    }

  /* Japan: 60–70 %, the span lighter than the solid bar. */
  find_row (result, "JPN", "separation", &direct, &band);
  {
    XituRgba px = xitu_test_pixel (surface, (int) (x0 + (x100 - x0) * 0.68),
                                   (int) (direct->rect.y + direct->rect.height / 2));
    g_assert_true (xitu_rgba_near (px, xitu_rgba_mix (palette->china, palette->background, 0.6), 3));
  }

  /* The cap: a region centred at 65 % of the axis, and the dashed line
   * (the reference colour) there, across the EU's bar. */
  cap = find_cap (result);
  g_assert_nonnull (cap);
  g_assert_cmpfloat_with_epsilon (cap->rect.x + cap->rect.width / 2, x0 + (x100 - x0) * 0.65, 1.5);
  g_assert_nonnull (cap->figure);
  g_assert_cmpfloat (cap->value, ==, 65);
  g_assert_cmpstr (cap->source, ==, "eu-crma-2024");
  find_row (result, "EU27", "metal", &direct, &band);
  {
    gboolean line = FALSE;
    for (int dy = 0; dy < (int) direct->rect.height && !line; dy++)
      line = near_color_around (surface, x0 + (x100 - x0) * 0.65, direct->rect.y + dy, 1, palette->reference, 40);
    g_assert_true (line);
  }
  /* A bar under the cap still answers the pointer. */
  g_assert_true (xitu_chart_result_hit (result, cap->rect.x + cap->rect.width / 2, direct->rect.y + 2) == direct ||
                 xitu_chart_result_hit (result, cap->rect.x + cap->rect.width / 2, direct->rect.y + 2) == band);
}

static void
test_bundled_en (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *direct, *band;
  cairo_surface_t *surface;
  XituChartOptions opts;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "lookthrough-en");

  /* The three records with figures, two regions each, and the cap. */
  g_assert_cmpuint (result->regions->len, ==, 7);
  g_assert_cmpint (result->year, ==, 2025);
  assert_geometry (result, ds, surface);

  assert_contains (result->summary,
                   "United States, separation & refining: 71 % directly from China; looked through its other "
                   "suppliers 71–100 % (upstream unknown for 4 partners); above the EU's 65 % single-supplier benchmark.");
  assert_contains (result->summary,
                   "Japan, separation & refining: 60–70 % directly from China; looked through its other suppliers "
                   "60–100 % (upstream unknown for 1 partner); possibly above the EU's 65 % single-supplier benchmark.");
  assert_contains (result->summary,
                   "European Union (27), metal & alloy: 46.3 % directly from China; looked through its other "
                   "suppliers 46.3–100 % (upstream unknown for 3 partners); below the EU's 65 % single-supplier "
                   "benchmark directly, possibly above it looked through.");

  /* Tooltips: the direct bar is its figure with its source; the band lists
   * every term. */
  find_row (result, "USA", "separation", &direct, &band);
  g_assert_cmpfloat (direct->value, ==, 71);
  g_assert_cmpstr (direct->edition, ==, "MCS 2026");
  assert_contains (direct->tooltip, "Edition: MCS 2026");
  assert_contains (direct->label, "71 % directly from China");
  assert_contains (band->label, "71–100 % looked through");
  assert_contains (band->tooltip, "Look-through: 71–100 % = 71 % direct");
  assert_contains (band->tooltip, "Malaysia: 13 % of imports × upstream unknown (0–100 %) → 0–13 points");
  assert_contains (band->tooltip, "Japan: 5 % of imports × upstream unknown (0–100 %) → 0–5 points");
  assert_contains (band->tooltip, "Estonia: 5 % of imports");
  assert_contains (band->tooltip, "other countries: 6 % of imports");
  assert_contains (band->tooltip, "Source: U.S. Geological Survey");
  find_row (result, "JPN", "separation", &direct, &band);
  assert_contains (direct->tooltip, "range given by the source: 60–70 %");
  assert_contains (band->tooltip, "the unattributed rest: 30–40 % of imports");

  g_assert_true (g_ptr_array_find_with_equal_func (result->sources, "U.S. Geological Survey, MCS 2026", g_str_equal, NULL));
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_bundled_zh (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  XituChartOptions opts;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  opts.lang = XITU_LANG_ZH;
  {
    cairo_surface_t *surface;
    g_autoptr (XituChartResult) result = xitu_test_render (ds, &opts, W, H, &surface);
    const XituHitRegion *direct, *band;

    xitu_test_save (surface, "lookthrough-zh");
    assert_geometry (result, ds, surface);
    assert_contains (result->title, "对中国的依赖");
    assert_contains (result->summary, "美国，分离与精炼：直接来自中国 71%；经其他供应国穿透后 71–100%（4 个来源的上游未知）；"
                                      "高于欧盟单一供应国 65% 基准。");
    assert_contains (result->summary, "欧盟（27国），金属与合金：直接来自中国 46.3%；经其他供应国穿透后 46.3–100%"
                                      "（3 个来源的上游未知）；直接计低于欧盟单一供应国 65% 基准，穿透后可能高于。");
    find_row (result, "EU27", "metal", &direct, &band);
    assert_contains (band->tooltip, "俄罗斯：占进口 28.4% × 上游未知（0–100%） → 0–28.4 个百分点");
    assert_contains (band->tooltip, "未列明来源的其余部分：占进口 5.4%");
    xitu_test_assert_texts (result);
    cairo_surface_destroy (surface);
  }
  /* Both languages: every label carries the two. */
  opts.lang = XITU_LANG_BOTH;
  {
    g_autoptr (XituChartResult) result = xitu_test_render (ds, &opts, W, H, NULL);
    assert_contains (find_cap (result)->label, "欧盟基准 65% EU CRMA 65 %");
    xitu_test_assert_texts (result);
  }
  xitu_chart_options_clear (&opts);
}

/* A small window or export: labels still fit and do not overlap. */
static void
test_narrow (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  static const int sizes[][2] = { { 640, 480 }, { 480, 360 } };
  XituChartOptions opts;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_BOTH; lang++)
      {
        cairo_surface_t *surface;
        g_autoptr (XituChartResult) result = NULL;
        g_autofree char *name = g_strdup_printf ("lookthrough-%d-%s", sizes[s][0], xitu_lang_to_string (lang));
        XituRect page = { 0, 0, sizes[s][0], sizes[s][1] };

        opts.lang = lang;
        result = xitu_test_render (ds, &opts, sizes[s][0], sizes[s][1], &surface);
        xitu_test_save (surface, name);
        g_assert_cmpuint (result->regions->len, ==, 7);
        for (guint i = 0; i < result->regions->len; i++)
          g_assert_true (xitu_rect_inside (&((XituHitRegion *) g_ptr_array_index (result->regions, i))->rect, &page, 0.5));
        if (sizes[s][0] == 640)
          assert_geometry (result, ds, surface);
        xitu_test_assert_texts (result);
        cairo_surface_destroy (surface);
      }
  xitu_chart_options_clear (&opts);
}

/* Up to 2023: the figures whose period ended by then (USGS MCS 2025,
 * 2020–23; Japan's 2010 "90 %+"; Eurostat 2022). */
static void
test_year (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  g_autoptr (XituChartResult) result = NULL;
  g_autoptr (XituDependence) eu = NULL;
  const XituHitRegion *direct, *band;
  XituChartOptions opts;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  opts.year = 2023;
  result = xitu_test_render (ds, &opts, W, H, NULL);
  g_assert_cmpint (result->year, ==, 2023);
  assert_contains (result->title, "up to 2023");

  find_row (result, "USA", "separation", &direct, &band);
  g_assert_cmpfloat (direct->value, ==, 70);
  g_assert_cmpint (direct->year, ==, 2020);
  g_assert_cmpstr (direct->edition, ==, "MCS 2025");
  assert_contains (result->summary, "United States, separation & refining: 70 % directly from China");

  find_row (result, "JPN", "separation", &direct, &band);
  g_assert_cmpint (direct->year, ==, 2010);
  assert_contains (result->summary, "Japan, separation & refining: 90–100 % directly from China; looked through its "
                                    "other suppliers 90–100 %");

  eu = model_record (ds, "EU27", "metal", 2023);
  find_row (result, "EU27", "metal", &direct, &band);
  g_assert_cmpfloat (direct->value, ==, eu->direct.lo);
  g_assert_cmpfloat (direct->value, ==, 40);
  xitu_test_assert_texts (result);

  /* Nothing that early: said in the chart, and refused by validation. */
  opts.year = 2005;
  {
    g_autoptr (XituChartResult) none = xitu_test_render (ds, &opts, W, H, NULL);
    g_autoptr (GError) error = NULL;

    g_assert_cmpuint (none->regions->len, ==, 0);
    assert_contains (none->summary, "No import-share figures for periods up to 2005: nothing to look through");
    g_assert_false (xitu_chart_validate (ds, &opts, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
  xitu_chart_options_clear (&opts);
}

static void
test_countries (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  g_autoptr (XituChartResult) result = NULL;
  g_autoptr (GError) error = NULL;
  XituChartOptions opts;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  opts.countries = g_strsplit ("USA,EU27", ",", -1);
  result = xitu_test_render (ds, &opts, W, H, NULL);
  g_assert_cmpint (xitu_chart_result_find (result, "JPN", NULL), ==, -1);
  g_assert_cmpint (xitu_chart_result_find (result, "USA", "separation"), >=, 0);
  g_assert_cmpint (xitu_chart_result_find (result, "EU27", "metal"), >=, 0);
  g_assert_null (strstr (result->summary, "Japan"));
  g_assert_true (xitu_chart_validate (ds, &opts, NULL));

  /* An importer without import-share figures: an empty chart that says so. */
  g_strfreev (opts.countries);
  opts.countries = g_strsplit ("RUS", ",", -1);
  {
    g_autoptr (XituChartResult) none = xitu_test_render (ds, &opts, W, H, NULL);
    assert_contains (none->summary, "No import-share figures of the importers asked for: nothing to look through");
  }
  g_strfreev (opts.countries);
  opts.countries = g_strsplit ("USA,XXX", ",", -1);
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  assert_contains (error->message, "Unknown country code “XXX”");
  xitu_chart_options_clear (&opts);
}

/* A dataset with nothing in it: a message in the chart, in its language. */
static void
test_empty (void)
{
  g_autoptr (XituDataset) ds = xitu_dataset_new ();
  XituChartOptions opts;

  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_ZH; lang++)
    {
      cairo_surface_t *surface;
      g_autoptr (XituChartResult) result = NULL;
      g_autoptr (XituTable) table = NULL;

      opts.lang = lang;
      result = xitu_test_render (ds, &opts, W, H, &surface);
      xitu_test_save (surface, lang == XITU_LANG_EN ? "lookthrough-empty-en" : "lookthrough-empty-zh");
      g_assert_cmpuint (result->regions->len, ==, 0);
      assert_contains (result->summary, lang == XITU_LANG_EN ? "No import-share figures: nothing to look through"
                                                             : "没有进口份额数据，无从穿透");
      xitu_test_assert_texts (result);
      table = xitu_chart_get_table (ds, &opts);
      g_assert_cmpuint (table->rows->len, ==, 0);
      cairo_surface_destroy (surface);
    }
  xitu_chart_options_clear (&opts);
}

static int
column (char **header,
        const char *name)
{
  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  g_error ("no column “%s”", name);
  return -1;
}

static double
number (char **row,
        int    i)
{
  char *end = NULL;
  double v = g_ascii_strtod (row[i], &end);

  g_assert_true (end != row[i] && *end == '\0');
  return v;
}

/* The CSV: a row per importer, stage and term, the numbers the model's. */
static void
test_csv (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (XituTable) table = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  XituChartOptions opts;
  char **header;
  guint expected = 0, r = 1;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  table = xitu_chart_get_table (ds, &opts);
  csv = xitu_table_to_csv (table);
  rows = xitu_test_parse_csv (csv);
  header = g_ptr_array_index (rows, 0);

  records = xitu_dependence_list (ds, NULL, 0, NULL, 0);
  for (guint i = 0; i < records->len; i++)
    {
      XituDependence *d = g_ptr_array_index (records, i);

      if (!d->has_figures)
        continue;
      expected += MAX (1, d->terms->len);
      for (guint k = 0; k < MAX (1, d->terms->len); k++, r++)
        {
          char **row = g_ptr_array_index (rows, r);

          g_assert_cmpstr (row[column (header, "chart")], ==, "lookthrough");
          g_assert_cmpstr (row[column (header, "importer")], ==, d->importer);
          g_assert_cmpstr (row[column (header, "stage")], ==, d->stage);
          g_assert_cmpstr (row[column (header, "edition")], ==, d->edition);
          g_assert_cmpfloat_with_epsilon (number (row, column (header, "direct_low")), d->direct.lo, 1e-3);
          g_assert_cmpfloat_with_epsilon (number (row, column (header, "direct_high")), d->direct.hi, 1e-3);
          g_assert_cmpfloat_with_epsilon (number (row, column (header, "look_through_low")), d->look_through.lo, 1e-3);
          g_assert_cmpfloat_with_epsilon (number (row, column (header, "look_through_high")), d->look_through.hi, 1e-3);
          g_assert_cmpstr (row[column (header, "crma_look_through")], ==,
                           xitu_benchmark_status_to_string (d->crma_look_through));
          g_assert_cmpstr (row[column (header, "source_id")], !=, "");
          if (d->terms->len > 0)
            {
              const XituLookThroughTerm *t = &g_array_index (d->terms, XituLookThroughTerm, k);

              g_assert_cmpstr (row[column (header, "partner")], ==, t->partner != NULL ? t->partner : "rest");
              g_assert_cmpfloat_with_epsilon (number (row, column (header, "partner_share_high")), t->share.hi, 1e-3);
              g_assert_cmpfloat_with_epsilon (number (row, column (header, "contribution_high")), t->contribution.hi, 1e-3);
              g_assert_cmpstr (row[column (header, "upstream_kind")], ==, xitu_upstream_kind_to_string (t->upstream_kind));
            }
        }
    }
  /* JPN (rest), USA (MYS, JPN, EST, OTH), EU27 (RUS, MYS, rest). */
  g_assert_cmpuint (expected, ==, 8);
  g_assert_cmpuint (rows->len, ==, expected + 1);
  {
    char **eu_rest = g_ptr_array_index (rows, 8);
    g_assert_cmpstr (eu_rest[column (header, "partner")], ==, "rest");
    g_assert_cmpstr (eu_rest[column (header, "partner_share_low")], ==, "5.4");
    g_assert_cmpstr (eu_rest[column (header, "direct_low")], ==, "46.3");
  }
  xitu_chart_options_clear (&opts);
}

/* The user's upstream values (a scenario's A1 assumptions): Malaysia 0 %,
 * Japan 100 %, Estonia 50 % give the US [78.5, 84.5]; the certain part is
 * drawn from 71 to 78.5 % in the band's darker tint. */
static void
test_overrides (void)
{
  static const XituUpstreamOverride overrides[] = {
    { "MYS", "mining", 0.0, "Australian concentrate" },
    { "JPN", "mining", 100.0, NULL },
    { "EST", "mining", 50.0, NULL },
  };
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  g_autoptr (XituChartResult) result = NULL;
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  const XituHitRegion *direct, *band;
  cairo_surface_t *surface;
  XituChartOptions opts;
  double x0, w, y;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  opts.scenario = xitu_scenario_new ();
  xitu_scenario_set_overrides (opts.scenario, overrides, G_N_ELEMENTS (overrides));
  opts.countries = g_strsplit ("USA", ",", -1);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "lookthrough-overrides");

  find_row (result, "USA", "separation", &direct, &band);
  x0 = direct->rect.x;
  w = (direct->rect.width) / 0.71;
  y = direct->rect.y + direct->rect.height / 2;
  g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width, x0 + w * 0.845, 1.5);
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (x0 + w * 0.75), (int) y),
                                 xitu_rgba_mix (palette->china, palette->background, 0.3), 3));
  g_assert_true (near_color_around (surface, x0 + w * 0.815, y, 3, palette->no_data_hatch, 40));
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (x0 + w * 0.95), (int) y), palette->background, 2));
  assert_contains (result->summary, "looked through its other suppliers 78.5–84.5 % (upstream unknown for 1 partner)");
  assert_contains (band->tooltip, "Malaysia: 13 % of imports × 0 % assumed (Australian concentrate) → 0 points");
  assert_contains (band->tooltip, "Estonia: 5 % of imports × 50 % assumed → 2.5 points");
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

/* PDF and SVG from the same draw call: the words under the bars are real
 * text. */
static void
test_export (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  XituChartOptions opts;
  double width, height;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  g_assert_cmpstr (xitu_chart_kind_to_string (XITU_CHART_LOOK_THROUGH), ==, "lookthrough");
  {
    XituChartKind kind = XITU_CHART_CHAIN;
    g_assert_true (xitu_chart_kind_from_string ("lookthrough", &kind));
    g_assert_cmpint (kind, ==, XITU_CHART_LOOK_THROUGH);
  }
  xitu_chart_get_natural_size (ds, &opts, &width, &height);
  g_assert_cmpfloat (width, ==, 960);
  g_assert_cmpfloat (height, ==, 600);
  /* Many rows: the page grows with them (the analysis fixture's six). */
  {
    g_autoptr (XituDataset) fixture = fixture_load_analysis ();
    xitu_chart_get_natural_size (fixture, &opts, &width, &height);
    g_assert_cmpfloat (height, ==, 330 + 90 * 6);
  }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) pdf = xitu_export_render (ds, &opts, XITU_EXPORT_PDF, W, H, 1, &error);
    g_assert_no_error (error);
    g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) svg = xitu_export_render (ds, &opts, XITU_EXPORT_SVG, W, H, 1, &error);
    gsize len;
    const char *data;

    g_assert_no_error (error);
    data = g_bytes_get_data (svg, &len);
    g_assert_nonnull (g_strstr_len (data, len, "<svg"));
    g_assert_nonnull (g_strstr_len (data, len, ">Upstream (mining) unknown for: Malaysia, Japan, Estonia, "
                                               "other countries — counted as 0–100 %</text>"));
    g_assert_nonnull (g_strstr_len (data, len,
                                    ">2021–24 · USGS import sources, compounds and metals · MCS 2026</text>"));
    g_assert_nonnull (g_strstr_len (data, len, ">71 % → 71–100 %</text>"));
  }
  xitu_chart_options_clear (&opts);
}

/* Upstream from the dataset (tests/data/analysis-dataset.json): Korea's
 * magnets are 50 % from China and 50 % from Japan, whose metal is 60 %
 * Chinese: 50 + 50 × 0.6 = 80 %, exact, drawn in the band's known tint
 * from 50 to 80 % with nothing hatched. All the fixture's importers fit. */
static void
test_upstream_figures (void)
{
  g_autoptr (XituDataset) ds = fixture_load_analysis ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  const XituHitRegion *direct, *band;
  XituChartOptions opts;
  double x0, w, y;

  xitu_chart_options_init (&opts, XITU_CHART_LOOK_THROUGH);
  opts.countries = g_strsplit ("KOR", ",", -1);
  {
    cairo_surface_t *surface;
    g_autoptr (XituChartResult) result = xitu_test_render (ds, &opts, W, H, &surface);

    xitu_test_save (surface, "lookthrough-upstream-figures");
    find_row (result, "KOR", "magnet", &direct, &band);
    x0 = direct->rect.x;
    w = direct->rect.width / 0.5;
    y = direct->rect.y + direct->rect.height / 2;
    g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width, x0 + w * 0.8, 1);
    g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (x0 + w * 0.7), (int) y),
                                   xitu_rgba_mix (palette->china, palette->background, 0.3), 3));
    g_assert_false (near_color_around (surface, x0 + w * 0.7, y, 3, palette->no_data_hatch, 40));
    g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (x0 + w * 0.9), (int) y), palette->background, 2));
    assert_contains (band->tooltip, "Japan: 50 % of imports × 60 % upstream (S 2025) → 30 points");
    assert_contains (result->summary, "50 % directly from China; looked through its other suppliers 80 %; below "
                                      "the EU's 65 % single-supplier benchmark directly, above it looked through.");
    g_assert_null (strstr (result->summary, "upstream unknown"));
    xitu_test_assert_texts (result);
    cairo_surface_destroy (surface);
  }

  g_clear_pointer (&opts.countries, g_strfreev);
  for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_BOTH; lang++)
    {
      cairo_surface_t *surface;
      g_autoptr (XituChartResult) result = NULL;
      g_autoptr (GPtrArray) records = xitu_dependence_list (ds, NULL, 0, NULL, 0);
      double width, height;
      guint with_figures = 0;

      for (guint i = 0; i < records->len; i++)
        with_figures += ((XituDependence *) g_ptr_array_index (records, i))->has_figures;
      opts.lang = lang;
      xitu_chart_get_natural_size (ds, &opts, &width, &height);
      result = xitu_test_render (ds, &opts, width, height, &surface);
      if (lang == XITU_LANG_EN)
        xitu_test_save (surface, "lookthrough-fixture");
      g_assert_cmpuint (with_figures, >=, 5);
      /* One direct bar per record with figures; a band where there is a
       * stage upstream; the cap. */
      g_assert_cmpuint (result->regions->len, >=, with_figures + 1);
      xitu_test_assert_texts (result);
      cairo_surface_destroy (surface);
    }
  xitu_chart_options_clear (&opts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/lookthrough/bundled-en", test_bundled_en);
  g_test_add_func ("/chart/lookthrough/bundled-zh", test_bundled_zh);
  g_test_add_func ("/chart/lookthrough/narrow", test_narrow);
  g_test_add_func ("/chart/lookthrough/year", test_year);
  g_test_add_func ("/chart/lookthrough/countries", test_countries);
  g_test_add_func ("/chart/lookthrough/empty", test_empty);
  g_test_add_func ("/chart/lookthrough/csv", test_csv);
  g_test_add_func ("/chart/lookthrough/overrides", test_overrides);
  g_test_add_func ("/chart/lookthrough/upstream-figures", test_upstream_figures);
  g_test_add_func ("/chart/lookthrough/export", test_export);
  return g_test_run ();
}
