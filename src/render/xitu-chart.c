/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-chart-private.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

static const char * const kind_names[XITU_N_CHART_KINDS] = {
  "chain", "ranking", "dependence", "timeseries", "scenario", "buildout", "timeline", "lookthrough",
};

void
xitu_chart_options_init (XituChartOptions *options,
                         XituChartKind     kind)
{
  memset (options, 0, sizeof *options);
  options->kind = kind;
  options->lang = XITU_LANG_EN;
  options->theme = XITU_THEME_LIGHT;
  options->numbers = XITU_NUMBERS_PLAIN;
}

void
xitu_chart_options_clear (XituChartOptions *options)
{
  g_clear_pointer (&options->edition, g_free);
  g_clear_pointer (&options->compare_edition, g_free);
  g_clear_pointer (&options->metric, g_free);
  g_clear_pointer (&options->countries, g_strfreev);
  g_clear_pointer (&options->data_edition, g_free);
  g_clear_object (&options->scenario);
}

void
xitu_chart_options_copy (XituChartOptions       *dest,
                         const XituChartOptions *src)
{
  if (dest == src)
    return;
  xitu_chart_options_clear (dest);
  *dest = *src;
  dest->edition = g_strdup (src->edition);
  dest->compare_edition = g_strdup (src->compare_edition);
  dest->metric = g_strdup (src->metric);
  dest->countries = g_strdupv (src->countries);
  dest->data_edition = g_strdup (src->data_edition);
  dest->scenario = src->scenario != NULL ? g_object_ref (src->scenario) : NULL;
}

const char *
xitu_chart_kind_to_string (XituChartKind kind)
{
  g_return_val_if_fail (kind < XITU_N_CHART_KINDS, NULL);
  return kind_names[kind];
}

