/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parallel runs: every task runs once, side by side when threads are
 * asked for, on the caller alone when not. */
#include "xitu-parallel.h"

#define N_TASKS 200

typedef struct
{
  gint     runs[N_TASKS];
  GThread *caller;
  gint     off_caller;
} Count;

static void
count_task (guint    index,
            gpointer user_data)
{
  Count *count = user_data;

  g_assert_cmpuint (index, <, N_TASKS);
  g_atomic_int_inc (&count->runs[index]);
  if (g_thread_self () != count->caller)
    g_atomic_int_inc (&count->off_caller);
}

static void
run_and_count (guint  n_tasks,
               guint  max_threads,
               Count *count)
{
  *count = (Count) { .caller = g_thread_self () };
  xitu_parallel_run (n_tasks, max_threads, count_task, count);
  for (guint i = 0; i < N_TASKS; i++)
    g_assert_cmpint (count->runs[i], ==, i < n_tasks ? 1 : 0);
}

static void
test_each_once (void)
{
  Count count;

  run_and_count (N_TASKS, 0, &count);
  run_and_count (N_TASKS, 3, &count);
  run_and_count (N_TASKS, 64, &count);
  run_and_count (7, 2, &count);
  run_and_count (0, 4, &count);
}

static void
test_one_thread (void)
{
  Count count;

  run_and_count (N_TASKS, 1, &count);
  g_assert_cmpint (count.off_caller, ==, 0);
  run_and_count (1, 8, &count);
  g_assert_cmpint (count.off_caller, ==, 0);
}

/* Task 0 waits for task 1: only two threads at once get both done. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean second_ran;
  gboolean first_saw_it;
} Meet;

static void
meet_task (guint    index,
           gpointer user_data)
{
  Meet *meet = user_data;
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_mutex_lock (&meet->lock);
  if (index == 1)
    {
      meet->second_ran = TRUE;
      g_cond_broadcast (&meet->cond);
    }
  else
    {
      while (!meet->second_ran)
        if (!g_cond_wait_until (&meet->cond, &meet->lock, deadline))
          break;
      meet->first_saw_it = meet->second_ran;
    }
  g_mutex_unlock (&meet->lock);
}

static void
test_side_by_side (void)
{
  Meet meet = { 0 };

  g_mutex_init (&meet.lock);
  g_cond_init (&meet.cond);
  /* Two threads even on one processor: asked for, not guessed. */
  xitu_parallel_run (2, 2, meet_task, &meet);
  g_assert_true (meet.second_ran);
  g_assert_true (meet.first_saw_it);
  g_mutex_clear (&meet.lock);
  g_cond_clear (&meet.cond);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallel/each-once", test_each_once);
  g_test_add_func ("/parallel/one-thread", test_one_thread);
  g_test_add_func ("/parallel/side-by-side", test_side_by_side);
  return g_test_run ();
}
