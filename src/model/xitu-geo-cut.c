/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Cutting rings at the antimeridian.
 *
 * Map files describe rings on the sphere: an edge from 179.5°E to 179.5°W
 * is one degree long, not 359. Drawn in the plane such an edge becomes a
 * horizontal streak across the whole map, and a point-in-polygon test goes
 * wrong. So each ring is first unwrapped (longitudes made continuous, which
 * may take them past ±180), closed along the pole if it goes round one
 * (Antarctica), and then clipped to the strip [-180, 180] once per copy of
 * the world it overlaps (shifted by 360°). Every ring that comes out is
 * planar and within [-180, 180].
 */
#include "xitu-geo-cut.h"

#include <math.h>

#define EDGE_EPSILON 1e-9

static double
wrap_delta (double d)
{
  if (d > 180)
    return d - 360;
  if (d < -180)
    return d + 360;
  return d;
}

gboolean
xitu_geo_ring_crosses_antimeridian (const XituGeoPoint *p,
                                    gsize               n)
{
  for (gsize i = 0, j = n - 1; i < n; j = i++)
    if (fabs (p[i].lon - p[j].lon) > 180)
      return TRUE;

  return FALSE;
}

/* Returns the unwrapped, closed ring (first point repeated at the end), with
 * an excursion along the pole when the ring winds round one. */
static GArray *
unwrap_ring (const XituGeoPoint *p,
             gsize               n)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (XituGeoPoint), n + 3);
  XituGeoPoint prev = p[0];
  XituGeoPoint first = p[0];
  double lat_sum = 0;

  g_array_append_val (out, first);
  for (gsize i = 1; i <= n; i++)
    {
      /* i == n is the closing edge back to p[0], implicit or not. */
      XituGeoPoint q = p[i % n];

      q.lon = prev.lon + wrap_delta (q.lon - p[i - 1].lon);
      lat_sum += q.lat;
      g_array_append_val (out, q);
      prev = q;
    }

  /* The closing point may now sit 360° away from the first: the ring goes
   * round a pole. Close it along the pole nearer its points. */
  if (fabs (prev.lon - first.lon) > 180)
    {
      double pole = lat_sum < 0 ? -90 : 90;
      XituGeoPoint a = { prev.lon, pole };
      XituGeoPoint b = { first.lon, pole };

      g_array_append_val (out, a);
      g_array_append_val (out, b);
      g_array_append_val (out, first);
    }

  return out;
}

/* One Sutherland–Hodgman pass against the half-plane side * lon <= side * limit. */
static GArray *
clip_half_plane (GArray *in,
                 double  limit,
                 double  side)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (XituGeoPoint), in->len + 4);

  for (guint i = 0; i < in->len; i++)
    {
      XituGeoPoint cur = g_array_index (in, XituGeoPoint, i);
      XituGeoPoint prev = g_array_index (in, XituGeoPoint, (i + in->len - 1) % in->len);
      gboolean cur_in = side * cur.lon <= side * limit;
      gboolean prev_in = side * prev.lon <= side * limit;

      if (cur_in != prev_in)
        {
          double t = (limit - prev.lon) / (cur.lon - prev.lon);
          XituGeoPoint x = { limit, prev.lat + t * (cur.lat - prev.lat) };

          g_array_append_val (out, x);
        }
      if (cur_in)
        g_array_append_val (out, cur);
    }

  return out;
}

static void
emit_shifted (GArray         *ring,
              double          shift,
              XituGeoRingFunc func,
              gpointer        user_data)
{
  g_autoptr(GArray) shifted = g_array_sized_new (FALSE, FALSE, sizeof (XituGeoPoint), ring->len);
  g_autoptr(GArray) east = NULL;
  g_autoptr(GArray) both = NULL;
  XituGeoPoint first;

  /* Drop the closing point: the clipper treats the list as cyclic. */
  for (guint i = 0; i + 1 < ring->len; i++)
    {
      XituGeoPoint q = g_array_index (ring, XituGeoPoint, i);

      q.lon += shift;
      g_array_append_val (shifted, q);
    }

  east = clip_half_plane (shifted, 180, 1);
  both = clip_half_plane (east, -180, -1);
  if (both->len < 3)
    return;

  first = g_array_index (both, XituGeoPoint, 0);
  g_array_append_val (both, first);
  func ((const XituGeoPoint *) (gpointer) both->data, both->len, user_data);
}

void
xitu_geo_cut_ring (const XituGeoPoint *points,
                   gsize               n_points,
                   XituGeoRingFunc     func,
                   gpointer            user_data)
{
  g_autoptr(GArray) ring = NULL;
  double west = INFINITY, east = -INFINITY;

  g_return_if_fail (func != NULL);

  if (n_points < 3)
    return;

  if (!xitu_geo_ring_crosses_antimeridian (points, n_points))
    {
      func (points, n_points, user_data);
      return;
    }

  ring = unwrap_ring (points, n_points);
  for (guint i = 0; i < ring->len; i++)
    {
      west = MIN (west, g_array_index (ring, XituGeoPoint, i).lon);
      east = MAX (east, g_array_index (ring, XituGeoPoint, i).lon);
    }

  /* Each copy of the world that the unwrapped ring overlaps gets its piece. */
  for (int k = -2; k <= 2; k++)
    {
      double shift = 360.0 * k;

      if (west + shift < 180 && east + shift > -180)
        emit_shifted (ring, shift, func, user_data);
    }
}

/* Edges that the cut added (along ±180° or along a pole) are not borders:
 * the renderer leaves them unstroked. */
gboolean
xitu_geo_is_cut_edge (const XituGeoPoint *a,
                      const XituGeoPoint *b)
{
  if (fabs (a->lon - b->lon) < EDGE_EPSILON && fabs (fabs (a->lon) - 180) < EDGE_EPSILON)
    return TRUE;
  if (fabs (a->lat - b->lat) < EDGE_EPSILON && fabs (fabs (a->lat) - 90) < EDGE_EPSILON)
    return TRUE;

  return FALSE;
}