gboolean
xitu_chart_kind_from_string (const char    *str,
                             XituChartKind *kind)
{
  for (guint i = 0; i < XITU_N_CHART_KINDS; i++)
    if (g_strcmp0 (str, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* Results */

static void
hit_region_free (gpointer data)
{
  XituHitRegion *region = data;

  g_free (region->country);
  g_free (region->stage);
  g_clear_object (&region->figure);
  g_free (region->unit);
  g_free (region->edition);
  g_free (region->label);
  g_free (region->tooltip);
  g_free (region->id);
  g_free (region->source);
  g_free (region);
}

static XituChartResult *
result_new (double width,
            double height)
{
  XituChartResult *result = g_new0 (XituChartResult, 1);

  result->regions = g_ptr_array_new_with_free_func (hit_region_free);
  result->texts = g_array_new (FALSE, FALSE, sizeof (XituRect));
  result->sources = g_ptr_array_new_with_free_func (g_free);
  result->width = width;
  result->height = height;
  return result;
}

void
xitu_chart_result_free (XituChartResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->regions);
  g_array_unref (result->texts);
  g_ptr_array_unref (result->sources);
  g_free (result->title);
  g_free (result->summary);
  g_free (result);
}

const XituHitRegion *
xitu_chart_result_hit (XituChartResult *result,
                       double           x,
                       double           y)
{
  /* Later regions are drawn on top (markers over lines). */
  for (guint i = result->regions->len; i > 0; i--)
    {
      const XituHitRegion *region = g_ptr_array_index (result->regions, i - 1);

      if (xitu_rect_contains (&region->rect, x, y))
        return region;
    }
  return NULL;
}

int
xitu_chart_result_find (XituChartResult *result,
                        const char      *country,
                        const char      *stage)
{
  for (guint i = 0; i < result->regions->len; i++)
    {
      const XituHitRegion *region = g_ptr_array_index (result->regions, i);

      if (g_strcmp0 (region->country, country) == 0 &&
          (stage == NULL || g_strcmp0 (region->stage, stage) == 0))
        return (int) i;
    }
  return -1;
}

/* Labels */

char *
xitu_chart_tr (XituChartCtx *ctx,
               const char   *en,
               const char   *zh)
{
  return xitu_lang_join (ctx->lang, en, zh);
}

char *
xitu_chart_country_name (XituChartCtx *ctx,
                         const char   *code)
{
  XituCountry *country = code != NULL ? xitu_dataset_lookup_country (ctx->dataset, code) : NULL;

  if (country == NULL)
    return g_strdup (code != NULL ? code : "");
  return xitu_lang_join (ctx->lang, xitu_country_get_name_en (country), xitu_country_get_name_zh (country));
}

char *
xitu_chart_stage_name (XituChartCtx *ctx,
                       const char   *stage_id)
{
  XituStage *stage = stage_id != NULL ? xitu_dataset_lookup_stage (ctx->dataset, stage_id) : NULL;
  const XituText *name;

  if (stage == NULL)
    return g_strdup (stage_id != NULL ? stage_id : "");
  name = xitu_stage_get_name (stage);
  return xitu_lang_join (ctx->lang, name->en, name->zh);
}

char *
xitu_chart_source_title (XituChartCtx *ctx,
                         const char   *source_id)
{
  XituSource *source = xitu_dataset_lookup_source (ctx->dataset, source_id);
  const char *publisher;

  if (source == NULL)
    return g_strdup (source_id);
  publisher = xitu_text_get (xitu_source_get_publisher (source), ctx->lang);
  if (publisher == NULL || *publisher == '\0')
    return g_strdup (xitu_source_get_display_title (source, ctx->lang));
  return g_strdup_printf ("%s — %s", publisher, xitu_source_get_display_title (source, ctx->lang));
}

/* What a measure string means, in the chart's language where we know it. */
char *
xitu_chart_measure_phrase (XituChartCtx *ctx,
                           const char   *measure)
{
  static const struct
  {
    const char *measure;
    const char *en;
    const char *zh;
  } known[] = {
    { "weight", "by weight", "按重量" },
    { "value", "by value", "按金额" },
    { "usgs-import-sources", "USGS import sources, compounds and metals", "USGS 进口来源，化合物和金属" },
    { "compounds and metals", "compounds and metals", "化合物和金属" },
    { "usgs", "USGS basis", "USGS 口径" },
    { "jorc", "JORC Code", "JORC 规范" },
    { "national", "national classification", "国家分类" },
    { "NdPr oxide", "NdPr oxide", "氧化镨钕" },
    { "heavy rare earths", "heavy rare earths", "重稀土" },
    { "heavy rare earths from China", "heavy rare earths from China", "来自中国的重稀土" },
    { "rare-earth supply from China", "rare-earth supply from China", "来自中国的稀土供应" },
    { "share of metals consumption imported", "share of metals consumption imported", "金属消费中的进口比例" },
    { "terbium, holmium, lutetium", "terbium, holmium, lutetium", "铽、钬、镥" },
  };
  const char *colon;

  /* Says no more than the metric already does. */
  if (measure == NULL || strcmp (measure, "share of imports") == 0 ||
      strcmp (measure, "mine production, t REO") == 0)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (measure, known[i].measure) == 0)
      return xitu_chart_tr (ctx, known[i].en, known[i].zh);
  /* "usgs-import-sources: terbium, holmium, lutetium" */
  colon = strchr (measure, ':');
  if (colon != NULL && colon != measure)
    {
      g_autofree char *head = g_strndup (measure, colon - measure);
      g_autofree char *head_phrase = xitu_chart_measure_phrase (ctx, head);
      g_autofree char *tail = g_strdup (colon + 1);
      g_autofree char *tail_phrase = xitu_chart_measure_phrase (ctx, g_strchug (tail));
      return g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "%s：%s" : "%s: %s", head_phrase, tail_phrase);
    }
  return g_strdup (measure);
}

XituRgba
xitu_chart_line_color (XituChartCtx *ctx,
                       XituRgba      color)
{
  static const XituRgba black = { 0, 0, 0, 1 };

  /* Yellow and sky blue lines vanish on white. */
  if (ctx->palette->theme == XITU_THEME_LIGHT && xitu_rgba_luminance (color) > 0.45)
    return xitu_rgba_mix (color, black, 0.3);
  return color;
}

