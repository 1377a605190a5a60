/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the chart renderers share: the drawing context with its result, the
 * frame (background, title, footer), legends, axes and tooltips. Not for use
 * outside src/render. */

#include "xitu-chart.h"
#include "xitu-chart-footer.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_t                *cr;
  XituDataset            *dataset;
  const XituChartOptions *opts;
  const XituPalette      *palette;
  XituChartResult        *result;
  XituFooter             *footer;
  XituLang                lang;
  double                  width;
  double                  height;
  double                  s;       /* text scale */
  double                  margin;
  /* Texts are measured for the layout and then drawn: their layouts,
   * shaped once, made on first use; xitu_chart_ctx_clear() frees them. */
  GHashTable             *layouts;
} XituChartCtx;

typedef enum
{
  XITU_LEGEND_SWATCH,
  XITU_LEGEND_HATCH,
  XITU_LEGEND_LINE,    /* a line with a marker */
  XITU_LEGEND_MARKER,  /* a marker alone */
  XITU_LEGEND_DASH,    /* a dashed reference line */
} XituLegendStyle;

typedef enum
{
  XITU_MARKER_CIRCLE,
  XITU_MARKER_SQUARE,
  XITU_MARKER_TRIANGLE,
  XITU_MARKER_DIAMOND,
  XITU_MARKER_TRIANGLE_DOWN,
  XITU_MARKER_HEXAGON,
  XITU_N_MARKERS
} XituMarker;

typedef struct
{
  XituLegendStyle style;
  XituRgba        color;
  XituMarker      marker;
  gboolean        hollow;
  char           *label;
} XituLegendItem;

void       xitu_chart_ctx_clear     (XituChartCtx     *ctx);

/* Allocates and returns the label in the chart's language ("zh en" when
 * both). */
char      *xitu_chart_tr            (XituChartCtx     *ctx,
                                     const char       *en,
                                     const char       *zh);
char      *xitu_chart_country_name  (XituChartCtx     *ctx,
                                     const char       *code);
char      *xitu_chart_stage_name    (XituChartCtx     *ctx,
                                     const char       *stage_id);
char      *xitu_chart_source_title  (XituChartCtx     *ctx,
                                     const char       *source_id);
/* A figure's measure in words, translated where we know it; NULL when it
 * says nothing the metric does not. */
char      *xitu_chart_measure_phrase (XituChartCtx    *ctx,
                                      const char      *measure);
/* A categorical colour made dark enough for lines on a light background. */
XituRgba   xitu_chart_line_color    (XituChartCtx     *ctx,
                                     XituRgba          color);

XituRect   xitu_chart_text          (XituChartCtx     *ctx,
                                     const char       *text,
                                     XituTextRole      role,
                                     XituRgba          color,
                                     double            x,
                                     double            y,
                                     XituAlign         halign,
                                     XituAlign         valign,
                                     double            max_width);
/* The same on a plate of background colour, over grid or reference lines. */
XituRect   xitu_chart_text_on_plate (XituChartCtx     *ctx,
                                     const char       *text,
                                     XituTextRole      role,
                                     XituRgba          color,
                                     double            x,
                                     double            y,
                                     XituAlign         halign,
                                     XituAlign         valign,
                                     double            max_width);
void       xitu_chart_record_text   (XituChartCtx     *ctx,
                                     XituRect          box);
double     xitu_chart_text_height   (XituChartCtx     *ctx,
                                     XituTextRole      role);
double     xitu_chart_text_width    (XituChartCtx     *ctx,
                                     const char       *text,
                                     XituTextRole      role);

/* Paints the background, draws title and subtitle, reserves the footer and
 * returns the rectangle left for the chart body. */
XituRect   xitu_chart_begin         (XituChartCtx     *ctx,
                                     const char       *title,
                                     const char       *subtitle);
/* Draws the footer (call after the body, once all sources are added). */
void       xitu_chart_end           (XituChartCtx     *ctx,
                                     const XituRect   *body);
/* A centred message in the body when there is nothing to draw. */
void       xitu_chart_empty         (XituChartCtx     *ctx,
                                     const XituRect   *body,
                                     const char       *message);

XituHitRegion *xitu_chart_add_region (XituChartCtx    *ctx,
                                      XituRect         rect,
                                      XituHitKind      kind,
                                      const char      *country,
                                      const char      *stage,
                                      XituFigure      *figure,
                                      guint            group);

/* "Value · Year · Edition · Source" lines for a figure, under `heading`;
 * `extra` (may be NULL) goes after the value. */
char      *xitu_chart_figure_tooltip (XituChartCtx    *ctx,
                                      XituFigure      *figure,
                                      const char      *heading,
                                      const char      *extra);

