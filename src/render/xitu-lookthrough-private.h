/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the two halves of the look-through chart share: the chart
 * (xitu-lookthrough-chart.c) and its words and table
 * (xitu-lookthrough-text.c). Not for use outside src/render. */

#include "xitu-chart-private.h"
#include "xitu-dependence.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray  *records;    /* of XituDependence*: with figures, importer asked for */
  double      cap;        /* the CRMA single-supplier cap, % */
  XituFigure *cap_figure; /* the dataset's figure for it, or NULL */
  int         year;       /* the year asked, else the latest period end */
} XituLookThrough;

void        xitu_look_through_collect        (XituLookThrough        *lt,
                                              XituDataset            *dataset,
                                              const XituChartOptions *opts);
void        xitu_look_through_clear          (XituLookThrough        *lt);
/* The figure that stands for a record: China's share, else any partner's. */
XituFigure *xitu_look_through_record_figure  (XituDependence         *d);
/* The part of the look-through's span that only missing upstream figures
 * leave open, in points. */
double      xitu_look_through_missing_width  (XituDependence         *d);

char       *xitu_look_through_partner_name   (XituChartCtx           *ctx,
                                              const char             *code);
char       *xitu_look_through_notes          (XituChartCtx           *ctx,
                                              XituDependence         *d);
char       *xitu_look_through_value          (XituChartCtx           *ctx,
                                              XituDependence         *d);
void        xitu_look_through_append_summary (XituChartCtx           *ctx,
                                              GString                *out,
                                              XituDependence         *d);
char       *xitu_look_through_direct_tooltip (XituChartCtx           *ctx,
                                              XituDependence         *d,
                                              const char             *heading);
char       *xitu_look_through_band_tooltip   (XituChartCtx           *ctx,
                                              XituDependence         *d,
                                              const char             *heading);

void        xitu_look_through_titles         (XituChartCtx           *ctx,
                                              const XituLookThrough  *lt,
                                              char                  **title,
                                              char                  **subtitle);
void        xitu_look_through_add_sources    (XituChartCtx           *ctx,
                                              const XituLookThrough  *lt);
char       *xitu_look_through_empty_message  (XituChartCtx           *ctx);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XituLookThrough, xitu_look_through_clear)

G_END_DECLS