/* Text */

void
xitu_chart_record_text (XituChartCtx *ctx,
                        XituRect      box)
{
  g_array_append_val (ctx->result->texts, box);
}

/* The chart's layout of `text` in `role`, ellipsized to `max_width` when
 * that is > 0; kept for the rest of the chart. Layouts depend on the
 * transformation they were made under (rotated labels), so that is part
 * of the key, less its translation. */
static PangoLayout *
chart_layout (XituChartCtx *ctx,
              const char   *text,
              XituTextRole  role,
              double        max_width)
{
  cairo_matrix_t m;
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (ctx->layouts == NULL)
    ctx->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  cairo_get_matrix (ctx->cr, &m);
  key = g_strdup_printf ("%d %g %g %g %g %g %s", role, max_width, m.xx, m.yx, m.xy, m.yy,
                         text != NULL ? text : "");
  layout = g_hash_table_lookup (ctx->layouts, key);
  if (layout == NULL)
    {
      layout = xitu_text_layout_new (ctx->cr, text, role, ctx->s, ctx->lang);
      if (max_width > 0)
        xitu_text_ellipsize (layout, max_width);
      g_hash_table_insert (ctx->layouts, g_steal_pointer (&key), layout);
    }
  return layout;
}

XituRect
xitu_chart_text (XituChartCtx *ctx,
                 const char   *text,
                 XituTextRole  role,
                 XituRgba      color,
                 double        x,
                 double        y,
                 XituAlign     halign,
                 XituAlign     valign,
                 double        max_width)
{
  PangoLayout *layout = chart_layout (ctx, text, role, max_width);
  XituRect box;

  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, color);
  box = xitu_text_draw_layout (ctx->cr, layout, x, y, halign, valign);
  cairo_restore (ctx->cr);
  xitu_chart_record_text (ctx, box);
  return box;
}

XituRect
xitu_chart_text_on_plate (XituChartCtx *ctx,
                          const char   *text,
                          XituTextRole  role,
                          XituRgba      color,
                          double        x,
                          double        y,
                          XituAlign     halign,
                          XituAlign     valign,
                          double        max_width)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (ctx->cr, text, role, ctx->s, ctx->lang);
  double w, h, px, py;
  XituRect box;

  if (max_width > 0)
    xitu_text_ellipsize (layout, max_width);
  xitu_text_get_size (layout, &w, &h);
  px = halign == XITU_ALIGN_CENTER ? x - w / 2 : halign == XITU_ALIGN_END ? x - w : x;
  py = valign == XITU_ALIGN_CENTER ? y - h / 2 : valign == XITU_ALIGN_END ? y - h : y;
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->background);
  cairo_rectangle (ctx->cr, px - 1, py, w + 2, h);
  cairo_fill (ctx->cr);
  xitu_palette_set_source (ctx->cr, color);
  box = xitu_text_draw_layout (ctx->cr, layout, x, y, halign, valign);
  cairo_restore (ctx->cr);
  xitu_chart_record_text (ctx, box);
  return box;
}

double
xitu_chart_text_height (XituChartCtx *ctx,
                        XituTextRole  role)
{
  double h;

  /* With Chinese labels, mixed Latin and Han so that the line height suits
   * both; an English chart has no Han, and measuring one would load a CJK
   * fallback font (half of a chart's first drawing). */
  xitu_text_get_size (chart_layout (ctx, ctx->lang == XITU_LANG_EN ? "Ag" : "Ag中", role, 0), NULL, &h);
  return h;
}

double
xitu_chart_text_width (XituChartCtx *ctx,
                       const char   *text,
                       XituTextRole  role)
{
  double w;

  xitu_text_get_size (chart_layout (ctx, text, role, 0), &w, NULL);
  return w;
}

void
xitu_chart_ctx_clear (XituChartCtx *ctx)
{
  g_clear_pointer (&ctx->layouts, g_hash_table_unref);
}

/* Frame */