/* Legend items flow left to right and wrap within max_width. */
double     xitu_chart_legend_measure (XituChartCtx        *ctx,
                                      const XituLegendItem *items,
                                      guint                 n_items,
                                      double                max_width);
double     xitu_chart_legend_draw    (XituChartCtx        *ctx,
                                      const XituLegendItem *items,
                                      guint                 n_items,
                                      double                x,
                                      double                y,
                                      double                max_width);
void       xitu_legend_items_clear   (GArray              *items);

void       xitu_chart_draw_marker    (cairo_t             *cr,
                                      XituMarker           marker,
                                      double               x,
                                      double               y,
                                      double               size,
                                      XituRgba             color,
                                      gboolean             hollow,
                                      XituRgba             background);

/* Round tick steps: the axis from 0 to `*top` ≥ max in steps of `*step`. */
void       xitu_chart_nice_scale     (double               max,
                                      guint                max_ticks,
                                      double              *step,
                                      double              *top);

/* The renderers. */
void       xitu_chain_chart_draw       (XituChartCtx *ctx);
void       xitu_ranking_chart_draw     (XituChartCtx *ctx);
void       xitu_dependence_chart_draw  (XituChartCtx *ctx);
void       xitu_timeseries_chart_draw  (XituChartCtx *ctx);
void       xitu_disruption_chart_draw  (XituChartCtx *ctx);
void       xitu_buildout_chart_draw    (XituChartCtx *ctx);
void       xitu_timeline_chart_draw    (XituChartCtx *ctx);
void       xitu_lookthrough_chart_draw (XituChartCtx *ctx);

XituTable *xitu_chain_chart_table      (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_ranking_chart_table    (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_dependence_chart_table (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_timeseries_chart_table (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_disruption_chart_table (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_buildout_chart_table   (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_timeline_chart_table   (XituDataset *dataset, const XituChartOptions *opts);
XituTable *xitu_lookthrough_chart_table (XituDataset *dataset, const XituChartOptions *opts);

gboolean   xitu_chain_chart_validate      (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_dependence_chart_validate (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_ranking_chart_validate    (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_timeseries_chart_validate (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_disruption_chart_validate (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_timeline_chart_validate   (XituDataset *dataset, const XituChartOptions *opts, GError **error);
gboolean   xitu_lookthrough_chart_validate (XituDataset *dataset, const XituChartOptions *opts, GError **error);

void       xitu_timeline_chart_natural_size (XituDataset *dataset, const XituChartOptions *opts,
                                             double *width, double *height);
void       xitu_disruption_chart_natural_size (XituDataset *dataset, const XituChartOptions *opts,
                                               double *width, double *height);
void       xitu_lookthrough_chart_natural_size (XituDataset *dataset, const XituChartOptions *opts,
                                                double *width, double *height);

/* The scenario a chart draws: the options' one, else a default scenario
 * (a new reference either way). */
XituScenario *xitu_chart_get_scenario   (const XituChartOptions *opts);

/* Scenario words (xitu-scenario-text.c). */
char      *xitu_chart_range_percent   (XituChartCtx *ctx, XituRange range);
char      *xitu_chart_range_number    (XituChartCtx *ctx, XituRange range, int decimals);
char      *xitu_chart_unit_name       (XituChartCtx *ctx, const char *unit);
char      *xitu_chart_stage_list      (XituChartCtx *ctx, const char * const *ids);
const char *xitu_chart_event_source   (XituDataset *dataset, const char *event_id);
gboolean   xitu_chart_preset_modified (XituDataset *dataset, const XituDisruptionPreset *preset,
                                       const XituDisruptionParams *params);
char      *xitu_chart_preset_line     (XituChartCtx *ctx, const XituDisruptionPreset *preset,
                                       gboolean modified);
double     xitu_chart_date_to_year    (const char *date);
char      *xitu_chart_format_date     (XituChartCtx *ctx, const char *date);
char      *xitu_chart_country_in_sentence (XituChartCtx *ctx, const char *code);

/* A block of notes at the foot of the body ("Inputs and assumptions"):
 * drawn above the footer in every output, so that an exported chart carries
 * what it was computed from. Shrinks `body` by the height it takes. */
void       xitu_chart_draw_notes     (XituChartCtx        *ctx,
                                      XituRect            *body,
                                      const char          *heading,
                                      const char * const  *lines);

/* Helpers for the tables. */
char      *xitu_figure_flags_string  (XituFigure          *figure);
void       xitu_table_add_figure_row (XituTable           *table,
                                      XituDataset         *dataset,
                                      XituFigure          *figure,
                                      const char          *chart_item,
                                      double               share);
extern const char * const xitu_chart_table_header[];

G_END_DECLS
