/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "xitu-dataset-loader.h"
#include "xitu-figure-csv.h"

/* An independent RFC 4180 reader, only for checking what the writer wrote:
 * rows of fields, quoted fields may hold commas, quotes ("") and line
 * breaks. Every row must end in CRLF. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\0')
            {
              g_assert_cmpint (*p, !=, '"');
              g_assert_cmpint (*p, !=, '\n');
              g_string_append_c (field, *p++);
            }
        }

      g_strv_builder_add (row, field->str);
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_cmpint (p[0], ==, '\r');
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_clear_pointer (&row, g_strv_builder_unref);
          row = g_strv_builder_new ();
        }
    }
  return rows;
}

static XituDataset *
load_mini (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituDataset *dataset = xitu_dataset_load_file (file, &error);

  g_assert_no_error (error);
  return dataset;
}

static const char * const expected_header[] = {
  "country_code", "country", "partner_code", "partner", "stage", "metric", "measure",
  "year", "year_end", "value", "unit", "flags", "edition",
  "source_id", "source_publisher", "source_title", "source_url", "note", NULL
};

static void
test_whole_dataset (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autofree char *csv = xitu_figure_csv_build (dataset, xitu_dataset_get_figures (dataset), XITU_LANG_EN);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  char **first, **na, **range;

  g_assert_cmpuint (rows->len, ==, 1 + 17);
  g_assert_cmpstrv ((char **) g_ptr_array_index (rows, 0), expected_header);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, 18);

  /* Rows in the model's order: the first figure of the file. */
  first = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (first[0], ==, "CHN");
  g_assert_cmpstr (first[1], ==, "China");
  g_assert_cmpstr (first[2], ==, "");
  g_assert_cmpstr (first[4], ==, "mining");
  g_assert_cmpstr (first[5], ==, "production");
  g_assert_cmpstr (first[7], ==, "2025");
  g_assert_cmpstr (first[8], ==, "2025");
  g_assert_cmpstr (first[9], ==, "270000");
  g_assert_cmpstr (first[10], ==, "t");
  g_assert_cmpstr (first[11], ==, "estimated");
  g_assert_cmpstr (first[12], ==, "MCS 2026");
  g_assert_cmpstr (first[13], ==, "usgs-new");
  g_assert_cmpstr (first[14], ==, "USGS");
  g_assert_cmpstr (first[15], ==, "Mineral Commodity Summaries 2026");
  g_assert_cmpstr (first[16], ==, "https://pubs.usgs.gov/");

  /* No number where the source gives none; the flag says why. */
  na = g_ptr_array_index (rows, 13);
  g_assert_cmpstr (na[0], ==, "MYS");
  g_assert_cmpstr (na[9], ==, "");
  g_assert_cmpstr (na[11], ==, "not-available");

  range = g_ptr_array_index (rows, 17);
  g_assert_cmpstr (range[2], ==, "CHN");
  g_assert_cmpstr (range[3], ==, "China");
  g_assert_cmpstr (range[7], ==, "2021");
  g_assert_cmpstr (range[8], ==, "2024");
}

static XituDataset *
tricky_dataset (XituFigure **out)
{
  XituDataset *dataset = xitu_dataset_new ();
  g_autoptr(XituCountry) country = xitu_country_new ("CHN", 156, XITU_COUNTRY_KIND_COUNTRY, "China", "中国");
  g_autoptr(XituSource) source = xitu_source_new ("s1", "Rare earths, \"the new oil\"\nPart 2",
                                                  "en", "2025", "news");
  g_autoptr(XituFigure) figure = xitu_figure_new ("CHN", "share", 2024, 0.1 + 0.2, "%", "s1", "Ed, 1");

  xitu_source_set_publisher (source, "Smith, Jones & Co", "史密斯，琼斯公司");
  xitu_source_set_url (source, "https://example.org/a?b=1,2");
  xitu_figure_set_stage (figure, "separation");
  xitu_figure_set_flags (figure, XITU_FIGURE_ESTIMATED | XITU_FIGURE_REVISED);
  xitu_figure_set_note (figure, "line one\r\nline \"two\"", "第一行");
  xitu_dataset_add_country (dataset, country);
  xitu_dataset_add_source (dataset, source);
  xitu_dataset_add_figure (dataset, figure);
  *out = figure;
  return dataset;
}

