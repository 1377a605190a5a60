/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-csv-reader.h"

/* Reads every record into "field|field|…" lines prefixed with the line
 * number the record starts on. */
static char *
dump (const char      *data,
      gsize            len,
      XituCsvEncoding  encoding)
{
  g_autoptr(XituCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  reader = xitu_csv_reader_new (data, len, "t.csv", encoding, &error);
  g_assert_no_error (error);
  while (xitu_csv_reader_next (reader, &error))
    {
      g_string_append_printf (out, "%u:", xitu_csv_reader_get_line (reader));
      for (guint i = 0; i < xitu_csv_reader_get_n_fields (reader); i++)
        g_string_append_printf (out, "%s%s", i ? "|" : "", xitu_csv_reader_get_field (reader, i));
      g_string_append_c (out, '\n');
    }
  g_assert_no_error (error);
  return g_string_free (out, FALSE);
}

static void
test_quoting (void)
{
  static const char data[] =
    "a,b,c\r\n"
    "\"1,000\",\"say \"\"hi\"\"\",plain\r\n"
    "\"two\r\nlines\",,\"\"\r\n"
    "\r\n"
    "last,,\n"
    "no newline at end";
  g_autofree char *out = dump (data, strlen (data), XITU_CSV_ENCODING_AUTO);

  g_assert_cmpstr (out, ==,
                   "1:a|b|c\n"
                   "2:1,000|say \"hi\"|plain\n"
                   "3:two\nlines||\n"
                   "6:last||\n"
                   "7:no newline at end\n");
}

static void
test_line_endings (void)
{
  static const char data[] = "a\rb\r\nc\nd";
  g_autofree char *out = dump (data, strlen (data), XITU_CSV_ENCODING_AUTO);

  g_assert_cmpstr (out, ==, "1:a\n2:b\n3:c\n4:d\n");
}

static void
test_field_access (void)
{
  static const char data[] = "x,y\n";
  g_autoptr(XituCsvReader) reader = xitu_csv_reader_new (data, strlen (data), "t.csv",
                                                         XITU_CSV_ENCODING_AUTO, NULL);

  g_assert_true (xitu_csv_reader_next (reader, NULL));
  g_assert_cmpuint (xitu_csv_reader_get_n_fields (reader), ==, 2);
  g_assert_null (xitu_csv_reader_get_field (reader, 2));
  g_assert_false (xitu_csv_reader_next (reader, NULL));
  g_assert_cmpuint (xitu_csv_reader_get_n_records (reader), ==, 1);
  g_assert_cmpstr (xitu_csv_reader_get_display_name (reader), ==, "t.csv");
}

static void
test_windows_1252 (void)
{
  /* 0x96 en dash, 0x97 em dash, 0x92 right quote, 0xF4 ô, 0x80 euro, 0x81
   * undefined (kept as U+0081). */
  static const char data[] = "2021\x96" "24,\x97,C\xf4te d\x92Ivoire,\x80,\x81\r\n";
  g_autoptr(XituCsvReader) reader = NULL;
  g_autofree char *out = NULL;

  out = dump (data, strlen (data), XITU_CSV_ENCODING_AUTO);
  g_assert_cmpstr (out, ==, "1:2021–24|—|Côte d’Ivoire|€|\xc2\x81\n");

  reader = xitu_csv_reader_new (data, strlen (data), "t.csv", XITU_CSV_ENCODING_AUTO, NULL);
  g_assert_cmpint (xitu_csv_reader_get_encoding (reader), ==, XITU_CSV_ENCODING_WINDOWS_1252);
}

static void
test_utf8_and_bom (void)
{
  static const char data[] = "\xef\xbb\xbf" "Côte,—\n";
  g_autoptr(XituCsvReader) reader = NULL;
  g_autofree char *out = dump (data, strlen (data), XITU_CSV_ENCODING_AUTO);

  /* The byte-order mark is gone; UTF-8 is left alone. */
  g_assert_cmpstr (out, ==, "1:Côte|—\n");
  reader = xitu_csv_reader_new (data, strlen (data), "t.csv", XITU_CSV_ENCODING_AUTO, NULL);
  g_assert_cmpint (xitu_csv_reader_get_encoding (reader), ==, XITU_CSV_ENCODING_UTF8);
}

static void
test_forced_encodings (void)
{
  static const char utf8[] = "Côte\n";
  static const char cp1252[] = "a\nb\nC\xf4te\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(XituCsvReader) reader = NULL;
  g_autofree char *out = NULL;

  /* Told it is Windows-1252, UTF-8 bytes are read as two characters each. */
  out = dump (utf8, strlen (utf8), XITU_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (out, ==, "1:CÃ´te\n");

  /* Told it is UTF-8, a Windows-1252 byte is an error with its line. */
  reader = xitu_csv_reader_new (cp1252, strlen (cp1252), "t.csv", XITU_CSV_ENCODING_UTF8, &error);
  g_assert_null (reader);
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "t.csv:3: invalid UTF-8; if the file was saved by Excel "
                   "on Windows, import it as Windows-1252");
}

typedef struct
{
  const char *data;
  gsize       len;
  int         code;
  const char *message;
} BadCase;

static void
test_errors (void)
{
  static const BadCase cases[] = {
    { "\xff\xfe" "a\0,\0b\0", 8, XITU_CSV_ERROR_ENCODING,
      "t.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1252) and import it "
      "again" },
    { "\xfe\xff\0a\0,", 6, XITU_CSV_ERROR_ENCODING,
      "t.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1252) and import it "
      "again" },
    { "a,b\nc\0d\n", 8, XITU_CSV_ERROR_BINARY,
      "t.csv:2: NUL byte; this is a binary file, not CSV text" },
    { "a,b\n\"c\nd\n", 8, XITU_CSV_ERROR_UNTERMINATED_QUOTE,
      "t.csv:2: unterminated quoted field" },
    { "a,\"b\"c\n", 7, XITU_CSV_ERROR_BAD_QUOTE,
      "t.csv:1: text after the closing quote of a field; inside a quoted field, write a quote "
      "as two quotes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(XituCsvReader) reader = NULL;

      reader = xitu_csv_reader_new (cases[i].data, cases[i].len, "t.csv",
                                    XITU_CSV_ENCODING_AUTO, &error);
      if (reader != NULL)
        while (xitu_csv_reader_next (reader, &error))
          ;
      g_assert_error (error, XITU_CSV_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituCsvReader) reader = NULL;
  g_autofree char *huge = NULL;
  GString *many = g_string_new (NULL);
  gsize len;

  /* The size limit is checked before anything is read or copied. */
  reader = xitu_csv_reader_new ("", XITU_CSV_MAX_SIZE + 1, "big.csv", XITU_CSV_ENCODING_AUTO,
                                &error);
  g_assert_null (reader);
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "big.csv: the file is 67108865 bytes, more than the 64 MiB an import "
                   "may have");
  g_clear_error (&error);

  /* A line over 1 MiB, and a quote that swallows the rest of the file. */
  len = XITU_CSV_MAX_RECORD + 10;
  huge = g_malloc (len + 1);
  memset (huge, 'x', len);
  huge[len] = '\0';
  huge[0] = 'a';
  huge[1] = '\n';
  reader = xitu_csv_reader_new (huge, len, "t.csv", XITU_CSV_ENCODING_AUTO, &error);
  g_assert_true (xitu_csv_reader_next (reader, &error));
  g_assert_false (xitu_csv_reader_next (reader, &error));
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_RECORD_TOO_LONG);
  g_assert_cmpstr (error->message, ==, "t.csv:2: line longer than 1 MiB");
  g_clear_error (&error);
  g_clear_object (&reader);

  huge[2] = '"';
  reader = xitu_csv_reader_new (huge, len, "t.csv", XITU_CSV_ENCODING_AUTO, &error);
  g_assert_true (xitu_csv_reader_next (reader, &error));
  g_assert_false (xitu_csv_reader_next (reader, &error));
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_RECORD_TOO_LONG);
  g_assert_cmpstr (error->message, ==,
                   "t.csv:2: quoted field longer than 1 MiB; is its closing quote missing?");
  g_clear_error (&error);
  g_clear_object (&reader);

  for (guint i = 0; i <= XITU_CSV_MAX_FIELDS; i++)
    g_string_append (many, i ? ",x" : "x");
  reader = xitu_csv_reader_new (many->str, many->len, "t.csv", XITU_CSV_ENCODING_AUTO, &error);
  g_assert_false (xitu_csv_reader_next (reader, &error));
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_TOO_MANY_FIELDS);
  g_assert_cmpstr (error->message, ==, "t.csv:1: more than 4096 fields in one record");
  g_string_free (many, TRUE);
}

