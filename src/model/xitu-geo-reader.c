/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reads country geometry from GeoJSON (FeatureCollection or Feature) or
 * TopoJSON (Topology, quantized or not) into XituGeoFeature objects.
 *
 * The reader is strict about structure and lenient about codes: a feature
 * whose id is missing or not an ISO numeric code is kept with code 0 and
 * its name, because Natural Earth leaves Kosovo, N. Cyprus and Somaliland
 * without one. Every error names the file, the JSON path and what was
 * expected.
 */
#include "config.h"

#include "xitu-geo-reader.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "xitu-geo-cut.h"

/* Quantization rounds to about 1e-12 of a degree above ±180 / ±90. */
#define RANGE_SLACK 1e-6

G_DEFINE_QUARK (xitu-geo-error-quark, xitu_geo_error)

typedef struct
{
  const char *file;
  GError    **error;
  GPtrArray  *features;
  /* TopoJSON only: decoded arcs back to back; arc_ends[i] is one past the
   * last point of arc i. */
  GArray     *arc_points;
  GArray     *arc_ends;
  /* The ring being assembled, reused between rings. */
  GArray     *ring;
} Reader;

static gboolean fail (Reader       *r,
                      XituGeoError  code,
                      const char   *path,
                      const char   *format,
                      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Reader       *r,
      XituGeoError  code,
      const char   *path,
      const char   *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (r->error, XITU_GEO_ERROR, code, "%s: %s: %s", r->file, path, what);
  return FALSE;
}

/* What a value turned out to be, for "expected an array, found %s". */
static const char *
node_kind (JsonNode *node)
{
  if (node == NULL)
    /* Translators: the %s of "expected an array, found %s" when there is no
     * value at all. */
    return _("nothing (the member is missing)");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return _("a string");
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return _("a boolean");
  return _("a number");
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static JsonArray *
get_array (Reader     *r,
           JsonNode   *node,
           const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (r, XITU_GEO_ERROR_STRUCTURE, path, _("expected an array, found %s"), node_kind (node));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_object (Reader     *r,
            JsonNode   *node,
            const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, XITU_GEO_ERROR_STRUCTURE, path, _("expected an object, found %s"), node_kind (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static const char *
get_type_member (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "type");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Reads [x, y, …] into two doubles; further members (elevation) are ignored. */
static gboolean
read_position (Reader     *r,
               JsonNode   *node,
               const char *path,
               double     *x,
               double     *y)
{
  JsonArray *a = get_array (r, node, path);

  if (a == NULL)
    return FALSE;
  if (json_array_get_length (a) < 2)
    return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
                 _("expected a position [longitude, latitude], found %u number(s)"),
                 json_array_get_length (a));
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (!node_is_number (n))
        return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
                     /* Translators: an index in a JSON array, then what
                      * the value there is ("a string"). */
                     _("expected a number at [%u], found %s"), i, node_kind (n));
    }

  *x = json_array_get_double_element (a, 0);
  *y = json_array_get_double_element (a, 1);
  if (!isfinite (*x) || !isfinite (*y))
    return fail (r, XITU_GEO_ERROR_COORDINATE, path, _("expected finite numbers"));

  return TRUE;
}

/* Longitude and latitude must be on the globe; tiny overshoots from
 * quantization are clamped. */
static gboolean
check_lonlat (Reader       *r,
              const char   *path,
              XituGeoPoint *p)
{
  if (!isfinite (p->lon) || !isfinite (p->lat))
    return fail (r, XITU_GEO_ERROR_COORDINATE, path, _("expected finite coordinates"));
  if (fabs (p->lon) > 180 + RANGE_SLACK || fabs (p->lat) > 90 + RANGE_SLACK)
    return fail (r, XITU_GEO_ERROR_COORDINATE, path,
                 /* Translators: a longitude and a latitude in degrees. */
                 _("position (%g, %g) is off the globe: expected longitude in [-180, 180] "
                   "and latitude in [-90, 90] degrees"), p->lon, p->lat);

  p->lon = CLAMP (p->lon, -180, 180);
  p->lat = CLAMP (p->lat, -90, 90);
  return TRUE;
}

static void
add_cut_piece (const XituGeoPoint *points,
               gsize               n_points,
               gpointer            user_data)
{
  xitu_geo_feature_add_ring (user_data, points, n_points);
}

/* Adds r->ring (already assembled) to the feature, cut at the antimeridian. */
static gboolean
finish_ring (Reader         *r,
             XituGeoFeature *feature,
             const char     *path)
{
  if (r->ring->len < 4)
    return fail (r, XITU_GEO_ERROR_RING, path,
                 _("a ring needs at least 4 positions, found %u"), r->ring->len);

  xitu_geo_cut_ring ((const XituGeoPoint *) (gpointer) r->ring->data, r->ring->len,
                     add_cut_piece, feature);
  return TRUE;
}

/* ---- GeoJSON ---------------------------------------------------------- */

static gboolean
read_geojson_ring (Reader         *r,
                   JsonNode       *node,
                   const char     *path,
                   XituGeoFeature *feature)
{
  JsonArray *a = get_array (r, node, path);

  if (a == NULL)
    return FALSE;

  g_array_set_size (r->ring, 0);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
      XituGeoPoint pt;

      if (!read_position (r, json_array_get_element (a, i), p, &pt.lon, &pt.lat) ||
          !check_lonlat (r, p, &pt))
        return FALSE;
      g_array_append_val (r->ring, pt);
    }

  return finish_ring (r, feature, path);
}

