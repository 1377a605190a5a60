/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <math.h>

#include "xitu-map-widget.h"

static const XituMapValue values[] = {
  { 156, 270000, TRUE },
  { 840, 51000, TRUE },
  { 36, 29000, TRUE },
};
static const double breaks[] = { 30000, 100000 };
static const XituMapPin pins[] = {
  { -115.53, 35.48, XITU_MAP_STAGE_MINING, XITU_MAP_STATUS_OPERATING, 45455, "Mountain Pass" },
};

typedef struct
{
  GtkWindow     *window;
  XituMapWidget *map;
  XituWorld     *world;
  guint          hovered;
  char          *hovered_name;
  guint          n_hovered;
  guint          activated;
  int            pin_hovered;
  int            pin_activated;
} Fixture;

static void
on_country_hovered (XituMapWidget *map,
                    guint          numeric,
                    const char    *name,
                    Fixture       *f)
{
  f->hovered = numeric;
  g_free (f->hovered_name);
  f->hovered_name = g_strdup (name);
  f->n_hovered++;
}

static void
on_country_activated (XituMapWidget *map,
                      guint          numeric,
                      const char    *name,
                      Fixture       *f)
{
  f->activated = numeric;
}

static void
on_pin_hovered (XituMapWidget *map,
                int            index,
                Fixture       *f)
{
  f->pin_hovered = index;
}

static void
on_pin_activated (XituMapWidget *map,
                  int            index,
                  Fixture       *f)
{
  f->pin_activated = index;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps",
                                            "countries-110m.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituMapOptions o = { 0 };
  gint64 deadline;

  f->world = xitu_world_new_from_file (file, &error);
  g_assert_no_error (error);

  o.world = f->world;
  o.values = values;
  o.n_values = G_N_ELEMENTS (values);
  o.breaks = breaks;
  o.n_breaks = G_N_ELEMENTS (breaks);
  o.title = "Mine production 2025";
  o.units = "t REO";
  o.no_data_label = "No data";
  o.disclaimer = "Boundaries: Natural Earth, de facto";
  o.pins = pins;
  o.n_pins = G_N_ELEMENTS (pins);

  f->map = XITU_MAP_WIDGET (xitu_map_widget_new ());
  xitu_map_widget_set_options (f->map, &o);
  f->pin_hovered = f->pin_activated = -1;
  g_signal_connect (f->map, "country-hovered", G_CALLBACK (on_country_hovered), f);
  g_signal_connect (f->map, "country-activated", G_CALLBACK (on_country_activated), f);
  g_signal_connect (f->map, "pin-hovered", G_CALLBACK (on_pin_hovered), f);
  g_signal_connect (f->map, "pin-activated", G_CALLBACK (on_pin_activated), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 600);
  gtk_window_set_child (f->window, GTK_WIDGET (f->map));
  gtk_window_present (f->window);

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (f->map)) < 500 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->map)), >=, 500);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->world);
  g_clear_pointer (&f->hovered_name, g_free);
}

static void
project (XituMapWidget *map,
         double         lon,
         double         lat,
         double        *x,
         double        *y)
{
  XituMapTransform t;

  xitu_map_hits_get_transform (xitu_map_widget_get_hits (map), &t);
  xitu_map_transform_project (&t, lon, lat, x, y);
}

static void
test_hover_and_activate (Fixture       *f,
                         gconstpointer  data)
{
  XituMapHits *hits = xitu_map_widget_get_hits (f->map);
  double x, y;

  g_assert_nonnull (hits);

  /* Beijing: hovered, then activated and selected. */
  project (f->map, 116.4, 39.9, &x, &y);
  xitu_map_widget_hover_at (f->map, x, y);
  g_assert_cmpuint (f->hovered, ==, 156);
  g_assert_cmpstr (f->hovered_name, ==, "China");
  g_assert_true (xitu_map_widget_activate_at (f->map, x, y));
  g_assert_cmpuint (f->activated, ==, 156);
  g_assert_cmpuint (xitu_map_widget_get_selected (f->map), ==, 156);

  /* Hover and selection do not redraw the base: same hits object. */
  g_assert_true (xitu_map_widget_get_hits (f->map) == hits);

  /* Kosovo has no code but a name. */
  project (f->map, 20.9, 42.6, &x, &y);
  xitu_map_widget_hover_at (f->map, x, y);
  g_assert_cmpuint (f->hovered, ==, 0);
  g_assert_cmpstr (f->hovered_name, ==, "Kosovo");

  /* The sea: leaving every country. */
  project (f->map, -150, -20, &x, &y);
  xitu_map_widget_hover_at (f->map, x, y);
  g_assert_null (f->hovered_name);
  g_assert_false (xitu_map_widget_activate_at (f->map, x, y));

  /* The pin sits over the United States and wins. */
  project (f->map, pins[0].lon, pins[0].lat, &x, &y);
  xitu_map_widget_hover_at (f->map, x, y);
  g_assert_cmpint (f->pin_hovered, ==, 0);
  g_assert_true (xitu_map_widget_activate_at (f->map, x, y));
  g_assert_cmpint (f->pin_activated, ==, 0);
  g_assert_cmpuint (f->activated, ==, 156);
}

/* Zooming about a point keeps that point under the pointer. */
static void
test_zoom_about_pointer (Fixture       *f,
                         gconstpointer  data)
{
  /* Held, so that a new hits object cannot take its address. */
  g_autoptr(XituMapHits) before = g_object_ref (xitu_map_widget_get_hits (f->map));
  double x, y, x2, y2;

  project (f->map, 100, 35, &x, &y);
  xitu_map_widget_zoom_at (f->map, 2, x, y);
  xitu_map_widget_zoom_at (f->map, 1.5, x, y);  /* twice before a redraw */
  g_assert_cmpfloat_with_epsilon (xitu_map_widget_get_zoom (f->map), 3, 1e-12);

  project (f->map, 100, 35, &x2, &y2);
  g_assert_true (xitu_map_widget_get_hits (f->map) != before);
  g_assert_cmpfloat_with_epsilon (x2, x, 1e-6);
  g_assert_cmpfloat_with_epsilon (y2, y, 1e-6);

  xitu_map_widget_zoom_at (f->map, 1000, x, y);
  g_assert_cmpfloat (xitu_map_widget_get_zoom (f->map), ==, XITU_MAP_WIDGET_MAX_ZOOM);

  xitu_map_widget_reset_view (f->map);
  g_assert_cmpfloat (xitu_map_widget_get_zoom (f->map), ==, 1);
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (f->map)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->map)));
}

/* Renders the window's widget to a PNG in the build directory, to look at. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->map));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "map-widget.png", NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (f->window));
  double x, y;

  project (f->map, 116.4, 39.9, &x, &y);
  xitu_map_widget_activate_at (f->map, x, y);
  project (f->map, 134, -25, &x, &y);
  xitu_map_widget_hover_at (f->map, x, y);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (f->map)),
                          gtk_widget_get_height (GTK_WIDGET (f->map)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/map-widget/no-display", test_no_display);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/map-widget/hover-and-activate", Fixture, NULL,
              fixture_set_up, test_hover_and_activate, fixture_tear_down);
  g_test_add ("/map-widget/zoom-about-pointer", Fixture, NULL,
              fixture_set_up, test_zoom_about_pointer, fixture_tear_down);
  g_test_add ("/map-widget/accessible", Fixture, NULL,
              fixture_set_up, test_accessible, fixture_tear_down);
  g_test_add ("/map-widget/screenshot", Fixture, NULL,
              fixture_set_up, test_screenshot, fixture_tear_down);

  return g_test_run ();
}
