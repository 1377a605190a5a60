/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dependence chart: for each importer, its dependence figures — share of
 * imports from China, a headline figure as an authority stated it, net
 * import reliance on all suppliers — one bar each, every bar naming what it
 * measures so that different measures are never silently compared, with the
 * EU Critical Raw Materials Act's 65 % single-supplier cap across them. */
#include "xitu-chart-private.h"
#include "xitu-figure-select.h"

#include <math.h>
#include <string.h>

typedef enum
{
  SERIES_FROM_CHINA,     /* import-share, partner China */
  SERIES_FROM_OTHER,     /* import-share, another partner (China's imports) */
  SERIES_HEADLINE,       /* dependence-headline on China, as stated */
  SERIES_ALL_SUPPLIERS,  /* net import reliance, or an imported share */
} SeriesKind;

typedef struct
{
  SeriesKind  kind;
  XituFigure *figure;    /* the latest figure of the series */
  XituFigure *high;      /* the upper end when the source gives a range */
} Series;

typedef struct
{
  char      *importer;
  GArray    *series;     /* of Series */
  double     from_china; /* the largest share from China, for ordering */
} Importer;

static const char * const dependence_metrics[] = {
  "import-share", "dependence-headline", "net-import-reliance",
};

static void
series_clear (gpointer data)
{
  Series *s = data;

  g_clear_object (&s->figure);
  g_clear_object (&s->high);
}

static void
importer_free (gpointer data)
{
  Importer *imp = data;

  g_free (imp->importer);
  g_array_unref (imp->series);
  g_free (imp);
}

static char *
series_key (XituFigure *f)
{
  return g_strdup_printf ("%s|%s|%s|%s|%s", xitu_figure_get_country (f), xitu_figure_get_metric (f),
                          xitu_figure_get_partner (f) ? xitu_figure_get_partner (f) : "",
                          xitu_figure_get_stage (f) ? xitu_figure_get_stage (f) : "",
                          xitu_figure_get_measure (f) ? xitu_figure_get_measure (f) : "");
}

static int
latest_year (XituDataset *dataset)
{
  int latest = 0;

  for (guint m = 0; m < G_N_ELEMENTS (dependence_metrics); m++)
    latest = MAX (latest, xitu_dataset_get_latest_year (dataset, dependence_metrics[m], NULL));
  return latest;
}

static gboolean
wanted_importer (const XituChartOptions *opts,
                 const char             *code)
{
  return opts->countries == NULL || g_strv_contains ((const char * const *) opts->countries, code);
}

static SeriesKind
classify (XituFigure *f)
{
  const char *metric = xitu_figure_get_metric (f);
  const char *partner = xitu_figure_get_partner (f);

  if (strcmp (metric, "import-share") == 0)
    return g_strcmp0 (partner, XITU_CHINA_CODE) == 0 ? SERIES_FROM_CHINA : SERIES_FROM_OTHER;
  if (strcmp (metric, "dependence-headline") == 0 && g_strcmp0 (partner, XITU_CHINA_CODE) == 0)
    return SERIES_HEADLINE;
  return SERIES_ALL_SUPPLIERS;
}

/* Is this series one the chart shows? Shares from China, headline figures,
 * reliance on all suppliers; for China itself, its largest supplier. */
static gboolean
wanted_series (XituDataset *dataset,
               XituFigure  *f,
               int          year)
{
  const char *partner = xitu_figure_get_partner (f);

  if (strcmp (xitu_figure_get_metric (f), "import-share") != 0)
    return TRUE;
  if (g_strcmp0 (partner, XITU_CHINA_CODE) == 0)
    return TRUE;
  if (g_strcmp0 (xitu_figure_get_country (f), XITU_CHINA_CODE) != 0 || partner == NULL)
    return FALSE;
  {
    /* China's imports: only the largest named partner. */
    XituFigureQuery q = { .country = XITU_CHINA_CODE, .metric = "import-share",
                          .stage = xitu_figure_get_stage (f), .any_partner = TRUE };
    g_autoptr (GPtrArray) all = xitu_dataset_find_figures (dataset, &q);
    double best = -1;
    const char *best_partner = NULL;

    for (guint i = 0; i < all->len; i++)
      {
        XituFigure *g = g_ptr_array_index (all, i);
        XituCountry *c = xitu_dataset_lookup_country (dataset, xitu_figure_get_partner (g));

        if (c == NULL || xitu_country_get_kind (c) != XITU_COUNTRY_KIND_COUNTRY ||
            (year > 0 && xitu_figure_get_year_end (g) > year))
          continue;
        if (xitu_figure_get_value (g) > best)
          {
            best = xitu_figure_get_value (g);
            best_partner = xitu_figure_get_partner (g);
          }
      }
    return g_strcmp0 (best_partner, partner) == 0;
  }
}

