/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deflate (RFC 1951) made for the scanlines of flat-coloured drawings.
 *
 * A general deflater hashes every position to find a match anywhere in its
 * window. In a map or a chart nearly every byte repeats the pixel before it
 * or the pixel above it, so this one tries those two distances only: `bpp`
 * bytes back and `row_len` bytes back. Its blocks have their own Huffman
 * codes, so the output stays near zlib level 1's size at a fraction of its
 * time.
 *
 * Feed it whole rows, `row_len` bytes each (the PNG filter byte included),
 * in order; `history` says how many bytes before `data` are already in the
 * stream and may be matched (at most the rows fed before, or, for a piece
 * of an image compressed beside others, the rows before the piece). The
 * output ends on a byte boundary: as the stream's final block when `last`,
 * else followed by an empty stored block, so that pieces compressed side by
 * side are one stream end to end. */
typedef struct _XituDeflate XituDeflate;

XituDeflate *xitu_deflate_new    (guint         bpp,
                                  gsize         row_len,
                                  GByteArray   *out);
void         xitu_deflate_feed   (XituDeflate  *self,
                                  const guint8 *data,
                                  gsize         len,
                                  gsize         history);
void         xitu_deflate_finish (XituDeflate  *self,
                                  gboolean      last);

/* The Adler-32 of `data` continued from `adler` (1 to start), as zlib's
 * adler32() computes it, 16 bytes a step where the processor allows. */
guint32      xitu_adler32        (guint32       adler,
                                  const guint8 *data,
                                  gsize         len);

G_END_DECLS
