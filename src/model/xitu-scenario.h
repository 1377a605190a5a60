/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-buildout.h"
#include "xitu-disruption.h"

G_BEGIN_DECLS

/* What a user sets in the Scenarios view: the disruption and build-out
 * inputs, the user's upstream-dependence assumptions and the intensity
 * factors. Saved and opened as the JSON documented in
 * docs/scenario-format.md (xitu-scenario-file.h). Stages and countries are
 * kept as ids, so a scenario can be opened without a dataset and bound to
 * one later.
 *
 * Every setter emits ::changed once when something changed. */

#define XITU_TYPE_SCENARIO (xitu_scenario_get_type ())
G_DECLARE_FINAL_TYPE (XituScenario, xitu_scenario, XITU, SCENARIO, GObject)

/* A stage's demand for the build-out target, in the stage's basis unit. */
typedef struct
{
  char   *stage;
  double  t;
} XituStageDemand;

XituScenario *xitu_scenario_new             (void);
XituScenario *xitu_scenario_copy            (XituScenario               *self);
gboolean      xitu_scenario_equal           (XituScenario               *a,
                                             XituScenario               *b);

const char   *xitu_scenario_get_name        (XituScenario               *self);
void          xitu_scenario_set_name        (XituScenario               *self,
                                             const char                 *name);
const char   *xitu_scenario_get_preset      (XituScenario               *self);
void          xitu_scenario_set_preset      (XituScenario               *self,
                                             const char                 *preset);

/* Disruption inputs, resolved against a dataset's stages. */
void          xitu_scenario_get_disruption  (XituScenario               *self,
                                             XituDataset                *dataset,
                                             XituDisruptionParams       *params);
void          xitu_scenario_set_disruption  (XituScenario               *self,
                                             XituDataset                *dataset,
                                             const XituDisruptionParams *params);
const char * const *xitu_scenario_get_cut_stages (XituScenario          *self);
gboolean      xitu_scenario_apply_preset    (XituScenario               *self,
                                             XituDataset                *dataset,
                                             const char                 *preset_id);

void          xitu_scenario_get_buildout    (XituScenario               *self,
                                             XituDataset                *dataset,
                                             XituBuildoutParams         *params);
void          xitu_scenario_set_buildout    (XituScenario               *self,
                                             XituDataset                *dataset,
                                             const XituBuildoutParams   *params);

const XituIntensity *xitu_scenario_get_intensity (XituScenario          *self);
void          xitu_scenario_set_intensity   (XituScenario               *self,
                                             const XituIntensity        *intensity);

const XituUpstreamOverride *xitu_scenario_get_overrides (XituScenario   *self,
                                                         guint          *n_overrides);
void          xitu_scenario_set_overrides   (XituScenario               *self,
                                             const XituUpstreamOverride *overrides,
                                             guint                       n_overrides);

G_END_DECLS