static int
compare_importers (gconstpointer a,
                   gconstpointer b)
{
  const Importer *x = *(Importer **) a;
  const Importer *y = *(Importer **) b;

  if (x->from_china != y->from_china)
    return x->from_china > y->from_china ? -1 : 1;
  return g_strcmp0 (x->importer, y->importer);
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const Series *x = a;
  const Series *y = b;

  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return g_strcmp0 (xitu_figure_get_measure (x->figure), xitu_figure_get_measure (y->figure));
}

/* Importers with their series, each series' latest figure up to `year`. */
static GPtrArray *
dependence_collect (XituDataset            *dataset,
                    const XituChartOptions *opts,
                    int                    *out_year)
{
  GPtrArray *importers = g_ptr_array_new_with_free_func (importer_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int year = opts->year > 0 ? opts->year : latest_year (dataset);

  for (guint m = 0; m < G_N_ELEMENTS (dependence_metrics); m++)
    {
      XituFigureQuery q = { .metric = dependence_metrics[m], .any_partner = TRUE };
      g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          g_autofree char *key = series_key (f);
          const char *code = xitu_figure_get_country (f);
          XituFigureQuery sq = { .country = code, .partner = xitu_figure_get_partner (f),
                                 .stage = xitu_figure_get_stage (f), .metric = xitu_figure_get_metric (f),
                                 .measure = xitu_figure_get_measure (f) };
          XituFigure *latest;
          Importer *imp = NULL;
          Series s = { 0 };

          if (!wanted_importer (opts, code) || g_hash_table_contains (seen, key))
            continue;
          g_hash_table_add (seen, g_steal_pointer (&key));
          if (!wanted_series (dataset, f, year))
            continue;
          latest = xitu_dataset_find_latest (dataset, &sq, year);
          if (latest == NULL || !xitu_figure_has_value (latest))
            continue;

          s.kind = classify (latest);
          s.figure = g_object_ref (latest);
          /* A source that gives a range states two figures for one period. */
          {
            XituFigureQuery rq = sq;
            g_autoptr (GPtrArray) same = NULL;
            rq.edition = xitu_figure_get_edition (latest);
            same = xitu_dataset_find_figures (dataset, &rq);
            for (guint k = 0; k < same->len; k++)
              {
                XituFigure *g = g_ptr_array_index (same, k);
                if (g != latest && xitu_figure_get_year (g) == xitu_figure_get_year (latest) &&
                    xitu_figure_get_year_end (g) == xitu_figure_get_year_end (latest) &&
                    xitu_figure_has_value (g))
                  {
                    if (xitu_figure_get_value (g) < xitu_figure_get_value (s.figure))
                      {
                        g_set_object (&s.high, s.figure);
                        g_set_object (&s.figure, g);
                      }
                    else if (s.high == NULL || xitu_figure_get_value (g) > xitu_figure_get_value (s.high))
                      g_set_object (&s.high, g);
                  }
              }
          }

          for (guint k = 0; k < importers->len; k++)
            if (g_strcmp0 (((Importer *) g_ptr_array_index (importers, k))->importer, code) == 0)
              imp = g_ptr_array_index (importers, k);
          if (imp == NULL)
            {
              imp = g_new0 (Importer, 1);
              imp->importer = g_strdup (code);
              imp->series = g_array_new (FALSE, TRUE, sizeof (Series));
              imp->from_china = -1;
              g_array_set_clear_func (imp->series, series_clear);
              g_ptr_array_add (importers, imp);
            }
          if (s.kind == SERIES_FROM_CHINA || s.kind == SERIES_HEADLINE)
            imp->from_china = MAX (imp->from_china, xitu_figure_get_value (s.high ? s.high : s.figure));
          g_array_append_val (imp->series, s);
        }
    }

  for (guint k = 0; k < importers->len; k++)
    g_array_sort (((Importer *) g_ptr_array_index (importers, k))->series, compare_series);
  g_ptr_array_sort (importers, compare_importers);
  *out_year = year;
  return importers;
}

