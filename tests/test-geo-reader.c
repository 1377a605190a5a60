/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "xitu-geo-reader.h"
#include "xitu-world.h"

typedef struct
{
  const char   *file;
  XituGeoError  code;
  const char   *message;  /* the whole message after "FILE: " */
} BadCase;

/* Each file in tests/data/geo/bad/ and the exact error it must give. */
static const BadCase bad_cases[] = {
  { "empty.json", XITU_GEO_ERROR_EMPTY,
    "$: the file is empty; expected GeoJSON or TopoJSON" },
  { "whitespace.json", XITU_GEO_ERROR_EMPTY,
    "$: the file is empty; expected GeoJSON or TopoJSON" },
  { "not-json.json", XITU_GEO_ERROR_SYNTAX,
    "$: not valid JSON: <data>:1:46: Parse error: unexpected character `]', expected character `,'" },
  { "not-utf8.json", XITU_GEO_ERROR_SYNTAX,
    "$: not valid JSON: JSON data must be UTF-8 encoded" },
  { "deep-nesting.json", XITU_GEO_ERROR_SYNTAX,
    "$: arrays and objects nest deeper than 64 levels (at byte 64)" },
  { "array-root.json", XITU_GEO_ERROR_FORMAT,
    "$: expected a GeoJSON or TopoJSON object, found an array" },
  { "unknown-type.json", XITU_GEO_ERROR_FORMAT,
    "type: expected \"Topology\", \"FeatureCollection\" or \"Feature\", found \"Point\"" },
  { "no-features.json", XITU_GEO_ERROR_EMPTY,
    "features: expected at least one feature" },
  { "features-not-array.json", XITU_GEO_ERROR_STRUCTURE,
    "features: expected an array, found an object" },
  { "feature-wrong-type.json", XITU_GEO_ERROR_STRUCTURE,
    "features[0].type: expected \"Feature\"" },
  { "wrong-nesting.json", XITU_GEO_ERROR_STRUCTURE,
    "features[0].geometry.coordinates[0][0]: expected an array, found a number" },
  { "geometry-linestring.json", XITU_GEO_ERROR_STRUCTURE,
    "features[0].geometry: expected a geometry of type \"Polygon\" or \"MultiPolygon\", "
    "found \"LineString\"" },
  { "id-object.json", XITU_GEO_ERROR_STRUCTURE,
    "features[0].id: expected a string or number, found an object" },
  { "latitude-off-globe.json", XITU_GEO_ERROR_COORDINATE,
    "features[0].geometry.coordinates[0][2]: position (10, 95) is off the globe: "
    "expected longitude in [-180, 180] and latitude in [-90, 90] degrees" },
  { "non-finite.json", XITU_GEO_ERROR_COORDINATE,
    "features[0].geometry.coordinates[0][1]: expected finite numbers" },
  { "short-ring.json", XITU_GEO_ERROR_RING,
    "features[0].geometry.coordinates[0]: a ring needs at least 4 positions, found 3" },
  { "topo-no-arcs.json", XITU_GEO_ERROR_STRUCTURE,
    "arcs: expected an array, found nothing (the member is missing)" },
  { "topo-arc-too-short.json", XITU_GEO_ERROR_STRUCTURE,
    "arcs[0]: an arc needs at least 2 positions, found 1" },
  { "topo-zero-scale.json", XITU_GEO_ERROR_COORDINATE,
    "transform.scale: expected non-zero scales" },
  { "topo-quantized-off-globe.json", XITU_GEO_ERROR_COORDINATE,
    "arcs[0][1]: position (200, 0) is off the globe: "
    "expected longitude in [-180, 180] and latitude in [-90, 90] degrees" },
  { "topo-no-objects.json", XITU_GEO_ERROR_EMPTY,
    "objects: expected at least one object" },
  { "topo-empty-geometries.json", XITU_GEO_ERROR_EMPTY,
    "objects.countries.geometries: expected at least one geometry" },
  { "topo-arc-index.json", XITU_GEO_ERROR_ARC_INDEX,
    "objects.countries.geometries[0].arcs[1][0]: arc index 5 is out of range: "
    "the topology has 1 arc(s)" },
  { "topo-reversed-arc-index.json", XITU_GEO_ERROR_ARC_INDEX,
    "objects.countries.geometries[0].arcs[1][0][0]: arc index -3 is out of range: "
    "the topology has 1 arc(s)" },
  { "topo-arc-index-not-integer.json", XITU_GEO_ERROR_STRUCTURE,
    "objects.countries.geometries[0].arcs[0][0]: expected an arc index (an integer), "
    "found a number" },
  { "topo-polygon-arcs-not-nested.json", XITU_GEO_ERROR_STRUCTURE,
    "objects.countries.geometries[0].arcs[0]: expected an array, found a number" },
  { "topo-point.json", XITU_GEO_ERROR_STRUCTURE,
    "objects.countries.geometries[0].type: expected \"Polygon\" or \"MultiPolygon\", "
    "found \"Point\"" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "geo", "bad", c->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituWorld) world = xitu_world_new_from_file (file, &error);
  g_autofree char *expected = g_strconcat (c->file, ": ", c->message, NULL);

  g_assert_null (world);
  g_assert_error (error, XITU_GEO_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Every file of the corpus is in the table, and the other way round. */
static void
test_bad_corpus_complete (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "geo", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
        found |= g_str_equal (bad_cases[i].file, name);
      if (!found)
        g_error ("%s is in the corpus but not in the test table", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_cases));
  g_assert_cmpuint (n, >=, 15);
}

/* A file over the limit is refused from its size alone: a sparse file
 * costs no disk and no time. */
static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xitu-geo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) features = NULL;
  g_autofree char *expected = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, XITU_GEO_MAX_BYTES + 1), ==, 0);
  close (fd);

  features = xitu_geo_read_file (file, &error);
  expected = g_strdup_printf ("huge.json: $: the file is %" G_GSIZE_FORMAT " bytes; "
                              "geometry files may be at most %" G_GSIZE_FORMAT " bytes",
                              XITU_GEO_MAX_BYTES + 1, XITU_GEO_MAX_BYTES);
  g_assert_null (features);
  g_assert_error (error, XITU_GEO_ERROR, XITU_GEO_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/countries.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) features = xitu_geo_read_file (file, &error);

  g_assert_null (features);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "countries.json: "));
}

