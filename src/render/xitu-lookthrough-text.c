/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The look-through chart's words — the notes under each bar, its value,
 * the tooltips and the summary, in the chart's language — its table and
 * its validation. */
#include "xitu-lookthrough-private.h"

#include <math.h>
#include <string.h>

/* Words */

/* A partner as a reader says it; "rest" is what no source attributes. */
char *
xitu_look_through_partner_name (XituChartCtx *ctx,
                                const char   *code)
{
  if (code == NULL || g_str_equal (code, "rest"))
    return xitu_chart_tr (ctx, "the unattributed rest", "未列明来源的其余部分");
  if (g_str_equal (code, XITU_OTHER_CODE))
    return xitu_chart_tr (ctx, "other countries", "其他国家");
  return xitu_chart_country_name (ctx, code);
}

static char *
points_text (XituChartCtx *ctx,
             XituRange     range)
{
  g_autofree char *lo = xitu_format_number (range.lo, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
  g_autofree char *hi = xitu_format_number (range.hi, XITU_DECIMALS_AUTO, ctx->lang, XITU_NUMBERS_PLAIN);
  g_autofree char *number = g_strcmp0 (lo, hi) == 0 ? g_strdup (lo) : g_strdup_printf ("%s–%s", lo, hi);

  return ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("%s 个百分点", number)
                                   : g_strdup_printf ("%s points", number);
}

/* A stage's name inside an English sentence: "separation & refining", but
 * "NdFeB magnets" as it is. */
static char *
stage_in_sentence (XituChartCtx *ctx,
                   const char   *stage_id)
{
  char *name = xitu_chart_stage_name (ctx, stage_id);

  if (ctx->lang == XITU_LANG_EN && g_ascii_isupper (name[0]) && g_ascii_islower (name[1]))
    name[0] = g_ascii_tolower (name[0]);
  return name;
}

static char *
upstream_unknown_line (XituChartCtx   *ctx,
                       XituDependence *d)
{
  g_autofree char *stage = stage_in_sentence (ctx, d->upstream_stage);
  GString *names = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (guint i = 0; i < d->missing->len; i++)
    {
      g_autofree char *name = xitu_look_through_partner_name (ctx, g_ptr_array_index (d->missing, i));

      if (i > 0)
        g_string_append (names, ctx->lang == XITU_LANG_ZH ? "、" : ", ");
      g_string_append (names, name);
    }
  list = g_string_free (names, FALSE);
  if (ctx->lang == XITU_LANG_ZH)
    return g_strdup_printf ("上游（%s）未知：%s——按 0–100%% 计", stage, list);
  return g_strdup_printf ("Upstream (%s) unknown for: %s — counted as 0–100 %%", stage, list);
}

/* "Upstream from figures: Japan 70 %" or "Assumed upstream (A1): …". */
static char *
upstream_known_line (XituChartCtx     *ctx,
                     XituDependence   *d,
                     XituUpstreamKind  kind)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < d->terms->len; i++)
    {
      const XituLookThroughTerm *t = &g_array_index (d->terms, XituLookThroughTerm, i);
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (t->upstream_kind != kind)
        continue;
      name = xitu_look_through_partner_name (ctx, t->partner);
      value = xitu_chart_range_percent (ctx, t->upstream);
      g_string_append_printf (line, "%s%s %s", line->len > 0 ? (ctx->lang == XITU_LANG_ZH ? "、" : ", ") : "",
                              name, value);
    }
  if (line->len == 0)
    return g_string_free (line, TRUE);
  if (kind == XITU_UPSTREAM_USER)
    g_string_prepend (line, ctx->lang == XITU_LANG_ZH ? "假设的上游（A1）：" : "Assumed upstream (A1): ");
  else
    g_string_prepend (line, ctx->lang == XITU_LANG_ZH ? "上游来自数据：" : "Upstream from figures: ");
  return g_string_free (line, FALSE);
}

/* Under the bar: what the figures are (period, measure, edition) and what
 * the look-through does not know. */
