/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ranking bars: countries ranked for one metric in one year, with value
 * labels, and optionally a second edition of the same source beside each
 * bar (USGS revises reserves between editions: MCS 2025 vs MCS 2026). */
#include "xitu-chart-private.h"
#include "xitu-figure-select.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const char *name;     /* option value */
  const char *metric;   /* dataset metric */
  const char *stage;    /* stage id or NULL */
} RankingSpec;

static const RankingSpec specs[] = {
  { XITU_RANKING_PRODUCTION, "production", "mining" },
  { XITU_RANKING_RESERVES, "reserves", NULL },
  { XITU_RANKING_SEPARATION_SHARE, "share", "separation" },
};

/* The figures of one edition for one year. */
typedef struct
{
  char      *edition;
  char      *measure;
  int        year;
  GPtrArray *countries;  /* of XituFigure, named countries, largest first */
  XituFigure *world;     /* the source's world total, or NULL */
} RankingColumn;

typedef struct
{
  const RankingSpec *spec;
  RankingColumn      main;
  RankingColumn      compare;  /* edition NULL when not asked for */
  GPtrArray         *rows;     /* of char*: country codes in display order */
} Ranking;

static const RankingSpec *
find_spec (const char *name)
{
  if (name == NULL)
    return &specs[0];
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if (strcmp (specs[i].name, name) == 0)
      return &specs[i];
  return NULL;
}

static void
column_clear (RankingColumn *column)
{
  g_clear_pointer (&column->edition, g_free);
  g_clear_pointer (&column->measure, g_free);
  g_clear_pointer (&column->countries, g_ptr_array_unref);
  g_clear_object (&column->world);
}

static void
ranking_clear (Ranking *ranking)
{
  column_clear (&ranking->main);
  column_clear (&ranking->compare);
  g_clear_pointer (&ranking->rows, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ranking, ranking_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RankingColumn, column_clear)

static int
compare_by_value (gconstpointer a,
                  gconstpointer b)
{
  XituFigure *x = *(XituFigure **) a;
  XituFigure *y = *(XituFigure **) b;
  gboolean hx = xitu_figure_has_value (x) && !(xitu_figure_get_flags (x) & XITU_FIGURE_NOT_AVAILABLE);
  gboolean hy = xitu_figure_has_value (y) && !(xitu_figure_get_flags (y) & XITU_FIGURE_NOT_AVAILABLE);

  if (hx != hy)
    return hx ? -1 : 1;
  if (hx && xitu_figure_get_value (x) != xitu_figure_get_value (y))
    return xitu_figure_get_value (x) > xitu_figure_get_value (y) ? -1 : 1;
  return g_strcmp0 (xitu_figure_get_country (x), xitu_figure_get_country (y));
}

/* One edition's figures for the latest year up to `year`, one measure
 * (the model's selection), split into countries and the world total. */
static void
column_collect (XituDataset       *dataset,
                const RankingSpec *spec,
                const char        *edition,
                int                year,
                RankingColumn     *column)
{
  g_autoptr (XituSelection) selection = xitu_dataset_select (dataset, spec->metric, spec->stage,
                                                             NULL, year, edition);

  column->countries = g_ptr_array_new_with_free_func (g_object_unref);
  column->edition = g_strdup (selection->edition);
  column->measure = g_strdup (selection->measure);
  column->year = selection->year;
  for (guint i = 0; i < selection->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (selection->figures, i);
      XituCountry *country = xitu_dataset_lookup_country (dataset, xitu_figure_get_country (f));

      if (g_strcmp0 (xitu_figure_get_country (f), XITU_WORLD_CODE) == 0)
        g_set_object (&column->world, f);
      else if (country != NULL && xitu_country_get_kind (country) == XITU_COUNTRY_KIND_COUNTRY)
        g_ptr_array_add (column->countries, g_object_ref (f));
    }
  g_ptr_array_sort (column->countries, compare_by_value);
}

static XituFigure *
column_lookup (RankingColumn *column,
               const char    *code)
{
  for (guint i = 0; column->countries != NULL && i < column->countries->len; i++)
    {
      XituFigure *f = g_ptr_array_index (column->countries, i);
      if (g_strcmp0 (xitu_figure_get_country (f), code) == 0)
        return f;
    }
  return NULL;
}

static void
ranking_collect (XituDataset            *dataset,
                 const XituChartOptions *opts,
                 Ranking                *ranking)
{
  ranking->spec = find_spec (opts->metric);
  if (ranking->spec == NULL)
    ranking->spec = &specs[0];
  column_collect (dataset, ranking->spec, opts->edition, opts->year, &ranking->main);
  if (opts->compare_edition != NULL && g_strcmp0 (opts->compare_edition, ranking->main.edition) != 0)
    column_collect (dataset, ranking->spec, opts->compare_edition, opts->year, &ranking->compare);

  ranking->rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ranking->main.countries->len; i++)
    g_ptr_array_add (ranking->rows, g_strdup (xitu_figure_get_country (g_ptr_array_index (ranking->main.countries, i))));
  for (guint i = 0; ranking->compare.countries != NULL && i < ranking->compare.countries->len; i++)
    {
      const char *code = xitu_figure_get_country (g_ptr_array_index (ranking->compare.countries, i));
      if (!g_ptr_array_find_with_equal_func (ranking->rows, code, g_str_equal, NULL))
        g_ptr_array_add (ranking->rows, g_strdup (code));
    }
}

