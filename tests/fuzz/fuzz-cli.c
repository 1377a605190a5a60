/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line as an untrusted input: each line of the input is one
 * argument to `xitu export` or `xitu import`. Inputs with a '/' are skipped
 * so that nothing is ever written outside the scratch folder this fuzzer
 * works in. */
#include <unistd.h>

#include "xitu-cli-export.h"
#include "xitu-cli-import.h"

#define MAX_ARGS 16

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *scratch = g_dir_make_tmp ("xitu-fuzz-cli-XXXXXX", NULL);
  g_autofree char *store = g_build_filename (scratch, "data", NULL);

  g_assert (scratch != NULL);
  g_setenv ("XDG_DATA_HOME", store, TRUE);
  g_assert (chdir (scratch) == 0);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) argv = NULL;
  gboolean import;
  int status;

  if (size < 1 || size > 4096 || memchr (data, '/', size) != NULL || memchr (data, '\0', size) != NULL)
    return 0;

  import = (data[0] & 1) != 0;
  text = g_strndup ((const char *) data + 1, size - 1);
  lines = g_strsplit (text, "\n", MAX_ARGS);
  argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) "xitu");
  g_ptr_array_add (argv, (gpointer) (import ? "import" : "export"));
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (argv, lines[i]);
  g_ptr_array_add (argv, NULL);

  status = import ? xitu_cli_import (argv->len - 1, (char **) argv->pdata)
                  : xitu_cli_export (argv->len - 1, (char **) argv->pdata);
  /* Success, a usage error or a failed write: never anything else. */
  g_assert (status == 0 || status == 1 || status == 2);
  return 0;
}
