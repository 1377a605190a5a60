/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-test-data.h"
#include "xitu-test-util.h"

#define W 960
#define H 600

static const XituHitRegion *
region_with (XituChartResult *result,
             const char      *country,
             const char      *metric,
             const char      *partner)
{
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (g_strcmp0 (r->country, country) == 0 && r->figure != NULL &&
          g_strcmp0 (xitu_figure_get_metric (r->figure), metric) == 0 &&
          g_strcmp0 (xitu_figure_get_partner (r->figure), partner) == 0)
        return r;
    }
  return NULL;
}

static void
test_small_dataset (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  XituChartOptions opts;
  cairo_surface_t *surface;
  g_autoptr (XituChartResult) result = NULL;
  const XituHitRegion *usa, *eu, *nir, *china;

  xitu_chart_options_init (&opts, XITU_CHART_DEPENDENCE);
  result = xitu_test_render (ds, &opts, W, H, &surface);
  xitu_test_save (surface, "dependence-small");
  g_assert_cmpint (result->year, ==, 2025);

  /* Every bar names its measure; figures are never merged. */
  usa = region_with (result, "USA", "import-share", "CHN");
  g_assert_nonnull (usa);
  g_assert_cmpfloat (usa->value, ==, 71);
  g_assert_true (strstr (usa->label, "Share of imports from China") != NULL);
  g_assert_true (strstr (usa->label, "2021–24") != NULL);
  nir = region_with (result, "USA", "net-import-reliance", NULL);
  g_assert_nonnull (nir);
  g_assert_cmpfloat (nir->value, ==, 67);
  g_assert_true (strstr (nir->label, "Net import reliance") != NULL);
  eu = region_with (result, "EU27", "dependence-headline", "CHN");
  g_assert_nonnull (eu);
  g_assert_true (strstr (eu->label, "Headline") != NULL);
  /* China's own dependence is on Myanmar, and says so. */
  china = region_with (result, "CHN", "import-share", "MMR");
  g_assert_nonnull (china);
  g_assert_true (strstr (china->label, "Myanmar") != NULL);

  /* The bar of a share from China is China's colour. */
  {
    int y = (int) (usa->rect.y + usa->rect.height - 4);
    int x = (int) (usa->rect.x + 3);
    gboolean found = FALSE;
    for (int dy = -10; dy <= 2 && !found; dy++)
      found = xitu_rgba_near (xitu_test_pixel (surface, x, y + dy), palette->china, 2);
    g_assert_true (found);
  }
  xitu_test_assert_texts (result);
  cairo_surface_destroy (surface);

  /* Up to 2023: the MCS 2025 figure (2020–23), and no 2024 net import reliance. */
  opts.year = 2023;
  {
    g_autoptr (XituChartResult) r2023 = xitu_test_render (ds, &opts, W, H, NULL);
    usa = region_with (r2023, "USA", "import-share", "CHN");
    g_assert_cmpfloat (usa->value, ==, 70);
    nir = region_with (r2023, "USA", "net-import-reliance", NULL);
    g_assert_cmpint (nir->year, ==, 2023);
    g_assert_null (region_with (r2023, "JPN", "import-share", "CHN"));
  }
  xitu_chart_options_clear (&opts);
}

static void
test_bundled (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  XituChartOptions opts;
  cairo_surface_t *surface;

  if (ds == NULL)
    {
      g_test_skip ("bundled dataset not found");
      return;
    }
  xitu_chart_options_init (&opts, XITU_CHART_DEPENDENCE);
  for (XituLang lang = XITU_LANG_EN; lang <= XITU_LANG_ZH; lang++)
    {
      g_autoptr (XituChartResult) result = NULL;
      const XituHitRegion *eu, *jpn;

      opts.lang = lang;
      result = xitu_test_render (ds, &opts, W, H, &surface);
      xitu_test_save (surface, lang == XITU_LANG_EN ? "dependence-en" : "dependence-zh");
      eu = region_with (result, "EU27", "import-share", "CHN");
      g_assert_nonnull (eu);
      g_assert_cmpfloat (eu->value, ==, 46.3);
      /* NYT gives Japan's 2025 share as a range: 60–70 %. */
      jpn = region_with (result, "JPN", "import-share", "CHN");
      g_assert_nonnull (jpn);
      g_assert_cmpfloat (jpn->value, ==, 60);
      g_assert_true (strstr (jpn->label, lang == XITU_LANG_EN ? "60–70 %" : "60–70%") != NULL);
      /* The CRMA line comes from the dataset and is cited. */
      g_assert_true (strstr (result->summary, lang == XITU_LANG_EN ? "65 %" : "65%") != NULL ||
                     strstr (result->title, "65") == NULL);
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
  g_test_add_func ("/chart/dependence/small-dataset", test_small_dataset);
  g_test_add_func ("/chart/dependence/bundled", test_bundled);
  return g_test_run ();
}
