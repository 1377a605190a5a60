/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the three parts of the timeline chart share: where things go
 * (xitu-timeline-layout.c), what they say (xitu-timeline-text.c) and the
 * drawing (xitu-timeline-chart.c). Not for use outside src/render. */

#include "xitu-chart-private.h"

G_BEGIN_DECLS

#define XITU_TIMELINE_EVENT_LABEL_MAX  270.0

typedef struct
{
  char      *country;
  GPtrArray *events;       /* of XituEvent, by date */
  GPtrArray *facilities;   /* of XituFacility, dated first */
  double     first;        /* earliest date, for ordering */
  GArray    *event_row;    /* of guint: the sub-row of each event */
  guint      event_rows;
} XituTimelineGroup;

typedef struct
{
  double   x0;        /* plot left */
  double   width;     /* plot width */
  double   t_min;
  double   t_max;
} XituTimelineAxis;

typedef struct
{
  GPtrArray        *groups;     /* of XituTimelineGroup* */
  double            t_min;      /* the axis, in fractional years */
  double            t_max;
  guint             n_rows;     /* once packed */

  /* Once placed in a chart's body (xitu_timeline_layout_place) */
  XituTimelineAxis  axis;
  double            label_w;    /* the column of country and facility names */
  double            top;        /* of the first row */
  double            bottom;     /* of the last row */
  double            row_h;
  double            group_gap;
} XituTimelineLayout;

/* Layout (xitu-timeline-layout.c) */
void   xitu_timeline_layout_collect (XituTimelineLayout     *t,
                                     XituDataset            *dataset,
                                     const XituChartOptions *opts);
void   xitu_timeline_layout_clear   (XituTimelineLayout     *t);
void   xitu_timeline_layout_place   (XituTimelineLayout     *t,
                                     XituChartCtx           *ctx,
                                     const XituRect         *body,
                                     double                  legend_h);
double xitu_timeline_facility_time  (int                     year);
double xitu_timeline_axis_x         (const XituTimelineAxis *axis,
                                     double                  t);
double xitu_timeline_event_label_x  (XituChartCtx           *ctx,
                                     const XituTimelineAxis *axis,
                                     XituEvent              *e);

/* Words (xitu-timeline-text.c) */
char *xitu_timeline_chart_event_short_title (XituChartCtx       *ctx,
                                             XituEvent          *e);
char *xitu_timeline_chart_status_word       (XituChartCtx       *ctx,
                                             const char         *status);
char *xitu_timeline_chart_kind_word         (XituChartCtx       *ctx,
                                             const char         *kind);
char *xitu_timeline_chart_event_tag         (XituChartCtx       *ctx,
                                             XituEvent          *e);
char *xitu_timeline_chart_event_label       (XituChartCtx       *ctx,
                                             XituEvent          *e);
char *xitu_timeline_chart_event_tooltip     (XituChartCtx       *ctx,
                                             XituEvent          *e);
char *xitu_timeline_chart_facility_name     (XituChartCtx       *ctx,
                                             XituFacility       *f);
char *xitu_timeline_chart_facility_years    (XituChartCtx       *ctx,
                                             XituFacility       *f);
char *xitu_timeline_chart_facility_tooltip  (XituChartCtx       *ctx,
                                             XituFacility       *f);
void  xitu_timeline_chart_add_sources       (XituChartCtx       *ctx,
                                             XituTimelineLayout *t);
char *xitu_timeline_chart_title             (XituChartCtx       *ctx,
                                             XituTimelineLayout *t);
char *xitu_timeline_chart_subtitle          (XituChartCtx       *ctx);
void  xitu_timeline_chart_append_summary    (XituChartCtx       *ctx,
                                             GString            *summary,
                                             XituTimelineGroup  *g);

/* Drawing (xitu-timeline-chart.c) */
GArray *xitu_timeline_chart_legend_items (XituChartCtx       *ctx,
                                          XituTimelineLayout *t);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XituTimelineLayout, xitu_timeline_layout_clear)

G_END_DECLS
