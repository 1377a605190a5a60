/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bench-data.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "bench-common.h"
#include "xitu-data-paths.h"
#include "xitu-dataset-loader.h"

/* China, Russia, United States, Brazil, Australia, Canada. */
const double xitu_bench_hover_points[XITU_BENCH_N_HOVER_POINTS][2] = {
  { 104, 35 }, { 100, 62 }, { -100, 40 }, { -53, -10 }, { 134, -25 }, { -105, 58 },
};

static XituBenchChoropleth *map;
XituDataset *
xitu_bench_load_dataset (void)
{
  g_autofree char *path = xitu_bench_data_path ("dataset", "xitu-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituDataset *dataset = xitu_dataset_load_file (file, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

XituWorld *
xitu_bench_load_world (void)
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
dump_values (const XituMapOptions *o)
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
  fprintf (out, "# title,%s\n# breaks", o->title != NULL ? o->title : "");
  for (gsize i = 0; i < o->n_breaks; i++)
    fprintf (out, ",%.17g", o->breaks[i]);
  fprintf (out, "\nnumeric,value\n");
  for (gsize i = 0; i < o->n_values; i++)
    if (o->values[i].has_value)
      fprintf (out, "%u,%.17g\n", o->values[i].numeric, o->values[i].value);
  fclose (out);
}

const XituBenchChoropleth *
xitu_bench_choropleth_get (void)
{
  g_autoptr(XituMapNames) names = NULL;
  g_autoptr(GError) error = NULL;
  XituMapRequest request = {
    .kind = XITU_MAP_METRIC_PRODUCTION,
    .classing = XITU_MAP_CLASSING_LOG,
    .lang = XITU_LANG_EN,
    .hide_pins = TRUE,
  };

  if (map != NULL)
    return map;

  map = g_new0 (XituBenchChoropleth, 1);
  map->dataset = xitu_bench_load_dataset ();
  map->world = xitu_bench_load_world ();
  names = xitu_load_bundled_map_names (&error);
  if (names == NULL)
    g_printerr ("bench: %s; the map uses the dataset's names\n", error->message);
  map->content = xitu_map_content_new (map->dataset, map->world, names, &request);
  map->options = xitu_map_content_get_options (map->content);
  if (map->options->n_values < 2)
    g_error ("the bundled dataset has no mine production by country");
  dump_values (map->options);
  return map;
}

void
xitu_bench_choropleth_free (void)
{
  if (map == NULL)
    return;
  g_clear_object (&map->content);
  g_clear_object (&map->world);
  g_clear_object (&map->dataset);
  g_clear_pointer (&map, g_free);
}
