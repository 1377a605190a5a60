/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-dataset.h"
#include "xitu-import-result.h"

G_BEGIN_DECLS

/* Reads a file in any format Xitu imports: it recognises the format from
 * the header (xitu_import_detect_format()) and hands the data to the USGS
 * or Comtrade importer, or to the dataset loader for Xitu datasets. Every
 * failure is a GError whose message names the file and, where it can, the
 * line. */
XituImportResult *xitu_import_data          (const char               *data,
                                             gsize                     len,
                                             const char               *display_name,
                                             const XituImportOptions  *options,
                                             GError                  **error);
/* The same for a file; files over 64 MiB are refused before they are
 * read. The display name is the file's basename. */
XituImportResult *xitu_import_file          (GFile                    *file,
                                             const XituImportOptions  *options,
                                             GCancellable             *cancellable,
                                             GError                  **error);

/* A loaded Xitu dataset as an import: its stages, countries, sources and
 * figures (claims, events and facilities are counted in a warning, not
 * kept). */
XituImportResult *xitu_import_from_dataset  (XituDataset              *dataset,
                                             const char               *display_name);

/* The import as a Xitu dataset document (docs/dataset-format.md), titled
 * after the file it came from. */
char             *xitu_import_result_write_json (XituImportResult     *result,
                                                 gsize                *length);

G_END_DECLS