static gboolean
read_geojson_polygon (Reader         *r,
                      JsonNode       *node,
                      const char     *path,
                      XituGeoFeature *feature)
{
  JsonArray *rings = get_array (r, node, path);

  if (rings == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (rings); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);

      if (!read_geojson_ring (r, json_array_get_element (rings, i), p, feature))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_geojson_geometry (Reader         *r,
                       JsonNode       *node,
                       const char     *path,
                       XituGeoFeature *feature)
{
  g_autofree char *cpath = g_strconcat (path, ".coordinates", NULL);
  JsonObject *geometry;
  const char *type;
  JsonNode *coords;

  /* A feature without geometry is legal GeoJSON: keep it, undrawn. */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((geometry = get_object (r, node, path)) == NULL)
    return FALSE;

  type = get_type_member (geometry);
  coords = json_object_get_member (geometry, "coordinates");
  if (g_strcmp0 (type, "Polygon") == 0)
    return read_geojson_polygon (r, coords, cpath, feature);

  if (g_strcmp0 (type, "MultiPolygon") == 0)
    {
      JsonArray *polys = get_array (r, coords, cpath);

      if (polys == NULL)
        return FALSE;
      for (guint i = 0; i < json_array_get_length (polys); i++)
        {
          g_autofree char *p = g_strdup_printf ("%s[%u]", cpath, i);

          if (!read_geojson_polygon (r, json_array_get_element (polys, i), p, feature))
            return FALSE;
        }
      return TRUE;
    }

  if (type == NULL)
    return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
                 _("expected a geometry of type \"Polygon\" or \"MultiPolygon\", found no type"));
  return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
               /* Translators: the type the file gives. */
               _("expected a geometry of type \"Polygon\" or \"MultiPolygon\", found \"%s\""),
               type);
}

/* ---- ids and names, shared by both formats ----------------------------- */

/* "036" or 36 → 36. Anything else that is a string or number ("-99", "FRA")
 * means "no code": such features are kept and named, with code 0. */
static gboolean
read_id (Reader     *r,
         JsonObject *object,
         const char *path,
         guint      *numeric)
{
  JsonNode *node = json_object_get_member (object, "id");
  guint64 v = 0;

  *numeric = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (strlen (s) >= 1 && strlen (s) <= 3 &&
          g_ascii_string_to_unsigned (s, 10, 1, 999, &v, NULL))
        *numeric = v;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 i = json_node_get_int (node);

      if (i >= 1 && i <= 999)
        *numeric = i;
      return TRUE;
    }
  if (node_is_number (node))
    return TRUE;

  return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
               _("expected a string or number, found %s"), node_kind (node));
}

