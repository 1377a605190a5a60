/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importers, on the real files a person would import.
 *
 *   usgs-import   the USGS Mineral Commodity Summaries 2026 data release
 *                 (3 MB, Windows-1252, every commodity): read, decoded,
 *                 parsed, the rare-earth rows classified, their values,
 *                 years and country names turned into figures — what
 *                 `xitu import` and the import dialog do before storing
 *
 *   usgs-import-prefiltered
 *                 the proposal in bench/RESULTS.md, measured: the same file
 *                 read, and only the header and the lines whose first field
 *                 is the rare-earth chapter handed to the same importer —
 *                 rows of other commodities are passed over by looking at
 *                 their first bytes, before any decoding or field splitting
 *                 (a real version keeps the file's line numbers in messages)
 *
 * The file is XITU_BENCH_USGS_CSV, else the copy in the shared data folder
 * next to the source tree.
 */
#include <stdio.h>
#include <string.h>

#include "bench-common.h"
#include "xitu-import.h"

static char *usgs_path;
static guint n_figures[2];  /* of the whole import, of the prefiltered one */

static void
setup_usgs (gpointer data)
{
  const char *path = g_getenv ("XITU_BENCH_USGS_CSV");

  if (usgs_path != NULL)
    return;
  if (path != NULL && *path != '\0')
    usgs_path = g_strdup (path);
  else
    usgs_path = xitu_bench_data_path ("..", "..", "shared", "data", "usgs",
                                      "MCS2026_Commodities_Data.csv", NULL);
  if (!g_file_test (usgs_path, G_FILE_TEST_IS_REGULAR))
    g_error ("%s not found: set XITU_BENCH_USGS_CSV", usgs_path);
}

static void
usgs_import (gpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path (usgs_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituImportResult) result = xitu_import_file (file, NULL, NULL, &error);

  if (result == NULL)
    g_error ("%s", error->message);
  if (xitu_import_result_get_figures (result)->len == 0)
    g_error ("%s: no figures imported", usgs_path);
  n_figures[0] = xitu_import_result_get_figures (result)->len;
}

/* Keeps the header line and the lines that start with the chapter name,
 * quoted or not. */
static GString *
prefilter (const char *data,
           gsize       len)
{
  static const char chapter[] = "RARE EARTHS";
  GString *out = g_string_sized_new (len / 16);
  const char *p = data, *end = data + len;
  gboolean header = TRUE;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *next = nl != NULL ? nl + 1 : end;
      const char *f = *p == '"' ? p + 1 : p;
      gsize n = sizeof chapter - 1;

      if (header || ((gsize) (end - f) > n && memcmp (f, chapter, n) == 0 && (f[n] == ',' || f[n] == '"' || f[n] == ' ')))
        g_string_append_len (out, p, next - p);
      header = FALSE;
      p = next;
    }
  return out;
}

static void
usgs_import_prefiltered (gpointer data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(XituImportResult) result = NULL;
  GString *kept;
  gsize len;

  if (!g_file_get_contents (usgs_path, &contents, &len, &error))
    g_error ("%s", error->message);
  kept = prefilter (contents, len);
  result = xitu_import_data (kept->str, kept->len, "MCS2026_Commodities_Data.csv", NULL, &error);
  g_string_free (kept, TRUE);
  if (result == NULL)
    g_error ("%s", error->message);
  n_figures[1] = xitu_import_result_get_figures (result)->len;
  /* Passing lines over must not lose a figure. */
  if (n_figures[0] != 0 && n_figures[1] != n_figures[0])
    g_error ("prefiltered import: %u figures, the whole file gives %u", n_figures[1], n_figures[0]);
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "usgs-import", "USGS MCS 2026 data release (3 MB CSV) into figures", setup_usgs, usgs_import, NULL },
    { "usgs-import-prefiltered", "the same, other chapters' lines passed over before decoding", setup_usgs,
      usgs_import_prefiltered, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  g_free (usgs_path);
  return status;
}
