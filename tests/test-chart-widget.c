/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget and the views in a real (Xvfb) window: pointer, keys and
 * clicks go through the widget's own controllers; the picture is taken from
 * the widget's own snapshot. */
#include <adwaita.h>
#include <string.h>

#include "xitu-chain-view.h"
#include "xitu-chart-widget.h"
#include "xitu-dependence-view.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

typedef struct
{
  char *code;
  char *stage;
  guint count;
} Activation;

static void
on_activated (GtkWidget  *widget,
              const char *code,
              const char *stage,
              Activation *a)
{
  g_free (a->code);
  g_free (a->stage);
  a->code = g_strdup (code);
  a->stage = g_strdup (stage);
  a->count++;
}

static const XituHitRegion *
region (XituChartWidget *chart,
        const char      *country,
        const char      *stage,
        int             *index)
{
  XituChartResult *result = xitu_chart_widget_get_result (chart);
  int i = xitu_chart_result_find (result, country, stage);

  g_assert_cmpint (i, >=, 0);
  if (index != NULL)
    *index = i;
  return g_ptr_array_index (result->regions, i);
}

static void
test_pointer_and_keys (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  GtkWidget *widget = xitu_chart_widget_new (XITU_CHART_CHAIN);
  XituChartWidget *chart = XITU_CHART_WIDGET (widget);
  GtkWidget *window;
  const XituHitRegion *china;
  Activation act = { 0 };
  int china_index, index;
  gboolean handled = FALSE;
  double cx, cy;

  xitu_chart_widget_set_year (chart, 2025);
  xitu_chart_widget_set_dataset (chart, ds);
  g_signal_connect (widget, "country-activated", G_CALLBACK (on_activated), &act);
  window = xitu_test_show_in_window (widget, 960, 600);

  china = region (chart, "CHN", "mining", &china_index);
  cx = china->rect.x + china->rect.width / 2;
  cy = china->rect.y + china->rect.height / 2;

  /* Hover: the region under the pointer. */
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_MOTION), "motion", cx, cy);
  g_assert_cmpint (xitu_chart_widget_get_hover (chart), ==, china_index);
  g_assert_true (strstr (china->tooltip, "69.2 %") != NULL);
  g_assert_true (strstr (china->tooltip, "MCS 2026") != NULL);
  g_assert_true (strstr (china->tooltip, "2025") != NULL);
  g_assert_true (strstr (china->tooltip, "USGS") != NULL);
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_MOTION), "leave");
  g_assert_cmpint (xitu_chart_widget_get_hover (chart), ==, -1);

  /* The picture on screen: China's colour at the centre of its segment. */
  {
    cairo_surface_t *shot = xitu_test_snapshot_widget (widget);
    XituRgba c;

    /* The snapshot drew anew: its regions replace the earlier ones. */
    china = region (chart, "CHN", "mining", &china_index);
    cx = china->rect.x + china->rect.width / 2;
    cy = china->rect.y + china->rect.height / 2;
    c = xitu_test_pixel (shot, (int) china->rect.x + 4, (int) cy);
    xitu_test_save (shot, "widget-chain");
    g_assert_true (xitu_rgba_near (c, xitu_palette_get (XITU_THEME_LIGHT)->china, 2));
    cairo_surface_destroy (shot);
  }

  /* Click: ::country-activated with the country and the stage. */
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_GESTURE_CLICK), "released", 1, cx, cy);
  g_assert_cmpuint (act.count, ==, 1);
  g_assert_cmpstr (act.code, ==, "CHN");
  g_assert_cmpstr (act.stage, ==, "mining");
  g_assert_cmpint (xitu_chart_widget_get_focus_index (chart), ==, china_index);

  /* Arrows: right to the next stage, up to the next segment of the bar. */
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Right, 0, 0, &handled);
  g_assert_true (handled);
  region (chart, "CHN", "separation", &index);
  g_assert_cmpint (xitu_chart_widget_get_focus_index (chart), ==, index);
  xitu_test_assert_accessible (widget, GTK_ACCESSIBLE_PROPERTY_LABEL,
                               "Who holds each stage of the rare-earth chain, 2025 — China, Separation & refining 2024: 91 %");
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Up, 0, 0, &handled);
  g_assert_cmpint (xitu_chart_widget_get_focus_index (chart), ==, index + 1);
  g_assert_cmpint (((XituHitRegion *) g_ptr_array_index (xitu_chart_widget_get_result (chart)->regions, index + 1))->kind,
                   ==, XITU_HIT_NO_DATA);
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Down, 0, 0, &handled);
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Left, 0, 0, &handled);
  g_assert_cmpint (xitu_chart_widget_get_focus_index (chart), ==, china_index);
  /* Enter activates the focused segment. */
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Return, 0, 0, &handled);
  g_assert_cmpuint (act.count, ==, 2);
  g_assert_cmpstr (act.code, ==, "CHN");
  /* Right from the last stage stays there; Home and End jump. */
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_End, 0, 0, &handled);
  g_signal_emit_by_name (xitu_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         GDK_KEY_Right, 0, 0, &handled);
  g_assert_cmpint (xitu_chart_widget_get_focus_index (chart), ==,
                   (int) xitu_chart_widget_get_result (chart)->regions->len - 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (act.code);
  g_free (act.stage);
}