static char *
read_name (Reader     *r,
           JsonObject *object,
           guint       numeric,
           guint       index)
{
  static const char *keys[] = { "name", "NAME", "ADMIN", "name_en" };
  JsonNode *props = json_object_get_member (object, "properties");

  if (props != NULL && JSON_NODE_HOLDS_OBJECT (props))
    {
      JsonObject *p = json_node_get_object (props);

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          JsonNode *n = json_object_get_member (p, keys[i]);

          /* json-glib passes escapes JSON does not have ("\615") as
           * bytes that are not UTF-8: such a name is as good as none. */
          if (n != NULL && JSON_NODE_HOLDS_VALUE (n) &&
              json_node_get_value_type (n) == G_TYPE_STRING &&
              *json_node_get_string (n) != '\0' &&
              g_utf8_validate (json_node_get_string (n), -1, NULL))
            return g_strdup (json_node_get_string (n));
        }
    }

  if (numeric != 0)
    return g_strdup_printf ("%03u", numeric);
  /* Translators: the name shown for a map area that has neither a name
   * nor a country code; %u is its place in the file, from 1. */
  return g_strdup_printf (_("Unnamed area %u"), index + 1);
}

static gboolean
check_properties (Reader     *r,
                  JsonObject *object,
                  const char *path)
{
  JsonNode *props = json_object_get_member (object, "properties");
  g_autofree char *p = NULL;

  if (props == NULL || JSON_NODE_HOLDS_NULL (props) || JSON_NODE_HOLDS_OBJECT (props))
    return TRUE;

  p = g_strconcat (path, ".properties", NULL);
  return fail (r, XITU_GEO_ERROR_STRUCTURE, p, _("expected an object or null, found %s"),
               node_kind (props));
}

static XituGeoFeature *
new_feature (Reader     *r,
             JsonObject *object,
             const char *path,
             guint       index)
{
  g_autofree char *id_path = g_strconcat (path, ".id", NULL);
  g_autofree char *name = NULL;
  guint numeric;

  if (!read_id (r, object, id_path, &numeric) || !check_properties (r, object, path))
    return NULL;

  name = read_name (r, object, numeric, index);
  return xitu_geo_feature_new (numeric, name);
}

static gboolean
read_geojson_feature (Reader     *r,
                      JsonNode   *node,
                      const char *path,
                      guint       index)
{
  g_autofree char *gpath = g_strconcat (path, ".geometry", NULL);
  g_autoptr(XituGeoFeature) feature = NULL;
  JsonObject *object;

  if ((object = get_object (r, node, path)) == NULL)
    return FALSE;
  if (g_strcmp0 (get_type_member (object), "Feature") != 0)
    {
      g_autofree char *tpath = g_strconcat (path, ".type", NULL);
      return fail (r, XITU_GEO_ERROR_STRUCTURE, tpath, _("expected \"Feature\""));
    }
  if (!json_object_has_member (object, "geometry"))
    return fail (r, XITU_GEO_ERROR_STRUCTURE, path, _("expected a member \"geometry\""));

  if ((feature = new_feature (r, object, path, index)) == NULL ||
      !read_geojson_geometry (r, json_object_get_member (object, "geometry"), gpath, feature))
    return FALSE;

  g_ptr_array_add (r->features, g_steal_pointer (&feature));
  return TRUE;
}

static gboolean
read_feature_collection (Reader     *r,
                         JsonObject *root)
{
  JsonArray *features = get_array (r, json_object_get_member (root, "features"), "features");

  if (features == NULL)
    return FALSE;
  if (json_array_get_length (features) == 0)
    return fail (r, XITU_GEO_ERROR_EMPTY, "features", _("expected at least one feature"));

  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      g_autofree char *p = g_strdup_printf ("features[%u]", i);

      if (!read_geojson_feature (r, json_array_get_element (features, i), p, i))
        return FALSE;
    }
  return TRUE;
}

/* ---- TopoJSON ---------------------------------------------------------- */

typedef struct
{
  gboolean quantized;
  double   scale[2];
  double   translate[2];
} Transform;

static gboolean
read_pair (Reader     *r,
           JsonObject *object,
           const char *member,
           double      out[2])
{
  g_autofree char *path = g_strconcat ("transform.", member, NULL);

  if (!read_position (r, json_object_get_member (object, member), path, &out[0], &out[1]))
    return FALSE;
  return TRUE;
}

