/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The timing side of every C benchmark in bench/.
 *
 * A benchmark program registers cases (a name, an optional setup run once
 * and never timed, the timed body) and hands its argv to
 * xitu_bench_main(), which gives each program the same three modes:
 *
 *   PROG [--warmup N] [--runs N] [CASE…]   run, print one JSON line per case
 *                                          (wall and process CPU time, µs)
 *   PROG --list                            print the case names
 *   PROG --serve                           read a case name per line on
 *                                          stdin, run it once, answer with
 *                                          its time in µs (bench/bench.py
 *                                          alternates these with the peers)
 *
 * Times are taken around the body only: wall clock (CLOCK_MONOTONIC) and
 * the process's CPU time (CLOCK_PROCESS_CPUTIME_ID).
 */

typedef void (*XituBenchFunc) (gpointer data);

typedef struct
{
  const char    *name;
  const char    *description;
  XituBenchFunc  setup;     /* nullable; run once before the first timed run */
  XituBenchFunc  body;
  gpointer       data;
} XituBenchCase;

typedef struct
{
  guint   n;
  double  median;
  double  min;
  double  max;
  double  q1;
  double  q3;
} XituBenchStats;

gint64 xitu_bench_now_us    (void);
gint64 xitu_bench_cpu_us    (void);
void   xitu_bench_stats     (const double   *samples,
                             guint           n,
                             XituBenchStats *stats);
/* For a body that times only a part of what it does (a frame among the
 * main loop's other work): the times of this run, in µs. */
void   xitu_bench_report    (double               wall_us,
                             double               cpu_us);
int    xitu_bench_main      (int                  argc,
                             char               **argv,
                             const XituBenchCase *cases,
                             guint                n_cases);

/* Where the data of the source tree is: XITU_DATA_DIR, else ../data next
 * to bench/ (the benchmarks run from the build tree). */
char  *xitu_bench_data_path (const char *first_element,
                             ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
