/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The disruption ("scenario") chart: a supplier cuts its exports of one or
 * more stages' products; for each importer, the share of its consumption
 * lost while the cut lasts (in %, and in t/yr where the dataset gives its
 * imports in tonnes), how many months its stock lasts, and the knock-on
 * downstream as an upper bound. The inputs and assumptions are printed
 * under the chart, so that an exported chart carries them. Every number
 * comes from XituDisruption (docs/methodology.md, "Disruption"). */
#include "xitu-disruption-private.h"

#include <math.h>

void
xitu_disruption_chart_clear (XituDisruptionChart *d)
{
  g_clear_object (&d->engine);
  g_clear_object (&d->scenario);
  g_clear_pointer (&d->rows, g_array_unref);
  g_clear_pointer (&d->missing, g_ptr_array_unref);
}

gboolean
xitu_disruption_chart_is_supplier (XituDisruption *engine,
                                   guint           importer)
{
  for (guint s = 0; s < xitu_disruption_get_n_stages (engine); s++)
    if (xitu_disruption_get_cell (engine, importer, s)->status == XITU_CELL_SUPPLIER)
      return TRUE;
  return FALSE;
}

/* Runs the engine on the scenario and lists what the chart shows. */
void
xitu_disruption_chart_collect (XituDisruptionChart    *d,
                               XituDataset            *dataset,
                               const XituChartOptions *opts)
{
  guint n_importers, n_stages;

  d->scenario = xitu_chart_get_scenario (opts);
  xitu_scenario_get_disruption (d->scenario, dataset, &d->params);
  d->engine = xitu_disruption_new (dataset);
  {
    guint n_overrides;
    const XituUpstreamOverride *overrides = xitu_scenario_get_overrides (d->scenario, &n_overrides);
    xitu_disruption_set_overrides (d->engine, overrides, n_overrides);
  }
  xitu_disruption_run (d->engine, &d->params);

  d->preset = xitu_disruption_find_preset (xitu_scenario_get_preset (d->scenario));
  if (d->preset != NULL)
    d->preset_modified = xitu_chart_preset_modified (dataset, d->preset, &d->params);

  d->rows = g_array_new (FALSE, FALSE, sizeof (XituDisruptionRow));
  d->missing = g_ptr_array_new_with_free_func (g_free);
  n_importers = xitu_disruption_get_n_importers (d->engine);
  n_stages = xitu_disruption_get_n_stages (d->engine);
  for (guint i = 0; i < n_importers; i++)
    {
      if (xitu_disruption_chart_is_supplier (d->engine, i))
        continue;
      for (guint s = 0; s < n_stages; s++)
        {
          const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, i, s);
          gboolean cut = xitu_disruption_get_stage (d->engine, s)->cut;
          XituDisruptionRow row = { i, s, XITU_DISRUPTION_ROW_SHORTFALL };

          if (cut && cell->status == XITU_CELL_CUT)
            g_array_append_val (d->rows, row);
          else if (cell->has_knock_on)
            {
              row.kind = XITU_DISRUPTION_ROW_KNOCK_ON;
              g_array_append_val (d->rows, row);
            }
        }
    }
}

