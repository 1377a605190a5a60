/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* sched_getcpu(), thread affinity */
#include "config.h"

#include "xitu-parallel.h"

#include <pthread.h>
#ifdef HAVE_PTHREAD_ATTR_SETAFFINITY_NP
#include <sched.h>
#endif

#define MAX_HELPERS 15

typedef struct
{
  XituParallelFunc func;
  gpointer         user_data;
  guint            n_tasks;
  gint             next;  /* atomic: the next task to take */
} Run;

static gpointer
take_tasks (gpointer data)
{
  Run *run = data;

  for (;;)
    {
      guint index = (guint) g_atomic_int_add (&run->next, 1);

      if (index >= run->n_tasks)
        return NULL;
      run->func (index, run->user_data);
    }
}

/* Every processor this thread may run on but the one it runs on now;
 * FALSE where that cannot be said or leaves none. */
static gboolean
other_processors (pthread_attr_t *attr)
{
#ifdef HAVE_PTHREAD_ATTR_SETAFFINITY_NP
  cpu_set_t set;
  int here = sched_getcpu ();

  if (here < 0 || here >= CPU_SETSIZE ||
      pthread_getaffinity_np (pthread_self (), sizeof set, &set) != 0)
    return FALSE;
  CPU_CLR (here, &set);
  return CPU_COUNT (&set) > 0 && pthread_attr_setaffinity_np (attr, sizeof set, &set) == 0;
#else
  return FALSE;
#endif
}

void
xitu_parallel_run (guint            n_tasks,
                   guint            max_threads,
                   XituParallelFunc func,
                   gpointer         user_data)
{
  Run run = { func, user_data, n_tasks, 0 };
  pthread_t helpers[MAX_HELPERS];
  guint n_helpers = 0, wanted;
  pthread_attr_t attr;
  gboolean elsewhere;

  g_return_if_fail (func != NULL);

  if (max_threads == 0)
    max_threads = g_get_num_processors ();
  wanted = MIN (MIN (n_tasks, max_threads), MAX_HELPERS + 1);
  if (wanted > 1 && pthread_attr_init (&attr) == 0)
    {
      elsewhere = other_processors (&attr);
      for (guint i = 0; i + 1 < wanted; i++)
        {
          /* Without a thread the caller takes that share. */
          if (pthread_create (&helpers[n_helpers], &attr, take_tasks, &run) == 0)
            n_helpers++;
          else if (elsewhere && pthread_create (&helpers[n_helpers], NULL, take_tasks, &run) == 0)
            n_helpers++;
        }
      pthread_attr_destroy (&attr);
    }
  take_tasks (&run);
  for (guint i = 0; i < n_helpers; i++)
    pthread_join (helpers[i], NULL);
}