XituRect
xitu_chart_begin (XituChartCtx *ctx,
                  const char   *title,
                  const char   *subtitle)
{
  double m = ctx->margin;
  double inner = ctx->width - 2 * m;
  double y = m;
  double footer_h;
  g_autoptr (PangoLayout) layout = NULL;
  XituRect body;

  if (!ctx->opts->transparent)
    {
      cairo_save (ctx->cr);
      xitu_palette_set_source (ctx->cr, ctx->palette->background);
      cairo_rectangle (ctx->cr, 0, 0, ctx->width, ctx->height);
      cairo_fill (ctx->cr);
      cairo_restore (ctx->cr);
    }

  g_free (ctx->result->title);
  ctx->result->title = g_strdup (title);

  /* The title wraps rather than being cut: it says what the chart is. */
  layout = xitu_text_layout_new (ctx->cr, title, XITU_TEXT_TITLE, ctx->s, ctx->lang);
  xitu_text_wrap (layout, inner);
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->foreground);
  {
    XituRect box = xitu_text_draw_layout (ctx->cr, layout, m, y, XITU_ALIGN_START, XITU_ALIGN_START);
    xitu_chart_record_text (ctx, box);
    y += box.height;
  }
  cairo_restore (ctx->cr);

  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autoptr (PangoLayout) sub = xitu_text_layout_new (ctx->cr, subtitle, XITU_TEXT_SUBTITLE, ctx->s, ctx->lang);
      XituRect box;

      xitu_text_wrap (sub, inner);
      y += 2 * ctx->s;
      cairo_save (ctx->cr);
      xitu_palette_set_source (ctx->cr, ctx->palette->muted);
      box = xitu_text_draw_layout (ctx->cr, sub, m, y, XITU_ALIGN_START, XITU_ALIGN_START);
      cairo_restore (ctx->cr);
      xitu_chart_record_text (ctx, box);
      y += box.height;
    }

  footer_h = xitu_footer_measure (ctx->footer, ctx->cr, inner, ctx->s);
  body.x = m;
  body.y = y + 10 * ctx->s;
  body.width = inner;
  body.height = MAX (0, ctx->height - m - footer_h - 10 * ctx->s - body.y);
  return body;
}

void
xitu_chart_end (XituChartCtx   *ctx,
                const XituRect *body)
{
  double inner = ctx->width - 2 * ctx->margin;
  XituRect box;

  /* Laid out once more, bottom up: a chart may cite sources after
   * xitu_chart_begin() measured the footer. */
  box = xitu_footer_draw (ctx->footer, ctx->cr, ctx->palette, ctx->margin, ctx->height - ctx->margin,
                          inner, ctx->s);
  xitu_chart_record_text (ctx, box);

  for (guint i = 0; i < xitu_footer_get_n_sources (ctx->footer); i++)
    g_ptr_array_add (ctx->result->sources, g_strdup (xitu_footer_get_source_label (ctx->footer, i)));
}

void
xitu_chart_empty (XituChartCtx   *ctx,
                  const XituRect *body,
                  const char     *message)
{
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, body->x, body->y, body->width, body->height);
  xitu_palette_fill_no_data (ctx->cr, ctx->palette, 10 * ctx->s, ctx->opts->pixel_scale);
  cairo_restore (ctx->cr);
  xitu_chart_text (ctx, message, XITU_TEXT_HEADING, ctx->palette->foreground,
                   body->x + body->width / 2, body->y + body->height / 2,
                   XITU_ALIGN_CENTER, XITU_ALIGN_CENTER, body->width);
}

XituHitRegion *
xitu_chart_add_region (XituChartCtx *ctx,
                       XituRect      rect,
                       XituHitKind   kind,
                       const char   *country,
                       const char   *stage,
                       XituFigure   *figure,
                       guint         group)
{
  XituHitRegion *region = g_new0 (XituHitRegion, 1);

  region->rect = rect;
  region->kind = kind;
  region->country = g_strdup (country);
  region->stage = g_strdup (stage);
  region->group = group;
  region->value = NAN;
  if (figure != NULL)
    {
      region->figure = g_object_ref (figure);
      region->value = xitu_figure_has_value (figure) ? xitu_figure_get_value (figure) : NAN;
      region->unit = g_strdup (xitu_figure_get_unit (figure));
      region->year = xitu_figure_get_year (figure);
      region->edition = g_strdup (xitu_figure_get_edition (figure));
    }
  g_ptr_array_add (ctx->result->regions, region);
  return region;
}

