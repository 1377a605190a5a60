/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "xitu-application.h"
#include "xitu-cli-export.h"
#include "xitu-cli-import.h"

/* Options that answer without a display: GApplication parses them before
 * GTK is initialised. */
static int
handle_local_options (GApplication *app,
                      GVariantDict *options,
                      gpointer      user_data)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("xitu %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(XituApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* XITU_LOCALEDIR lets an uninstalled build and its tests use the
   * catalogues in the build tree (build/po). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XITU_LOCALEDIR") != NULL ? g_getenv ("XITU_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Subcommands that never open a window. */
  if (argc > 1 && g_str_equal (argv[1], "import"))
    return xitu_cli_import (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "export"))
    return xitu_cli_export (argc - 1, argv + 1);

  app = xitu_application_new ();
  g_application_add_main_option (G_APPLICATION (app), "version", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _("Print the version and exit"), NULL);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (handle_local_options), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
