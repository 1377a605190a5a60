/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing in bands on threads gives the pixels of one drawing, whatever the
 * target's offset, scale, transformation and clip; and it declines what it
 * cannot split. Not quite every pixel: where translucent strokes cross
 * themselves, cairo 1.16's stroker with fast antialiasing covers some edge
 * pixels by a few levels differently once the target is cut to a band
 * (with the default antialiasing, 2 pixels in all these differ, by 1).
 * A band drawn at a wrong offset or scale differs everywhere. */
#include <math.h>

#include "xitu-bands.h"

#define W 400
#define H 300

/* Slanted edges, curves, thin strokes and a fill that crosses every band. */
static void
draw_scene (cairo_t  *cr,
            gpointer  user_data)
{
  cairo_set_source_rgb (cr, 0.8, 0.9, 0.95);
  cairo_paint (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_move_to (cr, 20, 10);
  for (int i = 0; i < 40; i++)
    cairo_line_to (cr, 20 + 9 * i + 15 * sin (i), 10 + 7 * i + 30 * cos (i * 0.7));
  cairo_close_path (cr);
  cairo_arc (cr, 200, 150, 90, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.3);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 0.7);
  cairo_stroke (cr);
  for (int i = 0; i < 30; i++)
    {
      cairo_move_to (cr, 0, 10 * i + 0.3 * i);
      cairo_line_to (cr, W, 10 * i + 40);
    }
  cairo_set_source_rgba (cr, 0.1, 0.1, 0.4, 0.6);
  cairo_set_line_width (cr, 1.3);
  cairo_stroke (cr);
}

typedef struct
{
  double   ox, oy, scale, tx, ty;
  gboolean clip;
} Setup;

static cairo_t *
make_context (const Setup *s)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr;

  cairo_surface_set_device_offset (surface, s->ox, s->oy);
  cairo_surface_set_device_scale (surface, s->scale, s->scale);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  cairo_translate (cr, s->tx, s->ty);
  if (s->clip)
    {
      cairo_rectangle (cr, 30, 24, 250, 180);  /* whole pixels at every scale used */
      cairo_rectangle (cr, 300, 0, 50, 50);
      cairo_clip (cr);
    }
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  return cr;
}

/* How many pixels differ, and by how much at most in any channel. */
static void
compare (cairo_t *a,
         cairo_t *b,
         guint   *differ,
         guint   *worst)
{
  cairo_surface_t *sa = cairo_get_target (a), *sb = cairo_get_target (b);
  int stride = cairo_image_surface_get_stride (sa);
  const guint8 *da, *db;

  cairo_surface_flush (sa);
  cairo_surface_flush (sb);
  da = cairo_image_surface_get_data (sa);
  db = cairo_image_surface_get_data (sb);
  *differ = *worst = 0;
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W * 4; x++)
      {
        guint d = (guint) abs ((int) da[y * stride + x] - (int) db[y * stride + x]);

        *differ += d > 0;
        *worst = MAX (*worst, d);
      }
}

static void
test_same_pixels (void)
{
  const Setup setups[] = {
    { 0, 0, 1, 0, 0, FALSE },
    { 7, -13, 1, 3.5, 10.25, FALSE },
    { 0, 0, 2, -20, -10, FALSE },
    { 5, 9, 1.5, 0, 0, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (setups); i++)
    for (guint n = 2; n <= 4; n++)
      {
        cairo_t *one = make_context (&setups[i]);
        cairo_t *banded = make_context (&setups[i]);

        guint differ, worst;

        draw_scene (one, NULL);
        g_assert_true (xitu_draw_in_bands (banded, -50, -50, W + 100, H + 100, n, draw_scene, NULL));
        g_assert_cmpint (cairo_status (banded), ==, CAIRO_STATUS_SUCCESS);
        compare (one, banded, &differ, &worst);
        g_test_message ("setup %u, %u bands: %u channels differ, by up to %u", i, n, differ, worst);
        g_assert_cmpuint (differ, <, W * H * 4 / 100);
        g_assert_cmpuint (worst, <=, 48);
        cairo_destroy (one);
        cairo_destroy (banded);
      }
}

static void
count_call (cairo_t  *cr,
            gpointer  user_data)
{
  g_atomic_int_inc ((int *) user_data);
}

/* Each band gets a call; the rows of a user rectangle are what is split. */
static void
test_calls (void)
{
  const Setup plain = { 0, 0, 1, 0, 0, FALSE };
  cairo_t *cr = make_context (&plain);
  int calls = 0;

  g_assert_true (xitu_draw_in_bands (cr, 0, 0, W, H, 3, count_call, &calls));
  g_assert_cmpint (calls, ==, 3);
  /* 100 rows: one band of at least 64, so not worth a thread. */
  calls = 0;
  g_assert_false (xitu_draw_in_bands (cr, 0, 0, W, 100, 3, count_call, &calls));
  g_assert_cmpint (calls, ==, 0);
  cairo_destroy (cr);
}

/* Not an image, or a clip that no list of rectangles describes: declined,
 * nothing drawn. */
static void
test_declines (void)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (recording);
  const Setup plain = { 0, 0, 1, 0, 0, FALSE };
  int calls = 0;

  g_assert_false (xitu_draw_in_bands (cr, 0, 0, W, H, 2, count_call, &calls));
  cairo_destroy (cr);
  cairo_surface_destroy (recording);

  cr = make_context (&plain);
  cairo_arc (cr, 200, 150, 100, 0, 2 * G_PI);
  cairo_clip (cr);
  g_assert_false (xitu_draw_in_bands (cr, 0, 0, W, H, 2, count_call, &calls));
  g_assert_cmpint (calls, ==, 0);
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bands/same-pixels", test_same_pixels);
  g_test_add_func ("/bands/calls", test_calls);
  g_test_add_func ("/bands/declines", test_declines);
  return g_test_run ();
}