/* Tooltips */

static char *
flags_phrase (XituChartCtx *ctx,
              XituFigure   *figure)
{
  static const struct
  {
    XituFigureFlags flag;
    const char     *en;
    const char     *zh;
  } words[] = {
    { XITU_FIGURE_ESTIMATED, "estimated", "估计" },
    { XITU_FIGURE_PROJECTED, "projected", "预测" },
    { XITU_FIGURE_REVISED, "revised", "修订" },
    { XITU_FIGURE_ROUNDED, "rounded", "约数" },
    { XITU_FIGURE_MORE_THAN, "more than", "大于" },
    { XITU_FIGURE_LESS_THAN, "less than", "小于" },
    { XITU_FIGURE_WITHHELD, "withheld", "保密" },
    { XITU_FIGURE_NOT_AVAILABLE, "not available", "无数据" },
  };
  XituFigureFlags flags = xitu_figure_get_flags (figure);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (flags & words[i].flag)
      {
        g_autofree char *word = xitu_chart_tr (ctx, words[i].en, words[i].zh);
        if (out->len > 0)
          g_string_append (out, ctx->lang == XITU_LANG_ZH ? "、" : ", ");
        g_string_append (out, word);
      }
  return g_string_free (out, FALSE);
}

char *
xitu_chart_figure_tooltip (XituChartCtx *ctx,
                           XituFigure   *figure,
                           const char   *heading,
                           const char   *extra)
{
  GString *tip = g_string_new (heading);
  g_autofree char *value = xitu_format_figure (figure, ctx->lang, ctx->opts->numbers);
  g_autofree char *years = xitu_format_years (xitu_figure_get_year (figure), xitu_figure_get_year_end (figure));
  g_autofree char *flags = flags_phrase (ctx, figure);
  g_autofree char *source = xitu_chart_source_title (ctx, xitu_figure_get_source (figure));
  g_autofree char *year_word = xitu_chart_tr (ctx, "Year", "年份");
  g_autofree char *edition_word = xitu_chart_tr (ctx, "Edition", "版本");
  g_autofree char *source_word = xitu_chart_tr (ctx, "Source", "来源");
  const char *colon = ctx->lang == XITU_LANG_ZH ? "：" : ": ";
  const XituText *note = xitu_figure_get_note (figure);

  g_string_append_printf (tip, "\n%s", value);
  if (extra != NULL && *extra != '\0')
    g_string_append_printf (tip, " · %s", extra);
  g_string_append_printf (tip, "\n%s%s%s", year_word, colon, years);
  if (*flags != '\0')
    g_string_append_printf (tip, ctx->lang == XITU_LANG_ZH ? "（%s）" : " (%s)", flags);
  g_string_append_printf (tip, "\n%s%s%s", edition_word, colon,
                          xitu_figure_get_edition (figure) != NULL ? xitu_figure_get_edition (figure) : "—");
  g_string_append_printf (tip, "\n%s%s%s", source_word, colon, source);
  if (note != NULL && xitu_text_get (note, ctx->lang) != NULL)
    g_string_append_printf (tip, "\n%s", xitu_text_get (note, ctx->lang));
  return g_string_free (tip, FALSE);
}

/* Legends */

static double
legend_key_width (XituChartCtx         *ctx,
                  const XituLegendItem *item)
{
  return (item->style == XITU_LEGEND_LINE || item->style == XITU_LEGEND_DASH ? 22 : 12) * ctx->s;
}

