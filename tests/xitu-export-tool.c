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
  /* As in main.c: the tests point XITU_LOCALEDIR at this build's
   * catalogues (build/po), so that they can check the translated output. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XITU_LOCALEDIR") != NULL ? g_getenv ("XITU_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return xitu_cli_export (argc, argv);
}