/* Like dump(), with a key: a record passed over shows as "N:-k" (its line
 * and number of fields). */
static char *
dump_keyed (const char      *data,
            gsize            len,
            XituCsvEncoding  encoding,
            guint            column,
            const char      *key,
            GError         **error)
{
  g_autoptr(XituCsvReader) reader = NULL;
  GString *out = g_string_new (NULL);

  reader = xitu_csv_reader_new (data, len, "t.csv", encoding, error);
  g_assert_nonnull (reader);
  xitu_csv_reader_pass_over_unless (reader, column, key);
  while (xitu_csv_reader_next (reader, error))
    {
      g_string_append_printf (out, "%u:", xitu_csv_reader_get_line (reader));
      if (xitu_csv_reader_is_passed_over (reader))
        {
          g_assert_null (xitu_csv_reader_get_field (reader, 0));
          g_string_append_printf (out, "-%u\n", xitu_csv_reader_get_n_fields (reader));
          continue;
        }
      for (guint i = 0; i < xitu_csv_reader_get_n_fields (reader); i++)
        g_string_append_printf (out, "%s%s", i ? "|" : "", xitu_csv_reader_get_field (reader, i));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
test_pass_over (void)
{
  /* Windows-1252 (0x97 em dash), CRLF, a quoted field over two lines in a
   * record passed over, the key quoted, in lower case, with spaces, inside
   * a longer name, in another column, and a short record. */
  static const char data[] =
    "chapter,section,value\r\n"
    "ZINC,World\x97total,1\r\n"
    "\"ZINC\r\nand LEAD\",\"a \"\"b\"\"\",2\r\n"
    "RARE EARTHS,World\x97total,3\r\n"
    "\" rare earths \",x,4\r\n"
    "RARE EARTHS (Heavy),x,5\r\n"
    "RARE EARTH,RARE EARTHS,6\r\n"
    "\r\n"
    "ZINC\r\n"
    "\"RARE\"\"EARTHS\",x,7\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *out = dump_keyed (data, strlen (data), XITU_CSV_ENCODING_AUTO, 0, "RARE EARTHS",
                                     &error);
  g_autofree char *all = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (out, ==,
                   "1:-3\n"
                   "2:-3\n"
                   "3:-3\n"
                   "5:RARE EARTHS|World—total|3\n"
                   "6: rare earths |x|4\n"
                   "7:RARE EARTHS (Heavy)|x|5\n"
                   "8:-3\n"
                   "10:-1\n"
                   "11:-3\n");

  /* Without a key, the same lines and the same fields. */
  all = dump (data, strlen (data), XITU_CSV_ENCODING_AUTO);
  g_assert_cmpstr (all, ==,
                   "1:chapter|section|value\n"
                   "2:ZINC|World—total|1\n"
                   "3:ZINC\nand LEAD|a \"b\"|2\n"
                   "5:RARE EARTHS|World—total|3\n"
                   "6: rare earths |x|4\n"
                   "7:RARE EARTHS (Heavy)|x|5\n"
                   "8:RARE EARTH|RARE EARTHS|6\n"
                   "10:ZINC\n"
                   "11:RARE\"EARTHS|x|7\n");
}

/* A record passed over gives the same error, on the same line, as when it
 * is read. */
static void
test_pass_over_errors (void)
{
  static const char * const cases[] = {
    "a,b\nZINC,\"b\"c\n",
    "a,b\nZINC,b\nZINC,\"b\nc\nd\n",
    "a,b\nZINC,\"b\nc\"d\n",
    "a,b\nRARE EARTHS,\"b\"c\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) plain = NULL;
      g_autoptr(GError) keyed = NULL;
      g_autoptr(XituCsvReader) reader = xitu_csv_reader_new (cases[i], strlen (cases[i]), "t.csv",
                                                             XITU_CSV_ENCODING_AUTO, NULL);
      g_autofree char *out = NULL;

      while (xitu_csv_reader_next (reader, &plain))
        ;
      g_assert_nonnull (plain);
      out = dump_keyed (cases[i], strlen (cases[i]), XITU_CSV_ENCODING_AUTO, 0, "RARE EARTHS", &keyed);
      g_assert_error (keyed, plain->domain, plain->code);
      g_assert_cmpstr (keyed->message, ==, plain->message);
    }
}

/* Records near the length limit are read the full way, so a record that
 * decoding makes too long is an error with a key as without. */
static void
test_pass_over_limits (void)
{
  gsize n = XITU_CSV_MAX_RECORD / 2;
  g_autofree char *data = g_malloc (n + 16);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  /* Half a MiB of 0x97, three bytes each in UTF-8: over the limit. */
  memcpy (data, "a\nZINC,", 7);
  memset (data + 7, '\x97', n);
  data[7 + n] = '\0';
  out = dump_keyed (data, 7 + n, XITU_CSV_ENCODING_WINDOWS_1252, 0, "RARE EARTHS", &error);
  g_assert_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_RECORD_TOO_LONG);
  g_assert_cmpstr (error->message, ==, "t.csv:2: line longer than 1 MiB");
  g_clear_error (&error);
  g_clear_pointer (&out, g_free);

  /* A quarter of a MiB: within it, passed over. */
  data[7 + n / 4] = '\0';
  out = dump_keyed (data, 7 + n / 4, XITU_CSV_ENCODING_WINDOWS_1252, 0, "RARE EARTHS", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "1:-1\n2:-2\n");
}

