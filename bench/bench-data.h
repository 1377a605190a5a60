/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"
#include "xitu-map-content.h"
#include "xitu-map-renderer.h"

G_BEGIN_DECLS

/* The data every benchmark starts from: the bundled dataset, the Natural
 * Earth world, and the map every map benchmark draws, built as the Map view
 * and `xitu export map` build theirs (XituMapContent): mine production
 * (t REO) of the latest year, 5 log classes, English labels, no facility
 * pins (the peer draws none), on Natural Earth 1:110m. With
 * XITU_BENCH_DUMP_DIR set, its title, values and breaks are written there as
 * map-values.csv for the geopandas peer, so that both sides draw the same
 * map. */
typedef struct
{
  XituDataset          *dataset;
  XituWorld            *world;
  XituMapContent       *content;
  const XituMapOptions *options;  /* the content's */
} XituBenchChoropleth;

/* Loaded on the first call, kept until xitu_bench_choropleth_free(). */
const XituBenchChoropleth *xitu_bench_choropleth_get       (void);
void                       xitu_bench_choropleth_free      (void);

XituDataset               *xitu_bench_load_dataset         (void);
XituWorld                 *xitu_bench_load_world           (void);

/* Points inside large countries (lon, lat), whose outlines are the longest
 * to fill: where the hover benchmarks put the pointer, in turn. */
#define XITU_BENCH_N_HOVER_POINTS 6
extern const double xitu_bench_hover_points[XITU_BENCH_N_HOVER_POINTS][2];

G_END_DECLS