static gboolean
figure_is_available (XituFigure *f)
{
  return f != NULL && xitu_figure_has_value (f) &&
         !(xitu_figure_get_flags (f) & (XITU_FIGURE_NOT_AVAILABLE | XITU_FIGURE_WITHHELD));
}

static char *
ranking_title (XituChartCtx *ctx,
               Ranking      *ranking)
{
  const char *metric = ranking->spec->name;
  int year = ranking->main.year;

  if (strcmp (metric, XITU_RANKING_RESERVES) == 0)
    {
      g_autofree char *en = g_strdup_printf ("Rare-earth reserves by country, %s", ranking->main.edition);
      g_autofree char *zh = g_strdup_printf ("各国稀土储量（%s）", ranking->main.edition);
      return xitu_chart_tr (ctx, en, zh);
    }
  if (strcmp (metric, XITU_RANKING_SEPARATION_SHARE) == 0)
    {
      g_autofree char *en = g_strdup_printf ("Share of world rare-earth separation & refining, %d", year);
      g_autofree char *zh = g_strdup_printf ("各国在世界稀土分离与精炼中的份额（%d 年）", year);
      return xitu_chart_tr (ctx, en, zh);
    }
  {
    g_autofree char *en = g_strdup_printf ("Rare-earth mine production by country, %d", year);
    g_autofree char *zh = g_strdup_printf ("各国稀土矿产量（%d 年）", year);
    return xitu_chart_tr (ctx, en, zh);
  }
}

static char *
axis_title (XituChartCtx *ctx,
            Ranking      *ranking)
{
  if (strcmp (ranking->spec->name, XITU_RANKING_SEPARATION_SHARE) == 0)
    return xitu_chart_tr (ctx, "Share of world output, %", "占世界产量份额，%");
  if (strcmp (ranking->spec->name, XITU_RANKING_RESERVES) == 0)
    return xitu_chart_tr (ctx, "Reserves, t rare-earth oxide (REO)", "储量，吨稀土氧化物（REO）");
  return xitu_chart_tr (ctx, "Mine production, t rare-earth oxide (REO)", "矿产量，吨稀土氧化物（REO）");
}

static char *
column_label (XituChartCtx  *ctx,
              RankingColumn *column)
{
  if (ctx->lang == XITU_LANG_ZH)
    return g_strdup_printf ("%s（%d 年）", column->edition, column->year);
  return g_strdup_printf ("%s (%d)", column->edition, column->year);
}

static char *
ranking_subtitle (XituChartCtx *ctx,
                  Ranking      *ranking)
{
  GString *sub = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *main_label = column_label (ctx, &ranking->main);

  if (ranking->compare.edition != NULL)
    {
      g_autofree char *cmp_label = column_label (ctx, &ranking->compare);
      g_string_append_printf (sub, zh ? "%s 与 %s 对比" : "%s beside %s", main_label, cmp_label);
    }
  else
    g_string_append (sub, main_label);

  if (ranking->main.measure != NULL && strcmp (ranking->spec->name, XITU_RANKING_RESERVES) == 0)
    {
      g_autofree char *basis = NULL;
      if (g_strcmp0 (ranking->main.measure, "usgs") == 0)
        basis = xitu_chart_tr (ctx, "USGS basis; other classifications (JORC, national) are not mixed in",
                               "美国地质调查局口径；不混入其他分类（JORC、国家标准）");
      else
        basis = g_strdup_printf (zh ? "口径：%s" : "basis: %s", ranking->main.measure);
      g_string_append_printf (sub, zh ? "；%s" : "; %s", basis);
    }
  if (ranking->main.world != NULL)
    {
      g_autofree char *world = xitu_format_figure (ranking->main.world, ctx->lang, ctx->opts->numbers);
      g_string_append_printf (sub, zh ? "；世界合计 %s" : "; world total %s", world);
    }
  return g_string_free (sub, FALSE);
}