static double
max_value_width (XituChartCtx        *ctx,
                 XituDisruptionChart *d)
{
  double w = 0;

  for (guint r = 0; r < d->rows->len; r++)
    {
      const XituDisruptionRow *row = &g_array_index (d->rows, XituDisruptionRow, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
      g_autofree char *value = row->kind == XITU_DISRUPTION_ROW_KNOCK_ON
                               ? xitu_disruption_chart_knock_on_value (ctx, cell)
                               : xitu_disruption_chart_shortfall_value (ctx, cell);

      w = MAX (w, xitu_chart_text_width (ctx, value, XITU_TEXT_VALUE));
    }
  return w;
}

static gboolean
any_scope_fallback (XituDisruptionChart *d)
{
  for (guint r = 0; r < d->rows->len; r++)
    {
      const XituDisruptionRow *row = &g_array_index (d->rows, XituDisruptionRow, r);
      if (row->kind == XITU_DISRUPTION_ROW_SHORTFALL &&
          xitu_disruption_get_cell (d->engine, row->importer, row->stage)->scope_fallback)
        return TRUE;
    }
  return FALSE;
}

/* One line per row: importer, stage, bar, value, months of stock. */
static void
draw_rows (XituChartCtx        *ctx,
           XituDisruptionChart *d,
           GString             *summary,
           const XituRect      *body,
           double               legend_h,
           XituRgba             color,
           XituRgba             light)
{
  cairo_t *cr = ctx->cr;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  XituRgba knock = xitu_rgba_mix (color, ctx->palette->background, 0.82);
  double small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  double name_w = 0, stage_w = 0, value_w, stock_w, row_h, bar_h, group_gap = 6 * ctx->s;
  double below, rows_bottom;
  guint n_groups = 0, n_notes;
  XituRect plot;

  for (guint r = 0; r < d->rows->len; r++)
    {
      const XituDisruptionRow *row = &g_array_index (d->rows, XituDisruptionRow, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
      g_autofree char *name = xitu_chart_country_name (ctx, xitu_disruption_get_importer (d->engine, row->importer));
      g_autofree char *label = xitu_disruption_chart_row_label (ctx, d, row, cell);

      if (r == 0 || g_array_index (d->rows, XituDisruptionRow, r - 1).importer != row->importer)
        n_groups++;
      name_w = MAX (name_w, xitu_chart_text_width (ctx, name, XITU_TEXT_HEADING));
      stage_w = MAX (stage_w, xitu_chart_text_width (ctx, label, XITU_TEXT_SMALL));
    }
  {
    g_autofree char *stock_head = xitu_chart_tr (ctx, "Stock lasts", "库存可用");
    g_autofree char *sample = xitu_chart_tr (ctx, "10.0–12.5 months", "10.0–12.5 个月");
    stock_w = MAX (xitu_chart_text_width (ctx, stock_head, XITU_TEXT_SMALL),
                   xitu_chart_text_width (ctx, sample, XITU_TEXT_LABEL)) + 12 * ctx->s;
  }
  value_w = max_value_width (ctx, d);
  name_w = MIN (name_w, body->width * 0.18) + 10 * ctx->s;
  stage_w = MIN (stage_w, body->width * 0.24) + 10 * ctx->s;
  n_notes = (d->missing->len > 0 ? 1 : 0) + (any_scope_fallback (d) ? 1 : 0);
  below = 2 * small_h + 8 * ctx->s + n_notes * (small_h + 2 * ctx->s);

  plot.x = round (body->x + name_w + stage_w);
  plot.y = round (body->y + legend_h + 10 * ctx->s + small_h + 4 * ctx->s);
  plot.width = MAX (40, body->x + body->width - plot.x - value_w - stock_w - 12 * ctx->s);
  plot.height = MAX (10, body->y + body->height - plot.y - below);
  row_h = (plot.height - group_gap * (n_groups - 1)) / d->rows->len;
  row_h = MIN (row_h, small_h + 14 * ctx->s);
  bar_h = CLAMP (row_h - 6 * ctx->s, 3, 14 * ctx->s);
  rows_bottom = plot.y + d->rows->len * row_h + group_gap * (n_groups - 1);

  /* Axis 0–100 %, the stock column's heading, and what is not drawn. */
  {
    g_autofree char *axis = xitu_chart_tr (ctx, "% of the importer's consumption (knock-on: of its output at the stage)",
                                           "占进口方消费量的百分比（连锁影响：占其本环节产出）");
    g_autofree char *stock_head = xitu_chart_tr (ctx, "Stock lasts", "库存可用");
    double y = rows_bottom + 6 * ctx->s + 2 * small_h;

    for (int pct = 0; pct <= 100; pct += 25)
      {
        double x = round (plot.x + plot.width * pct / 100.0) + 0.5;
        g_autofree char *tick = xitu_format_percent (pct, 0, ctx->lang);

        xitu_palette_set_source (cr, pct == 0 ? ctx->palette->axis : ctx->palette->grid);
        cairo_set_line_width (cr, 1);
        cairo_move_to (cr, x, plot.y - 2 * ctx->s);
        cairo_line_to (cr, x, rows_bottom);
        cairo_stroke (cr);
        xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, x, rows_bottom + 3 * ctx->s,
                         pct == 0 ? XITU_ALIGN_START : pct == 100 ? XITU_ALIGN_END : XITU_ALIGN_CENTER,
                         XITU_ALIGN_START, 0);
      }
    xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, plot.x + plot.width,
                     rows_bottom + 4 * ctx->s + small_h, XITU_ALIGN_END, XITU_ALIGN_START, plot.width + stage_w);
    xitu_chart_text (ctx, stock_head, XITU_TEXT_SMALL, ctx->palette->muted, body->x + body->width, plot.y - 4 * ctx->s,
                     XITU_ALIGN_END, XITU_ALIGN_END, stock_w);
    if (any_scope_fallback (d))
      {
        g_autofree char *star = xitu_chart_tr (ctx, "* No figure for the elements the measure covers: the all-rare-earth import share stands in",
                                               "* 没有针对该措施所涉元素的数字：以全部稀土的进口份额代替");
        xitu_chart_text (ctx, star, XITU_TEXT_SMALL, ctx->palette->foreground, body->x, y,
                         XITU_ALIGN_START, XITU_ALIGN_START, body->width);
        y += small_h + 2 * ctx->s;
      }
    if (d->missing->len > 0)
      {
        g_autofree char *list = xitu_disruption_chart_missing_list (ctx, d);
        g_autofree char *line = zh ? g_strdup_printf ("无来源的进口份额（并非为零）：%s", list)
                                   : g_strdup_printf ("No sourced import share (not a zero): %s", list);
        xitu_chart_text (ctx, line, XITU_TEXT_SMALL, ctx->palette->foreground, body->x, y,
                         XITU_ALIGN_START, XITU_ALIGN_START, body->width);
      }
  }

  {
    double y = plot.y;
    guint group = 0;

    for (guint r = 0; r < d->rows->len; r++)
      {
        const XituDisruptionRow *row = &g_array_index (d->rows, XituDisruptionRow, r);
        const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
        const char *code = xitu_disruption_get_importer (d->engine, row->importer);
        const char *stage_id = xitu_disruption_get_stage (d->engine, row->stage)->id;
        gboolean first = r == 0 ||
                         g_array_index (d->rows, XituDisruptionRow, r - 1).importer != row->importer;
        g_autofree char *name = xitu_chart_country_name (ctx, code);
        g_autofree char *label = xitu_disruption_chart_row_label (ctx, d, row, cell);
        g_autofree char *description = xitu_disruption_chart_row_description (ctx, d, row, cell);
        g_autofree char *value = row->kind == XITU_DISRUPTION_ROW_KNOCK_ON
                                 ? xitu_disruption_chart_knock_on_value (ctx, cell)
                                 : xitu_disruption_chart_shortfall_value (ctx, cell);
        double lo = row->kind == XITU_DISRUPTION_ROW_KNOCK_ON ? cell->knock_on.hi : cell->shortfall.lo;
        double hi = row->kind == XITU_DISRUPTION_ROW_KNOCK_ON ? cell->knock_on.hi : cell->shortfall.hi;
        double x_lo = plot.x + plot.width * CLAMP (lo, 0, 100) / 100.0;
        double x_hi = plot.x + plot.width * CLAMP (hi, 0, 100) / 100.0;
        double cy, by;
        XituHitRegion *region;

        if (first && r > 0)
          {
            y += group_gap;
            group++;
          }
        cy = y + row_h / 2;
        by = round (cy - bar_h / 2);
        if (first)
          xitu_chart_text (ctx, name, XITU_TEXT_HEADING, ctx->palette->foreground, body->x, cy,
                           XITU_ALIGN_START, XITU_ALIGN_CENTER, name_w - 10 * ctx->s);
        xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->foreground, plot.x - 8 * ctx->s, cy,
                         XITU_ALIGN_END, XITU_ALIGN_CENTER, stage_w - 10 * ctx->s);

        /* A 0 % shortfall draws no bar at all. */
        if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
          {
            if (x_hi - plot.x >= 0.5)
              {
                cairo_rectangle (cr, plot.x, by, x_hi - plot.x, bar_h);
                xitu_palette_set_source (cr, knock);
                cairo_fill (cr);
                cairo_rectangle (cr, plot.x + 0.5, by + 0.5, x_hi - plot.x - 1, bar_h - 1);
                xitu_palette_set_source (cr, color);
                cairo_set_line_width (cr, 1);
                cairo_stroke (cr);
              }
          }
        else
          {
            if (x_lo - plot.x >= 0.5)
              {
                cairo_rectangle (cr, plot.x, by, x_lo - plot.x, bar_h);
                xitu_palette_set_source (cr, color);
                cairo_fill (cr);
              }
            if (x_hi - x_lo >= 0.5)
              {
                cairo_rectangle (cr, x_lo, by, x_hi - x_lo, bar_h);
                xitu_palette_set_source (cr, light);
                cairo_fill (cr);
              }
          }
        xitu_chart_text (ctx, value, XITU_TEXT_VALUE, ctx->palette->foreground,
                         MAX (x_hi, plot.x) + 6 * ctx->s, cy, XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);
        if (row->kind == XITU_DISRUPTION_ROW_SHORTFALL)
          {
            g_autofree char *stock = xitu_disruption_chart_stock_value (ctx, d, cell);
            xitu_chart_text (ctx, stock, XITU_TEXT_LABEL, ctx->palette->foreground, body->x + body->width,
                             cy, XITU_ALIGN_END, XITU_ALIGN_CENTER, stock_w);
          }

        {
          XituRect hit = { plot.x - stage_w, y, body->x + body->width - plot.x + stage_w, row_h };
          g_autofree char *heading = g_strdup_printf ("%s · %s", name, description);

          region = xitu_chart_add_region (ctx, hit, XITU_HIT_RESULT, code, stage_id, NULL, group);
          region->value = hi;
          region->unit = g_strdup ("%");
          region->label = g_strdup_printf ("%s, %s: %s", name, description, value);
          region->tooltip = xitu_disruption_chart_row_tooltip (ctx, d, row, cell, heading);
        }
        xitu_disruption_chart_append_summary (ctx, summary, d, row, cell, first);
        if (r + 1 == d->rows->len ||
            g_array_index (d->rows, XituDisruptionRow, r + 1).importer != row->importer)
          g_string_append (summary, zh ? "。" : ".");
        y += row_h;
      }
  }
}

