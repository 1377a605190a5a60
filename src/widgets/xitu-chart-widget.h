/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-chart.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_CHART_WIDGET (xitu_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (XituChartWidget, xitu_chart_widget, XITU, CHART_WIDGET, GtkWidget)

/* One chart on screen: the renderer draws it in snapshot(), and pointer and
 * keyboard work on the hit regions the renderer returned. Hover highlights
 * and explains a segment in a tooltip (value, unit, year, edition, source);
 * a click, or Enter on the focused segment, emits ::country-activated (or
 * ::source-activated for a region that carries a source: timeline events
 * and facilities, a claim's window). The
 * arrow keys move between segments. The accessible description summarises
 * what the chart shows and follows the year. The colours follow the
 * light/dark style. */

GtkWidget              *xitu_chart_widget_new            (XituChartKind     kind);

void                    xitu_chart_widget_set_dataset    (XituChartWidget  *self,
                                                          XituDataset      *dataset);
XituDataset            *xitu_chart_widget_get_dataset    (XituChartWidget  *self);
void                    xitu_chart_widget_set_kind       (XituChartWidget  *self,
                                                          XituChartKind     kind);
XituChartKind           xitu_chart_widget_get_kind       (XituChartWidget  *self);
/* 0: the latest year with figures. */
void                    xitu_chart_widget_set_year       (XituChartWidget  *self,
                                                          int               year);
int                     xitu_chart_widget_get_year       (XituChartWidget  *self);
/* NULL: the newest edition. */
void                    xitu_chart_widget_set_edition    (XituChartWidget  *self,
                                                          const char       *edition);
const char             *xitu_chart_widget_get_edition    (XituChartWidget  *self);
void                    xitu_chart_widget_set_metric     (XituChartWidget  *self,
                                                          const char       *metric);
void                    xitu_chart_widget_set_countries  (XituChartWidget  *self,
                                                          const char * const *countries);
void                    xitu_chart_widget_set_lang       (XituChartWidget  *self,
                                                          XituLang          lang);
void                    xitu_chart_widget_set_numbers    (XituChartWidget  *self,
                                                          XituNumberStyle   numbers);
/* The inputs of a scenario chart: the chart follows its ::changed. */
void                    xitu_chart_widget_set_scenario   (XituChartWidget  *self,
                                                          XituScenario     *scenario);
XituScenario           *xitu_chart_widget_get_scenario   (XituChartWidget  *self);
/* 0: from the size. */
void                    xitu_chart_widget_set_text_scale (XituChartWidget  *self,
                                                          double            text_scale);
/* All options at once (kind included); the theme is the widget's own. */
void                    xitu_chart_widget_set_options    (XituChartWidget        *self,
                                                          const XituChartOptions *options);
const XituChartOptions *xitu_chart_widget_get_options    (XituChartWidget  *self);

/* What the chart shows, in words (the accessible description). */
const char             *xitu_chart_widget_get_summary    (XituChartWidget  *self);
/* The regions of the last drawing, for tests and the export dialog. */
XituChartResult        *xitu_chart_widget_get_result     (XituChartWidget  *self);
/* The region under the pointer or the keyboard focus; -1 for none. */
int                     xitu_chart_widget_get_hover      (XituChartWidget  *self);
int                     xitu_chart_widget_get_focus_index (XituChartWidget *self);
void                    xitu_chart_widget_set_focus_index (XituChartWidget *self,
                                                           int              index);

G_END_DECLS
