/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "xitu-palette.h"
#include "xitu-types.h"

G_BEGIN_DECLS

/* Text for charts and the map, all through Pango so that Chinese renders
 * with a CJK font. Layouts are created with hinted metrics switched off so
 * that a label measures the same on screen, in PNG, PDF and SVG: the layout
 * and therefore the hit regions do not move between outputs. Sizes are in
 * user units (logical pixels at scale 1). */

typedef enum
{
  XITU_TEXT_TITLE,    /* chart title */
  XITU_TEXT_SUBTITLE, /* line under the title */
  XITU_TEXT_HEADING,  /* bar or group names (bold) */
  XITU_TEXT_LABEL,    /* category and value labels */
  XITU_TEXT_VALUE,    /* emphasised values (bold) */
  XITU_TEXT_SMALL,    /* axis ticks, statistics under bars, legend */
  XITU_TEXT_FOOTER,   /* the source line */
  XITU_N_TEXT_ROLES
} XituTextRole;

typedef enum
{
  XITU_ALIGN_START,    /* left, or top */
  XITU_ALIGN_CENTER,
  XITU_ALIGN_END,      /* right, or bottom */
  XITU_ALIGN_BASELINE, /* vertical only: y is the first line's baseline */
} XituAlign;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} XituRect;

gboolean      xitu_rect_contains       (const XituRect *rect,
                                        double          x,
                                        double          y);
gboolean      xitu_rect_intersects     (const XituRect *a,
                                        const XituRect *b);
/* `inner` lies within `outer`, allowing `slack` user units. */
gboolean      xitu_rect_inside         (const XituRect *inner,
                                        const XituRect *outer,
                                        double          slack);

/* The size in user units of a role at font scale 1. */
double        xitu_text_role_size      (XituTextRole    role);
/* A text scale that suits a chart of this size: 1 around 960 × 600, larger
 * for big exports, never below 0.8 so labels stay legible. */
double        xitu_text_auto_scale     (double          width,
                                        double          height);

PangoFontDescription *xitu_text_font_new (XituTextRole  role,
                                          double        scale);

/* A layout for `text` in `role`, language-tagged so that Han characters get
 * a Chinese font when `lang` is Chinese or both. */
PangoLayout  *xitu_text_layout_new     (cairo_t        *cr,
                                        const char     *text,
                                        XituTextRole    role,
                                        double          scale,
                                        XituLang        lang);
/* Limit to one line of `max_width`, ellipsized at the end. */
void          xitu_text_ellipsize      (PangoLayout    *layout,
                                        double          max_width);
/* Wrap at word (or, for Chinese, character) boundaries within `max_width`. */
void          xitu_text_wrap           (PangoLayout    *layout,
                                        double          max_width);
/* The logical size in user units. */
void          xitu_text_get_size       (PangoLayout    *layout,
                                        double         *width,
                                        double         *height);
double        xitu_text_get_baseline   (PangoLayout    *layout);

/* Draws the layout so that (x, y) is at the given alignment point of its
 * box, and returns the box it covers. */
XituRect      xitu_text_draw_layout    (cairo_t        *cr,
                                        PangoLayout    *layout,
                                        double          x,
                                        double          y,
                                        XituAlign       halign,
                                        XituAlign       valign);
/* The same for a string, in `color`; max_width > 0 ellipsizes. */
XituRect      xitu_text_draw           (cairo_t        *cr,
                                        const char     *text,
                                        XituTextRole    role,
                                        double          scale,
                                        XituLang        lang,
                                        XituRgba        color,
                                        double          x,
                                        double          y,
                                        XituAlign       halign,
                                        XituAlign       valign,
                                        double          max_width);
/* A text sink receives every line of text drawn on a cairo_t instead of its
 * glyphs: the SVG export writes them as <text> elements so that the SVG
 * keeps real, selectable text. Position and size are in device units; y is
 * the baseline; width is the line's advance as laid out here. */
typedef void (*XituTextSinkFunc) (const char                 *text,
                                  const PangoFontDescription *font,
                                  const char                 *language,
                                  double                      font_size,
                                  double                      x,
                                  double                      y,
                                  double                      width,
                                  XituRgba                    color,
                                  gpointer                    user_data);

/* Sets (or with NULL removes) the sink of `cr`. */
void          xitu_text_set_sink       (cairo_t          *cr,
                                        XituTextSinkFunc  func,
                                        gpointer          user_data);

/* Measures a string without drawing it. */
void          xitu_text_measure        (cairo_t        *cr,
                                        const char     *text,
                                        XituTextRole    role,
                                        double          scale,
                                        XituLang        lang,
                                        double         *width,
                                        double         *height);

G_END_DECLS
