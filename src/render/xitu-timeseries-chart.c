/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Time series: one metric over the years for a few countries. Lines join
 * consecutive years of the newest edition only — a missing year is a gap,
 * never an interpolation; every edition's figures are markers of their own
 * shape, so that revisions (Russia's reserves: 21 → 10 → 3.8 Mt) show;
 * figures for a span of years (2021–24) are horizontal strokes. */
#include "xitu-chart-private.h"
#include "xitu-figure-select.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const char *name;      /* option value */
  const char *metric;
  const char *stage;
  const char *partner;
  const char *en;
  const char *zh;
  const char *axis_en;
  const char *axis_zh;
} SeriesSpec;

static const SeriesSpec specs[] = {
  { "production", "production", "mining", NULL,
    "Rare-earth mine production over time", "稀土矿产量的变化",
    "Mine production, t REO", "矿产量，吨稀土氧化物" },
  { "reserves", "reserves", NULL, NULL,
    "Rare-earth reserves, edition by edition", "稀土储量：各版本的数字",
    "Reserves, t REO", "储量，吨稀土氧化物" },
  { "separation-share", "share", "separation", NULL,
    "Share of world separation & refining over time", "世界稀土分离与精炼份额的变化",
    "Share of world output, %", "占世界产量份额，%" },
  { "net-import-reliance", "net-import-reliance", NULL, NULL,
    "Net import reliance over time", "净进口依赖度的变化",
    "Net import reliance, %", "净进口依赖度，%" },
  { "import-share", "import-share", NULL, "CHN",
    "Share of imports from China over time", "来自中国的进口份额的变化",
    "Share of imports from China, %", "来自中国的进口份额，%" },
  { "price", "price", NULL, NULL,
    "Rare-earth prices over time", "稀土价格的变化",
    "Price", "价格" },
};

typedef struct
{
  char      *country;
  char      *measure;
  GPtrArray *figures;   /* of XituFigure: every edition, oldest year first */
} Series;

static const SeriesSpec *
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
series_free (gpointer data)
{
  Series *s = data;

  g_free (s->country);
  g_free (s->measure);
  g_ptr_array_unref (s->figures);
  g_free (s);
}

static int
compare_by_year (gconstpointer a,
                 gconstpointer b)
{
  XituFigure *x = *(XituFigure **) a;
  XituFigure *y = *(XituFigure **) b;

  return xitu_figure_get_year (x) - xitu_figure_get_year (y);
}

/* The countries to show when none are asked for: China and the largest
 * others in the newest set, or everyone with figures for the small series. */
static GStrv
default_countries (XituDataset      *dataset,
                   const SeriesSpec *spec,
                   int               year)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (XituSelection) selection = xitu_dataset_select (dataset, spec->metric, spec->stage, NULL, year, NULL);
  g_autoptr (GPtrArray) ranked = g_ptr_array_new ();
  guint taken = 0;

  for (guint i = 0; i < selection->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (selection->figures, i);
      XituCountry *c = xitu_dataset_lookup_country (dataset, xitu_figure_get_country (f));

      if (spec->partner != NULL && g_strcmp0 (xitu_figure_get_partner (f), spec->partner) != 0)
        continue;
      if (c != NULL && (xitu_country_get_kind (c) != XITU_COUNTRY_KIND_AGGREGATE ||
                        strcmp (spec->metric, "price") == 0) && xitu_figure_has_value (f))
        g_ptr_array_add (ranked, f);
    }
  /* Largest first; a short insertion sort keeps the order stable. */
  for (guint i = 1; i < ranked->len; i++)
    for (guint j = i; j > 0 && xitu_figure_get_value (ranked->pdata[j]) > xitu_figure_get_value (ranked->pdata[j - 1]); j--)
      {
        gpointer t = ranked->pdata[j];
        ranked->pdata[j] = ranked->pdata[j - 1];
        ranked->pdata[j - 1] = t;
      }
  for (guint i = 0; i < ranked->len && taken < 5; i++, taken++)
    g_strv_builder_add (builder, xitu_figure_get_country (ranked->pdata[i]));

  /* Series such as net import reliance have no common set: everyone. */
  if (taken == 0)
    {
      XituFigureQuery q = { .metric = spec->metric, .stage = spec->stage, .partner = spec->partner };
      g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < found->len && taken < 6; i++)
        {
          const char *code = xitu_figure_get_country (g_ptr_array_index (found, i));
          if (g_hash_table_add (seen, (gpointer) code))
            {
              g_strv_builder_add (builder, code);
              taken++;
            }
        }
    }
  return g_strv_builder_end (builder);
}

