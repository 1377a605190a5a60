/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "xitu-cli-import.h"
#include "xitu-import.h"
#include "xitu-import-store.h"

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("xitu import: %s\n\n%s", message, help);
  return XITU_CLI_IMPORT_BAD_INPUT;
}

int
xitu_cli_import (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(XituImportStore) store = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *id = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *store_dir = NULL;
  gboolean dry_run = FALSE;
  gboolean help = FALSE;
  XituImportOptions options = { NULL, NULL, XITU_CSV_ENCODING_AUTO };
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Read and check the file, print the summary, store nothing"), NULL },
    { "edition", 0, 0, G_OPTION_ARG_STRING, &edition,
      N_("The edition of the figures, e.g. \"MCS 2026\" (default: from the file)"),
      N_("EDITION") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding,
      N_("The text encoding of a CSV file: auto, utf-8 or windows-1252 (default: auto)"),
      N_("ENCODING") },
    { "store-dir", 0, 0, G_OPTION_ARG_FILENAME, &store_dir,
      N_("Where imports are stored (default: ~/.local/share/xitu/imports)"), N_("DIR") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show this help"), NULL },
    { NULL }
  };

  /* The usage line of --help is "PRGNAME [OPTION…] FILE". */
  g_set_prgname ("xitu import");
  context = g_option_context_new (_("FILE — import a USGS, UN Comtrade or Xitu dataset file"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads the USGS Mineral Commodity Summaries data release or "
                                  "world tables, UN Comtrade CSV, or a Xitu dataset; prints the "
                                  "figures it found per country and metric, the rows it skipped "
                                  "and why, and the country names it did not know; then keeps "
                                  "the figures in your imports."));

  /* Parse a copy: the option parser removes what it consumes. */
  args = g_new0 (char *, argc + 1);
  args[0] = g_strdup ("xitu import");
  for (int i = 1; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  /* GOption's own --help calls exit(); answer it here instead, so that the
   * command is a function that returns, for the tests and the fuzzer. */
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return usage_error (context, error->message);
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", text);
      return 0;
    }
  if (g_strv_length (args) != 2)
    return usage_error (context, g_strv_length (args) < 2 ? _("no file given")
                                                          : _("give one file at a time"));
  if (encoding != NULL && !xitu_csv_encoding_from_string (encoding, &options.encoding))
    return usage_error (context, _("--encoding must be auto, utf-8 or windows-1252"));
  options.edition = edition;

  file = g_file_new_for_commandline_arg (args[1]);
  result = xitu_import_file (file, &options, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("xitu import: %s\n", error->message);
      return XITU_CLI_IMPORT_BAD_INPUT;
    }

  summary = xitu_import_result_format_summary (result);
  g_print ("%s", summary);

  if (dry_run)
    {
      g_print ("\n%s\n", _("Dry run: nothing was stored."));
      return XITU_CLI_IMPORT_OK;
    }

  store = xitu_import_store_new (store_dir);
  id = xitu_import_store_add (store, result, &error);
  if (id == NULL)
    {
      g_printerr ("xitu import: %s\n", error->message);
      return XITU_CLI_IMPORT_STORE;
    }
  g_print ("\n");
  g_print (_("Stored as %s in %s"), id, xitu_import_store_get_dir (store));
  g_print ("\n");
  return XITU_CLI_IMPORT_OK;
}
