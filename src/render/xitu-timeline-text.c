/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline's words — event and facility labels, status and kind
 * words, tooltips, the title, the summary and the footer's sources — its
 * table and its validation. */
#include "xitu-timeline-private.h"

#include <string.h>

/* The label beside an event's marker: its title up to the colon. */
char *
xitu_timeline_chart_event_short_title (XituChartCtx *ctx,
                                       XituEvent    *e)
{
  const XituText *title = xitu_event_get_title (e);
  g_autofree char *en = g_strdup (title->en);
  g_autofree char *zh = g_strdup (title->zh);
  char *cut;

  if (en != NULL && (cut = strstr (en, ": ")) != NULL)
    *cut = '\0';
  if (zh != NULL && (cut = strstr (zh, "：")) != NULL)
    *cut = '\0';
  return xitu_lang_join (ctx->lang, en, zh);
}

char *
xitu_timeline_chart_status_word (XituChartCtx *ctx,
                                 const char   *status)
{
  static const struct { const char *id, *en, *zh; } words[] = {
    { "in-force", "in force", "生效中" },
    { "suspended", "suspended", "已暂停" },
    { "expired", "expired", "已失效" },
    { "done", "done", "已完成" },
    { "planned", "planned", "计划中" },
    { "operating", "operating", "运营中" },
    { "commissioning", "commissioning", "调试中" },
    { "construction", "under construction", "建设中" },
    { "announced", "announced", "已宣布" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (status, words[i].id) == 0)
      return xitu_chart_tr (ctx, words[i].en, words[i].zh);
  return g_strdup (status != NULL ? status : "");
}

char *
xitu_timeline_chart_kind_word (XituChartCtx *ctx,
                               const char   *kind)
{
  static const struct { const char *id, *en, *zh; } words[] = {
    { "export-control", "Export control", "出口管制" },
    { "suspension", "Suspension", "暂停" },
    { "regulation", "Regulation", "法规" },
    { "deal", "Deal", "协议" },
    { "truce", "Truce", "休战" },
    { "plant", "Plant start-up", "工厂投产" },
    { "policy", "Policy", "政策" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (kind, words[i].id) == 0)
      return xitu_chart_tr (ctx, words[i].en, words[i].zh);
  return g_strdup (kind != NULL ? kind : "");
}

/* The status a measure is in, shown after its label and never cut off:
 * "in force", "suspended". Done events (deals, start-ups) have none. */
char *
xitu_timeline_chart_event_tag (XituChartCtx *ctx,
                               XituEvent    *e)
{
  const char *status = xitu_event_get_status (e);
  g_autofree char *word = NULL;

  if (status == NULL || g_strcmp0 (status, "done") == 0)
    return NULL;
  word = xitu_timeline_chart_status_word (ctx, status);
  return g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "（%s）" : " (%s)", word);
}

char *
xitu_timeline_chart_event_label (XituChartCtx *ctx,
                                 XituEvent    *e)
{
  g_autofree char *title = xitu_timeline_chart_event_short_title (ctx, e);
  g_autofree char *tag = xitu_timeline_chart_event_tag (ctx, e);

  return g_strconcat (title, tag, NULL);
}

char *
xitu_timeline_chart_event_tooltip (XituChartCtx *ctx,
                                   XituEvent    *e)
{
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  const XituText *title = xitu_event_get_title (e);
  const XituText *detail = xitu_event_get_detail (e);
  g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
  g_autofree char *kind = xitu_timeline_chart_kind_word (ctx, xitu_event_get_kind (e));
  g_autofree char *status = xitu_timeline_chart_status_word (ctx, xitu_event_get_status (e));
  g_autofree char *source = xitu_chart_source_title (ctx, xitu_event_get_source (e));
  g_autofree char *country = xitu_chart_country_name (ctx, xitu_event_get_country (e));
  XituLang text_lang = zh ? XITU_LANG_ZH : XITU_LANG_EN;

  g_string_append_printf (tip, "%s · %s · %s", date, country, kind);
  if (xitu_event_get_status (e) != NULL)
    g_string_append_printf (tip, zh ? "（%s）" : " (%s)", status);
  if (xitu_event_get_end_date (e) != NULL)
    {
      g_autofree char *until = xitu_chart_format_date (ctx, xitu_event_get_end_date (e));
      g_string_append_printf (tip, zh ? "，至 %s" : ", until %s", until);
    }
  if (xitu_text_get (title, text_lang) != NULL)
    g_string_append_printf (tip, "\n%s", xitu_text_get (title, text_lang));
  if (ctx->lang == XITU_LANG_BOTH && title->zh != NULL && g_strcmp0 (title->zh, title->en) != 0)
    g_string_append_printf (tip, "\n%s", title->zh);
  if (detail != NULL && xitu_text_get (detail, text_lang) != NULL)
    g_string_append_printf (tip, "\n%s", xitu_text_get (detail, text_lang));
  g_string_append_printf (tip, zh ? "\n来源：%s" : "\nSource: %s", source);
  g_string_append (tip, zh ? "\n点击在“说法与来源”中打开来源" : "\nClick to open the source in Claims & Sources");
  return g_string_free (tip, FALSE);
}

char *
xitu_timeline_chart_facility_name (XituChartCtx *ctx,
                                   XituFacility *f)
{
  const XituText *name = xitu_facility_get_name (f);

  return xitu_lang_join (ctx->lang, name->en, name->zh);
}

char *
xitu_timeline_chart_facility_years (XituChartCtx *ctx,
                                    XituFacility *f)
{
  GString *out = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  int announced = xitu_facility_get_announced (f);
  int start = xitu_facility_get_start_announced (f);
  int actual = xitu_facility_get_start_actual (f);
  g_autofree char *status = xitu_timeline_chart_status_word (ctx, xitu_facility_get_status (f));

  g_string_append (out, status);
  if (announced > 0)
    g_string_append_printf (out, zh ? "；%d 年宣布" : "; announced %d", announced);
  if (start > 0)
    g_string_append_printf (out, zh ? "；宣布 %d 年投产" : "; start announced for %d", start);
  if (actual > 0)
    g_string_append_printf (out, zh ? "；%d 年实际投产" : "; started %d", actual);
  if (start > 0 && actual > start)
    g_string_append_printf (out, zh ? "（延误 %d 年）" : " (%d years late)", actual - start);
  if (announced == 0 && start == 0 && actual == 0)
    g_string_append (out, zh ? "；数据中没有投产年份" : "; no start year in the data");
  return g_string_free (out, FALSE);
}

char *
xitu_timeline_chart_facility_tooltip (XituChartCtx *ctx,
                                      XituFacility *f)
{
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = xitu_timeline_chart_facility_name (ctx, f);
  g_autofree char *country = xitu_chart_country_name (ctx, xitu_facility_get_country (f));
  g_autofree char *years = xitu_timeline_chart_facility_years (ctx, f);
  g_autofree char *stages = xitu_chart_stage_list (ctx, xitu_facility_get_stages (f));
  g_autofree char *source = xitu_chart_source_title (ctx, xitu_facility_get_source (f));
  const XituText *note = xitu_facility_get_capacity_note (f);
  double capacity;
  const char *unit;

  g_string_append_printf (tip, "%s · %s", name, country);
  if (xitu_facility_get_operator (f) != NULL)
    g_string_append_printf (tip, zh ? "\n运营方：%s" : "\nOperator: %s", xitu_facility_get_operator (f));
  g_string_append_printf (tip, zh ? "\n环节：%s" : "\nStages: %s", stages);
  if (xitu_facility_get_capacity (f, &capacity, &unit))
    {
      g_autofree char *value = xitu_format_number (capacity, XITU_DECIMALS_AUTO, ctx->lang, ctx->opts->numbers);
      g_autofree char *unit_name = xitu_chart_unit_name (ctx, unit);
      g_string_append_printf (tip, zh ? "\n产能：%s %s" : "\nCapacity: %s %s", value, unit_name);
    }
  g_string_append_printf (tip, "\n%s", years);
  if (note != NULL && xitu_text_get (note, zh ? XITU_LANG_ZH : XITU_LANG_EN) != NULL)
    g_string_append_printf (tip, "\n%s", xitu_text_get (note, zh ? XITU_LANG_ZH : XITU_LANG_EN));
  g_string_append_printf (tip, zh ? "\n来源：%s" : "\nSource: %s", source);
  g_string_append (tip, zh ? "\n点击在“说法与来源”中打开来源" : "\nClick to open the source in Claims & Sources");
  return g_string_free (tip, FALSE);
}

void
xitu_timeline_chart_add_sources (XituChartCtx       *ctx,
                                 XituTimelineLayout *t)
{
  for (guint i = 0; i < t->groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t->groups, i);
      for (guint k = 0; k < g->events->len; k++)
        xitu_footer_add_source (ctx->footer, xitu_event_get_source (g_ptr_array_index (g->events, k)), NULL);
      for (guint k = 0; k < g->facilities->len; k++)
        xitu_footer_add_source (ctx->footer, xitu_facility_get_source (g_ptr_array_index (g->facilities, k)), NULL);
    }
}

