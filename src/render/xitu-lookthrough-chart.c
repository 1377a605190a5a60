/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The look-through chart: for every importer and stage with import-share
 * figures, the share of its imports that comes from China directly (a solid
 * bar), and the same looked through its other suppliers to what they import
 * from China one stage up (a band from the low to the high end, hatched
 * where a partner's own dependence is not in the dataset and counts as 0
 * and as 100 %), with the EU CRMA 65 % single-supplier benchmark across all
 * rows. Every number is xitu_dependence_list()'s; nothing here computes one.
 * Formulas: docs/methodology.md, "Dependence". */
#include "xitu-lookthrough-private.h"

#include <math.h>
#include <string.h>

/* One row as laid out: the record and its words, and where it goes. */
typedef struct
{
  XituDependence *d;
  char           *heading;  /* "United States · Separation & refining" */
  char           *value;    /* "71 % → 71–100 %" */
  char           *notes;    /* measure, period, edition; what is unknown */
  double          y;        /* top of the heading */
  double          bar_y;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->heading);
  g_free (row->value);
  g_free (row->notes);
}

static gboolean
wanted_importer (const XituChartOptions *opts,
                 const char             *code)
{
  return opts->countries == NULL || g_strv_contains ((const char * const *) opts->countries, code);
}

void
xitu_look_through_clear (XituLookThrough *lt)
{
  g_clear_pointer (&lt->records, g_ptr_array_unref);
  g_clear_object (&lt->cap_figure);
}

/* The records with figures, in the model's order (importers as the dataset
 * lists them, stages upstream first). The user's upstream assumptions come
 * from the scenario when the options carry one. */
void
xitu_look_through_collect (XituLookThrough        *lt,
                           XituDataset            *dataset,
                           const XituChartOptions *opts)
{
  const XituUpstreamOverride *overrides = NULL;
  guint n_overrides = 0;
  g_autoptr (GPtrArray) all = NULL;

  if (opts->scenario != NULL)
    overrides = xitu_scenario_get_overrides (opts->scenario, &n_overrides);
  all = xitu_dependence_list (dataset, XITU_CHINA_CODE, opts->year, overrides, n_overrides);
  lt->records = g_ptr_array_new_with_free_func ((GDestroyNotify) xitu_dependence_free);
  lt->cap = xitu_dependence_get_crma_cap (dataset, &lt->cap_figure);
  lt->year = opts->year;
  for (guint i = 0; i < all->len; i++)
    {
      XituDependence *d = g_ptr_array_index (all, i);

      if (!d->has_figures || !wanted_importer (opts, d->importer))
        continue;
      if (opts->year == 0)
        lt->year = MAX (lt->year, d->year_end);
      g_ptr_array_add (lt->records, g_steal_pointer (&all->pdata[i]));
    }
}

/* The figure that stands for a record: China's share, else any partner's. */
XituFigure *
xitu_look_through_record_figure (XituDependence *d)
{
  if (d->direct_figures->len > 0)
    return g_ptr_array_index (d->direct_figures, 0);
  for (guint i = 0; i < d->terms->len; i++)
    if (g_array_index (d->terms, XituLookThroughTerm, i).share_figure != NULL)
      return g_array_index (d->terms, XituLookThroughTerm, i).share_figure;
  return NULL;
}

/* Of the look-through's span, the part that only a missing upstream figure
 * leaves open (it is drawn hatched, at the high end). */
double
xitu_look_through_missing_width (XituDependence *d)
{
  double sum = 0;

  for (guint i = 0; i < d->terms->len; i++)
    {
      const XituLookThroughTerm *t = &g_array_index (d->terms, XituLookThroughTerm, i);

      if (t->upstream_kind == XITU_UPSTREAM_MISSING)
        sum += t->contribution.hi - t->contribution.lo;
    }
  return MIN (sum, d->look_through.hi - d->look_through.lo);
}

/* Drawing */

static double
x_of (const XituRect *plot,
      double          percent)
{
  return plot->x + plot->width * CLAMP (percent, 0.0, 100.0) / 100.0;
}

