/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Scenarios and Timeline views in a real (Xvfb) window: the controls
 * are moved as a person moves them, and the charts' accessible descriptions
 * follow; a bad scenario file leaves the current scenario as it was. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "analysis-fixture.h"
#include "xitu-exportable.h"
#include "xitu-scenario-file.h"
#include "xitu-scenarios-view.h"
#include "xitu-test-util.h"
#include "xitu-timeline-view.h"

/* A widget by its name, as the template gives it. */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, haystack);
}

static GtkWidget *
new_view (XituDataset *ds,
          GtkWidget  **window)
{
  GtkWidget *view = xitu_scenarios_view_new ();

  xitu_scenarios_view_set_dataset (XITU_SCENARIOS_VIEW (view), ds);
  *window = xitu_test_show_in_window (view, 1400, 900);
  return view;
}

/* Moving the cut slider changes the chart and its accessible description,
 * at once: no debounce. */
static void
test_cut_changes_description (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  GtkWidget *window;
  GtkWidget *view = new_view (ds, &window);
  XituChartWidget *chart = xitu_scenarios_view_get_disruption_chart (XITU_SCENARIOS_VIEW (view));
  GtkWidget *cut = find_named (view, "cut-scale");
  g_autofree char *before = NULL;

  g_assert_nonnull (cut);
  g_assert_true (GTK_IS_SCALE (cut));
  before = g_strdup (xitu_chart_widget_get_summary (chart));
  assert_contains (before, "by 50\u00a0% for 6 months");
  assert_contains (before, "United States: Separation & refining shortfall 35.5 %");
  xitu_test_assert_accessible (GTK_WIDGET (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                               before);

  gtk_range_set_value (GTK_RANGE (cut), 80);
  g_assert_cmpstr (xitu_chart_widget_get_summary (chart), !=, before);
  assert_contains (xitu_chart_widget_get_summary (chart), "by 80\u00a0% for 6 months");
  assert_contains (xitu_chart_widget_get_summary (chart), "United States: Separation & refining shortfall 56.8 %");
  xitu_test_assert_accessible (GTK_WIDGET (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                               xitu_chart_widget_get_summary (chart));
  {
    XituDisruptionParams p;
    xitu_scenario_get_disruption (xitu_scenarios_view_get_scenario (XITU_SCENARIOS_VIEW (view)), ds, &p);
    g_assert_cmpfloat (p.cut, ==, 80);
  }

  /* Another supplier: the chart is about it. */
  {
    AdwComboRow *suppliers = ADW_COMBO_ROW (find_named (view, "supplier-row"));
    GListModel *names = adw_combo_row_get_model (suppliers);
    guint australia = GTK_INVALID_LIST_POSITION;

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "China");
    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Australia") == 0)
        australia = i;
    g_assert_cmpuint (australia, !=, GTK_INVALID_LIST_POSITION);
    adw_combo_row_set_selected (suppliers, australia);
    assert_contains (xitu_chart_widget_get_summary (chart), "If Australia cuts its exports");
    adw_combo_row_set_selected (suppliers, 0);
    assert_contains (xitu_chart_widget_get_summary (chart), "If China cuts its exports");
  }

  /* The stock spin button: months until the stock runs out. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (view, "stock-spin")), 3);
  assert_contains (xitu_chart_widget_get_summary (chart), "stock: 5.3 months");

  {
    cairo_surface_t *shot = xitu_test_snapshot_widget (window);
    xitu_test_save (shot, "widget-scenarios-view");
    cairo_surface_destroy (shot);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A preset sets the inputs of its measure; the controls follow. */
static void
test_preset (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  GtkWidget *window;
  GtkWidget *view = new_view (ds, &window);
  XituChartWidget *chart = xitu_scenarios_view_get_disruption_chart (XITU_SCENARIOS_VIEW (view));
  AdwComboRow *presets = ADW_COMBO_ROW (find_named (view, "preset-row"));
  GtkStringList *model = GTK_STRING_LIST (adw_combo_row_get_model (presets));

  g_assert_cmpstr (gtk_string_list_get_string (model, 3), ==, "Full embargo on separated rare earths (hypothetical)");
  adw_combo_row_set_selected (presets, 3);
  g_assert_cmpstr (xitu_scenario_get_preset (xitu_scenarios_view_get_scenario (XITU_SCENARIOS_VIEW (view))), ==,
                   "separation-embargo");
  assert_contains (xitu_chart_widget_get_summary (chart), "United States: Separation & refining shortfall 71 %");
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (find_named (view, "cut-scale"))), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (find_named (view, "duration-spin"))), ==, 12);

  /* The April controls cut three stages and name seven elements. */
  adw_combo_row_set_selected (presets, 1);
  assert_contains (xitu_chart_widget_get_summary (chart), "Separation & refining, Metal & alloy and NdFeB magnets");
  assert_contains (xitu_chart_widget_get_summary (chart), "United States: Separation & refining shortfall 100 %");

  /* The build-out chart names the bottleneck, and follows the timeline. */
  assert_contains (xitu_chart_widget_get_summary (xitu_scenarios_view_get_buildout_chart (XITU_SCENARIOS_VIEW (view))),
                   "bottleneck: Mining");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (view, "timeline-row")), XITU_TIMELINE_SLIPPAGE);
  {
    XituBuildoutParams b;
    xitu_scenario_get_buildout (xitu_scenarios_view_get_scenario (XITU_SCENARIOS_VIEW (view)), ds, &b);
    g_assert_cmpint (b.timeline, ==, XITU_TIMELINE_SLIPPAGE);
  }
  {
    g_autofree char *name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));
    g_assert_cmpstr (name, ==, "scenario-mofcom-gac-2025-18");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Open… of a bad file: the loader's message, in a dialog, and the current
 * scenario as it was. A good file replaces it and the controls follow. */
