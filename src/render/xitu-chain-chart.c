/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chain chart: one stacked bar per stage of the chain, each segment a
 * country's share of world output in the latest sourced year up to the year
 * asked, with the year and edition actually used, China's share, the HHI and
 * the top-3 share under each bar. What no source attributes is hatched, and
 * a stage without figures is one hatched bar: never a made-up share. */
#include "xitu-chart-private.h"

#include <math.h>

typedef struct
{
  XituStage  *stage;
  XituShares *shares;
} ChainBar;

static void
chain_bar_clear (gpointer data)
{
  ChainBar *bar = data;

  g_clear_object (&bar->stage);
  g_clear_pointer (&bar->shares, xitu_shares_free);
}

static gboolean
stage_has_edition (XituDataset *dataset,
                   const char  *stage,
                   const char  *edition)
{
  static const char * const metrics[] = { "production", "share" };

  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    {
      g_auto (GStrv) editions = xitu_dataset_list_editions (dataset, metrics[m], stage);
      if (g_strv_contains ((const char * const *) editions, edition))
        return TRUE;
    }
  return FALSE;
}

static int
chain_latest_year (XituDataset *dataset)
{
  GListModel *stages = xitu_dataset_get_stages (dataset);
  int latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (XituStage) stage = g_list_model_get_item (stages, i);
      const char *id = xitu_stage_get_id (stage);

      latest = MAX (latest, xitu_dataset_get_latest_year (dataset, "production", id));
      latest = MAX (latest, xitu_dataset_get_latest_year (dataset, "share", id));
    }
  return latest;
}

/* The shares of every stage, upstream first. An edition asked for applies to
 * the stages that have it; the others use their newest, and every bar says
 * which edition it shows. */
static GArray *
chain_collect (XituDataset            *dataset,
               const XituChartOptions *opts,
               int                    *out_year)
{
  GListModel *stages = xitu_dataset_get_stages (dataset);
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (ChainBar));
  int year = opts->year > 0 ? opts->year : chain_latest_year (dataset);

  g_array_set_clear_func (bars, chain_bar_clear);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      ChainBar bar;
      const char *id;
      const char *edition = NULL;

      bar.stage = g_list_model_get_item (stages, i);
      id = xitu_stage_get_id (bar.stage);
      if (opts->edition != NULL && stage_has_edition (dataset, id, opts->edition))
        edition = opts->edition;
      bar.shares = xitu_dataset_get_stage_shares (dataset, id, year, edition);
      g_array_append_val (bars, bar);
    }
  *out_year = year;
  return bars;
}

static gboolean
shares_names_country (XituShares *shares,
                      const char *code)
{
  for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
    {
      const XituShare *entry = xitu_shares_get_entry (shares, i);
      if (entry->country != NULL && g_strcmp0 (xitu_country_get_code (entry->country), code) == 0)
        return TRUE;
    }
  return FALSE;
}

static XituRgba
entry_color (XituChartCtx    *ctx,
             XituColorMap    *colors,
             const XituShare *entry,
             gboolean        *is_other)
{
  *is_other = FALSE;
  if (entry->kind == XITU_SHARE_OTHER)
    {
      *is_other = TRUE;
      return ctx->palette->other;
    }
  return xitu_color_map_get (colors, xitu_country_get_code (entry->country), is_other);
}

static char *
entry_name (XituChartCtx    *ctx,
            const XituShare *entry)
{
  switch (entry->kind)
    {
    case XITU_SHARE_COUNTRY:
      return xitu_chart_country_name (ctx, xitu_country_get_code (entry->country));
    case XITU_SHARE_OTHER:
      return xitu_chart_tr (ctx, "Other countries", "其他国家");
    case XITU_SHARE_UNATTRIBUTED:
    default:
      return xitu_chart_tr (ctx, "No sourced figure", "无来源数据");
    }
}

/* Legend: the countries that got a colour, in order of appearance, then
 * "other" and "no sourced figure" when they occur. */