static void
fill_span (XituChartCtx   *ctx,
           const XituRect *plot,
           double          y,
           double          h,
           double          from,
           double          to,
           XituRgba        color)
{
  double x0 = x_of (plot, from), x1 = x_of (plot, to);

  if (x1 - x0 < 0.01)
    return;
  cairo_rectangle (ctx->cr, x0, y, x1 - x0, h);
  xitu_palette_set_source (ctx->cr, color);
  cairo_fill (ctx->cr);
}

static XituRgba
light_china (XituChartCtx *ctx)
{
  return xitu_rgba_mix (ctx->palette->china, ctx->palette->background, 0.6);
}

static XituRgba
medium_china (XituChartCtx *ctx)
{
  return xitu_rgba_mix (ctx->palette->china, ctx->palette->background, 0.3);
}

/* The band first (what the other suppliers add: certain, a range from the
 * figures, unknown), then the direct bar over it, solid to its low end and
 * lighter to its high end. */
static void
draw_bar (XituChartCtx   *ctx,
          const XituRect *plot,
          const Row      *row,
          double          bar_h)
{
  XituDependence *d = row->d;
  XituRange look = d->look_through;
  double missing = xitu_look_through_missing_width (d);
  double y = row->bar_y;

  if (d->has_look_through && look.hi > d->direct.lo)
    {
      fill_span (ctx, plot, y, bar_h, d->direct.lo, look.lo, medium_china (ctx));
      fill_span (ctx, plot, y, bar_h, look.lo, look.hi - missing, light_china (ctx));
      if (missing > 0)
        {
          double x0 = x_of (plot, look.hi - missing);
          cairo_rectangle (ctx->cr, x0, y, x_of (plot, look.hi) - x0, bar_h);
          xitu_palette_fill_no_data (ctx->cr, ctx->palette, 5 * ctx->s, ctx->opts->pixel_scale);
        }
      /* One outline around the band, so that it reads as one range. */
      cairo_rectangle (ctx->cr, x_of (plot, d->direct.lo), y + 0.5,
                       x_of (plot, look.hi) - x_of (plot, d->direct.lo) - 0.5, bar_h - 1);
      xitu_palette_set_source (ctx->cr, ctx->palette->china);
      cairo_set_line_width (ctx->cr, 1);
      cairo_stroke (ctx->cr);
    }
  fill_span (ctx, plot, y, bar_h, 0, d->direct.lo, ctx->palette->china);
  fill_span (ctx, plot, y, bar_h, d->direct.lo, d->direct.hi, light_china (ctx));
}

static void
add_regions (XituChartCtx   *ctx,
             const XituRect *plot,
             const Row      *row,
             double          bar_h,
             guint           index)
{
  XituDependence *d = row->d;
  XituFigure *figure = d->direct_figures->len > 0 ? g_ptr_array_index (d->direct_figures, 0) : NULL;
  double x_direct = x_of (plot, d->direct.hi);
  XituRect direct = { plot->x, row->bar_y, MAX (2, x_direct - plot->x), bar_h };
  XituHitRegion *region = xitu_chart_add_region (ctx, direct, XITU_HIT_COUNTRY, d->importer, d->stage, figure, index);
  g_autofree char *direct_text = xitu_chart_range_percent (ctx, d->direct);

  /* The figure may be the high end of a source's range: the value is the low. */
  region->value = d->direct.lo;
  region->label = g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：直接来自中国 %s" : "%s: %s directly from China",
                                   row->heading, direct_text);
  region->tooltip = xitu_look_through_direct_tooltip (ctx, d, row->heading);

  if (d->has_look_through)
    {
      /* From where the direct bar ends, so that the two never overlap. */
      XituRect band = { plot->x + direct.width, row->bar_y,
                        MAX (3, x_of (plot, d->look_through.hi) - plot->x - direct.width), bar_h };
      g_autofree char *look = xitu_chart_range_percent (ctx, d->look_through);

      region = xitu_chart_add_region (ctx, band, XITU_HIT_COUNTRY, d->importer, d->stage, NULL, index);
      region->unit = g_strdup ("%");
      region->year = d->year;
      region->edition = g_strdup (d->edition);
      region->label = g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：穿透后 %s" : "%s: %s looked through",
                                       row->heading, look);
      region->tooltip = xitu_look_through_band_tooltip (ctx, d, row->heading);
    }
}

