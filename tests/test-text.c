/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-text.h"

static cairo_t *
new_context (cairo_surface_t **out_surface)
{
  *out_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  return cairo_create (*out_surface);
}

static void
test_cjk_glyphs (void)
{
  cairo_surface_t *surface;
  cairo_t *cr = new_context (&surface);
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (cr, "中国 分离与精炼", XITU_TEXT_LABEL, 1.0, XITU_LANG_ZH);
  PangoRectangle ink;

  /* Chinese text is shaped with real glyphs, not empty boxes. */
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  g_assert_cmpint (ink.width, >, 40);
  g_assert_cmpint (ink.height, >, 6);
  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_alignment (void)
{
  cairo_surface_t *surface;
  cairo_t *cr = new_context (&surface);
  XituRgba black = { 0, 0, 0, 1 };
  XituRect a, b, c;
  double w, h;

  xitu_text_measure (cr, "Mining", XITU_TEXT_LABEL, 1.0, XITU_LANG_EN, &w, &h);
  a = xitu_text_draw (cr, "Mining", XITU_TEXT_LABEL, 1.0, XITU_LANG_EN, black, 200, 100, XITU_ALIGN_START, XITU_ALIGN_START, 0);
  b = xitu_text_draw (cr, "Mining", XITU_TEXT_LABEL, 1.0, XITU_LANG_EN, black, 200, 100, XITU_ALIGN_CENTER, XITU_ALIGN_CENTER, 0);
  c = xitu_text_draw (cr, "Mining", XITU_TEXT_LABEL, 1.0, XITU_LANG_EN, black, 200, 100, XITU_ALIGN_END, XITU_ALIGN_END, 0);

  g_assert_cmpfloat_with_epsilon (a.x, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (a.y, 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (a.width, w, 1e-6);
  g_assert_cmpfloat_with_epsilon (a.height, h, 1e-6);
  g_assert_cmpfloat_with_epsilon (b.x + b.width / 2, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (b.y + b.height / 2, 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.x + c.width, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.y + c.height, 100, 1e-6);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_ellipsize_and_scale (void)
{
  cairo_surface_t *surface;
  cairo_t *cr = new_context (&surface);
  XituRgba black = { 0, 0, 0, 1 };
  XituRect box;
  double w1, w2;

  box = xitu_text_draw (cr, "A very long label that does not fit in the space given to it",
                        XITU_TEXT_LABEL, 1.0, XITU_LANG_EN, black, 0, 0, XITU_ALIGN_START, XITU_ALIGN_START, 80);
  g_assert_cmpfloat (box.width, <=, 80);

  xitu_text_measure (cr, "稀土", XITU_TEXT_TITLE, 1.0, XITU_LANG_ZH, &w1, NULL);
  xitu_text_measure (cr, "稀土", XITU_TEXT_TITLE, 2.0, XITU_LANG_ZH, &w2, NULL);
  g_assert_cmpfloat_with_epsilon (w2, 2 * w1, 0.5);
  g_assert_cmpfloat (xitu_text_auto_scale (960, 600), ==, 1.0);
  g_assert_cmpfloat (xitu_text_auto_scale (200, 100), ==, 0.8);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_same_metrics_on_every_surface (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *a = cairo_create (image);
  cairo_t *b = cairo_create (recording);
  double wa, wb;

  xitu_text_measure (a, "Separation & refining 分离", XITU_TEXT_LABEL, 1.0, XITU_LANG_BOTH, &wa, NULL);
  xitu_text_measure (b, "Separation & refining 分离", XITU_TEXT_LABEL, 1.0, XITU_LANG_BOTH, &wb, NULL);
  g_assert_cmpfloat_with_epsilon (wa, wb, 0.01);
  cairo_destroy (a);
  cairo_destroy (b);
  cairo_surface_destroy (image);
  cairo_surface_destroy (recording);
}

static void
test_rects (void)
{
  XituRect outer = { 0, 0, 100, 50 };
  XituRect in = { 10, 10, 20, 20 };
  XituRect out = { 90, 40, 20, 20 };

  g_assert_true (xitu_rect_inside (&in, &outer, 0));
  g_assert_false (xitu_rect_inside (&out, &outer, 0));
  g_assert_true (xitu_rect_intersects (&out, &outer));
  g_assert_true (xitu_rect_contains (&in, 10, 10));
  g_assert_false (xitu_rect_contains (&in, 30, 30));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/cjk-glyphs", test_cjk_glyphs);
  g_test_add_func ("/text/alignment", test_alignment);
  g_test_add_func ("/text/ellipsize-and-scale", test_ellipsize_and_scale);
  g_test_add_func ("/text/same-metrics", test_same_metrics_on_every_surface);
  g_test_add_func ("/text/rects", test_rects);
  return g_test_run ();
}
