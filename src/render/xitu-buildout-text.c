/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The build-out chart's words — title, the verdict and its reason,
 * tooltips, the timeline assumption and basis under it, the summary, the
 * footer's sources — and its table. */
#include "xitu-buildout-private.h"

#include <math.h>

void
xitu_buildout_chart_titles (XituChartCtx       *ctx,
                            XituBuildoutChart  *b,
                            char              **title,
                            char              **subtitle)
{
  g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);
  g_autofree char *en = g_strdup_printf ("Capacity outside %s per stage, %d–%d, as a share of today's world output",
                                         exclude, XITU_BUILDOUT_FIRST_YEAR, XITU_BUILDOUT_LAST_YEAR);
  g_autofree char *zh_title = g_strdup_printf ("%s以外各环节产能（%d–%d 年），占当前世界产量的比例",
                                               exclude, XITU_BUILDOUT_FIRST_YEAR, XITU_BUILDOUT_LAST_YEAR);
  g_autofree char *sub_en = g_strdup ("Capacity steps up in the year a listed plant starts under the timeline assumption; the shaded span is the 12–24 months the claim allows");
  g_autofree char *sub_zh = g_strdup ("在时间线假设下，已列出的工厂投产当年产能随之上升；阴影为该说法给出的 12–24 个月");
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  *title = ctx->lang == XITU_LANG_BOTH ? g_strdup_printf ("%s\n%s", zh_title, en) : g_strdup (zh ? zh_title : en);
  *subtitle = xitu_chart_tr (ctx, sub_en, sub_zh);
}

static char *
importer_name (XituChartCtx      *ctx,
               XituBuildoutChart *b)
{
  return xitu_chart_country_in_sentence (ctx, b->params.importer[0] != '\0' ? b->params.importer : "USA");
}

/* "No — bottleneck: Mining" / "Yes" / "Undetermined". */
static char *
verdict_word (XituChartCtx    *ctx,
              XituReplacement *r)
{
  switch (r->verdict)
    {
    case XITU_REPLACE_NO:
      {
        g_autofree char *stage = xitu_chart_stage_name (ctx, r->stages[r->bottleneck].id);
        return ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("不能——瓶颈：%s", stage)
                                         : g_strdup_printf ("No — bottleneck: %s", stage);
      }
    case XITU_REPLACE_YES:
      return xitu_chart_tr (ctx, "Yes", "能");
    case XITU_REPLACE_UNDETERMINED:
    default:
      return xitu_chart_tr (ctx, "Undetermined: no need in tonnes at some stages",
                            "无法判断：部分环节没有以吨计的需求");
    }
}

/* The reason behind the verdict, from the engine's numbers. */
char *
xitu_buildout_chart_verdict_reason (XituChartCtx      *ctx,
                                    XituBuildoutChart *b,
                                    XituReplacement   *r)
{
  g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (r->verdict == XITU_REPLACE_NO)
    {
      const XituReplaceStage *bs = &r->stages[r->bottleneck];
      g_autofree char *stage = xitu_chart_stage_name (ctx, bs->id);
      g_autofree char *met = xitu_format_percent (100.0 - bs->unmet, XITU_DECIMALS_AUTO, ctx->lang);
      g_autofree char *later = NULL;

      if (bs->reach_year > 0)
        later = zh ? g_strdup_printf ("已列出的项目到 %d 年才能满足", bs->reach_year)
                   : g_strdup_printf ("the listed projects meet it in %d", bs->reach_year);
      else
        later = xitu_chart_tr (ctx, "the listed projects do not meet it by 2035", "已列出的项目到 2035 年仍不能满足");
      return zh ? g_strdup_printf ("到 %d 年，%s以外的新增产能只能满足%s需求的 %s；%s；尚未列出的新项目最早 %d 年才能投产。",
                                   r->deadline_year, exclude, stage, met, later, bs->earliest_new)
                : g_strdup_printf ("By %d, new capacity outside %s meets %s of the need at %s; %s; a project not yet listed could produce there from %d at the earliest.",
                                   r->deadline_year, exclude, met, stage, later, bs->earliest_new);
    }
  if (r->verdict == XITU_REPLACE_YES)
    return zh ? g_strdup_printf ("到 %d 年，%s以外的新增产能满足各环节的需求。", r->deadline_year, exclude)
              : g_strdup_printf ("By %d, new capacity outside %s meets the need at every stage.", r->deadline_year, exclude);
  {
    g_autofree char *importer = importer_name (ctx, b);
    return zh ? g_strdup_printf ("部分环节没有%s以吨计的需求：请输入其需求。", importer)
              : g_strdup_printf ("Some stages have no need in tonnes for %s: enter its demand to judge them.", importer);
  }
}