/* One series per country, with the measure most of its figures use. */
static GPtrArray *
timeseries_collect (XituDataset            *dataset,
                    const XituChartOptions *opts,
                    const SeriesSpec      **out_spec)
{
  const SeriesSpec *spec = find_spec (opts->metric);
  GPtrArray *all = g_ptr_array_new_with_free_func (series_free);
  g_auto (GStrv) defaults = NULL;
  char **countries;

  if (spec == NULL)
    spec = &specs[0];
  *out_spec = spec;
  countries = opts->countries;
  if (countries == NULL)
    countries = defaults = default_countries (dataset, spec, opts->year);

  for (guint c = 0; countries[c] != NULL; c++)
    {
      XituFigureQuery q = { .country = countries[c], .metric = spec->metric, .stage = spec->stage,
                            .partner = spec->partner };
      g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);
      g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      const char *measure = NULL;
      guint best = 0;
      Series *s;

      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          const char *m = xitu_figure_get_measure (f) ? xitu_figure_get_measure (f) : "";
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m)) + 1;

          g_hash_table_insert (counts, (gpointer) m, GUINT_TO_POINTER (n));
          if (n > best)
            {
              best = n;
              measure = m;
            }
        }
      s = g_new0 (Series, 1);
      s->country = g_strdup (countries[c]);
      s->measure = measure != NULL && *measure != '\0' ? g_strdup (measure) : NULL;
      s->figures = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          if (g_strcmp0 (xitu_figure_get_measure (f), s->measure) != 0 ||
              !xitu_figure_has_value (f) ||
              (opts->year > 0 && xitu_figure_get_year (f) > opts->year))
            continue;
          g_ptr_array_add (s->figures, g_object_ref (f));
        }
      g_ptr_array_sort (s->figures, compare_by_year);
      g_ptr_array_add (all, s);
    }
  return all;
}

/* Editions newest first, as the model orders them. */
static GPtrArray *
collect_editions (XituDataset *dataset,
                  GPtrArray   *series)
{
  g_autoptr (GPtrArray) figures = g_ptr_array_new ();
  GPtrArray *editions = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < series->len; k++)
    {
      Series *s = g_ptr_array_index (series, k);
      for (guint i = 0; i < s->figures->len; i++)
        g_ptr_array_add (figures, g_ptr_array_index (s->figures, i));
    }
  /* Sort by edition, newest first (the dataset knows the dates). */
  for (guint i = 1; i < figures->len; i++)
    for (guint j = i; j > 0 && xitu_dataset_compare_editions (dataset, figures->pdata[j], figures->pdata[j - 1]) > 0; j--)
      {
        gpointer t = figures->pdata[j];
        figures->pdata[j] = figures->pdata[j - 1];
        figures->pdata[j - 1] = t;
      }
  for (guint i = 0; i < figures->len; i++)
    {
      const char *e = xitu_figure_get_edition (figures->pdata[i]);
      if (!g_ptr_array_find_with_equal_func (editions, e, g_str_equal, NULL))
        g_ptr_array_add (editions, g_strdup (e));
    }
  return editions;
}

static guint
edition_index (GPtrArray  *editions,
               XituFigure *figure)
{
  guint index = 0;

  g_ptr_array_find_with_equal_func (editions, xitu_figure_get_edition (figure), g_str_equal, &index);
  return index;
}