/* Notes wrap within the width, on a plate over the grid and the cap line. */
static double
notes_height (XituChartCtx *ctx,
              const char   *notes,
              double        width)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (ctx->cr, notes, XITU_TEXT_SMALL, ctx->s, ctx->lang);
  double h;

  xitu_text_wrap (layout, width);
  xitu_text_get_size (layout, NULL, &h);
  return h;
}

static void
draw_notes (XituChartCtx *ctx,
            const char   *notes,
            double        x,
            double        y,
            double        width)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (ctx->cr, notes, XITU_TEXT_SMALL, ctx->s, ctx->lang);
  double w, h;

  xitu_text_wrap (layout, width);
  xitu_text_get_size (layout, &w, &h);
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->background);
  cairo_rectangle (ctx->cr, x - 1, y, w + 2, h);
  cairo_fill (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->muted);
  xitu_chart_record_text (ctx, xitu_text_draw_layout (ctx->cr, layout, x, y, XITU_ALIGN_START, XITU_ALIGN_START));
  cairo_restore (ctx->cr);
}

/* "EU CRMA 65 %", each language with its own number style. */
static char *
cap_words (XituChartCtx          *ctx,
           const XituLookThrough *lt,
           const char            *en,
           const char            *zh)
{
  g_autofree char *cap_en = xitu_format_percent (lt->cap, XITU_DECIMALS_AUTO, XITU_LANG_EN);
  g_autofree char *cap_zh = xitu_format_percent (lt->cap, XITU_DECIMALS_AUTO, XITU_LANG_ZH);
  g_autofree char *with_en = g_strconcat (en, " ", cap_en, NULL);
  g_autofree char *with_zh = g_strconcat (zh, " ", cap_zh, NULL);

  return xitu_chart_tr (ctx, with_en, with_zh);
}

static char *
cap_label (XituChartCtx          *ctx,
           const XituLookThrough *lt)
{
  return cap_words (ctx, lt, "EU CRMA", "欧盟基准");
}

static void
draw_legend (XituChartCtx          *ctx,
             const XituLookThrough *lt,
             const XituRect        *body,
             double                *legend_h)
{
  gboolean range = FALSE, certain = FALSE, missing = FALSE;
  g_autoptr (GArray) legend = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));

  for (guint i = 0; i < lt->records->len; i++)
    {
      XituDependence *d = g_ptr_array_index (lt->records, i);
      double m = xitu_look_through_missing_width (d);

      /* Differences under 0.05 points are float noise, not a segment. */
      missing |= m > 0.05;
      certain |= d->has_look_through && d->look_through.lo - d->direct.lo > 0.05;
      range |= d->direct.hi - d->direct.lo > 0.05 || d->look_through.hi - m - d->look_through.lo > 0.05;
    }
  {
    XituLegendItem items[] = {
      { XITU_LEGEND_SWATCH, ctx->palette->china, 0, FALSE, xitu_chart_tr (ctx, "Directly from China", "直接来自中国") },
      { XITU_LEGEND_SWATCH, light_china (ctx), 0, FALSE, xitu_chart_tr (ctx, "Range the figures give", "数据给出的区间") },
      { XITU_LEGEND_SWATCH, medium_china (ctx), 0, FALSE,
        xitu_chart_tr (ctx, "Via other suppliers, upstream known", "经其他供应国，上游已知") },
      { XITU_LEGEND_HATCH, ctx->palette->no_data_hatch, 0, FALSE,
        xitu_chart_tr (ctx, "Via other suppliers, upstream unknown: 0–100 %", "经其他供应国，上游未知：0–100%") },
      { XITU_LEGEND_DASH, ctx->palette->reference, 0, FALSE,
        cap_words (ctx, lt, "EU CRMA single-supplier benchmark", "欧盟单一供应国基准") },
    };
    gboolean shown[] = { TRUE, range, certain, missing, TRUE };

    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      if (shown[i])
        g_array_append_val (legend, items[i]);
      else
        g_free (items[i].label);
  }
  *legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len,
                                      body->x, body->y, body->width);
  xitu_legend_items_clear (legend);
}

