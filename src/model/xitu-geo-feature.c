/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One country (or territory) of the world map: its ISO 3166-1 numeric code
 * (0 when the source has none, as for Kosovo), its name, and its rings of
 * longitude/latitude. The rings are planar: the loader has already cut them
 * at the antimeridian, so every longitude is within [-180, 180] and the
 * even-odd rule over all rings gives the country's area with its holes.
 */
#include "xitu-geo-feature.h"

#include <math.h>

struct _XituGeoFeature
{
  GObject      parent_instance;

  guint        numeric;
  char        *name;
  /* All rings back to back; ring_ends[i] is one past the last point of ring i. */
  GArray      *points;
  GArray      *ring_ends;
  /* One byte per point, or NULL: the edge from the point before to this
   * one is a border that another ring of the world draws too. */
  GArray      *shared;
  XituGeoBBox  bbox;
  double       area;
};

G_DEFINE_FINAL_TYPE (XituGeoFeature, xitu_geo_feature, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMERIC,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
xitu_geo_feature_finalize (GObject *object)
{
  XituGeoFeature *self = XITU_GEO_FEATURE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->ring_ends, g_array_unref);
  g_clear_pointer (&self->shared, g_array_unref);

  G_OBJECT_CLASS (xitu_geo_feature_parent_class)->finalize (object);
}

static void
xitu_geo_feature_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  XituGeoFeature *self = XITU_GEO_FEATURE (object);

  switch (prop_id)
    {
    case PROP_NUMERIC:
      g_value_set_uint (value, self->numeric);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_geo_feature_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  XituGeoFeature *self = XITU_GEO_FEATURE (object);

  switch (prop_id)
    {
    case PROP_NUMERIC:
      self->numeric = g_value_get_uint (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_geo_feature_class_init (XituGeoFeatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xitu_geo_feature_finalize;
  object_class->get_property = xitu_geo_feature_get_property;
  object_class->set_property = xitu_geo_feature_set_property;

  /* 0 means "no code" (Kosovo, N. Cyprus, Somaliland in Natural Earth). */
  properties[PROP_NUMERIC] =
    g_param_spec_uint ("numeric", NULL, NULL, 0, 999, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xitu_geo_feature_init (XituGeoFeature *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (XituGeoPoint));
  self->ring_ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->bbox = (XituGeoBBox) { INFINITY, INFINITY, -INFINITY, -INFINITY };
}

XituGeoFeature *
xitu_geo_feature_new (guint       numeric,
                      const char *name)
{
  return g_object_new (XITU_TYPE_GEO_FEATURE,
                       "numeric", numeric,
                       "name", name,
                       NULL);
}

/* Shoelace formula in degrees²: only used to compare features, never shown. */
static double
ring_signed_area (const XituGeoPoint *p,
                  gsize               n)
{
  double sum = 0;

  for (gsize i = 0, j = n - 1; i < n; j = i++)
    sum += (p[j].lon * p[i].lat) - (p[i].lon * p[j].lat);

  return sum / 2;
}

void
xitu_geo_feature_add_ring (XituGeoFeature     *self,
                           const XituGeoPoint *points,
                           gsize               n_points)
{
  gsize end;

  g_return_if_fail (XITU_IS_GEO_FEATURE (self));
  g_return_if_fail (points != NULL || n_points == 0);

  if (n_points < 3)
    return;

  g_array_append_vals (self->points, points, n_points);
  end = self->points->len;
  g_array_append_val (self->ring_ends, end);
  if (self->shared != NULL)
    g_array_set_size (self->shared, end);

  for (gsize i = 0; i < n_points; i++)
    {
      self->bbox.west = MIN (self->bbox.west, points[i].lon);
      self->bbox.east = MAX (self->bbox.east, points[i].lon);
      self->bbox.south = MIN (self->bbox.south, points[i].lat);
      self->bbox.north = MAX (self->bbox.north, points[i].lat);
    }

  /* Holes are counted as area too: the area only ranks features that share
   * a code (Australia and Ashmore and Cartier Is. in 50m), where holes do
   * not change the order. */
  self->area += fabs (ring_signed_area (points, n_points));
}

guint
xitu_geo_feature_get_numeric (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), 0);

  return self->numeric;
}

const char *
xitu_geo_feature_get_name (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), NULL);

  return self->name;
}