static GArray *
chain_legend (XituChartCtx *ctx,
              GArray       *bars,
              XituColorMap *colors)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any_other = FALSE, any_missing = FALSE;

  for (guint b = 0; b < bars->len; b++)
    {
      XituShares *shares = g_array_index (bars, ChainBar, b).shares;

      if (!xitu_shares_has_data (shares))
        any_missing = TRUE;
      for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
        {
          const XituShare *entry = xitu_shares_get_entry (shares, i);
          XituLegendItem item = { XITU_LEGEND_SWATCH };
          gboolean is_other;
          const char *code;

          if (entry->kind == XITU_SHARE_UNATTRIBUTED)
            {
              any_missing = TRUE;
              continue;
            }
          item.color = entry_color (ctx, colors, entry, &is_other);
          if (is_other)
            {
              any_other = TRUE;
              continue;
            }
          code = xitu_country_get_code (entry->country);
          if (!g_hash_table_add (seen, (gpointer) code))
            continue;
          item.label = xitu_chart_country_name (ctx, code);
          g_array_append_val (items, item);
        }
    }
  if (any_other)
    {
      XituLegendItem item = { XITU_LEGEND_SWATCH, ctx->palette->other };
      item.label = xitu_chart_tr (ctx, "Other countries", "其他国家");
      g_array_append_val (items, item);
    }
  if (any_missing)
    {
      XituLegendItem item = { XITU_LEGEND_HATCH };
      item.label = xitu_chart_tr (ctx, "No sourced figure", "无来源数据");
      g_array_append_val (items, item);
    }
  return items;
}

static char *
share_extra (XituChartCtx    *ctx,
             XituShares      *shares,
             const XituShare *entry)
{
  g_autofree char *pct = xitu_format_percent (entry->share, XITU_DECIMALS_AUTO, ctx->lang);

  if (ctx->lang == XITU_LANG_ZH)
    return g_strdup_printf ("占世界 %s", pct);
  if (ctx->lang == XITU_LANG_BOTH)
    return g_strdup_printf ("占世界 %s of world output", pct);
  return g_strdup_printf ("%s of world output", pct);
}

static char *
unattributed_tooltip (XituChartCtx *ctx,
                      XituShares   *shares,
                      const char   *stage_name,
                      const XituShare *entry)
{
  g_autofree char *pct = xitu_format_percent (entry->share, XITU_DECIMALS_AUTO, ctx->lang);
  g_autofree char *head = xitu_chart_tr (ctx, "No sourced figure", "无来源数据");
  g_autofree char *year = g_strdup_printf ("%d", shares->year);
  g_autofree char *why = NULL;

  if (ctx->lang == XITU_LANG_ZH)
    why = g_strdup_printf ("%s 的份额没有来源说明属于哪个国家。", pct);
  else
    why = g_strdup_printf ("%s of the total: no source says which countries hold it.", pct);
  return g_strdup_printf ("%s · %s\n%s\n%s%s%s\n%s%s%s", head, stage_name, why,
                          ctx->lang == XITU_LANG_ZH ? "年份" : "Year",
                          ctx->lang == XITU_LANG_ZH ? "：" : ": ", year,
                          ctx->lang == XITU_LANG_ZH ? "版本" : "Edition",
                          ctx->lang == XITU_LANG_ZH ? "：" : ": ",
                          shares->edition != NULL ? shares->edition : "—");
}

/* A label inside a segment if it fits: "China 69.2 %", else "69.2 %". */
static void
segment_label (XituChartCtx    *ctx,
               const XituRect  *seg,
               const char      *name,
               const XituShare *entry,
               XituRgba         fill,
               gboolean         hatched)
{
  g_autofree char *pct = xitu_format_percent (entry->share, XITU_DECIMALS_AUTO, ctx->lang);
  g_autofree char *full = g_strdup_printf ("%s %s", name, pct);
  double h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  double room = seg->width - 8 * ctx->s;
  const char *text = NULL;
  double w;

  if (seg->height < h + 2 * ctx->s)
    return;
  if (xitu_chart_text_width (ctx, full, XITU_TEXT_SMALL) <= room)
    text = full;
  else if (xitu_chart_text_width (ctx, pct, XITU_TEXT_SMALL) <= room)
    text = pct;
  if (text == NULL)
    return;

  w = xitu_chart_text_width (ctx, text, XITU_TEXT_SMALL);
  if (hatched)
    {
      /* A plate under the text keeps it readable on the hatch. */
      cairo_save (ctx->cr);
      xitu_palette_set_source (ctx->cr, ctx->palette->background);
      cairo_rectangle (ctx->cr, seg->x + seg->width / 2 - w / 2 - 3 * ctx->s,
                       seg->y + seg->height / 2 - h / 2, w + 6 * ctx->s, h);
      cairo_fill (ctx->cr);
      cairo_restore (ctx->cr);
    }
  xitu_chart_text (ctx, text, XITU_TEXT_SMALL,
                   hatched ? ctx->palette->foreground : xitu_palette_text_on (ctx->palette, fill),
                   seg->x + seg->width / 2, seg->y + seg->height / 2,
                   XITU_ALIGN_CENTER, XITU_ALIGN_CENTER, 0);
}

