/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-palette.h"

static XituRgba
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 px = ((const guint32 *) row)[x];
  XituRgba c = { ((px >> 16) & 0xff) / 255.0, ((px >> 8) & 0xff) / 255.0, (px & 0xff) / 255.0, 1 };

  return c;
}

static void
test_china_fixed (void)
{
  for (XituTheme t = XITU_THEME_LIGHT; t <= XITU_THEME_DARK; t++)
    {
      const XituPalette *p = xitu_palette_get (t);
      g_autoptr (XituColorMap) map = xitu_color_map_new (p);
      XituRgba china = xitu_palette_country (p, "CHN");

      g_assert_true (xitu_rgba_near (china, p->china, 0));
      /* China's colour is red-ish: red dominates. */
      g_assert_cmpfloat (china.red, >, china.green + 0.3);
      g_assert_cmpfloat (china.red, >, china.blue + 0.5);
      /* It is never handed to anyone else. */
      for (guint i = 0; i < 3 * XITU_PALETTE_N_CATEGORICAL; i++)
        g_assert_false (xitu_rgba_near (xitu_palette_categorical (p, i), p->china, 30));
      /* Whatever came first in the chart, China keeps its colour. */
      xitu_color_map_get (map, "USA", NULL);
      g_assert_true (xitu_rgba_near (xitu_color_map_get (map, "CHN", NULL), p->china, 0));
    }
}

static void
test_color_map (void)
{
  const XituPalette *p = xitu_palette_get (XITU_THEME_LIGHT);
  g_autoptr (XituColorMap) map = xitu_color_map_new (p);
  const char *codes[] = { "USA", "AUS", "MMR", "MYS", "THA", "NGA", "RUS" };
  XituRgba got[G_N_ELEMENTS (codes)];
  gboolean other;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    got[i] = xitu_color_map_get (map, codes[i], &other);
  /* Six distinct colours for the first six, then "other". */
  for (guint i = 0; i < 6; i++)
    for (guint j = i + 1; j < 6; j++)
      g_assert_false (xitu_rgba_near (got[i], got[j], 10));
  g_assert_true (other);
  g_assert_true (xitu_rgba_near (got[6], p->other, 0));
  /* Asking again gives the same answer. */
  g_assert_true (xitu_rgba_near (xitu_color_map_get (map, "AUS", &other), got[1], 0));
  g_assert_false (other);
  /* Preferred colours hold across charts. */
  g_assert_true (xitu_rgba_near (xitu_palette_country (p, "USA"), got[0], 0));
}

static void
test_sequential (void)
{
  const XituPalette *light = xitu_palette_get (XITU_THEME_LIGHT);
  const XituPalette *dark = xitu_palette_get (XITU_THEME_DARK);

  /* Light theme: low values are light; dark theme: low values are dark. */
  g_assert_cmpfloat (xitu_rgba_luminance (xitu_palette_sequential (light, 0)), >,
                     xitu_rgba_luminance (xitu_palette_sequential (light, 1)));
  g_assert_cmpfloat (xitu_rgba_luminance (xitu_palette_sequential (dark, 0)), <,
                     xitu_rgba_luminance (xitu_palette_sequential (dark, 1)));
  /* Monotonic in lightness over the classes. */
  for (guint i = 1; i < 7; i++)
    g_assert_cmpfloat (xitu_rgba_luminance (xitu_palette_sequential_class (light, i, 7)), <,
                       xitu_rgba_luminance (xitu_palette_sequential_class (light, i - 1, 7)));
}

static void
test_text_on (void)
{
  const XituPalette *p = xitu_palette_get (XITU_THEME_LIGHT);
  XituRgba yellow = xitu_palette_categorical (p, 5);
  XituRgba blue = xitu_palette_categorical (p, 0);

  g_assert_cmpfloat (xitu_rgba_luminance (xitu_palette_text_on (p, yellow)), <, 0.1);
  g_assert_cmpfloat (xitu_rgba_luminance (xitu_palette_text_on (p, blue)), >, 0.9);
}

/* Fills a 40×40 square as "no data" on a 60×60 image: straight onto the
 * image, or through a recording played onto it (as the chart widget's
 * drawing is), told the pixel scale or not. Returns how many pixels of the
 * square are hatch lines. */
static guint
hatch_pixels (const XituPalette *p,
              gboolean           recorded,
              double             pixel_scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 60);
  cairo_surface_t *recording = recorded ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL) : NULL;
  cairo_t *cr = cairo_create (recorded ? recording : surface);
  gboolean saw_fill = FALSE;
  guint hatch = 0;

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_rectangle (cr, 10, 10, 40, 40);
  xitu_palette_fill_no_data (cr, p, 8, pixel_scale);
  g_assert_false (cairo_has_current_point (cr));
  cairo_destroy (cr);
  if (recorded)
    {
      cr = cairo_create (surface);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (recording);
    }
  cairo_surface_flush (surface);

  /* Outside the rectangle nothing changed; inside there are both the
   * ground and the lines, and nothing looks like China. */
  g_assert_true (xitu_rgba_near (pixel_at (surface, 5, 5), (XituRgba) { 1, 0, 1, 1 }, 0));
  g_assert_true (xitu_rgba_near (pixel_at (surface, 55, 55), (XituRgba) { 1, 0, 1, 1 }, 0));
  for (int y = 11; y < 49; y++)
    for (int x = 11; x < 49; x++)
      {
        XituRgba c = pixel_at (surface, x, y);
        saw_fill |= xitu_rgba_near (c, p->no_data_fill, 2);
        hatch += xitu_rgba_near (c, p->no_data_hatch, 24);
        g_assert_false (xitu_rgba_near (c, p->china, 40));
      }
  g_assert_true (saw_fill);
  cairo_surface_destroy (surface);
  return hatch;
}

/* The tile (on pixels) and the lines (vector) hatch alike: both ground and
 * lines, with about as many line pixels. */
static void
test_hatch (void)
{
  const XituPalette *p = xitu_palette_get (XITU_THEME_LIGHT);
  guint lines = hatch_pixels (p, TRUE, 0);
  guint tile = hatch_pixels (p, FALSE, 0);
  guint recorded_tile = hatch_pixels (p, TRUE, 1);
  g_autofree char *hex = NULL;

  g_test_message ("hatch pixels: lines %u, tile %u, recorded tile %u", lines, tile, recorded_tile);
  g_assert_cmpuint (lines, >, 40);
  g_assert_cmpuint (tile, >, lines / 2);
  g_assert_cmpuint (tile, <, lines * 2);
  g_assert_cmpuint (recorded_tile, ==, tile);

  {
    cairo_pattern_t *pattern = xitu_palette_create_no_data_pattern (p, 8, 2);
    g_assert_cmpint (cairo_pattern_status (pattern), ==, CAIRO_STATUS_SUCCESS);
    cairo_pattern_destroy (pattern);
  }

  hex = xitu_rgba_to_hex (p->china);
  g_assert_cmpstr (hex, ==, "#d55e00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/china-fixed", test_china_fixed);
  g_test_add_func ("/palette/color-map", test_color_map);
  g_test_add_func ("/palette/sequential", test_sequential);
  g_test_add_func ("/palette/text-on", test_text_on);
  g_test_add_func ("/palette/hatch", test_hatch);
  return g_test_run ();
}
