/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The map and the dataset, headless: what the window and the exporter do
 * without a display.
 *
 *   dataset-load     the bundled dataset, parsed and validated (done once at
 *                    start-up, before the window)
 *   world-load       Natural Earth 1:110m TopoJSON into a XituWorld
 *   map-render       a full choropleth at 1920×1080 on a new image surface
 *   map-export-png   the same, written to a PNG file
 *   map-hover        one hover frame from a cached base layer: hit-test the
 *                    pointer, blit the base, fill and stroke the country
 *
 * The choropleth is the Map view's default: mine production (t REO) of the
 * latest year in the bundled dataset, in 5 log classes. With
 * XITU_BENCH_DUMP_DIR set, the values and breaks are written there as
 * map-values.csv for the geopandas peer, so both draw the same map.
 */
#include <cairo.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "bench-common.h"
#include "xitu-classify.h"
#include "xitu-dataset-loader.h"
#include "xitu-map-renderer.h"

#define WIDTH 1920
#define HEIGHT 1080

typedef struct
{
  char            *dataset_path;
  XituDataset     *dataset;
  XituWorld       *world;
  GArray          *values;  /* of XituMapValue */
  GArray          *breaks;  /* of double */
  char            *title;
  XituMapOptions   options;
  char            *png_path;
  /* map-hover: the cached base and the window's backing surface */
  cairo_surface_t *base;
  cairo_surface_t *frame;
  XituMapHits     *hits;
  guint            hover_turn;
} MapBench;

static MapBench bench;

