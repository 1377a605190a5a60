/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Colours for every chart and the map. The categorical colours are the
 * Okabe–Ito set, which stays distinguishable under the common forms of colour
 * blindness; China is always vermillion so that it reads the same in every
 * view and every export. */

typedef enum
{
  XITU_THEME_LIGHT,
  XITU_THEME_DARK,
} XituTheme;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} XituRgba;

typedef struct
{
  XituTheme theme;
  XituRgba  background;    /* page / export background */
  XituRgba  foreground;    /* titles, labels, values */
  XituRgba  muted;         /* secondary text: axis ticks, footer */
  XituRgba  grid;          /* grid lines */
  XituRgba  axis;          /* axis lines, bar outlines */
  XituRgba  china;         /* China, in every chart */
  XituRgba  other;         /* "other countries", smaller producers */
  XituRgba  no_data_fill;  /* "no sourced figure": the ground under the hatch */
  XituRgba  no_data_hatch; /* "no sourced figure": the hatch lines */
  XituRgba  reference;     /* benchmark lines such as the EU CRMA 65 % cap */
  XituRgba  focus;         /* hover and keyboard focus outlines */
} XituPalette;

/* The number of categorical colours besides China's. */
#define XITU_PALETTE_N_CATEGORICAL 6

const XituPalette *xitu_palette_get                 (XituTheme          theme);
gboolean           xitu_theme_from_string           (const char        *str,
                                                     XituTheme         *theme);
const char        *xitu_theme_to_string             (XituTheme          theme);

/* The i-th categorical colour (never China's); wraps around. */
XituRgba           xitu_palette_categorical         (const XituPalette *palette,
                                                     guint              i);

/* The colour a country prefers when it is alone in a chart: China's for
 * "CHN", a fixed categorical colour for the usual producers and importers,
 * otherwise one picked from the code so that it is stable between runs. */
XituRgba           xitu_palette_country             (const XituPalette *palette,
                                                     const char        *code);

/* A sequential ramp for choropleths, t in [0, 1]: light to dark on a light
 * theme, dark to bright on a dark one (viridis, colour-blind safe). */
XituRgba           xitu_palette_sequential          (const XituPalette *palette,
                                                     double             t);
/* The colour of class `i` of `n_classes` equal classes of the ramp. */
XituRgba           xitu_palette_sequential_class    (const XituPalette *palette,
                                                     guint              i,
                                                     guint              n_classes);

/* Black or white text, whichever reads better on `fill`. */
XituRgba           xitu_palette_text_on             (const XituPalette *palette,
                                                     XituRgba           fill);

void               xitu_palette_set_source          (cairo_t           *cr,
                                                     XituRgba           color);

/* Fills the current path as "no sourced figure": a ground with diagonal
 * hatch lines `spacing` user units apart. On pixels (an image surface, or
 * a recording that will be played onto pixels: `pixel_scale` > 0, device
 * pixels per user unit there) as a repeating tile, which costs one fill;
 * otherwise (PDF, SVG) as vector lines, so that they stay sharp. Consumes
 * the path like cairo_fill(). */
void               xitu_palette_fill_no_data        (cairo_t           *cr,
                                                     const XituPalette *palette,
                                                     double             spacing,
                                                     double             pixel_scale);

/* The same hatch as a repeating pattern, for callers that fill many paths
 * (map polygons). `scale` is the device scale so the tile stays sharp. */
cairo_pattern_t   *xitu_palette_create_no_data_pattern (const XituPalette *palette,
                                                        double             spacing,
                                                        double             scale);

XituRgba           xitu_rgba_mix                    (XituRgba           a,
                                                     XituRgba           b,
                                                     double             t);
double             xitu_rgba_luminance              (XituRgba           color);
/* "#rrggbb", newly allocated. */
char              *xitu_rgba_to_hex                 (XituRgba           color);
/* Two colours are equal if each channel is within `tolerance` (0–255). */
gboolean           xitu_rgba_near                   (XituRgba           a,
                                                     XituRgba           b,
                                                     int                tolerance);

/* Hands out colours within one chart: each code gets its preferred colour if
 * no other code in the chart has taken it, else the next free one; China
 * always gets China's. When the categorical colours run out, codes get
 * `other` and xitu_color_map_get() says so through `out_is_other`. */
typedef struct _XituColorMap XituColorMap;

XituColorMap      *xitu_color_map_new               (const XituPalette *palette);
void               xitu_color_map_free              (XituColorMap      *map);
XituRgba           xitu_color_map_get               (XituColorMap      *map,
                                                     const char        *code,
                                                     gboolean          *out_is_other);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituColorMap, xitu_color_map_free)

G_END_DECLS
