/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The values a map is coloured by: one per country, each with the figure
 * (and so the source, edition and year) it comes from. Only the dataset's
 * own queries pick the figures, so the map agrees with the charts: the
 * mining share of China is the chain chart's 69.2 %, not a second sum. */
#include "xitu-map-metric.h"

#include <math.h>
#include <string.h>

#include "xitu-figure-select.h"

struct _XituMapMetric
{
  GObject            parent_instance;

  XituDataset       *dataset;
  XituMapMetricKind  kind;
  char              *stage;
  char              *unit;
  int                year_asked;
  int                year;
  char              *edition;
  double             total;
  gboolean           total_from_source;
  GArray            *values;   /* of XituMapMetricValue */
  GHashTable        *by_numeric;  /* numeric → index + 1 */
  GPtrArray         *sources;
};

G_DEFINE_FINAL_TYPE (XituMapMetric, xitu_map_metric, G_TYPE_OBJECT)

static const struct
{
  const char *id;
  const char *metric;        /* the dataset metric */
  const char *fixed_stage;   /* the stage of its figures, when it takes none */
} kinds[XITU_N_MAP_METRICS] = {
  [XITU_MAP_METRIC_SHARE] = { "share", NULL, NULL },
  [XITU_MAP_METRIC_PRODUCTION] = { "production", "production", "mining" },
  [XITU_MAP_METRIC_RESERVES] = { "reserves", "reserves", "mining" },
  [XITU_MAP_METRIC_DEPENDENCE] = { "dependence", "import-share", NULL },
};

static void
value_clear (gpointer data)
{
  XituMapMetricValue *v = data;

  g_clear_object (&v->figure);
  g_clear_object (&v->high);
}

static void
xitu_map_metric_finalize (GObject *object)
{
  XituMapMetric *self = XITU_MAP_METRIC (object);

  g_array_unref (self->values);
  g_hash_table_unref (self->by_numeric);
  g_ptr_array_unref (self->sources);
  g_free (self->stage);
  g_free (self->unit);
  g_free (self->edition);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (xitu_map_metric_parent_class)->finalize (object);
}

static void
xitu_map_metric_class_init (XituMapMetricClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_map_metric_finalize;
}

static void
xitu_map_metric_init (XituMapMetric *self)
{
  self->values = g_array_new (FALSE, TRUE, sizeof (XituMapMetricValue));
  g_array_set_clear_func (self->values, value_clear);
  self->by_numeric = g_hash_table_new (NULL, NULL);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->total = NAN;
}

/* ---- which figures ------------------------------------------------------ */

static gboolean
is_observation (XituFigure *f)
{
  return xitu_figure_has_value (f) && (xitu_figure_get_flags (f) & XITU_FIGURE_PROJECTED) == 0;
}

