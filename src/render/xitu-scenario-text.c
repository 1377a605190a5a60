/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Words and numbers shared by the scenario charts (disruption, build-out):
 * ranges, stage bases, stage lists, the preset a scenario started from. No
 * arithmetic on the results here: the engine computed them. */
#include "xitu-chart-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

char *
xitu_chart_range_percent (XituChartCtx *ctx,
                          XituRange     range)
{
  g_autofree char *lo = NULL;

  /* Shown as the reader sees them: a range that rounds to one value is one. */
  if (xitu_range_is_exact (range) || fabs (range.hi - range.lo) < 0.05)
    return xitu_format_percent (range.lo, XITU_DECIMALS_AUTO, ctx->lang);
  lo = xitu_format_number (range.lo, fabs (range.lo - round (range.lo)) < 0.05 ? 0 : 1, ctx->lang, XITU_NUMBERS_PLAIN);
  {
    g_autofree char *hi = xitu_format_percent (range.hi, XITU_DECIMALS_AUTO, ctx->lang);
    return g_strdup_printf ("%s–%s", lo, hi);
  }
}

char *
xitu_chart_range_number (XituChartCtx *ctx,
                         XituRange     range,
                         int           decimals)
{
  g_autofree char *lo = xitu_format_number (range.lo, decimals, ctx->lang, ctx->opts->numbers);
  g_autofree char *hi = NULL;

  if (xitu_range_is_exact (range))
    return g_steal_pointer (&lo);
  hi = xitu_format_number (range.hi, decimals, ctx->lang, ctx->opts->numbers);
  if (g_strcmp0 (lo, hi) == 0)
    return g_steal_pointer (&lo);
  return g_strdup_printf ("%s–%s", lo, hi);
}

/* The stage bases of xitu-intensity.h and the capacity units of the
 * dataset, in the chart's language. */
char *
xitu_chart_unit_name (XituChartCtx *ctx,
                      const char   *unit)
{
  static const struct
  {
    const char *unit;
    const char *en;
    const char *zh;
  } names[] = {
    { "t REO in concentrate", "t REO in concentrate", "吨稀土氧化物（精矿）" },
    { "t REO", "t REO", "吨稀土氧化物" },
    { "t NdPr metal", "t NdPr metal", "吨镨钕金属" },
    { "t magnets", "t magnets", "吨磁体" },
    { "t/yr REO", "t/yr REO", "吨/年（稀土氧化物）" },
    { "t/yr NdPr", "t/yr NdPr", "吨/年（镨钕）" },
    { "t/yr magnets", "t/yr magnets", "吨/年（磁体）" },
    { "t/yr light rare earths", "t/yr light rare earths", "吨/年（轻稀土）" },
    { "t/yr metal", "t/yr metal", "吨/年（金属）" },
  };

  if (unit == NULL)
    return g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].unit, unit) == 0)
      return xitu_chart_tr (ctx, names[i].en, names[i].zh);
  return g_strdup (xitu_format_unit (unit, ctx->lang));
}

/* "Separation & refining, Metal & alloy and Magnets". */
char *
xitu_chart_stage_list (XituChartCtx       *ctx,
                       const char * const *ids)
{
  GString *out = g_string_new (NULL);
  guint n = ids != NULL ? g_strv_length ((char **) ids) : 0;
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = xitu_chart_stage_name (ctx, ids[i]);

      if (i > 0)
        g_string_append (out, zh ? "、" : i + 1 == n ? " and " : ", ");
      g_string_append (out, name);
    }
  return g_string_free (out, FALSE);
}

/* The source of a dataset event, or NULL. */
const char *
xitu_chart_event_source (XituDataset *dataset,
                         const char  *event_id)
{
  GListModel *events = xitu_dataset_get_events (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (XituEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (xitu_event_get_id (event), event_id) == 0)
        return xitu_event_get_source (event);
    }
  return NULL;
}

/* Whether the scenario's inputs are still those of its preset (cut,
 * duration, stages, elements, look-through). */
gboolean
xitu_chart_preset_modified (XituDataset                *dataset,
                            const XituDisruptionPreset *preset,
                            const XituDisruptionParams *params)
{
  XituDisruptionParams from_preset = *params;

  if (!xitu_disruption_params_apply_preset (&from_preset, dataset, preset))
    return TRUE;
  return !xitu_disruption_params_same_structure (&from_preset, params) ||
         from_preset.cut != params->cut || from_preset.duration_months != params->duration_months;
}

/* "Preset: April 2025 controls (MOFCOM & GAC No. 18) — source: …", adding
 * the preset's sources to the footer. */
