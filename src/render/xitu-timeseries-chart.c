/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-chart-private.h"

void
xitu_timeseries_chart_draw (XituChartCtx *ctx)
{
  XituRect body = xitu_chart_begin (ctx, "timeseries", NULL);
  xitu_chart_empty (ctx, &body, "todo");
  xitu_chart_end (ctx, &body);
}

XituTable *
xitu_timeseries_chart_table (XituDataset *dataset, const XituChartOptions *opts)
{
  return xitu_table_new (xitu_chart_table_header);
}

gboolean
xitu_timeseries_chart_validate (XituDataset *dataset, const XituChartOptions *opts, GError **error)
{
  return TRUE;
}
