/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-country.h"
#include "xitu-figure.h"

G_BEGIN_DECLS

typedef enum
{
  XITU_SHARE_COUNTRY,      /* a named country's share */
  XITU_SHARE_OTHER,        /* the source's own "other countries" figure */
  XITU_SHARE_UNATTRIBUTED, /* the rest: no source says who holds it */
} XituShareKind;

typedef struct
{
  XituShareKind  kind;
  XituCountry   *country;  /* NULL unless kind is XITU_SHARE_COUNTRY */
  XituFigure    *figure;   /* the figure the share comes from, or NULL */
  double         value;    /* in the figure's unit (t or %) */
  double         share;    /* percent of the total, 0–100 */
} XituShare;

/* The country shares of one stage in one year, from one edition: largest
 * first, then "other", then what no source attributes. */
typedef struct
{
  char      *stage;
  char      *metric;       /* "production" (t) or "share" (%) */
  char      *edition;      /* NULL when no figure was found */
  char      *unit;
  int        year;         /* the year the figures are for, ≤ the year asked */
  double     total;        /* the denominator, in unit */
  gboolean   total_from_source; /* the source's world total, not our sum */
  GArray    *entries;      /* of XituShare */
  GPtrArray *sources;      /* of char*: source ids used, in order of use */
} XituShares;

XituShares      *xitu_shares_new             (const char  *stage,
                                              int          year);
void             xitu_shares_free            (XituShares  *shares);
guint            xitu_shares_get_n_entries   (XituShares  *shares);
const XituShare *xitu_shares_get_entry       (XituShares  *shares,
                                              guint        i);
gboolean         xitu_shares_has_data        (XituShares  *shares);
double           xitu_shares_get_share       (XituShares  *shares,
                                              const char  *country);
double           xitu_shares_get_unattributed (XituShares *shares);
double           xitu_shares_hhi             (XituShares  *shares);
double           xitu_shares_top_n           (XituShares  *shares,
                                              guint        n);
gboolean         xitu_shares_is_complete     (XituShares  *shares);
void             xitu_shares_add             (XituShares  *shares,
                                              XituShareKind kind,
                                              XituCountry *country,
                                              XituFigure  *figure,
                                              double       value);
void             xitu_shares_finish          (XituShares  *shares,
                                              double       total,
                                              gboolean     total_from_source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituShares, xitu_shares_free)

G_END_DECLS
