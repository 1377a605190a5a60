/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The disruption ("scenario") chart: a supplier cuts its exports of one or
 * more stages' products; for each importer, the share of its consumption
 * lost while the cut lasts (in %, and in t/yr where the dataset gives its
 * imports in tonnes), how many months its stock lasts, and the knock-on
 * downstream as an upper bound. The inputs and assumptions are printed
 * under the chart, so that an exported chart carries them. Every number
 * comes from XituDisruption (docs/methodology.md, "Disruption"). */
#include "xitu-chart-private.h"

#include <math.h>
#include <string.h>

typedef enum
{
  ROW_SHORTFALL,  /* a cut stage with an import-share figure */
  ROW_KNOCK_ON,   /* a stage below a cut one: upper bound */
} RowKind;

typedef struct
{
  guint   importer;
  guint   stage;
  RowKind kind;
} Row;

typedef struct
{
  XituScenario               *scenario;
  XituDisruptionParams        params;
  XituDisruption             *engine;
  const XituDisruptionPreset *preset;
  gboolean                    preset_modified;
  GArray                     *rows;      /* of Row, importer by importer */
  GPtrArray                  *missing;   /* of char*: "Russia (Separation & refining)" */
} Disruption;

static void
disruption_clear (Disruption *d)
{
  g_clear_object (&d->engine);
  g_clear_object (&d->scenario);
  g_clear_pointer (&d->rows, g_array_unref);
  g_clear_pointer (&d->missing, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Disruption, disruption_clear)

static gboolean
importer_is_supplier (XituDisruption *engine,
                      guint           importer)
{
  for (guint s = 0; s < xitu_disruption_get_n_stages (engine); s++)
    if (xitu_disruption_get_cell (engine, importer, s)->status == XITU_CELL_SUPPLIER)
      return TRUE;
  return FALSE;
}

/* Runs the engine on the scenario and lists what the chart shows. */
static void
disruption_collect (Disruption             *d,
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

  d->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  d->missing = g_ptr_array_new_with_free_func (g_free);
  n_importers = xitu_disruption_get_n_importers (d->engine);
  n_stages = xitu_disruption_get_n_stages (d->engine);
  for (guint i = 0; i < n_importers; i++)
    {
      if (importer_is_supplier (d->engine, i))
        continue;
      for (guint s = 0; s < n_stages; s++)
        {
          const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, i, s);
          gboolean cut = xitu_disruption_get_stage (d->engine, s)->cut;
          Row row = { i, s, ROW_SHORTFALL };

          if (cut && cell->status == XITU_CELL_CUT)
            g_array_append_val (d->rows, row);
          else if (cell->has_knock_on)
            {
              row.kind = ROW_KNOCK_ON;
              g_array_append_val (d->rows, row);
            }
        }
    }
}

/* Importers and cut stages without an import-share figure: said in words,
 * never drawn as a zero. */
static void
collect_missing (XituChartCtx *ctx,
                 Disruption   *d)
{
  guint n_stages = xitu_disruption_get_n_stages (d->engine);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  for (guint i = 0; i < xitu_disruption_get_n_importers (d->engine); i++)
    {
      g_autoptr (GStrvBuilder) stages = g_strv_builder_new ();
      g_auto (GStrv) ids = NULL;

      if (importer_is_supplier (d->engine, i))
        continue;
      for (guint s = 0; s < n_stages; s++)
        {
          const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, i, s);

          if (xitu_disruption_get_stage (d->engine, s)->cut && cell->status == XITU_CELL_NO_DATA && !cell->has_knock_on)
            g_strv_builder_add (stages, xitu_disruption_get_stage (d->engine, s)->id);
        }
      ids = g_strv_builder_end (stages);
      if (ids[0] != NULL)
        {
          g_autofree char *name = xitu_chart_country_name (ctx, xitu_disruption_get_importer (d->engine, i));
          g_autofree char *list = xitu_chart_stage_list (ctx, (const char * const *) ids);
          g_ptr_array_add (d->missing, g_strdup_printf (zh ? "%s（%s）" : "%s (%s)", name, list));
        }
    }
}