static gboolean
stage_has_metric (XituDataset *dataset,
                  const char  *metric,
                  const char  *stage,
                  const char  *partner)
{
  XituFigureQuery q = { .metric = metric, .stage = stage, .partner = partner };
  g_autoptr (GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

  for (guint i = 0; i < found->len; i++)
    if (is_observation (g_ptr_array_index (found, i)))
      return TRUE;
  return FALSE;
}

/* The dataset metric and stage whose figures a map metric reads; a stage's
 * share comes from production where there is production to divide. */
static void
resolve (XituDataset        *dataset,
         XituMapMetricKind   kind,
         const char         *stage,
         const char        **metric,
         const char        **figure_stage,
         const char        **partner)
{
  *partner = NULL;
  if (kind == XITU_MAP_METRIC_SHARE)
    {
      *figure_stage = stage != NULL ? stage : "separation";
      *metric = stage_has_metric (dataset, "production", *figure_stage, NULL) ? "production" : "share";
      return;
    }
  *metric = kinds[kind].metric;
  if (kind == XITU_MAP_METRIC_DEPENDENCE)
    {
      *figure_stage = stage != NULL ? stage : "separation";
      *partner = XITU_CHINA_CODE;
      return;
    }
  *figure_stage = kinds[kind].fixed_stage;
}

static void
add_source (XituMapMetric *self,
            XituFigure    *figure)
{
  const char *id;

  if (figure == NULL || (id = xitu_figure_get_source (figure)) == NULL)
    return;
  for (guint i = 0; i < self->sources->len; i++)
    if (strcmp (g_ptr_array_index (self->sources, i), id) == 0)
      return;
  g_ptr_array_add (self->sources, g_strdup (id));
}

/* Adds a value for the map country `country` unless it has one. */
static void
add_value (XituMapMetric *self,
           XituCountry   *country,
           const char    *via,
           XituFigure    *figure,
           XituFigure    *high,
           double         value)
{
  XituMapMetricValue v = { 0 };
  guint numeric = xitu_country_get_numeric (country);

  if (numeric == 0 || g_hash_table_contains (self->by_numeric, GUINT_TO_POINTER (numeric)))
    return;
  v.numeric = numeric;
  v.country = xitu_country_get_code (country);
  v.via = via;
  v.figure = g_object_ref (figure);
  v.high = high != NULL ? g_object_ref (high) : NULL;
  v.has_value = xitu_figure_has_value (figure) && isfinite (value);
  v.value = v.has_value ? value : NAN;
  g_array_append_val (self->values, v);
  g_hash_table_insert (self->by_numeric, GUINT_TO_POINTER (numeric), GUINT_TO_POINTER (self->values->len));
  add_source (self, figure);
  add_source (self, high);
}

/* A country's own figure, or a bloc's figure for each member without one:
 * own figures go first so that they win. */
static void
add_figures (XituMapMetric *self,
             GPtrArray     *figures,
             GPtrArray     *highs,
             const double  *values)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < figures->len; i++)
      {
        XituFigure *f = g_ptr_array_index (figures, i);
        XituFigure *high = highs != NULL ? g_ptr_array_index (highs, i) : NULL;
        XituCountry *country = xitu_dataset_lookup_country (self->dataset, xitu_figure_get_country (f));
        const char * const *members;

        if (country == NULL)
          continue;
        if (xitu_country_get_kind (country) == XITU_COUNTRY_KIND_COUNTRY)
          {
            if (pass == 0)
              add_value (self, country, NULL, f, high, values[i]);
            continue;
          }
        if (pass == 0 || xitu_country_get_kind (country) != XITU_COUNTRY_KIND_BLOC)
          continue;
        members = xitu_country_get_members (country);
        for (guint m = 0; members != NULL && members[m] != NULL; m++)
          {
            XituCountry *member = xitu_dataset_lookup_country (self->dataset, members[m]);

            if (member != NULL)
              add_value (self, member, xitu_country_get_code (country), f, high, values[i]);
          }
      }
}

/* Shares, production and reserves: one consistent set (one year, one
 * edition family, one measure) from the dataset's selection. */
static void
fill_from_selection (XituMapMetric *self,
                     const char    *metric,
                     const char    *stage)
{
  g_autoptr (XituSelection) sel = xitu_dataset_select (self->dataset, metric, stage, NULL,
                                                       self->year_asked, self->edition);
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean as_share = self->kind == XITU_MAP_METRIC_SHARE && strcmp (metric, "production") == 0;
  double world = NAN, sum = 0;

  if (sel->figures->len == 0)
    return;

  self->year = sel->year;
  g_free (self->edition);
  self->edition = g_strdup (sel->edition);
  g_free (self->unit);
  self->unit = g_strdup (as_share ? "%" : xitu_figure_get_unit (g_ptr_array_index (sel->figures, 0)));

  for (guint i = 0; i < sel->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (sel->figures, i);
      const char *code = xitu_figure_get_country (f);
      XituCountry *country = xitu_dataset_lookup_country (self->dataset, code);
      double v = xitu_figure_has_value (f) ? xitu_figure_get_value (f) : NAN;

      if (g_strcmp0 (code, XITU_WORLD_CODE) == 0)
        world = v;
      else if (isfinite (v) && (g_strcmp0 (code, XITU_OTHER_CODE) == 0 ||
                                (country != NULL && xitu_country_get_kind (country) == XITU_COUNTRY_KIND_COUNTRY)))
        sum += v;
      g_array_append_val (values, v);
    }

  if (as_share)
    {
      /* The source's world total when it covers the countries; else ours. */
      self->total_from_source = isfinite (world) && world > 0 && world >= sum;
      self->total = self->total_from_source ? world : sum;
      for (guint i = 0; i < values->len; i++)
        g_array_index (values, double, i) = self->total > 0 ? 100.0 * g_array_index (values, double, i) / self->total
                                                            : NAN;
    }
  add_figures (self, sel->figures, NULL, (const double *) (gpointer) values->data);
}