static char *
series_label (XituChartCtx *ctx,
              const Series *s)
{
  XituFigure *f = s->figure;
  g_autofree char *measure = xitu_chart_measure_phrase (ctx, xitu_figure_get_measure (f));
  g_autofree char *years = xitu_format_years (xitu_figure_get_year (f), xitu_figure_get_year_end (f));
  g_autofree char *stage = xitu_figure_get_stage (f) ? xitu_chart_stage_name (ctx, xitu_figure_get_stage (f)) : NULL;
  g_autofree char *what = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  GString *label = g_string_new (NULL);

  switch (s->kind)
    {
    case SERIES_FROM_CHINA:
    case SERIES_FROM_OTHER:
      {
        g_autofree char *partner = xitu_chart_country_name (ctx, xitu_figure_get_partner (f));
        what = zh ? g_strdup_printf ("来自%s的进口份额", partner)
                  : g_strdup_printf ("Share of imports from %s", partner);
      }
      break;
    case SERIES_HEADLINE:
      what = xitu_chart_tr (ctx, "Headline figure as stated", "官方表态数字");
      break;
    case SERIES_ALL_SUPPLIERS:
    default:
      what = strcmp (xitu_figure_get_metric (f), "net-import-reliance") == 0
        ? xitu_chart_tr (ctx, "Net import reliance, all suppliers", "净进口依赖度（所有来源）")
        : xitu_chart_tr (ctx, "Imported share, all suppliers", "进口占比（所有来源）");
      break;
    }
  g_string_append (label, what);
  if (measure != NULL)
    g_string_append_printf (label, zh ? "（%s）" : " (%s)", measure);
  if (stage != NULL)
    g_string_append_printf (label, " · %s", stage);
  g_string_append_printf (label, " · %s", years);
  return g_string_free (label, FALSE);
}

static XituRgba
series_color (XituChartCtx *ctx,
              const Series *s)
{
  switch (s->kind)
    {
    case SERIES_FROM_CHINA:
      return ctx->palette->china;
    case SERIES_FROM_OTHER:
      return xitu_palette_country (ctx->palette, xitu_figure_get_partner (s->figure));
    case SERIES_HEADLINE:
      return xitu_rgba_mix (ctx->palette->china, ctx->palette->background, 0.5);
    case SERIES_ALL_SUPPLIERS:
    default:
      return xitu_palette_categorical (ctx->palette, 0);
    }
}

static char *
series_value (XituChartCtx *ctx,
              const Series *s)
{
  g_autofree char *low = xitu_format_figure (s->figure, ctx->lang, ctx->opts->numbers);

  if (s->high == NULL)
    return g_steal_pointer (&low);
  {
    g_autofree char *high = xitu_format_figure (s->high, ctx->lang, ctx->opts->numbers);
    g_autofree char *low_number = xitu_format_number (xitu_figure_get_value (s->figure), XITU_DECIMALS_AUTO,
                                                      ctx->lang, ctx->opts->numbers);
    return g_strdup_printf ("%s–%s", low_number, high);
  }
}

/* The EU CRMA single-supplier cap, from the dataset when it is there. */
static XituFigure *
crma_cap (XituDataset *dataset)
{
  XituFigureQuery q = { .country = "EU27", .metric = "capacity-target" };
  g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      const char *measure = xitu_figure_get_measure (f);
      if (measure != NULL && strstr (measure, "single") != NULL && xitu_figure_has_value (f))
        return f;
    }
  return NULL;
}

