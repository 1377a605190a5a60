/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * PNG encoding of a rendered 1920×1080 map, three ways:
 *
 *   png-cairo   cairo_surface_write_to_png_stream(), as the export wrote
 *               PNGs at first: ARGB with alpha, zlib's default level,
 *               libpng's adaptive filter choice on every row
 *   png-zlib1   the image data of xitu_png_encode() (RGB rows, no filter)
 *               compressed by zlib at level 1 on one thread, as
 *               xitu_png_encode() did before src/render/xitu-deflate.c
 *   png-fast    xitu_png_encode() (src/render/xitu-png.c), what every PNG
 *               export uses: RGB when the image is opaque (RGBA,
 *               unpremultiplied, when it is not), no filter, Xitu's
 *               deflater, in bands on all processors
 *
 * All write to memory. The fast writer's output is decoded again at setup
 * and must give the same pixels.
 */
#include <cairo.h>
#include <string.h>
#include <zlib.h>

#include "bench-data.h"
#include "bench-common.h"
#include "xitu-png.h"

#define WIDTH 1920
#define HEIGHT 1080

static struct
{
  cairo_surface_t *map;
  guint8          *rows;       /* png-zlib1: the RGB rows, filter bytes in */
  gsize            rows_len;
  gsize            cairo_bytes;
  gsize            zlib1_bytes;
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = xitu_png_encode (bench.map, 96, &error);
  Reader reader;
  cairo_surface_t *back;

  if (png == NULL)
    g_error ("png-fast: %s", error->message);
  reader = (Reader) { g_bytes_get_data (png, NULL), g_bytes_get_size (png), 0 };
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
setup_rows (gpointer data)
{
  gsize row_len = 1 + WIDTH * 3;

  setup_map (data);
  if (bench.rows != NULL)
    return;
  bench.rows_len = row_len * HEIGHT;
  bench.rows = g_malloc (bench.rows_len);
  for (int y = 0; y < HEIGHT; y++)
    {
      const guint32 *px = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (bench.map) +
                                                           (gsize) y * cairo_image_surface_get_stride (bench.map));
      guint8 *o = bench.rows + row_len * y;

      *o++ = 0;
      for (int x = 0; x < WIDTH; x++, o += 3)
        {
          o[0] = px[x] >> 16;
          o[1] = px[x] >> 8;
          o[2] = px[x];
        }
    }
}

/* zlib's part only: the rows are converted at setup. */
static void
png_zlib1 (gpointer data)
{
  uLongf len = compressBound (bench.rows_len);
  g_autofree guint8 *out = g_malloc (len);

  if (compress2 (out, &len, bench.rows, bench.rows_len, 1) != Z_OK)
    g_error ("png-zlib1: zlib failed");
  bench.zlib1_bytes = len;
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = xitu_png_encode (bench.map, 96, &error);

  if (png == NULL)
    g_error ("png-fast: %s", error->message);
  bench.fast_bytes = g_bytes_get_size (png);
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "png-cairo", "1920x1080 map to PNG in memory, cairo's writer", setup_map, png_cairo, NULL },
    { "png-zlib1", "1920x1080 map's RGB rows deflated by zlib level 1, one thread", setup_rows, png_zlib1, NULL },
    { "png-fast", "1920x1080 map to PNG in memory, RGB, no filter, Xitu's deflater in bands", setup_map, png_fast, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  if (bench.cairo_bytes > 0 || bench.zlib1_bytes > 0 || bench.fast_bytes > 0)
    g_printerr ("bench-png: sizes: cairo %" G_GSIZE_FORMAT " bytes, zlib level 1 %" G_GSIZE_FORMAT
                " bytes (deflate stream), fast %" G_GSIZE_FORMAT " bytes\n",
                bench.cairo_bytes, bench.zlib1_bytes, bench.fast_bytes);
  g_free (bench.rows);
  g_clear_pointer (&bench.map, cairo_surface_destroy);
  xitu_bench_choropleth_free ();
  return status;
}