static void
test_accessible_summary (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  GtkWidget *widget = g_object_ref_sink (xitu_chart_widget_new (XITU_CHART_CHAIN));
  XituChartWidget *chart = XITU_CHART_WIDGET (widget);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_IMG);
  xitu_chart_widget_set_dataset (chart, ds);
  xitu_chart_widget_set_year (chart, 2025);
  /* Known before the widget is ever drawn. */
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "Separation & refining 2024: China 91 %") != NULL);
  xitu_test_assert_accessible (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                               xitu_chart_widget_get_summary (chart));
  /* And follows the year. */
  xitu_chart_widget_set_year (chart, 2023);
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "Mining 2023: China") != NULL);
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "Separation & refining 2023: China 92 %") != NULL);
  xitu_test_assert_accessible (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                               xitu_chart_widget_get_summary (chart));
  xitu_chart_widget_set_lang (chart, XITU_LANG_ZH);
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "中国") != NULL);
  g_object_unref (widget);
}

/* A button of the view, found by its label as a person would. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_chain_view (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  GtkWidget *view = xitu_chain_view_new ();
  GtkWidget *window;
  XituChartWidget *chart = xitu_chain_view_get_chart (XITU_CHAIN_VIEW (view));
  GtkDropDown *years = NULL, *editions = NULL;
  Activation act = { 0 };

  xitu_chain_view_set_dataset (XITU_CHAIN_VIEW (view), ds);
  g_signal_connect (view, "country-activated", G_CALLBACK (on_activated), &act);
  window = xitu_test_show_in_window (view, 1000, 700);

  /* The dropdowns, found as a person would: by their accessible role. */
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (view)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_DROP_DOWN (w))
      {
        if (years == NULL)
          years = GTK_DROP_DOWN (w);
        else
          editions = GTK_DROP_DOWN (w);
      }
  g_assert_nonnull (years);
  g_assert_nonnull (editions);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (years)), 0), ==, "Latest (2025)");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (years)), 1), ==, "2025");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (editions)), 0), ==, "Newest");

  /* Choosing 2023 redraws the chart for 2023. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (years)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (years)), i), "2023") == 0)
      gtk_drop_down_set_selected (years, i);
  g_assert_cmpint (xitu_chart_widget_get_year (chart), ==, 2023);
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "Mining 2023") != NULL);

  /* Choosing an edition applies it. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (editions)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (editions)), i), "MCS 2025") == 0)
      gtk_drop_down_set_selected (editions, i);
  g_assert_cmpstr (xitu_chart_widget_get_edition (chart), ==, "MCS 2025");

  /* A click in the chart comes out of the view. */
  xitu_test_wait_for (xitu_test_is_allocated, chart);
  {
    const XituHitRegion *china = region (chart, "CHN", "mining", NULL);
    g_signal_emit_by_name (xitu_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_CLICK), "released", 1,
                           china->rect.x + 3, china->rect.y + 3);
  }
  g_assert_cmpstr (act.code, ==, "CHN");

  {
    cairo_surface_t *shot;
    gtk_drop_down_set_selected (years, 0);
    gtk_drop_down_set_selected (editions, 0);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    shot = xitu_test_snapshot_widget (window);
    xitu_test_save (shot, "widget-chain-view");
    cairo_surface_destroy (shot);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_free (act.code);
  g_free (act.stage);
}

