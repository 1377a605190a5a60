/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-geo-feature.h"

G_BEGIN_DECLS

#define XITU_TYPE_WORLD (xitu_world_get_type ())

G_DECLARE_FINAL_TYPE (XituWorld, xitu_world, XITU, WORLD, GObject)

XituWorld      *xitu_world_new_from_features (GPtrArray   *features);
XituWorld      *xitu_world_new_from_file     (GFile       *file,
                                              GError     **error);
XituWorld      *xitu_world_new_from_bytes    (GBytes      *bytes,
                                              const char  *display_name,
                                              GError     **error);
guint           xitu_world_get_n_features    (XituWorld   *self);
XituGeoFeature *xitu_world_get_feature       (XituWorld   *self,
                                              guint        position);
XituGeoFeature *xitu_world_lookup            (XituWorld   *self,
                                              guint        numeric);
XituGeoFeature *xitu_world_feature_at        (XituWorld   *self,
                                              double       lon,
                                              double       lat);

G_END_DECLS
