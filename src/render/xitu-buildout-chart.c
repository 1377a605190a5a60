/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The build-out chart: capacity outside China per stage and year,
 * 2025–2035, as a share of today's world output at the stage (one step line
 * per stage: capacity changes when a plant starts), the user's target, the
 * 12–24 months of the seed article's claim (US Treasury Secretary, November
 * 2025) shaded on the time axis, and the answer xitu_buildout_replace()
 * gives with its bottleneck stage. The timeline assumption and its basis
 * are printed under the chart. Formulas: docs/methodology.md, "Build-out". */
#include "xitu-buildout-private.h"

#include <math.h>

void
xitu_buildout_chart_clear (XituBuildoutChart *b)
{
  g_clear_object (&b->scenario);
  g_clear_pointer (&b->bo, xitu_buildout_free);
  g_clear_pointer (&b->within[0], xitu_replacement_free);
  g_clear_pointer (&b->within[1], xitu_replacement_free);
}

void
xitu_buildout_chart_collect (XituBuildoutChart      *b,
                             XituDataset            *dataset,
                             const XituChartOptions *opts)
{
  XituSource *source = NULL;

  b->scenario = xitu_chart_get_scenario (opts);
  xitu_scenario_get_buildout (b->scenario, dataset, &b->params);
  b->bo = xitu_buildout_compute (dataset, &b->params);
  b->within[0] = xitu_buildout_replace (b->bo, dataset, XITU_BUILDOUT_FIRST_YEAR,
                                        XITU_BUILDOUT_CLAIM_MONTHS_MIN, 100);
  b->within[1] = xitu_buildout_replace (b->bo, dataset, XITU_BUILDOUT_FIRST_YEAR,
                                        XITU_BUILDOUT_CLAIM_MONTHS_MAX, 100);

  b->claim = xitu_dataset_lookup_claim (dataset, XITU_BUILDOUT_CLAIM_ID);
  if (b->claim != NULL)
    source = xitu_dataset_lookup_source (dataset, xitu_claim_get_source (b->claim));
  b->claim_date = source != NULL && xitu_source_get_date (source) != NULL ? xitu_source_get_date (source)
                                                                          : XITU_BUILDOUT_CLAIM_DATE_FALLBACK;
  if (isnan (xitu_chart_date_to_year (b->claim_date)))
    b->claim_date = XITU_BUILDOUT_CLAIM_DATE_FALLBACK;
  b->band_from = xitu_chart_date_to_year (b->claim_date) + XITU_BUILDOUT_CLAIM_MONTHS_MIN / 12.0;
  b->band_to = xitu_chart_date_to_year (b->claim_date) + XITU_BUILDOUT_CLAIM_MONTHS_MAX / 12.0;
}

gboolean
xitu_buildout_chart_stage_drawn (const XituBuildoutStage *st)
{
  return st->has_world && st->has_base && isfinite (st->share_of_world[0]);
}

static XituRgba
stage_color (XituChartCtx *ctx,
             guint         s)
{
  return xitu_chart_line_color (ctx, xitu_palette_categorical (ctx->palette, s));
}

static XituMarker
stage_marker (guint s)
{
  static const XituMarker markers[] = {
    XITU_MARKER_CIRCLE, XITU_MARKER_SQUARE, XITU_MARKER_TRIANGLE, XITU_MARKER_DIAMOND,
    XITU_MARKER_TRIANGLE_DOWN, XITU_MARKER_HEXAGON,
  };
  return markers[s % G_N_ELEMENTS (markers)];
}

/* Per-stage target as % of today's world output; NAN without one. */
static double
target_share (const XituBuildoutStage *st)
{
  if (!st->has_target || !st->has_world || !(st->world_t > 0))
    return NAN;
  return 100.0 * st->target_t / st->world_t;
}

