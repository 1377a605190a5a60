/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The data behind the charts, apart from their drawing: which years and
 * editions a chart can show, and its figures as a table (the CSV export).
 */
#include "xitu-chart-private.h"

#include <math.h>
#include <string.h>

/* Years and editions */

typedef struct
{
  const char *metric;
  const char *stage;
} MetricStage;

/* The figures each chart draws from. */
static guint
chart_metrics (const XituChartOptions *options,
               MetricStage            *out)
{
  const char *m = options->metric;

  switch (options->kind)
    {
    case XITU_CHART_CHAIN:
      out[0] = (MetricStage) { "production", NULL };
      out[1] = (MetricStage) { "share", NULL };
      return 2;
    case XITU_CHART_DEPENDENCE:
      out[0] = (MetricStage) { "import-share", NULL };
      out[1] = (MetricStage) { "dependence-headline", NULL };
      out[2] = (MetricStage) { "net-import-reliance", NULL };
      return 3;
    case XITU_CHART_LOOK_THROUGH:
      out[0] = (MetricStage) { "import-share", NULL };
      return 1;
    case XITU_CHART_DISRUPTION:
    case XITU_CHART_BUILDOUT:
    case XITU_CHART_TIMELINE:
      /* Scenario results and dated events: no year or edition to pick. */
      return 0;
    case XITU_CHART_RANKING:
    case XITU_CHART_TIMESERIES:
    case XITU_N_CHART_KINDS:
    default:
      if (m == NULL || g_strcmp0 (m, "production") == 0)
        out[0] = (MetricStage) { "production", "mining" };
      else if (g_strcmp0 (m, "separation-share") == 0)
        out[0] = (MetricStage) { "share", "separation" };
      else
        out[0] = (MetricStage) { m, NULL };
      return 1;
    }
}

static int
compare_years_desc (gconstpointer a,
                    gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

GArray *
xitu_chart_list_years (XituDataset            *dataset,
                       const XituChartOptions *options)
{
  MetricStage metrics[3];
  guint n = chart_metrics (options, metrics);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint m = 0; m < n; m++)
    {
      XituFigureQuery q = { .metric = metrics[m].metric, .stage = metrics[m].stage, .any_partner = TRUE };
      g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          int y = xitu_figure_get_year_end (f);

          if ((xitu_figure_get_flags (f) & XITU_FIGURE_PROJECTED) || !xitu_figure_has_value (f))
            continue;
          if (options->kind == XITU_CHART_CHAIN && xitu_figure_get_stage (f) == NULL)
            continue;
          if (g_hash_table_add (seen, GINT_TO_POINTER (y)))
            g_array_append_val (years, y);
        }
    }
  g_array_sort (years, compare_years_desc);
  return years;
}

GStrv
xitu_chart_list_editions (XituDataset            *dataset,
                          const XituChartOptions *options)
{
  MetricStage metrics[3];
  guint n = chart_metrics (options, metrics);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint m = 0; m < n; m++)
    {
      g_auto (GStrv) editions = xitu_dataset_list_editions (dataset, metrics[m].metric, metrics[m].stage);
      for (guint i = 0; editions[i] != NULL; i++)
        if (g_hash_table_add (seen, g_strdup (editions[i])))
          g_strv_builder_add (builder, editions[i]);
    }
  return g_strv_builder_end (builder);
}

/* Tables */

const char * const xitu_chart_table_header[] = {
  "chart", "item", "country", "country_name_en", "country_name_zh", "partner",
  "stage", "metric", "measure", "year", "year_end", "value", "unit",
  "share_percent", "flags", "edition", "source_id", "source_publisher",
  "source_title", "source_date", "source_url", NULL,
};