static char *
missing_list (XituChartCtx *ctx,
              Disruption   *d)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < d->missing->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : ctx->lang == XITU_LANG_ZH ? "；" : "; ",
                            (char *) g_ptr_array_index (d->missing, i));
  return g_string_free (out, FALSE);
}

static char *
cut_stage_list (XituChartCtx *ctx,
                Disruption   *d)
{
  return xitu_chart_stage_list (ctx, xitu_scenario_get_cut_stages (d->scenario));
}

/* "100 %" with a no-break space, so that a title never wraps inside it. */
static char *
percent_unbroken (XituChartCtx *ctx,
                  double        value)
{
  g_autofree char *pct = xitu_format_percent (value, XITU_DECIMALS_AUTO, ctx->lang);
  g_auto (GStrv) parts = g_strsplit (pct, " ", -1);

  return g_strjoinv ("\u00a0", parts);
}

static char *
make_title (XituChartCtx *ctx,
            Disruption   *d)
{
  g_autofree char *supplier = xitu_chart_country_name (ctx, d->params.supplier);
  g_autofree char *stages = cut_stage_list (ctx, d);
  g_autofree char *cut = percent_unbroken (ctx, d->params.cut);
  g_autofree char *months = xitu_format_number (d->params.duration_months, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
  g_autofree char *en = g_strdup_printf ("If %s cuts its exports of %s by %s for %s months: shortfall per importer",
                                         supplier, stages, cut, months);
  g_autofree char *zh = g_strdup_printf ("若%s将%s出口削减 %s、持续 %s 个月：各进口方的缺口",
                                         supplier, stages, cut, months);

  /* Country and stage names are already both: one sentence in each. */
  if (ctx->lang == XITU_LANG_BOTH)
    return g_strdup_printf ("%s\n%s", zh, en);
  return g_strdup (ctx->lang == XITU_LANG_ZH ? zh : en);
}

static char *
shortfall_value (XituChartCtx             *ctx,
                 const XituDisruptionCell *cell)
{
  g_autofree char *pct = xitu_chart_range_percent (ctx, cell->shortfall);

  if (cell->has_tonnes)
    {
      g_autofree char *t = xitu_chart_range_number (ctx, cell->shortfall_t, 0);
      g_autofree char *unit = xitu_chart_tr (ctx, "t/yr", "吨/年");
      return g_strdup_printf ("%s · %s %s", pct, t, unit);
    }
  {
    g_autofree char *only = xitu_chart_tr (ctx, "% only", "仅百分比");
    return g_strdup_printf ("%s · %s", pct, only);
  }
}

static char *
knock_on_value (XituChartCtx             *ctx,
                const XituDisruptionCell *cell)
{
  g_autofree char *pct = xitu_chart_range_percent (ctx, (XituRange) { cell->knock_on.hi, cell->knock_on.hi });

  if (cell->has_knock_on_t)
    {
      g_autofree char *t = xitu_format_number (cell->knock_on_t.hi, 0, ctx->lang, ctx->opts->numbers);
      g_autofree char *unit = xitu_chart_tr (ctx, "t/yr", "吨/年");
      return g_strdup_printf ("≤ %s · ≤ %s %s", pct, t, unit);
    }
  return g_strdup_printf ("≤ %s", pct);
}

static char *
stock_value (XituChartCtx             *ctx,
             Disruption               *d,
             const XituDisruptionCell *cell)
{
  XituRange left = cell->stock_months_left;

  if (cell->shortfall.hi <= 0)
    return xitu_chart_tr (ctx, "no shortfall", "无缺口");
  if (d->params.stock_months <= 0)
    return xitu_chart_tr (ctx, "no stock", "无库存");
  if (!isfinite (left.lo) && !isfinite (left.hi))
    return xitu_chart_tr (ctx, "never runs out", "不会用尽");
  {
    /* The shorter end first: a range runs from the worse case. */
    XituRange shown = { MIN (left.lo, left.hi), MAX (left.lo, left.hi) };
    g_autofree char *months = NULL;

    if (!isfinite (shown.hi))
      shown.hi = shown.lo;
    /* Months to one decimal, whole months without one: "5", "5.3". */
    months = xitu_chart_range_number (ctx, shown,
                                      fabs (shown.lo - round (shown.lo)) < 0.05 &&
                                      fabs (shown.hi - round (shown.hi)) < 0.05 ? 0 : 1);
    return ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("%s 个月", months)
                                     : g_strdup_printf ("%s months", months);
  }
}

static char *
row_description (XituChartCtx             *ctx,
           Disruption               *d,
           const Row                *row,
           const XituDisruptionCell *cell)
{
  const XituDisruptionStage *stage = xitu_disruption_get_stage (d->engine, row->stage);
  g_autofree char *name = xitu_chart_stage_name (ctx, stage->id);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (row->kind == ROW_KNOCK_ON)
    {
      g_autofree char *from = xitu_chart_stage_name (ctx, xitu_disruption_get_stage (d->engine, cell->knock_on_from)->id);
      return zh ? g_strdup_printf ("%s · 来自%s的连锁影响（上限）", name, from)
                : g_strdup_printf ("%s · knock-on from %s (upper bound)", name, from);
    }
  if (cell->scope_fallback)
    return zh ? g_strdup_printf ("%s · 缺口（全部稀土的数字：没有针对这些元素的数字）", name)
              : g_strdup_printf ("%s · shortfall (all-rare-earth figure: none for these elements)", name);
  return zh ? g_strdup_printf ("%s · 削减期间的缺口", name)
            : g_strdup_printf ("%s · shortfall while the cut lasts", name);
}

/* The stage column: "Separation & refining", "Magnets (knock-on)"; a star
 * marks an all-rare-earth figure standing in for an element scope. */
static char *
row_label (XituChartCtx             *ctx,
           Disruption               *d,
           const Row                *row,
           const XituDisruptionCell *cell)
{
  g_autofree char *name = xitu_chart_stage_name (ctx, xitu_disruption_get_stage (d->engine, row->stage)->id);

  if (row->kind == ROW_KNOCK_ON)
    return g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s（连锁）" : "%s (knock-on)", name);
  return g_strdup_printf ("%s%s", name, cell->scope_fallback ? " *" : "");
}

static char *
row_tooltip (XituChartCtx             *ctx,
             Disruption               *d,
             const Row                *row,
             const XituDisruptionCell *cell,
             const char               *heading)
{
  GString *tip = g_string_new (heading);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  XituDependence *dep = xitu_disruption_get_dependence (d->engine, row->importer, row->stage);

  if (row->kind == ROW_KNOCK_ON)
    {
      g_autofree char *value = knock_on_value (ctx, cell);
      g_string_append_printf (tip, zh ? "\n本环节产出最多损失 %s" : "\nAt most %s of its output at this stage", value);
      g_string_append (tip, zh ? "\n假设 A8：仿佛该进口方本环节的全部产出都在本国用被削减的产品制造（上限）。"
                               : "\nAssumption A8: as if all of its output here were made at home from the cut product (an upper bound).");
      return g_string_free (tip, FALSE);
    }
  {
    g_autofree char *share = xitu_chart_range_percent (ctx, cell->share);
    g_autofree char *exposure = xitu_chart_range_percent (ctx, cell->exposure);
    g_autofree char *shortfall = shortfall_value (ctx, cell);
    g_autofree char *after = xitu_chart_range_percent (ctx, cell->shortfall_after_stock);
    g_autofree char *stock = stock_value (ctx, d, cell);

    g_string_append_printf (tip, zh ? "\n供应方占其进口：%s" : "\nSupplier's share of its imports: %s", share);
    g_string_append_printf (tip, zh ? "\n由供应方供应的消费：%s" : "\nConsumption supplied by the supplier: %s", exposure);
    g_string_append_printf (tip, zh ? "\n削减期间的缺口：%s" : "\nShortfall while the cut lasts: %s", shortfall);
    g_string_append_printf (tip, zh ? "\n动用库存后的平均缺口：%s" : "\nAverage shortfall once stock is drawn: %s", after);
    g_string_append_printf (tip, zh ? "\n库存可用：%s" : "\nStock lasts: %s", stock);
  }
  if (dep != NULL && dep->has_figures && dep->direct_figures != NULL && dep->direct_figures->len > 0)
    {
      XituFigure *f = g_ptr_array_index (dep->direct_figures, 0);
      g_autofree char *source = xitu_chart_source_title (ctx, xitu_figure_get_source (f));
      g_autofree char *years = xitu_format_years (xitu_figure_get_year (f), xitu_figure_get_year_end (f));
      g_autofree char *measure = xitu_chart_measure_phrase (ctx, dep->measure);

      g_string_append_printf (tip, zh ? "\n进口份额数据：%s%s%s · %s" : "\nImport-share figures: %s%s%s · %s",
                              years, measure ? " · " : "", measure ? measure : "",
                              xitu_figure_get_edition (f) ? xitu_figure_get_edition (f) : "—");
      g_string_append_printf (tip, zh ? "\n来源：%s" : "\nSource: %s", source);
    }
  return g_string_free (tip, FALSE);
}

static void
add_footer_sources (XituChartCtx *ctx,
                    Disruption   *d)
{
  for (guint r = 0; r < d->rows->len; r++)
    {
      const Row *row = &g_array_index (d->rows, Row, r);
      XituDependence *dep;

      if (row->kind != ROW_SHORTFALL)
        continue;
      dep = xitu_disruption_get_dependence (d->engine, row->importer, row->stage);
      if (dep != NULL && dep->direct_figures != NULL)
        xitu_footer_add_figures (ctx->footer, dep->direct_figures);
      if (dep != NULL && dep->imports_figure != NULL && xitu_disruption_get_cell (d->engine, row->importer, row->stage)->has_tonnes)
        xitu_footer_add_source (ctx->footer, xitu_figure_get_source (dep->imports_figure),
                                xitu_figure_get_edition (dep->imports_figure));
    }
}

/* Inputs and assumptions, in the chart's language. */
static GPtrArray *
notes_lines (XituChartCtx *ctx,
             Disruption   *d)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *supplier = xitu_chart_country_name (ctx, d->params.supplier);
  g_autofree char *stages = cut_stage_list (ctx, d);
  g_autofree char *cut = xitu_format_percent (d->params.cut, XITU_DECIMALS_AUTO, ctx->lang);
  g_autofree char *months = xitu_format_number (d->params.duration_months, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
  g_autofree char *elements = NULL;
  g_autofree char *look = xitu_chart_tr (ctx, d->params.look_through ? "yes" : "no", d->params.look_through ? "是" : "否");

  if (d->params.elements == XITU_ELEMENTS_ALL)
    elements = xitu_chart_tr (ctx, "all rare earths", "全部稀土");
  else
    {
      g_auto (GStrv) symbols = xitu_elements_to_strv (d->params.elements);
      elements = g_strjoinv (", ", symbols);
    }
  g_ptr_array_add (lines, zh
    ? g_strdup_printf ("输入：供应方 %s；削减环节 %s；削减 %s，持续 %s 个月；元素：%s；穿透（境外含该国材料的物项）：%s",
                       supplier, stages, cut, months, elements, look)
    : g_strdup_printf ("Inputs: supplier %s · stages cut: %s · cut %s for %s months · elements: %s · look-through (items made abroad from its material): %s",
                       supplier, stages, cut, months, elements, look));

  {
    GString *spare = g_string_new (NULL);
    g_autofree char *headroom = xitu_format_percent (d->params.headroom, XITU_DECIMALS_AUTO, ctx->lang);
    g_autofree char *stock = xitu_format_number (d->params.stock_months, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
    g_autofree char *recycling = xitu_format_percent (d->params.recycling, XITU_DECIMALS_AUTO, ctx->lang);
    g_autofree char *reliance = xitu_format_percent (d->params.import_reliance, XITU_DECIMALS_AUTO, ctx->lang);

    if (d->params.spare_basis == XITU_SPARE_USER)
      g_string_append_printf (spare, zh ? "其他国家的闲置产能：用户设定，各环节均为世界产量的 %s（假设 A4）"
                                        : "Spare capacity elsewhere: the user's headroom of %s of world output at every stage (Assumption A4)",
                              headroom);
    else
      {
        g_string_append (spare, zh ? "其他国家的闲置产能：有数据处按设施产能减产量计算" : "Spare capacity elsewhere: facility capacity minus output where the data have both");
        for (guint s = 0; s < xitu_disruption_get_n_stages (d->engine); s++)
          {
            const XituDisruptionStage *st = xitu_disruption_get_stage (d->engine, s);
            if (st->spare_from_data)
              {
                g_autofree char *name = xitu_chart_stage_name (ctx, st->id);
                g_autofree char *pct = xitu_format_percent (st->spare_data, XITU_DECIMALS_AUTO, ctx->lang);
                g_string_append_printf (spare, zh ? "（%s：%s）" : " (%s: %s)", name, pct);
              }
          }
        g_string_append_printf (spare, zh ? "，其他环节为用户设定的 %s" : ", the user's headroom of %s elsewhere", headroom);
      }
    g_string_append_printf (spare, zh ? "；库存 %s 个月消费量；回收 %s；进口依赖度 %s（假设 A6、A7）"
                                      : " · stock %s months of consumption · recycling %s · import reliance %s (Assumptions A6, A7)",
                            stock, recycling, reliance);
    /* What is left of the cut once others step in, per stage cut. */
    for (guint s = 0; s < xitu_disruption_get_n_stages (d->engine); s++)
      {
        const XituDisruptionStage *st = xitu_disruption_get_stage (d->engine, s);
        g_autofree char *name = NULL;
        g_autofree char *pct = NULL;
        g_autofree char *share = NULL;

        if (!st->cut)
          continue;
        name = xitu_chart_stage_name (ctx, st->id);
        pct = xitu_format_percent (st->effective_cut, XITU_DECIMALS_AUTO, ctx->lang);
        share = xitu_format_percent (st->supplier_share, XITU_DECIMALS_AUTO, ctx->lang);
        if (st->supplier_share_known)
          g_string_append_printf (spare, zh ? "；%s：供应方占世界 %s（%d 年），未被替代的削减 %s"
                                            : " · %s: supplier holds %s of world output (%d), cut not replaced %s",
                                  name, share, st->supplier_share_year, pct);
        else
          g_string_append_printf (spare, zh ? "；%s：供应方份额无来源，按 100%% 计（假设 A3），未被替代的削减 %s"
                                            : " · %s: no sourced supplier share, taken as 100 %% (Assumption A3), cut not replaced %s",
                                  name, pct);
      }
    g_ptr_array_add (lines, g_string_free (spare, FALSE));
  }

  g_ptr_array_add (lines, xitu_chart_preset_line (ctx, d->preset, d->preset_modified));

  g_ptr_array_add (lines, xitu_chart_tr (ctx,
    "Assumptions (docs/methodology.md): the cut removes the supplier's whole output share, not only its exports (A5); "
    "knock-on downstream is an upper bound (A8); intensity factors are assumptions, not sourced figures (A10–A13).",
    "假设（docs/methodology.md）：削减按供应方全部产量份额计，而非仅出口（A5）；下游连锁影响为上限（A8）；强度系数为假设而非有来源的数字（A10–A13）。"));
  g_ptr_array_add (lines, NULL);
  return lines;
}

static void
append_summary (XituChartCtx             *ctx,
                GString                  *summary,
                Disruption               *d,
                const Row                *row,
                const XituDisruptionCell *cell,
                gboolean                  first_of_importer)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *stage = xitu_chart_stage_name (ctx, xitu_disruption_get_stage (d->engine, row->stage)->id);

  if (first_of_importer)
    {
      g_autofree char *name = xitu_chart_country_name (ctx, xitu_disruption_get_importer (d->engine, row->importer));
      g_string_append_printf (summary, zh ? " %s：" : " %s: ", name);
    }
  else
    g_string_append (summary, zh ? "；" : "; ");
  if (row->kind == ROW_KNOCK_ON)
    {
      g_autofree char *value = knock_on_value (ctx, cell);
      g_string_append_printf (summary, zh ? "%s连锁影响 %s（上限）" : "%s knock-on %s (upper bound)", stage, value);
    }
  else
    {
      g_autofree char *value = shortfall_value (ctx, cell);
      g_autofree char *stock = stock_value (ctx, d, cell);
      g_string_append_printf (summary, zh ? "%s缺口 %s，库存：%s" : "%s shortfall %s, stock: %s", stage, value, stock);
    }
}

static double
max_value_width (XituChartCtx *ctx,
                 Disruption   *d)
{
  double w = 0;

  for (guint r = 0; r < d->rows->len; r++)
    {
      const Row *row = &g_array_index (d->rows, Row, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
      g_autofree char *value = row->kind == ROW_KNOCK_ON ? knock_on_value (ctx, cell) : shortfall_value (ctx, cell);

      w = MAX (w, xitu_chart_text_width (ctx, value, XITU_TEXT_VALUE));
    }
  return w;
}

static gboolean
any_scope_fallback (Disruption *d)
{
  for (guint r = 0; r < d->rows->len; r++)
    {
      const Row *row = &g_array_index (d->rows, Row, r);
      if (row->kind == ROW_SHORTFALL && xitu_disruption_get_cell (d->engine, row->importer, row->stage)->scope_fallback)
        return TRUE;
    }
  return FALSE;
}

/* One line per row: importer, stage, bar, value, months of stock. */
static void
draw_rows (XituChartCtx *ctx,
           Disruption   *d,
           GString      *summary,
           const XituRect *body,
           double        legend_h,
           XituRgba      color,
           XituRgba      light)
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
      const Row *row = &g_array_index (d->rows, Row, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
      g_autofree char *name = xitu_chart_country_name (ctx, xitu_disruption_get_importer (d->engine, row->importer));
      g_autofree char *label = row_label (ctx, d, row, cell);

      if (r == 0 || g_array_index (d->rows, Row, r - 1).importer != row->importer)
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
        g_autofree char *list = missing_list (ctx, d);
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
        const Row *row = &g_array_index (d->rows, Row, r);
        const XituDisruptionCell *cell = xitu_disruption_get_cell (d->engine, row->importer, row->stage);
        const char *code = xitu_disruption_get_importer (d->engine, row->importer);
        const char *stage_id = xitu_disruption_get_stage (d->engine, row->stage)->id;
        gboolean first = r == 0 || g_array_index (d->rows, Row, r - 1).importer != row->importer;
        g_autofree char *name = xitu_chart_country_name (ctx, code);
        g_autofree char *label = row_label (ctx, d, row, cell);
        g_autofree char *description = row_description (ctx, d, row, cell);
        g_autofree char *value = row->kind == ROW_KNOCK_ON ? knock_on_value (ctx, cell) : shortfall_value (ctx, cell);
        double lo = row->kind == ROW_KNOCK_ON ? cell->knock_on.hi : cell->shortfall.lo;
        double hi = row->kind == ROW_KNOCK_ON ? cell->knock_on.hi : cell->shortfall.hi;
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
        if (row->kind == ROW_KNOCK_ON)
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
        if (row->kind == ROW_SHORTFALL)
          {
            g_autofree char *stock = stock_value (ctx, d, cell);
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
          region->tooltip = row_tooltip (ctx, d, row, cell, heading);
        }
        append_summary (ctx, summary, d, row, cell, first);
        if (r + 1 == d->rows->len || g_array_index (d->rows, Row, r + 1).importer != row->importer)
          g_string_append (summary, zh ? "。" : ".");
        y += row_h;
      }
  }
}