static double
plot_top (XituBuildoutChart *b)
{
  XituBuildout *bo = b->bo;
  double max = 0, step, top;

  for (guint s = 0; s < bo->n_stages; s++)
    {
      const XituBuildoutStage *st = &bo->stages[s];
      double t = target_share (st);

      if (!xitu_buildout_chart_stage_drawn (st))
        continue;
      for (int k = 0; k < XITU_BUILDOUT_N_YEARS; k++)
        max = MAX (max, st->share_of_world[k]);
      if (isfinite (t))
        max = MAX (max, t);
    }
  xitu_chart_nice_scale (MAX (max * 1.08, 10), 6, &step, &top);
  return top;
}

static double
year_x (const XituRect *plot,
        double          year)
{
  double span = XITU_BUILDOUT_N_YEARS;
  return plot->x + plot->width * (year - XITU_BUILDOUT_FIRST_YEAR) / span;
}

static double
share_y (const XituRect *plot,
         double          share,
         double          top)
{
  return plot->y + plot->height * (1 - CLAMP (share, 0, top) / top);
}

/* A wrapped paragraph; returns its height. */
static double
paragraph (XituChartCtx *ctx,
           const char   *text,
           XituTextRole  role,
           XituRgba      color,
           double        x,
           double        y,
           double        width)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (ctx->cr, text, role, ctx->s, ctx->lang);
  XituRect box;

  xitu_text_wrap (layout, width);
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, color);
  box = xitu_text_draw_layout (ctx->cr, layout, x, y, XITU_ALIGN_START, XITU_ALIGN_START);
  cairo_restore (ctx->cr);
  xitu_chart_record_text (ctx, box);
  return box.height;
}

static void
draw_axes (XituChartCtx   *ctx,
           const XituRect *plot,
           double          top)
{
  cairo_t *cr = ctx->cr;
  double step, unused;

  xitu_chart_nice_scale (top, 6, &step, &unused);
  for (double v = 0; v <= top + 1e-9; v += step)
    {
      double y = round (share_y (plot, v, top)) + 0.5;
      g_autofree char *tick = xitu_format_percent (v, 0, ctx->lang);

      xitu_palette_set_source (cr, v == 0 ? ctx->palette->axis : ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, plot->x - 6 * ctx->s, y,
                       XITU_ALIGN_END, XITU_ALIGN_CENTER, 0);
    }
  for (int year = XITU_BUILDOUT_FIRST_YEAR; year <= XITU_BUILDOUT_LAST_YEAR + 1; year++)
    {
      double x = round (year_x (plot, year)) + 0.5;

      xitu_palette_set_source (cr, ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, plot->y + plot->height);
      cairo_line_to (cr, x, plot->y + plot->height + 4 * ctx->s);
      cairo_stroke (cr);
      if (year <= XITU_BUILDOUT_LAST_YEAR)
        {
          g_autofree char *label = g_strdup_printf ("%d", year);
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted,
                           year_x (plot, year + 0.5), plot->y + plot->height + 5 * ctx->s,
                           XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);
        }
    }
}

static void
draw_band (XituChartCtx      *ctx,
           XituBuildoutChart *b,
           const XituRect    *plot)
{
  double from = CLAMP (b->band_from, XITU_BUILDOUT_FIRST_YEAR, XITU_BUILDOUT_LAST_YEAR + 1);
  double to = CLAMP (b->band_to, XITU_BUILDOUT_FIRST_YEAR, XITU_BUILDOUT_LAST_YEAR + 1);
  XituRect band = { year_x (plot, from), plot->y, year_x (plot, to) - year_x (plot, from), plot->height };
  XituHitRegion *region;
  g_autofree char *date = xitu_chart_format_date (ctx, b->claim_date);
  g_autofree char *label = NULL;

  if (band.width <= 0)
    return;
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, band.x, band.y, band.width, band.height);
  xitu_palette_set_source (ctx->cr, xitu_rgba_mix (ctx->palette->reference, ctx->palette->background, 0.82));
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);

  label = xitu_chart_tr (ctx, "Claim: 12–24 months", "说法：12–24 个月");
  xitu_chart_text_on_plate (ctx, label, XITU_TEXT_SMALL, ctx->palette->foreground, band.x + band.width / 2,
                            band.y + 2 * ctx->s, XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);

  /* A group of its own, apart from the stages' (keyboard rows). */
  region = xitu_chart_add_region (ctx, band, XITU_HIT_ANNOTATION, NULL, NULL, NULL, XITU_MAX_STAGES + 1);
  region->id = g_strdup (XITU_BUILDOUT_CLAIM_ID);
  region->source = b->claim != NULL ? g_strdup (xitu_claim_get_source (b->claim)) : NULL;
  region->label = ctx->lang == XITU_LANG_ZH
    ? g_strdup_printf ("说法的时间窗：%s 之后 12 至 24 个月", date)
    : g_strdup_printf ("The claim's window: 12 to 24 months after %s", date);
  region->tooltip = xitu_buildout_chart_claim_tooltip (ctx, b, region->label);
}