guint
xitu_geo_feature_get_n_rings (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), 0);

  return self->ring_ends->len;
}

const XituGeoPoint *
xitu_geo_feature_get_ring (XituGeoFeature *self,
                           guint           index,
                           gsize          *n_points)
{
  gsize start, end;

  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), NULL);
  g_return_val_if_fail (index < self->ring_ends->len, NULL);

  start = index == 0 ? 0 : g_array_index (self->ring_ends, gsize, index - 1);
  end = g_array_index (self->ring_ends, gsize, index);

  if (n_points != NULL)
    *n_points = end - start;

  return &g_array_index (self->points, XituGeoPoint, start);
}

/* Marks the edge that ends at point `index` (counted over all rings, back
 * to back) as shared with another ring: a border drawn once for both. */
void
xitu_geo_feature_mark_shared_edge (XituGeoFeature *self,
                                   gsize           index)
{
  g_return_if_fail (XITU_IS_GEO_FEATURE (self));
  g_return_if_fail (index < self->points->len);

  if (self->shared == NULL)
    {
      self->shared = g_array_sized_new (FALSE, TRUE, 1, self->points->len);
      g_array_set_size (self->shared, self->points->len);
    }
  g_array_index (self->shared, guint8, index) = 1;
}

/* For each point of ring `index`, whether the edge ending there is shared
 * and drawn by another ring; NULL when no edge of the feature is. */
const guint8 *
xitu_geo_feature_get_ring_shared (XituGeoFeature *self,
                                  guint           index)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), NULL);
  g_return_val_if_fail (index < self->ring_ends->len, NULL);

  if (self->shared == NULL)
    return NULL;
  return &g_array_index (self->shared, guint8,
                         index == 0 ? 0 : g_array_index (self->ring_ends, gsize, index - 1));
}

gsize
xitu_geo_feature_get_n_points (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), 0);

  return self->points->len;
}

const XituGeoBBox *
xitu_geo_feature_get_bbox (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), NULL);

  return &self->bbox;
}

double
xitu_geo_feature_get_area (XituGeoFeature *self)
{
  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), 0);

  return self->area;
}

/* Even-odd crossing test of a horizontal ray towards +lon. Points exactly on
 * an edge may go either way; that does not matter for hovering a map. */
gboolean
xitu_geo_ring_contains (const XituGeoPoint *p,
                        gsize               n,
                        double              lon,
                        double              lat)
{
  gboolean inside = FALSE;

  if (n < 3)
    return FALSE;

  for (gsize i = 0, j = n - 1; i < n; j = i++)
    {
      if ((p[i].lat > lat) != (p[j].lat > lat))
        {
          double t = (lat - p[i].lat) / (p[j].lat - p[i].lat);
          double x = p[i].lon + t * (p[j].lon - p[i].lon);

          if (lon < x)
            inside = !inside;
        }
    }

  return inside;
}

gboolean
xitu_geo_feature_contains (XituGeoFeature *self,
                           double          lon,
                           double          lat)
{
  gboolean inside = FALSE;

  g_return_val_if_fail (XITU_IS_GEO_FEATURE (self), FALSE);

  if (lon < self->bbox.west || lon > self->bbox.east ||
      lat < self->bbox.south || lat > self->bbox.north)
    return FALSE;

  /* Even-odd over every ring: a hole flips "inside" back, and the parts of
   * a MultiPolygon never overlap. */
  for (guint r = 0; r < self->ring_ends->len; r++)
    {
      gsize n;
      const XituGeoPoint *ring = xitu_geo_feature_get_ring (self, r, &n);

      if (xitu_geo_ring_contains (ring, n, lon, lat))
        inside = !inside;
    }

  return inside;
}