void
xitu_ranking_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_auto (Ranking) ranking = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *axis = NULL;
  g_autoptr (GArray) legend = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  g_autoptr (GString) summary = g_string_new (NULL);
  gboolean compare;
  XituRect body, plot;
  double max_value = 0, step, top, name_w = 0, value_w = 0, row_h, legend_h, axis_h;
  double small_h, label_h;
  guint n_rows, shown;
  const char *unit = NULL;
  XituRgba others;

  ranking_collect (ctx->dataset, ctx->opts, &ranking);
  compare = ranking.compare.edition != NULL;
  ctx->result->year = ranking.main.year > 0 ? ranking.main.year : ctx->opts->year;
  others = xitu_palette_categorical (ctx->palette, 0);

  if (ranking.main.edition == NULL)
    {
      g_autofree char *msg = xitu_chart_tr (ctx, "No sourced figure for this metric and year", "该指标和年份无来源数据");
      title = xitu_chart_tr (ctx, "Ranking", "排名");
      body = xitu_chart_begin (ctx, title, NULL);
      xitu_chart_empty (ctx, &body, msg);
      ctx->result->summary = g_strdup (msg);
      xitu_chart_end (ctx, &body);
      return;
    }

  xitu_footer_add_figures (ctx->footer, ranking.main.countries);
  if (ranking.main.world != NULL)
    xitu_footer_add_source (ctx->footer, xitu_figure_get_source (ranking.main.world),
                            xitu_figure_get_edition (ranking.main.world));
  if (compare)
    xitu_footer_add_figures (ctx->footer, ranking.compare.countries);

  title = ranking_title (ctx, &ranking);
  subtitle = ranking_subtitle (ctx, &ranking);
  body = xitu_chart_begin (ctx, title, subtitle);

  /* Legend: China's colour against everyone else's, and the editions. */
  {
    XituLegendItem china = { XITU_LEGEND_SWATCH, ctx->palette->china };
    XituLegendItem rest = { XITU_LEGEND_SWATCH, others };
    china.label = xitu_chart_country_name (ctx, XITU_CHINA_CODE);
    rest.label = xitu_chart_tr (ctx, "Other countries", "其他国家");
    g_array_append_val (legend, china);
    g_array_append_val (legend, rest);
    if (compare)
      {
        XituLegendItem a = { XITU_LEGEND_SWATCH, ctx->palette->axis };
        XituLegendItem b = { XITU_LEGEND_SWATCH, xitu_rgba_mix (ctx->palette->axis, ctx->palette->background, 0.55) };
        g_autofree char *la = column_label (ctx, &ranking.main);
        g_autofree char *lb = column_label (ctx, &ranking.compare);
        a.label = g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：上方实色" : "%s: upper bar, solid", la);
        b.label = g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：下方浅色" : "%s: lower bar, light", lb);
        g_array_append_val (legend, a);
        g_array_append_val (legend, b);
      }
  }
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);

  /* Scale and label widths. */
  n_rows = ranking.rows->len;
  for (guint i = 0; i < n_rows; i++)
    {
      const char *code = g_ptr_array_index (ranking.rows, i);
      XituFigure *fa = column_lookup (&ranking.main, code);
      XituFigure *fb = compare ? column_lookup (&ranking.compare, code) : NULL;
      g_autofree char *name = xitu_chart_country_name (ctx, code);

      name_w = MAX (name_w, xitu_chart_text_width (ctx, name, XITU_TEXT_LABEL));
      for (int k = 0; k < 2; k++)
        {
          XituFigure *f = k == 0 ? fa : fb;
          g_autofree char *v = NULL;
          if (f == NULL)
            continue;
          v = xitu_format_figure (f, ctx->lang, ctx->opts->numbers);
          value_w = MAX (value_w, xitu_chart_text_width (ctx, v, compare ? XITU_TEXT_SMALL : XITU_TEXT_LABEL));
          if (figure_is_available (f))
            {
              max_value = MAX (max_value, xitu_figure_get_value (f));
              unit = xitu_figure_get_unit (f);
            }
        }
    }
  name_w = MIN (name_w, body.width * 0.28);
  if (g_strcmp0 (unit, "%") == 0)
    max_value = 100;
  xitu_chart_nice_scale (max_value, 5, &step, &top);

  small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  label_h = xitu_chart_text_height (ctx, XITU_TEXT_LABEL);
  axis_h = small_h * 2 + 10 * ctx->s;
  plot.x = round (body.x + name_w + 10 * ctx->s);
  plot.y = round (body.y + legend_h + 12 * ctx->s);
  plot.width = MAX (20, body.x + body.width - plot.x - value_w - 10 * ctx->s);
  plot.height = MAX (10, body.y + body.height - axis_h - plot.y);

  /* Rows that fit; the rest are counted in a note (all are in the CSV). */
  {
    double min_row = (compare ? 2 * small_h + 6 * ctx->s : label_h + 4 * ctx->s);
    shown = MIN (n_rows, (guint) MAX (1, floor (plot.height / min_row)));
    row_h = shown > 0 ? MIN (plot.height / shown, (compare ? 2.6 : 2.3) * label_h) : plot.height;
  }

  /* Grid and ticks. */
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double x = plot.x + plot.width * v / top;
      g_autofree char *tick = g_strcmp0 (unit, "%") == 0
        ? xitu_format_percent (v, XITU_DECIMALS_AUTO, ctx->lang)
        : xitu_format_number (v, XITU_DECIMALS_AUTO, ctx->lang, ctx->opts->numbers);

      cairo_save (cr);
      xitu_palette_set_source (cr, v == 0 ? ctx->palette->axis : ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, round (x) + 0.5, plot.y);
      cairo_line_to (cr, round (x) + 0.5, plot.y + shown * row_h);
      cairo_stroke (cr);
      cairo_restore (cr);
      xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, x, plot.y + shown * row_h + 4 * ctx->s,
                       v == 0 ? XITU_ALIGN_START : XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);
    }
  axis = axis_title (ctx, &ranking);
  xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, plot.x + plot.width,
                   plot.y + shown * row_h + 6 * ctx->s + small_h, XITU_ALIGN_END, XITU_ALIGN_START, plot.width);

  g_string_append_printf (summary, "%s.", title);
  for (guint i = 0; i < shown; i++)
    {
      const char *code = g_ptr_array_index (ranking.rows, i);
      g_autofree char *name = xitu_chart_country_name (ctx, code);
      double cy = plot.y + row_h * (i + 0.5);
      XituRgba color = g_strcmp0 (code, XITU_CHINA_CODE) == 0 ? ctx->palette->china : others;

      xitu_chart_text (ctx, name, XITU_TEXT_LABEL, ctx->palette->foreground, plot.x - 8 * ctx->s, cy,
                       XITU_ALIGN_END, XITU_ALIGN_CENTER, name_w);

      for (int k = 0; k < (compare ? 2 : 1); k++)
        {
          XituFigure *f = column_lookup (k == 0 ? &ranking.main : &ranking.compare, code);
          double thick = compare ? MIN (row_h * 0.36, 16 * ctx->s) : MIN (row_h * 0.62, 22 * ctx->s);
          double y0 = compare ? cy - thick - 1 + k * (thick + 2) : cy - thick / 2;
          XituRgba fill = k == 0 ? color : xitu_rgba_mix (color, ctx->palette->background, 0.55);
          XituTextRole role = compare ? XITU_TEXT_SMALL : XITU_TEXT_LABEL;
          g_autofree char *value = NULL;
          XituRect bar;
          XituHitRegion *region;

          if (f == NULL)
            {
              g_autofree char *none = xitu_chart_tr (ctx, "not in this edition", "此版本中没有");
              xitu_chart_text (ctx, none, XITU_TEXT_SMALL, ctx->palette->muted, plot.x + 4 * ctx->s,
                               y0 + thick / 2, XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);
              continue;
            }
          value = xitu_format_figure (f, ctx->lang, ctx->opts->numbers);
          bar.x = plot.x;
          bar.y = y0;
          bar.height = thick;
          bar.width = figure_is_available (f) ? MAX (1, plot.width * xitu_figure_get_value (f) / top) : 0;
          if (bar.width > 0)
            {
              cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
              xitu_palette_set_source (cr, fill);
              cairo_fill (cr);
            }
          else
            {
              /* No figure: a short hatched stub, never a zero-length bar. */
              bar.width = 14 * ctx->s;
              cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
              xitu_palette_fill_no_data (cr, ctx->palette, 4 * ctx->s, ctx->opts->pixel_scale);
            }
          xitu_chart_text (ctx, value, role, figure_is_available (f) ? ctx->palette->foreground : ctx->palette->muted,
                           bar.x + bar.width + 5 * ctx->s, y0 + thick / 2, XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);

          /* The hit region spans the row's bar lane, so short bars are easy
           * to point at. */
          {
            XituRect lane = { plot.x, y0, MAX (bar.width, 24 * ctx->s), thick };
            g_autofree char *heading = g_strdup_printf ("%s · %s", name, xitu_figure_get_edition (f));
            region = xitu_chart_add_region (ctx, lane, XITU_HIT_COUNTRY, code, xitu_figure_get_stage (f), f, i);
            region->label = g_strdup_printf ("%s, %s %d: %s", name, xitu_figure_get_edition (f),
                                             xitu_figure_get_year (f), value);
            region->tooltip = xitu_chart_figure_tooltip (ctx, f, heading, NULL);
          }
          if (k == 0 && i < 5)
            g_string_append_printf (summary, "%s%s %s", i == 0 ? " " : (ctx->lang == XITU_LANG_ZH ? "，" : ", "),
                                    name, value);
        }
    }
  if (shown < n_rows)
    {
      g_autofree char *more = ctx->lang == XITU_LANG_ZH
        ? g_strdup_printf ("另有 %u 个国家未显示（见 CSV 导出）", n_rows - shown)
        : g_strdup_printf ("%u more countries not shown (all are in the CSV export)", n_rows - shown);
      xitu_footer_add_note (ctx->footer, more);
    }
  g_string_append (summary, ctx->lang == XITU_LANG_ZH ? "。" : ".");
  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}

