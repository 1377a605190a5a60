/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export… behind the dialog: what the Chain and Map views draw and write
 * (XituExportable), the dialog's choices (size presets, scale, format,
 * language), and that a failed export leaves the old file as it was. The
 * file chooser itself is the toolkit's. Needs a display (runs under
 * xvfb-run). */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "xitu-chain-view.h"
#include "xitu-export-dialog.h"
#include "xitu-map-view.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

static XituDataset *dataset;
static char *tmpdir;

static XituWorld *
load_world (const char *scale)
{
  g_autofree char *name = g_strdup_printf ("countries-%s.json", scale);
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  XituWorld *world = xitu_world_new_from_file (file, &error);

  g_assert_no_error (error);
  return world;
}

static XituMapNames *
load_names (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "dataset", "country-names.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  XituMapNames *names = xitu_map_names_new_from_file (file, &error);

  g_assert_no_error (error);
  return names;
}

static GtkWidget *
chain_view (void)
{
  GtkWidget *view = g_object_ref_sink (xitu_chain_view_new ());

  xitu_chain_view_set_dataset (XITU_CHAIN_VIEW (view), dataset);
  return view;
}

static GtkWidget *
map_view (void)
{
  GtkWidget *view = g_object_ref_sink (xitu_map_view_new ());
  g_autoptr (XituWorld) world = load_world ("110m");
  g_autoptr (XituWorld) detail = load_world ("50m");
  g_autoptr (XituMapNames) names = load_names ();

  xitu_map_view_set_data (XITU_MAP_VIEW (view), dataset, world, detail, names);
  return view;
}

static void
png_size (const char *path,
          int        *width,
          int        *height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  cairo_surface_destroy (surface);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_chain_export (void)
{
  g_autoptr (GtkWidget) view = NULL;
  g_autofree char *name = NULL;
  g_autofree char *png = g_build_filename (tmpdir, "chain.png", NULL);
  g_autofree char *csv_path = g_build_filename (tmpdir, "chain.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr (GError) error = NULL;
  XituExportOptions options = { XITU_LANG_ZH, XITU_NUMBERS_PLAIN };
  int w, h;

  if (dataset == NULL)
    return;
  view = chain_view ();
  g_assert_true (XITU_IS_EXPORTABLE (view));
  g_assert_true (xitu_exportable_find (view) == XITU_EXPORTABLE (view));
  name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));
  g_assert_cmpstr (name, ==, "chain-2025");

  g_assert_true (xitu_exportable_export (XITU_EXPORTABLE (view), XITU_EXPORT_PNG, 1200, 800, 2, &options,
                                         png_file, &error));
  g_assert_no_error (error);
  png_size (png, &w, &h);
  g_assert_cmpint (w, ==, 2400);
  g_assert_cmpint (h, ==, 1600);

  g_assert_true (xitu_exportable_export (XITU_EXPORTABLE (view), XITU_EXPORT_CSV, 1200, 800, 1, &options,
                                         csv_file, &error));
  csv = read_text (csv_path);
  g_assert_true (g_str_has_prefix (csv, "chart,item,country"));
  g_assert_nonnull (strstr (csv, "CHN"));
  g_unlink (png);
  g_unlink (csv_path);
}