/* Lays the items out; draws them when `draw` is set. Returns the height. */
static double
legend_layout (XituChartCtx         *ctx,
               const XituLegendItem *items,
               guint                 n_items,
               double                x0,
               double                y0,
               double                max_width,
               gboolean              draw)
{
  double line_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  double gap = 16 * ctx->s;
  double pad = 5 * ctx->s;
  double x = x0, y = y0;

  if (n_items == 0)
    return 0;

  for (guint i = 0; i < n_items; i++)
    {
      const XituLegendItem *item = &items[i];
      double key_w = legend_key_width (ctx, item);
      double text_w = MIN (xitu_chart_text_width (ctx, item->label, XITU_TEXT_SMALL), max_width - key_w - pad);
      double item_w = key_w + pad + text_w;
      double cy;

      if (x > x0 && x + item_w > x0 + max_width)
        {
          x = x0;
          y += line_h + 4 * ctx->s;
        }
      cy = y + line_h / 2;

      if (draw)
        {
          cairo_t *cr = ctx->cr;
          double k = 12 * ctx->s;

          cairo_save (cr);
          switch (item->style)
            {
            case XITU_LEGEND_SWATCH:
              cairo_rectangle (cr, x, cy - k / 2, k, k);
              xitu_palette_set_source (cr, item->color);
              cairo_fill (cr);
              break;
            case XITU_LEGEND_HATCH:
              cairo_rectangle (cr, x, cy - k / 2, k, k);
              xitu_palette_fill_no_data (cr, ctx->palette, 4 * ctx->s, ctx->opts->pixel_scale);
              cairo_rectangle (cr, x + 0.5, cy - k / 2 + 0.5, k - 1, k - 1);
              xitu_palette_set_source (cr, ctx->palette->no_data_hatch);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
              break;
            case XITU_LEGEND_LINE:
              cairo_move_to (cr, x, cy);
              cairo_line_to (cr, x + key_w, cy);
              xitu_palette_set_source (cr, item->color);
              cairo_set_line_width (cr, 2 * ctx->s);
              cairo_stroke (cr);
              xitu_chart_draw_marker (cr, item->marker, x + key_w / 2, cy, 7 * ctx->s,
                                      item->color, item->hollow, ctx->palette->background);
              break;
            case XITU_LEGEND_MARKER:
              xitu_chart_draw_marker (cr, item->marker, x + key_w / 2, cy, 8 * ctx->s,
                                      item->color, item->hollow, ctx->palette->background);
              break;
            case XITU_LEGEND_DASH:
            default:
              {
                double dash[] = { 5 * ctx->s, 3 * ctx->s };
                cairo_set_dash (cr, dash, 2, 0);
                cairo_move_to (cr, x, cy);
                cairo_line_to (cr, x + key_w, cy);
                xitu_palette_set_source (cr, item->color);
                cairo_set_line_width (cr, 1.5 * ctx->s);
                cairo_stroke (cr);
              }
              break;
            }
          cairo_restore (cr);
          xitu_chart_text (ctx, item->label, XITU_TEXT_SMALL, ctx->palette->foreground,
                           x + key_w + pad, cy, XITU_ALIGN_START, XITU_ALIGN_CENTER, text_w + 0.5);
        }
      x += item_w + gap;
    }
  return y + line_h - y0;
}

double
xitu_chart_legend_measure (XituChartCtx         *ctx,
                           const XituLegendItem *items,
                           guint                 n_items,
                           double                max_width)
{
  return legend_layout (ctx, items, n_items, 0, 0, max_width, FALSE);
}

double
xitu_chart_legend_draw (XituChartCtx         *ctx,
                        const XituLegendItem *items,
                        guint                 n_items,
                        double                x,
                        double                y,
                        double                max_width)
{
  return legend_layout (ctx, items, n_items, x, y, max_width, TRUE);
}

void
xitu_legend_items_clear (GArray *items)
{
  for (guint i = 0; i < items->len; i++)
    g_free (g_array_index (items, XituLegendItem, i).label);
  g_array_set_size (items, 0);
}

