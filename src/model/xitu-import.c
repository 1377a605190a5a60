/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-import.h"

#include <glib/gi18n-lib.h>

#include "xitu-comtrade-import.h"
#include "xitu-dataset-loader.h"
#include "xitu-dataset-writer.h"
#include "xitu-import-private.h"
#include "xitu-usgs-import.h"

static void
copy_list (GListModel *model,
           GPtrArray  *out)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (out, g_list_model_get_item (model, i));
}

XituImportResult *
xitu_import_from_dataset (XituDataset *dataset,
                          const char  *display_name)
{
  XituImportResult *result = xitu_import_result_new (XITU_IMPORT_FORMAT_XITU_JSON, display_name);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_claims, n_events, n_facilities;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), result);

  copy_list (xitu_dataset_get_stages (dataset), items);
  for (guint i = 0; i < items->len; i++)
    xitu_import_result_add_stage (result, g_ptr_array_index (items, i));
  g_ptr_array_set_size (items, 0);

  copy_list (xitu_dataset_get_countries (dataset), items);
  for (guint i = 0; i < items->len; i++)
    xitu_import_result_add_country (result, g_ptr_array_index (items, i));
  g_ptr_array_set_size (items, 0);

  copy_list (xitu_dataset_get_sources (dataset), items);
  for (guint i = 0; i < items->len; i++)
    xitu_import_result_add_source (result, g_ptr_array_index (items, i));
  g_ptr_array_set_size (items, 0);

  copy_list (xitu_dataset_get_figures (dataset), items);
  for (guint i = 0; i < items->len; i++)
    xitu_import_result_add_figure (result, g_ptr_array_index (items, i));
  xitu_import_result_set_rows_read (result, items->len);

  n_claims = g_list_model_get_n_items (xitu_dataset_get_claims (dataset));
  n_events = g_list_model_get_n_items (xitu_dataset_get_events (dataset));
  n_facilities = g_list_model_get_n_items (xitu_dataset_get_facilities (dataset));
  if (n_claims + n_events + n_facilities > 0)
    xitu_import_result_add_warning (result, "The dataset's %u claims, %u events and %u "
                                    "facilities are not imported; only its figures and the "
                                    "sources, countries and stages they use are.",
                                    n_claims, n_events, n_facilities);
  return result;
}

XituImportResult *
xitu_import_data (const char               *data,
                  gsize                     len,
                  const char               *display_name,
                  const XituImportOptions  *options,
                  GError                  **error)
{
  g_autoptr(XituCsvReader) reader = NULL;
  g_autoptr(XituDataset) dataset = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = "(data)";

  switch (xitu_import_detect_format (data, len))
    {
    case XITU_IMPORT_FORMAT_USGS_LONG:
    case XITU_IMPORT_FORMAT_USGS_WIDE:
      return xitu_usgs_import_data (data, len, display_name, options, error);

    case XITU_IMPORT_FORMAT_COMTRADE:
      return xitu_comtrade_import_data (data, len, display_name, options, error);

    case XITU_IMPORT_FORMAT_XITU_JSON:
      dataset = xitu_dataset_load_data (data, len, display_name, error);
      return dataset ? xitu_import_from_dataset (dataset, display_name) : NULL;

    case XITU_IMPORT_FORMAT_UNKNOWN:
    default:
      break;
    }

  /* Say what is wrong with the bytes (UTF-16, binary, empty) before
   * saying that the header is not one we know. */
  reader = xitu_csv_reader_new (data, len, display_name,
                                options ? options->encoding : XITU_CSV_ENCODING_AUTO, error);
  if (reader == NULL || !xitu_import_check_empty (data, len, display_name, error))
    return NULL;

  g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_UNKNOWN_FORMAT,
               _("%s:1: unknown format; Xitu imports the USGS Mineral Commodity Summaries data "
                 "release (header \"MCS chapter,Section,…\") and world tables (\"Source,Country,"
                 "Type,Prod_t_YYYY,…\"), UN Comtrade CSV (\"typeCode,freqCode,…,reporterCode,…\") "
                 "and Xitu datasets (JSON with \"format\": \"xitu-dataset\")"), display_name);
  return NULL;
}

XituImportResult *
xitu_import_file (GFile                    *file,
                  const XituImportOptions  *options,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > XITU_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, g_file_info_get_size (info));

      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is %s bytes, more than the %u MiB an import may have"),
                   name, size, (guint) (XITU_CSV_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  return xitu_import_data (data, len, name, options, error);
}

char *
xitu_import_result_write_json (XituImportResult *result,
                               gsize            *length)
{
  g_autofree char *title_en = NULL;
  g_autofree char *title_zh = NULL;
  const char *name = xitu_import_result_get_display_name (result);
  const char *format = xitu_import_format_to_string (xitu_import_result_get_format (result));
  const char *edition = xitu_import_result_get_edition (result);

  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (result), NULL);

  if (edition != NULL)
    {
      title_en = g_strdup_printf ("Imported from %s (%s, %s)", name, format, edition);
      title_zh = g_strdup_printf ("导入自 %s（%s，%s）", name, format, edition);
    }
  else
    {
      title_en = g_strdup_printf ("Imported from %s (%s)", name, format);
      title_zh = g_strdup_printf ("导入自 %s（%s）", name, format);
    }

  return xitu_dataset_write_json (title_en, title_zh,
                                  xitu_import_result_get_stages (result),
                                  xitu_import_result_get_countries (result),
                                  xitu_import_result_get_sources (result),
                                  xitu_import_result_get_figures (result),
                                  length);
}
