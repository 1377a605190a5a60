/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Helpers the importers share; not part of the model's API. */

#include "xitu-csv-reader.h"
#include "xitu-import-result.h"

G_BEGIN_DECLS

/* A plain decimal number as statistics tables print it: "270,000",
 * "1.51", "-3". Thousands separators must group by three. */
gboolean  xitu_import_parse_number  (const char    *text,
                                     double        *value);
/* Leading and trailing white space, including no-break spaces, removed. */
char     *xitu_import_strip         (const char    *text);
/* The index of the header field that equals name ignoring case and white
 * space around it, or -1. */
int       xitu_import_find_column   (XituCsvReader *reader,
                                     const char    *name);
/* The first 12 hex digits of the SHA-256 of data: a short, stable id. */
char     *xitu_import_short_hash    (const char    *data,
                                     gsize          len);
/* FALSE with an error when the file is nothing but white space. */
gboolean  xitu_import_check_empty   (const char    *data,
                                     gsize          len,
                                     const char    *display_name,
                                     GError       **error);
/* The language of the interface, as far as the dataset's names and notes
 * go: XITU_LANG_ZH when the translation gettext uses is Chinese. */
XituLang  xitu_import_interface_lang (void);
/* The error for a file that yielded no figure, naming the first problem. */
void      xitu_import_set_no_data_error (XituImportResult  *result,
                                         GError           **error);

G_END_DECLS