/* The figure the line goes through in `year`: the newest edition's. */
static XituFigure *
line_figure (XituDataset *dataset,
             Series      *s,
             int          year)
{
  XituFigure *best = NULL;

  for (guint i = 0; i < s->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (s->figures, i);
      if (xitu_figure_get_year (f) != year || xitu_figure_get_year_end (f) != year ||
          (xitu_figure_get_flags (f) & XITU_FIGURE_PROJECTED))
        continue;
      if (best == NULL || xitu_dataset_compare_editions (dataset, f, best) > 0)
        best = f;
    }
  return best;
}

/* Where two editions give a figure for the same year, their markers stand
 * side by side: the offset of this one, in marker widths, centred. */
static double
year_dodge (Series     *s,
            XituFigure *figure,
            GPtrArray  *editions)
{
  guint before = 0, same = 0;
  guint mine = edition_index (editions, figure);

  for (guint i = 0; i < s->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (s->figures, i);
      if (xitu_figure_get_year (f) != xitu_figure_get_year (figure) ||
          xitu_figure_get_year_end (f) != xitu_figure_get_year (f))
        continue;
      same++;
      if (edition_index (editions, f) > mine)
        before++;
    }
  return same > 1 ? before - (same - 1) / 2.0 : 0;
}

static gboolean
is_hollow (XituFigure *f)
{
  return (xitu_figure_get_flags (f) & (XITU_FIGURE_ESTIMATED | XITU_FIGURE_PROJECTED)) != 0;
}