XituTable *
xitu_ranking_chart_table (XituDataset            *dataset,
                          const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (xitu_chart_table_header);
  g_auto (Ranking) ranking = { 0 };

  ranking_collect (dataset, opts, &ranking);
  for (int k = 0; k < 2; k++)
    {
      RankingColumn *column = k == 0 ? &ranking.main : &ranking.compare;

      for (guint i = 0; column->countries != NULL && i < column->countries->len; i++)
        {
          g_autofree char *item = g_strdup_printf ("rank %u", i + 1);
          xitu_table_add_figure_row (table, dataset, g_ptr_array_index (column->countries, i), item, NAN);
        }
      if (column->world != NULL)
        xitu_table_add_figure_row (table, dataset, column->world, "world total", NAN);
    }
  return table;
}

gboolean
xitu_ranking_chart_validate (XituDataset            *dataset,
                             const XituChartOptions *opts,
                             GError                **error)
{
  const RankingSpec *spec = find_spec (opts->metric);
  g_auto (GStrv) editions = NULL;
  const char *asked[2] = { opts->edition, opts->compare_edition };

  if (spec == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Unknown ranking metric “%s”: use production, reserves or separation-share",
                   opts->metric);
      return FALSE;
    }
  editions = xitu_dataset_list_editions (dataset, spec->metric, spec->stage);
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    if (asked[i] != NULL && !g_strv_contains ((const char * const *) editions, asked[i]))
      {
        g_autofree char *list = g_strjoinv (", ", editions);
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "No %s figures from edition “%s”; the dataset has: %s",
                     spec->name, asked[i], *list != '\0' ? list : "none");
        return FALSE;
      }
  {
    g_auto (RankingColumn) column = { 0 };
    column_collect (dataset, spec, opts->edition, opts->year, &column);
    if (column.edition == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "No %s figures for %d or earlier%s%s",
                     spec->name, opts->year, opts->edition ? " in " : "", opts->edition ? opts->edition : "");
        return FALSE;
      }
  }
  return TRUE;
}