char *
xitu_look_through_notes (XituChartCtx   *ctx,
                         XituDependence *d)
{
  g_autofree char *years = xitu_format_years (d->year, d->year_end);
  g_autofree char *measure = xitu_chart_measure_phrase (ctx, d->measure);
  GString *notes = g_string_new (NULL);

  if (measure != NULL)
    g_string_append_printf (notes, "%s · %s · %s", years, measure, d->edition);
  else
    g_string_append_printf (notes, "%s · %s", years, d->edition);
  if (!d->has_look_through)
    {
      g_autofree char *stage = stage_in_sentence (ctx, d->stage);
      g_string_append_printf (notes, ctx->lang == XITU_LANG_ZH ? "\n%s没有上游环节：穿透等于直接"
                                                               : "\nNothing upstream of %s: look-through equals direct",
                              stage);
    }
  if (d->missing->len > 0)
    {
      g_autofree char *line = upstream_unknown_line (ctx, d);
      g_string_append_printf (notes, "\n%s", line);
    }
  for (XituUpstreamKind k = XITU_UPSTREAM_FIGURE; k <= XITU_UPSTREAM_USER; k++)
    {
      g_autofree char *line = upstream_known_line (ctx, d, k);
      if (line != NULL)
        g_string_append_printf (notes, "\n%s", line);
    }
  return g_string_free (notes, FALSE);
}

char *
xitu_look_through_value (XituChartCtx   *ctx,
                         XituDependence *d)
{
  g_autofree char *direct = xitu_chart_range_percent (ctx, d->direct);
  g_autofree char *look = xitu_chart_range_percent (ctx, d->look_through);

  if (!d->has_look_through)
    return g_steal_pointer (&direct);
  return g_strdup_printf ("%s → %s", direct, look);
}

static char *
benchmark_phrase (XituChartCtx   *ctx,
                  XituDependence *d)
{
  static const char * const en[] = { NULL, "below", "possibly above", "above" };
  static const char * const zh[] = { NULL, "低于", "可能高于", "高于" };
  g_autofree char *cap = xitu_format_percent (d->crma_cap, XITU_DECIMALS_AUTO, ctx->lang);
  XituBenchmarkStatus direct = d->crma_direct, look = d->crma_look_through;

  if (direct == XITU_BENCHMARK_UNKNOWN || look == XITU_BENCHMARK_UNKNOWN)
    return NULL;
  if (ctx->lang == XITU_LANG_ZH)
    return direct == look ? g_strdup_printf ("%s欧盟单一供应国 %s 基准", zh[look], cap)
                          : g_strdup_printf ("直接计%s欧盟单一供应国 %s 基准，穿透后%s", zh[direct], cap, zh[look]);
  return direct == look ? g_strdup_printf ("%s the EU's %s single-supplier benchmark", en[look], cap)
                        : g_strdup_printf ("%s the EU's %s single-supplier benchmark directly, %s it looked through",
                                           en[direct], cap, en[look]);
}

/* "United States, separation & refining: 71 % directly from China; looked
 * through its other suppliers 71–100 % (upstream unknown for 4 partners);
 * above the EU's 65 % single-supplier benchmark." */
void
xitu_look_through_append_summary (XituChartCtx   *ctx,
                                  GString        *out,
                                  XituDependence *d)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = xitu_chart_country_name (ctx, d->importer);
  g_autofree char *stage = stage_in_sentence (ctx, d->stage);
  g_autofree char *direct = xitu_chart_range_percent (ctx, d->direct);
  g_autofree char *look = xitu_chart_range_percent (ctx, d->look_through);
  g_autofree char *bench = benchmark_phrase (ctx, d);
  guint n = d->missing->len;

  g_string_append_printf (out, zh ? "%s，%s：直接来自中国 %s" : " %s, %s: %s directly from China", name, stage, direct);
  if (!d->has_look_through)
    g_string_append (out, zh ? "；没有上游环节可穿透" : "; nothing upstream to look through");
  else
    g_string_append_printf (out, zh ? "；经其他供应国穿透后 %s" : "; looked through its other suppliers %s", look);
  if (n > 0)
    g_string_append_printf (out, zh ? "（%u 个来源的上游未知）" : n == 1 ? " (upstream unknown for %u partner)"
                                                                         : " (upstream unknown for %u partners)", n);
  if (bench != NULL)
    g_string_append_printf (out, zh ? "；%s" : "; %s", bench);
  g_string_append (out, zh ? "。" : ".");
}

/* Tooltips */

