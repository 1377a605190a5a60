/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every file in tests/data/import/bad/ goes through xitu_import_data(), the
 * path the command line and the import dialog use, and must give exactly
 * the error (or the skipped row) that bad/EXPECTED lists. */
#include <string.h>

#include "xitu-import.h"

typedef struct
{
  const char *name;
  int         code;
} CodeName;

static const CodeName codes[] = {
  { "EMPTY", XITU_IMPORT_ERROR_EMPTY },
  { "UNKNOWN_FORMAT", XITU_IMPORT_ERROR_UNKNOWN_FORMAT },
  { "HEADER", XITU_IMPORT_ERROR_HEADER },
  { "NO_DATA", XITU_IMPORT_ERROR_NO_DATA },
};

static const CodeName csv_codes[] = {
  { "ENCODING", XITU_CSV_ERROR_ENCODING },
  { "BINARY", XITU_CSV_ERROR_BINARY },
  { "UNTERMINATED_QUOTE", XITU_CSV_ERROR_UNTERMINATED_QUOTE },
  { "BAD_QUOTE", XITU_CSV_ERROR_BAD_QUOTE },
};

static void
expect_error (GError     *error,
              const char *code_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (code_name, codes[i].name))
      {
        g_assert_error (error, XITU_IMPORT_ERROR, codes[i].code);
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (csv_codes); i++)
    if (g_str_equal (code_name, csv_codes[i].name))
      {
        g_assert_error (error, XITU_CSV_ERROR, csv_codes[i].code);
        return;
      }
  g_error ("EXPECTED names an unknown code %s", code_name);
}

static char *
read_bad (const char *name,
          gsize      *len)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "bad", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, len, &error);
  g_assert_no_error (error);
  return data;
}

static void
check_case (const char *name,
            const char *kind,
            const char *expected)
{
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  data = read_bad (name, &len);
  result = xitu_import_data (data, len, name, NULL, &error);

  if (g_str_has_prefix (kind, "ERROR "))
    {
      if (result != NULL)
        g_error ("%s: imported, expected %s", name, kind);
      expect_error (error, kind + strlen ("ERROR "));
      g_assert_cmpstr (error->message, ==, expected);
    }
  else if (g_str_has_prefix (kind, "SKIP "))
    {
      guint line = (guint) g_ascii_strtoull (kind + strlen ("SKIP "), NULL, 10);
      gboolean found = FALSE;

      if (result == NULL)
        g_error ("%s: %s", name, error->message);
      for (guint i = 0; i < xitu_import_result_get_n_skipped (result); i++)
        {
          const XituImportSkip *skip = xitu_import_result_get_skipped (result, i);

          if (skip->line == line)
            {
              g_assert_cmpstr (skip->reason, ==, expected);
              found = TRUE;
            }
        }
      if (!found)
        g_error ("%s: no row skipped at line %u", name, line);
      /* The good rows around the bad one still came through. */
      g_assert_cmpuint (xitu_import_result_get_figures (result)->len, >, 0);
    }
  else
    g_error ("EXPECTED: unknown kind %s", kind);
}

static void
test_bad_corpus (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "bad", "EXPECTED",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      parts = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (parts), ==, 3);
      g_test_message ("%s", parts[0]);
      check_case (parts[0], parts[1], parts[2]);
      n++;
    }
  g_assert_cmpuint (n, >=, 30);
}

static void
test_detect (void)
{
  static const struct
  {
    const char       *data;
    XituImportFormat  format;
  } cases[] = {
    { "MCS chapter,Section,Commodity,Country,Statistics\r\n", XITU_IMPORT_FORMAT_USGS_LONG },
    { "\xef\xbb\xbf\"MCS chapter\",Section\n", XITU_IMPORT_FORMAT_USGS_LONG },
    { "Source, Country, Type, Prod_t_2022, Prod_t_est_2023\n", XITU_IMPORT_FORMAT_USGS_WIDE },
    { "Country,Reserves_t\n", XITU_IMPORT_FORMAT_USGS_WIDE },
    { "typeCode,freqCode,reporterCode,partnerCode,cmdCode,primaryValue\n",
      XITU_IMPORT_FORMAT_COMTRADE },
    { "  {\n  \"format\" : \"xitu-dataset\", \"version\": 1 }", XITU_IMPORT_FORMAT_XITU_JSON },
    { "{ \"version\": 1, \"format\":\"xitu-dataset\" }", XITU_IMPORT_FORMAT_XITU_JSON },
    { "{ \"format\": \"geojson\" }", XITU_IMPORT_FORMAT_UNKNOWN },
    { "country,year,value\n", XITU_IMPORT_FORMAT_UNKNOWN },
    { "", XITU_IMPORT_FORMAT_UNKNOWN },
    { "\xff\xfeM\0C\0S\0", XITU_IMPORT_FORMAT_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = strlen (cases[i].data);

      if (cases[i].data[0] == '\xff')
        len = 8;
      g_assert_cmpint (xitu_import_detect_format (cases[i].data, len), ==, cases[i].format);
    }

  g_assert_cmpstr (xitu_import_format_to_string (XITU_IMPORT_FORMAT_USGS_WIDE), ==, "usgs-wide");
}

/* A Xitu dataset goes to the dataset loader, and its errors come back. */
static void
test_xitu_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini-dataset.json", NULL);
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char broken[] = "{ \"format\": \"xitu-dataset\", \"version\": 2 }";

  result = xitu_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (xitu_import_result_get_format (result), ==, XITU_IMPORT_FORMAT_XITU_JSON);
  g_assert_cmpuint (xitu_import_result_get_figures (result)->len, >, 0);
  g_assert_cmpuint (xitu_import_result_get_sources (result)->len, >, 0);
  g_clear_object (&result);

  result = xitu_import_data (broken, strlen (broken), "broken.json", NULL, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.json: version"));
}

static void
test_file_errors (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/xitu/none.csv");
  g_autoptr(GError) error = NULL;

  g_assert_null (xitu_import_file (missing, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "none.csv: "));
}

/* Cut every fixture at many points and flip bytes: the importers must
 * return a result or an error, never crash or leak (run under ASan and
 * valgrind by .ci/run). */
static void
test_robustness (void)
{
  static const char * const fixtures[] = {
    "usgs-long-quirks.csv", "usgs-wide-quirks.csv", "comtrade-quirks.csv",
  };
  GRand *rand = g_rand_new_with_seed (20260206);

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", fixtures[f],
                                                     NULL);
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));

      for (gsize cut = 0; cut <= len; cut += 1 + cut / 16)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(XituImportResult) result = xitu_import_data (data, cut, fixtures[f], NULL,
                                                                 &error);

          g_assert_true ((result == NULL) != (error == NULL));
        }

      for (guint round = 0; round < 200; round++)
        {
          g_autofree char *copy = g_memdup2 (data, len);
          g_autoptr(GError) error = NULL;
          g_autoptr(XituImportResult) result = NULL;

          for (guint k = 0; k < 4; k++)
            copy[g_rand_int_range (rand, 0, (gint32) len)] = (char) g_rand_int_range (rand, 0, 256);
          result = xitu_import_data (copy, len, fixtures[f], NULL, &error);
          g_assert_true ((result == NULL) != (error == NULL));
        }
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-corpus/bad", test_bad_corpus);
  g_test_add_func ("/import-corpus/detect", test_detect);
  g_test_add_func ("/import-corpus/xitu-json", test_xitu_json);
  g_test_add_func ("/import-corpus/file-errors", test_file_errors);
  g_test_add_func ("/import-corpus/robustness", test_robustness);

  return g_test_run ();
}
