/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One task of a parallel run: `index` says which. */
typedef void (*XituParallelFunc) (guint    index,
                                  gpointer user_data);

/* Runs `func` once for each index in [0, n_tasks), on the calling thread
 * and on up to `max_threads - 1` threads more (0: one per processor), and
 * returns when all have run. Each thread takes the next task not yet taken,
 * so that a thread that starts late (a processor woken from idle can take
 * milliseconds) leaves its share to the others instead of being waited
 * for. The extra threads start on processors other than the caller's,
 * where the system allows it: left to the scheduler, a new thread often
 * waits behind its busy creator until the load is balanced.
 *
 * Nothing is started for one task or on one processor. `func` must be
 * safe to call from several threads at once. */
void xitu_parallel_run (guint            n_tasks,
                        guint            max_threads,
                        XituParallelFunc func,
                        gpointer         user_data);

G_END_DECLS
