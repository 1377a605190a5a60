/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The questions the views ask of a dataset. They use only the dataset's
 * public API, so they live apart from its storage. */
#include <math.h>

#include "xitu-dataset.h"

static const char *
source_date (XituDataset *self,
             XituFigure  *figure)
{
  XituSource *source = xitu_dataset_lookup_source (self, xitu_figure_get_source (figure));

  return source != NULL ? xitu_source_get_date (source) : NULL;
}

/* Positive when `a` is from a newer edition than `b`: by the publication
 * date of its source, then by the edition's name ("MCS 2026 v1.3" after
 * "MCS 2026"). */
int
xitu_dataset_compare_editions (XituDataset *self,
                               XituFigure  *a,
                               XituFigure  *b)
{
  int cmp = g_strcmp0 (source_date (self, a), source_date (self, b));

  if (cmp != 0)
    return cmp;
  return g_strcmp0 (xitu_figure_get_edition (a), xitu_figure_get_edition (b));
}

static gboolean
figure_matches (XituFigure            *figure,
                const XituFigureQuery *q)
{
  if (q->country != NULL && g_strcmp0 (q->country, xitu_figure_get_country (figure)) != 0)
    return FALSE;
  if (!q->any_partner && g_strcmp0 (q->partner, xitu_figure_get_partner (figure)) != 0)
    return FALSE;
  if (q->stage != NULL && g_strcmp0 (q->stage, xitu_figure_get_stage (figure)) != 0)
    return FALSE;
  if (q->metric != NULL && g_strcmp0 (q->metric, xitu_figure_get_metric (figure)) != 0)
    return FALSE;
  if (q->measure != NULL && g_strcmp0 (q->measure, xitu_figure_get_measure (figure)) != 0)
    return FALSE;
  if (q->edition != NULL && g_strcmp0 (q->edition, xitu_figure_get_edition (figure)) != 0)
    return FALSE;
  if (q->year != 0 && !xitu_figure_covers_year (figure, q->year))
    return FALSE;
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  XituFigure *x = *(XituFigure **) a;
  XituFigure *y = *(XituFigure **) b;
  int cmp = xitu_dataset_compare_editions (user_data, y, x);

  if (cmp != 0)
    return cmp;
  cmp = xitu_figure_get_year (y) - xitu_figure_get_year (x);
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (xitu_figure_get_country (x), xitu_figure_get_country (y));
}

/* Every figure that matches, all editions, newest edition first. */
GPtrArray *
xitu_dataset_find_figures (XituDataset           *self,
                           const XituFigureQuery *query)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;
  XituFigure * const *figures = xitu_dataset_peek_figures (self, &n);

  for (guint i = 0; i < n; i++)
    if (figure_matches (figures[i], query))
      g_ptr_array_add (found, g_object_ref (figures[i]));
  g_ptr_array_sort_with_data (found, compare_newest_first, self);
  return found;
}

/* The figure from the edition asked for, or from the newest edition that has
 * one. Borrowed from the dataset. */
XituFigure *
xitu_dataset_find_figure (XituDataset           *self,
                          const XituFigureQuery *query)
{
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (self, query);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

GPtrArray *
xitu_dataset_get_editions_of (XituDataset *self,
                              XituFigure  *figure)
{
  XituFigureQuery q = {
    .country = xitu_figure_get_country (figure),
    .partner = xitu_figure_get_partner (figure),
    .stage = xitu_figure_get_stage (figure),
    .metric = xitu_figure_get_metric (figure),
    .measure = xitu_figure_get_measure (figure),
  };
  GPtrArray *found = xitu_dataset_find_figures (self, &q);

  /* Same period only: a 2021–24 average is not an edition of a 2024 value. */
  for (guint i = found->len; i > 0; i--)
    {
      XituFigure *other = g_ptr_array_index (found, i - 1);

      if (xitu_figure_get_year (other) != xitu_figure_get_year (figure) ||
          xitu_figure_get_year_end (other) != xitu_figure_get_year_end (figure) ||
          (q.measure == NULL && xitu_figure_get_measure (other) != NULL))
        g_ptr_array_remove_index (found, i - 1);
    }
  return found;
}

GPtrArray *
xitu_dataset_get_figures_for_source (XituDataset *self,
                                     const char  *source_id)
{
  GListModel *figures = xitu_dataset_get_figures (self);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (figures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      if (g_strcmp0 (xitu_figure_get_source (figure), source_id) == 0)
        g_ptr_array_add (found, g_steal_pointer (&figure));
    }
  return found;
}

GPtrArray *
xitu_dataset_get_figures_for_country (XituDataset *self,
                                      const char  *code)
{
  XituFigureQuery q = { .country = code, .any_partner = TRUE };

  return xitu_dataset_find_figures (self, &q);
}

char **
xitu_dataset_list_editions (XituDataset *self,
                            const char  *metric,
                            const char  *stage)
{
  XituFigureQuery q = { .metric = metric, .stage = stage, .any_partner = TRUE };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (self, &q);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < found->len; i++)
    {
      const char *edition = xitu_figure_get_edition (g_ptr_array_index (found, i));

      if (g_hash_table_add (seen, (gpointer) edition))
        g_strv_builder_add (builder, edition);
    }
  return g_strv_builder_end (builder);
}

