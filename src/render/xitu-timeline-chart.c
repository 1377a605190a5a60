/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline: export controls, suspensions, truces, regulations, deals
 * and plant start-ups on a date axis, grouped by country, each with its
 * status (in force, suspended, done); and the facilities as bars from the
 * year a project was announced to its announced start, with the actual
 * start where the data have one, so that slippage shows. Every event and
 * facility is a hit region that carries its source id. Nothing is placed
 * where the data give no date: an operating plant without a start year
 * says so in words. */
#include "xitu-timeline-private.h"

#include <math.h>

static guint
kind_index (const char *kind)
{
  static const char * const kinds[] = {
    "export-control", "suspension", "regulation", "deal", "truce", "plant", "policy",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return i;
  return G_N_ELEMENTS (kinds) - 1;
}

static XituRgba
kind_color (XituChartCtx *ctx,
            const char   *kind)
{
  switch (kind_index (kind))
    {
    case 0:
      return ctx->palette->china;
    case 1:
      return ctx->palette->muted;
    default:
      return xitu_chart_line_color (ctx, xitu_palette_categorical (ctx->palette, kind_index (kind) - 1));
    }
}

static XituMarker
kind_marker (const char *kind)
{
  static const XituMarker markers[] = {
    XITU_MARKER_TRIANGLE, XITU_MARKER_TRIANGLE_DOWN, XITU_MARKER_SQUARE, XITU_MARKER_DIAMOND,
    XITU_MARKER_HEXAGON, XITU_MARKER_CIRCLE, XITU_MARKER_SQUARE,
  };
  return markers[kind_index (kind)];
}

static gboolean
is_suspended (XituEvent *e)
{
  return g_strcmp0 (xitu_event_get_status (e), "suspended") == 0 ||
         g_strcmp0 (xitu_event_get_status (e), "expired") == 0;
}

static void
draw_event (XituChartCtx           *ctx,
            const XituTimelineAxis *axis,
            XituEvent              *e,
            double                  cy,
            double                  row_h,
            guint                   group)
{
  cairo_t *cr = ctx->cr;
  double x = xitu_timeline_axis_x (axis, xitu_chart_date_to_year (xitu_event_get_date (e)));
  double until = xitu_chart_date_to_year (xitu_event_get_end_date (e));
  double r = 5 * ctx->s;
  XituRgba color = kind_color (ctx, xitu_event_get_kind (e));
  gboolean suspended = is_suspended (e);
  g_autofree char *label = xitu_timeline_chart_event_label (ctx, e);
  g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
  g_autofree char *status = xitu_timeline_chart_status_word (ctx, xitu_event_get_status (e));
  XituHitRegion *region;
  XituRect box;

  /* How long it holds, when the data say: a line to its end date. */
  if (!isnan (until) && until > xitu_chart_date_to_year (xitu_event_get_date (e)))
    {
      double x1 = xitu_timeline_axis_x (axis, until);
      cairo_save (cr);
      xitu_palette_set_source (cr, color);
      cairo_set_line_width (cr, 2 * ctx->s);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x1, cy);
      cairo_move_to (cr, x1, cy - r);
      cairo_line_to (cr, x1, cy + r);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  xitu_chart_draw_marker (cr, kind_marker (xitu_event_get_kind (e)), x, cy, 2 * r, color, suspended,
                          ctx->palette->background);
  {
    g_autofree char *title = xitu_timeline_chart_event_short_title (ctx, e);
    g_autofree char *tag = xitu_timeline_chart_event_tag (ctx, e);

    double tag_w = tag != NULL ? xitu_chart_text_width (ctx, tag, XITU_TEXT_SMALL) : 0;
    double room = axis->x0 + axis->width - xitu_timeline_event_label_x (ctx, axis, e) - tag_w;

    /* Cut at the plot's right edge rather than run off the chart. */
    box = xitu_chart_text_on_plate (ctx, title, XITU_TEXT_SMALL,
                                    suspended ? ctx->palette->muted : ctx->palette->foreground,
                                    xitu_timeline_event_label_x (ctx, axis, e), cy,
                                    XITU_ALIGN_START, XITU_ALIGN_CENTER,
                                    CLAMP (room, 20 * ctx->s, XITU_TIMELINE_EVENT_LABEL_MAX * ctx->s));
    if (tag != NULL)
      {
        /* Suspended in the measure's colour, so it reads as a state. */
        XituRect tag_box = xitu_chart_text_on_plate (ctx, tag, XITU_TEXT_SMALL,
                                                     suspended ? color : ctx->palette->muted,
                                                     box.x + box.width, cy, XITU_ALIGN_START,
                                                     XITU_ALIGN_CENTER, 0);
        box.width = tag_box.x + tag_box.width - box.x;
      }
  }

  region = xitu_chart_add_region (ctx, (XituRect) { x - r - 1, cy - row_h / 2, box.x + box.width - (x - r - 1), row_h },
                                  XITU_HIT_EVENT, xitu_event_get_country (e), NULL, NULL, group);
  region->id = g_strdup (xitu_event_get_id (e));
  region->source = g_strdup (xitu_event_get_source (e));
  region->label = g_strdup_printf ("%s · %s (%s)", date, label, status);
  region->tooltip = xitu_timeline_chart_event_tooltip (ctx, e);
}

static XituRgba
facility_color (XituChartCtx *ctx)
{
  return xitu_chart_line_color (ctx, xitu_palette_categorical (ctx->palette, 0));
}

static void
draw_facility (XituChartCtx           *ctx,
               const XituTimelineAxis *axis,
               XituFacility           *f,
               const XituRect         *label_box,
               double                  cy,
               double                  row_h,
               guint                   group)
{
  cairo_t *cr = ctx->cr;
  XituRgba color = facility_color (ctx);
  double bar_h = MIN (row_h * 0.55, 10 * ctx->s);
  double a = xitu_timeline_facility_time (xitu_facility_get_announced (f));
  double s = xitu_timeline_facility_time (xitu_facility_get_start_announced (f));
  double act = xitu_timeline_facility_time (xitu_facility_get_start_actual (f));
  double m = 9 * ctx->s;
  double lo = INFINITY, hi = -INFINITY;
  g_autofree char *name = xitu_timeline_chart_facility_name (ctx, f);
  g_autofree char *years = xitu_timeline_chart_facility_years (ctx, f);
  XituHitRegion *region;

  xitu_chart_text (ctx, name, XITU_TEXT_SMALL, ctx->palette->foreground, label_box->x, cy,
                   XITU_ALIGN_START, XITU_ALIGN_CENTER, label_box->width);

  /* From the announcement to the announced start. */
  if (!isnan (a) && !isnan (s) && s > a)
    {
      double x0 = xitu_timeline_axis_x (axis, a), x1 = xitu_timeline_axis_x (axis, s);
      cairo_rectangle (cr, x0, cy - bar_h / 2, x1 - x0, bar_h);
      xitu_palette_set_source (cr, xitu_rgba_mix (color, ctx->palette->background, 0.7));
      cairo_fill_preserve (cr);
      xitu_palette_set_source (cr, color);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      lo = MIN (lo, x0);
      hi = MAX (hi, x1);
    }
  /* Late: the slippage, hatched, from the announced to the actual start. */
  if (!isnan (s) && !isnan (act) && act > s)
    {
      double x0 = xitu_timeline_axis_x (axis, s), x1 = xitu_timeline_axis_x (axis, act);
      cairo_rectangle (cr, x0, cy - bar_h / 2, x1 - x0, bar_h);
      xitu_palette_fill_no_data (cr, ctx->palette, 4 * ctx->s, ctx->opts->pixel_scale);
      cairo_rectangle (cr, x0 + 0.5, cy - bar_h / 2 + 0.5, x1 - x0 - 1, bar_h - 1);
      xitu_palette_set_source (cr, ctx->palette->reference);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      lo = MIN (lo, x0);
      hi = MAX (hi, x1);
    }
  if (!isnan (a) && (isnan (s) || s <= a))
    {
      /* Announced, no start announced: a mark at the announcement. */
      double x = xitu_timeline_axis_x (axis, a);
      cairo_move_to (cr, x, cy - bar_h / 2);
      cairo_line_to (cr, x, cy + bar_h / 2);
      xitu_palette_set_source (cr, color);
      cairo_set_line_width (cr, 2 * ctx->s);
      cairo_stroke (cr);
      lo = MIN (lo, x - m / 2);
      hi = MAX (hi, x + m / 2);
    }
  if (!isnan (s))
    {
      double x = xitu_timeline_axis_x (axis, s);
      xitu_chart_draw_marker (cr, XITU_MARKER_DIAMOND, x, cy, m, color, TRUE, ctx->palette->background);
      lo = MIN (lo, x - m / 2);
      hi = MAX (hi, x + m / 2);
    }
  if (!isnan (act))
    {
      double x = xitu_timeline_axis_x (axis, act);
      xitu_chart_draw_marker (cr, XITU_MARKER_CIRCLE, x, cy, m, color, FALSE, ctx->palette->background);
      lo = MIN (lo, x - m / 2);
      hi = MAX (hi, x + m / 2);
    }
  if (isfinite (hi) && isnan (s) && isnan (act))
    {
      /* Announced, but no start year given: say so beside the mark. */
      g_autofree char *none = xitu_chart_tr (ctx, "no start year announced", "未宣布投产年份");
      XituRect box = xitu_chart_text (ctx, none, XITU_TEXT_SMALL, ctx->palette->muted, hi + 4 * ctx->s, cy,
                                      XITU_ALIGN_START, XITU_ALIGN_CENTER, 0);
      hi = box.x + box.width;
    }
  if (!isfinite (lo))
    {
      /* No year at all: say so instead of placing it anywhere. */
      XituRect box = xitu_chart_text (ctx, years, XITU_TEXT_SMALL, ctx->palette->muted, axis->x0 + 4 * ctx->s, cy,
                                      XITU_ALIGN_START, XITU_ALIGN_CENTER, axis->width - 8 * ctx->s);
      lo = box.x;
      hi = box.x + box.width;
    }

  region = xitu_chart_add_region (ctx, (XituRect) { label_box->x, cy - row_h / 2, hi - label_box->x, row_h },
                                  XITU_HIT_FACILITY, xitu_facility_get_country (f), NULL, NULL, group);
  region->id = g_strdup (xitu_facility_get_id (f));
  region->source = g_strdup (xitu_facility_get_source (f));
  region->label = g_strdup_printf ("%s: %s", name, years);
  region->tooltip = xitu_timeline_chart_facility_tooltip (ctx, f);
}

static void
draw_years (XituChartCtx           *ctx,
            const XituTimelineAxis *axis,
            double                  top,
            double                  bottom)
{
  cairo_t *cr = ctx->cr;

  for (int year = (int) axis->t_min; year <= (int) axis->t_max; year++)
    {
      double x = round (xitu_timeline_axis_x (axis, year)) + 0.5;

      cairo_save (cr);
      xitu_palette_set_source (cr, ctx->palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_restore (cr);
      if (year < (int) axis->t_max)
        {
          g_autofree char *label = g_strdup_printf ("%d", year);
          double cx = xitu_timeline_axis_x (axis, year + 0.5);
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, cx, top - 3 * ctx->s,
                           XITU_ALIGN_CENTER, XITU_ALIGN_END, 0);
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, cx, bottom + 3 * ctx->s,
                           XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);
        }
    }
}