void
xitu_chart_draw_marker (cairo_t    *cr,
                        XituMarker  marker,
                        double      x,
                        double      y,
                        double      size,
                        XituRgba    color,
                        gboolean    hollow,
                        XituRgba    background)
{
  double r = size / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (marker)
    {
    case XITU_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
      break;
    case XITU_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y + r * 0.75);
      cairo_line_to (cr, x - r * 1.05, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case XITU_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case XITU_MARKER_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y - r * 0.75);
      cairo_line_to (cr, x - r * 1.05, y - r * 0.75);
      cairo_close_path (cr);
      break;
    case XITU_MARKER_HEXAGON:
      for (int k = 0; k < 6; k++)
        {
          double a = G_PI / 6 + k * G_PI / 3;
          if (k == 0)
            cairo_move_to (cr, x + r * 1.1 * cos (a), y + r * 1.1 * sin (a));
          else
            cairo_line_to (cr, x + r * 1.1 * cos (a), y + r * 1.1 * sin (a));
        }
      cairo_close_path (cr);
      break;
    case XITU_MARKER_CIRCLE:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
  xitu_palette_set_source (cr, hollow ? background : color);
  cairo_fill_preserve (cr);
  xitu_palette_set_source (cr, color);
  cairo_set_line_width (cr, MAX (1.0, size / 5));
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
xitu_chart_nice_scale (double  max,
                       guint   max_ticks,
                       double *step,
                       double *top)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double raw, magnitude;

  if (!(max > 0) || !isfinite (max))
    max = 1;
  max_ticks = MAX (max_ticks, 2);
  raw = max / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  *step = 10 * magnitude;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= raw)
      {
        *step = steps[i] * magnitude;
        break;
      }
  *top = ceil (max / *step - 1e-9) * *step;
}

/* Notes under the body */

static PangoLayout *
notes_layout (XituChartCtx       *ctx,
              const char * const *lines,
              double              width)
{
  g_autofree char *text = g_strjoinv ("\n", (char **) lines);
  PangoLayout *layout = xitu_text_layout_new (ctx->cr, text, XITU_TEXT_SMALL, ctx->s, ctx->lang);

  xitu_text_wrap (layout, width);
  return layout;
}

void
xitu_chart_draw_notes (XituChartCtx       *ctx,
                       XituRect           *body,
                       const char         *heading,
                       const char * const *lines)
{
  g_autoptr (PangoLayout) layout = NULL;
  double heading_h = xitu_chart_text_height (ctx, XITU_TEXT_HEADING);
  double pad = 6 * ctx->s;
  double text_h, block_h, y;

  if (lines == NULL || lines[0] == NULL)
    return;
  layout = notes_layout (ctx, lines, body->width - 2 * pad);
  xitu_text_get_size (layout, NULL, &text_h);
  block_h = heading_h + text_h + 3 * pad;
  y = body->y + body->height - block_h;
  body->height = MAX (0, body->height - block_h - 8 * ctx->s);

  /* A rule above, so that the block reads as part of the chart, not as
   * its footer. */
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->grid);
  cairo_set_line_width (ctx->cr, 1);
  cairo_move_to (ctx->cr, body->x, round (y) + 0.5);
  cairo_line_to (ctx->cr, body->x + body->width, round (y) + 0.5);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);

  xitu_chart_text (ctx, heading, XITU_TEXT_HEADING, ctx->palette->foreground,
                   body->x + pad, y + pad, XITU_ALIGN_START, XITU_ALIGN_START, body->width - 2 * pad);
  cairo_save (ctx->cr);
  xitu_palette_set_source (ctx->cr, ctx->palette->foreground);
  xitu_chart_record_text (ctx, xitu_text_draw_layout (ctx->cr, layout, body->x + pad, y + 2 * pad + heading_h,
                                                      XITU_ALIGN_START, XITU_ALIGN_START));
  cairo_restore (ctx->cr);
}

XituScenario *
xitu_chart_get_scenario (const XituChartOptions *opts)
{
  return opts->scenario != NULL ? g_object_ref (opts->scenario) : xitu_scenario_new ();
}

/* Entry points */

