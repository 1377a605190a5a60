/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-geo-cut.h"
#include "xitu-world.h"

static XituWorld *
load_world (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituWorld *world = xitu_world_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (world);
  return world;
}

static void
assert_at (XituWorld  *world,
           double      lon,
           double      lat,
           guint       numeric,
           const char *name)
{
  XituGeoFeature *f = xitu_world_feature_at (world, lon, lat);

  if (numeric == 0 && name == NULL)
    {
      if (f != NULL)
        g_error ("(%g, %g): expected the sea, found %s", lon, lat, xitu_geo_feature_get_name (f));
      return;
    }
  g_assert_nonnull (f);
  g_assert_cmpuint (xitu_geo_feature_get_numeric (f), ==, numeric);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, name);
}

static void
check_hits (XituWorld *world)
{
  assert_at (world, 2.3522, 48.8566, 250, "France");          /* Paris */
  assert_at (world, 149.13, -35.28, 36, "Australia");         /* Canberra */
  assert_at (world, 116.40, 39.90, 156, "China");             /* Beijing */
  assert_at (world, -150.0, -20.0, 0, NULL);                  /* South Pacific */
  assert_at (world, 34.10, 44.95, 643, "Russia");             /* Simferopol, as NE draws it */
  assert_at (world, 20.9, 42.6, 0, "Kosovo");                 /* Pristina: no code, kept */
  assert_at (world, 27.5, -29.5, 426, "Lesotho");             /* the hole in South Africa */
  assert_at (world, 25.0, -30.0, 710, "South Africa");
  assert_at (world, -175.0, 66.5, 643, "Russia");             /* Chukotka, west of 180° */
  assert_at (world, 170.0, 66.0, 643, "Russia");              /* Chukotka, east of 180° */
  assert_at (world, 0.0, -85.0, 10, "Antarctica");
  assert_at (world, 179.99, -86.0, 10, "Antarctica");  /* closed along the pole */
  assert_at (world, -90.0, 10.0, 0, NULL);                    /* Pacific off Central America */
}

static void
test_world_110m (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituGeoFeature *f;

  g_assert_cmpuint (xitu_world_get_n_features (world), ==, 177);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (world)), ==, 177);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (world)) == XITU_TYPE_GEO_FEATURE);

  f = xitu_world_lookup (world, 156);
  g_assert_nonnull (f);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "China");
  g_assert_cmpfloat (xitu_geo_feature_get_bbox (f)->west, >, 73);
  g_assert_cmpfloat (xitu_geo_feature_get_bbox (f)->east, <, 135.1);
  g_assert_null (xitu_world_lookup (world, 702));  /* Singapore: too small for 110m */
  g_assert_null (xitu_world_lookup (world, 0));

  check_hits (world);
}

static void
test_world_50m (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-50m.json");
  XituGeoFeature *f;

  g_assert_cmpuint (xitu_world_get_n_features (world), ==, 241);
  g_assert_nonnull (xitu_world_lookup (world, 702));
  g_assert_nonnull (xitu_world_lookup (world, 344));
  g_assert_nonnull (xitu_world_lookup (world, 470));
  g_assert_nonnull (xitu_world_lookup (world, 48));

  /* Two features share "036": the lookup picks the continent. */
  f = xitu_world_lookup (world, 36);
  g_assert_cmpstr (xitu_geo_feature_get_name (f), ==, "Australia");

  check_hits (world);
  assert_at (world, 103.82, 1.35, 702, "Singapore");
}

/* Every ring is planar after loading: no edge spans more than 180°
 * except along the pole. */
static void
test_world_rings_planar (void)
{
  const char *names[] = { "countries-110m.json", "countries-50m.json" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(XituWorld) world = load_world (names[n]);

      for (guint i = 0; i < xitu_world_get_n_features (world); i++)
        {
          XituGeoFeature *f = xitu_world_get_feature (world, i);

          for (guint r = 0; r < xitu_geo_feature_get_n_rings (f); r++)
            {
              gsize len;
              const XituGeoPoint *p = xitu_geo_feature_get_ring (f, r, &len);

              for (gsize k = 1; k < len; k++)
                {
                  /* Only the edge along a pole may span the map. */
                  if (fabs (p[k].lat) != 90)
                    g_assert_cmpfloat (fabs (p[k].lon - p[k - 1].lon), <=, 180);
                  g_assert_cmpfloat (fabs (p[k].lon), <=, 180);
                }
            }
        }
    }
}

