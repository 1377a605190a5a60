/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-test-data.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

static guint
count_regions (XituChartResult *result,
               const char      *country,
               int              year)
{
  guint n = 0;

  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (g_strcmp0 (r->country, country) == 0 && (year == 0 || r->year == year))
        n++;
    }
  return n;
}

static void
test_production (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *r;

  xitu_chart_options_init (&opts, XITU_CHART_TIMESERIES);
  opts.metric = g_strdup ("production");
  opts.countries = g_strsplit ("CHN,USA,AUS", ",", -1);
  g_assert_true (xitu_chart_validate (ds, &opts, NULL));
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "timeseries-production");

  /* 2024 is in two editions: both are markers of their own. */
  g_assert_cmpuint (count_regions (result, "USA", 2024), ==, 2);
  g_assert_cmpuint (count_regions (result, "USA", 2023), ==, 1);
  g_assert_cmpuint (count_regions (result, "CHN", 0), ==, 4);

  /* China's markers are China's colour at their centre. */
  r = g_ptr_array_index (result->regions, xitu_chart_result_find (result, "CHN", NULL));
  g_assert_true (xitu_rgba_near (xitu_test_pixel (surface, (int) (r->rect.x + r->rect.width / 2),
                                                  (int) (r->rect.y + r->rect.height / 2)),
                                 palette->china, 2));
  g_assert_true (strstr (result->summary, "China:") != NULL);
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);
  xitu_chart_options_clear (&opts);
}

static void
test_gaps_not_interpolated (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *a = NULL, *b = NULL;
  int y, x;
  gboolean line_between = FALSE;

  /* Separation share: 2023, 2024, then a projection for 2030. */
  xitu_chart_options_init (&opts, XITU_CHART_TIMESERIES);
  opts.metric = g_strdup ("separation-share");
  opts.countries = g_strsplit ("CHN", ",", -1);
  {
    g_autoptr (XituFigure) f = xitu_figure_new ("CHN", "share", 2030, 77, "%", "iea-gcmo-2024", "GCMO 2024");
    xitu_figure_set_stage (f, "separation");
    xitu_figure_set_flags (f, XITU_FIGURE_PROJECTED);
    xitu_dataset_add_figure (ds, f);
  }
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "timeseries-gap");
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (r->year == 2024)
        a = r;
      if (r->year == 2030)
        b = r;
    }
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  /* Halfway between 2024 and 2030 at the height of the straight line, no
   * China-coloured pixel: nothing joins them. */
  x = (int) ((a->rect.x + a->rect.width / 2 + b->rect.x + b->rect.width / 2) / 2);
  y = (int) ((a->rect.y + a->rect.height / 2 + b->rect.y + b->rect.height / 2) / 2);
  for (int dy = -6; dy <= 6; dy++)
    line_between |= xitu_rgba_near (xitu_test_pixel (surface, x, y + dy), palette->china, 40);
  g_assert_false (line_between);
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

  xitu_chart_options_init (&opts, XITU_CHART_TIMESERIES);
  opts.metric = g_strdup ("happiness");
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "happiness") != NULL);
  g_clear_error (&error);
  g_free (opts.metric);
  opts.metric = g_strdup ("production");
  opts.countries = g_strsplit ("CHN,XXX", ",", -1);
  g_assert_false (xitu_chart_validate (ds, &opts, &error));
  g_assert_true (strstr (error->message, "XXX") != NULL);
  xitu_chart_options_clear (&opts);
}

static void
test_bundled (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  XituChartOptions opts;
  static const char * const metrics[] = { "production", "reserves", "net-import-reliance", "import-share", "price", "separation-share" };

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_ZH; lang++)
      {
        cairo_surface_t *surface;
        g_autoptr (XituChartResult) result = NULL;
        g_autofree char *name = g_strdup_printf ("timeseries-%s-%s", metrics[m], lang == XITU_LANG_EN ? "en" : "zh");

        xitu_chart_options_init (&opts, XITU_CHART_TIMESERIES);
        opts.metric = g_strdup (metrics[m]);
        opts.lang = lang;
        if (m == 1)
          opts.countries = g_strsplit ("CHN,RUS,VNM,BRA", ",", -1);
        g_assert_true (xitu_chart_validate (ds, &opts, NULL));
        result = xitu_test_render (ds, &opts, W, H, &surface);
        xitu_test_save (surface, name);
        g_assert_cmpuint (result->regions->len, >, 0);
        xitu_test_assert_texts (result);
        if (m == 1)
          /* Russia's reserves across four editions: 21, 10, 3.8, 3.8 Mt. */
          g_assert_cmpuint (count_regions (result, "RUS", 0), ==, 4);
        cairo_surface_destroy (surface);
        xitu_chart_options_clear (&opts);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/timeseries/production", test_production);
  g_test_add_func ("/chart/timeseries/gaps-not-interpolated", test_gaps_not_interpolated);
  g_test_add_func ("/chart/timeseries/validate", test_validate);
  g_test_add_func ("/chart/timeseries/bundled", test_bundled);
  return g_test_run ();
}