void
xitu_dependence_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_autoptr (GPtrArray) importers = NULL;
  g_autoptr (GArray) legend = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *cap_label = NULL;
  XituFigure *cap = crma_cap (ctx->dataset);
  double cap_value = cap != NULL ? xitu_figure_get_value (cap) : 65;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  guint n_rows = 0, n_groups;
  gboolean kinds[4] = { FALSE };
  double small_h, name_w = 0, value_w = 0, row_h, bar_h, legend_h, cap_h;
  XituRect body, plot;
  int year;

  importers = dependence_collect (ctx->dataset, ctx->opts, &year);
  ctx->result->year = year;
  n_groups = importers->len;

  {
    g_autofree char *en = g_strdup_printf ("Who depends on China for rare earths: latest figures up to %d", year);
    g_autofree char *zh_title = g_strdup_printf ("谁依赖中国稀土：截至 %d 年的最新数据", year);
    g_autofree char *cap_pct = xitu_format_percent (cap_value, XITU_DECIMALS_AUTO, ctx->lang);
    g_autofree char *sub_en = g_strdup_printf ("Each bar names what it measures; the measures differ and are not interchangeable. "
                                               "Dashed line: EU Critical Raw Materials Act cap of %s from any single third country by 2030.", cap_pct);
    g_autofree char *sub_zh = g_strdup_printf ("每根柱注明其衡量内容，各口径不同，不可互换。虚线：欧盟《关键原材料法案》要求到 2030 年来自任一第三国的比例不超过 %s。", cap_pct);
    title = xitu_chart_tr (ctx, en, zh_title);
    subtitle = xitu_chart_tr (ctx, sub_en, sub_zh);
    cap_label = zh ? g_strdup_printf ("欧盟上限 %s", cap_pct) : g_strdup_printf ("EU CRMA cap %s", cap_pct);
  }

  for (guint k = 0; k < importers->len; k++)
    {
      Importer *imp = g_ptr_array_index (importers, k);
      n_rows += imp->series->len;
      for (guint i = 0; i < imp->series->len; i++)
        {
          Series *s = &g_array_index (imp->series, Series, i);
          g_autofree char *value = series_value (ctx, s);
          kinds[s->kind] = TRUE;
          xitu_footer_add_source (ctx->footer, xitu_figure_get_source (s->figure), xitu_figure_get_edition (s->figure));
          value_w = MAX (value_w, xitu_chart_text_width (ctx, value, XITU_TEXT_VALUE));
        }
      {
        g_autofree char *name = xitu_chart_country_name (ctx, imp->importer);
        name_w = MAX (name_w, xitu_chart_text_width (ctx, name, XITU_TEXT_HEADING));
      }
    }
  if (cap != NULL)
    xitu_footer_add_source (ctx->footer, xitu_figure_get_source (cap), xitu_figure_get_edition (cap));
  else
    {
      g_autofree char *note = xitu_chart_tr (ctx, "65 % cap: Regulation (EU) 2024/1252, Art. 5",
                                             "65% 上限：欧盟第 2024/1252 号条例第 5 条");
      xitu_footer_add_note (ctx->footer, note);
    }

  body = xitu_chart_begin (ctx, title, subtitle);
  g_string_append_printf (summary, "%s.", title);

  if (n_rows == 0)
    {
      g_autofree char *msg = xitu_chart_tr (ctx, "No sourced dependence figure", "无来源的依赖度数据");
      xitu_chart_empty (ctx, &body, msg);
      ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
      xitu_chart_end (ctx, &body);
      return;
    }

  /* Legend: only the kinds of bar that appear. */
  {
    static const struct { SeriesKind kind; const char *en; const char *zh; } names[] = {
      { SERIES_FROM_CHINA, "Share of imports from China (trade data)", "来自中国的进口份额（贸易数据）" },
      { SERIES_HEADLINE, "Headline figure as an authority stated it", "官方表态数字" },
      { SERIES_FROM_OTHER, "Share of imports from another country", "来自其他国家的进口份额" },
      { SERIES_ALL_SUPPLIERS, "Reliance on all suppliers", "对所有来源的依赖" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      if (kinds[names[i].kind])
        {
          XituLegendItem item = { XITU_LEGEND_SWATCH };
          Series probe = { names[i].kind, NULL, NULL };
          if (names[i].kind == SERIES_FROM_OTHER)
            item.color = xitu_palette_categorical (ctx->palette, 2);
          else
            item.color = series_color (ctx, &probe);
          item.label = xitu_chart_tr (ctx, names[i].en, names[i].zh);
          g_array_append_val (legend, item);
        }
    {
      XituLegendItem item = { XITU_LEGEND_DASH, ctx->palette->reference };
      item.label = g_strdup (cap_label);
      g_array_append_val (legend, item);
    }
  }
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);

  small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  cap_h = small_h + 4 * ctx->s;
  name_w = MIN (name_w, body.width * 0.22);
  plot.x = round (body.x + name_w + 14 * ctx->s);
  plot.y = round (body.y + legend_h + 10 * ctx->s + cap_h);
  plot.width = MAX (40, body.x + body.width - plot.x - value_w - 12 * ctx->s);
  plot.height = MAX (10, body.y + body.height - plot.y - 2 * small_h - 10 * ctx->s);

  /* Each row: its label above a bar. Groups get a little air between them. */
  {
    double group_gap = 8 * ctx->s;
    row_h = (plot.height - group_gap * (n_groups - 1)) / n_rows;
    row_h = MIN (row_h, small_h + 24 * ctx->s);
    bar_h = CLAMP (row_h - small_h - 5 * ctx->s, 3, 16 * ctx->s);
  }

  /* Axis: 0–100 %. */
  {
    double rows_bottom = plot.y + n_rows * row_h + 8 * ctx->s * (n_groups - 1);
    for (int pct = 0; pct <= 100; pct += 25)
      {
        double x = plot.x + plot.width * pct / 100.0;
        g_autofree char *tick = xitu_format_percent (pct, 0, ctx->lang);

        xitu_palette_set_source (cr, pct == 0 ? ctx->palette->axis : ctx->palette->grid);
        cairo_set_line_width (cr, 1);
        cairo_move_to (cr, round (x) + 0.5, plot.y);
        cairo_line_to (cr, round (x) + 0.5, rows_bottom);
        cairo_stroke (cr);
        xitu_chart_text (ctx, tick, XITU_TEXT_SMALL, ctx->palette->muted, x, rows_bottom + 4 * ctx->s,
                         pct == 0 ? XITU_ALIGN_START : pct == 100 ? XITU_ALIGN_END : XITU_ALIGN_CENTER,
                         XITU_ALIGN_START, 0);
      }
    {
      g_autofree char *axis = xitu_chart_tr (ctx, "Share, % (each bar's own measure)", "比例，%（各柱口径不同）");
      xitu_chart_text (ctx, axis, XITU_TEXT_SMALL, ctx->palette->muted, plot.x + plot.width,
                       rows_bottom + 6 * ctx->s + small_h, XITU_ALIGN_END, XITU_ALIGN_START, plot.width);
    }

    /* The cap: a dashed line across every bar, labelled above. */
    {
      double x = round (plot.x + plot.width * cap_value / 100.0) + 0.5;
      double dash[] = { 5 * ctx->s, 3 * ctx->s };
      XituRect box;

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      xitu_palette_set_source (cr, ctx->palette->reference);
      cairo_set_line_width (cr, 1.5 * ctx->s);
      cairo_move_to (cr, x, plot.y - 2 * ctx->s);
      cairo_line_to (cr, x, rows_bottom);
      cairo_stroke (cr);
      cairo_restore (cr);
      box = xitu_chart_text (ctx, cap_label, XITU_TEXT_SMALL, ctx->palette->foreground, x, plot.y - 3 * ctx->s,
                             XITU_ALIGN_CENTER, XITU_ALIGN_END, 0);
      (void) box;
    }
  }

  {
    double y = plot.y;
    guint row = 0;

    for (guint k = 0; k < importers->len; k++)
      {
        Importer *imp = g_ptr_array_index (importers, k);
        g_autofree char *name = xitu_chart_country_name (ctx, imp->importer);

        if (k > 0)
          y += 8 * ctx->s;
        xitu_chart_text (ctx, name, XITU_TEXT_HEADING, ctx->palette->foreground, body.x, y,
                         XITU_ALIGN_START, XITU_ALIGN_START, name_w);
        g_string_append_printf (summary, zh ? " %s：" : " %s: ", name);

        for (guint i = 0; i < imp->series->len; i++, row++)
          {
            Series *s = &g_array_index (imp->series, Series, i);
            g_autofree char *label = series_label (ctx, s);
            g_autofree char *value = series_value (ctx, s);
            XituRgba color = series_color (ctx, s);
            double low = xitu_figure_get_value (s->figure);
            double high = s->high != NULL ? xitu_figure_get_value (s->high) : low;
            double by = y + small_h + 2 * ctx->s;
            XituRect bar = { plot.x, by, MAX (1, plot.width * CLAMP (low, 0, 100) / 100.0), bar_h };
            double end_x = plot.x + plot.width * CLAMP (high, 0, 100) / 100.0;
            XituHitRegion *region;

            xitu_chart_text_on_plate (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, plot.x, y,
                                      XITU_ALIGN_START, XITU_ALIGN_START, plot.width + value_w);
            cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
            xitu_palette_set_source (cr, color);
            cairo_fill (cr);
            if (s->kind == SERIES_HEADLINE)
              {
                /* Stated, not measured: an outline in China's colour. */
                cairo_rectangle (cr, bar.x + 0.5, bar.y + 0.5, bar.width - 1, bar.height - 1);
                xitu_palette_set_source (cr, ctx->palette->china);
                cairo_set_line_width (cr, 1);
                cairo_stroke (cr);
              }
            if (s->high != NULL && end_x > bar.x + bar.width)
              {
                /* The range the source gives, lighter. */
                cairo_rectangle (cr, bar.x + bar.width, bar.y, end_x - bar.x - bar.width, bar.height);
                xitu_palette_set_source (cr, xitu_rgba_mix (color, ctx->palette->background, 0.6));
                cairo_fill (cr);
              }
            xitu_chart_text (ctx, value, XITU_TEXT_VALUE, ctx->palette->foreground,
                             MAX (bar.x + bar.width, end_x) + 6 * ctx->s, by + bar_h / 2,
                             XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);

            {
              XituRect hit = { plot.x, y, plot.width, row_h };
              g_autofree char *heading = g_strdup_printf ("%s · %s", name, label);
              g_autofree char *extra = NULL;

              if (s->high != NULL)
                extra = zh ? g_strdup_printf ("来源给出的范围：%s", value) : g_strdup_printf ("range given by the source: %s", value);
              region = xitu_chart_add_region (ctx, hit, XITU_HIT_COUNTRY, imp->importer,
                                              xitu_figure_get_stage (s->figure), s->figure, k);
              region->label = g_strdup_printf ("%s, %s: %s", name, label, value);
              region->tooltip = xitu_chart_figure_tooltip (ctx, s->figure, heading, extra);
            }
            g_string_append_printf (summary, "%s%s %s", i > 0 ? (zh ? "；" : "; ") : "", label, value);
            y += row_h;
          }
        g_string_append (summary, zh ? "。" : ".");
      }
  }

  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}

