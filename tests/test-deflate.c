/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PNG deflater: whatever it is fed, zlib's inflate gives the same bytes
 * back, from one piece or from pieces compressed apart; and on a drawing
 * it compresses about as well as zlib's fastest level. */
#include <string.h>
#include <zlib.h>

#include "xitu-deflate.h"

/* Inflates a raw deflate stream that must end exactly with `len` bytes. */
static void
assert_inflates_to (const GByteArray *stream,
                    const guint8     *data,
                    gsize             len)
{
  g_autofree guint8 *back = g_malloc (len + 1);
  z_stream z = { 0 };
  int status;

  g_assert_cmpint (inflateInit2 (&z, -15), ==, Z_OK);
  z.next_in = stream->data;
  z.avail_in = stream->len;
  z.next_out = back;
  z.avail_out = len + 1;
  status = inflate (&z, Z_FINISH);
  g_assert_cmpint (status, ==, Z_STREAM_END);
  g_assert_cmpuint (z.total_out, ==, len);
  g_assert_cmpuint (z.avail_in, ==, 0);  /* nothing after the final block */
  inflateEnd (&z);
  g_assert_cmpmem (back, len, data, len);
}

/* Compresses rows in pieces of `piece_rows` rows, each piece by its own
 * deflater (as the PNG writer's threads do), fed `feed_rows` at a time. */
static GByteArray *
deflate_pieces (const guint8 *data,
                gsize         len,
                guint         bpp,
                gsize         row_len,
                gsize         piece_rows,
                gsize         feed_rows)
{
  GByteArray *out = g_byte_array_new ();
  gsize piece = piece_rows * row_len, feed = feed_rows * row_len;

  for (gsize start = 0; start < len || start == 0; start += piece)
    {
      gsize end = MIN (start + piece, len);
      XituDeflate *d = xitu_deflate_new (bpp, row_len, out);

      for (gsize pos = start; pos < end; pos += feed)
        xitu_deflate_feed (d, data + pos, MIN (feed, end - pos), pos);
      xitu_deflate_finish (d, end == len);
      if (end == len)
        break;
    }
  return out;
}