char *
xitu_look_through_direct_tooltip (XituChartCtx   *ctx,
                                  XituDependence *d,
                                  const char     *heading)
{
  g_autofree char *head = xitu_chart_tr (ctx, "directly from China", "直接来自中国");
  g_autofree char *title = g_strdup_printf ("%s — %s", heading, head);
  g_autofree char *range = xitu_chart_range_percent (ctx, d->direct);
  XituFigure *figure = d->direct_figures->len > 0 ? g_ptr_array_index (d->direct_figures, 0) : NULL;

  if (!d->has_direct || figure == NULL)
    return ctx->lang == XITU_LANG_ZH
           ? g_strdup_printf ("%s\n中国不在所列来源中：%s", title, range)
           : g_strdup_printf ("%s\nChina is not named among its partners: %s", title, range);
  if (!xitu_range_is_exact (d->direct))
    {
      g_autofree char *extra = ctx->lang == XITU_LANG_ZH ? g_strdup_printf ("来源给出的范围：%s", range)
                                                         : g_strdup_printf ("range given by the source: %s", range);
      return xitu_chart_figure_tooltip (ctx, figure, title, extra);
    }
  return xitu_chart_figure_tooltip (ctx, figure, title, NULL);
}

/* "Japan: 5 % of imports × 70 % upstream (JOGMEC 2025) → 3.5 points". */
static void
append_term (XituChartCtx              *ctx,
             GString                   *tip,
             const XituLookThroughTerm *t)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = xitu_look_through_partner_name (ctx, t->partner);
  g_autofree char *share = xitu_chart_range_percent (ctx, t->share);
  g_autofree char *upstream = xitu_chart_range_percent (ctx, t->upstream);
  g_autofree char *points = points_text (ctx, t->contribution);
  g_autofree char *how = NULL;

  switch (t->upstream_kind)
    {
    case XITU_UPSTREAM_FIGURE:
      /* No figure when the partner's own figures do not name the supplier. */
      how = t->upstream_figure != NULL
            ? g_strdup_printf (zh ? "上游 %s（%s）" : "%s upstream (%s)", upstream,
                               xitu_figure_get_edition (t->upstream_figure))
            : g_strdup_printf (zh ? "上游 %s" : "%s upstream", upstream);
      break;
    case XITU_UPSTREAM_USER:
      how = t->upstream_note != NULL
            ? g_strdup_printf (zh ? "假设 %s（%s）" : "%s assumed (%s)", upstream, t->upstream_note)
            : g_strdup_printf (zh ? "假设 %s" : "%s assumed", upstream);
      break;
    case XITU_UPSTREAM_MISSING:
    case XITU_UPSTREAM_NONE:
    default:
      how = xitu_chart_tr (ctx, "upstream unknown (0–100 %)", "上游未知（0–100%）");
      break;
    }
  g_string_append_printf (tip, zh ? "\n%s：占进口 %s × %s → %s" : "\n%s: %s of imports × %s → %s",
                          name, share, how, points);
}

char *
xitu_look_through_band_tooltip (XituChartCtx   *ctx,
                                XituDependence *d,
                                const char     *heading)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *look = xitu_chart_range_percent (ctx, d->look_through);
  g_autofree char *direct = xitu_chart_range_percent (ctx, d->direct);
  g_autofree char *stage = stage_in_sentence (ctx, d->upstream_stage);
  g_autofree char *years = xitu_format_years (d->year, d->year_end);
  g_autofree char *bench = benchmark_phrase (ctx, d);
  XituFigure *figure = xitu_look_through_record_figure (d);
  g_autofree char *source = figure != NULL ? xitu_chart_source_title (ctx, xitu_figure_get_source (figure)) : NULL;
  GString *tip = g_string_new (heading);

  g_string_append_printf (tip,
                          zh ? " — 经其他供应国穿透\n穿透：%s = 直接 %s + 各来源在上游（%s）自中国进口的部分："
                             : " — looked through other suppliers\nLook-through: %s = %s direct"
                               " + what each partner takes from China one stage up (%s):",
                          look, direct, stage);
  for (guint i = 0; i < d->terms->len; i++)
    append_term (ctx, tip, &g_array_index (d->terms, XituLookThroughTerm, i));
  g_string_append_printf (tip, zh ? "\n年份：%s · 版本：%s" : "\nYear: %s · Edition: %s", years, d->edition);
  if (source != NULL)
    g_string_append_printf (tip, zh ? "\n来源：%s" : "\nSource: %s", source);
  if (bench != NULL)
    g_string_append_printf (tip, "\n%s", bench);
  return g_string_free (tip, FALSE);
}

/* Titles and sources */

