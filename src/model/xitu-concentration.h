/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* Market concentration of one stage in one year: HHI, top-1 and top-3
 * shares, and the class each competition authority's thresholds put it in.
 * Formulas and references: docs/methodology.md, "Concentration". */

typedef enum
{
  XITU_HHI_US_2010,   /* US DOJ/FTC Horizontal Merger Guidelines (2010), §5.3 */
  XITU_HHI_US_2023,   /* US DOJ/FTC Merger Guidelines (2023), Guideline 1 */
  XITU_HHI_EU_2004,   /* EU Commission horizontal merger guidelines (2004/C 31/03), §19–21 */
  XITU_N_HHI_STANDARDS
} XituHhiStandard;

typedef enum
{
  XITU_CONCENTRATION_UNKNOWN,          /* no shares */
  XITU_CONCENTRATION_UNCONCENTRATED,   /* US 2010 < 1,500; EU < 1,000 */
  XITU_CONCENTRATION_MODERATE,         /* US 2010 1,500–2,500; EU 1,000–2,000 */
  XITU_CONCENTRATION_HIGH,             /* US 2010 > 2,500; US 2023 > 1,800; EU > 2,000 */
  XITU_CONCENTRATION_NOT_HIGH,         /* US 2023 ≤ 1,800 (it defines no lower band) */
} XituConcentrationClass;

typedef struct
{
  char       *stage;
  int         year;          /* year of the figures, ≤ year_asked */
  int         year_asked;
  char       *edition;       /* NULL without data */
  char       *metric;        /* "production" or "share" */
  gboolean    has_data;
  gboolean    complete;      /* every part of the total is a named country */
  gboolean    projected;     /* the shares are a projection (IEA 2030), not an observation */
  double      rest;          /* % held by "other" or no one named, 0–100 */

  /* Exact when complete. Otherwise [lo, hi]: lo counts the named countries
   * only (the rest spread infinitely thin), hi gives the whole rest to one
   * unnamed country. */
  double      hhi_lo, hhi_hi;
  double      top1_lo, top1_hi;
  double      top3_lo, top3_hi;
  char       *top1_country;  /* largest named country, or NULL */

  /* A top-3 share the source itself states for the stage and year (IEA),
   * kept beside the computed one, never in place of it. NULL if none. */
  XituFigure *top3_sourced;
} XituConcentration;

XituConcentration      *xitu_concentration_new_from_shares (XituShares             *shares,
                                                            int                     year_asked);
XituConcentration      *xitu_concentration_new_for_stage   (XituDataset            *dataset,
                                                            const char             *stage,
                                                            int                     year,
                                                            const char             *edition);
GPtrArray              *xitu_concentration_list_stages     (XituDataset            *dataset,
                                                            int                     year);
void                    xitu_concentration_free            (XituConcentration      *self);

gboolean                xitu_concentration_is_lower_bound  (XituConcentration      *self);
XituConcentrationClass  xitu_concentration_classify        (double                  hhi,
                                                            XituHhiStandard         standard);
gboolean                xitu_concentration_get_class       (XituConcentration      *self,
                                                            XituHhiStandard         standard,
                                                            XituConcentrationClass *lo,
                                                            XituConcentrationClass *hi);

const char             *xitu_hhi_standard_to_string        (XituHhiStandard         standard);
gboolean                xitu_hhi_standard_from_string      (const char             *str,
                                                            XituHhiStandard        *standard);
const char             *xitu_hhi_standard_get_reference    (XituHhiStandard         standard);
const char             *xitu_concentration_class_to_string (XituConcentrationClass  klass);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituConcentration, xitu_concentration_free)

G_END_DECLS
