/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The scenario's fields, for the object (xitu-scenario.c) and its files
 * (xitu-scenario-file.c, xitu-scenario-writer.c). The reader fills them
 * directly because a file keeps stages and countries as ids, which the
 * setters take only resolved against a dataset. Not for use outside
 * src/model. */

#include "xitu-scenario.h"

G_BEGIN_DECLS

struct _XituScenario
{
  GObject               parent_instance;

  char                 *name;
  char                 *preset;

  /* stages and intensity of `disruption` are unused: see cut_stages, intensity */
  XituDisruptionParams  disruption;
  GStrv                 cut_stages;
  /* demand_t and intensity of `buildout` are unused: see demand, intensity */
  XituBuildoutParams    buildout;
  GArray               *demand;      /* of XituStageDemand */
  XituIntensity         intensity;
  GArray               *overrides;   /* of XituUpstreamOverride, strings owned */
};

G_END_DECLS
