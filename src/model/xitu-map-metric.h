/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* What the map can be coloured by. */
typedef enum
{
  XITU_MAP_METRIC_SHARE,       /* a stage's country shares of world output, % */
  XITU_MAP_METRIC_PRODUCTION,  /* mine production, t REO */
  XITU_MAP_METRIC_RESERVES,    /* reserves, t REO */
  XITU_MAP_METRIC_DEPENDENCE,  /* share of a stage's imports that come from China, % */
  XITU_N_MAP_METRICS
} XituMapMetricKind;

/* One map country's value. A country without an entry has no sourced
 * figure; an entry with has_value FALSE has a figure that gives no number
 * (withheld, not available); a value of 0 is a sourced zero. */
typedef struct
{
  guint        numeric;    /* ISO 3166-1 numeric of the country on the map */
  const char  *country;    /* its alpha-3 code in the dataset */
  const char  *via;        /* the bloc (e.g. "EU27") whose figure this is, or NULL */
  XituFigure  *figure;     /* the figure the value comes from */
  XituFigure  *high;       /* the upper end when the source gives a range, or NULL */
  double       value;      /* in the metric's unit; NAN without a value */
  gboolean     has_value;
} XituMapMetricValue;

#define XITU_TYPE_MAP_METRIC (xitu_map_metric_get_type ())
G_DECLARE_FINAL_TYPE (XituMapMetric, xitu_map_metric, XITU, MAP_METRIC, GObject)

/* The values of one metric for every country the dataset has a figure for,
 * as of `year` (0: the latest; each value is the latest up to it) from
 * `edition` (NULL: the newest, with its revisions). Shares of a stage come
 * from its production figures when the dataset has them (value over the
 * world total, so a sourced zero stays a zero), else from its share
 * figures. Dependence is the share of imports from China; a bloc's figure
 * (EU-27) stands for its members that have none of their own. */
XituMapMetric            *xitu_map_metric_new            (XituDataset       *dataset,
                                                          XituMapMetricKind  kind,
                                                          const char        *stage,
                                                          int                year,
                                                          const char        *edition);

XituMapMetricKind         xitu_map_metric_get_kind       (XituMapMetric     *self);
/* The stage (NULL for none), unit ("%" or "t"), the year asked for, the
 * year of the newest value used (0 without values), and the edition the
 * values come from (NULL when they come from several or none). */
const char               *xitu_map_metric_get_stage      (XituMapMetric     *self);
const char               *xitu_map_metric_get_unit       (XituMapMetric     *self);
int                       xitu_map_metric_get_year_asked (XituMapMetric     *self);
int                       xitu_map_metric_get_year       (XituMapMetric     *self);
const char               *xitu_map_metric_get_edition    (XituMapMetric     *self);
gboolean                  xitu_map_metric_has_data       (XituMapMetric     *self);
guint                     xitu_map_metric_get_n_values   (XituMapMetric     *self);
const XituMapMetricValue *xitu_map_metric_get_value      (XituMapMetric     *self,
                                                          guint              index);
/* NULL: no sourced figure for that country. */
const XituMapMetricValue *xitu_map_metric_lookup         (XituMapMetric     *self,
                                                          guint              numeric);
/* The source ids of the values, in order of first use. */
GPtrArray                *xitu_map_metric_get_sources    (XituMapMetric     *self);
/* Shares from production: the world total divided by, in t, and whether it
 * is the source's own total (else the sum of the countries). NAN otherwise. */
double                    xitu_map_metric_get_total      (XituMapMetric     *self,
                                                          gboolean          *from_source);

/* The years with figures (ranges count as of their last year; projections
 * never), oldest first: the marks of the year slider. */
GArray                   *xitu_map_metric_list_years     (XituDataset       *dataset,
                                                          XituMapMetricKind  kind,
                                                          const char        *stage);
/* The editions with figures, newest first. */
GStrv                     xitu_map_metric_list_editions  (XituDataset       *dataset,
                                                          XituMapMetricKind  kind,
                                                          const char        *stage);
/* The dataset's stages (in chain order) the metric has figures for. */
GStrv                     xitu_map_metric_list_stages    (XituDataset       *dataset,
                                                          XituMapMetricKind  kind);
/* Whether the metric takes a stage at all, and the one it starts on. */
gboolean                  xitu_map_metric_kind_has_stage (XituMapMetricKind  kind);
const char               *xitu_map_metric_kind_default_stage (XituMapMetricKind kind);

/* Ids as the settings and the command line spell them: "separation-share",
 * "mining-share", "production", "reserves", "dependence" (separation),
 * "metal-dependence". Parsing also takes a bare stage ("separation" → its
 * share) and "mine-production". */
char                     *xitu_map_metric_to_id          (XituMapMetricKind  kind,
                                                          const char        *stage);
gboolean                  xitu_map_metric_parse_id       (const char        *id,
                                                          XituMapMetricKind *kind,
                                                          char             **stage);

G_END_DECLS
