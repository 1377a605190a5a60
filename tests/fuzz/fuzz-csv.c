/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituCsvReader) reader = NULL;

  reader = xitu_csv_reader_new ((const char *) data, size, "fuzz.csv", XITU_CSV_ENCODING_AUTO,
                                &error);
  g_assert ((reader == NULL) != (error == NULL));
  if (reader != NULL)
    {
      while (xitu_csv_reader_next (reader, &error))
        {
          /* Every field is UTF-8 and the record's line never goes back. */
          for (guint i = 0; i < xitu_csv_reader_get_n_fields (reader); i++)
            g_assert (g_utf8_validate (xitu_csv_reader_get_field (reader, i), -1, NULL));
        }
    }
  if (error != NULL)
    g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
  return 0;
}