GArray *
xitu_timeline_chart_legend_items (XituChartCtx       *ctx,
                                  XituTimelineLayout *t)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  gboolean kinds[8] = { FALSE };
  gboolean any_suspended = FALSE;
  static const char * const kind_ids[] = {
    "export-control", "suspension", "regulation", "deal", "truce", "plant", "policy",
  };

  for (guint i = 0; i < t->groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t->groups, i);
      for (guint k = 0; k < g->events->len; k++)
        {
          XituEvent *e = g_ptr_array_index (g->events, k);
          kinds[kind_index (xitu_event_get_kind (e))] = TRUE;
          any_suspended |= is_suspended (e);
        }
    }
  for (guint k = 0; k < G_N_ELEMENTS (kind_ids); k++)
    if (kinds[k])
      {
        XituLegendItem item = { XITU_LEGEND_MARKER, kind_color (ctx, kind_ids[k]), kind_marker (kind_ids[k]), FALSE };
        item.label = xitu_timeline_chart_kind_word (ctx, kind_ids[k]);
        g_array_append_val (items, item);
      }
  if (any_suspended)
    {
      XituLegendItem item = { XITU_LEGEND_MARKER, ctx->palette->china, XITU_MARKER_TRIANGLE, TRUE };
      item.label = xitu_chart_tr (ctx, "Hollow: suspended", "空心：已暂停");
      g_array_append_val (items, item);
    }
  {
    XituLegendItem bar = { XITU_LEGEND_SWATCH, xitu_rgba_mix (facility_color (ctx), ctx->palette->background, 0.7) };
    XituLegendItem start = { XITU_LEGEND_MARKER, facility_color (ctx), XITU_MARKER_DIAMOND, TRUE };
    XituLegendItem actual = { XITU_LEGEND_MARKER, facility_color (ctx), XITU_MARKER_CIRCLE, FALSE };
    XituLegendItem slip = { XITU_LEGEND_HATCH };

    bar.label = xitu_chart_tr (ctx, "Facility: announced → announced start", "设施：宣布 → 宣布的投产年份");
    start.label = xitu_chart_tr (ctx, "Announced start", "宣布的投产年份");
    actual.label = xitu_chart_tr (ctx, "Actual start", "实际投产");
    slip.label = xitu_chart_tr (ctx, "Slippage", "延误");
    g_array_append_val (items, bar);
    g_array_append_val (items, start);
    g_array_append_val (items, actual);
    g_array_append_val (items, slip);
  }
  return items;
}