static char *
frame_phrase (XituChartCtx      *ctx,
              XituBuildoutChart *b,
              XituReplacement   *r)
{
  g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);
  g_autofree char *importer = importer_name (ctx, b);

  if (r->frame == XITU_REPLACE_FRAME_WORLD)
    return ctx->lang == XITU_LANG_ZH
      ? g_strdup_printf ("按%s在各环节的全部产量衡量（数据中没有%s以吨计的进口），比仅替代%s所需更严格",
                         exclude, importer, importer)
      : g_strdup_printf ("judged against all of %s's output at each stage (the data give no tonnage for the imports of %s), a stricter question than the need of %s alone",
                         exclude, importer, importer);
  return ctx->lang == XITU_LANG_ZH
    ? g_strdup_printf ("按%s自身的需求衡量", importer)
    : g_strdup_printf ("judged against the need of %s", importer);
}

static char *
question (XituChartCtx      *ctx,
          XituBuildoutChart *b)
{
  g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);
  g_autofree char *importer = importer_name (ctx, b);

  return ctx->lang == XITU_LANG_ZH
    ? g_strdup_printf ("%s能否在 %d–%d 个月内替代%s？", importer,
                       XITU_BUILDOUT_CLAIM_MONTHS_MIN, XITU_BUILDOUT_CLAIM_MONTHS_MAX, exclude)
    : g_strdup_printf ("Can %s replace %s within %d–%d months?", importer, exclude,
                       XITU_BUILDOUT_CLAIM_MONTHS_MIN, XITU_BUILDOUT_CLAIM_MONTHS_MAX);
}

