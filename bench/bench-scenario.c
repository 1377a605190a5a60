/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long the Scenarios view waits for a slider: recomputing every
 * importer × stage of the disruption scenario on the bundled dataset.
 *
 *   bench-scenario [DATASET.json] [RUNS]
 *
 * Each run times BATCH recomputations with a changing cut (the engine is
 * bound once, as in the view) and reports the time per recomputation; the
 * median and spread over the runs are printed, with the cost of binding
 * (what a change of supplier or stage costs) beside it. Exits 1 if the
 * median is over the 50 µs budget. */
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "xitu-dataset-loader.h"
#include "xitu-disruption.h"

#define BATCH       2000
#define BUDGET_US   50.0
#define BIND_RUNS   10

static double
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts `v` and reports median, quartiles, extremes and the median
 * absolute deviation, in µs. */
static double
report (const char *what,
        double     *v,
        guint       n)
{
  g_autofree double *dev = g_new (double, n);
  double median;

  qsort (v, n, sizeof *v, compare_doubles);
  median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  for (guint i = 0; i < n; i++)
    dev[i] = fabs (v[i] - median);
  qsort (dev, n, sizeof *dev, compare_doubles);

  g_print ("%-34s median %8.3f us   min %8.3f   q1 %8.3f   q3 %8.3f   max %8.3f   MAD %6.3f   (n=%u)\n",
           what, median, v[0], v[n / 4], v[(3 * n) / 4], v[n - 1], dev[n / 2], n);
  return median;
}

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 ? argv[1] : "data/dataset/xitu-dataset.json";
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 31;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) dataset = NULL;
  g_autoptr(XituDisruption) engine = NULL;
  g_autofree double *per_run = NULL;
  double bind[BIND_RUNS];
  XituDisruptionParams params;
  double median, checksum = 0.0;
  int us;

  if (runs < 10)
    runs = 10;
  dataset = xitu_dataset_load_file (file, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  engine = xitu_disruption_new (dataset);
  xitu_disruption_params_init_default (&params);
  params.stages = 0xf;           /* every stage cut: the most work */
  params.look_through = TRUE;
  params.stock_months = 2;
  params.headroom = 3;

  /* Binding: what a change of supplier or stages costs. */
  for (guint r = 0; r < BIND_RUNS; r++)
    {
      double t0 = now_ns ();

      xitu_disruption_bind (engine, &params);
      bind[r] = (now_ns () - t0) / 1e3;
    }

  xitu_disruption_run (engine, &params);
  us = MAX (xitu_disruption_find_importer (engine, "USA"), 0);
  per_run = g_new (double, runs);
  for (guint r = 0; r < runs; r++)
    {
      double t0 = now_ns ();

      for (guint k = 0; k < BATCH; k++)
        {
          params.cut = (k % 101);
          xitu_disruption_run (engine, &params);
          checksum += xitu_disruption_get_cell (engine, us, 1)->shortfall.hi;
        }
      per_run[r] = (now_ns () - t0) / 1e3 / BATCH;
    }

  g_print ("bench-scenario: %s, %u importers x %u stages, batches of %d\n", path,
           xitu_disruption_get_n_importers (engine), xitu_disruption_get_n_stages (engine), BATCH);
  median = report ("recompute all importers x stages", per_run, runs);
  report ("bind (supplier/stage change)", bind, BIND_RUNS);
  g_print ("budget %.0f us: %s (checksum %g)\n", BUDGET_US, median <= BUDGET_US ? "met" : "MISSED",
           checksum);
  return median <= BUDGET_US ? 0 : 1;
}
