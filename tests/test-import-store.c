/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "xitu-dataset-loader.h"
#include "xitu-dataset-writer.h"
#include "xitu-import.h"
#include "xitu-import-store.h"

static XituImportResult *
import_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituImportResult *result;

  result = xitu_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return result;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("xitu-import-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_dir_close (d);
  g_rmdir (dir);
}

/* The writer */

static void
test_numbers (void)
{
  static const struct
  {
    double      value;
    const char *text;
  } cases[] = {
    { 270000, "270000" }, { 0, "0" }, { -0.0, "0" }, { 0.1, "0.1" }, { 1.51, "1.51" },
    { 58.97879705755085, "58.97879705755085" }, { 85000000, "85000000" }, { 12.5, "12.5" },
    { 1e20, "1e+20" }, { 1.0 / 3.0, "0.3333333333333333" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = xitu_json_format_number (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, cases[i].value);
    }
}

static void
test_strings (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  xitu_json_append_string (out, "a \"b\" \\ c\nd\te\x01 – 中");
  g_assert_cmpstr (out->str, ==, "\"a \\\"b\\\" \\\\ c\\nd\\te\\u0001 – 中\"");
}

/* What the writer emits, the loader reads back: every figure with the same
 * value, flags, years, partner, stage, measure and note. */
static void
check_round_trip (XituImportResult *result)
{
  g_autoptr(XituDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  GPtrArray *figures = xitu_import_result_get_figures (result);
  GListModel *loaded;
  gsize len;

  json = xitu_import_result_write_json (result, &len);
  dataset = xitu_dataset_load_data (json, len, "round-trip.json", &error);
  g_assert_no_error (error);

  loaded = xitu_dataset_get_figures (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (loaded), ==, figures->len);
  for (guint i = 0; i < figures->len; i++)
    {
      XituFigure *a = g_ptr_array_index (figures, i);
      g_autoptr(XituFigure) b = g_list_model_get_item (loaded, i);

      g_assert_cmpstr (xitu_figure_get_country (a), ==, xitu_figure_get_country (b));
      g_assert_cmpstr (xitu_figure_get_partner (a), ==, xitu_figure_get_partner (b));
      g_assert_cmpstr (xitu_figure_get_stage (a), ==, xitu_figure_get_stage (b));
      g_assert_cmpstr (xitu_figure_get_metric (a), ==, xitu_figure_get_metric (b));
      g_assert_cmpstr (xitu_figure_get_measure (a), ==, xitu_figure_get_measure (b));
      g_assert_cmpstr (xitu_figure_get_unit (a), ==, xitu_figure_get_unit (b));
      g_assert_cmpstr (xitu_figure_get_source (a), ==, xitu_figure_get_source (b));
      g_assert_cmpstr (xitu_figure_get_edition (a), ==, xitu_figure_get_edition (b));
      g_assert_cmpint (xitu_figure_get_year (a), ==, xitu_figure_get_year (b));
      g_assert_cmpint (xitu_figure_get_year_end (a), ==, xitu_figure_get_year_end (b));
      g_assert_cmphex (xitu_figure_get_flags (a), ==, xitu_figure_get_flags (b));
      g_assert_cmpfloat (xitu_figure_get_value (a), ==, xitu_figure_get_value (b));
      g_assert_cmpstr (xitu_figure_get_note (a)->en, ==, xitu_figure_get_note (b)->en);
      g_assert_cmpstr (xitu_figure_get_note (a)->zh, ==, xitu_figure_get_note (b)->zh);
    }

  /* Same data, same bytes. */
  again = xitu_import_result_write_json (result, NULL);
  g_assert_cmpstr (json, ==, again);
}

static void
test_round_trip (void)
{
  static const char * const fixtures[] = {
    "usgs-mcs2026-rare-earths.csv", "usgs-long-quirks.csv", "usgs-wide-quirks.csv",
    "comtrade-quirks.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(XituImportResult) result = import_fixture (fixtures[i]);

      check_round_trip (result);
    }
}

static void
test_written_form (void)
{
  g_autoptr(XituImportResult) result = import_fixture ("usgs-mcs2026-rare-earths.csv");
  g_autofree char *json = xitu_import_result_write_json (result, NULL);

  g_assert_true (g_str_has_prefix (json, "{\n  \"format\": \"xitu-dataset\",\n  \"version\": 1,\n"
                                         "  \"title\": { \"en\": \"Imported from "
                                         "usgs-mcs2026-rare-earths.csv (usgs-long, MCS 2026)\""));
  g_assert_nonnull (strstr (json, "{ \"code\": \"WLD\", \"numeric\": 0, \"kind\": \"aggregate\", "
                                  "\"name\": { \"en\": \"World\", \"zh\": \"世界\" } }"));
  g_assert_nonnull (strstr (json, "{ \"country\": \"CHN\", \"stage\": \"mining\", \"metric\": "
                                  "\"production\", \"year\": 2025, \"value\": 270000, \"unit\": "
                                  "\"t\", \"source\": \"usgs-mcs2026-data-release\", "
                                  "\"edition\": \"MCS 2026\", \"flags\": [\"estimated\"], "
                                  "\"note\": { \"en\": \"Estimated.\" } }"));
  /* A figure without a number has no "value". */
  g_assert_nonnull (strstr (json, "{ \"country\": \"MMR\", \"metric\": \"reserves\", "
                                  "\"measure\": \"usgs\", \"year\": 2025, \"unit\": \"t\""));
  g_assert_nonnull (strstr (json, "\"partner\": \"CHN\", \"stage\": \"separation\", \"metric\": "
                                  "\"import-share\", \"year\": 2021, \"year_end\": 2024, "
                                  "\"value\": 71"));
}

/* The store */

static void
test_store (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *imports = g_build_filename (dir, "imports", NULL);
  g_autoptr(XituImportStore) store = xitu_import_store_new (imports);
  g_autoptr(XituImportResult) usgs = import_fixture ("usgs-mcs2026-rare-earths.csv");
  g_autoptr(XituImportResult) comtrade = import_fixture ("comtrade-quirks.csv");
  g_autoptr(XituDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id1 = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *id3 = NULL;
  g_autofree char *no_such = NULL;
  const XituStoredImport *stored;
  XituFigure *china;

  /* Nothing stored yet, not even the directory: an empty list. */
  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 0);

  id1 = xitu_import_store_add (store, usgs, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (id1, "usgs-long-"));
  g_assert_cmpuint (strlen (id1), ==, strlen ("usgs-long-") + 12);
  id2 = xitu_import_store_add (store, comtrade, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (id2, "comtrade-"));

  /* The same import again replaces itself. */
  id3 = xitu_import_store_add (store, usgs, &error);
  g_assert_cmpstr (id3, ==, id1);

  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 2);
  g_assert_cmpuint (xitu_import_store_get_problems (store)->len, ==, 0);
  stored = xitu_import_store_lookup (store, id1);
  g_assert_nonnull (stored);
  g_assert_cmpuint (stored->n_figures, ==, 122);
  g_assert_cmpuint (stored->n_sources, ==, 1);
  g_assert_cmpstr (stored->title, ==,
                   "Imported from usgs-mcs2026-rare-earths.csv (usgs-long, MCS 2026)");
  g_assert_true (g_str_has_suffix (stored->path, ".json"));
  g_assert_cmpint (stored->modified, >, 0);

  /* Read back through the lead's loader. */
  dataset = xitu_import_store_load (store, id1, &error);
  g_assert_no_error (error);
  china = xitu_dataset_find_figure (dataset, &(XituFigureQuery) {
                                      .country = "CHN", .stage = "mining",
                                      .metric = "production", .year = 2025 });
  g_assert_nonnull (china);
  g_assert_cmpfloat (xitu_figure_get_value (china), ==, 270000);
  g_assert_nonnull (xitu_dataset_lookup_source (dataset, "usgs-mcs2026-data-release"));

  /* Removing */
  g_assert_true (xitu_import_store_remove (store, id2, &error));
  g_assert_no_error (error);
  no_such = g_strdup_printf ("No stored import has the id “%s”", id2);
  g_assert_null (xitu_import_store_lookup (store, id2));
  g_assert_false (xitu_import_store_remove (store, id2, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, no_such);
  g_clear_error (&error);
  g_assert_false (xitu_import_store_remove (store, "../escape", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 1);

  remove_tree (dir);
}

/* A damaged file is reported and skipped; the rest still loads. */
static void
test_damaged (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(XituImportStore) store = xitu_import_store_new (dir);
  g_autoptr(XituImportResult) usgs = import_fixture ("usgs-wide-quirks.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *broken = g_build_filename (dir, "usgs-long-000000000000.json", NULL);
  g_autofree char *wrong = g_build_filename (dir, "comtrade-111111111111.json", NULL);
  g_autofree char *temp = g_build_filename (dir, ".usgs-long-1.json.ABC123", NULL);
  g_autofree char *badname = g_build_filename (dir, "My Import.json", NULL);
  GPtrArray *problems;
  GError *problem;

  id = xitu_import_store_add (store, usgs, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"xitu-dataset\", \"vers", -1, NULL));
  g_assert_true (g_file_set_contents (wrong, "{ \"format\": \"xitu-dataset\", \"version\": 1, "
                                             "\"figures\": [ { \"country\": \"CHN\" } ] }", -1,
                                      NULL));
  g_assert_true (g_file_set_contents (temp, "half a file", -1, NULL));
  g_assert_true (g_file_set_contents (badname, "{}", -1, NULL));

  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 1);
  g_assert_cmpstr (xitu_import_store_get_import (store, 0)->id, ==, id);

  /* Three problems (the temporary file of an interrupted write is not
   * one), in file-name order, each naming its file. */
  problems = xitu_import_store_get_problems (store);
  g_assert_cmpuint (problems->len, ==, 3);
  problem = g_ptr_array_index (problems, 0);
  g_assert_true (g_str_has_suffix (problem->message, "My Import.json: not an import file name "
                                                     "(expected ID.json with a lower-case id); "
                                                     "skipped"));
  problem = g_ptr_array_index (problems, 1);
  g_assert_error (problem, XITU_DATASET_ERROR, XITU_DATASET_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (problem->message, "comtrade-111111111111.json: figures[0].country: "
                                              "unknown country “CHN” (not in countries)"));
  g_assert_true (g_str_has_suffix (problem->message, "; this stored import is damaged and was "
                                                     "skipped (remove it or import the file "
                                                     "again)"));
  problem = g_ptr_array_index (problems, 2);
  g_assert_error (problem, XITU_DATASET_ERROR, XITU_DATASET_ERROR_NOT_JSON);
  g_assert_nonnull (strstr (problem->message, "usgs-long-000000000000.json:"));
  g_assert_nonnull (strstr (problem->message, "not valid JSON"));

  remove_tree (dir);
}

/* With no directory given, the store lives in the user data dir (here a
 * temporary one, see main()). */
static void
test_default_dir (void)
{
  g_autoptr(XituImportStore) store = xitu_import_store_new (NULL);
  g_autoptr(XituImportResult) result = import_fixture ("usgs-wide-quirks.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "xitu", "imports", NULL);
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpstr (xitu_import_store_get_dir (store), ==, expected);
  id = xitu_import_store_add (store, result, &error);
  g_assert_no_error (error);
  path = g_strconcat (expected, G_DIR_SEPARATOR_S, id, ".json", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A store directory that cannot be created is an error, not a crash. */
static void
test_unwritable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *file = g_build_filename (dir, "not-a-dir", NULL);
  g_autofree char *inside = g_build_filename (file, "imports", NULL);
  g_autoptr(XituImportStore) store = xitu_import_store_new (inside);
  g_autoptr(XituImportResult) result = import_fixture ("usgs-wide-quirks.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  id = xitu_import_store_add (store, result, &error);
  g_assert_null (id);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Cannot create "));
  g_clear_error (&error);
  g_assert_false (xitu_import_store_reload (store, &error));
  g_assert_true (g_str_has_prefix (error->message, "Cannot list the imports in "));

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = make_temp_dir ();
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks the paths it sets. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-store/numbers", test_numbers);
  g_test_add_func ("/import-store/strings", test_strings);
  g_test_add_func ("/import-store/round-trip", test_round_trip);
  g_test_add_func ("/import-store/written-form", test_written_form);
  g_test_add_func ("/import-store/store", test_store);
  g_test_add_func ("/import-store/damaged", test_damaged);
  g_test_add_func ("/import-store/default-dir", test_default_dir);
  g_test_add_func ("/import-store/unwritable", test_unwritable);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