static gboolean
read_transform (Reader     *r,
                JsonObject *root,
                Transform  *t)
{
  JsonNode *node = json_object_get_member (root, "transform");
  JsonObject *object;

  *t = (Transform) { FALSE, { 1, 1 }, { 0, 0 } };
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((object = get_object (r, node, "transform")) == NULL ||
      !read_pair (r, object, "scale", t->scale) ||
      !read_pair (r, object, "translate", t->translate))
    return FALSE;
  if (t->scale[0] == 0 || t->scale[1] == 0)
    return fail (r, XITU_GEO_ERROR_COORDINATE, "transform.scale", _("expected non-zero scales"));

  t->quantized = TRUE;
  return TRUE;
}

/* Decodes one arc: quantized arcs are delta-encoded integers that the
 * transform maps to degrees. */
static gboolean
read_arc (Reader          *r,
          JsonNode        *node,
          guint            index,
          const Transform *t)
{
  g_autofree char *path = g_strdup_printf ("arcs[%u]", index);
  JsonArray *a = get_array (r, node, path);
  double x = 0, y = 0;
  gsize end;

  if (a == NULL)
    return FALSE;
  if (json_array_get_length (a) < 2)
    return fail (r, XITU_GEO_ERROR_STRUCTURE, path,
                 _("an arc needs at least 2 positions, found %u"), json_array_get_length (a));

  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
      double dx, dy;
      XituGeoPoint pt;

      if (!read_position (r, json_array_get_element (a, i), p, &dx, &dy))
        return FALSE;
      x = t->quantized ? x + dx : dx;
      y = t->quantized ? y + dy : dy;
      pt.lon = x * t->scale[0] + t->translate[0];
      pt.lat = y * t->scale[1] + t->translate[1];
      if (!check_lonlat (r, p, &pt))
        return FALSE;
      g_array_append_val (r->arc_points, pt);
    }

  end = r->arc_points->len;
  g_array_append_val (r->arc_ends, end);
  return TRUE;
}

static gboolean
read_arcs (Reader     *r,
           JsonObject *root)
{
  JsonArray *arcs = get_array (r, json_object_get_member (root, "arcs"), "arcs");
  Transform t;

  if (arcs == NULL || !read_transform (r, root, &t))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (arcs); i++)
    if (!read_arc (r, json_array_get_element (arcs, i), i, &t))
      return FALSE;

  return TRUE;
}

/* Appends arc `index` (~index: reversed) to r->ring; consecutive arcs share
 * their joining point, which is kept once. */
static void
append_arc (Reader *r,
            gint64  index)
{
  gboolean reversed = index < 0;
  guint arc = reversed ? ~index : index;
  gsize start = arc == 0 ? 0 : g_array_index (r->arc_ends, gsize, arc - 1);
  gsize end = g_array_index (r->arc_ends, gsize, arc);
  const XituGeoPoint *pts = &g_array_index (r->arc_points, XituGeoPoint, start);
  gsize n = end - start;

  for (gsize i = r->ring->len > 0 ? 1 : 0; i < n; i++)
    g_array_append_val (r->ring, pts[reversed ? n - 1 - i : i]);
}

static gboolean
read_topo_ring (Reader         *r,
                JsonNode       *node,
                const char     *path,
                XituGeoFeature *feature)
{
  JsonArray *a = get_array (r, node, path);
  guint n_arcs = r->arc_ends->len;

  if (a == NULL)
    return FALSE;

  g_array_set_size (r->ring, 0);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *n = json_array_get_element (a, i);
      gint64 index;

      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
        return fail (r, XITU_GEO_ERROR_STRUCTURE, p,
                     _("expected an arc index (an integer), found %s"), node_kind (n));

      index = json_node_get_int (n);
      if ((index >= 0 && index >= n_arcs) || (index < 0 && ~index >= n_arcs))
        {
          /* Formatted apart: gettext cannot see through G_GINT64_FORMAT. */
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, index);

          return fail (r, XITU_GEO_ERROR_ARC_INDEX, p,
                       /* Translators: an arc index from the file, then how
                        * many arcs there are. */
                       _("arc index %s is out of range: the topology has %u arc(s)"),
                       number, n_arcs);
        }
      append_arc (r, index);
    }

  return finish_ring (r, feature, path);
}

