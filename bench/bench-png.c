/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * PNG encoding of a rendered 1920×1080 map, two ways:
 *
 *   png-cairo   cairo_surface_write_to_png_stream(), as src/render/xitu-export.c
 *               writes PNGs today: ARGB with alpha, zlib's default level,
 *               libpng's adaptive filter choice on every row
 *   png-fast    the writer below: RGB when the image is opaque (RGBA,
 *               unpremultiplied, when it is not), zlib level 1, no filter
 *
 * Both write to memory. The fast writer's output is decoded again at setup
 * and must give the same pixels. It is here as the measured proposal for
 * the exporter (see bench/RESULTS.md), not used by the app.
 */
#include <cairo.h>
#include <png.h>
#include <string.h>

#include "bench-data.h"
#include "bench-common.h"

#define WIDTH 1920
#define HEIGHT 1080

static struct
{
  cairo_surface_t *map;
  gsize            cairo_bytes;
  gsize            fast_bytes;
} bench;

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
png_append (png_structp  png,
            png_bytep    data,
            png_size_t   length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
png_flush_nothing (png_structp png)
{
}

static gboolean
surface_is_opaque (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  if (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24)
    return TRUE;
  for (int y = 0; y < h; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < w; x++)
        if (row[x] >> 24 != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* An ARGB32/RGB24 image surface as PNG: opaque images as 8-bit RGB, others
 * as 8-bit RGBA (unpremultiplied); zlib level 1 and no row filter, which
 * for flat-coloured maps and charts is both the fastest and about as
 * small as libpng's defaults. FALSE on a libpng error. */
static gboolean
write_png_fast (cairo_surface_t *surface,
                GByteArray      *out)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  gboolean opaque = surface_is_opaque (surface);
  int channels = opaque ? 3 : 4;
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;
  guint8 *volatile row = NULL;

  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, info != NULL ? &info : NULL);
      g_free (row);
      return FALSE;
    }
  row = g_malloc ((gsize) w * channels);
  png_set_write_fn (png, out, png_append, png_flush_nothing);
  png_set_compression_level (png, 1);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR (png, info, (png_uint_32) w, (png_uint_32) h, 8,
                opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  for (int y = 0; y < h; y++)
    {
      const guint32 *px = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
      guint8 *o = row;

      for (int x = 0; x < w; x++, o += channels)
        {
          guint32 p = px[x];
          guint a = p >> 24;

          if (opaque || a == 0xff)
            {
              o[0] = p >> 16;
              o[1] = p >> 8;
              o[2] = p;
            }
          else if (a == 0)
            o[0] = o[1] = o[2] = 0;
          else
            {
              o[0] = (((p >> 16) & 0xff) * 255 + a / 2) / a;
              o[1] = (((p >> 8) & 0xff) * 255 + a / 2) / a;
              o[2] = ((p & 0xff) * 255 + a / 2) / a;
            }
          if (!opaque)
            o[3] = a;
        }
      png_write_row (png, row);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  g_free (row);
  return TRUE;
}

typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         pos;
} Reader;

static cairo_status_t
read_from_array (void          *closure,
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

/* The fast writer must give back the same pixels. */
static void
check_round_trip (void)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  Reader reader;
  cairo_surface_t *back;

  if (!write_png_fast (bench.map, png))
    g_error ("png-fast: libpng failed");
  reader = (Reader) { png->data, png->len, 0 };
  back = cairo_image_surface_create_from_png_stream (read_from_array, &reader);
  if (cairo_surface_status (back) != CAIRO_STATUS_SUCCESS)
    g_error ("png-fast: cairo cannot read the PNG back: %s", cairo_status_to_string (cairo_surface_status (back)));
  for (int y = 0; y < HEIGHT; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (bench.map) +
                                                          (gsize) y * cairo_image_surface_get_stride (bench.map));
      const guint32 *b = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (back) +
                                                          (gsize) y * cairo_image_surface_get_stride (back));

      for (int x = 0; x < WIDTH; x++)
        if ((a[x] | 0xff000000u) != (b[x] | 0xff000000u))
          g_error ("png-fast: pixel (%d, %d) is %08x, was %08x", x, y, b[x], a[x]);
    }
  cairo_surface_destroy (back);
}

static void
setup_map (gpointer data)
{
  const XituBenchChoropleth *map;
  cairo_t *cr;

  if (bench.map != NULL)
    return;
  map = xitu_bench_choropleth_get ();
  bench.map = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (bench.map);
  g_object_unref (xitu_map_renderer_draw (cr, WIDTH, HEIGHT, map->options));
  cairo_destroy (cr);
  cairo_surface_flush (bench.map);
  check_round_trip ();
}

static void
png_cairo (gpointer data)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_status_t status = cairo_surface_write_to_png_stream (bench.map, append_to_array, png);

  if (status != CAIRO_STATUS_SUCCESS)
    g_error ("png-cairo: %s", cairo_status_to_string (status));
  bench.cairo_bytes = png->len;
}

static void
png_fast (gpointer data)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();

  if (!write_png_fast (bench.map, png))
    g_error ("png-fast: libpng failed");
  bench.fast_bytes = png->len;
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "png-cairo", "1920x1080 map to PNG in memory, cairo's writer", setup_map, png_cairo, NULL },
    { "png-fast", "1920x1080 map to PNG in memory, RGB, zlib level 1, no filter", setup_map, png_fast, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  if (bench.cairo_bytes > 0 || bench.fast_bytes > 0)
    g_printerr ("bench-png: PNG sizes: cairo %" G_GSIZE_FORMAT " bytes, fast %" G_GSIZE_FORMAT " bytes\n",
                bench.cairo_bytes, bench.fast_bytes);
  g_clear_pointer (&bench.map, cairo_surface_destroy);
  xitu_bench_choropleth_free ();
  return status;
}
