/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dispatcher: format detection, the USGS and Comtrade importers
 * and the dataset loader, as `xitu import` and the import dialog reach
 * them; then the writer, whose output the loader must accept. */
#include "xitu-dataset-loader.h"
#include "xitu-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(XituDataset) dataset = NULL;
  g_autofree char *json = NULL;
  g_autofree char *summary = NULL;
  gsize len;

  result = xitu_import_data ((const char *) data, size, "fuzz.csv", NULL, &error);
  g_assert ((result == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }

  summary = xitu_import_result_format_summary (result);
  json = xitu_import_result_write_json (result, &len);
  dataset = xitu_dataset_load_data (json, len, "written.json", &error);
  if (dataset == NULL)
    g_error ("the loader refused what the writer wrote: %s", error->message);
  return 0;
}