/* "Timeline: …" and its basis. */
static char *
timeline_line (XituChartCtx      *ctx,
               XituBuildoutChart *b)
{
  XituBuildout *bo = b->bo;
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  switch (b->params.timeline)
    {
    case XITU_TIMELINE_SLIPPAGE:
      {
        g_autofree char *years = xitu_format_number (bo->slippage_years, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
        if (bo->slippage_from_data)
          return zh ? g_strdup_printf ("时间线：宣布的投产年份 + %s 年延误——数据中 %u 个同时有宣布与实际投产年份的设施的平均延误。", years, bo->slippage_n)
                    : g_strdup_printf ("Timeline: announced start + %s years of slippage — the mean of the %u facilities in the data with both an announced and an actual start.", years, bo->slippage_n);
        return zh ? g_strdup_printf ("时间线：宣布的投产年份 + %s 年延误——假设 A17：数据中没有同时有宣布与实际投产年份的设施，使用用户设定的 %s 年。", years, years)
                  : g_strdup_printf ("Timeline: announced start + %s years of slippage — Assumption A17: no facility in the data has both an announced and an actual start, so the user's %s years are used.", years, years);
      }
    case XITU_TIMELINE_LEAD_TIMES:
      {
        int end = b->params.lead_time_end == XITU_LEAD_TIME_LOW ? 0 : 1;
        g_autofree char *mine = xitu_format_number (bo->lead_mine[end], XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
        g_autofree char *plant = xitu_format_number (bo->lead_plant[end], XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
        g_autofree char *which = xitu_chart_tr (ctx, end == 0 ? "low end" : "high end", end == 0 ? "下限" : "上限");
        return zh ? g_strdup_printf ("时间线：融资（或发现）年份 + 文献中的建设周期（%s）：矿山 %s 年，工厂 %s 年；不早于宣布的投产年份（假设 A18）。", which, mine, plant)
                  : g_strdup_printf ("Timeline: year of financing (or discovery) + lead time from the literature (%s): mines %s years, plants %s years; never before the announced start (Assumption A18).", which, mine, plant);
      }
    case XITU_TIMELINE_AS_ANNOUNCED:
    default:
      return xitu_chart_tr (ctx,
        "Timeline: as announced — each project starts in the year its operator announced (the facilities' sources in the dataset).",
        "时间线：按宣布——各项目在运营方宣布的年份投产（数据集中各设施的来源）。");
    }
}

GPtrArray *
xitu_buildout_chart_notes (XituChartCtx      *ctx,
                           XituBuildoutChart *b)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  XituBuildout *bo = b->bo;
  g_autoptr (GStrvBuilder) derived = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) uncounted = g_strv_builder_new ();
  g_auto (GStrv) derived_ids = NULL;
  g_auto (GStrv) uncounted_names = NULL;

  g_ptr_array_add (lines, timeline_line (ctx, b));

  for (guint s = 0; s < bo->n_stages; s++)
    if (bo->stages[s].world_derived)
      g_strv_builder_add (derived, bo->stages[s].id);
  derived_ids = g_strv_builder_end (derived);
  {
    GString *base = g_string_new (NULL);
    g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);

    g_string_append_printf (base, zh ? "今天%s以外的产量代表其产能（假设 A16）" : "Today's output outside %s stands in for its capacity (Assumption A16)",
                            exclude);
    if (derived_ids[0] != NULL)
      {
        g_autofree char *list = xitu_chart_stage_list (ctx, (const char * const *) derived_ids);
        g_string_append_printf (base, zh ? "；%s的世界产量由上游环节经强度系数推算（假设 A10–A14）"
                                         : "; world output at %s is derived from the stage upstream through the intensity factors (Assumptions A10–A14)",
                                list);
      }
    g_string_append (base, zh ? "；新增产能按全部供给该进口方计（假设 A21，偏乐观）。" : "; new capacity counts as if all of it went to the importer (Assumption A21, optimistic).");
    g_ptr_array_add (lines, g_string_free (base, FALSE));
  }

  for (guint i = 0; i < bo->facilities->len; i++)
    {
      const XituBuildoutFacility *f = &g_array_index (bo->facilities, XituBuildoutFacility, i);
      const XituText *name = xitu_facility_get_name (f->facility);

      if (!f->counted && f->start_basis != XITU_START_IN_OUTPUT)
        {
          g_autofree char *label = xitu_lang_join (ctx->lang, name->en, name->zh);
          g_strv_builder_add (uncounted, label);
        }
    }
  uncounted_names = g_strv_builder_end (uncounted);
  if (uncounted_names[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (zh ? "、" : "; ", uncounted_names);
      g_ptr_array_add (lines, zh ? g_strdup_printf ("未计入（产能未披露或无法换算）：%s。", list)
                                 : g_strdup_printf ("Not counted (capacity not disclosed or not convertible): %s.", list));
    }

  {
    g_autofree char *q = question (ctx, b);
    g_autofree char *frame = frame_phrase (ctx, b, b->within[1]);
    g_autofree char *date = xitu_chart_format_date (ctx, b->claim_date);
    g_ptr_array_add (lines, zh ? g_strdup_printf ("问题：%s（美国财长，%s）；%s；从 %d 年起算。", q, date, frame, XITU_BUILDOUT_FIRST_YEAR)
                               : g_strdup_printf ("The question: %s (US Treasury Secretary, %s); %s; counted from %d.", q, date, frame, XITU_BUILDOUT_FIRST_YEAR));
  }
  g_ptr_array_add (lines, NULL);
  return lines;
}

void
xitu_buildout_chart_add_sources (XituChartCtx      *ctx,
                                 XituBuildoutChart *b)
{
  XituBuildout *bo = b->bo;

  if (b->claim != NULL)
    xitu_footer_add_source (ctx->footer, xitu_claim_get_source (b->claim), NULL);
  if (b->params.timeline == XITU_TIMELINE_LEAD_TIMES)
    xitu_footer_add_figures (ctx->footer, bo->lead_figures);
  /* The world totals and shares the base comes from. */
  for (guint s = 0; s < bo->n_stages; s++)
    {
      g_autoptr (XituShares) shares = NULL;

      if (!bo->stages[s].has_base)
        continue;
      shares = xitu_dataset_get_stage_shares (ctx->dataset, bo->stages[s].id, bo->stages[s].base_year, NULL);
      for (guint i = 0; shares != NULL && i < xitu_shares_get_n_entries (shares); i++)
        {
          const XituShare *entry = xitu_shares_get_entry (shares, i);
          if (entry->figure != NULL)
            xitu_footer_add_source (ctx->footer, xitu_figure_get_source (entry->figure),
                                    xitu_figure_get_edition (entry->figure));
        }
    }
}

char *
xitu_buildout_chart_verdict_headline (XituChartCtx      *ctx,
                                      XituBuildoutChart *b)
{
  g_autofree char *q = question (ctx, b);
  g_autofree char *v12 = verdict_word (ctx, b->within[0]);
  g_autofree char *v24 = verdict_word (ctx, b->within[1]);

  return ctx->lang == XITU_LANG_ZH
    ? g_strdup_printf ("%s 12 个月内：%s；24 个月内：%s", q, v12, v24)
    : g_strdup_printf ("%s Within 12 months: %s; within 24 months: %s", q, v12, v24);
}

char *
xitu_buildout_chart_verdict_tooltip (XituChartCtx      *ctx,
                                     XituBuildoutChart *b)
{
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  for (guint w = 0; w < G_N_ELEMENTS (b->within); w++)
    {
      XituReplacement *r = b->within[w];
      g_autofree char *word = verdict_word (ctx, r);

      g_string_append_printf (tip, zh ? "%s%d 个月内（到 %d 年）：%s" : "%sWithin %d months (by %d): %s",
                              w > 0 ? "\n\n" : "", r->months, r->deadline_year, word);
      for (guint s = 0; s < r->n_stages; s++)
        {
          const XituReplaceStage *rs = &r->stages[s];
          g_autofree char *stage = xitu_chart_stage_name (ctx, rs->id);

          if (rs->status == XITU_STAGE_NO_BASIS)
            {
              g_autofree char *none = xitu_chart_tr (ctx, "no basis (no sourced figure)", "无依据（无来源数据）");
              g_string_append_printf (tip, "\n%s: %s", stage, none);
            }
          else
            {
              g_autofree char *need = xitu_format_number (rs->need_t, 0, ctx->lang, ctx->opts->numbers);
              g_autofree char *added = xitu_format_number (rs->added_t, 0, ctx->lang, ctx->opts->numbers);
              g_autofree char *unmet = xitu_format_percent (rs->unmet, XITU_DECIMALS_AUTO, ctx->lang);
              g_string_append_printf (tip, zh ? "\n%s：需要 %s 吨，新增 %s 吨，缺 %s" : "\n%s: need %s t, new %s t, unmet %s",
                                      stage, need, added, unmet);
            }
        }
    }
  return g_string_free (tip, FALSE);
}

char *
xitu_buildout_chart_year_tooltip (XituChartCtx            *ctx,
                                  XituBuildoutChart       *b,
                                  const XituBuildoutStage *st,
                                  int                      k,
                                  const char              *stage_name)
{
  int year = XITU_BUILDOUT_FIRST_YEAR + k;
  g_autofree char *pct = xitu_format_percent (st->share_of_world[k], XITU_DECIMALS_AUTO, ctx->lang);
  g_autofree char *capacity = xitu_format_number (st->capacity_t[k], 0, ctx->lang, ctx->opts->numbers);
  g_autofree char *world = xitu_format_number (st->world_t, 0, ctx->lang, ctx->opts->numbers);
  g_autofree char *unit = xitu_chart_unit_name (ctx, st->unit);
  g_autofree char *exclude = xitu_chart_country_name (ctx, b->params.exclude);
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  g_string_append_printf (tip, "%s · %d", stage_name, year);
  g_string_append_printf (tip, zh ? "\n%s以外的产能：%s %s，占当前世界产量的 %s" : "\nCapacity outside %s: %s %s, %s of today's world output",
                          exclude, capacity, unit, pct);
  g_string_append_printf (tip, zh ? "\n当前世界产量：%s %s（%d 年%s）" : "\nToday's world output: %s %s (%d%s)",
                          world, unit, st->world_year,
                          st->world_derived ? (zh ? "，经强度系数推算" : ", derived through intensity factors") : "");
  if (st->has_target)
    {
      if (st->target_year > 0)
        g_string_append_printf (tip, zh ? "\n达到目标：%d 年" : "\nTarget reached: %d", st->target_year);
      else
        g_string_append (tip, zh ? "\n到 2035 年仍未达到目标" : "\nTarget not reached by 2035");
    }
  /* The projects that start this year. */
  for (guint i = 0; i < b->bo->facilities->len; i++)
    {
      const XituBuildoutFacility *f = &g_array_index (b->bo->facilities, XituBuildoutFacility, i);
      const XituText *name;
      g_autofree char *label = NULL;
      g_autofree char *cap = NULL;

      if (!f->counted || f->start_year != year || g_strcmp0 (f->stage, st->id) != 0)
        continue;
      name = xitu_facility_get_name (f->facility);
      label = xitu_lang_join (ctx->lang, name->en, name->zh);
      cap = xitu_format_number (f->capacity_basis, 0, ctx->lang, ctx->opts->numbers);
      g_string_append_printf (tip, zh ? "\n+ %s：%s %s%s" : "\n+ %s: %s %s%s", label, cap, unit,
                              f->converted ? (zh ? "（经强度系数换算）" : " (converted through an intensity factor)") : "");
    }
  return g_string_free (tip, FALSE);
}

/* The claim's window: its label, then the claim (in English when both
 * languages are asked for) and its source. */
char *
xitu_buildout_chart_claim_tooltip (XituChartCtx      *ctx,
                                   XituBuildoutChart *b,
                                   const char        *heading)
{
  GString *tip = g_string_new (heading);

  if (b->claim != NULL)
    {
      const XituText *text = xitu_claim_get_text (b->claim);
      g_autofree char *source = xitu_chart_source_title (ctx, xitu_claim_get_source (b->claim));
      g_string_append_printf (tip, "\n%s", xitu_text_get (text, ctx->lang == XITU_LANG_ZH ? XITU_LANG_ZH : XITU_LANG_EN));
      g_string_append_printf (tip, ctx->lang == XITU_LANG_ZH ? "\n来源：%s" : "\nSource: %s", source);
    }
  return g_string_free (tip, FALSE);
}

static void
append_stage_summary (XituChartCtx      *ctx,
                      GString           *summary,
                      XituBuildoutChart *b,
                      guint              s)
{
  const XituBuildoutStage *st = &b->bo->stages[s];
  g_autofree char *name = xitu_chart_stage_name (ctx, st->id);
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (!xitu_buildout_chart_stage_drawn (st))
    {
      g_string_append_printf (summary, zh ? " %s：无来源数据。" : " %s: no sourced figure.", name);
      return;
    }
  {
    g_autofree char *first = xitu_format_percent (st->share_of_world[0], XITU_DECIMALS_AUTO, ctx->lang);
    g_autofree char *last = xitu_format_percent (st->share_of_world[XITU_BUILDOUT_N_YEARS - 1], XITU_DECIMALS_AUTO, ctx->lang);

    if (zh)
      g_string_append_printf (summary, " %s：%d 年 %s，%d 年 %s。", name, XITU_BUILDOUT_FIRST_YEAR, first,
                              XITU_BUILDOUT_LAST_YEAR, last);
    else
      g_string_append_printf (summary, " %s: %s in %d, %s in %d.", name, first, XITU_BUILDOUT_FIRST_YEAR,
                              last, XITU_BUILDOUT_LAST_YEAR);
  }
}

/* After the title: each stage's first and last year, then the verdict and
 * the shaded window. */
void
xitu_buildout_chart_append_summary (XituChartCtx      *ctx,
                                    GString           *summary,
                                    XituBuildoutChart *b,
                                    const char        *headline,
                                    const char        *reason)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  for (guint s = 0; s < b->bo->n_stages; s++)
    append_stage_summary (ctx, summary, b, s);
  {
    g_autofree char *date = xitu_chart_format_date (ctx, b->claim_date);
    g_string_append_printf (summary, zh ? " %s。%s 阴影：说法的 12–24 个月（%s 之后）。" : " %s. %s Shaded: the claim's 12–24 months (after %s).",
                            headline, reason, date);
  }
}