static GPtrArray *
read_good (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "geo", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *features = xitu_geo_read_file (file, &error);

  g_assert_no_error (error);
  return features;
}

static void
assert_ring (XituGeoFeature     *f,
             guint               ring,
             const XituGeoPoint *expected,
             gsize               n_expected)
{
  gsize n;
  const XituGeoPoint *p = xitu_geo_feature_get_ring (f, ring, &n);

  g_assert_cmpuint (n, ==, n_expected);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (p[i].lon, expected[i].lon, 1e-12);
      g_assert_cmpfloat_with_epsilon (p[i].lat, expected[i].lat, 1e-12);
    }
}

/* Quantized, delta-encoded arcs: scale (0.5, 0.25), translate (-10, -5).
 * Arc 0 positions (0,0) (10,0) (0,10) (-10,0) (0,-10) sum to (0,0) (10,0)
 * (10,10) (0,10) (0,0), i.e. lon -10, -5, -5, -10, -10 and lat -5, -5,
 * -2.5, -2.5, -5. Arc 1 sums to (20,20) (20,25) (25,25) (25,20) (20,20):
 * (0, 0) (0, 1.25) (2.5, 1.25) (2.5, 0) (0, 0), read backwards as ~1. */
static void
test_topojson_quantized (void)
{
  g_autoptr(GPtrArray) features = read_good ("quantized.topojson");
  const XituGeoPoint arc0[] = { { -10, -5 }, { -5, -5 }, { -5, -2.5 }, { -10, -2.5 }, { -10, -5 } };
  const XituGeoPoint arc1_reversed[] = { { 0, 0 }, { 2.5, 0 }, { 2.5, 1.25 }, { 0, 1.25 }, { 0, 0 } };
  XituGeoFeature *f;

  g_assert_cmpuint (features->len, ==, 4);

  f = features->pdata[0];
  g_assert_cmpuint (xitu_geo_feature_get_numeric (f), ==, 36);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Squareland");
  assert_ring (f, 0, arc0, G_N_ELEMENTS (arc0));
  g_assert_true (xitu_geo_feature_contains (f, -7, -4));
  g_assert_false (xitu_geo_feature_contains (f, -4, -4));

  /* ~1 is arc 1 reversed; no id → code 0, name kept. */
  f = features->pdata[1];
  g_assert_cmpuint (xitu_geo_feature_get_numeric (f), ==, 0);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Nocode");
  assert_ring (f, 0, arc1_reversed, G_N_ELEMENTS (arc1_reversed));

  /* "-99" is Natural Earth's "no code". */
  g_assert_cmpuint (xitu_geo_feature_get_numeric (features->pdata[2]), ==, 0);

  /* A null geometry is kept, with no rings. */
  f = features->pdata[3];
  g_assert_cmpuint (xitu_geo_feature_get_numeric (f), ==, 8);
  g_assert_cmpuint (xitu_geo_feature_get_n_rings (f), ==, 0);
}

