/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-geo-feature.h"

G_BEGIN_DECLS

#define XITU_GEO_ERROR (xitu_geo_error_quark ())

/* Files bigger than this are refused before they are read: the 1:10 million
 * Natural Earth countries are 3.6 MB as TopoJSON and 24 MB as GeoJSON. */
#define XITU_GEO_MAX_BYTES ((gsize) 64 * 1024 * 1024)
/* Polygon/MultiPolygon files nest at most ~10 deep; json-glib's parser is
 * recursive, so deeper input is refused before parsing. */
#define XITU_GEO_MAX_DEPTH 64

typedef enum
{
  XITU_GEO_ERROR_TOO_LARGE,   /* over XITU_GEO_MAX_BYTES */
  XITU_GEO_ERROR_EMPTY,       /* empty file, or no features / objects */
  XITU_GEO_ERROR_SYNTAX,      /* not JSON, or nested too deep */
  XITU_GEO_ERROR_FORMAT,      /* JSON, but neither GeoJSON nor TopoJSON */
  XITU_GEO_ERROR_STRUCTURE,   /* a member missing or of the wrong type/nesting */
  XITU_GEO_ERROR_ARC_INDEX,   /* TopoJSON arc index out of range */
  XITU_GEO_ERROR_COORDINATE,  /* non-finite, or outside ±180° / ±90° */
  XITU_GEO_ERROR_RING,        /* a ring with fewer than 4 positions */
} XituGeoError;

GQuark     xitu_geo_error_quark (void);

GPtrArray *xitu_geo_read_bytes  (GBytes      *bytes,
                                 const char  *display_name,
                                 GError     **error);
GPtrArray *xitu_geo_read_file   (GFile       *file,
                                 GError     **error);

G_END_DECLS
