/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PNG writer of every PNG export: a valid file of the surface's size,
 * RGB for opaque images, RGBA otherwise, the print resolution, and the
 * pixels cairo's own writer would have written. */
#include <math.h>
#include <string.h>

#include "xitu-export.h"
#include "xitu-png.h"

typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         pos;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *r = closure;

  if (r->pos + length > r->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->data + r->pos, length);
  r->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (const guint8 *data,
        gsize         len)
{
  Reader r = { data, len, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes, &r);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* Pixel for pixel; RGB24's unused byte does not count. */
static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b,
                    gboolean         opaque)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  guint32 mask = opaque ? 0x00ffffffu : 0xffffffffu;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, h);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < h; y++)
    {
      const guint32 *ra = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (a) +
                                                             (gsize) y * cairo_image_surface_get_stride (a));
      const guint32 *rb = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (b) +
                                                             (gsize) y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < w; x++)
        if ((ra[x] & mask) != (rb[x] & mask))
          g_error ("pixel (%d, %d) is %08x, expected %08x", x, y, rb[x], ra[x]);
    }
}

/* Flat fills, antialiased edges, a gradient and text-like noise: what a
 * chart or a map has. */
static cairo_surface_t *
make_surface (cairo_format_t format,
              gboolean       transparent,
              int            w,
              int            h)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, w, h);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, w, h);
  GRand *rand = g_rand_new_with_seed (7);

  if (!transparent)
    {
      cairo_set_source_rgb (cr, 0.98, 0.97, 0.95);
      cairo_paint (cr);
    }
  cairo_pattern_add_color_stop_rgba (gradient, 0, 0.8, 0.1, 0.1, transparent ? 0.3 : 1);
  cairo_pattern_add_color_stop_rgba (gradient, 1, 0.1, 0.2, 0.9, 1);
  cairo_set_source (cr, gradient);
  cairo_arc (cr, w / 2.0, h / 2.0, h / 3.0, 0, 2 * G_PI);
  cairo_fill (cr);
  for (int i = 0; i < 300; i++)
    {
      cairo_set_source_rgba (cr, g_rand_double (rand), g_rand_double (rand), g_rand_double (rand),
                             transparent ? g_rand_double (rand) : 1);
      cairo_rectangle (cr, g_rand_double_range (rand, 0, w), g_rand_double_range (rand, 0, h),
                       g_rand_double_range (rand, 0.3, 9), g_rand_double_range (rand, 0.3, 9));
      cairo_fill (cr);
    }
  cairo_pattern_destroy (gradient);
  cairo_destroy (cr);
  g_rand_free (rand);
  return surface;
}

static void
check_encoding (cairo_format_t format,
                gboolean       transparent,
                int            w,
                int            h)
{
  cairo_surface_t *surface = make_surface (format, transparent, w, h);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = xitu_png_encode (surface, 300, &error);
  g_autoptr(GByteArray) reference = g_byte_array_new ();
  cairo_surface_t *back, *cairo_back;
  const guint8 *data;
  gsize len;

  g_assert_no_error (error);
  data = g_bytes_get_data (png, &len);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  g_assert_cmpuint (be32 (data + 16), ==, w);
  g_assert_cmpuint (be32 (data + 20), ==, h);
  g_assert_cmpuint (data[24], ==, 8);                    /* bits per channel */
  g_assert_cmpuint (data[25], ==, transparent ? 6 : 2);  /* RGBA : RGB */
  /* pHYs right after IHDR: 300 dpi in pixels per metre. */
  g_assert_cmpmem (data + 37, 4, "pHYs", 4);
  g_assert_cmpuint (be32 (data + 41), ==, (guint32) round (300 / 0.0254));
  g_assert_cmpuint (data[49], ==, 1);

  /* Read back, it is what cairo's writer gives (which unpremultiplies
   * alpha the same way), and for an opaque image the surface itself. */
  back = decode (data, len);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, reference), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_back = decode (reference->data, reference->len);
  assert_same_pixels (cairo_back, back, FALSE);
  if (!transparent)
    assert_same_pixels (surface, back, TRUE);

  cairo_surface_destroy (cairo_back);
  cairo_surface_destroy (back);
  cairo_surface_destroy (surface);
}

static void
test_opaque (void)
{
  check_encoding (CAIRO_FORMAT_ARGB32, FALSE, 333, 207);
}

static void
test_rgb24 (void)
{
  check_encoding (CAIRO_FORMAT_RGB24, FALSE, 333, 207);
}

static void
test_transparent (void)
{
  check_encoding (CAIRO_FORMAT_ARGB32, TRUE, 333, 207);
}

/* Over 1 MiB the image is compressed in bands, on several threads, as one
 * stream: still one valid PNG (libpng checks every chunk's CRC and the
 * stream's Adler-32), opaque or not, and with few, long rows. */
static void
test_large (void)
{
  check_encoding (CAIRO_FORMAT_ARGB32, FALSE, 1024, 700);
  check_encoding (CAIRO_FORMAT_ARGB32, TRUE, 1021, 699);
  check_encoding (CAIRO_FORMAT_RGB24, FALSE, 32000, 9);
  check_encoding (CAIRO_FORMAT_ARGB32, TRUE, 16000, 17);
}

/* No pHYs when no resolution is given; a 1×1 image is still a PNG. */
static void
test_small (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  g_autoptr(GBytes) png = xitu_png_encode (surface, 0, NULL);
  gsize len;
  const guint8 *data = g_bytes_get_data (png, &len);
  cairo_surface_t *back = decode (data, len);

  g_assert_cmpmem (data + 37, 4, "IDAT", 4);
  assert_same_pixels (surface, back, FALSE);
  cairo_surface_destroy (back);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/png/opaque", test_opaque);
  g_test_add_func ("/png/rgb24", test_rgb24);
  g_test_add_func ("/png/transparent", test_transparent);
  g_test_add_func ("/png/large", test_large);
  g_test_add_func ("/png/small", test_small);
  return g_test_run ();
}
