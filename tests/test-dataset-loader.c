/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "xitu-dataset-loader.h"

static XituDataset *
load_fixture (const char *name,
              GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return xitu_dataset_load_file (file, error);
}

static void
test_mini_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) dataset = load_fixture ("mini-dataset.json", &error);
  XituSource *news;
  XituClaim *claim;
  XituFacility *pass;
  const char *figure_id;
  double claimed, tolerance, capacity;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (xitu_dataset_get_stages (dataset)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (xitu_dataset_get_countries (dataset)), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (xitu_dataset_get_figures (dataset)), ==, 17);

  g_assert_cmpstr (xitu_country_get_name (xitu_dataset_lookup_country (dataset, "CHN"), XITU_LANG_ZH), ==, "中国");
  g_assert_true (xitu_dataset_lookup_country_numeric (dataset, 36) ==
                 xitu_dataset_lookup_country (dataset, "AUS"));
  g_assert_true (xitu_country_has_member (xitu_dataset_lookup_country (dataset, "EU27"), "EST"));

  news = xitu_dataset_lookup_source (dataset, "news");
  g_assert_cmpstr (xitu_source_get_display_title (news, XITU_LANG_ZH), ==, "稀土新闻");
  g_assert_cmpstr (xitu_source_get_display_title (news, XITU_LANG_EN), ==, "Rare-earth news");
  g_assert_cmpstr (xitu_source_get_display_title (xitu_dataset_lookup_source (dataset, "usgs-old"), XITU_LANG_ZH),
                   ==, "Mineral Commodity Summaries 2025");

  claim = xitu_dataset_lookup_claim (dataset, "refining-90");
  g_assert_cmpint (xitu_claim_get_verdict (claim), ==, XITU_VERDICT_SUPPORTED);
  g_assert_true (xitu_claim_get_check (claim, &figure_id, &claimed, &tolerance));
  g_assert_cmpstr (figure_id, ==, "sep-chn-2023");
  g_assert_cmpfloat (claimed, ==, 90.0);
  g_assert_cmpfloat (tolerance, ==, 3.0);

  pass = g_list_model_get_item (xitu_dataset_get_facilities (dataset), 0);
  g_assert_true (xitu_facility_get_capacity (pass, &capacity, NULL));
  g_assert_cmpfloat (capacity, ==, 45455.0);
  g_assert_true (xitu_facility_has_stage (pass, "separation"));
  g_assert_cmpint (xitu_facility_get_start_actual (pass), ==, 0);
  g_object_unref (pass);
}

static int
error_code_from_name (const char *name)
{
  static const char * const names[] = {
    "IO", "TOO_LARGE", "EMPTY", "NOT_UTF8", "NOT_JSON", "TOO_DEEP",
    "UNSUPPORTED_FORMAT", "WRONG_TYPE", "MISSING_MEMBER", "UNKNOWN_MEMBER",
    "INVALID_VALUE", "OUT_OF_RANGE", "UNKNOWN_REFERENCE", "DUPLICATE_ID", "UNKNOWN_UNIT",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], name))
      return i;
  g_error ("unknown error code name %s in EXPECTED", name);
}

/* Every file of the bad corpus fails with exactly the error EXPECTED names,
 * and the message names the file and the JSON path. */
static void
test_bad_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *manifest_path = g_build_filename (dir, "EXPECTED", NULL);
  g_autofree char *manifest = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  g_assert_true (g_file_get_contents (manifest_path, &manifest, NULL, NULL));
  lines = g_strsplit (manifest, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autofree char *data = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(XituDataset) dataset = NULL;
      gsize length;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      path = g_build_filename (dir, fields[0], NULL);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      dataset = xitu_dataset_load_data (data, length, fields[0], &error);

      g_test_message ("%s: %s", fields[0], error != NULL ? error->message : "(loaded)");
      g_assert_null (dataset);
      g_assert_error (error, XITU_DATASET_ERROR, error_code_from_name (fields[1]));
      g_assert_true (g_str_has_prefix (error->message, fields[0]));
      if (!g_str_equal (fields[2], "-"))
        {
          expected = g_strdup_printf ("%s: %s", fields[0], fields[2]);
          g_assert_cmpstr (error->message, ==, expected);
        }
      checked++;
    }

  g_assert_cmpuint (checked, >=, 25);
}

static void
test_not_json_has_position (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) dataset = xitu_dataset_load_data ("{\n  \"format\": \n}", 15, "x.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, XITU_DATASET_ERROR, XITU_DATASET_ERROR_NOT_JSON);
  /* json-glib reports line and column; the message must keep them. */
  g_assert_true (g_str_has_prefix (error->message, "x.json:3:"));
  g_assert_nonnull (strstr (error->message, ": not valid JSON: Parse error: "));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/xitu.json");
  g_autoptr(XituDataset) dataset = xitu_dataset_load_file (file, &error);

  g_assert_null (dataset);
  g_assert_error (error, XITU_DATASET_ERROR, XITU_DATASET_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/xitu.json: cannot read the file: "));
}

/* A huge file is refused from its size alone, before it is read. */
static void
test_huge_file_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xitu-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XituDataset) dataset = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  close (fd);

  dataset = xitu_dataset_load_file (file, &error);
  g_assert_null (dataset);
  g_assert_error (error, XITU_DATASET_ERROR, XITU_DATASET_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "104857600 bytes, more than the 32 MiB"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-loader/mini", test_mini_loads);
  g_test_add_func ("/dataset-loader/bad-corpus", test_bad_corpus);
  g_test_add_func ("/dataset-loader/not-json-position", test_not_json_has_position);
  g_test_add_func ("/dataset-loader/missing-file", test_missing_file);
  g_test_add_func ("/dataset-loader/huge-file", test_huge_file_refused);

  return g_test_run ();
}
