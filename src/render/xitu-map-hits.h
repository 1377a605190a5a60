/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "xitu-projection.h"

G_BEGIN_DECLS

#define XITU_TYPE_MAP_HITS (xitu_map_hits_get_type ())

G_DECLARE_FINAL_TYPE (XituMapHits, xitu_map_hits, XITU, MAP_HITS, GObject)

/* What xitu_map_renderer_draw() drew where, in the user space of the
 * cairo_t it drew on: one entry per country drawn (a feature, or the
 * marker of a small country missing from the geometry) and per pin. */

void        xitu_map_hits_get_transform        (XituMapHits      *self,
                                                XituMapTransform *transform);
void        xitu_map_hits_get_map_area         (XituMapHits      *self,
                                                double           *x,
                                                double           *y,
                                                double           *width,
                                                double           *height);
guint       xitu_map_hits_get_n_countries      (XituMapHits      *self);
int         xitu_map_hits_country_at           (XituMapHits      *self,
                                                double            x,
                                                double            y);
guint       xitu_map_hits_get_country_numeric  (XituMapHits      *self,
                                                guint             index);
const char *xitu_map_hits_get_country_name     (XituMapHits      *self,
                                                guint             index);
gboolean    xitu_map_hits_get_country_extents  (XituMapHits      *self,
                                                guint             index,
                                                double           *x,
                                                double           *y,
                                                double           *width,
                                                double           *height);
void        xitu_map_hits_append_country_path  (XituMapHits      *self,
                                                guint             index,
                                                cairo_t          *cr);
/* The country's path without the points closer than `min_step` (user
 * units) to the last one kept: for lines wider than the step, which look
 * the same and are stroked in a fraction of the time. */
void        xitu_map_hits_append_outline       (XituMapHits      *self,
                                                guint             index,
                                                double            min_step,
                                                cairo_t          *cr);
gboolean    xitu_map_hits_append_numeric_outline (XituMapHits    *self,
                                                  guint           numeric,
                                                  double          min_step,
                                                  cairo_t        *cr);
guint       xitu_map_hits_get_n_pins           (XituMapHits      *self);
int         xitu_map_hits_pin_at               (XituMapHits      *self,
                                                double            x,
                                                double            y);
void        xitu_map_hits_get_pin              (XituMapHits      *self,
                                                guint             index,
                                                double           *x,
                                                double           *y,
                                                double           *radius);

/* For the renderer, which fills the hits as it draws. */
XituMapHits *xitu_map_hits_new                 (const XituMapTransform *transform,
                                                double                  x,
                                                double                  y,
                                                double                  width,
                                                double                  height);
guint       xitu_map_hits_begin_country        (XituMapHits      *self,
                                                guint             numeric,
                                                const char       *name);
void        xitu_map_hits_add_ring             (XituMapHits      *self,
                                                const double     *xy,
                                                gsize             n_points);
void        xitu_map_hits_add_marker           (XituMapHits      *self,
                                                guint             numeric,
                                                const char       *name,
                                                double            x,
                                                double            y,
                                                double            radius);
void        xitu_map_hits_add_pin              (XituMapHits      *self,
                                                guint             pin_index,
                                                double            x,
                                                double            y,
                                                double            radius);

G_END_DECLS
