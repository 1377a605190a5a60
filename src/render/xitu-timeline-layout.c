/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline's layout: the events and facilities it shows, grouped by
 * country and ordered, the span of its date axis, the sub-rows that keep
 * event labels apart, where the rows go and the size the chart reads best
 * at. */
#include "xitu-timeline-private.h"

#include <math.h>

#define PX_PER_YEAR      150.0
#define LABEL_COLUMN     240.0
#define ROW_HEIGHT       22.0

static void
group_free (gpointer data)
{
  XituTimelineGroup *g = data;

  g_free (g->country);
  g_ptr_array_unref (g->events);
  g_ptr_array_unref (g->facilities);
  g_clear_pointer (&g->event_row, g_array_unref);
  g_free (g);
}

void
xitu_timeline_layout_clear (XituTimelineLayout *t)
{
  g_clear_pointer (&t->groups, g_ptr_array_unref);
}

/* The years of a facility on the axis: a year means some time in it, so it
 * sits at its middle. NAN where the data give none. */
double
xitu_timeline_facility_time (int year)
{
  return year > 0 ? year + 0.5 : NAN;
}

static double
facility_first (XituFacility *f)
{
  double t = INFINITY;
  int years[] = { xitu_facility_get_announced (f), xitu_facility_get_start_announced (f),
                  xitu_facility_get_start_actual (f) };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    if (years[i] > 0)
      t = MIN (t, xitu_timeline_facility_time (years[i]));
  return t;
}

static double
facility_last (XituFacility *f)
{
  double t = -INFINITY;
  int years[] = { xitu_facility_get_announced (f), xitu_facility_get_start_announced (f),
                  xitu_facility_get_start_actual (f) };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    if (years[i] > 0)
      t = MAX (t, xitu_timeline_facility_time (years[i]));
  return t;
}

static gboolean
wanted (const XituChartOptions *opts,
        const char             *country)
{
  return opts->countries == NULL || g_strv_contains ((const char * const *) opts->countries, country);
}

static XituTimelineGroup *
group_for (GPtrArray  *groups,
           const char *country)
{
  XituTimelineGroup *g;

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (((XituTimelineGroup *) g_ptr_array_index (groups, i))->country, country) == 0)
      return g_ptr_array_index (groups, i);
  g = g_new0 (XituTimelineGroup, 1);
  g->country = g_strdup (country);
  g->events = g_ptr_array_new_with_free_func (g_object_unref);
  g->facilities = g_ptr_array_new_with_free_func (g_object_unref);
  g->first = INFINITY;
  g_ptr_array_add (groups, g);
  return g;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  XituEvent *x = *(XituEvent **) a;
  XituEvent *y = *(XituEvent **) b;
  int c = g_strcmp0 (xitu_event_get_date (x), xitu_event_get_date (y));

  return c != 0 ? c : g_strcmp0 (xitu_event_get_id (x), xitu_event_get_id (y));
}

static int
compare_facilities (gconstpointer a,
                    gconstpointer b)
{
  XituFacility *x = *(XituFacility **) a;
  XituFacility *y = *(XituFacility **) b;
  double tx = facility_first (x), ty = facility_first (y);

  /* Dated first, by their first year; undated after, by id. */
  if (tx != ty)
    return tx < ty ? -1 : 1;
  return g_strcmp0 (xitu_facility_get_id (x), xitu_facility_get_id (y));
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const XituTimelineGroup *x = *(XituTimelineGroup **) a;
  const XituTimelineGroup *y = *(XituTimelineGroup **) b;

  /* China first: most of the measures are its own. */
  if (g_strcmp0 (x->country, XITU_CHINA_CODE) == 0)
    return -1;
  if (g_strcmp0 (y->country, XITU_CHINA_CODE) == 0)
    return 1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return g_strcmp0 (x->country, y->country);
}

