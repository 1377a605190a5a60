/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-chart.h"

G_BEGIN_DECLS

/* Draws a chart on an image surface of width × height. */
XituChartResult *xitu_test_render       (XituDataset            *dataset,
                                         const XituChartOptions *options,
                                         int                     width,
                                         int                     height,
                                         cairo_surface_t       **out_surface);
XituRgba         xitu_test_pixel        (cairo_surface_t        *surface,
                                         int                     x,
                                         int                     y);
/* Every text box lies within the surface, and no two overlap. */
void             xitu_test_assert_texts (XituChartResult        *result);
/* Writes the surface to $G_TEST_BUILDDIR/artifacts/NAME.png for a person
 * to look at. */
void             xitu_test_save         (cairo_surface_t        *surface,
                                         const char             *name);

/* An RFC 4180 reader independent of the writer: rows of fields, or NULL
 * with an assertion message when the text is not valid CSV. */
GPtrArray       *xitu_test_parse_csv    (const char             *text);

/* Runs a program; returns its exit status, with stdout and stderr. */
int              xitu_test_spawn        (const char * const     *argv,
                                         char                  **out,
                                         char                  **err);
/* A new temporary folder for this test program (removed by the caller). */
char            *xitu_test_tmpdir       (void);

/* Widgets under a display (after gtk_init). */

/* Runs the main loop until ready (data); fails after 5 s. */
void             xitu_test_wait_for          (gboolean              (*ready) (gpointer),
                                              gpointer                data);
/* A ready function for xitu_test_wait_for(): the widget is mapped and laid
 * out wider than 100 px. */
gboolean         xitu_test_is_allocated      (gpointer                widget);
/* The child alone in a new window of that default size, once laid out. */
GtkWidget       *xitu_test_show_in_window    (GtkWidget              *child,
                                              int                     width,
                                              int                     height);
/* The widget's first event controller of that type (the widget keeps it). */
gpointer         xitu_test_find_controller   (GtkWidget              *widget,
                                              GType                   type);
/* What the widget draws from its own snapshot, once pending layout has
 * settled, over the light background a window shows under a chart. */
cairo_surface_t *xitu_test_snapshot_widget   (GtkWidget              *widget);
/* gtk_test_accessible_assert_property() formats its arguments: a "%" in
 * the value breaks it. This one does not. */
void             xitu_test_assert_accessible (GtkWidget              *widget,
                                              GtkAccessibleProperty   property,
                                              const char             *expected);

G_END_DECLS
