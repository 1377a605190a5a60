/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-geo-feature.h"

G_BEGIN_DECLS

typedef void (*XituGeoRingFunc) (const XituGeoPoint *points,
                                 gsize               n_points,
                                 gpointer            user_data);

gboolean xitu_geo_ring_crosses_antimeridian (const XituGeoPoint *points,
                                             gsize               n_points);
void     xitu_geo_cut_ring                  (const XituGeoPoint *points,
                                             gsize               n_points,
                                             XituGeoRingFunc     func,
                                             gpointer            user_data);
gboolean xitu_geo_is_cut_edge               (const XituGeoPoint *a,
                                             const XituGeoPoint *b);

G_END_DECLS