XituTable *
xitu_dependence_chart_table (XituDataset            *dataset,
                             const XituChartOptions *opts)
{
  XituTable *table = xitu_table_new (xitu_chart_table_header);
  g_autoptr (GPtrArray) importers = NULL;
  XituFigure *cap = crma_cap (dataset);
  int year;

  importers = dependence_collect (dataset, opts, &year);
  for (guint k = 0; k < importers->len; k++)
    {
      Importer *imp = g_ptr_array_index (importers, k);
      for (guint i = 0; i < imp->series->len; i++)
        {
          Series *s = &g_array_index (imp->series, Series, i);
          xitu_table_add_figure_row (table, dataset, s->figure, s->high ? "dependence (low end)" : "dependence", NAN);
          if (s->high != NULL)
            xitu_table_add_figure_row (table, dataset, s->high, "dependence (high end)", NAN);
        }
    }
  if (cap != NULL)
    xitu_table_add_figure_row (table, dataset, cap, "reference line", NAN);
  return table;
}

gboolean
xitu_dependence_chart_validate (XituDataset            *dataset,
                                const XituChartOptions *opts,
                                GError                **error)
{
  g_autoptr (GPtrArray) importers = NULL;
  int year;

  for (guint c = 0; opts->countries != NULL && opts->countries[c] != NULL; c++)
    if (xitu_dataset_lookup_country (dataset, opts->countries[c]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown country code “%s”: use ISO 3166 alpha-3 codes such as USA, JPN, or EU27",
                     opts->countries[c]);
        return FALSE;
      }
  importers = dependence_collect (dataset, opts, &year);
  if (importers->len > 0)
    return TRUE;
  if (opts->year > 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 "No dependence figures for %d or earlier; the latest year with figures is %d",
                 opts->year, latest_year (dataset));
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No dependence figures for the importers asked for");
  return FALSE;
}