static void
test_map_view (void)
{
  g_autoptr (GtkWidget) view = NULL;
  g_autofree char *name = NULL;
  g_autofree char *csv = NULL;
  g_autoptr (GBytes) svg = NULL;
  g_autoptr (GError) error = NULL;
  XituExportOptions options = { XITU_LANG_ZH, XITU_NUMBERS_PLAIN };
  g_autofree char *metric = NULL;

  if (dataset == NULL)
    return;
  view = map_view ();
  g_assert_true (XITU_IS_EXPORTABLE (view));
  name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));
  g_assert_cmpstr (name, ==, "map-separation-share-2024");
  g_assert_cmpstr (xitu_map_view_get_metric (XITU_MAP_VIEW (view)), ==, "separation-share");

  /* The search: either language selects the country and says its value. */
  g_assert_true (xitu_map_view_find_country (XITU_MAP_VIEW (view), "中国"));
  g_assert_cmpuint (xitu_map_widget_get_selected (xitu_map_view_get_map (XITU_MAP_VIEW (view))), ==, 156);
  g_assert_cmpstr (xitu_map_view_get_status (XITU_MAP_VIEW (view)), ==, "Selected: China · 91 %");
  g_assert_true (xitu_map_view_find_country (XITU_MAP_VIEW (view), "united states"));
  g_assert_cmpuint (xitu_map_widget_get_selected (xitu_map_view_get_map (XITU_MAP_VIEW (view))), ==, 840);
  g_assert_cmpstr (xitu_map_view_get_status (XITU_MAP_VIEW (view)), ==, "Selected: United States · No sourced figure (2024)");
  g_assert_false (xitu_map_view_find_country (XITU_MAP_VIEW (view), "Atlantis"));

  /* The metric and classing are properties the settings bind to. */
  g_object_set (view, "metric", "production", "classing", "log", NULL);
  g_object_get (view, "metric", &metric, NULL);
  g_assert_cmpstr (metric, ==, "production");
  g_assert_cmpstr (xitu_map_view_get_classing (XITU_MAP_VIEW (view)), ==, "log");
  g_clear_pointer (&name, g_free);
  name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));
  g_assert_cmpstr (name, ==, "map-production-2025");
  xitu_map_view_set_year (XITU_MAP_VIEW (view), 2023);
  g_assert_cmpint (xitu_map_view_get_year (XITU_MAP_VIEW (view)), ==, 2023);
  g_clear_pointer (&name, g_free);
  name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));
  g_assert_cmpstr (name, ==, "map-production-2023");

  /* The export draws in the language asked for, whatever the screen's. */
  svg = xitu_exportable_export_bytes (XITU_EXPORTABLE (view), XITU_EXPORT_SVG, 960, 600, 1, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "稀土矿山产量，2023年"));
  csv = xitu_exportable_get_csv (XITU_EXPORTABLE (view), &options);
  g_assert_true (g_str_has_prefix (csv, "map_metric,numeric,country"));
  g_assert_nonnull (strstr (csv, "production,156,CHN,China,中国,255000,"));

  /* The Preferences' default edition, where the metric has it: 2024's
   * production as MCS 2025 estimated it, not as MCS 2026 revised it. */
  xitu_map_view_set_year (XITU_MAP_VIEW (view), 2024);
  g_clear_pointer (&csv, g_free);
  csv = xitu_exportable_get_csv (XITU_EXPORTABLE (view), &options);
  g_assert_nonnull (strstr (csv, "MCS 2026"));
  g_assert_null (strstr (csv, "MCS 2025"));
  xitu_map_view_set_default_edition (XITU_MAP_VIEW (view), "MCS 2025");
  g_clear_pointer (&csv, g_free);
  csv = xitu_exportable_get_csv (XITU_EXPORTABLE (view), &options);
  g_assert_nonnull (strstr (csv, "MCS 2025"));
  g_assert_null (strstr (csv, "MCS 2026"));
  xitu_map_view_set_default_edition (XITU_MAP_VIEW (view), "No Such Edition");
  g_clear_pointer (&csv, g_free);
  csv = xitu_exportable_get_csv (XITU_EXPORTABLE (view), &options);
  g_assert_null (strstr (csv, "MCS 2025"));
  g_assert_nonnull (strstr (csv, "MCS 2026"));
}

