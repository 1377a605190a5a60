/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset-loader.h"

G_BEGIN_DECLS

/* tests/data/analysis-dataset.json: invented round numbers, so that every
 * expected value in the analysis tests can be worked out by hand. */
XituDataset *fixture_load_analysis (void);

/* The bundled dataset (data/dataset/xitu-dataset.json). */
XituDataset *fixture_load_real     (void);

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)

G_END_DECLS