char *
xitu_chart_preset_line (XituChartCtx               *ctx,
                        const XituDisruptionPreset *preset,
                        gboolean                    modified)
{
  g_autofree char *title = NULL;
  g_autofree char *word = xitu_chart_tr (ctx, "Preset", "预设");
  const char *colon = ctx->lang == XITU_LANG_ZH ? "：" : ": ";
  GString *line;

  if (preset == NULL)
    {
      g_autofree char *none = xitu_chart_tr (ctx, "none; the inputs are the user's own",
                                             "无；输入均由用户设定");
      return g_strdup_printf ("%s%s%s", word, colon, none);
    }
  title = xitu_chart_tr (ctx, preset->title_en, preset->title_zh);
  line = g_string_new (NULL);
  g_string_append_printf (line, "%s%s%s", word, colon, title);
  if (modified)
    {
      g_autofree char *changed = xitu_chart_tr (ctx, " (inputs changed since)", "（此后输入已修改）");
      g_string_append (line, changed);
    }
  if (preset->event_ids == NULL || preset->event_ids[0] == NULL)
    {
      g_autofree char *none = xitu_chart_tr (ctx, " — no such measure exists: a hypothetical upper bound",
                                             "——并无此措施：假设的上限");
      g_string_append (line, none);
    }
  else
    {
      g_autofree char *sources = xitu_chart_tr (ctx, " — sources: ", "——来源：");
      gboolean first = TRUE;

      g_string_append (line, sources);
      for (guint i = 0; preset->event_ids[i] != NULL; i++)
        {
          const char *source = xitu_chart_event_source (ctx->dataset, preset->event_ids[i]);
          g_autofree char *label = NULL;

          if (source == NULL)
            continue;
          xitu_footer_add_source (ctx->footer, source, NULL);
          label = xitu_chart_source_title (ctx, source);
          g_string_append_printf (line, "%s%s", first ? "" : "; ", label);
          first = FALSE;
        }
    }
  return g_string_free (line, FALSE);
}

/* A dataset date ("2025", "2025-04", "2025-04-04") as a fractional year on
 * a time axis: a month without a day is placed at its middle, a year
 * without a month at its middle. NAN when it is not a date. */
double
xitu_chart_date_to_year (const char *date)
{
  int y = 0, m = 0, d = 0;
  int n;
  GDate start, when;
  double days_in_year;

  if (date == NULL)
    return NAN;
  n = sscanf (date, "%d-%d-%d", &y, &m, &d);
  if (n < 1 || y < 1 || y > 9999)
    return NAN;
  if (n == 1)
    return y + 0.5;
  if (m < 1 || m > 12)
    return NAN;
  if (n == 2)
    d = 15;
  if (!g_date_valid_dmy (d, m, y))
    return NAN;
  g_date_clear (&start, 1);
  g_date_clear (&when, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, y);
  g_date_set_dmy (&when, d, m, y);
  days_in_year = g_date_is_leap_year (y) ? 366 : 365;
  return y + g_date_days_between (&start, &when) / days_in_year;
}

/* "9 Nov 2025" / "2025年11月9日", from a dataset date. */
char *
xitu_chart_format_date (XituChartCtx *ctx,
                        const char   *date)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  int y = 0, m = 0, d = 0;
  int n = date != NULL ? sscanf (date, "%d-%d-%d", &y, &m, &d) : 0;
  gboolean zh = ctx->lang == XITU_LANG_ZH;

  if (n < 1)
    return g_strdup (date != NULL ? date : "");
  if (n == 1 || m < 1 || m > 12)
    return zh ? g_strdup_printf ("%d年", y) : g_strdup_printf ("%d", y);
  if (n == 2)
    return zh ? g_strdup_printf ("%d年%d月", y, m) : g_strdup_printf ("%s %d", months[m - 1], y);
  return zh ? g_strdup_printf ("%d年%d月%d日", y, m, d) : g_strdup_printf ("%d %s %d", d, months[m - 1], y);
}

/* A country's name inside an English sentence: "the United States", "the
 * European Union (27)"; as is otherwise and in Chinese. */
char *
xitu_chart_country_in_sentence (XituChartCtx *ctx,
                                const char   *code)
{
  static const char * const with_the[] = { "United ", "European ", "Netherlands", "Philippines", "Czech " };
  g_autofree char *name = xitu_chart_country_name (ctx, code);

  if (ctx->lang == XITU_LANG_ZH)
    return g_steal_pointer (&name);
  for (guint i = 0; i < G_N_ELEMENTS (with_the); i++)
    if (g_str_has_prefix (name, with_the[i]))
      return g_strconcat ("the ", name, NULL);
  return g_steal_pointer (&name);
}