void
xitu_chart_get_natural_size (XituDataset            *dataset,
                             const XituChartOptions *options,
                             double                 *width,
                             double                 *height)
{
  *width = 960;
  *height = 600;
  if (options->kind == XITU_CHART_TIMELINE)
    xitu_timeline_chart_natural_size (dataset, options, width, height);
  else if (options->kind == XITU_CHART_DISRUPTION)
    xitu_disruption_chart_natural_size (dataset, options, width, height);
  else if (options->kind == XITU_CHART_LOOK_THROUGH)
    xitu_lookthrough_chart_natural_size (dataset, options, width, height);
}

gboolean
xitu_chart_validate (XituDataset            *dataset,
                     const XituChartOptions *options,
                     GError                **error)
{
  g_return_val_if_fail (XITU_IS_DATASET (dataset), FALSE);

  if (options->kind >= XITU_N_CHART_KINDS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Unknown chart kind %d", options->kind);
      return FALSE;
    }
  if (options->year != 0 && (options->year < 1900 || options->year > 2100))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Year %d is outside 1900–2100", options->year);
      return FALSE;
    }
  switch (options->kind)
    {
    case XITU_CHART_RANKING:
      return xitu_ranking_chart_validate (dataset, options, error);
    case XITU_CHART_TIMESERIES:
      return xitu_timeseries_chart_validate (dataset, options, error);
    case XITU_CHART_CHAIN:
      return xitu_chain_chart_validate (dataset, options, error);
    case XITU_CHART_DEPENDENCE:
      return xitu_dependence_chart_validate (dataset, options, error);
    case XITU_CHART_DISRUPTION:
      return xitu_disruption_chart_validate (dataset, options, error);
    case XITU_CHART_TIMELINE:
      return xitu_timeline_chart_validate (dataset, options, error);
    case XITU_CHART_LOOK_THROUGH:
      return xitu_lookthrough_chart_validate (dataset, options, error);
    case XITU_CHART_BUILDOUT:
    case XITU_N_CHART_KINDS:
    default:
      return TRUE;
    }
}

XituChartResult *
xitu_chart_draw (XituDataset            *dataset,
                 const XituChartOptions *options,
                 cairo_t                *cr,
                 double                  width,
                 double                  height)
{
  XituChartResult *result = result_new (width, height);
  g_autoptr (XituFooter) footer = NULL;
  XituChartCtx ctx = { 0 };

  g_return_val_if_fail (XITU_IS_DATASET (dataset), result);
  g_return_val_if_fail (cr != NULL, result);

  footer = xitu_footer_new (dataset, options->lang);
  if (options->data_edition != NULL)
    xitu_footer_set_data_edition (footer, options->data_edition);

  ctx.cr = cr;
  ctx.dataset = dataset;
  ctx.opts = options;
  ctx.palette = xitu_palette_get (options->theme);
  ctx.result = result;
  ctx.footer = footer;
  ctx.lang = options->lang;
  ctx.width = width;
  ctx.height = height;
  ctx.s = options->text_scale > 0 ? options->text_scale : xitu_text_auto_scale (width, height);
  ctx.margin = 16 * ctx.s;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  switch (options->kind)
    {
    case XITU_CHART_CHAIN:
      xitu_chain_chart_draw (&ctx);
      break;
    case XITU_CHART_RANKING:
      xitu_ranking_chart_draw (&ctx);
      break;
    case XITU_CHART_DEPENDENCE:
      xitu_dependence_chart_draw (&ctx);
      break;
    case XITU_CHART_TIMESERIES:
      xitu_timeseries_chart_draw (&ctx);
      break;
    case XITU_CHART_DISRUPTION:
      xitu_disruption_chart_draw (&ctx);
      break;
    case XITU_CHART_BUILDOUT:
      xitu_buildout_chart_draw (&ctx);
      break;
    case XITU_CHART_TIMELINE:
      xitu_timeline_chart_draw (&ctx);
      break;
    case XITU_CHART_LOOK_THROUGH:
      xitu_lookthrough_chart_draw (&ctx);
      break;
    case XITU_N_CHART_KINDS:
    default:
      g_warn_if_reached ();
      break;
    }
  cairo_restore (cr);
  xitu_chart_ctx_clear (&ctx);
  return result;
}