static gboolean
read_topo_polygon (Reader         *r,
                   JsonNode       *node,
                   const char     *path,
                   XituGeoFeature *feature)
{
  JsonArray *rings = get_array (r, node, path);

  if (rings == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (rings); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);

      if (!read_topo_ring (r, json_array_get_element (rings, i), p, feature))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_topo_geometry (Reader     *r,
                    JsonNode   *node,
                    const char *path,
                    guint       index)
{
  g_autofree char *apath = g_strconcat (path, ".arcs", NULL);
  g_autoptr(XituGeoFeature) feature = NULL;
  JsonObject *object;
  JsonNode *arcs;
  const char *type;

  if ((object = get_object (r, node, path)) == NULL)
    return FALSE;
  if ((feature = new_feature (r, object, path, index)) == NULL)
    return FALSE;

  type = get_type_member (object);
  arcs = json_object_get_member (object, "arcs");
  if (g_strcmp0 (type, "Polygon") == 0)
    {
      if (!read_topo_polygon (r, arcs, apath, feature))
        return FALSE;
    }
  else if (g_strcmp0 (type, "MultiPolygon") == 0)
    {
      JsonArray *polys = get_array (r, arcs, apath);

      if (polys == NULL)
        return FALSE;
      for (guint i = 0; i < json_array_get_length (polys); i++)
        {
          g_autofree char *p = g_strdup_printf ("%s[%u]", apath, i);

          if (!read_topo_polygon (r, json_array_get_element (polys, i), p, feature))
            return FALSE;
        }
    }
  else if (type != NULL || json_object_has_member (object, "type"))
    {
      /* TopoJSON writes a geometry without coordinates as {"type": null}. */
      JsonNode *t = json_object_get_member (object, "type");

      if (!JSON_NODE_HOLDS_NULL (t))
        {
          g_autofree char *tpath = g_strconcat (path, ".type", NULL);

          if (type == NULL)
            return fail (r, XITU_GEO_ERROR_STRUCTURE, tpath,
                         /* Translators: what the value is ("a number"). */
                         _("expected \"Polygon\" or \"MultiPolygon\", found %s"), node_kind (t));
          return fail (r, XITU_GEO_ERROR_STRUCTURE, tpath,
                       /* Translators: the type the file gives. */
                       _("expected \"Polygon\" or \"MultiPolygon\", found \"%s\""), type);
        }
    }
  else
    return fail (r, XITU_GEO_ERROR_STRUCTURE, path, _("expected a member \"type\""));

  g_ptr_array_add (r->features, g_steal_pointer (&feature));
  return TRUE;
}

/* The countries are the object named "countries" (world-atlas), or else the
 * first object of the topology. */
static JsonNode *
pick_object (Reader      *r,
             JsonObject  *root,
             char       **out_path)
{
  JsonObject *objects = get_object (r, json_object_get_member (root, "objects"), "objects");
  g_autoptr(GList) names = NULL;
  const char *name;
  JsonNode *node;

  if (objects == NULL)
    return NULL;
  if (json_object_get_size (objects) == 0)
    {
      fail (r, XITU_GEO_ERROR_EMPTY, "objects", _("expected at least one object"));
      return NULL;
    }

  names = json_object_get_members (objects);
  name = json_object_has_member (objects, "countries") ? "countries" : names->data;
  *out_path = g_strconcat ("objects.", name, NULL);
  node = json_object_get_member (objects, name);
  if (get_object (r, node, *out_path) == NULL)
    return NULL;
  return node;
}

static gboolean
read_topology (Reader     *r,
               JsonObject *root)
{
  g_autofree char *opath = NULL;
  g_autofree char *gpath = NULL;
  JsonNode *node;
  JsonObject *object;
  JsonArray *geometries;

  if (!read_arcs (r, root) || (node = pick_object (r, root, &opath)) == NULL)
    return FALSE;

  /* A single Polygon/MultiPolygon object is one feature. */
  object = json_node_get_object (node);
  if (g_strcmp0 (get_type_member (object), "GeometryCollection") != 0)
    return read_topo_geometry (r, node, opath, 0);

  gpath = g_strconcat (opath, ".geometries", NULL);
  if ((geometries = get_array (r, json_object_get_member (object, "geometries"), gpath)) == NULL)
    return FALSE;
  if (json_array_get_length (geometries) == 0)
    return fail (r, XITU_GEO_ERROR_EMPTY, gpath, _("expected at least one geometry"));

  for (guint i = 0; i < json_array_get_length (geometries); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", gpath, i);

      if (!read_topo_geometry (r, json_array_get_element (geometries, i), p, i))
        return FALSE;
    }
  return TRUE;
}

/* ---- entry points ------------------------------------------------------ */

/* json-glib parses recursively: refuse absurd nesting before it sees it. */
static gboolean
check_depth (Reader       *r,
             const guint8 *data,
             gsize         len)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > XITU_GEO_MAX_DEPTH)
            {
              g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, i);

              return fail (r, XITU_GEO_ERROR_SYNTAX, "$",
                           /* Translators: a number of levels, then the offset
                            * of a byte in the file. */
                           _("arrays and objects nest deeper than %d levels (at byte %s)"),
                           XITU_GEO_MAX_DEPTH, offset);
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static gboolean
is_blank (const guint8 *data,
          gsize         len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
fail_too_large (Reader  *r,
                guint64  size)
{
  /* Formatted apart: gettext cannot see through G_GUINT64_FORMAT. */
  g_autofree char *bytes = g_strdup_printf ("%" G_GUINT64_FORMAT, size);
  g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, XITU_GEO_MAX_BYTES);

  return fail (r, XITU_GEO_ERROR_TOO_LARGE, "$",
               /* Translators: the size of the file, then the limit, in bytes. */
               _("the file is %s bytes; geometry files may be at most %s bytes"), bytes, limit);
}

