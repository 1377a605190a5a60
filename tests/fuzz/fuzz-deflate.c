/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PNG deflater on any bytes, cut into any rows and pieces: zlib's
 * inflate must give the same bytes back. The first three input bytes
 * choose the pixel size, the row length and how the rows are cut. */
#include <string.h>
#include <zlib.h>

#include "xitu-deflate.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree guint8 *back = NULL;
  guint bpp, pieces;
  gsize row_len, len, rows, start = 0;
  z_stream z = { 0 };
  int status;

  if (size < 4)
    return 0;
  bpp = 1 + data[0] % 4;
  row_len = bpp * (1 + data[1] % 64) + 1;
  pieces = 1 + data[2] % 3;
  data += 3;
  size -= 3;
  rows = size / row_len;
  if (rows == 0)
    return 0;
  len = rows * row_len;

  /* Each piece by its own deflater, fed a row at a time. */
  for (guint p = 0; p < pieces; p++)
    {
      gsize end = p + 1 == pieces ? len : MIN (len, (rows * (p + 1) / pieces) * row_len);
      XituDeflate *d = xitu_deflate_new (bpp, row_len, out);

      for (gsize pos = start; pos < end; pos += row_len)
        xitu_deflate_feed (d, data + pos, row_len, pos);
      xitu_deflate_finish (d, p + 1 == pieces);
      start = end;
    }

  back = g_malloc (len + 1);
  g_assert (inflateInit2 (&z, -15) == Z_OK);
  z.next_in = out->data;
  z.avail_in = out->len;
  z.next_out = back;
  z.avail_out = len + 1;
  status = inflate (&z, Z_FINISH);
  g_assert (status == Z_STREAM_END);
  g_assert (z.total_out == len && z.avail_in == 0);
  inflateEnd (&z);
  g_assert (memcmp (back, data, len) == 0);
  return 0;
}
