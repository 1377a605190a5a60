/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The disruption chart's words — title, row labels and values, tooltips,
 * the inputs and assumptions under it, the summary, the footer's sources
 * — its table and its validation. */
#include "xitu-disruption-private.h"

#include <math.h>

/* Importers and cut stages without an import-share figure: said in words,
 * never drawn as a zero. */
void
xitu_disruption_chart_collect_missing (XituChartCtx        *ctx,
                                       XituDisruptionChart *d)
{
  guint n_stages = xitu_disruption_get_n_stages (d->engine);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  for (guint i = 0; i < xitu_disruption_get_n_importers (d->engine); i++)
    {
      g_autoptr (GStrvBuilder) stages = g_strv_builder_new ();
      g_auto (GStrv) ids = NULL;

      if (xitu_disruption_chart_is_supplier (d->engine, i))
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

char *
xitu_disruption_chart_missing_list (XituChartCtx        *ctx,
                                    XituDisruptionChart *d)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < d->missing->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : ctx->lang == XITU_LANG_ZH ? "；" : "; ",
                            (char *) g_ptr_array_index (d->missing, i));
  return g_string_free (out, FALSE);
}

static char *
cut_stage_list (XituChartCtx        *ctx,
                XituDisruptionChart *d)
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

char *
xitu_disruption_chart_title (XituChartCtx        *ctx,
                             XituDisruptionChart *d)
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

char *
xitu_disruption_chart_shortfall_value (XituChartCtx             *ctx,
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

char *
xitu_disruption_chart_knock_on_value (XituChartCtx             *ctx,
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

char *
xitu_disruption_chart_stock_value (XituChartCtx             *ctx,
                                   XituDisruptionChart      *d,
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

char *
xitu_disruption_chart_row_description (XituChartCtx             *ctx,
                                       XituDisruptionChart      *d,
                                       const XituDisruptionRow  *row,
                                       const XituDisruptionCell *cell)
{
  const XituDisruptionStage *stage = xitu_disruption_get_stage (d->engine, row->stage);
  g_autofree char *name = xitu_chart_stage_name (ctx, stage->id);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
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
char *
xitu_disruption_chart_row_label (XituChartCtx             *ctx,
                                 XituDisruptionChart      *d,
                                 const XituDisruptionRow  *row,
                                 const XituDisruptionCell *cell)
{
  g_autofree char *name = xitu_chart_stage_name (ctx, xitu_disruption_get_stage (d->engine, row->stage)->id);

  if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
    return g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s（连锁）" : "%s (knock-on)", name);
  return g_strdup_printf ("%s%s", name, cell->scope_fallback ? " *" : "");
}

char *
xitu_disruption_chart_row_tooltip (XituChartCtx             *ctx,
                                   XituDisruptionChart      *d,
                                   const XituDisruptionRow  *row,
                                   const XituDisruptionCell *cell,
                                   const char               *heading)
{
  GString *tip = g_string_new (heading);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  XituDependence *dep = xitu_disruption_get_dependence (d->engine, row->importer, row->stage);

  if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
    {
      g_autofree char *value = xitu_disruption_chart_knock_on_value (ctx, cell);
      g_string_append_printf (tip, zh ? "\n本环节产出最多损失 %s" : "\nAt most %s of its output at this stage", value);
      g_string_append (tip, zh ? "\n假设 A8：仿佛该进口方本环节的全部产出都在本国用被削减的产品制造（上限）。"
                               : "\nAssumption A8: as if all of its output here were made at home from the cut product (an upper bound).");
      return g_string_free (tip, FALSE);
    }
  {
    g_autofree char *share = xitu_chart_range_percent (ctx, cell->share);
    g_autofree char *exposure = xitu_chart_range_percent (ctx, cell->exposure);
    g_autofree char *shortfall = xitu_disruption_chart_shortfall_value (ctx, cell);
    g_autofree char *after = xitu_chart_range_percent (ctx, cell->shortfall_after_stock);
    g_autofree char *stock = xitu_disruption_chart_stock_value (ctx, d, cell);

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

void
xitu_disruption_chart_add_sources (XituChartCtx        *ctx,
                                   XituDisruptionChart *d)
{
  for (guint r = 0; r < d->rows->len; r++)
    {
      const XituDisruptionRow *row = &g_array_index (d->rows, XituDisruptionRow, r);
      XituDependence *dep;

      if (row->kind != XITU_DISRUPTION_ROW_SHORTFALL)
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
GPtrArray *
xitu_disruption_chart_notes (XituChartCtx        *ctx,
                             XituDisruptionChart *d)
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

void
xitu_disruption_chart_append_summary (XituChartCtx             *ctx,
                                      GString                  *summary,
                                      XituDisruptionChart      *d,
                                      const XituDisruptionRow  *row,
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
  if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
    {
      g_autofree char *value = xitu_disruption_chart_knock_on_value (ctx, cell);
      g_string_append_printf (summary, zh ? "%s连锁影响 %s（上限）" : "%s knock-on %s (upper bound)", stage, value);
    }
  else
    {
      g_autofree char *value = xitu_disruption_chart_shortfall_value (ctx, cell);
      g_autofree char *stock = xitu_disruption_chart_stock_value (ctx, d, cell);
      g_string_append_printf (summary, zh ? "%s缺口 %s，库存：%s" : "%s shortfall %s, stock: %s", stage, value, stock);
    }
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
  g_auto (XituDisruptionChart) d = { 0 };
  g_autofree char *stages = NULL;

  xitu_disruption_chart_collect (&d, dataset, opts);
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
      const XituDisruptionRow *row = &g_array_index (d.rows, XituDisruptionRow, r);
      const XituDisruptionCell *cell = xitu_disruption_get_cell (d.engine, row->importer, row->stage);
      const char *code = xitu_disruption_get_importer (d.engine, row->importer);
      const char *stage = xitu_disruption_get_stage (d.engine, row->stage)->id;
      const char *unit = xitu_disruption_get_stage (d.engine, row->stage)->unit;
      XituDependence *dep = xitu_disruption_get_dependence (d.engine, row->importer, row->stage);
      XituFigure *figure = dep != NULL && dep->direct_figures != NULL && dep->direct_figures->len > 0
                           ? g_ptr_array_index (dep->direct_figures, 0) : NULL;
      g_autofree char *t_unit = g_strdup_printf ("%s/yr", unit);

      if (row->kind == XITU_DISRUPTION_ROW_KNOCK_ON)
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