static void
test_open_bad_file (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  GtkWidget *window;
  GtkWidget *view = new_view (ds, &window);
  XituScenariosView *sv = XITU_SCENARIOS_VIEW (view);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "scenario", "bad", "cut-over-100.json", NULL);
  g_autofree char *good_path = g_test_build_filename (G_TEST_DIST, "data", "scenario", "good", "full.json", NULL);
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (GFile) good = g_file_new_for_path (good_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (XituScenario) before = NULL;
  XituScenario *current;
  g_autofree char *summary = NULL;
  AdwMessageDialog *dialog;

  gtk_range_set_value (GTK_RANGE (find_named (view, "cut-scale")), 30);
  current = xitu_scenarios_view_get_scenario (sv);
  before = xitu_scenario_copy (current);
  summary = g_strdup (xitu_chart_widget_get_summary (xitu_scenarios_view_get_disruption_chart (sv)));

  g_assert_false (xitu_scenarios_view_open_file (sv, bad, &error));
  g_assert_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_OUT_OF_RANGE);
  /* The loader's own message, which names the file and the JSON path. */
  g_assert_true (g_str_has_suffix (error->message, "cut-over-100.json: disruption.cut: 120 is outside 0–100 %"));
  g_assert_true (xitu_scenarios_view_get_scenario (sv) == current);
  g_assert_true (xitu_scenario_equal (current, before));
  g_assert_cmpstr (xitu_chart_widget_get_summary (xitu_scenarios_view_get_disruption_chart (sv)), ==, summary);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (find_named (view, "cut-scale"))), ==, 30);

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Scenario");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (xitu_scenarios_view_open_file (sv, good, NULL));
  g_assert_false (xitu_scenarios_view_get_scenario (sv) == current);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (find_named (view, "cut-scale"))), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (find_named (view, "stock-spin"))), ==, 3);
  assert_contains (xitu_chart_widget_get_summary (xitu_scenarios_view_get_disruption_chart (sv)),
                   "for 6 months");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save… then Open… gives the same scenario back. */
