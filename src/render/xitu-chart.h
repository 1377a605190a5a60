/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "xitu-dataset.h"
#include "xitu-format.h"
#include "xitu-palette.h"
#include "xitu-scenario.h"
#include "xitu-text.h"

G_BEGIN_DECLS

/* The charts. One entry point draws any of them into a cairo_t of a given
 * size — the widget's snapshot, a PNG, a PDF or an SVG page alike — and
 * returns what it drew: the hit regions (rectangle → country, stage,
 * figure, tooltip), every text box, a title and a plain-language summary
 * for assistive technology. Data come from the model's queries; nothing
 * here computes a share. */

typedef enum
{
  XITU_CHART_CHAIN,      /* stacked bar of country shares per stage */
  XITU_CHART_RANKING,    /* countries ranked for one metric and year */
  XITU_CHART_DEPENDENCE, /* importers' dependence on China */
  XITU_CHART_TIMESERIES, /* a metric over the years for chosen countries */
  XITU_CHART_DISRUPTION, /* "scenario": shortfall per importer when a supplier cuts */
  XITU_CHART_BUILDOUT,   /* capacity outside China per stage and year, 2025–2035 */
  XITU_CHART_TIMELINE,   /* measures, deals and plants on a date axis */
  XITU_CHART_LOOK_THROUGH, /* "lookthrough": importers' dependence on China, direct
                            * and looked through their other suppliers */
  XITU_N_CHART_KINDS
} XituChartKind;

/* Ranking metrics (XituChartOptions.metric for XITU_CHART_RANKING). */
#define XITU_RANKING_PRODUCTION       "production"
#define XITU_RANKING_RESERVES         "reserves"
#define XITU_RANKING_SEPARATION_SHARE "separation-share"

typedef struct
{
  XituChartKind    kind;
  int              year;            /* 0: the latest year with figures */
  char            *edition;         /* NULL: the newest edition */
  char            *compare_edition; /* ranking: a second edition beside it */
  char            *metric;          /* ranking and time series; NULL: default */
  char           **countries;       /* time series: countries to show;
                                     * dependence, look-through: importers;
                                     * NULL: default */
  XituLang         lang;            /* language of every label */
  XituTheme        theme;
  XituNumberStyle  numbers;
  double           text_scale;      /* 0: from the size (xitu_text_auto_scale) */
  gboolean         transparent;     /* leave the background unpainted */
  double           pixel_scale;     /* drawn into a recording that is played
                                     * onto pixels (the chart widget): device
                                     * pixels per user unit there; 0: not
                                     * known (images tell it themselves) */
  char            *data_edition;    /* footer; NULL: the dataset's default */
  XituScenario    *scenario;        /* disruption and build-out: the inputs (a
                                     * reference); NULL: the default scenario;
                                     * look-through: its upstream assumptions,
                                     * NULL: none */
} XituChartOptions;

void        xitu_chart_options_init   (XituChartOptions       *options,
                                       XituChartKind           kind);
void        xitu_chart_options_clear  (XituChartOptions       *options);
void        xitu_chart_options_copy   (XituChartOptions       *dest,
                                       const XituChartOptions *src);

const char *xitu_chart_kind_to_string   (XituChartKind   kind);
gboolean    xitu_chart_kind_from_string (const char     *str,
                                         XituChartKind  *kind);

typedef enum
{
  XITU_HIT_COUNTRY,     /* a named country's segment, bar or point */
  XITU_HIT_OTHER,       /* the source's "other countries" */
  XITU_HIT_NO_DATA,     /* no sourced figure */
  XITU_HIT_RESULT,      /* a computed result (scenario shortfall, capacity) */
  XITU_HIT_EVENT,       /* a dated measure, deal or start-up */
  XITU_HIT_FACILITY,    /* a mine or plant */
  XITU_HIT_ANNOTATION,  /* a marked span or line, e.g. a claim's time window */
} XituHitKind;

typedef struct
{
  XituRect     rect;
  XituHitKind  kind;
  char        *country;   /* ISO alpha-3 or bloc code; NULL for other / no data */
  char        *stage;     /* stage id, or NULL */
  XituFigure  *figure;    /* the figure behind it (a reference), or NULL */
  double       value;     /* in `unit`; NAN when there is none */
  char        *unit;
  int          year;      /* the year of the figure, 0 if none */
  char        *edition;
  char        *label;     /* one line: "China, mining: 69.2 %" */
  char        *tooltip;   /* several lines: value, unit, year, edition, source */
  guint        group;     /* bar, importer or series index (keyboard rows) */
  char        *id;        /* event or facility id, or NULL */
  char        *source;    /* source id of an event, facility or claim, or NULL */
} XituHitRegion;

typedef struct
{
  GPtrArray *regions;     /* of XituHitRegion*, in reading and keyboard order */
  GArray    *texts;       /* of XituRect: the box of every text drawn */
  char      *title;
  char      *summary;     /* what the chart shows, for the accessible description */
  int        year;        /* the year asked for once 0 is resolved */
  GPtrArray *sources;     /* of char*: "publisher, edition" as in the footer */
  double     width;
  double     height;
} XituChartResult;

void                 xitu_chart_result_free  (XituChartResult *result);
/* The region under (x, y), or NULL. */
const XituHitRegion *xitu_chart_result_hit   (XituChartResult *result,
                                              double           x,
                                              double           y);
/* Index of the region, or -1. */
int                  xitu_chart_result_find  (XituChartResult *result,
                                              const char      *country,
                                              const char      *stage);

/* The size a chart of this kind reads best at, in logical pixels: 960 × 600
 * for most; the timeline grows with its rows and years. */
void              xitu_chart_get_natural_size (XituDataset            *dataset,
                                               const XituChartOptions *options,
                                               double                 *width,
                                               double                 *height);

/* Checks what a person can get wrong (unknown metric or country, a year
 * outside the data, an unknown edition) before drawing or exporting. */
gboolean          xitu_chart_validate  (XituDataset            *dataset,
                                        const XituChartOptions *options,
                                        GError                **error);

/* Draws the chart in the rectangle (0, 0, width, height) of cr's user space.
 * Never fails: without figures it says so in the chart. */
XituChartResult  *xitu_chart_draw      (XituDataset            *dataset,
                                        const XituChartOptions *options,
                                        cairo_t                *cr,
                                        double                  width,
                                        double                  height);

/* The years a chart of this kind (and metric) has figures for, newest
 * first, and the editions it can be drawn from, newest first: what the
 * views offer in their year and edition dropdowns. */
GArray           *xitu_chart_list_years    (XituDataset            *dataset,
                                            const XituChartOptions *options);
GStrv             xitu_chart_list_editions (XituDataset            *dataset,
                                            const XituChartOptions *options);

/* The data behind a chart, one row per number drawn, with its source and
 * edition: what the CSV export writes. */
typedef struct
{
  GStrv      header;
  GPtrArray *rows;        /* of GStrv, as long as header */
} XituTable;

XituTable        *xitu_table_new        (const char * const     *header);
void              xitu_table_free       (XituTable              *table);
/* Takes `n` strings (may be NULL → empty) as the next row. */
void              xitu_table_add_row    (XituTable              *table,
                                         ...);
void              xitu_table_add_rowv   (XituTable              *table,
                                         const char * const     *row);
/* RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled. */
char             *xitu_table_to_csv     (XituTable              *table);
char             *xitu_csv_quote        (const char             *field);

XituTable        *xitu_chart_get_table  (XituDataset            *dataset,
                                         const XituChartOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituChartResult, xitu_chart_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituTable, xitu_table_free)

G_END_DECLS
