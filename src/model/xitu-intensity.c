/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-intensity.h"

void
xitu_intensity_init_default (XituIntensity *intensity)
{
  intensity->separation_recovery = XITU_INTENSITY_SEPARATION_RECOVERY;
  intensity->ndpr_share = XITU_INTENSITY_NDPR_SHARE;
  intensity->metal_per_oxide = XITU_INTENSITY_METAL_PER_OXIDE;
  intensity->re_per_magnet = XITU_INTENSITY_RE_PER_MAGNET;
}

/* Each factor is a fraction in (0, 1]. */
gboolean
xitu_intensity_is_valid (const XituIntensity *intensity)
{
  const double v[] = { intensity->separation_recovery, intensity->ndpr_share,
                       intensity->metal_per_oxide, intensity->re_per_magnet };

  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    if (!isfinite (v[i]) || v[i] <= 0.0 || v[i] > 1.0)
      return FALSE;
  return TRUE;
}

const char *
xitu_intensity_stage_unit (const char *stage)
{
  if (g_strcmp0 (stage, "mining") == 0)
    return "t REO in concentrate";
  if (g_strcmp0 (stage, "separation") == 0)
    return "t REO";
  if (g_strcmp0 (stage, "metal") == 0)
    return "t NdPr metal";
  if (g_strcmp0 (stage, "magnet") == 0)
    return "t magnets";
  return NULL;
}

/* Units of `to_stage`'s product that one unit of the adjacent upstream
 * `from_stage`'s product makes, at most; NAN for stages this table does
 * not know or that are not adjacent. */
double
xitu_intensity_step (const XituIntensity *intensity,
                     const char          *from_stage,
                     const char          *to_stage)
{
  if (g_strcmp0 (from_stage, "mining") == 0 && g_strcmp0 (to_stage, "separation") == 0)
    return intensity->separation_recovery;
  if (g_strcmp0 (from_stage, "separation") == 0 && g_strcmp0 (to_stage, "metal") == 0)
    return intensity->ndpr_share * intensity->metal_per_oxide;
  if (g_strcmp0 (from_stage, "metal") == 0 && g_strcmp0 (to_stage, "magnet") == 0)
    return 1.0 / intensity->re_per_magnet;
  return NAN;
}

/* Factor that turns a facility capacity in `capacity_unit` into the
 * stage's basis unit, or NAN when no documented factor does. *assumed is
 * set when the factor is an assumption rather than an identity. */
double
xitu_intensity_convert (const XituIntensity *intensity,
                        const char          *stage,
                        const char          *capacity_unit,
                        gboolean            *assumed)
{
  gboolean oxide_stage = g_strcmp0 (stage, "mining") == 0 || g_strcmp0 (stage, "separation") == 0;

  *assumed = FALSE;
  if (capacity_unit == NULL)
    return NAN;
  if (oxide_stage && g_str_equal (capacity_unit, "t/yr REO"))
    return 1.0;
  if (g_strcmp0 (stage, "magnet") == 0 && g_str_equal (capacity_unit, "t/yr magnets"))
    return 1.0;
  if (g_strcmp0 (stage, "metal") == 0 && g_str_equal (capacity_unit, "t/yr metal"))
    return 1.0;

  *assumed = TRUE;
  if (oxide_stage && g_str_equal (capacity_unit, "t/yr NdPr"))
    return 1.0 / intensity->ndpr_share;
  if (oxide_stage && g_str_equal (capacity_unit, "t/yr light rare earths"))
    return 1.0;
  if (g_strcmp0 (stage, "metal") == 0 && g_str_equal (capacity_unit, "t/yr NdPr"))
    return intensity->metal_per_oxide;
  *assumed = FALSE;
  return NAN;
}
