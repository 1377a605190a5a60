/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the two halves of the disruption chart share: the chart
 * (xitu-disruption-chart.c) and its words, summary and table
 * (xitu-disruption-text.c). Not for use outside src/render. */

#include "xitu-chart-private.h"

G_BEGIN_DECLS

typedef enum
{
  XITU_DISRUPTION_ROW_SHORTFALL,  /* a cut stage with an import-share figure */
  XITU_DISRUPTION_ROW_KNOCK_ON,   /* a stage below a cut one: upper bound */
} XituDisruptionRowKind;

typedef struct
{
  guint                 importer;
  guint                 stage;
  XituDisruptionRowKind kind;
} XituDisruptionRow;

typedef struct
{
  XituScenario               *scenario;
  XituDisruptionParams        params;
  XituDisruption             *engine;
  const XituDisruptionPreset *preset;
  gboolean                    preset_modified;
  GArray                     *rows;      /* of XituDisruptionRow, importer by importer */
  GPtrArray                  *missing;   /* of char*: "Russia (Separation & refining)" */
} XituDisruptionChart;

void     xitu_disruption_chart_collect     (XituDisruptionChart    *d,
                                            XituDataset            *dataset,
                                            const XituChartOptions *opts);
void     xitu_disruption_chart_clear       (XituDisruptionChart    *d);
gboolean xitu_disruption_chart_is_supplier (XituDisruption         *engine,
                                            guint                   importer);

/* Words (xitu-disruption-text.c) */
void       xitu_disruption_chart_collect_missing (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d);
char      *xitu_disruption_chart_missing_list    (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d);
char      *xitu_disruption_chart_title           (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d);
char      *xitu_disruption_chart_shortfall_value (XituChartCtx             *ctx,
                                                  const XituDisruptionCell *cell);
char      *xitu_disruption_chart_knock_on_value  (XituChartCtx             *ctx,
                                                  const XituDisruptionCell *cell);
char      *xitu_disruption_chart_stock_value     (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d,
                                                  const XituDisruptionCell *cell);
char      *xitu_disruption_chart_row_description (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d,
                                                  const XituDisruptionRow  *row,
                                                  const XituDisruptionCell *cell);
char      *xitu_disruption_chart_row_label       (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d,
                                                  const XituDisruptionRow  *row,
                                                  const XituDisruptionCell *cell);
char      *xitu_disruption_chart_row_tooltip     (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d,
                                                  const XituDisruptionRow  *row,
                                                  const XituDisruptionCell *cell,
                                                  const char               *heading);
void       xitu_disruption_chart_add_sources     (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d);
GPtrArray *xitu_disruption_chart_notes           (XituChartCtx             *ctx,
                                                  XituDisruptionChart      *d);
void       xitu_disruption_chart_append_summary  (XituChartCtx             *ctx,
                                                  GString                  *summary,
                                                  XituDisruptionChart      *d,
                                                  const XituDisruptionRow  *row,
                                                  const XituDisruptionCell *cell,
                                                  gboolean                  first_of_importer);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XituDisruptionChart, xitu_disruption_chart_clear)

G_END_DECLS