char *
xitu_timeline_chart_title (XituChartCtx       *ctx,
                           XituTimelineLayout *t)
{
  int from = (int) t->t_min, to = (int) t->t_max - 1;
  g_autofree char *en = g_strdup_printf ("Measures, deals and plants on the rare-earth timeline, %d–%d", from, to);
  g_autofree char *zh = g_strdup_printf ("稀土时间线：措施、协议与工厂（%d–%d 年）", from, to);

  return ctx->lang == XITU_LANG_BOTH ? g_strdup_printf ("%s\n%s", zh, en)
                                     : g_strdup (ctx->lang == XITU_LANG_ZH ? zh : en);
}

char *
xitu_timeline_chart_subtitle (XituChartCtx *ctx)
{
  return xitu_chart_tr (ctx,
    "Grouped by country. Markers: dated measures and events, hollow when suspended; bars: facilities from announcement to announced start, with the actual start where known",
    "按国家分组。标记：有日期的措施与事件，空心表示已暂停；条形：设施从宣布到宣布的投产年份，已知时标出实际投产");
}

void
xitu_timeline_chart_append_summary (XituChartCtx      *ctx,
                                    GString           *summary,
                                    XituTimelineGroup *g)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = xitu_chart_country_name (ctx, g->country);

  g_string_append_printf (summary, zh ? " %s：" : " %s: ", name);
  for (guint k = 0; k < g->events->len; k++)
    {
      XituEvent *e = g_ptr_array_index (g->events, k);
      g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
      g_autofree char *status = xitu_timeline_chart_status_word (ctx, xitu_event_get_status (e));
      const XituText *title = xitu_event_get_title (e);
      g_autofree char *text = xitu_lang_join (ctx->lang, title->en, title->zh);

      g_string_append_printf (summary, zh ? "%s%s %s（%s）" : "%s%s %s (%s)", k > 0 ? (zh ? "；" : "; ") : "",
                              date, text, status);
    }
  for (guint k = 0; k < g->facilities->len; k++)
    {
      XituFacility *f = g_ptr_array_index (g->facilities, k);
      g_autofree char *fname = xitu_timeline_chart_facility_name (ctx, f);
      g_autofree char *years = xitu_timeline_chart_facility_years (ctx, f);

      g_string_append_printf (summary, "%s%s: %s", k > 0 || g->events->len > 0 ? (zh ? "；" : "; ") : "",
                              fname, years);
    }
  g_string_append (summary, zh ? "。" : ".");
}