static gboolean
is_observation (XituFigure *figure)
{
  return xitu_figure_has_value (figure) &&
         (xitu_figure_get_flags (figure) & XITU_FIGURE_PROJECTED) == 0;
}

int
xitu_dataset_get_latest_year (XituDataset *self,
                              const char  *metric,
                              const char  *stage)
{
  XituFigureQuery q = { .metric = metric, .stage = stage, .any_partner = TRUE };
  guint n;
  XituFigure * const *figures = xitu_dataset_peek_figures (self, &n);
  int latest = 0;

  /* A scan, not find_figures(): no order is needed for a maximum. */
  for (guint i = 0; i < n; i++)
    if (figure_matches (figures[i], &q) && is_observation (figures[i]))
      latest = MAX (latest, xitu_figure_get_year_end (figures[i]));
  return latest;
}

/* The figures of one stage and metric for the latest year up to `year`,
 * from one edition only (the one asked for, or the newest for that year):
 * mixing editions in one bar would add up numbers that were never meant to
 * be added. Projections count only when the year asked is in the future of
 * every observation. */
static GPtrArray *
pick_stage_figures (XituDataset *self,
                    const char  *stage,
                    const char  *metric,
                    int          year,
                    const char  *edition)
{
  XituFigureQuery q = { .stage = stage, .metric = metric, .edition = edition };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (self, &q);
  GPtrArray *picked = g_ptr_array_new_with_free_func (g_object_unref);
  XituFigure *best = NULL;

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (found, i);
      int y = xitu_figure_get_year (figure);

      if (!xitu_figure_has_value (figure) || y > year || y != xitu_figure_get_year_end (figure))
        continue;
      if (best == NULL || y > xitu_figure_get_year (best) ||
          (y == xitu_figure_get_year (best) && is_observation (figure) && !is_observation (best)))
        best = figure;
    }

  if (best == NULL)
    return picked;

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (found, i);

      if (xitu_figure_has_value (figure) &&
          xitu_figure_get_year (figure) == xitu_figure_get_year (best) &&
          xitu_figure_get_year_end (figure) == xitu_figure_get_year (best) &&
          g_strcmp0 (xitu_figure_get_edition (figure), xitu_figure_get_edition (best)) == 0 &&
          is_observation (figure) == is_observation (best))
        g_ptr_array_add (picked, g_object_ref (figure));
    }
  return picked;
}

static void
fill_shares (XituDataset *self,
             XituShares  *shares,
             GPtrArray   *figures)
{
  double world = NAN;
  double sum = 0.0;

  for (guint i = 0; i < figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (figures, i);
      const char *code = xitu_figure_get_country (figure);
      XituCountry *country = xitu_dataset_lookup_country (self, code);
      double value = xitu_figure_get_value (figure);

      if (g_strcmp0 (code, XITU_WORLD_CODE) == 0)
        world = value;
      else if (g_strcmp0 (code, XITU_OTHER_CODE) == 0 && value > 0.0)
        {
          xitu_shares_add (shares, XITU_SHARE_OTHER, NULL, figure, value);
          sum += value;
        }
      else if (country != NULL && xitu_country_get_kind (country) == XITU_COUNTRY_KIND_COUNTRY &&
               value > 0.0)
        {
          xitu_shares_add (shares, XITU_SHARE_COUNTRY, country, figure, value);
          sum += value;
        }
    }

  if (g_strcmp0 (shares->metric, "share") == 0)
    xitu_shares_finish (shares, 100.0, TRUE);
  else if (!isnan (world) && world >= sum)
    xitu_shares_finish (shares, world, TRUE);
  else
    xitu_shares_finish (shares, sum, FALSE);
}

XituShares *
xitu_dataset_get_stage_shares (XituDataset *self,
                               const char  *stage,
                               int          year,
                               const char  *edition)
{
  static const char * const metrics[] = { "production", "share" };
  XituShares *shares = xitu_shares_new (stage, year);

  g_return_val_if_fail (XITU_IS_DATASET (self), shares);

  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    {
      g_autoptr(GPtrArray) figures = pick_stage_figures (self, stage, metrics[m], year, edition);
      XituFigure *first;

      if (figures->len == 0)
        continue;

      first = g_ptr_array_index (figures, 0);
      shares->metric = g_strdup (metrics[m]);
      shares->edition = g_strdup (xitu_figure_get_edition (first));
      shares->unit = g_strdup (xitu_figure_get_unit (first));
      shares->year = xitu_figure_get_year (first);
      fill_shares (self, shares, figures);
      return shares;
    }

  xitu_shares_finish (shares, 0.0, FALSE);
  return shares;
}