static void
test_geojson (void)
{
  g_autoptr(GPtrArray) features = read_good ("features.geojson");
  g_autoptr(XituWorld) world = xitu_world_new_from_features (features);
  XituGeoFeature *f;

  g_assert_cmpuint (features->len, ==, 3);

  /* Numeric id; the hole is not part of the feature. */
  f = xitu_world_lookup (world, 36);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Holey");
  g_assert_true (xitu_world_feature_at (world, 2, 2) == f);
  g_assert_null (xitu_world_feature_at (world, 5, 5));

  /* Crossing 180°: both halves hit, nothing in between on the far side. */
  f = features->pdata[1];
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Dateline");
  g_assert_cmpuint (xitu_geo_feature_get_n_rings (f), ==, 2);
  g_assert_true (xitu_world_feature_at (world, 175, -15) == f);
  g_assert_true (xitu_world_feature_at (world, -175, -15) == f);
  g_assert_null (xitu_world_feature_at (world, 0, -15));
  g_assert_cmpfloat (xitu_geo_feature_get_bbox (f)->west, ==, -180);
  g_assert_cmpfloat (xitu_geo_feature_get_bbox (f)->east, ==, 180);

  /* An alpha-3 id is no numeric code; no properties → a generic name. */
  f = features->pdata[2];
  g_assert_cmpuint (xitu_geo_feature_get_numeric (f), ==, 0);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Unnamed area 3");
}

/* A name whose text is not UTF-8 once json-glib has read its escapes is
 * skipped for the next key, or the numeric code: it never reaches Pango. */
static void
test_bad_name_text (void)
{
  g_autoptr(GPtrArray) features = read_good ("bad-name-text.geojson");

  g_assert_cmpuint (features->len, ==, 2);
  g_assert_cmpstr (xitu_geo_feature_get_name (features->pdata[0]), ==, "Fallback");
  g_assert_cmpstr (xitu_geo_feature_get_name (features->pdata[1]), ==, "004");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/geo-reader/bad/%s", bad_cases[i].file);

      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/geo-reader/bad-corpus-complete", test_bad_corpus_complete);
  g_test_add_func ("/geo-reader/too-large", test_too_large);
  g_test_add_func ("/geo-reader/missing-file", test_missing_file);
  g_test_add_func ("/geo-reader/topojson-quantized", test_topojson_quantized);
  g_test_add_func ("/geo-reader/geojson", test_geojson);
  g_test_add_func ("/geo-reader/bad-name-text", test_bad_name_text);

  return g_test_run ();
}