static void
draw_target (XituChartCtx      *ctx,
             XituBuildoutChart *b,
             const XituRect    *plot,
             double             top)
{
  XituBuildout *bo = b->bo;
  double dash[] = { 5 * ctx->s, 3 * ctx->s };
  double drawn = NAN;

  for (guint s = 0; s < bo->n_stages; s++)
    {
      double t = target_share (&bo->stages[s]);
      double y;

      if (!xitu_buildout_chart_stage_drawn (&bo->stages[s]) || !isfinite (t) ||
          (isfinite (drawn) && fabs (t - drawn) < 1e-9))
        continue;
      y = round (share_y (plot, t, top)) + 0.5;
      cairo_save (ctx->cr);
      cairo_set_dash (ctx->cr, dash, 2, 0);
      xitu_palette_set_source (ctx->cr, ctx->palette->reference);
      cairo_set_line_width (ctx->cr, 1.5 * ctx->s);
      cairo_move_to (ctx->cr, plot->x, y);
      cairo_line_to (ctx->cr, plot->x + plot->width, y);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
      {
        g_autofree char *pct = xitu_format_percent (t, XITU_DECIMALS_AUTO, ctx->lang);
        g_autofree char *label = ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("目标 %s", pct)
                                                           : g_strdup_printf ("Target %s", pct);
        xitu_chart_text_on_plate (ctx, label, XITU_TEXT_SMALL, ctx->palette->foreground,
                                  plot->x + plot->width - 4 * ctx->s, y - 2 * ctx->s,
                                  XITU_ALIGN_END, XITU_ALIGN_END, 0);
      }
      drawn = t;
    }
}

