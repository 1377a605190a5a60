/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* Figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes, quotes doubled), one row per
 * figure in the order given, with its source's id, publisher, title and URL
 * so that a spreadsheet keeps every number's citation. Names are in the
 * label language; values are machine numbers ('.' decimal, no grouping),
 * empty where the source gives none, with the flags saying why. */

void      xitu_csv_append_field   (GString     *out,
                                   const char  *field);
char     *xitu_figure_csv_build   (XituDataset *dataset,
                                   GListModel  *figures,
                                   XituLang     lang);
gboolean  xitu_figure_csv_write   (XituDataset   *dataset,
                                   GListModel    *figures,
                                   XituLang       lang,
                                   GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
