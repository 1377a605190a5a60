/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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

G_END_DECLS