static void
draw_stage (XituChartCtx      *ctx,
            XituBuildoutChart *b,
            guint              s,
            const XituRect    *plot,
            double             top)
{
  const XituBuildoutStage *st = &b->bo->stages[s];
  cairo_t *cr = ctx->cr;
  XituRgba color = stage_color (ctx, s);
  g_autofree char *name = xitu_chart_stage_name (ctx, st->id);
  double marker = 7 * ctx->s;

  cairo_save (cr);
  xitu_palette_set_source (cr, color);
  cairo_set_line_width (cr, 2.5 * ctx->s);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (int k = 0; k < XITU_BUILDOUT_N_YEARS; k++)
    {
      double y = share_y (plot, st->share_of_world[k], top);
      double x0 = year_x (plot, XITU_BUILDOUT_FIRST_YEAR + k);
      double x1 = year_x (plot, XITU_BUILDOUT_FIRST_YEAR + k + 1);

      if (k == 0)
        cairo_move_to (cr, x0, y);
      else
        cairo_line_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  for (int k = 0; k < XITU_BUILDOUT_N_YEARS; k++)
    {
      int year = XITU_BUILDOUT_FIRST_YEAR + k;
      double y = share_y (plot, st->share_of_world[k], top);
      double x0 = year_x (plot, year);
      double x1 = year_x (plot, year + 1);
      XituRect hit = { x0, y - 8 * ctx->s, x1 - x0, 16 * ctx->s };
      XituHitRegion *region;
      g_autofree char *pct = xitu_format_percent (st->share_of_world[k], XITU_DECIMALS_AUTO, ctx->lang);

      /* A marker where capacity changes, and at both ends. */
      if (k == 0 || k == XITU_BUILDOUT_N_YEARS - 1 || st->share_of_world[k] != st->share_of_world[k - 1])
        xitu_chart_draw_marker (cr, stage_marker (s), (x0 + x1) / 2, y, marker, color, FALSE, ctx->palette->background);

      region = xitu_chart_add_region (ctx, hit, XITU_HIT_RESULT, NULL, st->id, NULL, s);
      region->year = year;
      region->value = st->share_of_world[k];
      region->unit = g_strdup ("%");
      region->label = ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("%s %d 年：占当前世界产量的 %s", name, year, pct)
                                                : g_strdup_printf ("%s %d: %s of today's world output", name, year, pct);
      region->tooltip = xitu_buildout_chart_year_tooltip (ctx, b, st, k, name);
    }
}

/* The end value of each line, by the right edge, moved apart so that the
 * labels do not overlap. */
static void
draw_end_labels (XituChartCtx      *ctx,
                 XituBuildoutChart *b,
                 const XituRect    *plot,
                 double             top)
{
  XituBuildout *bo = b->bo;
  double h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  double ys[XITU_MAX_STAGES];
  guint order[XITU_MAX_STAGES], n = 0;

  for (guint s = 0; s < bo->n_stages; s++)
    if (xitu_buildout_chart_stage_drawn (&bo->stages[s]))
      {
        ys[s] = share_y (plot, bo->stages[s].share_of_world[XITU_BUILDOUT_N_YEARS - 1], top);
        order[n++] = s;
      }
  /* Sort by y, then push down what overlaps. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && ys[order[j]] < ys[order[j - 1]]; j--)
      {
        guint t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  {
    double last = -G_MAXDOUBLE;
    for (guint i = 0; i < n; i++)
      {
        guint s = order[i];
        double y = MAX (ys[s], last + h);
        g_autofree char *pct = xitu_format_percent (bo->stages[s].share_of_world[XITU_BUILDOUT_N_YEARS - 1],
                                                    XITU_DECIMALS_AUTO, ctx->lang);

        xitu_chart_text (ctx, pct, XITU_TEXT_SMALL, stage_color (ctx, s), plot->x + plot->width + 6 * ctx->s, y,
                         XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);
        last = y;
      }
  }
}

static GArray *
legend_items (XituChartCtx      *ctx,
              XituBuildoutChart *b)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  XituBuildout *bo = b->bo;

  for (guint s = 0; s < bo->n_stages; s++)
    {
      const XituBuildoutStage *st = &bo->stages[s];
      XituLegendItem item = { XITU_LEGEND_LINE, stage_color (ctx, s), stage_marker (s), FALSE, NULL };
      g_autofree char *name = xitu_chart_stage_name (ctx, st->id);

      if (!xitu_buildout_chart_stage_drawn (st))
        {
          g_autofree char *none = xitu_chart_tr (ctx, "no sourced figure for China's share: no base", "中国份额无来源数据：无基数");
          item.style = XITU_LEGEND_HATCH;
          item.label = g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：%s" : "%s: %s", name, none);
        }
      else
        item.label = g_steal_pointer (&name);
      g_array_append_val (items, item);
    }
  {
    XituLegendItem band = { XITU_LEGEND_SWATCH, xitu_rgba_mix (ctx->palette->reference, ctx->palette->background, 0.82) };
    g_autofree char *date = xitu_chart_format_date (ctx, b->claim_date);
    band.label = ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("说法的 12–24 个月（美国财长，%s）", date)
                                           : g_strdup_printf ("The claim's 12–24 months (US Treasury Secretary, %s)", date);
    g_array_append_val (items, band);
  }
  if (b->params.target_kind == XITU_TARGET_SHARE_OF_WORLD)
    {
      XituLegendItem target = { XITU_LEGEND_DASH, ctx->palette->reference };
      target.label = xitu_chart_tr (ctx, "Target", "目标");
      g_array_append_val (items, target);
    }
  return items;
}

void
xitu_buildout_chart_draw (XituChartCtx *ctx)
{
  g_auto (XituBuildoutChart) b = { 0 };
  g_autoptr (GArray) legend = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *axis = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  double legend_h, headline_h, reason_h, small_h, tick_w, end_w, top;
  XituRect body, plot;

  xitu_buildout_chart_collect (&b, ctx->dataset, ctx->opts);
  xitu_buildout_chart_titles (ctx, &b, &title, &subtitle);
  xitu_buildout_chart_add_sources (ctx, &b);
  notes = xitu_buildout_chart_notes (ctx, &b);
  heading = xitu_chart_tr (ctx, "Timeline assumption and basis", "时间线假设及依据");

  body = xitu_chart_begin (ctx, title, subtitle);
  xitu_chart_draw_notes (ctx, &body, heading, (const char * const *) notes->pdata);
  g_string_append_printf (summary, "%s%s", title, zh ? "。" : ".");

  legend = legend_items (ctx, &b);
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);

  /* The answer, above the plot. */
  headline = xitu_buildout_chart_verdict_headline (ctx, &b);
  reason = xitu_buildout_chart_verdict_reason (ctx, &b, b.within[1]);
  {
    double y = body.y + legend_h + 10 * ctx->s;
    XituHitRegion *region;
    XituRect box;

    headline_h = paragraph (ctx, headline, XITU_TEXT_VALUE, ctx->palette->foreground, body.x, y, body.width);
    reason_h = paragraph (ctx, reason, XITU_TEXT_SMALL, ctx->palette->foreground, body.x, y + headline_h + 2 * ctx->s, body.width);
    box = (XituRect) { body.x, y, body.width, headline_h + reason_h + 2 * ctx->s };
    region = xitu_chart_add_region (ctx, box, XITU_HIT_RESULT, NULL, b.within[1]->bottleneck >= 0 ? b.within[1]->stages[b.within[1]->bottleneck].id : NULL, NULL, XITU_MAX_STAGES);
    region->label = g_strdup_printf ("%s. %s", headline, reason);
    region->tooltip = xitu_buildout_chart_verdict_tooltip (ctx, &b);
    region->id = g_strdup (XITU_BUILDOUT_CLAIM_ID);
  }

  small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  top = plot_top (&b);
  {
    g_autofree char *top_tick = xitu_format_percent (top, 0, ctx->lang);
    tick_w = xitu_chart_text_width (ctx, top_tick, XITU_TEXT_SMALL) + 10 * ctx->s;
    end_w = xitu_chart_text_width (ctx, "100.0 %", XITU_TEXT_SMALL) + 10 * ctx->s;
  }
  axis = xitu_chart_tr (ctx, "Capacity outside China, % of today's world output at the stage", "中国以外的产能，占本环节当前世界产量的百分比");
  {
    double y = body.y + legend_h + 10 * ctx->s + headline_h + reason_h + 10 * ctx->s;
    XituRect box = xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, body.x, y,
                                    XITU_ALIGN_START, XITU_ALIGN_START, body.width);
    plot.y = round (box.y + box.height + 8 * ctx->s);
  }
  plot.x = round (body.x + tick_w);
  plot.width = MAX (40, body.x + body.width - end_w - plot.x);
  plot.height = MAX (20, body.y + body.height - plot.y - small_h - 8 * ctx->s);

  draw_band (ctx, &b, &plot);
  draw_axes (ctx, &plot, top);
  draw_target (ctx, &b, &plot, top);
  for (guint s = 0; s < b.bo->n_stages; s++)
    if (xitu_buildout_chart_stage_drawn (&b.bo->stages[s]))
      draw_stage (ctx, &b, s, &plot, top);
  draw_end_labels (ctx, &b, &plot, top);

  xitu_buildout_chart_append_summary (ctx, summary, &b, headline, reason);
  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}
