/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-deflate.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MIN_MATCH      3
#define MAX_MATCH      258
#define WINDOW         32768
#define BLOCK_TOKENS   32768
#define N_LITLEN       286
#define N_DIST         30
#define N_CODELEN      19
#define MAX_DISTANCES  5
/* A token is a literal byte, or MATCH_FLAG | distance index << 16 | length. */
#define MATCH_FLAG     0x80000000u

typedef struct
{
  guint16 code;   /* bit-reversed, as deflate sends Huffman codes */
  guint8  bits;
} Code;

typedef struct
{
  guint16 symbol;
  guint8  extra_bits;
  guint16 extra;
} Symbol;

struct _XituDeflate
{
  GByteArray *out;
  guint64     acc;
  guint       n_acc;
  guint32    *tokens;
  guint       n_tokens;
  Symbol      lengths[MAX_MATCH + 1];
  /* The distances tried, nearest first, with their codes. */
  gsize       distances[MAX_DISTANCES];
  Symbol      dist_symbols[MAX_DISTANCES];
  guint       n_distances;
};

static const guint16 length_base[] = {
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
  67, 83, 99, 115, 131, 163, 195, 227, 258
};
static const guint8 length_extra[] = {
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
  5, 5, 5, 5, 0
};
static const guint16 dist_base[] = {
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
  769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577
};
static const guint8 dist_extra[] = {
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
  11, 11, 12, 12, 13, 13
};
/* The order in which a block header lists the code-length code's lengths. */
static const guint8 codelen_order[N_CODELEN] = {
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
};

static Symbol
dist_symbol (gsize dist)
{
  guint i = N_DIST - 1;

  while (dist_base[i] > dist)
    i--;
  return (Symbol) { i, dist_extra[i], dist - dist_base[i] };
}

XituDeflate *
xitu_deflate_new (guint       bpp,
                  gsize       row_len,
                  GByteArray *out)
{
  XituDeflate *self;
  const gsize candidates[] = { bpp, 2 * bpp, row_len - bpp, row_len, row_len + bpp };
  guint s = 0;

  g_return_val_if_fail (bpp > 0 && bpp <= row_len && out != NULL, NULL);

  self = g_new0 (XituDeflate, 1);
  self->out = out;
  self->tokens = g_new (guint32, BLOCK_TOKENS);
  for (guint len = MIN_MATCH; len <= MAX_MATCH; len++)
    {
      while (s + 1 < G_N_ELEMENTS (length_base) && length_base[s + 1] <= len)
        s++;
      self->lengths[len] = (Symbol) { 257 + s, length_extra[s], len - length_base[s] };
    }
  /* The pixel before; two before (dashes, hatching); above left, above
   * and above right (edges at a slant): those a deflate stream can reach. */
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] > 0 && candidates[i] <= WINDOW &&
        (i < 2 || row_len > bpp))
      {
        self->distances[self->n_distances] = candidates[i];
        self->dist_symbols[self->n_distances] = dist_symbol (candidates[i]);
        self->n_distances++;
      }
  return self;
}

/* ---- bits -------------------------------------------------------------- */

static void
put_bits (XituDeflate *self,
          guint32      value,
          guint        n)
{
  self->acc |= (guint64) value << self->n_acc;
  self->n_acc += n;
  if (self->n_acc >= 32)
    {
      guint8 *p = self->out->data + self->out->len;

      p[0] = self->acc;
      p[1] = self->acc >> 8;
      p[2] = self->acc >> 16;
      p[3] = self->acc >> 24;
      self->out->len += 4;
      self->acc >>= 32;
      self->n_acc -= 32;
    }
}

static void
put_code (XituDeflate *self,
          const Code  *code)
{
  put_bits (self, code->code, code->bits);
}

/* Writes out the bits still held, padded with zeros to a whole byte. */
static void
align (XituDeflate *self)
{
  while (self->n_acc > 0)
    {
      self->out->data[self->out->len++] = self->acc;
      self->acc >>= 8;
      self->n_acc = self->n_acc > 8 ? self->n_acc - 8 : 0;
    }
  self->acc = 0;
}

/* put_bits() writes into the array's room without growing it. */
static void
reserve (XituDeflate *self,
         gsize        bytes)
{
  guint len = self->out->len;

  g_byte_array_set_size (self->out, len + bytes);
  self->out->len = len;
}

/* ---- Huffman codes ----------------------------------------------------- */