/* Of two figures for the same country and period, the one that speaks of
 * all rare earths ("usgs-import-sources") rather than a subset
 * ("usgs-import-sources: terbium, holmium, lutetium"). */
static gboolean
better_series (XituFigure *candidate,
               XituFigure *best)
{
  const char *a = xitu_figure_get_measure (candidate);
  const char *b = xitu_figure_get_measure (best);

  if (xitu_figure_get_year_end (candidate) != xitu_figure_get_year_end (best))
    return xitu_figure_get_year_end (candidate) > xitu_figure_get_year_end (best);
  return strlen (a != NULL ? a : "") < strlen (b != NULL ? b : "");
}

/* Dependence: each importer's latest share of imports from China up to the
 * year; a source that gives a range (60–70 %) gives its two ends. */
static void
fill_dependence (XituMapMetric *self,
                 const char    *stage)
{
  XituFigureQuery q = { .metric = "import-share", .partner = XITU_CHINA_CODE, .stage = stage,
                        .edition = self->edition };
  g_autoptr (GPtrArray) found = xitu_dataset_find_figures (self->dataset, &q);  /* newest edition first */
  g_autoptr (GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) figures = g_ptr_array_new ();
  g_autoptr (GPtrArray) highs = g_ptr_array_new ();
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  GHashTableIter iter;
  gpointer key, value;
  const char *edition = NULL;
  gboolean one_edition = TRUE;

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      XituFigure *current = g_hash_table_lookup (best, xitu_figure_get_country (f));

      if (!is_observation (f) || (self->year_asked > 0 && xitu_figure_get_year_end (f) > self->year_asked))
        continue;
      if (current == NULL || better_series (f, current))
        g_hash_table_insert (best, (gpointer) xitu_figure_get_country (f), f);
    }

  g_hash_table_iter_init (&iter, best);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      XituFigure *low = value, *high = value;

      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *g = g_ptr_array_index (found, i);

          if (!is_observation (g) ||
              g_strcmp0 (xitu_figure_get_country (g), key) != 0 ||
              g_strcmp0 (xitu_figure_get_measure (g), xitu_figure_get_measure (low)) != 0 ||
              g_strcmp0 (xitu_figure_get_edition (g), xitu_figure_get_edition (low)) != 0 ||
              xitu_figure_get_year (g) != xitu_figure_get_year (low) ||
              xitu_figure_get_year_end (g) != xitu_figure_get_year_end (low))
            continue;
          if (xitu_figure_get_value (g) < xitu_figure_get_value (low))
            low = g;
          if (xitu_figure_get_value (g) > xitu_figure_get_value (high))
            high = g;
        }
      if (xitu_figure_get_value (high) == xitu_figure_get_value (low))
        high = NULL;
      g_ptr_array_add (figures, low);
      g_ptr_array_add (highs, high);
      g_array_append_vals (values, &(double) { xitu_figure_get_value (low) }, 1);
      self->year = MAX (self->year, xitu_figure_get_year_end (low));
      if (edition == NULL)
        edition = xitu_figure_get_edition (low);
      else if (g_strcmp0 (edition, xitu_figure_get_edition (low)) != 0)
        one_edition = FALSE;
    }

  g_free (self->unit);
  self->unit = g_strdup ("%");
  if (self->edition == NULL && one_edition)
    self->edition = g_strdup (edition);
  add_figures (self, figures, highs, (const double *) (gpointer) values->data);
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  const XituMapMetricValue *x = a, *y = b;

  return (x->numeric > y->numeric) - (x->numeric < y->numeric);
}

XituMapMetric *
xitu_map_metric_new (XituDataset       *dataset,
                     XituMapMetricKind  kind,
                     const char        *stage,
                     int                year,
                     const char        *edition)
{
  XituMapMetric *self;
  const char *metric, *figure_stage, *partner;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind < XITU_N_MAP_METRICS, NULL);

  self = g_object_new (XITU_TYPE_MAP_METRIC, NULL);
  self->dataset = g_object_ref (dataset);
  self->kind = kind;
  self->year_asked = MAX (year, 0);
  self->edition = g_strdup (edition);
  resolve (dataset, kind, stage, &metric, &figure_stage, &partner);
  self->stage = xitu_map_metric_kind_has_stage (kind) ? g_strdup (figure_stage) : NULL;
  self->unit = g_strdup (kind == XITU_MAP_METRIC_SHARE || kind == XITU_MAP_METRIC_DEPENDENCE ? "%" : "t");

  if (kind == XITU_MAP_METRIC_DEPENDENCE)
    fill_dependence (self, figure_stage);
  else
    fill_from_selection (self, metric, figure_stage);

  /* By code, so that exports and tests read in a stable order. */
  g_array_sort (self->values, compare_values);
  g_hash_table_remove_all (self->by_numeric);
  for (guint i = 0; i < self->values->len; i++)
    g_hash_table_insert (self->by_numeric,
                         GUINT_TO_POINTER (g_array_index (self->values, XituMapMetricValue, i).numeric),
                         GUINT_TO_POINTER (i + 1));
  return self;
}