void
xitu_timeline_layout_collect (XituTimelineLayout     *t,
                              XituDataset            *dataset,
                              const XituChartOptions *opts)
{
  GListModel *events = xitu_dataset_get_events (dataset);
  GListModel *facilities = xitu_dataset_get_facilities (dataset);
  double lo = INFINITY, hi = -INFINITY;

  t->groups = g_ptr_array_new_with_free_func (group_free);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (XituEvent) e = g_list_model_get_item (events, i);
      double when = xitu_chart_date_to_year (xitu_event_get_date (e));
      double until = xitu_chart_date_to_year (xitu_event_get_end_date (e));
      XituTimelineGroup *g;

      if (isnan (when) || !wanted (opts, xitu_event_get_country (e)))
        continue;
      g = group_for (t->groups, xitu_event_get_country (e));
      g_ptr_array_add (g->events, g_object_ref (e));
      g->first = MIN (g->first, when);
      lo = MIN (lo, when);
      hi = MAX (hi, isnan (until) ? when : until);
    }
  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr (XituFacility) f = g_list_model_get_item (facilities, i);
      XituTimelineGroup *g;

      if (!wanted (opts, xitu_facility_get_country (f)))
        continue;
      g = group_for (t->groups, xitu_facility_get_country (f));
      g_ptr_array_add (g->facilities, g_object_ref (f));
      if (isfinite (facility_first (f)))
        {
          g->first = MIN (g->first, facility_first (f));
          lo = MIN (lo, facility_first (f));
          hi = MAX (hi, facility_last (f));
        }
    }
  for (guint i = 0; i < t->groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t->groups, i);
      g_ptr_array_sort (g->events, compare_events);
      g_ptr_array_sort (g->facilities, compare_facilities);
    }
  g_ptr_array_sort (t->groups, compare_groups);

  /* Whole years, with the last one's end in view. */
  if (!isfinite (lo))
    lo = hi = 2025;
  t->t_min = floor (lo);
  t->t_max = MAX (floor (hi) + 1, t->t_min + 2);
}

double
xitu_timeline_axis_x (const XituTimelineAxis *axis,
                      double                  t)
{
  return axis->x0 + axis->width * (t - axis->t_min) / (axis->t_max - axis->t_min);
}

static double
event_label_width (XituChartCtx *ctx,
                   XituEvent    *e)
{
  g_autofree char *title = xitu_timeline_chart_event_short_title (ctx, e);
  g_autofree char *tag = xitu_timeline_chart_event_tag (ctx, e);
  double tag_w = tag != NULL ? xitu_chart_text_width (ctx, tag, XITU_TEXT_SMALL) : 0;

  return MIN (xitu_chart_text_width (ctx, title, XITU_TEXT_SMALL), XITU_TIMELINE_EVENT_LABEL_MAX * ctx->s)
         + tag_w;
}

/* Where an event's label starts: after its marker, or after the line to
 * its end date when it has one. */
double
xitu_timeline_event_label_x (XituChartCtx           *ctx,
                             const XituTimelineAxis *axis,
                             XituEvent              *e)
{
  double when = xitu_chart_date_to_year (xitu_event_get_date (e));
  double until = xitu_chart_date_to_year (xitu_event_get_end_date (e));
  double t = !isnan (until) && until > when ? until : when;

  return xitu_timeline_axis_x (axis, t) + 5 * ctx->s + 4 * ctx->s;
}

/* Puts each event in the first sub-row of its group where its marker and
 * label fit after the ones already there. Returns the rows used. */
static guint
timeline_pack (XituChartCtx           *ctx,
               XituTimelineLayout     *t,
               const XituTimelineAxis *axis)
{
  double r = 5 * ctx->s;
  double gap = 8 * ctx->s;
  guint rows = 0;

  for (guint i = 0; i < t->groups->len; i++)
    {
      XituTimelineGroup *g = g_ptr_array_index (t->groups, i);
      g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));

      g_clear_pointer (&g->event_row, g_array_unref);
      g->event_row = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = 0; k < g->events->len; k++)
        {
          XituEvent *e = g_ptr_array_index (g->events, k);
          double x = xitu_timeline_axis_x (axis, xitu_chart_date_to_year (xitu_event_get_date (e)));
          double end = xitu_timeline_event_label_x (ctx, axis, e) + event_label_width (ctx, e);
          guint row;

          for (row = 0; row < ends->len; row++)
            if (g_array_index (ends, double, row) + gap <= x - r)
              break;
          if (row == ends->len)
            g_array_append_val (ends, end);
          else
            g_array_index (ends, double, row) = end;
          g_array_append_val (g->event_row, row);
        }
      g->event_rows = MAX (1, ends->len);
      rows += g->event_rows + g->facilities->len;
    }
  t->n_rows = rows;
  return rows;
}

/* Places the rows in the body under the legend: the column of names, the
 * axis beside it, and rows that fill what is left, no taller than
 * ROW_HEIGHT. Packs the events' sub-rows for that axis. */
