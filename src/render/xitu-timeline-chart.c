/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline: export controls, suspensions, truces, regulations, deals
 * and plant start-ups on a date axis, grouped by country, each with its
 * status (in force, suspended, done); and the facilities as bars from the
 * year a project was announced to its announced start, with the actual
 * start where the data have one, so that slippage shows. Every event and
 * facility is a hit region that carries its source id. Nothing is placed
 * where the data give no date: an operating plant without a start year
 * says so in words. */
#include "xitu-chart-private.h"

#include <math.h>
#include <string.h>

#define PX_PER_YEAR      150.0
#define LABEL_COLUMN     240.0
#define ROW_HEIGHT       22.0
#define EVENT_LABEL_MAX  270.0

typedef struct
{
  char      *country;
  GPtrArray *events;       /* of XituEvent, by date */
  GPtrArray *facilities;   /* of XituFacility, dated first */
  double     first;        /* earliest date, for ordering */
  GArray    *event_row;    /* of guint: the sub-row of each event */
  guint      event_rows;
} Group;

typedef struct
{
  GPtrArray *groups;       /* of Group* */
  double     t_min;        /* the axis, in fractional years */
  double     t_max;
  guint      n_rows;       /* once packed */
} Timeline;

static void
group_free (gpointer data)
{
  Group *g = data;

  g_free (g->country);
  g_ptr_array_unref (g->events);
  g_ptr_array_unref (g->facilities);
  g_clear_pointer (&g->event_row, g_array_unref);
  g_free (g);
}

static void
timeline_clear (Timeline *t)
{
  g_clear_pointer (&t->groups, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Timeline, timeline_clear)

/* The years of a facility on the axis: a year means some time in it, so it
 * sits at its middle. NAN where the data give none. */
static double
facility_time (int year)
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
      t = MIN (t, facility_time (years[i]));
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
      t = MAX (t, facility_time (years[i]));
  return t;
}

static gboolean
wanted (const XituChartOptions *opts,
        const char             *country)
{
  return opts->countries == NULL || g_strv_contains ((const char * const *) opts->countries, country);
}

static Group *
group_for (GPtrArray  *groups,
           const char *country)
{
  Group *g;

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (((Group *) g_ptr_array_index (groups, i))->country, country) == 0)
      return g_ptr_array_index (groups, i);
  g = g_new0 (Group, 1);
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
  const Group *x = *(Group **) a;
  const Group *y = *(Group **) b;

  /* China first: most of the measures are its own. */
  if (g_strcmp0 (x->country, XITU_CHINA_CODE) == 0)
    return -1;
  if (g_strcmp0 (y->country, XITU_CHINA_CODE) == 0)
    return 1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return g_strcmp0 (x->country, y->country);
}