/* ---- accessors ---------------------------------------------------------- */

XituMapMetricKind
xitu_map_metric_get_kind (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), XITU_MAP_METRIC_SHARE);
  return self->kind;
}

const char *
xitu_map_metric_get_stage (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  return self->stage;
}

const char *
xitu_map_metric_get_unit (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  return self->unit;
}

int
xitu_map_metric_get_year_asked (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), 0);
  return self->year_asked;
}

int
xitu_map_metric_get_year (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), 0);
  return self->year;
}

const char *
xitu_map_metric_get_edition (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  return self->edition;
}

gboolean
xitu_map_metric_has_data (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), FALSE);
  return self->values->len > 0;
}

guint
xitu_map_metric_get_n_values (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), 0);
  return self->values->len;
}

const XituMapMetricValue *
xitu_map_metric_get_value (XituMapMetric *self,
                           guint          index)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  g_return_val_if_fail (index < self->values->len, NULL);
  return &g_array_index (self->values, XituMapMetricValue, index);
}

const XituMapMetricValue *
xitu_map_metric_lookup (XituMapMetric *self,
                        guint          numeric)
{
  guint index;

  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_numeric, GUINT_TO_POINTER (numeric)));
  return index > 0 ? &g_array_index (self->values, XituMapMetricValue, index - 1) : NULL;
}

GPtrArray *
xitu_map_metric_get_sources (XituMapMetric *self)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NULL);
  return self->sources;
}

double
xitu_map_metric_get_total (XituMapMetric *self,
                           gboolean      *from_source)
{
  g_return_val_if_fail (XITU_IS_MAP_METRIC (self), NAN);
  if (from_source != NULL)
    *from_source = self->total_from_source;
  return self->total;
}

/* ---- what there is to choose from ---------------------------------------- */

static GPtrArray *
find_observations (XituDataset       *dataset,
                   XituMapMetricKind  kind,
                   const char        *stage)
{
  const char *metric, *figure_stage, *partner;
  XituFigureQuery q = { 0 };
  GPtrArray *found;

  resolve (dataset, kind, stage, &metric, &figure_stage, &partner);
  q.metric = metric;
  q.stage = figure_stage;
  q.partner = partner;
  found = xitu_dataset_find_figures (dataset, &q);
  for (guint i = found->len; i > 0; i--)
    {
      XituFigure *f = g_ptr_array_index (found, i - 1);
      XituCountry *country = xitu_dataset_lookup_country (dataset, xitu_figure_get_country (f));
      /* What the selection reads: single years only, except for
       * dependence, where a 2021–24 average counts as of 2024. */
      gboolean usable = is_observation (f) &&
                        (kind == XITU_MAP_METRIC_DEPENDENCE ||
                         xitu_figure_get_year (f) == xitu_figure_get_year_end (f));

      if (!usable || country == NULL || xitu_country_get_kind (country) == XITU_COUNTRY_KIND_AGGREGATE)
        g_ptr_array_remove_index (found, i - 1);
    }
  return found;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

GArray *
xitu_map_metric_list_years (XituDataset       *dataset,
                            XituMapMetricKind  kind,
                            const char        *stage)
{
  g_autoptr (GPtrArray) found = NULL;
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_val_if_fail (XITU_IS_DATASET (dataset), years);
  g_return_val_if_fail (kind < XITU_N_MAP_METRICS, years);

  found = find_observations (dataset, kind, stage);
  for (guint i = 0; i < found->len; i++)
    {
      int year = xitu_figure_get_year_end (g_ptr_array_index (found, i));
      gboolean seen = FALSE;

      for (guint k = 0; k < years->len && !seen; k++)
        seen = g_array_index (years, int, k) == year;
      if (!seen)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);
  return years;
}

GStrv
xitu_map_metric_list_editions (XituDataset       *dataset,
                               XituMapMetricKind  kind,
                               const char        *stage)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (XITU_IS_DATASET (dataset), g_strv_builder_end (builder));
  g_return_val_if_fail (kind < XITU_N_MAP_METRICS, g_strv_builder_end (builder));

  found = find_observations (dataset, kind, stage);
  for (guint i = 0; i < found->len; i++)
    {
      const char *edition = xitu_figure_get_edition (g_ptr_array_index (found, i));

      if (edition != NULL && g_hash_table_add (seen, (gpointer) edition))
        g_strv_builder_add (builder, edition);
    }
  return g_strv_builder_end (builder);
}