void
xitu_look_through_titles (XituChartCtx           *ctx,
                          const XituLookThrough  *lt,
                          char                  **title,
                          char                  **subtitle)
{
  g_autofree char *cap = xitu_format_percent (lt->cap, XITU_DECIMALS_AUTO, ctx->lang);
  g_autofree char *en = ctx->opts->year > 0
    ? g_strdup_printf ("Dependence on China, direct and looked through other suppliers: latest figures up to %d",
                       ctx->opts->year)
    : g_strdup ("Dependence on China, direct and looked through other suppliers: latest figures");
  g_autofree char *zh = ctx->opts->year > 0
    ? g_strdup_printf ("对中国的依赖：直接与经其他供应国穿透（截至 %d 年的最新数据）", ctx->opts->year)
    : g_strdup ("对中国的依赖：直接与经其他供应国穿透（最新数据）");
  g_autofree char *sub_en = g_strdup_printf (
    "Solid: the share of imports from China as the source states it. Band: what the other suppliers in turn import "
    "from China one stage up; hatched where the data do not say (counted as 0 and as 100 %%). Dashed line: EU CRMA "
    "benchmark of at most %s from any single third country by 2030.", cap);
  g_autofree char *sub_zh = g_strdup_printf (
    "实心：来源所载自中国进口的份额。色带：其他供应国在上一环节自中国进口的部分；斜线处数据未载（按 0 和 100%% 计）。"
    "虚线：欧盟《关键原材料法案》基准，到 2030 年来自任一第三国不超过 %s。", cap);

  *title = xitu_chart_tr (ctx, en, zh);
  *subtitle = xitu_chart_tr (ctx, sub_en, sub_zh);
}

void
xitu_look_through_add_sources (XituChartCtx          *ctx,
                               const XituLookThrough *lt)
{
  for (guint i = 0; i < lt->records->len; i++)
    {
      XituDependence *d = g_ptr_array_index (lt->records, i);
      XituFigure *f = xitu_look_through_record_figure (d);

      if (f != NULL)
        xitu_footer_add_source (ctx->footer, xitu_figure_get_source (f), xitu_figure_get_edition (f));
      for (guint k = 0; k < d->terms->len; k++)
        {
          XituFigure *up = g_array_index (d->terms, XituLookThroughTerm, k).upstream_figure;
          if (up != NULL)
            xitu_footer_add_source (ctx->footer, xitu_figure_get_source (up), xitu_figure_get_edition (up));
        }
    }
  if (lt->cap_figure != NULL)
    xitu_footer_add_source (ctx->footer, xitu_figure_get_source (lt->cap_figure),
                            xitu_figure_get_edition (lt->cap_figure));
  else
    {
      g_autofree char *note = xitu_chart_tr (ctx, "65 % benchmark: Regulation (EU) 2024/1252, Art. 5",
                                             "65% 基准：欧盟第 2024/1252 号条例第 5 条");
      xitu_footer_add_note (ctx->footer, note);
    }
}

char *
xitu_look_through_empty_message (XituChartCtx *ctx)
{
  gboolean some = ctx->opts->countries != NULL;
  int year = ctx->opts->year;

  if (ctx->lang == XITU_LANG_ZH)
    return year > 0 ? g_strdup_printf ("%s截至 %d 年没有进口份额数据，无从穿透", some ? "所选进口方" : "", year)
                    : g_strdup_printf ("%s没有进口份额数据，无从穿透", some ? "所选进口方" : "");
  if (ctx->lang == XITU_LANG_BOTH)
    {
      g_autofree char *zh = NULL, *en = NULL;
      ctx->lang = XITU_LANG_ZH;
      zh = xitu_look_through_empty_message (ctx);
      ctx->lang = XITU_LANG_EN;
      en = xitu_look_through_empty_message (ctx);
      ctx->lang = XITU_LANG_BOTH;
      return g_strdup_printf ("%s\n%s", zh, en);
    }
  return year > 0 ? g_strdup_printf ("No import-share figures%s for periods up to %d: nothing to look through",
                                     some ? " of the importers asked for" : "", year)
                  : g_strdup_printf ("No import-share figures%s: nothing to look through",
                                     some ? " of the importers asked for" : "");
}

/* The table: one row per importer, stage and partner term (one row with the
 * partner columns empty where there is no term), every number as drawn. */
static const char * const lookthrough_header[] = {
  "chart", "importer", "importer_name_en", "importer_name_zh", "stage", "supplier", "measure", "year",
  "year_end", "edition", "direct_low", "direct_high", "look_through_low", "look_through_high", "crma_cap",
  "crma_direct", "crma_look_through", "upstream_stage", "partner", "partner_name_en", "partner_share_low",
  "partner_share_high", "upstream_kind", "upstream_low", "upstream_high", "upstream_source_id",
  "upstream_edition", "upstream_note", "contribution_low", "contribution_high", "source_id", "source_url", NULL,
};

