/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-chart-widget.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_TIMELINE_VIEW (xitu_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (XituTimelineView, xitu_timeline_view, XITU, TIMELINE_VIEW, AdwBin)

/* The Timeline view: measures, deals and plant start-ups on a date axis,
 * facilities as announced-vs-actual bars, at the chart's natural size in a
 * scrolled window. Hover explains an item with its source; a click on an
 * event or a facility emits ::source-activated with its source id, a click
 * on a country's name ::country-activated. */

GtkWidget       *xitu_timeline_view_new         (void);
void             xitu_timeline_view_set_dataset (XituTimelineView *self,
                                                 XituDataset      *dataset);
void             xitu_timeline_view_set_lang    (XituTimelineView *self,
                                                 XituLang          lang);
XituLang         xitu_timeline_view_get_lang    (XituTimelineView *self);
void             xitu_timeline_view_set_numbers (XituTimelineView *self,
                                                 XituNumberStyle   numbers);
XituChartWidget *xitu_timeline_view_get_chart   (XituTimelineView *self);

G_END_DECLS