static XituDataset *
load_dataset (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (bench.dataset_path);
  g_autoptr(GError) error = NULL;
  XituDataset *dataset = xitu_dataset_load_file (file, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

static XituWorld *
load_world (void)
{
  g_autofree char *path = xitu_bench_data_path ("maps", "countries-110m.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituWorld *world = xitu_world_new_from_file (file, &error);

  if (world == NULL)
    g_error ("%s", error->message);
  return world;
}

static void
dump_values (void)
{
  const char *dir = g_getenv ("XITU_BENCH_DUMP_DIR");
  g_autofree char *path = NULL;
  FILE *out;

  if (dir == NULL || *dir == '\0')
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, "map-values.csv", NULL);
  out = fopen (path, "w");
  if (out == NULL)
    g_error ("cannot write %s", path);
  fprintf (out, "# title,%s\n# breaks", bench.title);
  for (guint i = 0; i < bench.breaks->len; i++)
    fprintf (out, ",%.17g", g_array_index (bench.breaks, double, i));
  fprintf (out, "\nnumeric,value\n");
  for (guint i = 0; i < bench.values->len; i++)
    {
      const XituMapValue *v = &g_array_index (bench.values, XituMapValue, i);

      fprintf (out, "%u,%.17g\n", v->numeric, v->value);
    }
  fclose (out);
}

/* Mine production by country for the latest year, as the Map view shows it. */
static void
setup_choropleth (gpointer data)
{
  g_autoptr(XituShares) shares = NULL;
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  int year;

  if (bench.world != NULL)
    return;
  bench.dataset = load_dataset ();
  bench.world = load_world ();
  year = xitu_dataset_get_latest_year (bench.dataset, "production", "mining");
  shares = xitu_dataset_get_stage_shares (bench.dataset, "mining", year, NULL);
  bench.values = g_array_new (FALSE, FALSE, sizeof (XituMapValue));
  for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
    {
      const XituShare *s = xitu_shares_get_entry (shares, i);
      XituMapValue v = { 0, s->value, TRUE };

      if (s->kind != XITU_SHARE_COUNTRY || xitu_country_get_numeric (s->country) == 0)
        continue;
      v.numeric = xitu_country_get_numeric (s->country);
      g_array_append_val (bench.values, v);
      g_array_append_val (raw, s->value);
    }
  if (bench.values->len < 2)
    g_error ("the bundled dataset has no mine production by country");
  bench.breaks = xitu_classify_breaks (XITU_CLASSIFY_LOG, (const double *) (gpointer) raw->data, raw->len,
                                       5, &error);
  if (bench.breaks == NULL)
    g_error ("%s", error->message);
  bench.title = g_strdup_printf ("Rare-earth mine production, %d · 稀土矿产量", year);

  bench.options = (XituMapOptions) {
    .world = bench.world,
    .values = (const XituMapValue *) (gpointer) bench.values->data,
    .n_values = bench.values->len,
    .breaks = (const double *) (gpointer) bench.breaks->data,
    .n_breaks = bench.breaks->len,
    .title = bench.title,
    .legend_title = "Mine production",
    .units = "t REO",
    .no_data_label = "No data",
    .footer = "Source: USGS Mineral Commodity Summaries 2026 (rare earths).",
    .disclaimer = "Boundaries: Natural Earth, de facto",
  };
  dump_values ();
}

static cairo_surface_t *
render_full (XituMapHits **hits)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  XituMapHits *h = xitu_map_renderer_draw (cr, WIDTH, HEIGHT, &bench.options);

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
dataset_load (gpointer data)
{
  g_object_unref (load_dataset ());
}

static void
world_load (gpointer data)
{
  g_object_unref (load_world ());
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

  setup_choropleth (data);
  if (bench.png_path == NULL)
    bench.png_path = g_build_filename (dir != NULL && *dir != '\0' ? dir : g_get_tmp_dir (),
                                       "xitu-bench-map.png", NULL);
}

static void
map_export_png (gpointer data)
{
  cairo_surface_t *surface = render_full (NULL);
  cairo_status_t status = cairo_surface_write_to_png (surface, bench.png_path);

  if (status != CAIRO_STATUS_SUCCESS)
    g_error ("writing %s: %s", bench.png_path, cairo_status_to_string (status));
  cairo_surface_destroy (surface);
}

static void
setup_hover (gpointer data)
{
  setup_choropleth (data);
  if (bench.base == NULL)
    {
      bench.base = render_full (&bench.hits);
      bench.frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
    }
}

/* Points inside large countries, whose outlines are the longest to fill:
 * China, Russia, United States, Brazil, Australia, Canada. */
static const double hover_points[][2] = {
  { 104, 35 }, { 100, 62 }, { -100, 40 }, { -53, -10 }, { 134, -25 }, { -105, 58 },
};

/* What a hover costs the widget: the pointer's country from the hit
 * geometry, the cached base painted, the country's outline filled and
 * stroked over it. */
static void
map_hover (gpointer data)
{
  const double *p = hover_points[bench.hover_turn++ % G_N_ELEMENTS (hover_points)];
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
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, bench.base, 0, 0);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  xitu_map_hits_append_country_path (bench.hits, (guint) index, cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.25);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (bench.frame);
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "dataset-load", "bundled dataset: read, parse, validate, index", NULL, dataset_load, NULL },
    { "world-load", "Natural Earth 110m TopoJSON into a XituWorld", NULL, world_load, NULL },
    { "map-render", "full choropleth, 1920x1080 image surface", setup_choropleth, map_render, NULL },
    { "map-export-png", "full choropleth, 1920x1080, written to PNG", setup_export, map_export_png, NULL },
    { "map-hover", "hit-test + cached base blit + country highlight, 1920x1080", setup_hover, map_hover, NULL },
  };
  int status;

  bench.dataset_path = xitu_bench_data_path ("dataset", "xitu-dataset.json", NULL);
  status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  /* Kept for people to compare with the peer's when a dump folder is set. */
  if (bench.png_path != NULL && g_getenv ("XITU_BENCH_DUMP_DIR") == NULL)
    g_unlink (bench.png_path);
  g_clear_pointer (&bench.base, cairo_surface_destroy);
  g_clear_pointer (&bench.frame, cairo_surface_destroy);
  g_clear_object (&bench.hits);
  g_clear_object (&bench.world);
  g_clear_object (&bench.dataset);
  g_clear_pointer (&bench.values, g_array_unref);
  g_clear_pointer (&bench.breaks, g_array_unref);
  g_clear_pointer (&bench.title, g_free);
  g_clear_pointer (&bench.png_path, g_free);
  g_clear_pointer (&bench.dataset_path, g_free);
  return status;
}
