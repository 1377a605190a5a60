/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-types.h"

G_BEGIN_DECLS

/* The names of the dataset format's fixed vocabulary (metrics and figure
 * flags) in the label language. They are data labels, not interface text:
 * they appear in tables, charts and CSV exports next to country and stage
 * names, so they follow XituLang like those names do rather than gettext. */

const char *xitu_metric_get_name       (const char      *metric,
                                        XituLang         lang);
int         xitu_metric_get_order      (const char      *metric);
const char *xitu_unit_get_name         (const char      *unit,
                                        XituLang         lang);
const char *xitu_figure_flag_get_name  (XituFigureFlags  flag,
                                        XituLang         lang);
char       *xitu_figure_flags_describe (XituFigureFlags  flags,
                                        XituLang         lang);

G_END_DECLS