/* Commas, quotes and line breaks in the data come back unchanged, and the
 * number reads back as the same double. */
static void
test_quoting_round_trip (void)
{
  XituFigure *figure;
  g_autoptr(XituDataset) dataset = tricky_dataset (&figure);
  g_autofree char *csv = xitu_figure_csv_build (dataset, xitu_dataset_get_figures (dataset), XITU_LANG_EN);
  g_autofree char *csv_zh = xitu_figure_csv_build (dataset, xitu_dataset_get_figures (dataset), XITU_LANG_ZH);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  g_autoptr(GPtrArray) rows_zh = parse_csv (csv_zh);
  char **row = g_ptr_array_index (rows, 1);
  char **row_zh = g_ptr_array_index (rows_zh, 1);

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row[9], ==, "0.30000000000000004");
  g_assert_cmpfloat (g_ascii_strtod (row[9], NULL), ==, xitu_figure_get_value (figure));
  g_assert_cmpstr (row[11], ==, "estimated;revised");
  g_assert_cmpstr (row[12], ==, "Ed, 1");
  g_assert_cmpstr (row[14], ==, "Smith, Jones & Co");
  g_assert_cmpstr (row[15], ==, "Rare earths, \"the new oil\"\nPart 2");
  g_assert_cmpstr (row[16], ==, "https://example.org/a?b=1,2");
  g_assert_cmpstr (row[17], ==, "line one\r\nline \"two\"");
  g_assert_nonnull (strstr (csv, "\"Rare earths, \"\"the new oil\"\"\nPart 2\""));

  g_assert_cmpstr (row_zh[1], ==, "中国");
  g_assert_cmpstr (row_zh[14], ==, "史密斯，琼斯公司");
  g_assert_cmpstr (row_zh[17], ==, "第一行");
}

static void
test_write_file (void)
{
  g_autoptr(XituDataset) dataset = load_mini ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xitu-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GListStore) some = g_list_store_new (XITU_TYPE_FIGURE);
  g_autoptr(XituFigure) one = g_list_model_get_item (xitu_dataset_get_figures (dataset), 4);

  g_assert_no_error (error);
  path = g_build_filename (dir, "figures.csv", NULL);
  file = g_file_new_for_path (path);

  /* An existing file is replaced, not appended to. */
  g_assert_true (g_file_set_contents (path, "old contents that are longer than the new ones……………………"
                                      "……………………………………………………………………………………………………………………………………"
                                      "……………………………………………………………………………………………………………………………………", -1, NULL));
  g_list_store_append (some, one);
  g_assert_true (xitu_figure_csv_write (dataset, G_LIST_MODEL (some), XITU_LANG_EN, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  expected = xitu_figure_csv_build (dataset, G_LIST_MODEL (some), XITU_LANG_EN);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_true (g_str_has_suffix (contents, ",390000,t,rounded,MCS 2026,usgs-new,USGS,"
                                   "Mineral Commodity Summaries 2026,https://pubs.usgs.gov/,\r\n"));

  /* A folder that does not exist: an error, and nothing written. */
  missing = g_file_new_build_filename (dir, "no-such-folder", "figures.csv", NULL);
  g_assert_false (xitu_figure_csv_write (dataset, G_LIST_MODEL (some), XITU_LANG_EN, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (missing, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/figure-csv/whole-dataset", test_whole_dataset);
  g_test_add_func ("/figure-csv/quoting-round-trip", test_quoting_round_trip);
  g_test_add_func ("/figure-csv/write-file", test_write_file);
  return g_test_run ();
}
