/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `xitu export` on its own, for the command-line tests: the same function
 * main.c calls, without the application around it. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "xitu-cli-export.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return xitu_cli_export (argc, argv);
}