static void
check_round_trip (const guint8 *data,
                  gsize         len,
                  guint         bpp,
                  gsize         row_len)
{
  gsize rows = len / row_len;
  const gsize pieces[] = { rows, rows / 2 + 1, 3, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    {
      g_autoptr(GByteArray) one_feed = deflate_pieces (data, len, bpp, row_len, MAX (pieces[i], 1), rows);
      g_autoptr(GByteArray) row_feeds = deflate_pieces (data, len, bpp, row_len, MAX (pieces[i], 1), 1);

      assert_inflates_to (one_feed, data, len);
      assert_inflates_to (row_feeds, data, len);
    }
}

/* Noise: literals only, in several blocks. */
static void
test_noise (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  gsize row_len = 1 + 300 * 3, len = row_len * 200;
  g_autofree guint8 *data = g_malloc (len);

  for (gsize i = 0; i < len; i++)
    data[i] = g_rand_int (rand);
  check_round_trip (data, len, 3, row_len);
}

/* Flat colour, stripes, copies of the row above shifted by a pixel: long
 * matches at every distance tried, up to 258 bytes and across rows. */
static void
test_flat_and_slanted (void)
{
  gsize row_len = 1 + 640 * 4, rows = 120, len = row_len * rows;
  g_autofree guint8 *data = g_malloc (len);

  for (gsize y = 0; y < rows; y++)
    {
      guint8 *row = data + y * row_len;

      row[0] = 0;
      for (gsize x = 0; x < 640; x++)
        {
          guint8 *p = row + 1 + x * 4;
          gboolean line = (x + y) % 17 == 0 || (x + 640 - y) % 29 == 0;

          p[0] = line ? 30 : 200;
          p[1] = line ? 30 : (y < 60 ? 220 : (x / 8) % 2 * 100);
          p[2] = line ? 30 : 240;
          p[3] = 255;
        }
    }
  check_round_trip (data, len, 4, row_len);
}

/* Literal counts 1, 2, 3, 5, 8… (with the end-of-block symbol's 1) make
 * the optimal Huffman code a chain 20 deep, beyond deflate's 15 bits: the
 * limited code must still decode. One block, shuffled; `bpp` as long as
 * the input leaves no distance to match at, so every byte is a literal. */
static void
test_skewed_counts (void)
{
  g_autoptr(GByteArray) input = g_byte_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint32 fib[20] = { 1, 2 };
  g_autoptr(GByteArray) out = NULL;

  for (guint i = 2; i < G_N_ELEMENTS (fib); i++)
    fib[i] = fib[i - 1] + fib[i - 2];
  for (guint i = 0; i < G_N_ELEMENTS (fib); i++)
    for (guint32 k = 0; k < fib[i]; k++)
      {
        guint8 b = i * 10;

        g_byte_array_append (input, &b, 1);
      }
  for (guint i = input->len - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      guint8 t = input->data[i];

      input->data[i] = input->data[j];
      input->data[j] = t;
    }
  out = deflate_pieces (input->data, input->len, input->len, input->len, 1, 1);
  assert_inflates_to (out, input->data, input->len);
}

/* Rows longer than the window cannot be matched from below; one byte, and
 * nothing at all, are still streams. */
static void
test_edges (void)
{
  gsize row_len = 1 + 12000 * 3, len = row_len * 3;
  g_autofree guint8 *wide = g_malloc0 (len);
  guint8 one = 42;

  for (gsize i = 0; i < len; i += 7)
    wide[i] = i / 7;
  check_round_trip (wide, len, 3, row_len);
  check_round_trip (&one, 1, 1, 1);
  /* Pixels of 20,000 bytes that repeat two pixels back, 40,000 bytes:
   * beyond deflate's window, so not a match to take. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (5);
    gsize far_len = 120000;
    g_autofree guint8 *far = g_malloc (far_len);

    for (gsize i = 0; i < far_len; i++)
      far[i] = i < 40000 ? g_rand_int (rand) : far[i - 40000];
    check_round_trip (far, far_len, 20000, far_len);
  }
  {
    g_autoptr(GByteArray) empty = g_byte_array_new ();
    XituDeflate *d = xitu_deflate_new (3, 10, empty);

    xitu_deflate_finish (d, TRUE);
    assert_inflates_to (empty, NULL, 0);
  }
}

/* A map-like image: sea, land in a few flat colours, borders at a slant,
 * hatching. No bigger than 1.25× zlib level 1 gives. */
static void
test_ratio (void)
{
  gsize w = 800, h = 400, row_len = 1 + w * 3, len = row_len * h;
  g_autofree guint8 *data = g_malloc (len);
  g_autoptr(GByteArray) ours = NULL;
  uLongf zlen = compressBound (len);
  g_autofree guint8 *theirs = g_malloc (zlen);

  for (gsize y = 0; y < h; y++)
    {
      guint8 *row = data + y * row_len;

      row[0] = 0;
      for (gsize x = 0; x < w; x++)
        {
          double cx = (double) x / w - 0.5, cy = (double) y / h - 0.5;
          gboolean land = cx * cx * 3 + cy * cy * 5 < 0.2;
          guint country = (guint) ((cx + 1) * 9) + (guint) ((cy + 1) * 4) * 7;
          gboolean border = land && ((x + 2 * y) % 90 < 1 || (3 * x + y) % 130 < 2);
          gboolean hatch = land && country % 3 == 0 && (x + y) % 6 == 0;
          guint8 *p = row + 1 + x * 3;

          p[0] = border ? 255 : hatch ? 150 : land ? 60 + country * 13 % 150 : 220;
          p[1] = border ? 255 : hatch ? 150 : land ? 90 + country * 29 % 120 : 233;
          p[2] = border ? 255 : hatch ? 150 : land ? 70 : 242;
        }
    }
  ours = deflate_pieces (data, len, 3, row_len, h, 16);
  assert_inflates_to (ours, data, len);
  g_assert_cmpint (compress2 (theirs, &zlen, data, len, 1), ==, Z_OK);
  g_test_message ("ours %u bytes, zlib level 1 %lu", ours->len, zlen);
  g_assert_cmpuint (ours->len, <, zlen * 5 / 4);
}

/* Adler-32 as zlib computes it: every length around the 16-byte steps and
 * the runs between reductions, any alignment, bytes that push the sums
 * highest, and continued from a value over pieces. */
static void
test_adler32 (void)
{
  const gsize lengths[] = { 0, 1, 15, 16, 17, 31, 5535, 5536, 5551, 5552, 5553, 11104, 11105, 100003 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  g_autofree guint8 *noise = g_malloc (100003 + 16);
  g_autofree guint8 *full = g_malloc (100003 + 16);

  for (gsize i = 0; i < 100003 + 16; i++)
    noise[i] = g_rand_int (rand);
  memset (full, 0xff, 100003 + 16);

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    for (guint offset = 0; offset < 3; offset++)
      {
        const guint8 *bufs[] = { noise + offset, full + offset };

        for (guint k = 0; k < G_N_ELEMENTS (bufs); k++)
          {
            guint32 want = adler32 (adler32 (0, NULL, 0), bufs[k], lengths[i]);
            gsize half = lengths[i] / 3;

            g_assert_cmphex (xitu_adler32 (1, bufs[k], lengths[i]), ==, want);
            g_assert_cmphex (xitu_adler32 (xitu_adler32 (1, bufs[k], half), bufs[k] + half, lengths[i] - half),
                             ==, want);
          }
      }
  /* Continued from sums near the modulus. */
  g_assert_cmphex (xitu_adler32 (0xfff0fff0u, full, 70000), ==, adler32 (0xfff0fff0u, full, 70000));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deflate/noise", test_noise);
  g_test_add_func ("/deflate/flat-and-slanted", test_flat_and_slanted);
  g_test_add_func ("/deflate/skewed-counts", test_skewed_counts);
  g_test_add_func ("/deflate/edges", test_edges);
  g_test_add_func ("/deflate/ratio", test_ratio);
  g_test_add_func ("/deflate/adler32", test_adler32);
  return g_test_run ();
}
