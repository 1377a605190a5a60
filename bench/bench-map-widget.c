/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The map widget in a real window (needs a display: bench.py runs it under
 * Xvfb with GSK_RENDERER=cairo, as start-up is measured). The window is
 * 1920×1080, undecorated, holding only the map widget with the choropleth
 * of bench-data.h.
 *
 *   widget-hover       one hover: xitu_map_widget_hover_at() (hit-test,
 *                      signals, queue_draw) plus the frame it causes, from
 *                      the frame clock's before-paint to its after-paint
 *                      (layout, snapshot over the cached base texture, GSK
 *                      render, upload to the X server)
 *   widget-full-frame  the same frame when the base layer must be redrawn
 *                      (new options): the widget's full-render path
 *
 * The wait between queue_draw and the frame clock starting the frame is
 * pacing, not work, and is not counted; frames already due are let pass
 * before each timed run. Without a display the program
 * exits 77 (skipped).
 */
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-data.h"
#include "bench-common.h"
#include "xitu-map-widget.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAME_TIMEOUT_MS 10000

static struct
{
  GtkWidget *window;
  GtkWidget *map;
  guint      hover_turn;
  /* the frame clock's view of the last frame */
  gboolean   painted;
  gint64     before_wall, before_cpu;
  gint64     after_wall, after_cpu;
} bench;

static void
before_paint (GdkFrameClock *clock,
              gpointer       user_data)
{
  bench.before_wall = xitu_bench_now_us ();
  bench.before_cpu = xitu_bench_cpu_us ();
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  bench.after_wall = xitu_bench_now_us ();
  bench.after_cpu = xitu_bench_cpu_us ();
  bench.painted = TRUE;
}

static void
window_realized (GtkWidget *window,
                 gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
}

static gboolean
frame_timeout (gpointer user_data)
{
  g_error ("no frame within %d ms", FRAME_TIMEOUT_MS);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the frame clock has finished a frame. */
static void
wait_for_frame (void)
{
  guint timeout = g_timeout_add (FRAME_TIMEOUT_MS, frame_timeout, NULL);

  while (!bench.painted)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static gboolean
flag_done (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets frames that were already due (a relayout after mapping, an
 * accessibility update) pass before a timed run: the main loop runs until
 * 50 ms have gone by without a frame. */
static void
settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      gboolean done = FALSE;

      bench.painted = FALSE;
      g_timeout_add (50, flag_done, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
      if (!bench.painted)
        return;
    }
}

static void
setup_window (gpointer data)
{
  const XituBenchChoropleth *map = xitu_bench_choropleth_get ();

  if (bench.window != NULL)
    return;
  bench.window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (bench.window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), WIDTH, HEIGHT);
  bench.map = xitu_map_widget_new ();
  xitu_map_widget_set_options (XITU_MAP_WIDGET (bench.map), map->options);
  gtk_window_set_child (GTK_WINDOW (bench.window), bench.map);
  g_signal_connect (bench.window, "realize", G_CALLBACK (window_realized), NULL);
  bench.painted = FALSE;
  gtk_window_present (GTK_WINDOW (bench.window));
  while (xitu_map_widget_get_hits (XITU_MAP_WIDGET (bench.map)) == NULL)
    {
      bench.painted = FALSE;
      wait_for_frame ();
    }
  if (gtk_widget_get_width (bench.map) != WIDTH || gtk_widget_get_height (bench.map) != HEIGHT)
    g_printerr ("bench-map-widget: the map is %d×%d, not %d×%d\n", gtk_widget_get_width (bench.map),
                gtk_widget_get_height (bench.map), WIDTH, HEIGHT);
  settle ();
}

static void
widget_hover (gpointer data)
{
  const double *p = xitu_bench_hover_points[bench.hover_turn++ % XITU_BENCH_N_HOVER_POINTS];
  XituMapHits *hits = xitu_map_widget_get_hits (XITU_MAP_WIDGET (bench.map));
  XituMapTransform t;
  gint64 wall, cpu;
  double x, y;

  xitu_map_hits_get_transform (hits, &t);
  xitu_map_transform_project (&t, p[0], p[1], &x, &y);

  bench.painted = FALSE;
  wall = xitu_bench_now_us ();
  cpu = xitu_bench_cpu_us ();
  xitu_map_widget_hover_at (XITU_MAP_WIDGET (bench.map), x, y);
  wall = xitu_bench_now_us () - wall;
  cpu = xitu_bench_cpu_us () - cpu;
  wait_for_frame ();
  wall += bench.after_wall - bench.before_wall;
  cpu += bench.after_cpu - bench.before_cpu;
  settle ();
  xitu_bench_report ((double) wall, (double) cpu);
}

static void
widget_full_frame (gpointer data)
{
  const XituBenchChoropleth *map = xitu_bench_choropleth_get ();
  gint64 wall, cpu;

  bench.painted = FALSE;
  wall = xitu_bench_now_us ();
  cpu = xitu_bench_cpu_us ();
  xitu_map_widget_set_options (XITU_MAP_WIDGET (bench.map), map->options);
  wall = xitu_bench_now_us () - wall;
  cpu = xitu_bench_cpu_us () - cpu;
  wait_for_frame ();
  wall += bench.after_wall - bench.before_wall;
  cpu += bench.after_cpu - bench.before_cpu;
  settle ();
  xitu_bench_report ((double) wall, (double) cpu);
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "widget-hover", "hover one country: hit-test + the frame over the cached base", setup_window,
      widget_hover, NULL },
    { "widget-full-frame", "the frame after new options: base layer redrawn", setup_window,
      widget_full_frame, NULL },
  };
  int status;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-map-widget: no display; skipped\n");
      return 77;
    }
  status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));
  if (bench.window != NULL)
    gtk_window_destroy (GTK_WINDOW (bench.window));
  xitu_bench_choropleth_free ();
  return status;
}
