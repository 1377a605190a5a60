/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the two halves of the build-out chart share: the chart
 * (xitu-buildout-chart.c) and its words, summary and table
 * (xitu-buildout-text.c). Not for use outside src/render. */

#include "xitu-chart-private.h"

G_BEGIN_DECLS

/* The claim the shaded window belongs to, and when it was made if the
 * dataset does not say: the seed article of 9 November 2025. */
#define XITU_BUILDOUT_CLAIM_ID            "us-replace-china-12-24-months"
#define XITU_BUILDOUT_CLAIM_DATE_FALLBACK "2025-11-09"
#define XITU_BUILDOUT_CLAIM_MONTHS_MIN    12
#define XITU_BUILDOUT_CLAIM_MONTHS_MAX    24

typedef struct
{
  XituScenario       *scenario;
  XituBuildoutParams  params;
  XituBuildout       *bo;
  XituReplacement    *within[2];   /* 12 and 24 months */
  XituClaim          *claim;       /* borrowed from the dataset, or NULL */
  const char         *claim_date;
  double              band_from;   /* fractional years */
  double              band_to;
} XituBuildoutChart;

void     xitu_buildout_chart_clear       (XituBuildoutChart       *b);
void     xitu_buildout_chart_collect     (XituBuildoutChart       *b,
                                          XituDataset             *dataset,
                                          const XituChartOptions  *opts);
gboolean xitu_buildout_chart_stage_drawn (const XituBuildoutStage *st);

/* Words (xitu-buildout-text.c) */
void       xitu_buildout_chart_titles           (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b,
                                                 char                   **title,
                                                 char                   **subtitle);
char      *xitu_buildout_chart_verdict_reason   (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b,
                                                 XituReplacement         *r);
GPtrArray *xitu_buildout_chart_notes            (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b);
void       xitu_buildout_chart_add_sources      (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b);
char      *xitu_buildout_chart_verdict_headline (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b);
char      *xitu_buildout_chart_verdict_tooltip  (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b);
char      *xitu_buildout_chart_year_tooltip     (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b,
                                                 const XituBuildoutStage *st,
                                                 int                      k,
                                                 const char              *stage_name);
char      *xitu_buildout_chart_claim_tooltip    (XituChartCtx            *ctx,
                                                 XituBuildoutChart       *b,
                                                 const char              *heading);
void       xitu_buildout_chart_append_summary   (XituChartCtx            *ctx,
                                                 GString                 *summary,
                                                 XituBuildoutChart       *b,
                                                 const char              *headline,
                                                 const char              *reason);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XituBuildoutChart, xitu_buildout_chart_clear)

G_END_DECLS
