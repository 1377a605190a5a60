/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "xitu-map-hits.h"
#include "xitu-world.h"

G_BEGIN_DECLS

/* One country's value. has_value = FALSE is "no data", drawn hatched,
 * distinct from a value of zero. */
typedef struct
{
  guint    numeric;    /* ISO 3166-1 numeric, e.g. 156 for China */
  double   value;
  gboolean has_value;
} XituMapValue;

typedef enum
{
  XITU_MAP_STAGE_MINING,      /* triangle */
  XITU_MAP_STAGE_SEPARATION,  /* circle */
  XITU_MAP_STAGE_METAL,       /* square */
  XITU_MAP_STAGE_MAGNET,      /* diamond */
  XITU_MAP_N_STAGES
} XituMapStage;

typedef enum
{
  XITU_MAP_STATUS_OPERATING,     /* filled */
  XITU_MAP_STATUS_CONSTRUCTION,  /* half filled */
  XITU_MAP_STATUS_ANNOUNCED,     /* outline only */
  XITU_MAP_N_STATUSES
} XituMapStatus;

typedef struct
{
  double         lon;
  double         lat;
  XituMapStage   stage;
  XituMapStatus  status;
  double         capacity;  /* any unit, the same for all pins; <= 0 or NaN: unknown */
  const char    *name;
} XituMapPin;

/* Everything the map shows. Strings are already translated by the caller;
 * NULL strings are not drawn. The renderer reads no dataset. */
typedef struct
{
  XituWorld          *world;

  const XituMapValue *values;
  gsize               n_values;
  /* n_breaks breaks make n_breaks + 1 classes (see xitu-classify.h). */
  const double       *breaks;
  gsize               n_breaks;
  /* NULL, or n_breaks + 1 labels replacing the formatted ranges. */
  const char * const *class_labels;

  const char         *title;
  const char         *legend_title;   /* e.g. "Mine production 2025" */
  const char         *units;          /* e.g. "t REO" */
  const char         *no_data_label;  /* e.g. "No data" */
  const char         *footer;         /* sources and editions */
  const char         *disclaimer;     /* "Boundaries: Natural Earth, de facto" */

  const XituMapPin   *pins;
  gsize               n_pins;
  /* Labels for the pin legend; the pin legend is drawn when all are set. */
  const char         *stage_labels[XITU_MAP_N_STAGES];
  const char         *status_labels[XITU_MAP_N_STATUSES];

  gboolean            dark;
  /* View: zoom >= 1 (0 means 1); centre in Equal Earth units, (0, 0) is
   * the middle of the world. */
  double              zoom;
  double              centre_x;
  double              centre_y;
  /* Base text size in user units; 0 picks one from the size. */
  double              text_size;
  /* Threads that draw a large image in bands (xitu_draw_in_bands()): 0,
   * one per processor; 1, none. */
  guint               n_threads;
} XituMapOptions;

XituMapHits    *xitu_map_renderer_draw        (cairo_t              *cr,
                                               double                width,
                                               double                height,
                                               const XituMapOptions *options);
void            xitu_map_renderer_class_color (const XituMapOptions *options,
                                               guint                 class_index,
                                               double               *rgb);
/* Paints the current path (a country's, from the hits) as the hovered or
 * selected country over a drawn map: a shade when hovered, a light halo
 * and an accent line. The path is used up. Its lines are 1.5 user units
 * wide and more: an outline from xitu_map_hits_append_outline() with
 * XITU_MAP_HIGHLIGHT_STEP looks the same as the whole path. */
#define XITU_MAP_HIGHLIGHT_STEP 1.5
void            xitu_map_renderer_paint_highlight (cairo_t          *cr,
                                                   gboolean          dark,
                                                   gboolean          selected);

XituMapOptions *xitu_map_options_copy         (const XituMapOptions *options);
void            xitu_map_options_free         (XituMapOptions       *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituMapOptions, xitu_map_options_free)

G_END_DECLS
