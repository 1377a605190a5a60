/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bench-data.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "bench-common.h"
#include "xitu-classify.h"
#include "xitu-dataset-loader.h"

/* China, Russia, United States, Brazil, Australia, Canada. */
const double xitu_bench_hover_points[XITU_BENCH_N_HOVER_POINTS][2] = {
  { 104, 35 }, { 100, 62 }, { -100, 40 }, { -53, -10 }, { 134, -25 }, { -105, 58 },
};

static XituBenchChoropleth *map;
static GArray *values;  /* of XituMapValue */
static GArray *breaks;  /* of double */
static char *title;

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
  fprintf (out, "# title,%s\n# breaks", title);
  for (guint i = 0; i < breaks->len; i++)
    fprintf (out, ",%.17g", g_array_index (breaks, double, i));
  fprintf (out, "\nnumeric,value\n");
  for (guint i = 0; i < values->len; i++)
    {
      const XituMapValue *v = &g_array_index (values, XituMapValue, i);

      fprintf (out, "%u,%.17g\n", v->numeric, v->value);
    }
  fclose (out);
}

const XituBenchChoropleth *
xitu_bench_choropleth_get (void)
{
  g_autoptr(XituShares) shares = NULL;
  g_autoptr(GArray) raw = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  if (map != NULL)
    return map;

  map = g_new0 (XituBenchChoropleth, 1);
  map->dataset = xitu_bench_load_dataset ();
  map->world = xitu_bench_load_world ();
  year = xitu_dataset_get_latest_year (map->dataset, "production", "mining");
  shares = xitu_dataset_get_stage_shares (map->dataset, "mining", year, NULL);
  values = g_array_new (FALSE, FALSE, sizeof (XituMapValue));
  raw = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
    {
      const XituShare *s = xitu_shares_get_entry (shares, i);
      XituMapValue v = { 0, s->value, TRUE };

      if (s->kind != XITU_SHARE_COUNTRY || xitu_country_get_numeric (s->country) == 0)
        continue;
      v.numeric = xitu_country_get_numeric (s->country);
      g_array_append_val (values, v);
      g_array_append_val (raw, s->value);
    }
  if (values->len < 2)
    g_error ("the bundled dataset has no mine production by country");
  breaks = xitu_classify_breaks (XITU_CLASSIFY_LOG, (const double *) (gpointer) raw->data, raw->len, 5, &error);
  if (breaks == NULL)
    g_error ("%s", error->message);
  title = g_strdup_printf ("Rare-earth mine production, %d · 稀土矿产量", year);

  map->options = (XituMapOptions) {
    .world = map->world,
    .values = (const XituMapValue *) (gpointer) values->data,
    .n_values = values->len,
    .breaks = (const double *) (gpointer) breaks->data,
    .n_breaks = breaks->len,
    .title = title,
    .legend_title = "Mine production",
    .units = "t REO",
    .no_data_label = "No data",
    .footer = "Source: USGS Mineral Commodity Summaries 2026 (rare earths).",
    .disclaimer = "Boundaries: Natural Earth, de facto",
  };
  dump_values ();
  return map;
}

void
xitu_bench_choropleth_free (void)
{
  if (map == NULL)
    return;
  g_clear_object (&map->world);
  g_clear_object (&map->dataset);
  g_clear_pointer (&map, g_free);
  g_clear_pointer (&values, g_array_unref);
  g_clear_pointer (&breaks, g_array_unref);
  g_clear_pointer (&title, g_free);
}
