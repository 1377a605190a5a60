/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* A small dataset with the reference figures (USGS MCS 2025/2026, IEA,
 * Eurostat…) built in code, so that the chart tests do not depend on the
 * bundled file. */
XituDataset *xitu_test_dataset_new        (void);

/* The bundled dataset from XITU_DATA_DIR, or NULL (test skipped) when it
 * is not there yet. */
XituDataset *xitu_test_dataset_load_bundled (void);

G_END_DECLS
