/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The toolkit's floor: the least a libadwaita application can show — an
 * AdwApplication with one AdwApplicationWindow holding a header bar and
 * nothing else, at Xitu's default window size. bench.py starts it and Xitu
 * alternately under one Xvfb and compares the time to the first drawn frame
 * and the peak memory.
 *
 * With XITU_BENCH_FIRST_FRAME set it prints, exactly like Xitu does,
 *   xitu-bench: first-frame <CLOCK_MONOTONIC µs>
 * on stderr after the first frame is painted.
 */
#include <adwaita.h>

static void
first_frame_painted (GdkFrameClock *clock,
                     gpointer       user_data)
{
  g_printerr ("xitu-bench: first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted, user_data);
}

static void
window_realized (GtkWidget *window,
                 gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_painted), NULL);
}

static void
activate (GApplication *app,
          gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  /* Xitu's default size (its window template and GSettings schema). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  if (g_getenv ("XITU_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (window_realized), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.xituatlas.XituBenchFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