void
xitu_timeline_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_auto (XituTimelineLayout) t = { 0 };
  g_autoptr (GArray) legend = NULL;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  double legend_h, y;
  XituRect body;

  xitu_timeline_layout_collect (&t, ctx->dataset, ctx->opts);
  ctx->result->year = (int) t.t_max - 1;

  /* Text that fits the size asked: smaller for a small export of a long
   * timeline, never larger than the natural size wants. */
  if (ctx->opts->text_scale <= 0)
    {
      double nat_w, nat_h;
      xitu_timeline_chart_natural_size (ctx->dataset, ctx->opts, &nat_w, &nat_h);
      ctx->s = CLAMP (MIN (ctx->width / nat_w, ctx->height / nat_h), 0.7, 2.5);
      ctx->margin = 16 * ctx->s;
    }

  title = xitu_timeline_chart_title (ctx, &t);
  subtitle = xitu_timeline_chart_subtitle (ctx);
  xitu_timeline_chart_add_sources (ctx, &t);
  body = xitu_chart_begin (ctx, title, subtitle);
  g_string_append_printf (summary, "%s%s", title, zh ? "。" : ".");

  if (t.groups->len == 0)
    {
      g_autofree char *msg = xitu_chart_tr (ctx, "No dated events or facilities", "没有有日期的事件或设施");
      xitu_chart_empty (ctx, &body, msg);
      ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
      xitu_chart_end (ctx, &body);
      return;
    }

  legend = xitu_timeline_chart_legend_items (ctx, &t);
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);
  xitu_timeline_layout_place (&t, ctx, &body, legend_h);
  draw_years (ctx, &t.axis, t.top, t.bottom);

  y = t.top + t.group_gap / 2;
  for (guint i = 0; i < t.groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t.groups, i);
      double group_h = t.row_h * (g->event_rows + g->facilities->len);
      g_autofree char *name = xitu_chart_country_name (ctx, g->country);
      XituHitRegion *region;
      XituRect head;

      /* Every other group on a faint band, so the eye keeps its row. */
      if (i % 2 == 1)
        {
          cairo_save (cr);
          cairo_rectangle (cr, body.x, y - t.group_gap / 2, body.width, group_h + t.group_gap);
          xitu_palette_set_source (cr, xitu_rgba_mix (ctx->palette->grid, ctx->palette->background, 0.6));
          cairo_fill (cr);
          cairo_restore (cr);
        }
      head = xitu_chart_text (ctx, name, XITU_TEXT_HEADING, ctx->palette->foreground, body.x, y + t.row_h / 2,
                              XITU_ALIGN_START, XITU_ALIGN_CENTER, t.label_w - 8 * ctx->s);
      region = xitu_chart_add_region (ctx, (XituRect) { body.x, y, t.label_w - 8 * ctx->s, t.row_h },
                                      XITU_HIT_COUNTRY, g->country, NULL, NULL, i);
      region->label = g_strdup (name);
      region->tooltip = zh ? g_strdup_printf ("%s\n点击查看该国数据", name)
                           : g_strdup_printf ("%s\nClick for the country's figures", name);
      (void) head;

      for (guint k = 0; k < g->events->len; k++)
        {
          guint row = g_array_index (g->event_row, guint, k);
          draw_event (ctx, &t.axis, g_ptr_array_index (g->events, k), y + t.row_h * (row + 0.5), t.row_h, i);
        }
      for (guint k = 0; k < g->facilities->len; k++)
        {
          double cy = y + t.row_h * (g->event_rows + k + 0.5);
          XituRect label_box = { body.x + 12 * ctx->s, cy, t.label_w - 20 * ctx->s, t.row_h };
          draw_facility (ctx, &t.axis, g_ptr_array_index (g->facilities, k), &label_box, cy, t.row_h, i);
        }
      xitu_timeline_chart_append_summary (ctx, summary, g);
      y += group_h + t.group_gap;
    }

  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
}