/* Grid lines through each bar only, so that they do not run through the
 * words between the rows; under the rows, the axis with its ticks. */
static void
draw_grid (XituChartCtx   *ctx,
           const XituRect *plot,
           GArray         *rows,
           double          bar_h)
{
  cairo_t *cr = ctx->cr;
  double bottom = round (plot->y + plot->height) + 0.5;
  g_autofree char *axis = xitu_chart_tr (ctx, "Share of imports, %", "进口份额，%");

  cairo_set_line_width (cr, 1);
  for (int pct = 0; pct <= 100; pct += 25)
    {
      double x = round (x_of (plot, pct)) + 0.5;
      g_autofree char *tick = xitu_format_percent (pct, 0, ctx->lang);

      xitu_palette_set_source (cr, pct == 0 ? ctx->palette->axis : ctx->palette->grid);
      for (guint i = 0; i < rows->len; i++)
        {
          double y = g_array_index (rows, Row, i).bar_y;
          cairo_move_to (cr, x, y - 3 * ctx->s);
          cairo_line_to (cr, x, y + bar_h + 3 * ctx->s);
        }
      cairo_stroke (cr);
      xitu_palette_set_source (cr, ctx->palette->axis);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 4 * ctx->s);
      cairo_stroke (cr);
      xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, x, bottom + 5 * ctx->s,
                       pct == 0 ? XITU_ALIGN_START : pct == 100 ? XITU_ALIGN_END : XITU_ALIGN_CENTER,
                       XITU_ALIGN_START, 0);
    }
  cairo_move_to (cr, plot->x, bottom);
  cairo_line_to (cr, plot->x + plot->width, bottom);
  cairo_stroke (cr);
  xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, plot->x + plot->width,
                   bottom + 7 * ctx->s + xitu_chart_text_height (ctx, XITU_TEXT_SMALL),
                   XITU_ALIGN_END, XITU_ALIGN_START, plot->width);
}

/* The cap across every row, over the bars; labelled above the first. */
static void
draw_cap (XituChartCtx          *ctx,
          const XituLookThrough *lt,
          const XituRect        *plot)
{
  double x = round (x_of (plot, lt->cap)) + 0.5;
  double dash[] = { 5 * ctx->s, 3 * ctx->s };
  g_autofree char *label = cap_label (ctx, lt);

  cairo_save (ctx->cr);
  cairo_set_dash (ctx->cr, dash, 2, 0);
  xitu_palette_set_source (ctx->cr, ctx->palette->reference);
  cairo_set_line_width (ctx->cr, 1.5 * ctx->s);
  cairo_move_to (ctx->cr, x, plot->y - 2 * ctx->s);
  cairo_line_to (ctx->cr, x, plot->y + plot->height);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
  xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->foreground, x, plot->y - 3 * ctx->s,
                   XITU_ALIGN_CENTER, XITU_ALIGN_END, 0);
}

/* A region that cites the cap, in a keyboard group of its own. It comes
 * first, as its label is above the rows, and so a bar under the line still
 * wins the pointer (later regions are on top). */
