/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `xitu export …`: draws a chart (or writes the data) to a file without a
 * display and without initialising GTK.
 *
 * argv is main()'s: argv[0] the program, argv[1] "export", then the chart
 * kind and options (an argv that starts at "export" is accepted too).
 * Returns the exit status: 0 on success, 2 for anything the caller got
 * wrong (arguments, the dataset file, the output path) with a message on
 * stderr, 1 if drawing itself failed. */
int xitu_cli_export (int    argc,
                     char **argv);

G_END_DECLS