void
xitu_timeseries_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  const SeriesSpec *spec;
  g_autoptr (GPtrArray) series = timeseries_collect (ctx->dataset, ctx->opts, &spec);
  g_autoptr (GPtrArray) editions = collect_editions (ctx->dataset, series);
  g_autoptr (XituColorMap) colors = xitu_color_map_new (ctx->palette);
  g_autoptr (GArray) legend = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *axis = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  int y0 = G_MAXINT, y1 = G_MININT;
  double vmax = 0, step, top, small_h, tick_w, legend_h;
  const char *unit = NULL;
  gboolean any_hollow = FALSE;
  gboolean shared_measure = TRUE;
  XituRect body, plot;
  guint n_figures = 0;

  for (guint k = 0; k < series->len; k++)
    {
      Series *s = g_ptr_array_index (series, k);
      for (guint i = 0; i < s->figures->len; i++)
        {
          XituFigure *f = g_ptr_array_index (s->figures, i);
          y0 = MIN (y0, xitu_figure_get_year (f));
          y1 = MAX (y1, xitu_figure_get_year_end (f));
          vmax = MAX (vmax, xitu_figure_get_value (f));
          unit = xitu_figure_get_unit (f);
          any_hollow |= is_hollow (f);
          n_figures++;
          xitu_footer_add_source (ctx->footer, xitu_figure_get_source (f), xitu_figure_get_edition (f));
        }
    }
  ctx->result->year = n_figures > 0 ? y1 : ctx->opts->year;

  {
    g_autofree char *range = n_figures > 0 ? xitu_format_years (y0, y1) : g_strdup ("");
    g_autofree char *en = g_strdup_printf ("%s, %s", spec->en, range);
    g_autofree char *zh_title = g_strdup_printf ("%s（%s）", spec->zh, range);
    title = n_figures > 0 ? xitu_chart_tr (ctx, en, zh_title) : xitu_chart_tr (ctx, spec->en, spec->zh);
    subtitle = xitu_chart_tr (ctx,
                              "Lines join consecutive years of the newest edition; gaps are years without a figure. "
                              "Marker shape: edition; hollow: estimated or projected.",
                              "连线只连接最新版本中相邻年份的数据，缺口表示该年无数据。标记形状：版本；空心：估计或预测值。");
  }
  body = xitu_chart_begin (ctx, title, subtitle);
  g_string_append_printf (summary, "%s.", title);

  if (n_figures == 0)
    {
      g_autofree char *msg = xitu_chart_tr (ctx, "No sourced figure for these countries", "这些国家没有来源数据");
      xitu_chart_empty (ctx, &body, msg);
      ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
      xitu_chart_end (ctx, &body);
      return;
    }

  /* One measure for all: it goes in the axis title, not in every entry. */
  for (guint k = 1; k < series->len; k++)
    if (g_strcmp0 (((Series *) g_ptr_array_index (series, k))->measure,
                   ((Series *) g_ptr_array_index (series, 0))->measure) != 0)
      shared_measure = FALSE;

  /* Legend: countries, then editions by marker, then what hollow means. */
  for (guint k = 0; k < series->len; k++)
    {
      Series *s = g_ptr_array_index (series, k);
      XituLegendItem item = { XITU_LEGEND_LINE };
      g_autofree char *name = xitu_chart_country_name (ctx, s->country);

      if (s->figures->len == 0)
        continue;
      g_autofree char *measure = xitu_chart_measure_phrase (ctx, s->measure);

      item.color = xitu_chart_line_color (ctx, xitu_color_map_get (colors, s->country, NULL));
      item.marker = XITU_MARKER_CIRCLE;
      if (measure != NULL && !shared_measure)
        item.label = g_strdup_printf (zh ? "%s（%s）" : "%s (%s)", name, measure);
      else
        item.label = g_steal_pointer (&name);
      g_array_append_val (legend, item);
    }
  for (guint e = 0; e < editions->len; e++)
    {
      XituLegendItem item = { XITU_LEGEND_MARKER, ctx->palette->muted };
      item.marker = e % XITU_N_MARKERS;
      item.label = g_strdup (g_ptr_array_index (editions, e));
      g_array_append_val (legend, item);
    }
  if (any_hollow)
    {
      XituLegendItem item = { XITU_LEGEND_MARKER, ctx->palette->muted };
      item.hollow = TRUE;
      item.label = xitu_chart_tr (ctx, "estimated or projected", "估计或预测");
      g_array_append_val (legend, item);
    }
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);

  if (g_strcmp0 (unit, "%") == 0)
    vmax = MAX (vmax, 100);
  xitu_chart_nice_scale (vmax, 5, &step, &top);
  small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  tick_w = 0;
  for (double v = 0; v <= top + step / 2; v += step)
    {
      g_autofree char *tick = xitu_format_number (v, XITU_DECIMALS_AUTO, ctx->lang, ctx->opts->numbers);
      tick_w = MAX (tick_w, xitu_chart_text_width (ctx, tick, XITU_TEXT_SMALL));
    }

  if (g_strcmp0 (unit, "%") == 0 || strcmp (spec->metric, "price") != 0)
    axis = xitu_chart_tr (ctx, spec->axis_en, spec->axis_zh);
  else
    {
      g_autofree char *base = xitu_chart_tr (ctx, spec->axis_en, spec->axis_zh);
      axis = g_strdup_printf ("%s, %s", base, xitu_format_unit (unit, ctx->lang));
    }
  if (shared_measure && series->len > 0)
    {
      g_autofree char *measure = xitu_chart_measure_phrase (ctx, ((Series *) g_ptr_array_index (series, 0))->measure);
      if (measure != NULL)
        {
          char *with = g_strdup_printf (zh ? "%s（%s）" : "%s (%s)", axis, measure);
          g_free (axis);
          axis = with;
        }
    }
  {
    XituRect box = xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, body.x,
                                    body.y + legend_h + 10 * ctx->s, XITU_ALIGN_START, XITU_ALIGN_START, body.width);
    plot.y = round (box.y + box.height + 8 * ctx->s);
  }
  plot.x = round (body.x + tick_w + 8 * ctx->s);
  plot.width = body.x + body.width - plot.x - 12 * ctx->s;
  plot.height = MAX (10, body.y + body.height - plot.y - small_h - 6 * ctx->s);

  /* Value grid. */
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double y = plot.y + plot.height * (1 - v / top);
      g_autofree char *tick = xitu_format_number (v, XITU_DECIMALS_AUTO, ctx->lang, ctx->opts->numbers);

      xitu_palette_set_source (cr, v == 0 ? ctx->palette->axis : ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, plot.x, round (y) + 0.5);
      cairo_line_to (cr, plot.x + plot.width, round (y) + 0.5);
      cairo_stroke (cr);
      xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, plot.x - 6 * ctx->s, y,
                       XITU_ALIGN_END, XITU_ALIGN_CENTER, 0);
    }

  /* Year axis: half a year of air on both sides; thin the labels when the
   * span is long. */
  {
    double span = (y1 - y0) + 1;
    double year_w = plot.width / span;
    int every = 1;
    double label_w = xitu_chart_text_width (ctx, "2000", XITU_TEXT_SMALL) + 8 * ctx->s;

    while (year_w * every < label_w)
      every++;
    for (int y = y0; y <= y1; y++)
      {
        double x = plot.x + year_w * (y - y0 + 0.5);
        g_autofree char *label = g_strdup_printf ("%d", y);

        xitu_palette_set_source (cr, ctx->palette->axis);
        cairo_move_to (cr, round (x) + 0.5, plot.y + plot.height);
        cairo_line_to (cr, round (x) + 0.5, plot.y + plot.height + 4 * ctx->s);
        cairo_stroke (cr);
        if ((y - y0) % every == 0)
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, x,
                           plot.y + plot.height + 5 * ctx->s, XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);
      }

