/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A position in degrees: longitude east of Greenwich, latitude north. */
typedef struct
{
  double lon;
  double lat;
} XituGeoPoint;

typedef struct
{
  double west;
  double south;
  double east;
  double north;
} XituGeoBBox;

#define XITU_TYPE_GEO_FEATURE (xitu_geo_feature_get_type ())

G_DECLARE_FINAL_TYPE (XituGeoFeature, xitu_geo_feature, XITU, GEO_FEATURE, GObject)

XituGeoFeature     *xitu_geo_feature_new         (guint               numeric,
                                                  const char         *name);
void                xitu_geo_feature_add_ring    (XituGeoFeature     *self,
                                                  const XituGeoPoint *points,
                                                  gsize               n_points);
guint               xitu_geo_feature_get_numeric (XituGeoFeature     *self);
const char         *xitu_geo_feature_get_name    (XituGeoFeature     *self);
guint               xitu_geo_feature_get_n_rings (XituGeoFeature     *self);
const XituGeoPoint *xitu_geo_feature_get_ring    (XituGeoFeature     *self,
                                                  guint               index,
                                                  gsize              *n_points);
gsize               xitu_geo_feature_get_n_points (XituGeoFeature    *self);
void                xitu_geo_feature_mark_shared_edge (XituGeoFeature *self,
                                                       gsize           index);
const guint8       *xitu_geo_feature_get_ring_shared  (XituGeoFeature *self,
                                                       guint           index);
const XituGeoBBox  *xitu_geo_feature_get_bbox    (XituGeoFeature     *self);
double              xitu_geo_feature_get_area    (XituGeoFeature     *self);
gboolean            xitu_geo_feature_contains    (XituGeoFeature     *self,
                                                  double              lon,
                                                  double              lat);

gboolean            xitu_geo_ring_contains       (const XituGeoPoint *points,
                                                  gsize               n_points,
                                                  double              lon,
                                                  double              lat);

G_END_DECLS
