/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* Pieces shared by the analysis modules (concentration, dependence,
 * disruption, build-out, claim checks): a closed interval for results that
 * the data only bound, the stages in chain order, and the rare-earth
 * elements that export measures name. */

/* A value known only to lie in [lo, hi]; lo == hi when it is exact. */
typedef struct
{
  double lo;
  double hi;
} XituRange;

static inline XituRange
xitu_range_point (double value)
{
  XituRange r = { value, value };
  return r;
}

static inline gboolean
xitu_range_is_exact (XituRange r)
{
  return r.lo == r.hi;
}

#define XITU_MAX_STAGES 8

guint        xitu_analysis_get_stage_ids   (XituDataset        *dataset,
                                            const char        **ids);
int          xitu_analysis_stage_index     (XituDataset        *dataset,
                                            const char         *stage);
const char  *xitu_analysis_capacity_stage  (XituDataset        *dataset,
                                            XituFacility       *facility);

/* The 17 rare-earth elements (15 lanthanides, scandium, yttrium). */
typedef enum
{
  XITU_ELEMENT_LA, XITU_ELEMENT_CE, XITU_ELEMENT_PR, XITU_ELEMENT_ND,
  XITU_ELEMENT_PM, XITU_ELEMENT_SM, XITU_ELEMENT_EU, XITU_ELEMENT_GD,
  XITU_ELEMENT_TB, XITU_ELEMENT_DY, XITU_ELEMENT_HO, XITU_ELEMENT_ER,
  XITU_ELEMENT_TM, XITU_ELEMENT_YB, XITU_ELEMENT_LU, XITU_ELEMENT_SC,
  XITU_ELEMENT_Y,
  XITU_N_ELEMENTS
} XituElement;

/* A set of elements as a bit mask (1 << XituElement); 0 means "all rare
 * earths", i.e. no element scope. */
typedef guint32 XituElements;

#define XITU_ELEMENTS_ALL   0u
#define XITU_ELEMENTS_EVERY ((1u << XITU_N_ELEMENTS) - 1)

const char  *xitu_element_symbol           (XituElement         element);
const char  *xitu_element_name             (XituElement         element,
                                            XituLang            lang);
gboolean     xitu_element_from_symbol      (const char         *symbol,
                                            XituElement        *element);
char       **xitu_elements_to_strv         (XituElements        elements);
gboolean     xitu_elements_named_in        (XituElements        elements,
                                            const char         *text);

G_END_DECLS