#define X_OF(year) (plot.x + year_w * ((year) - y0 + 0.5))
#define Y_OF(value) (plot.y + plot.height * (1 - CLAMP ((value), 0, top) / top))

    for (guint k = 0; k < series->len; k++)
      {
        Series *s = g_ptr_array_index (series, k);
        XituRgba color = xitu_chart_line_color (ctx, xitu_color_map_get (colors, s->country, NULL));
        g_autofree char *name = xitu_chart_country_name (ctx, s->country);
        double marker = 8 * ctx->s;
        gboolean pen_down = FALSE;
        XituFigure *first = NULL, *last = NULL;

        if (s->figures->len == 0)
          continue;

        /* The line: newest edition per year, broken at missing years. */
        cairo_save (cr);
        xitu_palette_set_source (cr, color);
        cairo_set_line_width (cr, 2 * ctx->s);
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
        for (int y = y0; y <= y1; y++)
          {
            XituFigure *f = line_figure (ctx->dataset, s, y);
            if (f == NULL)
              {
                pen_down = FALSE;
                continue;
              }
            if (first == NULL)
              first = f;
            last = f;
            if (pen_down)
              cairo_line_to (cr, X_OF (y), Y_OF (xitu_figure_get_value (f)));
            else
              cairo_move_to (cr, X_OF (y), Y_OF (xitu_figure_get_value (f)));
            pen_down = TRUE;
          }
        cairo_stroke (cr);
        cairo_restore (cr);

        /* Every figure: spans as strokes, years as markers dodged by
         * edition so that equal values of two editions both show. */
        for (guint i = 0; i < s->figures->len; i++)
          {
            XituFigure *f = g_ptr_array_index (s->figures, i);
            guint e = edition_index (editions, f);
            double dodge = year_dodge (s, f, editions) * 5 * ctx->s;
            double vy = Y_OF (xitu_figure_get_value (f));
            g_autofree char *value = xitu_format_figure (f, ctx->lang, ctx->opts->numbers);
            g_autofree char *years = xitu_format_years (xitu_figure_get_year (f), xitu_figure_get_year_end (f));
            g_autofree char *heading = g_strdup_printf ("%s · %s", name, years);
            XituHitRegion *region;
            XituRect hit;

            if (xitu_figure_get_year_end (f) > xitu_figure_get_year (f))
              {
                double xa = X_OF (xitu_figure_get_year (f)), xb = X_OF (xitu_figure_get_year_end (f));
                cairo_save (cr);
                xitu_palette_set_source (cr, color);
                cairo_set_line_width (cr, 3 * ctx->s);
                cairo_move_to (cr, xa, vy);
                cairo_line_to (cr, xb, vy);
                cairo_stroke (cr);
                cairo_set_line_width (cr, 1.5 * ctx->s);
                cairo_move_to (cr, xa, vy - 4 * ctx->s);
                cairo_line_to (cr, xa, vy + 4 * ctx->s);
                cairo_move_to (cr, xb, vy - 4 * ctx->s);
                cairo_line_to (cr, xb, vy + 4 * ctx->s);
                cairo_stroke (cr);
                cairo_restore (cr);
                hit = (XituRect) { xa - 4 * ctx->s, vy - 6 * ctx->s, xb - xa + 8 * ctx->s, 12 * ctx->s };
              }
            else
              {
                double x = X_OF (xitu_figure_get_year (f)) + dodge;
                xitu_chart_draw_marker (cr, e % XITU_N_MARKERS, x, vy, marker, color, is_hollow (f),
                                        ctx->palette->background);
                hit = (XituRect) { x - marker, vy - marker, 2 * marker, 2 * marker };
              }
            region = xitu_chart_add_region (ctx, hit, XITU_HIT_COUNTRY, s->country, xitu_figure_get_stage (f), f, k);
            region->label = g_strdup_printf ("%s, %s (%s): %s", name, years, xitu_figure_get_edition (f), value);
            region->tooltip = xitu_chart_figure_tooltip (ctx, f, heading, NULL);
          }

        if (first != NULL)
          {
            g_autofree char *a = xitu_format_figure (first, ctx->lang, ctx->opts->numbers);
            g_autofree char *b = xitu_format_figure (last, ctx->lang, ctx->opts->numbers);
            if (first == last && zh)
              g_string_append_printf (summary, " %s：%d 年 %s。", name, xitu_figure_get_year (first), a);
            else if (first == last)
              g_string_append_printf (summary, " %s: %s in %d.", name, a, xitu_figure_get_year (first));
            else if (zh)
              g_string_append_printf (summary, " %s：%d 年 %s，%d 年 %s。", name,
                                      xitu_figure_get_year (first), a, xitu_figure_get_year (last), b);
            else
              g_string_append_printf (summary, " %s: %s in %d, %s in %d.", name,
                                      a, xitu_figure_get_year (first), b, xitu_figure_get_year (last));
          }
      }
