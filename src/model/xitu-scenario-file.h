/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-scenario.h"

G_BEGIN_DECLS

/* Scenario files, the JSON documented in docs/scenario-format.md: read in
 * xitu-scenario-file.c, written in xitu-scenario-writer.c. */

#define XITU_SCENARIO_ERROR (xitu_scenario_error_quark ())

typedef enum
{
  XITU_SCENARIO_ERROR_IO,
  XITU_SCENARIO_ERROR_TOO_LARGE,
  XITU_SCENARIO_ERROR_EMPTY,
  XITU_SCENARIO_ERROR_NOT_UTF8,
  XITU_SCENARIO_ERROR_NOT_JSON,
  XITU_SCENARIO_ERROR_TOO_DEEP,
  XITU_SCENARIO_ERROR_UNSUPPORTED_FORMAT,
  XITU_SCENARIO_ERROR_WRONG_TYPE,
  XITU_SCENARIO_ERROR_MISSING_MEMBER,
  XITU_SCENARIO_ERROR_UNKNOWN_MEMBER,
  XITU_SCENARIO_ERROR_INVALID_VALUE,
  XITU_SCENARIO_ERROR_OUT_OF_RANGE,
  XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
} XituScenarioError;

#define XITU_SCENARIO_MAX_SIZE (1024 * 1024)

GQuark        xitu_scenario_error_quark     (void);

XituScenario *xitu_scenario_load_data       (const char                 *data,
                                             gsize                       length,
                                             const char                 *display_name,
                                             XituDataset                *dataset,
                                             GError                    **error);
XituScenario *xitu_scenario_load_file       (GFile                      *file,
                                             XituDataset                *dataset,
                                             GError                    **error);
char         *xitu_scenario_to_data         (XituScenario               *self,
                                             gsize                      *length);
gboolean      xitu_scenario_save_file       (XituScenario               *self,
                                             GFile                      *file,
                                             GError                    **error);

G_END_DECLS
