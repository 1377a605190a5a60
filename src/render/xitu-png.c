/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-png.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

#include "xitu-deflate.h"
#include "xitu-export.h"
#include "xitu-parallel.h"

/* Below this many bytes of image data one thread does it all. */
#define PARALLEL_MIN_BYTES (1024 * 1024)
#define MAX_PARTS          4
/* IDAT chunks of at most this many bytes, as libpng writes them. */
#define IDAT_MAX           (256 * 1024)

static gboolean
is_opaque (const guint8 *data,
           int           stride,
           int           width,
           int           height)
{
  /* A row at a time, without a branch per pixel, so that it vectorises. */
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
      guint32 all = 0xffffffffu;

      for (int x = 0; x < width; x++)
        all &= row[x];
      if (all < 0xff000000u)
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
      int x = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      /* 0xAARRGGBB byte-swapped and shifted is R, G, B, 0 in memory: one
       * 4-byte store a pixel, its last byte overwritten by the next. */
      for (; x + 1 < width; x++, o += 3)
        {
          guint32 rgb0 = GUINT32_SWAP_LE_BE (px[x]) >> 8;

          memcpy (o, &rgb0, 4);
        }
#endif
      for (; x < width; x++, o += 3)
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

/* A band of rows, compressed on its own as a piece of one deflate stream:
 * the pieces but the last end on a byte boundary without ending the
 * stream, so that, one after the other, they are one valid stream — as
 * pigz does. */
typedef struct
{
  const guint8 *data;
  int           stride;
  int           width;
  int           first_row;
  int           n_rows;
  gboolean      opaque;
  gboolean      last;
  /* out */
  GByteArray   *deflated;
  uLong         adler;
  uLong         raw_len;
  gboolean      ok;
} Part;

static void
convert_rows (const Part *part,
              int         first,
              int         n,
              gsize       row_len,
              guint8     *out)
{
  for (int i = 0; i < n; i++)
    {
      guint8 *row = out + row_len * i;
      const guint8 *src = part->data + (gsize) (first + i) * part->stride;

      row[0] = 0;  /* filter type None */
      convert_row ((const guint32 *) (gconstpointer) src, part->width, part->opaque, row + 1);
    }
}

/* Converts and compresses a part a few rows at a time, so that memory
 * stays at the surface and the compressed file whatever the size. The row
 * above each block is kept in front of it: the deflater matches pixels
 * against the row above. */
static void
compress_part (guint    index,
               gpointer user_data)
{
  Part *part = (Part *) user_data + index;
  gsize row_len = 1 + (gsize) part->width * (part->opaque ? 3 : 4);
  int block_rows = (int) CLAMP ((256 * 1024) / row_len, 1, 64);
  g_autofree guint8 *buffer = g_malloc (row_len * (block_rows + 1));
  guint8 *block = buffer + row_len;
  gsize history = 0;
  XituDeflate *deflate;

  part->deflated = g_byte_array_sized_new (row_len * part->n_rows / 16 + 1024);
  part->adler = 1;
  part->raw_len = row_len * part->n_rows;
  deflate = xitu_deflate_new (part->opaque ? 3 : 4, row_len, part->deflated);

  /* The row before the part is in the stream already, from the part
   * before: it may be matched too. */
  if (part->first_row > 0)
    {
      convert_rows (part, part->first_row - 1, 1, row_len, buffer);
      history = row_len;
    }
  for (int y = 0; y < part->n_rows; y += block_rows)
    {
      int n = MIN (block_rows, part->n_rows - y);

      convert_rows (part, part->first_row + y, n, row_len, block);
      part->adler = xitu_adler32 (part->adler, block, row_len * n);
      xitu_deflate_feed (deflate, block, row_len * n, history);
      memcpy (buffer, block + row_len * (n - 1), row_len);
      history = row_len;
    }
  xitu_deflate_finish (deflate, part->last);
  part->ok = TRUE;
}

static void
put_be32 (guint8  *p,
          guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static void
append_chunk (GByteArray   *png,
              const char   *type,
              const guint8 *data,
              gsize         len)
{
  guint8 word[4];
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  put_be32 (word, len);
  g_byte_array_append (png, word, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  if (len > 0)
    {
      g_byte_array_append (png, data, len);
      crc = crc32 (crc, data, len);
    }
  put_be32 (word, crc);
  g_byte_array_append (png, word, 4);
}

/* The zlib stream (header, the pieces, the Adler-32 of all the image data)
 * as IDAT chunks. */
static void
append_image_data (GByteArray *png,
                   Part       *parts,
                   guint       n_parts)
{
  GByteArray *stream;
  uLong adler = parts[0].adler;
  gsize total = 2 + 4;
  guint8 tail[4];

  for (guint i = 0; i < n_parts; i++)
    total += parts[i].deflated->len;
  for (guint i = 1; i < n_parts; i++)
    adler = adler32_combine (adler, parts[i].adler, parts[i].raw_len);

  stream = g_byte_array_sized_new (total);
  /* CMF: deflate, 32 KiB window; FLG: level 1 ("fastest"), check bits. */
  g_byte_array_append (stream, (const guint8 *) "\x78\x01", 2);
  for (guint i = 0; i < n_parts; i++)
    g_byte_array_append (stream, parts[i].deflated->data, parts[i].deflated->len);
  put_be32 (tail, adler);
  g_byte_array_append (stream, tail, 4);

  for (gsize pos = 0; pos < stream->len; pos += IDAT_MAX)
    append_chunk (png, "IDAT", stream->data + pos, MIN (IDAT_MAX, stream->len - pos));
  g_byte_array_unref (stream);
}

static GBytes *
encode (cairo_surface_t  *surface,
        double            dpi,
        gboolean          known_opaque,
        GError          **error)
{
  Part parts[MAX_PARTS] = { { 0 } };
  const guint8 *data;
  int stride, width, height;
  gboolean opaque, ok = TRUE;
  guint n_parts;
  GByteArray *png;
  guint8 ihdr[13];

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  opaque = known_opaque || cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ||
           is_opaque (data, stride, width, height);

  /* A large image is cut into bands of rows compressed side by side, one
   * per processor (at least two, so that one way is taken on any machine):
   * the same bytes to decode, half the wall time on two cores. */
  n_parts = (gsize) width * height * 4 < PARALLEL_MIN_BYTES ? 1
            : (guint) CLAMP (g_get_num_processors (), 2, MAX_PARTS);
  n_parts = MIN (n_parts, (guint) height);
  for (guint i = 0; i < n_parts; i++)
    {
      int first = (int) ((gint64) height * i / n_parts);
      int next = (int) ((gint64) height * (i + 1) / n_parts);

      parts[i] = (Part) { data, stride, width, first, next - first, opaque, i == n_parts - 1 };
    }
  xitu_parallel_run (n_parts, 0, compress_part, parts);
  for (guint i = 0; i < n_parts; i++)
    ok = ok && parts[i].ok && parts[i].deflated != NULL;

  png = NULL;
  if (ok)
    {
      gsize compressed = 0;

      for (guint i = 0; i < n_parts; i++)
        compressed += parts[i].deflated->len;
      png = g_byte_array_sized_new (compressed + compressed / 1000 + 256);
      g_byte_array_append (png, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
      put_be32 (ihdr, width);
      put_be32 (ihdr + 4, height);
      ihdr[8] = 8;                 /* bits per channel */
      ihdr[9] = opaque ? 2 : 6;    /* RGB : RGBA */
      ihdr[10] = ihdr[11] = ihdr[12] = 0;  /* deflate, adaptive filters, no interlace */
      append_chunk (png, "IHDR", ihdr, sizeof ihdr);
      /* pHYs: the print resolution, in pixels per metre. */
      if (dpi > 0)
        {
          guint8 phys[9];
          guint32 ppm = (guint32) round (dpi / 0.0254);

          put_be32 (phys, ppm);
          put_be32 (phys + 4, ppm);
          phys[8] = 1;
          append_chunk (png, "pHYs", phys, sizeof phys);
        }
      append_image_data (png, parts, n_parts);
      append_chunk (png, "IEND", NULL, 0);
    }

  for (guint i = 0; i < n_parts; i++)
    if (parts[i].deflated != NULL)
      g_byte_array_unref (parts[i].deflated);
  if (png == NULL)
    {
      g_set_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_RENDER,
                   "Could not draw the PNG image: zlib failed");
      return NULL;
    }
  return g_byte_array_free_to_bytes (png);
}

GBytes *
xitu_png_encode (cairo_surface_t  *surface,
                 double            dpi,
                 GError          **error)
{
  return encode (surface, dpi, FALSE, error);
}

GBytes *
xitu_png_encode_opaque (cairo_surface_t  *surface,
                        double            dpi,
                        GError          **error)
{
  return encode (surface, dpi, TRUE, error);
}
