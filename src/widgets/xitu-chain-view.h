/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-chart-widget.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_CHAIN_VIEW (xitu_chain_view_get_type ())
G_DECLARE_FINAL_TYPE (XituChainView, xitu_chain_view, XITU, CHAIN_VIEW, AdwBin)

GtkWidget       *xitu_chain_view_new         (void);
void             xitu_chain_view_set_dataset (XituChainView   *self,
                                             XituDataset     *dataset);
void             xitu_chain_view_set_lang    (XituChainView   *self,
                                             XituLang         lang);
void             xitu_chain_view_set_numbers (XituChainView   *self,
                                             XituNumberStyle  numbers);
/* 0 for the latest. */
void             xitu_chain_view_set_year    (XituChainView   *self,
                                             int              year);
/* The edition to show when the chart has it; NULL for the newest. */
void             xitu_chain_view_set_edition (XituChainView   *self,
                                             const char      *edition);
XituChartWidget *xitu_chain_view_get_chart   (XituChainView   *self);

G_END_DECLS
