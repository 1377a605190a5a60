/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-concentration.h"
#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_STAGE_OVERVIEW (xitu_stage_overview_get_type ())
G_DECLARE_FINAL_TYPE (XituStageOverview, xitu_stage_overview, XITU, STAGE_OVERVIEW, GtkWidget)

GtkWidget *xitu_stage_overview_new         (void);
void       xitu_stage_overview_set_dataset (XituStageOverview *self,
                                            XituDataset       *dataset);
void       xitu_stage_overview_set_year    (XituStageOverview *self,
                                            int                year);
void       xitu_stage_overview_set_lang    (XituStageOverview *self,
                                            XituLang           lang);

void       xitu_stage_overview_set_hhi_standard (XituStageOverview *self,
                                                 XituHhiStandard    standard);

G_END_DECLS
