/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static gboolean
contains_caseless (const char *field,
                   const char *key)
{
  g_autofree char *f = g_ascii_strdown (field, -1);
  g_autofree char *k = g_ascii_strdown (key, -1);

  return strstr (f, k) != NULL;
}

/* Reading with a key passes over records, never changes them: the same
 * records on the same lines with the same number of fields, the same
 * fields where read, the key nowhere in a record passed over, and the same
 * error at the end. */
static void
check_pass_over (const guint8 *data,
                 size_t        size,
                 guint         column,
                 const char   *key)
{
  g_autoptr(GError) plain_error = NULL;
  g_autoptr(GError) keyed_error = NULL;
  g_autoptr(XituCsvReader) plain = NULL;
  g_autoptr(XituCsvReader) keyed = NULL;
  gboolean more;

  plain = xitu_csv_reader_new ((const char *) data, size, "fuzz.csv", XITU_CSV_ENCODING_AUTO, NULL);
  keyed = xitu_csv_reader_new ((const char *) data, size, "fuzz.csv", XITU_CSV_ENCODING_AUTO, NULL);
  if (plain == NULL)
    return;
  xitu_csv_reader_pass_over_unless (keyed, column, key);
  do
    {
      more = xitu_csv_reader_next (plain, &plain_error);
      g_assert (xitu_csv_reader_next (keyed, &keyed_error) == more);
      if (!more)
        break;
      g_assert (xitu_csv_reader_get_line (plain) == xitu_csv_reader_get_line (keyed));
      g_assert (xitu_csv_reader_get_n_fields (plain) == xitu_csv_reader_get_n_fields (keyed));
      if (xitu_csv_reader_is_passed_over (keyed))
        {
          const char *field = xitu_csv_reader_get_field (plain, column);

          g_assert (field == NULL || !contains_caseless (field, key));
          continue;
        }
      for (guint i = 0; i < xitu_csv_reader_get_n_fields (plain); i++)
        g_assert (strcmp (xitu_csv_reader_get_field (plain, i), xitu_csv_reader_get_field (keyed, i)) == 0);
    }
  while (more);
  g_assert ((plain_error == NULL) == (keyed_error == NULL));
  if (plain_error != NULL)
    g_assert (strcmp (plain_error->message, keyed_error->message) == 0);
}

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

  /* The USGS importer's key, and a short one that many fields have. */
  check_pass_over (data, size, 0, "RARE EARTHS");
  check_pass_over (data, size, size % 3, "e");
  return 0;
}
