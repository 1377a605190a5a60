/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Draws into `cr`'s band of pixel rows, as if into `cr` itself. */
typedef void (*XituBandDrawFunc) (cairo_t  *cr,
                                  gpointer  user_data);

/* Draws with `draw` into an image surface on several processors at once:
 * the rows that the user-space rectangle (x, y, w, h) covers are cut into
 * `n_bands` bands (0: one per processor, at most 4), and `draw` is called
 * once per band, side by side on threads, each time with a cairo_t of its
 * own on that band of `cr`'s target, with `cr`'s transformation, clip,
 * antialiasing and tolerance. The bands do not overlap, so what a call
 * draws outside its band is cut off, and the pixels are the ones one call
 * on `cr` would have drawn (but for a few levels on some edge pixels where
 * translucent strokes cross themselves under fast antialiasing: cairo's
 * stroker then depends a little on the target's extent).
 *
 * `draw` must be safe to call from several threads at once: nothing shared
 * may be written, and no cairo object shared (a pattern's image is
 * reference-counted without locks). Pango is not for it either: its font
 * maps are per thread.
 *
 * FALSE, and nothing drawn, where it is not worth it or not possible: one
 * processor, a target that is not an ARGB32 or RGB24 image, a clip that is
 * not a list of rectangles, fewer than 64 rows per band. */
gboolean xitu_draw_in_bands (cairo_t          *cr,
                             double            x,
                             double            y,
                             double            w,
                             double            h,
                             guint             n_bands,
                             XituBandDrawFunc  draw,
                             gpointer          user_data);

G_END_DECLS