static void
add_cap_region (XituChartCtx          *ctx,
                const XituLookThrough *lt,
                const XituRect        *plot,
                guint                  group)
{
  double x = round (x_of (plot, lt->cap)) + 0.5;
  double top = plot->y - 3 * ctx->s - xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  XituRect hit = { x - 3 * ctx->s, top, 6 * ctx->s, plot->y + plot->height - top };
  g_autofree char *heading = xitu_chart_tr (ctx, "EU Critical Raw Materials Act: single-supplier benchmark",
                                            "欧盟《关键原材料法案》：单一供应国基准");
  XituHitRegion *region = xitu_chart_add_region (ctx, hit, XITU_HIT_ANNOTATION, NULL, NULL, lt->cap_figure, group);

  region->label = cap_label (ctx, lt);
  if (lt->cap_figure != NULL)
    {
      region->tooltip = xitu_chart_figure_tooltip (ctx, lt->cap_figure, heading, NULL);
      region->source = g_strdup (xitu_figure_get_source (lt->cap_figure));
    }
  else
    region->tooltip = g_strdup_printf ("%s\n%s · Regulation (EU) 2024/1252, Art. 5(1)", heading, region->label);
}

/* Layout */

typedef struct
{
  double   heading_h;
  double   bar_h;
  double   gap;      /* between rows */
  gboolean notes;    /* room for the notes under the bars */
} Metrics;

static double
rows_height (XituChartCtx  *ctx,
             GArray        *rows,
             const Metrics *m,
             double         notes_w)
{
  double h = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      h += m->heading_h + 3 * ctx->s + m->bar_h + (i > 0 ? m->gap : 0);
      if (m->notes)
        h += 4 * ctx->s + notes_height (ctx, row->notes, notes_w);
    }
  return h;
}

/* Bars 16 px high with their notes; taller with room to spare; thinner,
 * then without notes (the tooltips keep them), when rows are many. */
static Metrics
fit_rows (XituChartCtx *ctx,
          GArray       *rows,
          double        avail,
          double        notes_w)
{
  Metrics m = { xitu_chart_text_height (ctx, XITU_TEXT_HEADING), 16 * ctx->s, 12 * ctx->s, TRUE };
  double n = rows->len;
  double extra = avail - rows_height (ctx, rows, &m, notes_w);

  if (extra >= 0)
    {
      m.bar_h += MIN (extra / n, 6 * ctx->s);
      m.gap += MIN ((avail - rows_height (ctx, rows, &m, notes_w)) / n, 18 * ctx->s);
      return m;
    }
  m.bar_h = MAX (6 * ctx->s, m.bar_h + extra / n);
  if (rows_height (ctx, rows, &m, notes_w) <= avail)
    return m;
  m.notes = FALSE;
  m.gap = 8 * ctx->s;
  m.bar_h = CLAMP (m.bar_h + (avail - rows_height (ctx, rows, &m, notes_w)) / n, 4, 16 * ctx->s);
  return m;
}

static GArray *
make_rows (XituChartCtx          *ctx,
           const XituLookThrough *lt)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, row_clear);
  for (guint i = 0; i < lt->records->len; i++)
    {
      XituDependence *d = g_ptr_array_index (lt->records, i);
      g_autofree char *name = xitu_chart_country_name (ctx, d->importer);
      g_autofree char *stage = xitu_chart_stage_name (ctx, d->stage);
      Row row = { d, g_strdup_printf ("%s · %s", name, stage), xitu_look_through_value (ctx, d),
                  xitu_look_through_notes (ctx, d), 0, 0 };

      g_array_append_val (rows, row);
    }
  return rows;
}

/* Places the rows under the legend and the cap's label; returns the plot:
 * the 0–100 % span across, the rows from top to bottom. */