static void
test_empty (void)
{
  g_autoptr(XituCsvReader) reader = xitu_csv_reader_new (NULL, 0, NULL, XITU_CSV_ENCODING_AUTO,
                                                         NULL);

  g_assert_nonnull (reader);
  g_assert_false (xitu_csv_reader_next (reader, NULL));
  g_assert_cmpstr (xitu_csv_reader_get_display_name (reader), ==, "(data)");
}

static void
test_encoding_names (void)
{
  XituCsvEncoding encoding;

  g_assert_true (xitu_csv_encoding_from_string ("cp1252", &encoding));
  g_assert_cmpint (encoding, ==, XITU_CSV_ENCODING_WINDOWS_1252);
  g_assert_true (xitu_csv_encoding_from_string ("UTF-8", &encoding));
  g_assert_cmpint (encoding, ==, XITU_CSV_ENCODING_UTF8);
  g_assert_false (xitu_csv_encoding_from_string ("latin-9", &encoding));
  g_assert_cmpstr (xitu_csv_encoding_to_string (XITU_CSV_ENCODING_WINDOWS_1252), ==,
                   "windows-1252");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/quoting", test_quoting);
  g_test_add_func ("/csv-reader/line-endings", test_line_endings);
  g_test_add_func ("/csv-reader/field-access", test_field_access);
  g_test_add_func ("/csv-reader/windows-1252", test_windows_1252);
  g_test_add_func ("/csv-reader/utf8-and-bom", test_utf8_and_bom);
  g_test_add_func ("/csv-reader/forced-encodings", test_forced_encodings);
  g_test_add_func ("/csv-reader/errors", test_errors);
  g_test_add_func ("/csv-reader/limits", test_limits);
  g_test_add_func ("/csv-reader/pass-over", test_pass_over);
  g_test_add_func ("/csv-reader/pass-over-errors", test_pass_over_errors);
  g_test_add_func ("/csv-reader/pass-over-limits", test_pass_over_limits);
  g_test_add_func ("/csv-reader/empty", test_empty);
  g_test_add_func ("/csv-reader/encoding-names", test_encoding_names);

  return g_test_run ();
}
