/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-chart.h"
#include "xitu-export.h"
#include "xitu-map-metric.h"
#include "xitu-map-names.h"
#include "xitu-map-renderer.h"

G_BEGIN_DECLS

typedef enum
{
  XITU_MAP_CLASSING_QUANTILE,        /* five classes of equal counts */
  XITU_MAP_CLASSING_EQUAL_INTERVAL,  /* five classes of equal width */
  XITU_MAP_CLASSING_LOG,             /* five classes, equal on a log scale */
  XITU_MAP_CLASSING_POLICY,          /* 10 / 40 / 65 % (shares only; else quantile) */
  XITU_N_MAP_CLASSINGS
} XituMapClassing;

/* The policy thresholds, in %: 65 % is the EU Critical Raw Materials Act's
 * cap on any single third country's share of a strategic raw material. */
#define XITU_MAP_POLICY_BREAKS { 10.0, 40.0, 65.0 }
#define XITU_MAP_N_CLASSES 5

/* What to map. NULL and 0 members take the defaults: the metric's default
 * stage, the latest year, the newest edition. */
typedef struct
{
  XituMapMetricKind  kind;
  const char        *stage;
  int                year;
  const char        *edition;
  XituMapClassing    classing;
  XituLang           lang;
  XituNumberStyle    numbers;
  gboolean           dark;
  gboolean           hide_pins;
} XituMapRequest;

#define XITU_TYPE_MAP_CONTENT (xitu_map_content_get_type ())
G_DECLARE_FINAL_TYPE (XituMapContent, xitu_map_content, XITU, MAP_CONTENT, GObject)

/* Everything one map shows, from the dataset, in the request's label
 * language: the values and their classes, the legend, title, sources and
 * disclaimer, the facility pins, the tooltips and the data behind it. The
 * map view and `xitu export map` both build their map here. `names` may be
 * NULL (names then come from the dataset and the geometry). */
XituMapContent       *xitu_map_content_new              (XituDataset          *dataset,
                                                         XituWorld            *world,
                                                         XituMapNames         *names,
                                                         const XituMapRequest *request);

/* The options to draw (owned by the content; copy to change the view). */
const XituMapOptions *xitu_map_content_get_options      (XituMapContent       *self);
XituMapMetric        *xitu_map_content_get_metric       (XituMapContent       *self);
XituLang              xitu_map_content_get_lang         (XituMapContent       *self);
XituFacility         *xitu_map_content_get_pin_facility (XituMapContent       *self,
                                                         guint                 index);
/* The class (0…n_breaks) a value falls in, as drawn. */
guint                 xitu_map_content_classify         (XituMapContent       *self,
                                                         double                value);

/* A map country's name in the label language. */
char                 *xitu_map_content_country_name     (XituMapContent       *self,
                                                         guint                 numeric,
                                                         const char           *map_name);
/* Tooltips: name, value with unit, year, edition and source; for a pin,
 * facility, operator, stages, status, capacity and source. */
char                 *xitu_map_content_describe_country (XituMapContent       *self,
                                                         guint                 numeric,
                                                         const char           *map_name);
char                 *xitu_map_content_describe_pin     (XituMapContent       *self,
                                                         guint                 index);
/* One line for the accessible description: what is mapped and the largest
 * values. */
char                 *xitu_map_content_get_summary      (XituMapContent       *self);
/* "map-separation-share-2024", without extension. */
char                 *xitu_map_content_get_suggested_name (XituMapContent     *self);

/* The values by country, one row per map country with a figure, with the
 * figure, its source and edition: what the CSV export writes. */
XituTable            *xitu_map_content_get_table        (XituMapContent       *self);

/* Draws the map in (0, 0, width, height) of cr's user space, as the export
 * does; returns the title and sets `summary` (nullable) to the summary. */
char                 *xitu_map_content_draw             (XituMapContent       *self,
                                                         cairo_t              *cr,
                                                         double                width,
                                                         double                height,
                                                         XituWorld            *world,
                                                         double                zoom,
                                                         double                centre_x,
                                                         double                centre_y,
                                                         char                **summary);

/* The bytes of a PNG, PDF, SVG or CSV file of the map, in the request's
 * theme. `world` (nullable) replaces the content's geometry (the 50m world
 * for print); zoom 0 draws the whole world. */
GBytes               *xitu_map_content_export           (XituMapContent       *self,
                                                         XituWorld            *world,
                                                         double                zoom,
                                                         double                centre_x,
                                                         double                centre_y,
                                                         XituExportFormat      format,
                                                         double                width,
                                                         double                height,
                                                         double                scale,
                                                         GError              **error);

const char           *xitu_map_classing_to_string       (XituMapClassing       classing);
gboolean              xitu_map_classing_from_string     (const char           *str,
                                                         XituMapClassing      *classing);

G_END_DECLS