static void
test_dialog_choices (void)
{
  g_autoptr (GtkWidget) view = NULL;
  XituExportDialog *dialog;
  g_autofree char *suggested = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "full-hd.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *message = NULL;
  double w, h;
  int pw, ph;

  if (dataset == NULL)
    return;
  view = chain_view ();
  dialog = xitu_export_dialog_new (NULL, XITU_EXPORTABLE (view), XITU_LANG_ZH, NULL);
  g_assert_cmpint (xitu_export_dialog_get_lang (dialog), ==, XITU_LANG_ZH);

  /* The presets, and a custom size. */
  xitu_export_dialog_set_size (dialog, XITU_EXPORT_SIZE_A4_LANDSCAPE, 0, 0);
  xitu_export_dialog_get_size (dialog, &w, &h);
  g_assert_cmpfloat_with_epsilon (w * 0.75, 842, 0.5);
  g_assert_cmpfloat_with_epsilon (h * 0.75, 595, 0.5);
  xitu_export_dialog_set_size (dialog, XITU_EXPORT_SIZE_CUSTOM, 640, 480);
  xitu_export_dialog_get_size (dialog, &w, &h);
  g_assert_cmpfloat (w, ==, 640);
  g_assert_cmpfloat (h, ==, 480);
  xitu_export_dialog_set_scale (dialog, XITU_EXPORT_RESOLUTION_300_DPI);
  g_assert_cmpfloat (xitu_export_dialog_get_scale (dialog), ==, 300.0 / 96.0);

  xitu_export_dialog_set_format (dialog, XITU_EXPORT_PDF);
  suggested = xitu_export_dialog_get_suggested_name (dialog);
  g_assert_cmpstr (suggested, ==, "chain-2025.pdf");

  /* Full HD at 2×: the PNG has four times the pixels. */
  xitu_export_dialog_set_format (dialog, XITU_EXPORT_PNG);
  xitu_export_dialog_set_size (dialog, XITU_EXPORT_SIZE_1920_1080, 0, 0);
  xitu_export_dialog_set_scale (dialog, XITU_EXPORT_RESOLUTION_2X);
  g_assert_true (xitu_export_dialog_export_to (dialog, file, &message));
  g_assert_cmpstr (message, ==, "Exported to full-hd.png");
  png_size (path, &pw, &ph);
  g_assert_cmpint (pw, ==, 3840);
  g_assert_cmpint (ph, ==, 2160);
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A failure at any point leaves what was there: a folder in the way, a
 * folder that is not there, and a disk that fills up while writing. */
static void
test_failure_keeps_old_file (void)
{
  g_autoptr (GtkWidget) view = NULL;
  XituExportDialog *dialog;
  g_autofree char *path = g_build_filename (tmpdir, "report.png", NULL);
  g_autofree char *folder = g_build_filename (tmpdir, "a-folder.png", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "x.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autofree char *message = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *entry;
  struct rlimit limit = { 4096, 4096 };

  if (dataset == NULL)
    return;
  view = map_view ();
  dialog = xitu_export_dialog_new (NULL, XITU_EXPORTABLE (view), XITU_LANG_EN, NULL);
  xitu_export_dialog_set_format (dialog, XITU_EXPORT_PNG);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_false (xitu_export_dialog_export_to (dialog, folder_file, &message));
  g_assert_true (g_str_has_prefix (message, "Export failed: "));
  g_assert_nonnull (strstr (message, "not a regular file"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_pointer (&message, g_free);

  g_assert_false (xitu_export_dialog_export_to (dialog, missing_file, &message));
  g_assert_true (g_str_has_prefix (message, "Export failed: Could not write"));
  g_clear_pointer (&message, g_free);

  /* The disk fills up: files may grow to 4 KiB, the map needs far more. */
  g_assert_true (g_file_set_contents (path, "the report of last week", -1, NULL));
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (xitu_export_dialog_export_to (dialog, file, &message));
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "Export failed: Could not write"));
  after = read_text (path);
  g_assert_cmpstr (after, ==, "the report of last week");
  /* … and no temporary file is left behind. */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (entry, "report.png") || g_str_equal (entry, "a-folder.png"));
  g_unlink (path);
  g_rmdir (folder);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_failure_in_subprocess (void)
{
  if (g_test_subprocess ())
    {
      test_failure_keeps_old_file ();
      return;
    }
  /* The file size limit stays with the process: give it one of its own. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  dataset = xitu_test_dataset_load_bundled ();
  tmpdir = xitu_test_tmpdir ();
  g_test_add_func ("/export-dialog/chain-export", test_chain_export);
  g_test_add_func ("/export-dialog/map-view", test_map_view);
  g_test_add_func ("/export-dialog/choices", test_dialog_choices);
  g_test_add_func ("/export-dialog/failure-keeps-old-file", test_failure_in_subprocess);
  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_clear_object (&dataset);
  return status;
}