XituTable *
xitu_table_new (const char * const *header)
{
  XituTable *table = g_new0 (XituTable, 1);

  table->header = g_strdupv ((char **) header);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
xitu_table_free (XituTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
xitu_table_add_rowv (XituTable          *table,
                     const char * const *row)
{
  guint n = g_strv_length (table->header);
  char **copy = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (row[i] != NULL ? row[i] : "");
  g_ptr_array_add (table->rows, copy);
}

void
xitu_table_add_row (XituTable *table,
                    ...)
{
  guint n = g_strv_length (table->header);
  g_autofree const char **row = g_new0 (const char *, n + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < n; i++)
    row[i] = va_arg (args, const char *);
  va_end (args);
  xitu_table_add_rowv (table, row);
}

char *
xitu_csv_quote (const char *field)
{
  GString *out;

  if (field == NULL)
    return g_strdup ("");
  if (strpbrk (field, ",\"\r\n") == NULL)
    return g_strdup (field);

  out = g_string_new ("\"");
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

static void
append_csv_line (GString            *out,
                 const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *quoted = xitu_csv_quote (fields[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, quoted);
    }
  g_string_append (out, "\r\n");
}

char *
xitu_table_to_csv (XituTable *table)
{
  GString *out = g_string_new (NULL);

  append_csv_line (out, (const char * const *) table->header);
  for (guint i = 0; i < table->rows->len; i++)
    append_csv_line (out, g_ptr_array_index (table->rows, i));
  return g_string_free (out, FALSE);
}

char *
xitu_figure_flags_string (XituFigure *figure)
{
  XituFigureFlags flags = xitu_figure_get_flags (figure);
  GString *out = g_string_new (NULL);

  for (guint bit = 0; bit < 16; bit++)
    if (flags & (1u << bit))
      {
        const char *name = xitu_figure_flag_to_string (1u << bit);
        if (name == NULL)
          continue;
        if (out->len > 0)
          g_string_append_c (out, ';');
        g_string_append (out, name);
      }
  return g_string_free (out, FALSE);
}

void
xitu_table_add_figure_row (XituTable   *table,
                           XituDataset *dataset,
                           XituFigure  *figure,
                           const char  *chart_item,
                           double       share)
{
  XituCountry *country = xitu_dataset_lookup_country (dataset, xitu_figure_get_country (figure));
  XituSource *source = xitu_dataset_lookup_source (dataset, xitu_figure_get_source (figure));
  g_autofree char *year = g_strdup_printf ("%d", xitu_figure_get_year (figure));
  g_autofree char *year_end = g_strdup_printf ("%d", xitu_figure_get_year_end (figure));
  g_autofree char *value = xitu_figure_has_value (figure) ? xitu_format_machine (xitu_figure_get_value (figure)) : NULL;
  g_autofree char *share_str = isnan (share) ? NULL : xitu_format_machine (round (share * 1000) / 1000);
  g_autofree char *flags = xitu_figure_flags_string (figure);
  /* The chart column is filled in by xitu_chart_get_table(). */
  xitu_table_add_row (table,
                      "",
                      chart_item,
                      xitu_figure_get_country (figure),
                      country != NULL ? xitu_country_get_name_en (country) : NULL,
                      country != NULL ? xitu_country_get_name_zh (country) : NULL,
                      xitu_figure_get_partner (figure),
                      xitu_figure_get_stage (figure),
                      xitu_figure_get_metric (figure),
                      xitu_figure_get_measure (figure),
                      year, year_end, value,
                      xitu_figure_get_unit (figure),
                      share_str, flags,
                      xitu_figure_get_edition (figure),
                      xitu_figure_get_source (figure),
                      source != NULL ? xitu_text_get (xitu_source_get_publisher (source), XITU_LANG_EN) : NULL,
                      source != NULL ? xitu_source_get_title (source) : NULL,
                      source != NULL ? xitu_source_get_date (source) : NULL,
                      source != NULL ? xitu_source_get_url (source) : NULL);
}

XituTable *
xitu_chart_get_table (XituDataset            *dataset,
                      const XituChartOptions *options)
{
  XituTable *table = NULL;

  switch (options->kind)
    {
    case XITU_CHART_CHAIN:
      table = xitu_chain_chart_table (dataset, options);
      break;
    case XITU_CHART_RANKING:
      table = xitu_ranking_chart_table (dataset, options);
      break;
    case XITU_CHART_DEPENDENCE:
      table = xitu_dependence_chart_table (dataset, options);
      break;
    case XITU_CHART_TIMESERIES:
      table = xitu_timeseries_chart_table (dataset, options);
      break;
    case XITU_CHART_DISRUPTION:
      table = xitu_disruption_chart_table (dataset, options);
      break;
    case XITU_CHART_BUILDOUT:
      table = xitu_buildout_chart_table (dataset, options);
      break;
    case XITU_CHART_TIMELINE:
      table = xitu_timeline_chart_table (dataset, options);
      break;
    case XITU_CHART_LOOK_THROUGH:
      table = xitu_lookthrough_chart_table (dataset, options);
      break;
    case XITU_N_CHART_KINDS:
    default:
      table = xitu_table_new (xitu_chart_table_header);
      break;
    }
  /* The first column names the chart so that tables can be concatenated. */
  for (guint i = 0; i < table->rows->len; i++)
    {
      char **row = g_ptr_array_index (table->rows, i);
      g_free (row[0]);
      row[0] = g_strdup (xitu_chart_kind_to_string (options->kind));
    }
  return table;
}