static void
draw_axis (XituChartCtx   *ctx,
           const XituRect *plot)
{
  cairo_t *cr = ctx->cr;

  for (int pct = 0; pct <= 100; pct += 25)
    {
      double y = plot->y + plot->height * (1 - pct / 100.0);
      g_autofree char *tick = xitu_format_percent (pct, 0, ctx->lang);

      cairo_save (cr);
      xitu_palette_set_source (cr, pct == 0 ? ctx->palette->axis : ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, plot->x, round (y) + 0.5);
      cairo_line_to (cr, plot->x + plot->width, round (y) + 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
      xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted,
                       plot->x - 6 * ctx->s, y, XITU_ALIGN_END, XITU_ALIGN_CENTER, 0);
    }
}

/* A stage name over at most two centred lines, ellipsized after that. */
static PangoLayout *
stage_heading_layout (XituChartCtx *ctx,
                      const char   *stage_name,
                      double        width)
{
  PangoLayout *layout = xitu_text_layout_new (ctx->cr, stage_name, XITU_TEXT_HEADING, ctx->s, ctx->lang);
  double w;

  xitu_text_get_size (layout, &w, NULL);
  if (w <= width)
    return layout;
  xitu_text_wrap (layout, width);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (pango_layout_get_line_count (layout) > 2)
    {
      /* Keep two lines: the second one ellipsized by hand. */
      PangoLayoutLine *second = pango_layout_get_line_readonly (layout, 1);
      g_autofree char *first = g_strndup (stage_name, second->start_index);
      g_autoptr (PangoLayout) rest = xitu_text_layout_new (ctx->cr, stage_name + second->start_index,
                                                           XITU_TEXT_HEADING, ctx->s, ctx->lang);
      g_autofree char *joined = NULL;

      xitu_text_ellipsize (rest, width);
      joined = g_strconcat (g_strchomp (first), "\n", pango_layout_get_text (rest), NULL);
      pango_layout_set_text (layout, joined, -1);
    }
  return layout;
}

static double
stage_heading_height (XituChartCtx *ctx,
                      GArray       *bars,
                      double        width)
{
  double h = xitu_chart_text_height (ctx, XITU_TEXT_HEADING);

  for (guint b = 0; b < bars->len; b++)
    {
      ChainBar *bar = &g_array_index (bars, ChainBar, b);
      g_autofree char *name = xitu_chart_stage_name (ctx, xitu_stage_get_id (bar->stage));
      g_autoptr (PangoLayout) layout = stage_heading_layout (ctx, name, width);
      double lh;

      xitu_text_get_size (layout, NULL, &lh);
      h = MAX (h, lh);
    }
  return h;
}

