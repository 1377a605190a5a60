/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-chart-widget.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

/* The year and edition drop-downs above a chart: filled from the years and
 * editions the chart has figures for, and driving the chart. Views that
 * show one chart with these controls hold one. */
#define XITU_TYPE_CHART_PICKER (xitu_chart_picker_get_type ())
G_DECLARE_FINAL_TYPE (XituChartPicker, xitu_chart_picker, XITU, CHART_PICKER, GObject)

/* edition_dropdown may be NULL: the chart then always draws the newest. */
XituChartPicker *xitu_chart_picker_new         (XituChartWidget *chart,
                                                GtkDropDown     *year_dropdown,
                                                GtkDropDown     *edition_dropdown);
/* Moves the chart to the dataset at its latest year, keeping the
 * preferred edition when the dataset has it. */
void             xitu_chart_picker_set_dataset (XituChartPicker *self,
                                                XituDataset     *dataset);
/* Fills the drop-downs again after the chart changed kind or metric (its
 * years and editions differ), keeping the chart's year when it has it. */
void             xitu_chart_picker_refresh     (XituChartPicker *self);
/* 0 for the latest. */
void             xitu_chart_picker_set_year    (XituChartPicker *self,
                                                int              year);
/* The edition to show when the chart can be drawn from it (the Preferences'
 * default edition); NULL or "" for the newest. */
void             xitu_chart_picker_set_edition (XituChartPicker *self,
                                                const char      *edition);

G_END_DECLS