static XituRect
layout_rows (XituChartCtx   *ctx,
             GArray         *rows,
             const XituRect *body,
             double          legend_h,
             Metrics        *m)
{
  double small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  double value_w = 0, y;
  XituRect plot;

  for (guint i = 0; i < rows->len; i++)
    value_w = MAX (value_w, xitu_chart_text_width (ctx, g_array_index (rows, Row, i).value, XITU_TEXT_VALUE));
  value_w = MIN (value_w, body->width * 0.4);
  plot.x = body->x;
  plot.y = round (body->y + legend_h + 10 * ctx->s + small_h + 4 * ctx->s);
  plot.width = MAX (40, body->width - value_w - 10 * ctx->s);
  *m = fit_rows (ctx, rows, body->y + body->height - plot.y - 2 * small_h - 16 * ctx->s, body->width);

  y = plot.y + 2 * ctx->s;
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      row->y = round (y);
      row->bar_y = round (y + m->heading_h + 3 * ctx->s);
      y = row->bar_y + m->bar_h + m->gap;
      if (m->notes)
        y += 4 * ctx->s + notes_height (ctx, row->notes, body->width);
    }
  plot.height = round (y - m->gap + 6 * ctx->s - plot.y);
  return plot;
}

static void
draw_row_texts (XituChartCtx   *ctx,
                const Row      *row,
                const XituRect *plot,
                const XituRect *body,
                const Metrics  *m)
{
  xitu_chart_text_on_plate (ctx, row->heading, XITU_TEXT_HEADING, ctx->palette->foreground, body->x, row->y,
                            XITU_ALIGN_START, XITU_ALIGN_START, body->width);
  xitu_chart_text (ctx, row->value, XITU_TEXT_VALUE, ctx->palette->foreground, plot->x + plot->width + 8 * ctx->s,
                   row->bar_y + m->bar_h / 2, XITU_ALIGN_START, XITU_ALIGN_CENTER,
                   body->x + body->width - plot->x - plot->width - 8 * ctx->s);
  if (m->notes)
    draw_notes (ctx, row->notes, body->x, row->bar_y + m->bar_h + 4 * ctx->s, body->width);
}

void
xitu_lookthrough_chart_draw (XituChartCtx *ctx)
{
  g_auto (XituLookThrough) lt = { 0 };
  g_autoptr (GArray) rows = NULL;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double legend_h = 0;
  XituRect body, plot;
  Metrics m;

  xitu_look_through_collect (&lt, ctx->dataset, ctx->opts);
  ctx->result->year = lt.year;
  xitu_look_through_titles (ctx, &lt, &title, &subtitle);
  xitu_look_through_add_sources (ctx, &lt);
  body = xitu_chart_begin (ctx, title, subtitle);
  g_string_append_printf (summary, ctx->lang == XITU_LANG_ZH ? "%s。" : "%s.", title);

  if (lt.records->len == 0)
    {
      g_autofree char *message = xitu_look_through_empty_message (ctx);
      xitu_chart_empty (ctx, &body, message);
      g_string_append_printf (summary, " %s", message);
    }
  else
    {
      draw_legend (ctx, &lt, &body, &legend_h);
      rows = make_rows (ctx, &lt);
      plot = layout_rows (ctx, rows, &body, legend_h, &m);
      draw_grid (ctx, &plot, rows, m.bar_h);
      for (guint i = 0; i < rows->len; i++)
        draw_bar (ctx, &plot, &g_array_index (rows, Row, i), m.bar_h);
      draw_cap (ctx, &lt, &plot);
      add_cap_region (ctx, &lt, &plot, rows->len);
      for (guint i = 0; i < rows->len; i++)
        {
          const Row *row = &g_array_index (rows, Row, i);

          draw_row_texts (ctx, row, &plot, &body, &m);
          add_regions (ctx, &plot, row, m.bar_h, i);
          xitu_look_through_append_summary (ctx, summary, row->d);
        }
    }
  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_chart_end (ctx, &body);
}

/* About 90 px a row under the title, legend and axis, and 960 × 600 at
 * least: a shorter page would shrink the text (xitu_text_auto_scale). */
void
xitu_lookthrough_chart_natural_size (XituDataset            *dataset,
                                     const XituChartOptions *opts,
                                     double                 *width,
                                     double                 *height)
{
  g_auto (XituLookThrough) lt = { 0 };

  xitu_look_through_collect (&lt, dataset, opts);
  *width = 960;
  *height = CLAMP (330 + 90 * lt.records->len, 600, 1600);
}