void
xitu_timeline_layout_place (XituTimelineLayout *t,
                            XituChartCtx       *ctx,
                            const XituRect     *body,
                            double              legend_h)
{
  double small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);

  t->label_w = MIN (LABEL_COLUMN * ctx->s, body->width * 0.3);
  t->axis = (XituTimelineAxis) { round (body->x + t->label_w),
                                 body->x + body->width - round (body->x + t->label_w),
                                 t->t_min, t->t_max };
  timeline_pack (ctx, t, &t->axis);

  t->top = round (body->y + legend_h + 12 * ctx->s + small_h);
  t->bottom = body->y + body->height - small_h - 4 * ctx->s;
  t->group_gap = 6 * ctx->s;
  t->row_h = (t->bottom - t->top - t->group_gap * t->groups->len) / MAX (t->n_rows, 1);
  t->row_h = MIN (t->row_h, ROW_HEIGHT * ctx->s);
  t->bottom = t->top + t->row_h * t->n_rows + t->group_gap * t->groups->len;
}

/* The legend and the parts of the frame, measured at the current scale. */
static double
fixed_height (XituChartCtx *ctx,
              GArray       *legend,
              const char   *title,
              const char   *subtitle,
              double        inner)
{
  g_autoptr (PangoLayout) t = xitu_text_layout_new (ctx->cr, title, XITU_TEXT_TITLE, ctx->s, ctx->lang);
  g_autoptr (PangoLayout) st = xitu_text_layout_new (ctx->cr, subtitle, XITU_TEXT_SUBTITLE, ctx->s, ctx->lang);
  double th, sh;

  xitu_text_wrap (t, inner);
  xitu_text_wrap (st, inner);
  xitu_text_get_size (t, NULL, &th);
  xitu_text_get_size (st, NULL, &sh);
  return 2 * ctx->margin + th + 2 * ctx->s + sh + 10 * ctx->s
         + xitu_chart_legend_measure (ctx, (XituLegendItem *) legend->data, legend->len, inner)
         + 12 * ctx->s + 2 * xitu_chart_text_height (ctx, XITU_TEXT_SMALL) + 12 * ctx->s
         + xitu_footer_measure (ctx->footer, ctx->cr, inner, ctx->s) + 10 * ctx->s;
}

void
xitu_timeline_chart_natural_size (XituDataset            *dataset,
                                  const XituChartOptions *opts,
                                  double                 *width,
                                  double                 *height)
{
  g_auto (XituTimelineLayout) t = { 0 };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (XituFooter) footer = xitu_footer_new (dataset, opts->lang);
  XituChartResult *scratch = g_new0 (XituChartResult, 1);
  XituChartCtx ctx = { 0 };
  g_autoptr (GArray) legend = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double inner;
  XituTimelineAxis axis;

  xitu_timeline_layout_collect (&t, dataset, opts);
  ctx.cr = cr;
  ctx.dataset = dataset;
  ctx.opts = opts;
  ctx.palette = xitu_palette_get (opts->theme);
  ctx.footer = footer;
  ctx.lang = opts->lang;
  ctx.s = opts->text_scale > 0 ? opts->text_scale : 1.0;
  ctx.margin = 16 * ctx.s;
  ctx.result = scratch;
  scratch->texts = g_array_new (FALSE, FALSE, sizeof (XituRect));

  *width = round ((2 * 16 + LABEL_COLUMN + 20) * ctx.s + PX_PER_YEAR * ctx.s * (t.t_max - t.t_min));
  inner = *width - 2 * ctx.margin;
  axis = (XituTimelineAxis) { ctx.margin + LABEL_COLUMN * ctx.s, inner - LABEL_COLUMN * ctx.s,
                              t.t_min, t.t_max };
  xitu_timeline_chart_add_sources (&ctx, &t);
  legend = xitu_timeline_chart_legend_items (&ctx, &t);
  title = xitu_timeline_chart_title (&ctx, &t);
  subtitle = xitu_timeline_chart_subtitle (&ctx);
  timeline_pack (&ctx, &t, &axis);
  *height = round (fixed_height (&ctx, legend, title, subtitle, inner) + t.n_rows * ROW_HEIGHT * ctx.s
                   + 6 * ctx.s * t.groups->len);
  *height = MAX (*height, 300);

  xitu_legend_items_clear (legend);
  xitu_chart_ctx_clear (&ctx);
  g_array_unref (scratch->texts);
  g_free (scratch);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