static void
timeline_collect (Timeline               *t,
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
      Group *g;

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
      Group *g;

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
      Group *g = g_ptr_array_index (t->groups, i);
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

/* The label beside an event's marker: its title up to the colon. */
static char *
event_short_title (XituChartCtx *ctx,
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

static char *
status_word (XituChartCtx *ctx,
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

static char *
kind_word (XituChartCtx *ctx,
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

/* The status a measure is in, shown after its label and never cut off:
 * "in force", "suspended". Done events (deals, start-ups) have none. */
static char *
event_tag (XituChartCtx *ctx,
           XituEvent    *e)
{
  const char *status = xitu_event_get_status (e);
  g_autofree char *word = NULL;

  if (status == NULL || g_strcmp0 (status, "done") == 0)
    return NULL;
  word = status_word (ctx, status);
  return g_strdup_printf (ctx->lang == XITU_LANG_ZH ? "（%s）" : " (%s)", word);
}

static char *
event_label (XituChartCtx *ctx,
             XituEvent    *e)
{
  g_autofree char *title = event_short_title (ctx, e);
  g_autofree char *tag = event_tag (ctx, e);

  return g_strconcat (title, tag, NULL);
}

/* ---- layout ------------------------------------------------------------ */

typedef struct
{
  double   x0;        /* plot left */
  double   width;     /* plot width */
  double   t_min;
  double   t_max;
} Axis;

static double
axis_x (const Axis *axis,
        double      t)
{
  return axis->x0 + axis->width * (t - axis->t_min) / (axis->t_max - axis->t_min);
}

static double
event_label_width (XituChartCtx *ctx,
                   XituEvent    *e)
{
  g_autofree char *title = event_short_title (ctx, e);
  g_autofree char *tag = event_tag (ctx, e);
  double tag_w = tag != NULL ? xitu_chart_text_width (ctx, tag, XITU_TEXT_SMALL) : 0;

  return MIN (xitu_chart_text_width (ctx, title, XITU_TEXT_SMALL), EVENT_LABEL_MAX * ctx->s) + tag_w;
}

/* Where an event's label starts: after its marker, or after the line to
 * its end date when it has one. */
static double
event_label_x (XituChartCtx *ctx,
               const Axis   *axis,
               XituEvent    *e)
{
  double when = xitu_chart_date_to_year (xitu_event_get_date (e));
  double until = xitu_chart_date_to_year (xitu_event_get_end_date (e));
  double t = !isnan (until) && until > when ? until : when;

  return axis_x (axis, t) + 5 * ctx->s + 4 * ctx->s;
}

/* Puts each event in the first sub-row of its group where its marker and
 * label fit after the ones already there. Returns the rows used. */
static guint
timeline_pack (XituChartCtx *ctx,
               Timeline     *t,
               const Axis   *axis)
{
  double r = 5 * ctx->s;
  double gap = 8 * ctx->s;
  guint rows = 0;

  for (guint i = 0; i < t->groups->len; i++)
    {
      Group *g = g_ptr_array_index (t->groups, i);
      g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));

      g_clear_pointer (&g->event_row, g_array_unref);
      g->event_row = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = 0; k < g->events->len; k++)
        {
          XituEvent *e = g_ptr_array_index (g->events, k);
          double x = axis_x (axis, xitu_chart_date_to_year (xitu_event_get_date (e)));
          double end = event_label_x (ctx, axis, e) + event_label_width (ctx, e);
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

/* ---- drawing ----------------------------------------------------------- */

static char *
event_tooltip (XituChartCtx *ctx,
               XituEvent    *e)
{
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  const XituText *title = xitu_event_get_title (e);
  const XituText *detail = xitu_event_get_detail (e);
  g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
  g_autofree char *kind = kind_word (ctx, xitu_event_get_kind (e));
  g_autofree char *status = status_word (ctx, xitu_event_get_status (e));
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

static void
draw_event (XituChartCtx *ctx,
            const Axis   *axis,
            XituEvent    *e,
            double        cy,
            double        row_h,
            guint         group)
{
  cairo_t *cr = ctx->cr;
  double x = axis_x (axis, xitu_chart_date_to_year (xitu_event_get_date (e)));
  double until = xitu_chart_date_to_year (xitu_event_get_end_date (e));
  double r = 5 * ctx->s;
  XituRgba color = kind_color (ctx, xitu_event_get_kind (e));
  gboolean suspended = is_suspended (e);
  g_autofree char *label = event_label (ctx, e);
  g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
  g_autofree char *status = status_word (ctx, xitu_event_get_status (e));
  XituHitRegion *region;
  XituRect box;

  /* How long it holds, when the data say: a line to its end date. */
  if (!isnan (until) && until > xitu_chart_date_to_year (xitu_event_get_date (e)))
    {
      double x1 = axis_x (axis, until);
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
    g_autofree char *title = event_short_title (ctx, e);
    g_autofree char *tag = event_tag (ctx, e);

    double tag_w = tag != NULL ? xitu_chart_text_width (ctx, tag, XITU_TEXT_SMALL) : 0;
    double room = axis->x0 + axis->width - event_label_x (ctx, axis, e) - tag_w;

    /* Cut at the plot's right edge rather than run off the chart. */
    box = xitu_chart_text_on_plate (ctx, title, XITU_TEXT_SMALL,
                                    suspended ? ctx->palette->muted : ctx->palette->foreground,
                                    event_label_x (ctx, axis, e), cy, XITU_ALIGN_START, XITU_ALIGN_CENTER,
                                    CLAMP (room, 20 * ctx->s, EVENT_LABEL_MAX * ctx->s));
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
  region->tooltip = event_tooltip (ctx, e);
}

static char *
facility_name (XituChartCtx *ctx,
               XituFacility *f)
{
  const XituText *name = xitu_facility_get_name (f);

  return xitu_lang_join (ctx->lang, name->en, name->zh);
}

static char *
facility_years_phrase (XituChartCtx *ctx,
                       XituFacility *f)
{
  GString *out = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  int announced = xitu_facility_get_announced (f);
  int start = xitu_facility_get_start_announced (f);
  int actual = xitu_facility_get_start_actual (f);
  g_autofree char *status = status_word (ctx, xitu_facility_get_status (f));

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

static char *
facility_tooltip (XituChartCtx *ctx,
                  XituFacility *f)
{
  GString *tip = g_string_new (NULL);
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = facility_name (ctx, f);
  g_autofree char *country = xitu_chart_country_name (ctx, xitu_facility_get_country (f));
  g_autofree char *years = facility_years_phrase (ctx, f);
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

static XituRgba
facility_color (XituChartCtx *ctx)
{
  return xitu_chart_line_color (ctx, xitu_palette_categorical (ctx->palette, 0));
}

static void
draw_facility (XituChartCtx   *ctx,
               const Axis     *axis,
               XituFacility   *f,
               const XituRect *label_box,
               double          cy,
               double          row_h,
               guint           group)
{
  cairo_t *cr = ctx->cr;
  XituRgba color = facility_color (ctx);
  double bar_h = MIN (row_h * 0.55, 10 * ctx->s);
  double a = facility_time (xitu_facility_get_announced (f));
  double s = facility_time (xitu_facility_get_start_announced (f));
  double act = facility_time (xitu_facility_get_start_actual (f));
  double m = 9 * ctx->s;
  double lo = INFINITY, hi = -INFINITY;
  g_autofree char *name = facility_name (ctx, f);
  g_autofree char *years = facility_years_phrase (ctx, f);
  XituHitRegion *region;

  xitu_chart_text (ctx, name, XITU_TEXT_SMALL, ctx->palette->foreground, label_box->x, cy,
                   XITU_ALIGN_START, XITU_ALIGN_CENTER, label_box->width);

  /* From the announcement to the announced start. */
  if (!isnan (a) && !isnan (s) && s > a)
    {
      double x0 = axis_x (axis, a), x1 = axis_x (axis, s);
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
      double x0 = axis_x (axis, s), x1 = axis_x (axis, act);
      cairo_rectangle (cr, x0, cy - bar_h / 2, x1 - x0, bar_h);
      xitu_palette_fill_no_data (cr, ctx->palette, 4 * ctx->s);
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
      double x = axis_x (axis, a);
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
      double x = axis_x (axis, s);
      xitu_chart_draw_marker (cr, XITU_MARKER_DIAMOND, x, cy, m, color, TRUE, ctx->palette->background);
      lo = MIN (lo, x - m / 2);
      hi = MAX (hi, x + m / 2);
    }
  if (!isnan (act))
    {
      double x = axis_x (axis, act);
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
  region->tooltip = facility_tooltip (ctx, f);
}

static void
draw_years (XituChartCtx   *ctx,
            const Axis     *axis,
            double          top,
            double          bottom)
{
  cairo_t *cr = ctx->cr;

  for (int year = (int) axis->t_min; year <= (int) axis->t_max; year++)
    {
      double x = round (axis_x (axis, year)) + 0.5;

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
          double cx = axis_x (axis, year + 0.5);
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, cx, top - 3 * ctx->s,
                           XITU_ALIGN_CENTER, XITU_ALIGN_END, 0);
          xitu_chart_text (ctx, label, XITU_TEXT_SMALL, ctx->palette->muted, cx, bottom + 3 * ctx->s,
                           XITU_ALIGN_CENTER, XITU_ALIGN_START, 0);
        }
    }
}

static GArray *
legend_items (XituChartCtx *ctx,
              Timeline     *t)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (XituLegendItem));
  gboolean kinds[8] = { FALSE };
  gboolean any_suspended = FALSE;
  static const char * const kind_ids[] = {
    "export-control", "suspension", "regulation", "deal", "truce", "plant", "policy",
  };

  for (guint i = 0; i < t->groups->len; i++)
    {
      Group *g = g_ptr_array_index (t->groups, i);
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
        item.label = kind_word (ctx, kind_ids[k]);
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

static void
add_sources (XituChartCtx *ctx,
             Timeline     *t)
{
  for (guint i = 0; i < t->groups->len; i++)
    {
      Group *g = g_ptr_array_index (t->groups, i);
      for (guint k = 0; k < g->events->len; k++)
        xitu_footer_add_source (ctx->footer, xitu_event_get_source (g_ptr_array_index (g->events, k)), NULL);
      for (guint k = 0; k < g->facilities->len; k++)
        xitu_footer_add_source (ctx->footer, xitu_facility_get_source (g_ptr_array_index (g->facilities, k)), NULL);
    }
}

static char *
make_title (XituChartCtx *ctx,
            Timeline     *t)
{
  int from = (int) t->t_min, to = (int) t->t_max - 1;
  g_autofree char *en = g_strdup_printf ("Measures, deals and plants on the rare-earth timeline, %d–%d", from, to);
  g_autofree char *zh = g_strdup_printf ("稀土时间线：措施、协议与工厂（%d–%d 年）", from, to);

  return ctx->lang == XITU_LANG_BOTH ? g_strdup_printf ("%s\n%s", zh, en)
                                     : g_strdup (ctx->lang == XITU_LANG_ZH ? zh : en);
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

static char *
subtitle_text (XituChartCtx *ctx)
{
  return xitu_chart_tr (ctx,
    "Grouped by country. Markers: dated measures and events, hollow when suspended; bars: facilities from announcement to announced start, with the actual start where known",
    "按国家分组。标记：有日期的措施与事件，空心表示已暂停；条形：设施从宣布到宣布的投产年份，已知时标出实际投产");
}

void
xitu_timeline_chart_natural_size (XituDataset            *dataset,
                                  const XituChartOptions *opts,
                                  double                 *width,
                                  double                 *height)
{
  g_auto (Timeline) t = { 0 };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (XituFooter) footer = xitu_footer_new (dataset, opts->lang);
  XituChartResult *scratch = g_new0 (XituChartResult, 1);
  XituChartCtx ctx = { 0 };
  g_autoptr (GArray) legend = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double inner;
  Axis axis;

  timeline_collect (&t, dataset, opts);
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
  axis = (Axis) { ctx.margin + LABEL_COLUMN * ctx.s, inner - LABEL_COLUMN * ctx.s, t.t_min, t.t_max };
  add_sources (&ctx, &t);
  legend = legend_items (&ctx, &t);
  title = make_title (&ctx, &t);
  subtitle = subtitle_text (&ctx);
  timeline_pack (&ctx, &t, &axis);
  *height = round (fixed_height (&ctx, legend, title, subtitle, inner) + t.n_rows * ROW_HEIGHT * ctx.s
                   + 6 * ctx.s * t.groups->len);
  *height = MAX (*height, 300);

  xitu_legend_items_clear (legend);
  g_array_unref (scratch->texts);
  g_free (scratch);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
append_summary (XituChartCtx *ctx,
                GString      *summary,
                Group        *g)
{
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  g_autofree char *name = xitu_chart_country_name (ctx, g->country);

  g_string_append_printf (summary, zh ? " %s：" : " %s: ", name);
  for (guint k = 0; k < g->events->len; k++)
    {
      XituEvent *e = g_ptr_array_index (g->events, k);
      g_autofree char *date = xitu_chart_format_date (ctx, xitu_event_get_date (e));
      g_autofree char *status = status_word (ctx, xitu_event_get_status (e));
      const XituText *title = xitu_event_get_title (e);
      g_autofree char *text = xitu_lang_join (ctx->lang, title->en, title->zh);

      g_string_append_printf (summary, zh ? "%s%s %s（%s）" : "%s%s %s (%s)", k > 0 ? (zh ? "；" : "; ") : "",
                              date, text, status);
    }
  for (guint k = 0; k < g->facilities->len; k++)
    {
      XituFacility *f = g_ptr_array_index (g->facilities, k);
      g_autofree char *fname = facility_name (ctx, f);
      g_autofree char *years = facility_years_phrase (ctx, f);

      g_string_append_printf (summary, "%s%s: %s", k > 0 || g->events->len > 0 ? (zh ? "；" : "; ") : "",
                              fname, years);
    }
  g_string_append (summary, zh ? "。" : ".");
}

void
xitu_timeline_chart_draw (XituChartCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  g_auto (Timeline) t = { 0 };
  g_autoptr (GArray) legend = NULL;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean zh = ctx->lang == XITU_LANG_ZH;
  double label_w, legend_h, small_h, row_h, group_gap, top, bottom, y;
  XituRect body;
  Axis axis;

  timeline_collect (&t, ctx->dataset, ctx->opts);
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

  title = make_title (ctx, &t);
  subtitle = subtitle_text (ctx);
  add_sources (ctx, &t);
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

  legend = legend_items (ctx, &t);
  legend_h = xitu_chart_legend_draw (ctx, (XituLegendItem *) legend->data, legend->len, body.x, body.y, body.width);
  small_h = xitu_chart_text_height (ctx, XITU_TEXT_SMALL);
  label_w = MIN (LABEL_COLUMN * ctx->s, body.width * 0.3);
  axis = (Axis) { round (body.x + label_w), body.x + body.width - round (body.x + label_w), t.t_min, t.t_max };
  timeline_pack (ctx, &t, &axis);

  top = round (body.y + legend_h + 12 * ctx->s + small_h);
  bottom = body.y + body.height - small_h - 4 * ctx->s;
  group_gap = 6 * ctx->s;
  row_h = (bottom - top - group_gap * t.groups->len) / MAX (t.n_rows, 1);
  row_h = MIN (row_h, ROW_HEIGHT * ctx->s);
  bottom = top + row_h * t.n_rows + group_gap * t.groups->len;
  draw_years (ctx, &axis, top, bottom);

  y = top + group_gap / 2;
  for (guint i = 0; i < t.groups->len; i++)
    {
      Group *g = g_ptr_array_index (t.groups, i);
      double group_h = row_h * (g->event_rows + g->facilities->len);
      g_autofree char *name = xitu_chart_country_name (ctx, g->country);
      XituHitRegion *region;
      XituRect head;

      /* Every other group on a faint band, so the eye keeps its row. */
      if (i % 2 == 1)
        {
          cairo_save (cr);
          cairo_rectangle (cr, body.x, y - group_gap / 2, body.width, group_h + group_gap);
          xitu_palette_set_source (cr, xitu_rgba_mix (ctx->palette->grid, ctx->palette->background, 0.6));
          cairo_fill (cr);
          cairo_restore (cr);
        }
      head = xitu_chart_text (ctx, name, XITU_TEXT_HEADING, ctx->palette->foreground, body.x, y + row_h / 2,
                              XITU_ALIGN_START, XITU_ALIGN_CENTER, label_w - 8 * ctx->s);
      region = xitu_chart_add_region (ctx, (XituRect) { body.x, y, label_w - 8 * ctx->s, row_h },
                                      XITU_HIT_COUNTRY, g->country, NULL, NULL, i);
      region->label = g_strdup (name);
      region->tooltip = zh ? g_strdup_printf ("%s\n点击查看该国数据", name)
                           : g_strdup_printf ("%s\nClick for the country's figures", name);
      (void) head;

      for (guint k = 0; k < g->events->len; k++)
        {
          guint row = g_array_index (g->event_row, guint, k);
          draw_event (ctx, &axis, g_ptr_array_index (g->events, k), y + row_h * (row + 0.5), row_h, i);
        }
      for (guint k = 0; k < g->facilities->len; k++)
        {
          double cy = y + row_h * (g->event_rows + k + 0.5);
          XituRect label_box = { body.x + 12 * ctx->s, cy, label_w - 20 * ctx->s, row_h };
          draw_facility (ctx, &axis, g_ptr_array_index (g->facilities, k), &label_box, cy, row_h, i);
        }
      append_summary (ctx, summary, g);
      y += group_h + group_gap;
    }

  ctx->result->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  xitu_legend_items_clear (legend);
  xitu_chart_end (ctx, &body);
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
  g_auto (Timeline) t = { 0 };

  timeline_collect (&t, dataset, opts);
  for (guint i = 0; i < t.groups->len; i++)
    {
      Group *g = g_ptr_array_index (t.groups, i);

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
  g_auto (Timeline) t = { 0 };

  for (guint c = 0; opts->countries != NULL && opts->countries[c] != NULL; c++)
    if (xitu_dataset_lookup_country (dataset, opts->countries[c]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Unknown country code “%s”: use ISO 3166 alpha-3 codes such as CHN, USA or EU27",
                     opts->countries[c]);
        return FALSE;
      }
  timeline_collect (&t, dataset, opts);
  if (t.groups->len > 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The dataset has no dated events or facilities to draw");
  return FALSE;
}
