/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-projection.h"

static void
assert_forward (double lon,
                double lat,
                double x,
                double y)
{
  double px, py;

  xitu_equal_earth_forward (lon, lat, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, x, 1e-12);
  g_assert_cmpfloat_with_epsilon (py, y, 1e-12);
}

/* Values worked from the paper's equations with A1 = 1.340264,
 * A2 = −0.081106, A3 = 0.000893, A4 = 0.003796, M = √3/2:
 *   θ = asin (M sin φ);  x = 2√3 λ cos θ / (3 (9A4θ⁸ + 7A3θ⁶ + 3A2θ² + A1));
 *   y = A4θ⁹ + A3θ⁷ + A2θ³ + A1θ. */
static void
test_forward (void)
{
  /* Origin. */
  assert_forward (0, 0, 0, 0);
  /* Equator at ±180°: θ = 0, x = 2√3π / (3·A1) = 10.882796 / 4.020792 = 2.70663. */
  assert_forward (180, 0, 2 * sqrt (3) * G_PI / (3 * 1.340264), 0);
  assert_forward (-180, 0, -2.7066299836960743, 0);
  g_assert_cmpfloat_with_epsilon (XITU_EQUAL_EARTH_MAX_X, 2.70663, 1e-5);
  /* Pole: θ = asin (√3/2) = π/3, y = 1.403521 − 0.093140 + 0.001233 + 0.005749
   * = 1.317363; the pole is a line of half-length x(180°, 90°) = 1.603589. */
  assert_forward (0, 90, 0, 1.3173627591574133);
  assert_forward (180, 90, 1.6035886482840511, 1.3173627591574133);
  g_assert_cmpfloat_with_epsilon (XITU_EQUAL_EARTH_MAX_Y, 1.317363, 1e-6);
  /* (90°E, 45°N): θ = asin (0.612372) = 0.659058, cos θ = 0.790569,
   * y' = 1.340264 − 0.105687 + 0.000512 + 0.001216 = 1.236305,
   * x = 2√3 · (π/2) · 0.790569 / (3 · 1.236322) = 1.159854. */
  assert_forward (90, 45, 1.1598544991029835, 0.8602310855220102);
  /* Symmetric in both axes. */
  assert_forward (-90, -45, -1.1598544991029835, -0.8602310855220102);
  assert_forward (-120, -30, -1.6878011172181764, -0.5929351198480168);
}

/* Newton's inverse returns every point of a 1° grid to within 1e-9°. */
static void
test_round_trip (void)
{
  for (int lat = -90; lat <= 90; lat += 1)
    for (int lon = -180; lon <= 180; lon += 1)
      {
        double x, y, lon2, lat2;

        xitu_equal_earth_forward (lon, lat, &x, &y);
        g_assert_true (xitu_equal_earth_inverse (x, y, &lon2, &lat2));
        g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-9);
        /* Longitude is undefined at the poles. */
        if (abs (lat) != 90)
          g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);
      }
}

static void
test_inverse_off_globe (void)
{
  double lon, lat;

  g_assert_false (xitu_equal_earth_inverse (0, 1.4, &lon, &lat));
  g_assert_false (xitu_equal_earth_inverse (2.8, 0, &lon, &lat));
  g_assert_false (xitu_equal_earth_inverse (2.0, 1.3, &lon, &lat));  /* beyond the curved edge */
  g_assert_false (xitu_equal_earth_inverse (NAN, 0, &lon, &lat));
}

/* A 1600×800 rectangle: the map (aspect 2.0546) is limited by the width,
 * centred vertically; zoom 2 about projected (1, 0.5) puts that point in
 * the middle. */
static void
test_transform (void)
{
  XituMapTransform t;
  double dx, dy, lon, lat, x, y;

  xitu_map_transform_init (&t, 0, 0, 1600, 800, 1, 0, 0);
  g_assert_cmpfloat_with_epsilon (t.scale, 800 / XITU_EQUAL_EARTH_MAX_X, 1e-9);
  xitu_map_transform_project (&t, -180, 0, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dy, 400, 1e-9);
  xitu_map_transform_project (&t, 0, 90, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dy, 400 - XITU_EQUAL_EARTH_MAX_Y * t.scale, 1e-9);

  g_assert_true (xitu_map_transform_unproject (&t, 1200, 200, &lon, &lat));
  xitu_map_transform_project (&t, lon, lat, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 1200, 1e-6);
  g_assert_cmpfloat_with_epsilon (dy, 200, 1e-6);

  xitu_map_transform_init (&t, 100, 50, 1600, 800, 2, 1, 0.5);
  xitu_map_transform_to_map (&t, 900, 450, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (t.scale, 2 * 800 / XITU_EQUAL_EARTH_MAX_X, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/forward", test_forward);
  g_test_add_func ("/projection/round-trip", test_round_trip);
  g_test_add_func ("/projection/inverse-off-globe", test_inverse_off_globe);
  g_test_add_func ("/projection/transform", test_transform);

  return g_test_run ();
}