void
xitu_disruption_chart_draw (XituChartCtx *ctx)
{
  g_auto (XituDisruptionChart) d = { 0 };
  g_autoptr (GArray) legend = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autoptr (GPtrArray) notes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *notes_heading = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  XituRgba color, light;
  double legend_h;
  XituRect body;

  xitu_disruption_chart_collect (&d, ctx->dataset, ctx->opts);
  xitu_disruption_chart_collect_missing (ctx, &d);
  color = xitu_palette_country (ctx->palette, d.params.supplier);
  light = xitu_rgba_mix (color, ctx->palette->background, 0.55);

  title = xitu_disruption_chart_title (ctx, &d);
  subtitle = xitu_chart_tr (ctx,
    "Share of each importer's consumption lost while the cut lasts: supplier's share of its imports × import reliance × (1 − recycling) × the part of the cut others cannot replace",
    "削减期间各进口方消费量的损失比例：供应方占其进口的份额 × 进口依赖度 × (1 − 回收比例) × 其他国家无法替代的削减部分");
  xitu_disruption_chart_add_sources (ctx, &d);
  notes = xitu_disruption_chart_notes (ctx, &d);
  notes_heading = xitu_chart_tr (ctx, "Inputs and assumptions", "输入与假设");

  body = xitu_chart_begin (ctx, title, subtitle);
  xitu_chart_draw_notes (ctx, &body, notes_heading, (const char * const *) notes->pdata);
  g_string_append_printf (summary, "%s%s", title, zh ? "。" : ".");

  if (d.rows->len == 0)
    {
      g_autofree char *msg = NULL;
      if (xitu_scenario_get_cut_stages (d.scenario)[0] == NULL)
        msg = xitu_chart_tr (ctx, "No stage is cut: choose one", "未选择削减环节");
      else
        msg = xitu_chart_tr (ctx, "No importer has a sourced import share at the stages cut",
                             "在被削减的环节，没有进口方有来源的进口份额数据");
      xitu_chart_empty (ctx, &body, msg);
      g_string_append_printf (summary, " %s%s", msg, zh ? "。" : ".");
      if (d.missing->len > 0)
        {
          g_autofree char *list = xitu_disruption_chart_missing_list (ctx, &d);
          g_string_append_printf (summary, " %s", list);
        }
      ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
      xitu_chart_end (ctx, &body);
      return;
    }

  /* Legend */
  {
    XituLegendItem items[3] = {
      { XITU_LEGEND_SWATCH, color, 0, FALSE, xitu_chart_tr (ctx, "Shortfall while the cut lasts", "削减期间的缺口") },
      { XITU_LEGEND_SWATCH, light, 0, FALSE, xitu_chart_tr (ctx, "Range the data allow", "数据允许的范围") },
      { XITU_LEGEND_SWATCH, xitu_rgba_mix (color, ctx->palette->background, 0.82), 0, FALSE,
        xitu_chart_tr (ctx, "Knock-on downstream (upper bound)", "下游连锁影响（上限）") },
    };
    g_array_append_vals (legend, items, G_N_ELEMENTS (items));
  }
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);
  draw_rows (ctx, &d, summary, &body, legend_h, color, light);
  if (d.missing->len > 0)
    {
      g_autofree char *list = xitu_disruption_chart_missing_list (ctx, &d);
      g_string_append_printf (summary, zh ? " 无来源的进口份额：%s。" : " No sourced import share: %s.", list);
    }
  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}

/* Taller with more rows: the frame, legend, notes and footer take about
 * 330 px at text scale 1, each row about 24 px. */
void
xitu_disruption_chart_natural_size (XituDataset            *dataset,
                                    const XituChartOptions *opts,
                                    double                 *width,
                                    double                 *height)
{
  g_auto (XituDisruptionChart) d = { 0 };
  guint groups = 0;

  xitu_disruption_chart_collect (&d, dataset, opts);
  for (guint r = 0; r < d.rows->len; r++)
    if (r == 0 || g_array_index (d.rows, XituDisruptionRow, r - 1).importer !=
                  g_array_index (d.rows, XituDisruptionRow, r).importer)
      groups++;
  *width = 960;
  *height = CLAMP (round (330 + 24 * d.rows->len + 6 * groups), 440, 1000);
}