/* The table: inputs, the series per stage and year, the facilities and
 * how they count, and the verdicts. */
static const char * const buildout_header[] = {
  "chart", "item", "stage", "year", "value", "unit", "note", "source_id", NULL,
};

static void
row_number (XituTable  *table,
            const char *item,
            const char *stage,
            int         year,
            double      value,
            const char *unit,
            const char *note,
            const char *source)
{
  g_autofree char *y = year > 0 ? g_strdup_printf ("%d", year) : NULL;
  g_autofree char *v = isfinite (value) ? xitu_format_machine (round (value * 1000) / 1000) : NULL;

  xitu_table_add_row (table, "", item, stage, y, v, unit, note, source);
}

XituTable *
xitu_buildout_chart_table (XituDataset            *dataset,
                           const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (buildout_header);
  g_auto (XituBuildoutChart) b = { 0 };
  XituBuildout *bo;

  xitu_buildout_chart_collect (&b, dataset, opts);
  bo = b.bo;
  row_number (table, "input", NULL, 0, NAN, NULL, xitu_timeline_to_string (b.params.timeline), NULL);
  row_number (table, "input", NULL, 0, bo->slippage_years, "years",
              bo->slippage_from_data ? "slippage (from the data)" : "slippage (assumption A17)", NULL);
  row_number (table, "input", NULL, 0, NAN, NULL,
              b.params.lead_time_end == XITU_LEAD_TIME_LOW ? "lead time: low end" : "lead time: high end", NULL);
  row_number (table, "input", NULL, 0, b.params.target_value,
              b.params.target_kind == XITU_TARGET_QUANTITY ? "t/yr" : "%",
              xitu_target_kind_to_string (b.params.target_kind), NULL);
  row_number (table, "input", NULL, 0, NAN, NULL, b.params.exclude, NULL);
  row_number (table, "input", NULL, 0, NAN, NULL, b.params.importer, NULL);
  for (guint s = 0; s < bo->n_stages; s++)
    {
      const XituBuildoutStage *st = &bo->stages[s];

      row_number (table, "world_output", st->id, st->world_year, st->has_world ? st->world_t : NAN, st->unit,
                  st->world_derived ? "derived through intensity factors" : NULL, NULL);
      if (!st->has_base)
        {
          row_number (table, "no sourced figure", st->id, 0, NAN, NULL, "no share for the excluded country: no base", NULL);
          continue;
        }
      row_number (table, "base_outside", st->id, st->base_year, st->base_t, st->unit, NULL, NULL);
      for (int k = 0; k < XITU_BUILDOUT_N_YEARS; k++)
        {
          row_number (table, "capacity", st->id, XITU_BUILDOUT_FIRST_YEAR + k, st->capacity_t[k], st->unit, NULL, NULL);
          row_number (table, "share_of_world", st->id, XITU_BUILDOUT_FIRST_YEAR + k, st->share_of_world[k], "%", NULL, NULL);
        }
      if (st->has_target)
        row_number (table, "target_year", st->id, st->target_year, st->target_t, st->unit,
                    st->target_year > 0 ? NULL : "not by 2035", NULL);
    }
  for (guint i = 0; i < bo->facilities->len; i++)
    {
      const XituBuildoutFacility *f = &g_array_index (bo->facilities, XituBuildoutFacility, i);
      g_autofree char *note = g_strdup_printf ("%s; start: %s%s%s", xitu_facility_get_id (f->facility),
                                               xitu_start_basis_to_string (f->start_basis),
                                               f->counted ? "" : "; not counted: ",
                                               f->counted ? "" : (f->why_not ? f->why_not : ""));
      row_number (table, "facility", f->stage, f->start_year, f->capacity_basis,
                  f->stage != NULL ? xitu_intensity_stage_unit (f->stage) : NULL,
                  note, xitu_facility_get_source (f->facility));
    }
  for (guint w = 0; w < G_N_ELEMENTS (b.within); w++)
    {
      XituReplacement *r = b.within[w];
      g_autofree char *item = g_strdup_printf ("verdict_%d_months", r->months);
      row_number (table, item, r->bottleneck >= 0 ? r->stages[r->bottleneck].id : NULL, r->deadline_year, NAN, NULL,
                  r->summary, b.claim != NULL ? xitu_claim_get_source (b.claim) : NULL);
    }
  return table;
}