static char *
machine (double value)
{
  return xitu_format_machine (round (value * 1000) / 1000);
}

static void
add_table_row (XituTable                 *table,
               XituDataset               *dataset,
               XituDependence            *d,
               const XituLookThroughTerm *t)
{
  XituCountry *importer = xitu_dataset_lookup_country (dataset, d->importer);
  XituFigure *figure = xitu_look_through_record_figure (d);
  XituSource *source = figure != NULL ? xitu_dataset_lookup_source (dataset, xitu_figure_get_source (figure)) : NULL;
  const char *partner = t == NULL ? NULL : t->partner != NULL ? t->partner : "rest";
  XituCountry *pc = partner != NULL ? xitu_dataset_lookup_country (dataset, partner) : NULL;
  g_autofree char *year = g_strdup_printf ("%d", d->year), *year_end = g_strdup_printf ("%d", d->year_end);
  g_autofree char *dlo = machine (d->direct.lo), *dhi = machine (d->direct.hi);
  g_autofree char *llo = machine (d->look_through.lo), *lhi = machine (d->look_through.hi);
  g_autofree char *cap = machine (d->crma_cap);
  g_autofree char *slo = t ? machine (t->share.lo) : NULL, *shi = t ? machine (t->share.hi) : NULL;
  g_autofree char *ulo = t ? machine (t->upstream.lo) : NULL, *uhi = t ? machine (t->upstream.hi) : NULL;
  g_autofree char *clo = t ? machine (t->contribution.lo) : NULL, *chi = t ? machine (t->contribution.hi) : NULL;
  XituFigure *up = t != NULL ? t->upstream_figure : NULL;

  xitu_table_add_row (table, "", d->importer,
                      importer != NULL ? xitu_country_get_name_en (importer) : NULL,
                      importer != NULL ? xitu_country_get_name_zh (importer) : NULL,
                      d->stage, d->supplier, d->measure, year, year_end, d->edition, dlo, dhi, llo, lhi, cap,
                      xitu_benchmark_status_to_string (d->crma_direct),
                      xitu_benchmark_status_to_string (d->crma_look_through),
                      d->upstream_stage, partner,
                      pc != NULL ? xitu_country_get_name_en (pc) : partner != NULL ? "unattributed rest" : NULL,
                      slo, shi, t ? xitu_upstream_kind_to_string (t->upstream_kind) : NULL, ulo, uhi,
                      up != NULL ? xitu_figure_get_source (up) : NULL, up != NULL ? xitu_figure_get_edition (up) : NULL,
                      t ? t->upstream_note : NULL, clo, chi,
                      figure != NULL ? xitu_figure_get_source (figure) : NULL,
                      source != NULL ? xitu_source_get_url (source) : NULL);
}

XituTable *
xitu_lookthrough_chart_table (XituDataset            *dataset,
                              const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (lookthrough_header);
  g_auto (XituLookThrough) lt = { 0 };

  xitu_look_through_collect (&lt, dataset, opts);
  for (guint i = 0; i < lt.records->len; i++)
    {
      XituDependence *d = g_ptr_array_index (lt.records, i);

      if (d->terms->len == 0)
        add_table_row (table, dataset, d, NULL);
      for (guint k = 0; k < d->terms->len; k++)
        add_table_row (table, dataset, d, &g_array_index (d->terms, XituLookThroughTerm, k));
    }
  return table;
}

/* What a person can get wrong: an unknown importer, a year before any
 * figure. */
gboolean
xitu_lookthrough_chart_validate (XituDataset             *dataset,
                                 const XituChartOptions  *opts,
                                 GError                 **error)
{
  g_auto (XituLookThrough) lt = { 0 };

  for (guint c = 0; opts->countries != NULL && opts->countries[c] != NULL; c++)
    if (xitu_dataset_lookup_country (dataset, opts->countries[c]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown country code “%s”: use ISO 3166 alpha-3 codes such as USA, JPN, or EU27",
                     opts->countries[c]);
        return FALSE;
      }
  xitu_look_through_collect (&lt, dataset, opts);
  if (lt.records->len > 0)
    return TRUE;
  {
    const char *whose = opts->countries != NULL ? " of the importers asked for" : "";

    if (opts->year > 0)
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "No import-share figures%s for periods up to %d: try a later year or none", whose, opts->year);
    else
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "No import-share figures%s: nothing to look through", whose);
  }
  return FALSE;
}
