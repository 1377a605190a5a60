/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stage-to-stage intensity factors: how much of one stage's product goes
 * into a unit of the next. None of these is a sourced figure in the
 * dataset; each is an assumption with its basis in docs/methodology.md
 * ("Intensity factors"), and the user can change every one of them.
 *
 * Stage quantities are kept on one basis per stage (the "magnet chain"):
 *   mining      t REO in concentrate
 *   separation  t REO, separated oxides
 *   metal       t NdPr metal
 *   magnet      t NdFeB magnets */
typedef struct
{
  double separation_recovery;  /* t separated REO per t REO in concentrate */
  double ndpr_share;           /* t NdPr oxide per t separated REO */
  double metal_per_oxide;      /* t metal per t oxide (stoichiometry) */
  double re_per_magnet;        /* t rare-earth metal per t magnet */
} XituIntensity;

#define XITU_INTENSITY_SEPARATION_RECOVERY 0.90
#define XITU_INTENSITY_NDPR_SHARE          0.20
#define XITU_INTENSITY_METAL_PER_OXIDE     0.857
#define XITU_INTENSITY_RE_PER_MAGNET       0.30

void         xitu_intensity_init_default   (XituIntensity       *intensity);
gboolean     xitu_intensity_is_valid       (const XituIntensity *intensity);
const char  *xitu_intensity_stage_unit     (const char          *stage);
double       xitu_intensity_step           (const XituIntensity *intensity,
                                            const char          *from_stage,
                                            const char          *to_stage);
double       xitu_intensity_convert        (const XituIntensity *intensity,
                                            const char          *stage,
                                            const char          *capacity_unit,
                                            gboolean            *assumed);

G_END_DECLS
