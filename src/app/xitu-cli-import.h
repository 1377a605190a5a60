/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of `xitu import`. */
#define XITU_CLI_IMPORT_OK        0
#define XITU_CLI_IMPORT_STORE     1  /* read fine, but could not be stored */
#define XITU_CLI_IMPORT_BAD_INPUT 2  /* usage error or a file that cannot be imported */

/* `xitu import FILE [--dry-run] [--edition=EDITION] [--encoding=ENCODING]
 * [--store-dir=DIR]`: reads FILE in any format Xitu imports, prints what it
 * found (figures per country and metric, skipped rows with their lines and
 * reasons, unmatched names) and stores it in the user's imports unless
 * --dry-run. argv[0] is "import". */
int xitu_cli_import (int    argc,
                     char **argv);

G_END_DECLS