static void
collect_ring (const XituGeoPoint *points,
              gsize               n_points,
              gpointer            user_data)
{
  g_ptr_array_add (user_data, g_memdup2 (points, n_points * sizeof *points));
  g_ptr_array_add (user_data, GSIZE_TO_POINTER (n_points));
}

/* A square from 170°E to 170°W is cut into two squares, one each side. */
static void
test_cut_square (void)
{
  const XituGeoPoint sq[] = { { 170, 10 }, { -170, 10 }, { -170, 20 }, { 170, 20 }, { 170, 10 } };
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  xitu_geo_cut_ring (sq, G_N_ELEMENTS (sq), collect_ring, out);
  g_assert_cmpuint (out->len, ==, 4);
  for (guint i = 0; i < out->len; i += 2)
    {
      XituGeoPoint *p = out->pdata[i];
      gsize n = GPOINTER_TO_SIZE (out->pdata[i + 1]);
      double w = 1000, e = -1000;

      for (gsize k = 0; k < n; k++)
        w = MIN (w, p[k].lon), e = MAX (e, p[k].lon);
      g_assert_cmpfloat (e - w, ==, 10);
      g_assert_true (w == 170 || w == -180);
      g_assert_true (xitu_geo_ring_contains (p, n, w + 5, 15));
      g_free (p);
    }
}

static guint
count_shared (XituGeoFeature *f)
{
  guint n = 0;

  for (guint r = 0; r < xitu_geo_feature_get_n_rings (f); r++)
    {
      gsize len;
      const guint8 *shared = xitu_geo_feature_get_ring_shared (f, r);

      xitu_geo_feature_get_ring (f, r, &len);
      for (gsize k = 0; shared != NULL && k < len; k++)
        n += shared[k];
    }
  return n;
}

/* Two squares side by side, the border between them walked one way by each,
 * and an island: the border is marked in the second square only, the edge
 * that ends at its point, and nothing else. */
static void
test_shared_edges (void)
{
  const XituGeoPoint west[] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 } };
  const XituGeoPoint east[] = { { 1, 0 }, { 2, 0 }, { 2, 1 }, { 1, 1 }, { 1, 0 } };
  const XituGeoPoint island[] = { { 5, 5 }, { 6, 5 }, { 6, 6 }, { 5, 5 } };
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(XituWorld) world = NULL;
  XituGeoFeature *f[3];
  const guint8 *shared;

  for (guint i = 0; i < 3; i++)
    {
      f[i] = xitu_geo_feature_new (i + 1, "x");
      g_ptr_array_add (features, f[i]);
    }
  xitu_geo_feature_add_ring (f[0], west, G_N_ELEMENTS (west));
  xitu_geo_feature_add_ring (f[1], island, G_N_ELEMENTS (island));
  xitu_geo_feature_add_ring (f[1], east, G_N_ELEMENTS (east));
  world = xitu_world_new_from_features (features);

  g_assert_null (xitu_geo_feature_get_ring_shared (f[0], 0));
  g_assert_cmpuint (count_shared (f[0]), ==, 0);
  g_assert_cmpuint (count_shared (f[1]), ==, 1);
  /* The east square's edge (1,1) → (1,0), which ends at its point 4. */
  shared = xitu_geo_feature_get_ring_shared (f[1], 1);
  g_assert_nonnull (shared);
  g_assert_cmpuint (shared[4], ==, 1);
  /* A ring added later gets no marks: its edges are its own. */
  xitu_geo_feature_add_ring (f[1], island, G_N_ELEMENTS (island));
  g_assert_cmpuint (count_shared (f[1]), ==, 1);
}

/* In Natural Earth's TopoJSON every land border is an arc used by both
 * countries: France marks some edges (it borders countries before it in
 * the file or after), an island nation marks none. */
static void
test_shared_edges_110m (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  guint total = 0;

  for (guint i = 0; i < xitu_world_get_n_features (world); i++)
    total += count_shared (xitu_world_get_feature (world, i));
  g_assert_cmpuint (total, >, 1000);
  g_assert_cmpuint (count_shared (xitu_world_lookup (world, 352)), ==, 0);  /* Iceland */
  g_assert_cmpuint (count_shared (xitu_world_lookup (world, 250)) +
                    count_shared (xitu_world_lookup (world, 724)), >, 0);  /* France, Spain */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/world/110m", test_world_110m);
  g_test_add_func ("/world/50m", test_world_50m);
  g_test_add_func ("/world/rings-planar", test_world_rings_planar);
  g_test_add_func ("/world/cut-square", test_cut_square);
  g_test_add_func ("/world/shared-edges", test_shared_edges);
  g_test_add_func ("/world/shared-edges-110m", test_shared_edges_110m);

  return g_test_run ();
}
