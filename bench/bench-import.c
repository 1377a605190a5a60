/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Importers, on the real files a person would import.
 *
 *   usgs-import   the USGS Mineral Commodity Summaries 2026 data release
 *                 (3 MB, Windows-1252, every commodity): read, decoded,
 *                 parsed, the rare-earth rows classified, their values,
 *                 years and country names turned into figures — what
 *                 `xitu import` and the import dialog do before storing
 *                 (the reader passes over other chapters' rows undecoded)
 *
 * The file is XITU_BENCH_USGS_CSV, else the copy in the shared data folder
 * next to the source tree.
 */
#include "bench-common.h"
#include "xitu-import.h"

static char *usgs_path;

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
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "usgs-import", "USGS MCS 2026 data release (3 MB CSV) into figures", setup_usgs, usgs_import, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  g_free (usgs_path);
  return status;
}