void
xitu_disruption_chart_draw (XituChartCtx *ctx)
{
  g_auto (Disruption) d = { 0 };
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

  disruption_collect (&d, ctx->dataset, ctx->opts);
  collect_missing (ctx, &d);
  color = xitu_palette_country (ctx->palette, d.params.supplier);
  light = xitu_rgba_mix (color, ctx->palette->background, 0.55);

  title = make_title (ctx, &d);
  subtitle = xitu_chart_tr (ctx,
    "Share of each importer's consumption lost while the cut lasts: supplier's share of its imports × import reliance × (1 − recycling) × the part of the cut others cannot replace",
    "削减期间各进口方消费量的损失比例：供应方占其进口的份额 × 进口依赖度 × (1 − 回收比例) × 其他国家无法替代的削减部分");
  add_footer_sources (ctx, &d);
  notes = notes_lines (ctx, &d);
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
          g_autofree char *list = missing_list (ctx, &d);
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
      g_autofree char *list = missing_list (ctx, &d);
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
  g_auto (Disruption) d = { 0 };
  guint groups = 0;

  disruption_collect (&d, dataset, opts);
  for (guint r = 0; r < d.rows->len; r++)
    if (r == 0 || g_array_index (d.rows, Row, r - 1).importer != g_array_index (d.rows, Row, r).importer)
      groups++;
  *width = 960;
  *height = CLAMP (round (330 + 24 * d.rows->len + 6 * groups), 440, 1000);
}