/* The table: one row per event and facility with its dates and source. */
static const char * const timeline_header[] = {
  "chart", "item", "id", "country", "kind", "status", "date", "end_date", "announced",
  "start_announced", "start_actual", "title_en", "title_zh", "source_id", "source_title", "source_url", NULL,
};

static char *
year_or_null (int year)
{
  return year > 0 ? g_strdup_printf ("%d", year) : NULL;
}

XituTable *
xitu_timeline_chart_table (XituDataset            *dataset,
                           const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (timeline_header);
  g_auto (XituTimelineLayout) t = { 0 };

  xitu_timeline_layout_collect (&t, dataset, opts);
  for (guint i = 0; i < t.groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t.groups, i);

      for (guint k = 0; k < g->events->len; k++)
        {
          XituEvent *e = g_ptr_array_index (g->events, k);
          XituSource *source = xitu_dataset_lookup_source (dataset, xitu_event_get_source (e));

          xitu_table_add_row (table, "", "event", xitu_event_get_id (e), xitu_event_get_country (e),
                              xitu_event_get_kind (e), xitu_event_get_status (e), xitu_event_get_date (e),
                              xitu_event_get_end_date (e), NULL, NULL, NULL,
                              xitu_event_get_title (e)->en, xitu_event_get_title (e)->zh,
                              xitu_event_get_source (e),
                              source != NULL ? xitu_source_get_title (source) : NULL,
                              source != NULL ? xitu_source_get_url (source) : NULL);
        }
      for (guint k = 0; k < g->facilities->len; k++)
        {
          XituFacility *f = g_ptr_array_index (g->facilities, k);
          XituSource *source = xitu_dataset_lookup_source (dataset, xitu_facility_get_source (f));
          g_autofree char *a = year_or_null (xitu_facility_get_announced (f));
          g_autofree char *s = year_or_null (xitu_facility_get_start_announced (f));
          g_autofree char *act = year_or_null (xitu_facility_get_start_actual (f));

          xitu_table_add_row (table, "", "facility", xitu_facility_get_id (f), xitu_facility_get_country (f),
                              NULL, xitu_facility_get_status (f), NULL, NULL, a, s, act,
                              xitu_facility_get_name (f)->en, xitu_facility_get_name (f)->zh,
                              xitu_facility_get_source (f),
                              source != NULL ? xitu_source_get_title (source) : NULL,
                              source != NULL ? xitu_source_get_url (source) : NULL);
        }
    }
  return table;
}

gboolean
xitu_timeline_chart_validate (XituDataset            *dataset,
                              const XituChartOptions *opts,
                              GError                **error)
{
  g_auto (XituTimelineLayout) t = { 0 };

  for (guint c = 0; opts->countries != NULL && opts->countries[c] != NULL; c++)
    if (xitu_dataset_lookup_country (dataset, opts->countries[c]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown country code “%s”: use ISO 3166 alpha-3 codes such as CHN, USA or EU27",
                     opts->countries[c]);
        return FALSE;
      }
  xitu_timeline_layout_collect (&t, dataset, opts);
  if (t.groups->len > 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The dataset has no dated events or facilities to draw");
  return FALSE;
}