static int
compare_keys (const void *a,
              const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Huffman code lengths of at most `max_bits`. Where the optimal code is
 * deeper, the counts are halved and the tree built again: the result is a
 * little longer than a length-limited optimum, and found in a few
 * microseconds. Every code has at least two symbols, so it is complete. */
static void
build_lengths (const guint32 *counts,
               guint          n,
               guint          max_bits,
               guint8        *lengths)
{
  guint32 freq[N_LITLEN];
  guint32 leaf[N_LITLEN];
  guint32 weight[2 * N_LITLEN];
  guint16 parent[2 * N_LITLEN];
  guint8 depth[2 * N_LITLEN];
  guint m = 0, used = 0, max_depth;

  memcpy (freq, counts, n * sizeof *freq);
  for (guint s = 0; s < n; s++)
    used += freq[s] > 0;
  for (guint s = 0; s < n && used < 2; s++)
    if (freq[s] == 0)
      {
        freq[s] = 1;
        used++;
      }

  do
    {
      guint next, li = 0, ii;

      /* Sorted by count, then symbol: count << 9 | symbol. */
      m = 0;
      for (guint s = 0; s < n; s++)
        if (freq[s] > 0)
          leaf[m++] = freq[s] << 9 | s;
      qsort (leaf, m, sizeof *leaf, compare_keys);
      for (guint i = 0; i < m; i++)
        {
          weight[i] = leaf[i] >> 9;
          leaf[i] &= 0x1ff;
        }

      g_assert (m >= 2);
      /* Two queues: the sorted leaves, and the inner nodes, which are
       * made in order of weight. A parent's index is above its children's. */
      ii = next = m;
      for (guint k = 0; k + 1 < m; k++)
        {
          guint pick[2];

          for (guint j = 0; j < 2; j++)
            pick[j] = li < m && (ii >= next || weight[li] <= weight[ii]) ? li++ : ii++;
          weight[next] = weight[pick[0]] + weight[pick[1]];
          parent[pick[0]] = parent[pick[1]] = next;
          next++;
        }
      depth[next - 1] = 0;
      max_depth = 0;
      for (guint i = next - 1; i-- > 0;)
        {
          depth[i] = depth[parent[i]] + 1;
          if (i < m)
            max_depth = MAX (max_depth, depth[i]);
        }
      if (max_depth > max_bits)
        for (guint s = 0; s < n; s++)
          if (freq[s] > 0)
            freq[s] = (freq[s] + 1) / 2;
    }
  while (max_depth > max_bits);

  memset (lengths, 0, n);
  for (guint i = 0; i < m; i++)
    lengths[leaf[i]] = depth[i];
}

/* The canonical codes of RFC 1951 3.2.2 for the given lengths. */
static void
assign_codes (const guint8 *lengths,
              guint         n,
              Code         *codes)
{
  guint count[16] = { 0 };
  guint next[16];
  guint code = 0;

  for (guint s = 0; s < n; s++)
    count[lengths[s]]++;
  count[0] = 0;
  for (guint bits = 1; bits < 16; bits++)
    {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
  for (guint s = 0; s < n; s++)
    {
      guint bits = lengths[s], c = bits > 0 ? next[bits]++ : 0, r = 0;

      for (guint b = 0; b < bits; b++)
        r |= ((c >> b) & 1) << (bits - 1 - b);
      codes[s] = (Code) { r, bits };
    }
}

/* ---- blocks ------------------------------------------------------------ */

/* The run-length coding of code lengths (RFC 1951 3.2.7): symbols 0–15,
 * 16 (repeat the last 3–6 times), 17 (3–10 zeros), 18 (11–138 zeros);
 * each as symbol | extra << 8. */
static guint
encode_lengths (const guint8 *lengths,
                guint         n,
                guint16      *out)
{
  guint n_out = 0;

  for (guint i = 0; i < n;)
    {
      guint8 v = lengths[i];
      guint run = 1;

      while (i + run < n && lengths[i + run] == v)
        run++;
      i += run;
      if (v == 0)
        {
          for (; run >= 11; run -= MIN (run, 138))
            out[n_out++] = 18 | (MIN (run, 138) - 11) << 8;
          if (run >= 3)
            {
              out[n_out++] = 17 | (run - 3) << 8;
              run = 0;
            }
        }
      else
        {
          out[n_out++] = v;
          run--;
          for (; run >= 3; run -= MIN (run, 6))
            out[n_out++] = 16 | (MIN (run, 6) - 3) << 8;
        }
      for (; run > 0; run--)
        out[n_out++] = v;
    }
  return n_out;
}

static void
write_header (XituDeflate  *self,
              const guint8 *litlen_lengths,
              const guint8 *dist_lengths)
{
  static const guint8 extra_bits[N_CODELEN] = { [16] = 2, [17] = 3, [18] = 7 };
  guint8 all[N_LITLEN + N_DIST];
  guint16 rle[N_LITLEN + N_DIST];
  guint32 freq[N_CODELEN] = { 0 };
  guint8 cl_lengths[N_CODELEN];
  Code cl_codes[N_CODELEN];
  guint n_lit = N_LITLEN, n_dist = N_DIST, n_cl = N_CODELEN, n_rle;

  while (n_lit > 257 && litlen_lengths[n_lit - 1] == 0)
    n_lit--;
  while (n_dist > 1 && dist_lengths[n_dist - 1] == 0)
    n_dist--;
  memcpy (all, litlen_lengths, n_lit);
  memcpy (all + n_lit, dist_lengths, n_dist);
  n_rle = encode_lengths (all, n_lit + n_dist, rle);
  for (guint i = 0; i < n_rle; i++)
    freq[rle[i] & 0xff]++;
  build_lengths (freq, N_CODELEN, 7, cl_lengths);
  assign_codes (cl_lengths, N_CODELEN, cl_codes);
  while (n_cl > 4 && cl_lengths[codelen_order[n_cl - 1]] == 0)
    n_cl--;

  put_bits (self, n_lit - 257, 5);
  put_bits (self, n_dist - 1, 5);
  put_bits (self, n_cl - 4, 4);
  for (guint i = 0; i < n_cl; i++)
    put_bits (self, cl_lengths[codelen_order[i]], 3);
  for (guint i = 0; i < n_rle; i++)
    {
      guint sym = rle[i] & 0xff;

      put_code (self, &cl_codes[sym]);
      if (extra_bits[sym] > 0)
        put_bits (self, rle[i] >> 8, extra_bits[sym]);
    }
}

/* The tokens gathered so far as one block with codes of its own. */
static void
write_block (XituDeflate *self,
             gboolean     final)
{
  guint32 lit_freq[N_LITLEN] = { 0 };
  guint32 dist_freq[N_DIST] = { 0 };
  guint8 lit_lengths[N_LITLEN], dist_lengths[N_DIST];
  Code lit[N_LITLEN], dist[N_DIST];

  for (guint i = 0; i < self->n_tokens; i++)
    {
      guint32 t = self->tokens[i];

      if (t & MATCH_FLAG)
        {
          lit_freq[self->lengths[t & 0xffff].symbol]++;
          dist_freq[self->dist_symbols[(t >> 16) & 0x7].symbol]++;
        }
      else
        lit_freq[t]++;
    }
  lit_freq[256] = 1;  /* end of block */
  build_lengths (lit_freq, N_LITLEN, 15, lit_lengths);
  build_lengths (dist_freq, N_DIST, 15, dist_lengths);
  assign_codes (lit_lengths, N_LITLEN, lit);
  assign_codes (dist_lengths, N_DIST, dist);

  /* Header ≤ ~300 bytes; a token ≤ 15 + 5 + 15 + 13 bits. */
  reserve (self, 512 + (gsize) self->n_tokens * 6);
  put_bits (self, final, 1);
  put_bits (self, 2, 2);  /* dynamic Huffman codes */
  write_header (self, lit_lengths, dist_lengths);
  for (guint i = 0; i < self->n_tokens; i++)
    {
      guint32 t = self->tokens[i];

      if (t & MATCH_FLAG)
        {
          const Symbol *len = &self->lengths[t & 0xffff];
          const Symbol *d = &self->dist_symbols[(t >> 16) & 0x7];

          put_code (self, &lit[len->symbol]);
          put_bits (self, len->extra, len->extra_bits);
          put_code (self, &dist[d->symbol]);
          put_bits (self, d->extra, d->extra_bits);
        }
      else
        put_code (self, &lit[t]);
    }
  put_code (self, &lit[256]);
  self->n_tokens = 0;
}

/* ---- matching ---------------------------------------------------------- */

/* How many bytes at `a` equal those at `b`, up to `max`. */
static inline gsize
match_length (const guint8 *a,
              const guint8 *b,
              gsize         max)
{
  gsize n = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
  for (; n + 8 <= max; n += 8)
    {
      guint64 x, y;

      memcpy (&x, a + n, 8);
      memcpy (&y, b + n, 8);
      if (x != y)
        return n + (__builtin_ctzll (x ^ y) >> 3);
    }
#endif
  while (n < max && a[n] == b[n])
    n++;
  return n;
}

static void
add_token (XituDeflate *self,
           guint32      token)
{
  self->tokens[self->n_tokens++] = token;
  if (self->n_tokens == BLOCK_TOKENS)
    write_block (self, FALSE);
}

void
xitu_deflate_feed (XituDeflate  *self,
                   const guint8 *data,
                   gsize         len,
                   gsize         history)
{
  for (gsize i = 0; i < len;)
    {
      gsize max = MIN (MAX_MATCH, len - i);
      gsize best = 0;
      guint best_index = 0;

      for (guint k = 0; k < self->n_distances && best < max; k++)
        {
          gsize d = self->distances[k];

          /* Most candidates fail on the first byte: no call for those. */
          if (i + history >= d && data[i] == data[i - d])
            {
              gsize n = match_length (data + i, data + i - d, max);

              if (n > best)
                {
                  best = n;
                  best_index = k;
                }
            }
        }
      if (best < MIN_MATCH)
        {
          add_token (self, data[i]);
          i++;
        }
      else
        {
          add_token (self, MATCH_FLAG | best_index << 16 | best);
          i += best;
        }
    }
}

void
xitu_deflate_finish (XituDeflate *self,
                     gboolean     last)
{
  if (self->n_tokens > 0 || last)
    write_block (self, last);
  reserve (self, 16);
  if (!last)
    {
      /* An empty stored block: three header bits, then byte-aligned
       * LEN = 0 and its complement. */
      put_bits (self, 0, 3);
      align (self);
      g_byte_array_append (self->out, (const guint8 *) "\x00\x00\xff\xff", 4);
    }
  else
    align (self);
  g_free (self->tokens);
  g_free (self);
}

/* ---- Adler-32 ------------------------------------------------------------ */

#define ADLER_BASE 65521u
/* The most bytes after which the sums, from below the base, still fit in
 * 32 bits (zlib's NMAX), rounded down to whole 16-byte steps. */
#define ADLER_RUN  5552u

#ifdef __SSE2__
/* One run of at most ADLER_RUN bytes, a multiple of 16. Over a step of
 * 16 bytes b0..b15, s1 grows by their sum and s2 by 16 times s1 before the
 * step plus 16 b0 + 15 b1 + … + 1 b15: the byte sums come from SAD against
 * zero, the weighted ones from multiply-adds on the bytes widened to 16
 * bits, and the s1 before each step is summed up to be multiplied by 16
 * once at the end. */
static void
adler_run_sse2 (guint32      *s1,
                guint32      *s2,
                const guint8 *p,
                gsize         len)
{
  const __m128i zero = _mm_setzero_si128 ();
  const __m128i weights_lo = _mm_setr_epi16 (16, 15, 14, 13, 12, 11, 10, 9);
  const __m128i weights_hi = _mm_setr_epi16 (8, 7, 6, 5, 4, 3, 2, 1);
  __m128i sum = zero, before = zero, weighted = zero;
  guint32 lanes[4];
  guint64 b, w;

  for (gsize i = 0; i < len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (p + i));

      before = _mm_add_epi32 (before, sum);
      sum = _mm_add_epi32 (sum, _mm_sad_epu8 (v, zero));
      weighted = _mm_add_epi32 (weighted, _mm_madd_epi16 (_mm_unpacklo_epi8 (v, zero), weights_lo));
      weighted = _mm_add_epi32 (weighted, _mm_madd_epi16 (_mm_unpackhi_epi8 (v, zero), weights_hi));
    }

  _mm_storeu_si128 ((__m128i *) (gpointer) lanes, before);
  b = (guint64) lanes[0] + lanes[2];
  _mm_storeu_si128 ((__m128i *) (gpointer) lanes, weighted);
  w = (guint64) lanes[0] + lanes[1] + lanes[2] + lanes[3];
  _mm_storeu_si128 ((__m128i *) (gpointer) lanes, sum);

  *s2 = (guint32) ((*s2 + (guint64) *s1 * len + 16 * b + w) % ADLER_BASE);
  *s1 = (guint32) ((*s1 + (guint64) lanes[0] + lanes[2]) % ADLER_BASE);
}
#endif

guint32
xitu_adler32 (guint32       adler,
              const guint8 *data,
              gsize         len)
{
  guint32 s1 = adler & 0xffff, s2 = adler >> 16;

  while (len > 0)
    {
      gsize run = MIN (len, ADLER_RUN);
      gsize i = 0;

#ifdef __SSE2__
      i = run & ~(gsize) 15;
      adler_run_sse2 (&s1, &s2, data, i);
#endif
      for (; i < run; i++)
        {
          s1 += data[i];
          s2 += s1;
        }
      s1 %= ADLER_BASE;
      s2 %= ADLER_BASE;
      data += run;
      len -= run;
    }
  return s2 << 16 | s1;
}