static void
draw_bar_stats (XituChartCtx *ctx,
                ChainBar     *bar,
                const char   *stage_name,
                double        cx,
                double        y,
                double        width,
                double        heading_h)
{
  XituShares *shares = bar->shares;
  double small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  XituRect box;

  /* Stage names wrap onto a second line in narrow charts rather than
   * losing their end. */
  {
    g_autoptr (PangoLayout) layout = stage_heading_layout (ctx, stage_name, width);

    cairo_save (ctx->cr);
    xitu_palette_set_source (ctx->cr, ctx->palette->foreground);
    box = xitu_text_draw_layout (ctx->cr, layout, cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START);
    cairo_restore (ctx->cr);
    xitu_chart_record_text (ctx, box);
  }
  y += heading_h + 2 * ctx->s;

  if (!xitu_shares_has_data (shares))
    {
      g_autofree char *none = xitu_chart_tr (ctx, "No sourced figure", "无来源数据");
      xitu_chart_text (ctx, none, XITU_TEXT_SMALL, ctx->palette->muted,
                       cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START, width);
      return;
    }

  {
    g_autofree char *when = g_strdup_printf ("%d · %s", shares->year, shares->edition);
    g_autofree char *china = xitu_chart_country_name (ctx, XITU_CHINA_CODE);
    g_autofree char *china_line = NULL;
    g_autofree char *hhi = xitu_format_hhi (xitu_shares_hhi (shares), !xitu_shares_is_complete (shares), ctx->lang);
    g_autofree char *hhi_line = g_strdup_printf ("HHI %s", hhi);
    g_autofree char *top3 = xitu_format_percent (xitu_shares_top_n (shares, 3), XITU_DECIMALS_AUTO, ctx->lang);
    g_autofree char *top3_word = xitu_chart_tr (ctx, "Top 3", "前三");
    g_autofree char *top3_line = g_strdup_printf ("%s %s%s", top3_word,
                                                  xitu_shares_is_complete (shares) ? "" : "≥ ", top3);

    if (shares_names_country (shares, XITU_CHINA_CODE))
      {
        g_autofree char *pct = xitu_format_percent (xitu_shares_get_share (shares, XITU_CHINA_CODE), XITU_DECIMALS_AUTO, ctx->lang);
        china_line = g_strdup_printf ("%s %s", china, pct);
      }
    else
      {
        g_autofree char *none = xitu_chart_tr (ctx, "no sourced figure", "无来源数据");
        china_line = g_strdup_printf ("%s: %s", china, none);
      }

    xitu_chart_text (ctx, when, XITU_TEXT_SMALL, ctx->palette->muted, cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START, width);
    y += small_h;
    xitu_chart_text (ctx, china_line, XITU_TEXT_VALUE, ctx->palette->foreground, cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START, width);
    y += xitu_chart_text_height (ctx, XITU_TEXT_VALUE);
    xitu_chart_text (ctx, hhi_line, XITU_TEXT_SMALL, ctx->palette->foreground, cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START, width);
    y += small_h;
    xitu_chart_text (ctx, top3_line, XITU_TEXT_SMALL, ctx->palette->foreground, cx, y, XITU_ALIGN_CENTER, XITU_ALIGN_START, width);
  }
}

static void
append_summary (XituChartCtx *ctx,
                GString      *summary,
                ChainBar     *bar,
                const char   *stage_name)
{
  XituShares *shares = bar->shares;
  guint named = 0;
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (!xitu_shares_has_data (shares))
    {
      g_string_append_printf (summary, zh ? " %s：无来源数据。" : " %s: no sourced figure.", stage_name);
      return;
    }
  g_string_append_printf (summary, zh ? " %s %d 年：" : " %s %d: ", stage_name, shares->year);
  for (guint i = 0; i < xitu_shares_get_n_entries (shares) && named < 3; i++)
    {
      const XituShare *entry = xitu_shares_get_entry (shares, i);
      g_autofree char *name = NULL;
      g_autofree char *pct = NULL;

      if (entry->kind != XITU_SHARE_COUNTRY)
        continue;
      name = entry_name (ctx, entry);
      pct = xitu_format_percent (entry->share, XITU_DECIMALS_AUTO, ctx->lang);
      g_string_append_printf (summary, "%s%s %s", named > 0 ? (zh ? "，" : ", ") : "", name, pct);
      named++;
    }
  if (xitu_shares_get_unattributed (shares) >= 0.5)
    {
      g_autofree char *pct = xitu_format_percent (xitu_shares_get_unattributed (shares), XITU_DECIMALS_AUTO, ctx->lang);
      g_string_append_printf (summary, zh ? "，%s 无来源数据" : ", %s without a sourced figure", pct);
    }
  g_string_append (summary, zh ? "。" : ".");
}

