/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "xitu-country.h"
#include "xitu-figure.h"
#include "xitu-source.h"
#include "xitu-stage.h"

G_BEGIN_DECLS

/* Writes stages, countries, sources and figures (arrays of those objects,
 * any of them NULL) as a dataset in the format of docs/dataset-format.md
 * that the loader reads back. One list element per line, members in a
 * fixed order, numbers as short as they round-trip: the same data always
 * gives the same bytes. Claims, events and facilities are not written. */
char *xitu_dataset_write_json (const char *title_en,
                               const char *title_zh,
                               GPtrArray  *stages,
                               GPtrArray  *countries,
                               GPtrArray  *sources,
                               GPtrArray  *figures,
                               gsize      *length);

/* A JSON number that reads back as the same double. */
char *xitu_json_format_number (double      value);
/* A JSON string literal, quotes included. */
void  xitu_json_append_string (GString    *out,
                               const char *str);

G_END_DECLS
