/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Equal Earth (Šavrič, Patterson & Jenny 2018) on the unit sphere:
 * x east, y north, both in radians of the unit sphere. */

/* x at ±180° on the equator: 2√3·π / (3·A1). */
#define XITU_EQUAL_EARTH_MAX_X 2.7066299836960743
/* y at ±90°: A1·θ + A2·θ³ + A3·θ⁷ + A4·θ⁹ with θ = π/3. */
#define XITU_EQUAL_EARTH_MAX_Y 1.3173627591574133

void     xitu_equal_earth_forward (double  lon_deg,
                                   double  lat_deg,
                                   double *x,
                                   double *y);
gboolean xitu_equal_earth_inverse (double  x,
                                   double  y,
                                   double *lon_deg,
                                   double *lat_deg);

/* Where the projected world lands in device space: the map is fitted into
 * a rectangle, magnified by zoom around its centre, and (centre_x,
 * centre_y) — in projected units — is put at the rectangle's centre. */
typedef struct
{
  double scale;  /* device units per projected unit */
  double x0;     /* device x of projected x = 0 */
  double y0;     /* device y of projected y = 0 */
} XituMapTransform;

void     xitu_map_transform_init      (XituMapTransform       *t,
                                       double                  x,
                                       double                  y,
                                       double                  width,
                                       double                  height,
                                       double                  zoom,
                                       double                  centre_x,
                                       double                  centre_y);
void     xitu_map_transform_project   (const XituMapTransform *t,
                                       double                  lon_deg,
                                       double                  lat_deg,
                                       double                 *dx,
                                       double                 *dy);
void     xitu_map_transform_to_map    (const XituMapTransform *t,
                                       double                  dx,
                                       double                  dy,
                                       double                 *x,
                                       double                 *y);
gboolean xitu_map_transform_unproject (const XituMapTransform *t,
                                       double                  dx,
                                       double                  dy,
                                       double                 *lon_deg,
                                       double                 *lat_deg);

G_END_DECLS