void
xitu_chain_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_autoptr (GArray) bars = NULL;
  g_autoptr (GArray) legend = NULL;
  g_autoptr (XituColorMap) colors = xitu_color_map_new (ctx->palette);
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *axis_title = NULL;
  XituRect body, plot;
  double legend_h, stats_h, tick_w, slot, bar_w, heading_h;
  int year;

  bars = chain_collect (ctx->dataset, ctx->opts, &year);
  ctx->result->year = year;

  if (ctx->lang == XITU_LANG_ZH)
    {
      title = g_strdup_printf ("稀土产业链各环节由谁掌握（%d 年）", year);
      subtitle = g_strdup_printf ("各环节世界产量的国家份额；每根柱采用截至 %d 年的最新有来源年份，斜线表示无来源数据", year);
    }
  else
    {
      g_autofree char *en = g_strdup_printf ("Who holds each stage of the rare-earth chain, %d", year);
      g_autofree char *zh = g_strdup_printf ("稀土产业链各环节由谁掌握（%d 年）", year);
      g_autofree char *sub_en = g_strdup_printf ("Country shares of world output per stage; each bar shows the latest sourced year up to %d; hatched: no sourced figure", year);
      g_autofree char *sub_zh = g_strdup_printf ("各环节世界产量的国家份额；每根柱采用截至 %d 年的最新有来源年份，斜线表示无来源数据", year);
      title = xitu_chart_tr (ctx, en, zh);
      subtitle = xitu_chart_tr (ctx, sub_en, sub_zh);
    }
  g_string_append (summary, title);
  g_string_append (summary, ctx->lang == XITU_LANG_ZH ? "。" : ".");

  for (guint b = 0; b < bars->len; b++)
    {
      ChainBar *bar = &g_array_index (bars, ChainBar, b);

      for (guint i = 0; i < xitu_shares_get_n_entries (bar->shares); i++)
        {
          const XituShare *entry = xitu_shares_get_entry (bar->shares, i);
          if (entry->figure != NULL)
            xitu_footer_add_source (ctx->footer, xitu_figure_get_source (entry->figure),
                                    xitu_figure_get_edition (entry->figure));
        }
    }

  body = xitu_chart_begin (ctx, title, subtitle);

  if (bars->len == 0)
    {
      g_autofree char *msg = xitu_chart_tr (ctx, "The dataset has no stages", "数据集中没有产业链环节");
      xitu_chart_empty (ctx, &body, msg);
      xitu_chart_end (ctx, &body);
      return;
    }

  legend = chain_legend (ctx, bars, colors);
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len,
                                     body.x, body.y, body.width);

  tick_w = xitu_chart_text_width (ctx, "100 %", XITU_TEXT_SMALL) + 8 * ctx->s;
  heading_h = stage_heading_height (ctx, bars, (body.width - tick_w) / bars->len - 8 * ctx->s);
  stats_h = heading_h + 2 * ctx->s
          + 3 * xitu_chart_text_height (ctx, XITU_TEXT_SMALL)
          + xitu_chart_text_height (ctx, XITU_TEXT_VALUE) + 8 * ctx->s;

  axis_title = xitu_chart_tr (ctx, "Share of world output, %", "占世界产量份额，%");
  {
    double y = body.y + legend_h + 10 * ctx->s;
    XituRect box = xitu_chart_text (ctx, axis_title, XITU_TEXT_SMALL, ctx->palette->muted,
                                    body.x, y, XITU_ALIGN_START, XITU_ALIGN_START, body.width);
    plot.y = box.y + box.height + 8 * ctx->s;
  }
  plot.y = round (plot.y);
  plot.x = round (body.x + tick_w);
  plot.width = body.x + body.width - plot.x;
  plot.height = round (MAX (10, body.y + body.height - stats_h - plot.y));

  draw_axis (ctx, &plot);

  slot = plot.width / bars->len;
  bar_w = MIN (slot * 0.56, 170 * ctx->s);

  for (guint b = 0; b < bars->len; b++)
    {
      ChainBar *bar = &g_array_index (bars, ChainBar, b);
      const char *stage_id = xitu_stage_get_id (bar->stage);
      g_autofree char *stage_name = xitu_chart_stage_name (ctx, stage_id);
      double cx = plot.x + slot * (b + 0.5);
      double bx = round (cx - bar_w / 2);
      double bottom = plot.y + plot.height;
      double y = bottom;

      if (!xitu_shares_has_data (bar->shares))
        {
          XituRect seg = { bx, plot.y, round (bar_w), plot.height };
          XituHitRegion *region;
          g_autofree char *msg = xitu_chart_tr (ctx, "No sourced figure", "无来源数据");

          cairo_rectangle (cr, seg.x, seg.y, seg.width, seg.height);
          xitu_palette_fill_no_data (cr, ctx->palette, 8 * ctx->s, ctx->opts->pixel_scale);
          if (xitu_chart_text_width (ctx, msg, XITU_TEXT_SMALL) <= seg.width - 8 * ctx->s)
            {
              double w = xitu_chart_text_width (ctx, msg, XITU_TEXT_SMALL);
              double h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
              xitu_palette_set_source (cr, ctx->palette->background);
              cairo_rectangle (cr, cx - w / 2 - 3 * ctx->s, seg.y + seg.height / 2 - h / 2, w + 6 * ctx->s, h);
              cairo_fill (cr);
              xitu_chart_text (ctx, msg, XITU_TEXT_SMALL, ctx->palette->foreground, cx,
                               seg.y + seg.height / 2, XITU_ALIGN_CENTER, XITU_ALIGN_CENTER, 0);
            }
          region = xitu_chart_add_region (ctx, seg, XITU_HIT_NO_DATA, NULL, stage_id, NULL, b);
          region->label = g_strdup_printf ("%s: %s", stage_name, msg);
          region->tooltip = ctx->lang == XITU_LANG_ZH
            ? g_strdup_printf ("%s\n%s：没有来源给出各国份额。", stage_name, msg)
            : g_strdup_printf ("%s\n%s: no source gives country shares for this stage.", stage_name, msg);
        }
      else
        {
          double cumulative = 0;

          for (guint i = 0; i < xitu_shares_get_n_entries (bar->shares); i++)
            {
              const XituShare *entry = xitu_shares_get_entry (bar->shares, i);
              /* Segment edges on whole pixels: each height is within half a
               * pixel of its share, and the bar adds up to the plot height. */
              double top;
              XituRect seg;
              gboolean hatched = entry->kind == XITU_SHARE_UNATTRIBUTED;
              gboolean is_other = FALSE;
              XituRgba fill = hatched ? ctx->palette->no_data_fill : entry_color (ctx, colors, entry, &is_other);
              g_autofree char *name = entry_name (ctx, entry);
              g_autofree char *pct = xitu_format_percent (entry->share, XITU_DECIMALS_AUTO, ctx->lang);
              const char *code = entry->country != NULL ? xitu_country_get_code (entry->country) : NULL;
              XituHitRegion *region;

              cumulative += CLAMP (entry->share, 0, 100);
              top = i + 1 == xitu_shares_get_n_entries (bar->shares) && cumulative > 99.5
                ? plot.y
                : round (bottom - plot.height * MIN (cumulative, 100) / 100.0);
              seg = (XituRect) { bx, top, round (bar_w), y - top };

              cairo_rectangle (cr, seg.x, seg.y, seg.width, seg.height);
              if (hatched)
                xitu_palette_fill_no_data (cr, ctx->palette, 8 * ctx->s, ctx->opts->pixel_scale);
              else
                {
                  xitu_palette_set_source (cr, fill);
                  cairo_fill (cr);
                }
              /* A one-pixel line in the background colour at the foot of
               * every segment above the first, so that neighbours of the
               * same colour stay apart. */
              if (i > 0 && seg.height >= 3)
                {
                  xitu_palette_set_source (cr, ctx->palette->background);
                  cairo_rectangle (cr, seg.x, seg.y + seg.height - 1, seg.width, 1);
                  cairo_fill (cr);
                }
              segment_label (ctx, &seg, name, entry, fill, hatched);

              region = xitu_chart_add_region (ctx, seg,
                                              entry->kind == XITU_SHARE_COUNTRY ? XITU_HIT_COUNTRY :
                                              entry->kind == XITU_SHARE_OTHER ? XITU_HIT_OTHER : XITU_HIT_NO_DATA,
                                              code, stage_id, entry->figure, b);
              region->label = g_strdup_printf ("%s, %s %d: %s", name, stage_name, bar->shares->year, pct);
              if (entry->figure != NULL)
                {
                  g_autofree char *heading = g_strdup_printf ("%s · %s", name, stage_name);
                  g_autofree char *extra = share_extra (ctx, bar->shares, entry);
                  region->tooltip = xitu_chart_figure_tooltip (ctx, entry->figure, heading, extra);
                }
              else
                {
                  region->tooltip = unattributed_tooltip (ctx, bar->shares, stage_name, entry);
                  region->year = bar->shares->year;
                  region->value = entry->share;
                  region->unit = g_strdup ("%");
                  region->edition = g_strdup (bar->shares->edition);
                }
              y = top;
            }
        }

      /* Outline the bar so light colours keep an edge on white. */
      cairo_save (cr);
      xitu_palette_set_source (cr, ctx->palette->axis);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, bx - 0.5, plot.y - 0.5, round (bar_w) + 1, plot.height + 1);
      cairo_stroke (cr);
      cairo_restore (cr);

      draw_bar_stats (ctx, bar, stage_name, cx, bottom + 8 * ctx->s, slot - 8 * ctx->s, heading_h);
      append_summary (ctx, summary, bar, stage_name);
    }

  xitu_legend_items_clear (legend);
  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_chart_end (ctx, &body);
}

