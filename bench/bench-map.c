/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The map and the dataset, headless: what the window and the exporter do
 * without a display (bench-data.h says which map).
 *
 *   dataset-load     the bundled dataset, parsed and validated (done once at
 *                    start-up, before the window)
 *   world-load       Natural Earth 1:110m TopoJSON into a XituWorld
 *   world-load-50m   the 1:50m one, which the window reads in a thread when
 *                    the Map page is first shown (drawn from zoom 2, and
 *                    for export)
 *   map-render       a full choropleth at 1920×1080 on a new image surface
 *   map-export-png   the map exported as `xitu export map` and the Export…
 *                    dialog do: xitu_map_content_export() to PNG at
 *                    1920×1080, written with xitu_export_write_atomic()
 *   map-png-bytes    the same PNG made in memory, not written (the atomic
 *                    replace fsyncs, whose time depends on the disk)
 *   map-hover        one hover frame from a cached base layer through the
 *                    renderer API: hit-test the pointer, blit the base, fill
 *                    and stroke the country (bench-map-widget measures the
 *                    same through the map widget under a display)
 */
#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>

#include "bench-data.h"
#include "bench-common.h"

#define WIDTH 1920
#define HEIGHT 1080

static struct
{
  char            *png_path;
  /* map-hover: the cached base and the window's backing surface */
  cairo_surface_t *base;
  cairo_surface_t *frame;
  XituMapHits     *hits;
  guint            hover_turn;
  int              hovered;  /* the country highlighted last, or -1 */
} bench;

static cairo_surface_t *
render_full (XituMapHits **hits)
{
  const XituBenchChoropleth *map = xitu_bench_choropleth_get ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  XituMapHits *h = xitu_map_renderer_draw (cr, WIDTH, HEIGHT, map->options);

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS || h == NULL)
    g_error ("map render failed: %s", cairo_status_to_string (cairo_status (cr)));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (hits != NULL)
    *hits = h;
  else
    g_object_unref (h);
  return surface;
}

static void
setup_choropleth (gpointer data)
{
  xitu_bench_choropleth_get ();
}

static void
dataset_load (gpointer data)
{
  g_object_unref (xitu_bench_load_dataset ());
}

static void
world_load (gpointer data)
{
  g_object_unref (xitu_bench_load_world ());
}

static void
world_load_50m (gpointer data)
{
  g_autofree char *path = xitu_bench_data_path ("maps", "countries-50m.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituWorld) world = xitu_world_new_from_file (file, &error);

  if (world == NULL)
    g_error ("%s", error->message);
}

static void
map_render (gpointer data)
{
  cairo_surface_destroy (render_full (NULL));
}

static void
setup_export (gpointer data)
{
  const char *dir = g_getenv ("XITU_BENCH_DUMP_DIR");

  xitu_bench_choropleth_get ();
  if (bench.png_path == NULL)
    bench.png_path = g_build_filename (dir != NULL && *dir != '\0' ? dir : g_get_tmp_dir (),
                                       "xitu-bench-map.png", NULL);
}

static GBytes *
export_png (void)
{
  const XituBenchChoropleth *map = xitu_bench_choropleth_get ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes = xitu_map_content_export (map->content, NULL, 0, 0, 0, XITU_EXPORT_PNG, WIDTH, HEIGHT, 1.0,
                                           &error);

  if (bytes == NULL)
    g_error ("map export: %s", error->message);
  return bytes;
}

static void
map_export_png (gpointer data)
{
  g_autoptr(GBytes) bytes = export_png ();
  g_autoptr(GFile) file = g_file_new_for_path (bench.png_path);
  g_autoptr(GError) error = NULL;

  if (!xitu_export_write_atomic (file, bytes, &error))
    g_error ("%s", error->message);
}

static void
map_png_bytes (gpointer data)
{
  g_bytes_unref (export_png ());
}

static void
setup_hover (gpointer data)
{
  if (bench.base != NULL)
    return;
  bench.hovered = -1;
  bench.base = render_full (&bench.hits);
  bench.frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  /* A window's backing surface has been drawn before the pointer moves:
   * its pages are in memory. Without this, a single cold run (--quick)
   * timed the kernel zeroing 8 MB, not the hover. */
  {
    cairo_t *cr = cairo_create (bench.frame);

    cairo_set_source_surface (cr, bench.base, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
  }
}

/* What a hover costs when the base is cached: the pointer's country from
 * the hit geometry; then, as a compositor that tracks damage repaints it
 * (GSK does so for the map widget), the base under the last highlight and
 * the new one, and the new country's outline filled and stroked over it. */
static void
add_damage (cairo_t *cr,
            int      index)
{
  double x, y, w, h;

  /* The halo reaches 1.75 px (half its width) outside the outline. */
  if (index >= 0 && xitu_map_hits_get_country_extents (bench.hits, (guint) index, &x, &y, &w, &h))
    cairo_rectangle (cr, floor (x) - 2, floor (y) - 2, ceil (w) + 4, ceil (h) + 4);
}

static void
map_hover (gpointer data)
{
  const double *p = xitu_bench_hover_points[bench.hover_turn++ % XITU_BENCH_N_HOVER_POINTS];
  XituMapTransform t;
  double x, y;
  int index;
  cairo_t *cr;

  xitu_map_hits_get_transform (bench.hits, &t);
  xitu_map_transform_project (&t, p[0], p[1], &x, &y);
  index = xitu_map_hits_country_at (bench.hits, x, y);
  if (index < 0)
    g_error ("no country under (%g°, %g°)", p[0], p[1]);

  cr = cairo_create (bench.frame);
  add_damage (cr, bench.hovered);
  add_damage (cr, index);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, bench.base, 0, 0);
  cairo_paint (cr);
  /* The highlight is a node of its own, clipped to its bounds only, as
   * the widget appends it (through both rectangles at once, cairo would
   * clip each span to a region: a third of the hover). */
  cairo_reset_clip (cr);
  add_damage (cr, index);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  xitu_map_hits_append_outline (bench.hits, (guint) index, XITU_MAP_HIGHLIGHT_STEP, cr);
  xitu_map_renderer_paint_highlight (cr, FALSE, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (bench.frame);
  bench.hovered = index;
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "dataset-load", "bundled dataset: read, parse, validate, index", NULL, dataset_load, NULL },
    { "world-load", "Natural Earth 110m TopoJSON into a XituWorld", NULL, world_load, NULL },
    { "world-load-50m", "Natural Earth 50m TopoJSON into a XituWorld", NULL, world_load_50m, NULL },
    { "map-render", "full choropleth, 1920x1080 image surface", setup_choropleth, map_render, NULL },
    { "map-export-png", "map exported to a 1920x1080 PNG file (xitu_map_content_export)", setup_export,
      map_export_png, NULL },
    { "map-png-bytes", "the same PNG in memory, not written", setup_export, map_png_bytes, NULL },
    { "map-hover", "hit-test + cached base blit + country highlight, 1920x1080", setup_hover, map_hover, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  /* Kept for people to compare with the peer's when a dump folder is set. */
  if (bench.png_path != NULL && g_getenv ("XITU_BENCH_DUMP_DIR") == NULL)
    g_unlink (bench.png_path);
  g_clear_pointer (&bench.png_path, g_free);
  g_clear_pointer (&bench.base, cairo_surface_destroy);
  g_clear_pointer (&bench.frame, cairo_surface_destroy);
  g_clear_object (&bench.hits);
  xitu_bench_choropleth_free ();
  return status;
}