static gboolean
read_root (Reader   *r,
           JsonNode *root_node)
{
  JsonObject *root;
  const char *type;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (r, XITU_GEO_ERROR_FORMAT, "$",
                 _("expected a GeoJSON or TopoJSON object, found %s"), node_kind (root_node));

  root = json_node_get_object (root_node);
  type = get_type_member (root);
  if (g_strcmp0 (type, "Topology") == 0)
    return read_topology (r, root);
  if (g_strcmp0 (type, "FeatureCollection") == 0)
    return read_feature_collection (r, root);
  if (g_strcmp0 (type, "Feature") == 0)
    return read_geojson_feature (r, root_node, "$", 0);

  if (type == NULL)
    return fail (r, XITU_GEO_ERROR_FORMAT, "type",
                 /* Translators: what the value is ("a number"), or that
                  * there is none. */
                 _("expected \"Topology\", \"FeatureCollection\" or \"Feature\", found %s"),
                 node_kind (json_object_get_member (root, "type")));
  return fail (r, XITU_GEO_ERROR_FORMAT, "type",
               /* Translators: the type the file gives. */
               _("expected \"Topology\", \"FeatureCollection\" or \"Feature\", found \"%s\""),
               type);
}

GPtrArray *
xitu_geo_read_bytes (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) arc_points = g_array_new (FALSE, FALSE, sizeof (XituGeoPoint));
  g_autoptr(GArray) arc_ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (XituGeoPoint));
  /* Translators: stands for the file name when there is none. */
  Reader r = { display_name ? display_name : _("(geometry)"), error, features, arc_points, arc_ends, ring };
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > XITU_GEO_MAX_BYTES)
    {
      fail_too_large (&r, len);
      return NULL;
    }
  if (is_blank (data, len))
    {
      fail (&r, XITU_GEO_ERROR_EMPTY, "$", _("the file is empty; expected GeoJSON or TopoJSON"));
      return NULL;
    }
  if (!check_depth (&r, data, len))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, (const char *) data, len, &local_error))
    {
      /* Translators: the JSON parser's own message. */
      fail (&r, XITU_GEO_ERROR_SYNTAX, "$", _("not valid JSON: %s"), local_error->message);
      return NULL;
    }

  if (!read_root (&r, json_parser_get_root (parser)))
    return NULL;

  return g_steal_pointer (&features);
}

GPtrArray *
xitu_geo_read_file (GFile   *file,
                    GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return NULL;
    }

  /* Refuse before reading: a huge file should not be loaded to be refused. */
  if ((guint64) g_file_info_get_size (info) > XITU_GEO_MAX_BYTES)
    {
      Reader r = { .file = name, .error = error };

      fail_too_large (&r, g_file_info_get_size (info));
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return NULL;
    }

  return xitu_geo_read_bytes (bytes, name, error);
}