/* The Preferences' default edition: applied when the chart has it, kept
 * across a new dataset, the newest otherwise; the person can still choose. */
static void
test_chain_view_default_edition (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  g_autoptr (XituDataset) again = xitu_test_dataset_new ();
  GtkWidget *view = g_object_ref_sink (xitu_chain_view_new ());
  XituChainView *chain = XITU_CHAIN_VIEW (view);
  XituChartWidget *chart = xitu_chain_view_get_chart (chain);
  g_autofree char *newest_summary = NULL;

  xitu_chain_view_set_dataset (chain, ds);
  g_assert_null (xitu_chart_widget_get_edition (chart));
  newest_summary = g_strdup (xitu_chart_widget_get_summary (chart));

  xitu_chain_view_set_edition (chain, "MCS 2025");
  g_assert_cmpstr (xitu_chart_widget_get_edition (chart), ==, "MCS 2025");
  g_assert_cmpstr (xitu_chart_widget_get_summary (chart), !=, newest_summary);

  xitu_chain_view_set_dataset (chain, again);
  g_assert_cmpstr (xitu_chart_widget_get_edition (chart), ==, "MCS 2025");

  xitu_chain_view_set_edition (chain, "No Such Edition 1999");
  g_assert_null (xitu_chart_widget_get_edition (chart));
  g_assert_cmpstr (xitu_chart_widget_get_summary (chart), ==, newest_summary);

  xitu_chain_view_set_edition (chain, "");
  g_assert_null (xitu_chart_widget_get_edition (chart));
  g_object_unref (view);
}

static void
test_dependence_view (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_new ();
  GtkWidget *view = xitu_dependence_view_new ();
  GtkWidget *window;
  XituChartWidget *chart = xitu_dependence_view_get_chart (XITU_DEPENDENCE_VIEW (view));

  xitu_dependence_view_set_dataset (XITU_DEPENDENCE_VIEW (view), ds);
  window = xitu_test_show_in_window (view, 1000, 700);
  g_assert_cmpint (xitu_chart_widget_get_kind (chart), ==, XITU_CHART_DEPENDENCE);
  g_assert_true (strstr (xitu_chart_widget_get_summary (chart), "United States") != NULL);
  xitu_dependence_view_set_year (XITU_DEPENDENCE_VIEW (view), 2023);
  g_assert_cmpint (xitu_chart_widget_get_year (chart), ==, 2023);

  /* Looked through: the other chart of the same figures, same year. */
  {
    GtkToggleButton *look = GTK_TOGGLE_BUTTON (find_button (view, "_Looked Through"));
    GtkToggleButton *stated = GTK_TOGGLE_BUTTON (find_button (view, "As _Stated"));

    g_assert_true (gtk_toggle_button_get_active (stated));
    gtk_toggle_button_set_active (look, TRUE);
    g_assert_false (gtk_toggle_button_get_active (stated));
    g_assert_cmpint (xitu_chart_widget_get_kind (chart), ==, XITU_CHART_LOOK_THROUGH);
    g_assert_nonnull (strstr (xitu_chart_widget_get_summary (chart), "looked through its other suppliers"));
    gtk_toggle_button_set_active (stated, TRUE);
    g_assert_cmpint (xitu_chart_widget_get_kind (chart), ==, XITU_CHART_DEPENDENCE);
  }
  {
    cairo_surface_t *shot = xitu_test_snapshot_widget (window);
    xitu_test_save (shot, "widget-dependence-view");
    cairo_surface_destroy (shot);
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
  g_test_add_func ("/chart-widget/pointer-and-keys", test_pointer_and_keys);
  g_test_add_func ("/chart-widget/accessible-summary", test_accessible_summary);
  g_test_add_func ("/chart-widget/chain-view", test_chain_view);
  g_test_add_func ("/chart-widget/chain-view-default-edition", test_chain_view_default_edition);
  g_test_add_func ("/chart-widget/dependence-view", test_dependence_view);
  return g_test_run ();
}
