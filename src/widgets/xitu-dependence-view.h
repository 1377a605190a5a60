/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-chart-widget.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_DEPENDENCE_VIEW (xitu_dependence_view_get_type ())
G_DECLARE_FINAL_TYPE (XituDependenceView, xitu_dependence_view, XITU, DEPENDENCE_VIEW, AdwBin)

GtkWidget       *xitu_dependence_view_new         (void);
void             xitu_dependence_view_set_dataset (XituDependenceView   *self,
                                             XituDataset     *dataset);
void             xitu_dependence_view_set_lang    (XituDependenceView   *self,
                                             XituLang         lang);
void             xitu_dependence_view_set_numbers (XituDependenceView   *self,
                                             XituNumberStyle  numbers);
/* 0 for the latest. */
void             xitu_dependence_view_set_year    (XituDependenceView   *self,
                                             int              year);
XituChartWidget *xitu_dependence_view_get_chart   (XituDependenceView   *self);

G_END_DECLS