/* The table: the inputs, then every result the chart draws, one number a
 * row, with the source of the import share behind it. */
static const char * const disruption_header[] = {
  "chart", "item", "importer", "importer_name_en", "importer_name_zh", "stage", "value_low",
  "value_high", "unit", "note", "source_id", "edition", NULL,
};

static void
add_input (XituTable  *table,
           const char *name,
           double      value,
           const char *unit,
           const char *note)
{
  g_autofree char *v = isnan (value) ? NULL : xitu_format_machine (value);
  g_autofree char *what = note != NULL ? g_strdup_printf ("%s: %s", name, note) : g_strdup (name);

  xitu_table_add_row (table, "", "input", NULL, NULL, NULL, NULL, v, v, unit, what, NULL, NULL);
}

static void
add_result (XituTable   *table,
            XituDataset *dataset,
            const char  *item,
            const char  *importer,
            const char  *stage,
            XituRange    range,
            const char  *unit,
            const char  *note,
            XituFigure  *figure)
{
  XituCountry *country = xitu_dataset_lookup_country (dataset, importer);
  g_autofree char *lo = isfinite (range.lo) ? xitu_format_machine (round (range.lo * 1000) / 1000) : g_strdup ("inf");
  g_autofree char *hi = isfinite (range.hi) ? xitu_format_machine (round (range.hi * 1000) / 1000) : g_strdup ("inf");

  xitu_table_add_row (table, "", item, importer,
                      country != NULL ? xitu_country_get_name_en (country) : NULL,
                      country != NULL ? xitu_country_get_name_zh (country) : NULL,
                      stage, lo, hi, unit, note,
                      figure != NULL ? xitu_figure_get_source (figure) : NULL,
                      figure != NULL ? xitu_figure_get_edition (figure) : NULL);
}

