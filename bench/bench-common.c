/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bench-common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

gint64
xitu_bench_now_us (void)
{
  return g_get_monotonic_time ();
}

/* CPU time of the whole process (every thread), in µs: less disturbed
 * than wall time when other work shares the machine. */
gint64
xitu_bench_cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Linear interpolation between order statistics (numpy's default), so the
 * figures match what bench.py computes for the peers. */
static double
quantile (const double *sorted,
          guint         n,
          double        q)
{
  double pos = q * (n - 1);
  guint lo = (guint) floor (pos);
  guint hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

void
xitu_bench_stats (const double   *samples,
                  guint           n,
                  XituBenchStats *stats)
{
  g_autofree double *sorted = g_memdup2 (samples, n * sizeof (double));

  g_return_if_fail (n > 0);
  qsort (sorted, n, sizeof (double), compare_doubles);
  stats->n = n;
  stats->min = sorted[0];
  stats->max = sorted[n - 1];
  stats->median = quantile (sorted, n, 0.5);
  stats->q1 = quantile (sorted, n, 0.25);
  stats->q3 = quantile (sorted, n, 0.75);
}

char *
xitu_bench_data_path (const char *first_element,
                      ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *dir = g_getenv ("XITU_DATA_DIR");
  const char *element;
  va_list args;

  g_ptr_array_add (parts, (gpointer) (dir != NULL && *dir != '\0' ? dir : XITU_BENCH_DATA_DIR));
  va_start (args, first_element);
  for (element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) element);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static struct
{
  gboolean set;
  double   wall;
  double   cpu;
} reported;

void
xitu_bench_report (double wall_us,
                   double cpu_us)
{
  reported.set = TRUE;
  reported.wall = wall_us;
  reported.cpu = cpu_us;
}

static void
time_once (const XituBenchCase *c,
           double              *wall,
           double              *cpu)
{
  gint64 start = xitu_bench_now_us ();
  gint64 cpu_start = xitu_bench_cpu_us ();

  reported.set = FALSE;
  c->body (c->data);
  *cpu = (double) (xitu_bench_cpu_us () - cpu_start);
  *wall = (double) (xitu_bench_now_us () - start);
  if (reported.set)
    {
      *wall = reported.wall;
      *cpu = reported.cpu;
    }
}

static void
print_stats (const char   *key,
             const double *samples,
             guint         n)
{
  XituBenchStats s;

  xitu_bench_stats (samples, n, &s);
  printf ("\"%s\": {\"median\": %.1f, \"min\": %.1f, \"max\": %.1f, \"q1\": %.1f, \"q3\": %.1f, "
          "\"samples\": [", key, s.median, s.min, s.max, s.q1, s.q3);
  for (guint i = 0; i < n; i++)
    printf ("%s%.1f", i > 0 ? ", " : "", samples[i]);
  printf ("]}");
}

static void
run_case (const XituBenchCase *c,
          guint                warmup,
          guint                runs)
{
  g_autofree double *wall = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  double ignored_wall, ignored_cpu;

  if (c->setup != NULL)
    c->setup (c->data);
  for (guint i = 0; i < warmup; i++)
    time_once (c, &ignored_wall, &ignored_cpu);
  for (guint i = 0; i < runs; i++)
    time_once (c, &wall[i], &cpu[i]);

  /* One JSON object per line: bench.py and people both read it. */
  printf ("{\"case\": \"%s\", \"unit\": \"us\", \"runs\": %u, \"warmup\": %u, ", c->name, runs, warmup);
  print_stats ("wall", wall, runs);
  printf (", ");
  print_stats ("cpu", cpu, runs);
  printf ("}\n");
  fflush (stdout);
}

static const XituBenchCase *
find_case (const XituBenchCase *cases,
           guint                n_cases,
           const char          *name)
{
  for (guint i = 0; i < n_cases; i++)
    if (strcmp (cases[i].name, name) == 0)
      return &cases[i];
  return NULL;
}

/* One case per request line, answered with "OK <wall µs> <CPU µs>" or
 * "ERR <why>". Setup
 * runs on a case's first request and is not timed. */
static int
serve (const XituBenchCase *cases,
       guint                n_cases)
{
  g_autofree gboolean *set_up = g_new0 (gboolean, n_cases);
  char line[256];

  while (fgets (line, sizeof line, stdin) != NULL)
    {
      const XituBenchCase *c;

      g_strstrip (line);
      if (*line == '\0')
        continue;
      if (strcmp (line, "quit") == 0)
        break;
      c = find_case (cases, n_cases, line);
      if (c == NULL)
        {
          printf ("ERR unknown case %s\n", line);
        }
      else
        {
          if (!set_up[c - cases] && c->setup != NULL)
            c->setup (c->data);
          double wall, cpu;

          set_up[c - cases] = TRUE;
          time_once (c, &wall, &cpu);
          printf ("OK %.1f %.1f\n", wall, cpu);
        }
      fflush (stdout);
    }
  return 0;
}

int
xitu_bench_main (int                  argc,
                 char               **argv,
                 const XituBenchCase *cases,
                 guint                n_cases)
{
  int warmup = 2, runs = 10;
  gboolean list = FALSE, serve_mode = FALSE;
  g_auto(GStrv) names = NULL;
  GOptionEntry entries[] = {
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Untimed runs before timing (default 2)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (default 10)", "N" },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, "List the cases and exit", NULL },
    { "serve", 0, 0, G_OPTION_ARG_NONE, &serve_mode, "Run cases named on stdin, one per line", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &names, NULL, "[CASE…]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— Xitu benchmark");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }
  if (runs < 1 || warmup < 0)
    {
      g_printerr ("%s: --runs must be at least 1 and --warmup not negative\n", g_get_prgname ());
      return 2;
    }

  if (list)
    {
      for (guint i = 0; i < n_cases; i++)
        printf ("%-28s %s\n", cases[i].name, cases[i].description);
      return 0;
    }
  if (serve_mode)
    return serve (cases, n_cases);

  if (names != NULL)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (find_case (cases, n_cases, names[i]) == NULL)
          {
            g_printerr ("%s: no case named %s (see --list)\n", g_get_prgname (), names[i]);
            return 2;
          }
      for (guint i = 0; names[i] != NULL; i++)
        run_case (find_case (cases, n_cases, names[i]), warmup, runs);
    }
  else
    {
      for (guint i = 0; i < n_cases; i++)
        run_case (&cases[i], warmup, runs);
    }
  return 0;
}
