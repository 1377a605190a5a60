/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "xitu-dataset.h"
#include "xitu-palette.h"
#include "xitu-text.h"

G_BEGIN_DECLS

/* The line under every chart and map that names where its numbers come from
 * (publisher and edition, short) and which edition of the data it was drawn
 * from:
 *
 *   Sources: USGS, MCS 2026; IEA, GCMO 2024. Data: Xitu dataset of 2026-02.
 *
 * Collect the sources while gathering the figures, measure to reserve the
 * space, then draw. */

typedef struct _XituFooter XituFooter;

XituFooter *xitu_footer_new              (XituDataset       *dataset,
                                          XituLang           lang);
void        xitu_footer_free             (XituFooter        *footer);

/* Adds a source once; `edition` may be NULL (then the source's date). */
void        xitu_footer_add_source       (XituFooter        *footer,
                                          const char        *source_id,
                                          const char        *edition);
/* Adds the sources of every figure in the array (of XituFigure). */
void        xitu_footer_add_figures      (XituFooter        *footer,
                                          GPtrArray         *figures);
/* A sentence after the sources, e.g. what the hatching means. */
void        xitu_footer_add_note         (XituFooter        *footer,
                                          const char        *note);
/* Replaces the default data edition (the newest source date). */
void        xitu_footer_set_data_edition (XituFooter        *footer,
                                          const char        *edition);
guint       xitu_footer_get_n_sources    (XituFooter        *footer);
/* "USGS, MCS 2026", for the i-th source. */
const char *xitu_footer_get_source_label (XituFooter        *footer,
                                          guint              i);
/* The whole footer text in the footer's language. */
char       *xitu_footer_get_text         (XituFooter        *footer);

/* The height the footer needs when wrapped to `width`. */
double      xitu_footer_measure          (XituFooter        *footer,
                                          cairo_t           *cr,
                                          double             width,
                                          double             scale);
/* Draws it wrapped to `width`, its left edge at x and its bottom edge at
 * `bottom`. */
XituRect    xitu_footer_draw             (XituFooter        *footer,
                                          cairo_t           *cr,
                                          const XituPalette *palette,
                                          double             x,
                                          double             bottom,
                                          double             width,
                                          double             scale);

/* "Xitu dataset of 2026-02": named after the newest source it holds. */
char       *xitu_footer_default_data_edition (XituDataset   *dataset,
                                              XituLang       lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituFooter, xitu_footer_free)

G_END_DECLS