XituTable *
xitu_chain_chart_table (XituDataset            *dataset,
                        const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (xitu_chart_table_header);
  g_autoptr (GArray) bars = NULL;
  int year;

  bars = chain_collect (dataset, opts, &year);
  for (guint b = 0; b < bars->len; b++)
    {
      ChainBar *bar = &g_array_index (bars, ChainBar, b);
      XituShares *shares = bar->shares;
      const char *stage_id = xitu_stage_get_id (bar->stage);

      if (!xitu_shares_has_data (shares))
        {
          xitu_table_add_row (table, "", "no sourced figure", NULL, NULL, NULL, NULL, stage_id,
                              NULL, NULL, NULL, NULL, NULL, NULL, "100", NULL, NULL, NULL,
                              NULL, NULL, NULL, NULL);
          continue;
        }
      for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
        {
          const XituShare *entry = xitu_shares_get_entry (shares, i);

          if (entry->figure != NULL)
            xitu_table_add_figure_row (table, dataset, entry->figure,
                                       entry->kind == XITU_SHARE_OTHER ? "other countries" : "country share",
                                       entry->share);
          else
            {
              g_autofree char *y = g_strdup_printf ("%d", shares->year);
              g_autofree char *value = xitu_format_machine (entry->value);
              g_autofree char *share = xitu_format_machine (round (entry->share * 1000) / 1000);

              xitu_table_add_row (table, "", "no sourced figure", NULL, NULL, NULL, NULL, stage_id,
                                  shares->metric, NULL, y, y, value, shares->unit, share, NULL,
                                  shares->edition, NULL, NULL, NULL, NULL, NULL);
            }
        }
      /* The world total the shares are taken of, when the source gives one. */
      if (shares->total_from_source && g_strcmp0 (shares->metric, "production") == 0)
        {
          XituFigureQuery q = { .country = XITU_WORLD_CODE, .stage = stage_id, .metric = shares->metric,
                                .edition = shares->edition, .year = shares->year };
          XituFigure *world = xitu_dataset_find_figure (dataset, &q);
          if (world != NULL)
            xitu_table_add_figure_row (table, dataset, world, "world total", 100);
        }
    }
  return table;
}

gboolean
xitu_chain_chart_validate (XituDataset            *dataset,
                           const XituChartOptions *opts,
                           GError                **error)
{
  g_autoptr (GArray) bars = NULL;
  int year;

  bars = chain_collect (dataset, opts, &year);
  for (guint b = 0; b < bars->len; b++)
    if (xitu_shares_has_data (g_array_index (bars, ChainBar, b).shares))
      return TRUE;
  if (opts->year > 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 "No stage has sourced shares for %d or earlier; the latest year with figures is %d",
                 opts->year, chain_latest_year (dataset));
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The dataset has no stage shares to draw");
  return FALSE;
}