static void
test_save_and_open (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  GtkWidget *window;
  GtkWidget *view = new_view (ds, &window);
  XituScenariosView *sv = XITU_SCENARIOS_VIEW (view);
  g_autofree char *dir = xitu_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (XituScenario) saved = NULL;

  gtk_range_set_value (GTK_RANGE (find_named (view, "recycling-scale")), 12);
  /* The intensity factors are under "Assumptions". */
  gtk_expander_set_expanded (GTK_EXPANDER (find_named (view, "assumptions-expander")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (view, "ndpr-spin")), 0.25);
  g_assert_cmpfloat (xitu_scenario_get_intensity (xitu_scenarios_view_get_scenario (sv))->ndpr_share, ==, 0.25);
  g_assert_true (xitu_scenarios_view_save_file (sv, file, NULL));
  saved = xitu_scenario_copy (xitu_scenarios_view_get_scenario (sv));

  gtk_range_set_value (GTK_RANGE (find_named (view, "recycling-scale")), 40);
  g_assert_true (xitu_scenarios_view_open_file (sv, file, NULL));
  g_assert_true (xitu_scenario_equal (xitu_scenarios_view_get_scenario (sv), saved));
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (find_named (view, "recycling-scale"))), ==, 12);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (find_named (view, "ndpr-spin"))), ==, 0.25);

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_string (GtkWidget   *widget,
           const char  *value,
           char       **out)
{
  g_free (*out);
  *out = g_strdup (value);
}

/* A click on an event opens its source; on a country's name, the country. */
static void
test_timeline_view (void)
{
  g_autoptr (XituDataset) ds = fixture_load_real ();
  GtkWidget *view = xitu_timeline_view_new ();
  XituChartWidget *chart = xitu_timeline_view_get_chart (XITU_TIMELINE_VIEW (view));
  g_autofree char *source = NULL;
  g_autofree char *country = NULL;
  const XituHitRegion *no18 = NULL, *china = NULL;
  XituChartResult *result;
  GtkWidget *window;

  xitu_timeline_view_set_dataset (XITU_TIMELINE_VIEW (view), ds);
  g_signal_connect (view, "source-activated", G_CALLBACK (on_string), &source);
  g_signal_connect (view, "country-activated", G_CALLBACK (on_string), &country);
  window = xitu_test_show_in_window (view, 1200, 800);
  xitu_test_wait_for (xitu_test_is_allocated, chart);
  /* At its natural size, scrolled when the window is smaller. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 700);
  assert_contains (xitu_chart_widget_get_summary (chart), "No. 18");

  result = xitu_chart_widget_get_result (chart);
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (g_strcmp0 (r->id, "cn-mofcom-gac-2025-18") == 0)
        no18 = r;
      if (r->kind == XITU_HIT_COUNTRY && g_strcmp0 (r->country, "CHN") == 0)
        china = r;
    }
  g_assert_nonnull (no18);
  g_assert_nonnull (china);
  g_signal_emit_by_name (xitu_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_CLICK), "released", 1,
                         no18->rect.x + 6, no18->rect.y + no18->rect.height / 2);
  g_assert_cmpstr (source, ==, "mofcom-gac-2025-18");
  g_assert_null (country);
  result = xitu_chart_widget_get_result (chart);
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *r = g_ptr_array_index (result->regions, i);
      if (r->kind == XITU_HIT_COUNTRY && g_strcmp0 (r->country, "CHN") == 0)
        china = r;
    }
  g_signal_emit_by_name (xitu_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_CLICK), "released", 1,
                         china->rect.x + 3, china->rect.y + china->rect.height / 2);
  g_assert_cmpstr (country, ==, "CHN");

  /* Export… draws the timeline. */
  {
    XituExportOptions options = { XITU_LANG_ZH, XITU_NUMBERS_PLAIN };
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) pdf = xitu_exportable_export_bytes (XITU_EXPORTABLE (view), XITU_EXPORT_PDF, 1200, 800, 1,
                                                           &options, &error);
    g_autofree char *csv = xitu_exportable_get_csv (XITU_EXPORTABLE (view), &options);
    g_autofree char *name = xitu_exportable_get_suggested_name (XITU_EXPORTABLE (view));

    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
    assert_contains (csv, "timeline,event,cn-mofcom-gac-2025-18,CHN,export-control,in-force,2025-04-04,");
    g_assert_cmpstr (name, ==, "timeline");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  g_test_add_func ("/scenarios-view/cut-changes-description", test_cut_changes_description);
  g_test_add_func ("/scenarios-view/preset", test_preset);
  g_test_add_func ("/scenarios-view/open-bad-file", test_open_bad_file);
  g_test_add_func ("/scenarios-view/save-and-open", test_save_and_open);
  g_test_add_func ("/timeline-view/click-and-export", test_timeline_view);
  return g_test_run ();
}
