/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-chart-widget.h"
#include "xitu-dataset.h"
#include "xitu-scenario.h"

G_BEGIN_DECLS

#define XITU_TYPE_SCENARIOS_VIEW (xitu_scenarios_view_get_type ())
G_DECLARE_FINAL_TYPE (XituScenariosView, xitu_scenarios_view, XITU, SCENARIOS_VIEW, AdwBin)

/* The Scenarios view: the inputs of a XituScenario (disruption, build-out,
 * intensity factors) as controls, and the disruption and build-out charts,
 * redrawn on every change. The controls only write the scenario; the
 * charts compute from it. Save and Open write and read scenario files. */

GtkWidget       *xitu_scenarios_view_new                  (void);
void             xitu_scenarios_view_set_dataset          (XituScenariosView *self,
                                                           XituDataset       *dataset);
void             xitu_scenarios_view_set_lang             (XituScenariosView *self,
                                                           XituLang           lang);
XituLang         xitu_scenarios_view_get_lang             (XituScenariosView *self);
void             xitu_scenarios_view_set_numbers          (XituScenariosView *self,
                                                           XituNumberStyle    numbers);
XituScenario    *xitu_scenarios_view_get_scenario         (XituScenariosView *self);
XituChartWidget *xitu_scenarios_view_get_disruption_chart (XituScenariosView *self);
XituChartWidget *xitu_scenarios_view_get_buildout_chart   (XituScenariosView *self);

/* What Open… and Save… do once a file is chosen. A file that does not load
 * leaves the current scenario as it was; the loader's message is shown in
 * a dialog and returned in `error`. */
gboolean         xitu_scenarios_view_open_file            (XituScenariosView *self,
                                                           GFile             *file,
                                                           GError           **error);
gboolean         xitu_scenarios_view_save_file            (XituScenariosView *self,
                                                           GFile             *file,
                                                           GError           **error);

G_END_DECLS