#undef X_OF
#undef Y_OF
  }

  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}

XituTable *
xitu_timeseries_chart_table (XituDataset            *dataset,
                             const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (xitu_chart_table_header);
  const SeriesSpec *spec;
  g_autoptr (GPtrArray) series = timeseries_collect (dataset, opts, &spec);

  for (guint k = 0; k < series->len; k++)
    {
      Series *s = g_ptr_array_index (series, k);
      for (guint i = 0; i < s->figures->len; i++)
        xitu_table_add_figure_row (table, dataset, g_ptr_array_index (s->figures, i), "series point", NAN);
    }
  return table;
}

gboolean
xitu_timeseries_chart_validate (XituDataset            *dataset,
                                const XituChartOptions *opts,
                                GError                **error)
{
  const SeriesSpec *spec = find_spec (opts->metric);

  if (spec == NULL)
    {
      g_autoptr (GString) names = g_string_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", specs[i].name);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Unknown time-series metric “%s”: use %s", opts->metric, names->str);
      return FALSE;
    }
  for (guint c = 0; opts->countries != NULL && opts->countries[c] != NULL; c++)
    if (xitu_dataset_lookup_country (dataset, opts->countries[c]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown country code “%s”: use ISO 3166 alpha-3 codes such as CHN, USA, AUS",
                     opts->countries[c]);
        return FALSE;
      }
  {
    g_autoptr (GPtrArray) series = NULL;
    const SeriesSpec *used;
    gboolean any = FALSE;

    series = timeseries_collect (dataset, opts, &used);
    for (guint k = 0; k < series->len; k++)
      any |= ((Series *) g_ptr_array_index (series, k))->figures->len > 0;
    if (!any)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "No %s figures for the countries asked for%s", spec->name,
                     opts->year > 0 ? " up to that year" : "");
        return FALSE;
      }
  }
  return TRUE;
}