GStrv
xitu_map_metric_list_stages (XituDataset       *dataset,
                             XituMapMetricKind  kind)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *stages;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), g_strv_builder_end (builder));

  if (!xitu_map_metric_kind_has_stage (kind))
    return g_strv_builder_end (builder);

  stages = xitu_dataset_get_stages (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (XituStage) stage = g_list_model_get_item (stages, i);
      const char *id = xitu_stage_get_id (stage);
      gboolean has;

      if (kind == XITU_MAP_METRIC_DEPENDENCE)
        has = stage_has_metric (dataset, "import-share", id, XITU_CHINA_CODE);
      else
        has = stage_has_metric (dataset, "production", id, NULL) || stage_has_metric (dataset, "share", id, NULL);
      if (has)
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

gboolean
xitu_map_metric_kind_has_stage (XituMapMetricKind kind)
{
  return kind == XITU_MAP_METRIC_SHARE || kind == XITU_MAP_METRIC_DEPENDENCE;
}

const char *
xitu_map_metric_kind_default_stage (XituMapMetricKind kind)
{
  return xitu_map_metric_kind_has_stage (kind) ? "separation" : NULL;
}

/* ---- ids ----------------------------------------------------------------- */

char *
xitu_map_metric_to_id (XituMapMetricKind  kind,
                       const char        *stage)
{
  g_return_val_if_fail (kind < XITU_N_MAP_METRICS, NULL);

  if (!xitu_map_metric_kind_has_stage (kind))
    return g_strdup (kinds[kind].id);
  if (stage == NULL)
    stage = xitu_map_metric_kind_default_stage (kind);
  if (kind == XITU_MAP_METRIC_DEPENDENCE && strcmp (stage, "separation") == 0)
    return g_strdup ("dependence");
  return g_strdup_printf ("%s-%s", stage, kinds[kind].id);
}

static gboolean
valid_stage (const char *stage)
{
  static const char * const stages[] = { "mining", "separation", "metal", "magnet" };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (strcmp (stage, stages[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
xitu_map_metric_parse_id (const char         *id,
                          XituMapMetricKind  *kind,
                          char              **stage)
{
  const char *dash;

  g_return_val_if_fail (kind != NULL && stage != NULL, FALSE);
  *stage = NULL;
  if (id == NULL)
    return FALSE;

  if (strcmp (id, "production") == 0 || strcmp (id, "mine-production") == 0)
    {
      *kind = XITU_MAP_METRIC_PRODUCTION;
      return TRUE;
    }
  if (strcmp (id, "reserves") == 0)
    {
      *kind = XITU_MAP_METRIC_RESERVES;
      return TRUE;
    }
  if (strcmp (id, "dependence") == 0 || strcmp (id, "share") == 0)
    {
      *kind = strcmp (id, "share") == 0 ? XITU_MAP_METRIC_SHARE : XITU_MAP_METRIC_DEPENDENCE;
      *stage = g_strdup ("separation");
      return TRUE;
    }
  if (valid_stage (id))
    {
      *kind = XITU_MAP_METRIC_SHARE;
      *stage = g_strdup (id);
      return TRUE;
    }

  dash = strrchr (id, '-');
  if (dash == NULL)
    return FALSE;
  {
    g_autofree char *head = g_strndup (id, dash - id);

    if (!valid_stage (head))
      return FALSE;
    if (strcmp (dash + 1, "share") == 0)
      *kind = XITU_MAP_METRIC_SHARE;
    else if (strcmp (dash + 1, "dependence") == 0)
      *kind = XITU_MAP_METRIC_DEPENDENCE;
    else
      return FALSE;
    *stage = g_steal_pointer (&head);
  }
  return TRUE;
}
