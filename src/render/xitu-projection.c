/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Equal Earth projection: B. Šavrič, T. Patterson, B. Jenny, "The Equal
 * Earth map projection", International Journal of Geographical Information
 * Science 33 (2019), equations (1)–(3), with the paper's constants. It is
 * equal-area, so a choropleth's colours are not inflated towards the poles.
 */
#include "xitu-projection.h"

#include <math.h>

#define A1 1.340264
#define A2 (-0.081106)
#define A3 0.000893
#define A4 0.003796
#define M (sqrt (3.0) / 2.0)
#define DEG (G_PI / 180.0)

#define NEWTON_EPSILON 1e-12
#define NEWTON_MAX_ITERATIONS 20

/* y(θ) and its derivative dy/dθ. */
static double
poly (double t)
{
  double t2 = t * t, t6 = t2 * t2 * t2;

  return t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

static double
poly_prime (double t)
{
  double t2 = t * t, t6 = t2 * t2 * t2;

  return A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
}

void
xitu_equal_earth_forward (double  lon_deg,
                          double  lat_deg,
                          double *x,
                          double *y)
{
  double lambda = lon_deg * DEG;
  double sin_theta = M * sin (lat_deg * DEG);
  double theta = asin (sin_theta);

  /* cos (asin (s)) without the cosine: every point of a render goes
   * through here. */
  *x = 2 * sqrt (3.0) * lambda * sqrt (1 - sin_theta * sin_theta) / (3 * poly_prime (theta));
  *y = poly (theta);
}

/* Newton's method for θ from y (y is odd and monotonic in θ, so starting
 * at θ = y converges in a handful of steps), then λ and φ in closed form.
 * Returns FALSE for points off the projected globe. */
gboolean
xitu_equal_earth_inverse (double  x,
                          double  y,
                          double *lon_deg,
                          double *lat_deg)
{
  double theta = y;
  double lambda, s;

  if (!isfinite (x) || !isfinite (y) || fabs (y) > XITU_EQUAL_EARTH_MAX_Y + 1e-12)
    return FALSE;

  for (int i = 0; i < NEWTON_MAX_ITERATIONS; i++)
    {
      double step = (poly (theta) - y) / poly_prime (theta);

      theta -= step;
      if (fabs (step) < NEWTON_EPSILON)
        break;
    }

  lambda = 3 * x * poly_prime (theta) / (2 * sqrt (3.0) * cos (theta));
  s = CLAMP (sin (theta) / M, -1.0, 1.0);
  if (fabs (lambda) > G_PI + 1e-12)
    return FALSE;

  *lon_deg = lambda / DEG;
  *lat_deg = asin (s) / DEG;
  return TRUE;
}

void
xitu_map_transform_init (XituMapTransform *t,
                         double            x,
                         double            y,
                         double            width,
                         double            height,
                         double            zoom,
                         double            centre_x,
                         double            centre_y)
{
  double fit = MIN (width / (2 * XITU_EQUAL_EARTH_MAX_X), height / (2 * XITU_EQUAL_EARTH_MAX_Y));

  t->scale = fit * (zoom > 0 ? zoom : 1);
  t->x0 = x + width / 2 - centre_x * t->scale;
  t->y0 = y + height / 2 + centre_y * t->scale;
}

void
xitu_map_transform_project (const XituMapTransform *t,
                            double                  lon_deg,
                            double                  lat_deg,
                            double                 *dx,
                            double                 *dy)
{
  double x, y;

  xitu_equal_earth_forward (lon_deg, lat_deg, &x, &y);
  *dx = t->x0 + x * t->scale;
  *dy = t->y0 - y * t->scale;
}

/* Device → projected units (for panning and zooming about a point). */
void
xitu_map_transform_to_map (const XituMapTransform *t,
                           double                  dx,
                           double                  dy,
                           double                 *x,
                           double                 *y)
{
  *x = (dx - t->x0) / t->scale;
  *y = (t->y0 - dy) / t->scale;
}

gboolean
xitu_map_transform_unproject (const XituMapTransform *t,
                              double                  dx,
                              double                  dy,
                              double                 *lon_deg,
                              double                 *lat_deg)
{
  double x, y;

  xitu_map_transform_to_map (t, dx, dy, &x, &y);
  return xitu_equal_earth_inverse (x, y, lon_deg, lat_deg);
}
