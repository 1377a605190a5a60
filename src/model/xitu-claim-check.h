/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* A verdict computed from a claim's `check` (figure, claimed value,
 * tolerance) rather than typed in, set beside the dataset's typed verdict.
 * Tolerance is in percentage points when the figure is in %, relative
 * (0.05 = 5 %) otherwise. Rules: docs/methodology.md, "Claim checks". */

typedef struct
{
  XituClaim   *claim;
  XituVerdict  typed;           /* the dataset's verdict */
  gboolean     has_check;       /* the claim carries a check */
  gboolean     computed;        /* the checked figure exists and has a value */
  XituVerdict  verdict;         /* when computed */
  gboolean     agrees;          /* computed and equal to the typed verdict */
  XituFigure  *figure;          /* the figure checked against */
  double       claimed;
  double       tolerance;
  gboolean     relative;        /* tolerance relative (quantities) or in points (%) */
  double       difference;      /* distance claimed–figure: points, or relative */
  XituFigure  *matched;         /* OUTDATED / DIFFERENT_METRIC: the figure the claim does match */
  double       unit_factor;     /* UNIT_ERROR: claimed × factor is within tolerance */
  gboolean     kinds_differ;    /* the claim's figures measure different things */
  char        *kinds;           /* e.g. "import-share (weight); dependence-headline (…)" */
  char        *explanation;     /* one English sentence */
} XituClaimCheck;

XituClaimCheck *xitu_claim_check              (XituDataset     *dataset,
                                               XituClaim       *claim);
GPtrArray      *xitu_claim_check_all          (XituDataset     *dataset);
void            xitu_claim_check_free         (XituClaimCheck  *self);
gboolean        xitu_claim_check_within       (XituFigure      *figure,
                                               double           claimed,
                                               double           tolerance,
                                               double          *difference);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituClaimCheck, xitu_claim_check_free)

G_END_DECLS