XituTable *
xitu_disruption_chart_table (XituDataset            *dataset,
                             const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (disruption_header);
  g_auto (Disruption) d = { 0 };
  g_autofree char *stages = NULL;

  disruption_collect (&d, dataset, opts);
  stages = g_strjoinv (";", (char **) xitu_scenario_get_cut_stages (d.scenario));
  add_input (table, "supplier", NAN, NULL, d.params.supplier);
  add_input (table, "stages", NAN, NULL, stages);
  add_input (table, "cut", d.params.cut, "%", NULL);
  add_input (table, "duration", d.params.duration_months, "months", NULL);
  add_input (table, "spare capacity", NAN, NULL, d.params.spare_basis == XITU_SPARE_AUTO ? "auto" : "user");
  add_input (table, "headroom", d.params.headroom, "% of world output", NULL);
  add_input (table, "stock", d.params.stock_months, "months of consumption", NULL);
  add_input (table, "recycling", d.params.recycling, "% of consumption", NULL);
  add_input (table, "import reliance", d.params.import_reliance, "%", NULL);
  add_input (table, "look-through", d.params.look_through ? 1 : 0, NULL, NULL);
  if (d.params.elements != XITU_ELEMENTS_ALL)
    {
      g_auto (GStrv) symbols = xitu_elements_to_strv (d.params.elements);
      g_autofree char *list = g_strjoinv (";", symbols);
      add_input (table, "elements", NAN, NULL, list);
    }
  add_input (table, "separation_recovery", d.params.intensity.separation_recovery, "assumption", NULL);
  add_input (table, "ndpr_share", d.params.intensity.ndpr_share, "assumption", NULL);
  add_input (table, "metal_per_oxide", d.params.intensity.metal_per_oxide, "assumption", NULL);
  add_input (table, "re_per_magnet", d.params.intensity.re_per_magnet, "assumption", NULL);
  if (d.preset != NULL)
    {
      g_autofree char *note = g_strdup_printf ("%s%s", d.preset->id, d.preset_modified ? " (modified)" : "");
      add_input (table, "preset", NAN, NULL, note);
    }

  for (guint r = 0; r < d.rows->len; r++)
    {
      const Row *row = &g_array_index (d.rows, Row, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d.engine, row->importer, row->stage);
      const char *code = xitu_disruption_get_importer (d.engine, row->importer);
      const char *stage = xitu_disruption_get_stage (d.engine, row->stage)->id;
      const char *unit = xitu_disruption_get_stage (d.engine, row->stage)->unit;
      XituDependence *dep = xitu_disruption_get_dependence (d.engine, row->importer, row->stage);
      XituFigure *figure = dep != NULL && dep->direct_figures != NULL && dep->direct_figures->len > 0
                           ? g_ptr_array_index (dep->direct_figures, 0) : NULL;
      g_autofree char *t_unit = g_strdup_printf ("%s/yr", unit);

      if (row->kind == ROW_KNOCK_ON)
        {
          const char *from = xitu_disruption_get_stage (d.engine, cell->knock_on_from)->id;
          g_autofree char *note = g_strdup_printf ("upper bound, from %s", from);
          add_result (table, dataset, "knock_on", code, stage, cell->knock_on, "% of output", note, NULL);
          if (cell->has_knock_on_t)
            add_result (table, dataset, "knock_on_t", code, stage, cell->knock_on_t, t_unit, note, NULL);
          continue;
        }
      add_result (table, dataset, "supplier_share_of_imports", code, stage, cell->share, "%",
                  cell->scope_fallback ? "all-rare-earth figure (none for the elements)" : NULL, figure);
      add_result (table, dataset, "shortfall", code, stage, cell->shortfall, "% of consumption",
                  cell->has_tonnes ? NULL : "% only", figure);
      if (cell->has_tonnes)
        add_result (table, dataset, "shortfall_t", code, stage, cell->shortfall_t, t_unit, NULL, dep->imports_figure);
      add_result (table, dataset, "shortfall_after_stock", code, stage, cell->shortfall_after_stock,
                  "% of consumption", NULL, figure);
      add_result (table, dataset, "stock_months_left", code, stage, cell->stock_months_left, "months", NULL, NULL);
    }
  return table;
}

gboolean
xitu_disruption_chart_validate (XituDataset            *dataset,
                                const XituChartOptions *opts,
                                GError                **error)
{
  g_autoptr (XituScenario) scenario = xitu_chart_get_scenario (opts);
  const char * const *stages = xitu_scenario_get_cut_stages (scenario);
  XituDisruptionParams params;

  xitu_scenario_get_disruption (scenario, dataset, &params);
  if (xitu_dataset_lookup_country (dataset, params.supplier) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "Unknown supplier “%s”: use an ISO 3166 alpha-3 code from the dataset, such as CHN",
                   params.supplier);
      return FALSE;
    }
  for (guint i = 0; stages != NULL && stages[i] != NULL; i++)
    if (xitu_dataset_lookup_stage (dataset, stages[i]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown stage “%s”: use mining, separation, metal or magnet", stages[i]);
        return FALSE;
      }
  return TRUE;
}
