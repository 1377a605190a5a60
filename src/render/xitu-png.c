/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-png.h"

#include <math.h>
#include <png.h>
#include <setjmp.h>

#include "xitu-export.h"

typedef struct
{
  GByteArray *out;
  char        message[256];
} PngWrite;

static void
on_png_error (png_structp      png,
              png_const_charp  message)
{
  PngWrite *w = png_get_error_ptr (png);

  g_strlcpy (w->message, message, sizeof w->message);
  png_longjmp (png, 1);
}

static void
on_png_warning (png_structp      png,
                png_const_charp  message)
{
}

static void
append_bytes (png_structp  png,
              png_bytep    data,
              png_size_t   length)
{
  PngWrite *w = png_get_io_ptr (png);

  g_byte_array_append (w->out, data, (guint) length);
}

static void
flush_nothing (png_structp png)
{
}

static gboolean
is_opaque (const guint8 *data,
           int           stride,
           int           width,
           int           height)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] < 0xff000000u)
          return FALSE;
    }
  return TRUE;
}

/* One row of cairo's native-endian premultiplied ARGB as PNG's RGB or
 * straight RGBA bytes (the rounding cairo's own writer uses). */
static void
convert_row (const guint32 *px,
             int            width,
             gboolean       opaque,
             guint8        *o)
{
  if (opaque)
    {
      for (int x = 0; x < width; x++, o += 3)
        {
          guint32 p = px[x];

          o[0] = p >> 16;
          o[1] = p >> 8;
          o[2] = p;
        }
      return;
    }

  for (int x = 0; x < width; x++, o += 4)
    {
      guint32 p = px[x];
      guint a = p >> 24;

      if (a == 0xff)
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
      o[3] = a;
    }
}

GBytes *
xitu_png_encode (cairo_surface_t  *surface,
                 double            dpi,
                 GError          **error)
{
  PngWrite w = { NULL, "" };
  png_structp png = NULL;
  png_infop info = NULL;
  guint8 *volatile row = NULL;
  const guint8 *data;
  int stride, width, height;
  gboolean opaque;
  int channels;

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  opaque = cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ||
           is_opaque (data, stride, width, height);
  channels = opaque ? 3 : 4;

  /* Flat colours compress about 20:1. */
  w.out = g_byte_array_sized_new ((guint) MIN ((gsize) width * height * channels / 16 + 1024, G_MAXUINT));
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &w, on_png_error, on_png_warning);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (info == NULL)
    g_strlcpy (w.message, "out of memory", sizeof w.message);
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, info != NULL ? &info : NULL);
      g_free (row);
      g_byte_array_unref (w.out);
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_RENDER,
                   "Could not draw the PNG image: %s", w.message);
      return NULL;
    }

  row = g_malloc ((gsize) width * channels);
  png_set_write_fn (png, &w, append_bytes, flush_nothing);
  png_set_compression_level (png, 1);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  /* Fewer, larger IDAT chunks. */
  png_set_compression_buffer_size (png, 256 * 1024);
  png_set_IHDR (png, info, (png_uint_32) width, (png_uint_32) height, 8,
                opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (dpi > 0)
    {
      png_uint_32 ppm = (png_uint_32) round (dpi / 0.0254);

      png_set_pHYs (png, info, ppm, ppm, PNG_RESOLUTION_METER);
    }
  png_write_info (png, info);
  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (gconstpointer) (data + (gsize) y * stride), width, opaque, row);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  g_free (row);
  return g_byte_array_free_to_bytes (w.out);
}
