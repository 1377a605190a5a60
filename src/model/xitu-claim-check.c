/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-claim-check.h"

void
xitu_claim_check_free (XituClaimCheck *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->claim);
  g_clear_object (&self->figure);
  g_clear_object (&self->matched);
  g_free (self->kinds);
  g_free (self->explanation);
  g_free (self);
}

static gboolean
is_percent (XituFigure *figure)
{
  return g_strcmp0 (xitu_figure_get_unit (figure), "%") == 0;
}

/* Whether `claimed` is within `tolerance` of what the figure says. A
 * figure flagged "more than" stands for [value, ∞) (capped at 100 for %),
 * "less than" for [0, value]. *difference is the distance to that range:
 * in points for %, relative to the value otherwise. */
gboolean
xitu_claim_check_within (XituFigure *figure,
                         double      claimed,
                         double      tolerance,
                         double     *difference)
{
  double v = xitu_figure_get_value (figure);
  XituFigureFlags flags = xitu_figure_get_flags (figure);
  double lo = v, hi = v, dist;

  if (flags & XITU_FIGURE_MORE_THAN)
    hi = is_percent (figure) ? 100.0 : INFINITY;
  if (flags & XITU_FIGURE_LESS_THAN)
    lo = 0.0;
  dist = claimed < lo ? lo - claimed : claimed > hi ? claimed - hi : 0.0;
  if (!is_percent (figure) && v != 0.0)
    dist /= fabs (v);
  if (difference != NULL)
    *difference = claimed >= lo ? dist : -dist;
  return dist <= tolerance + 1e-9;
}

static gboolean
same_series (XituFigure *a,
             XituFigure *b)
{
  return g_strcmp0 (xitu_figure_get_country (a), xitu_figure_get_country (b)) == 0 &&
         g_strcmp0 (xitu_figure_get_partner (a), xitu_figure_get_partner (b)) == 0 &&
         g_strcmp0 (xitu_figure_get_stage (a), xitu_figure_get_stage (b)) == 0 &&
         g_strcmp0 (xitu_figure_get_metric (a), xitu_figure_get_metric (b)) == 0 &&
         g_strcmp0 (xitu_figure_get_measure (a), xitu_figure_get_measure (b)) == 0;
}

/* Dependence figures are one family, reserves another: within a family,
 * a different metric or measure (import share by weight vs net import
 * reliance; national vs USGS reserves) is a different kind of number. */
static const char *
family (XituFigure *figure)
{
  const char *metric = xitu_figure_get_metric (figure);

  if (g_str_equal (metric, "import-share") || g_str_equal (metric, "net-import-reliance") ||
      g_str_equal (metric, "dependence-headline"))
    return "dependence";
  if (g_str_equal (metric, "reserves"))
    return "reserves";
  return NULL;
}

static char *
kind_label (XituFigure *figure)
{
  const char *measure = xitu_figure_get_measure (figure);

  return measure != NULL ? g_strdup_printf ("%s (%s)", xitu_figure_get_metric (figure), measure)
                         : g_strdup (xitu_figure_get_metric (figure));
}

static void
find_kinds (XituClaimCheck *self,
            XituDataset    *dataset)
{
  const char * const *ids = xitu_claim_get_figures (self->claim);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) per_family = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      XituFigure *f = xitu_dataset_lookup_figure (dataset, ids[i]);
      g_autofree char *label = NULL;
      const char *fam;
      guint count;

      if (f == NULL || (fam = family (f)) == NULL)
        continue;
      label = kind_label (f);
      if (g_ptr_array_find_with_equal_func (labels, label, g_str_equal, NULL))
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (per_family, fam)) + 1;
      g_hash_table_insert (per_family, (gpointer) fam, GUINT_TO_POINTER (count));
      if (count > 1)
        self->kinds_differ = TRUE;
      g_ptr_array_add (labels, g_steal_pointer (&label));
    }
  if (labels->len > 0)
    {
      g_ptr_array_add (labels, NULL);
      self->kinds = g_strjoinv ("; ", (char **) labels->pdata);
    }
}

/* 10^±1…4: a slipped decimal place or a 万 (10^4) conversion. */
static gboolean
find_unit_slip (XituClaimCheck *self)
{
  static const double factors[] = { 10.0, 0.1, 100.0, 0.01, 1000.0, 0.001, 10000.0, 0.0001 };

  if (is_percent (self->figure))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (xitu_claim_check_within (self->figure, self->claimed * factors[i], self->tolerance, NULL))
      {
        self->unit_factor = factors[i];
        return TRUE;
      }
  return FALSE;
}

/* The same series for an earlier period, or an earlier edition of the same
 * period: the claim repeats a number that was once right. Latest first. */
static gboolean
find_outdated (XituClaimCheck *self,
               XituDataset    *dataset)
{
  XituFigureQuery q = { .country = xitu_figure_get_country (self->figure),
                        .partner = xitu_figure_get_partner (self->figure),
                        .stage = xitu_figure_get_stage (self->figure),
                        .metric = xitu_figure_get_metric (self->figure) };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (dataset, &q);
  XituFigure *best = NULL;

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      gboolean earlier = xitu_figure_get_year_end (f) < xitu_figure_get_year (self->figure);
      gboolean older_edition = xitu_figure_get_year (f) == xitu_figure_get_year (self->figure) &&
                               xitu_figure_get_year_end (f) == xitu_figure_get_year_end (self->figure) &&
                               xitu_dataset_compare_editions (dataset, f, self->figure) < 0;

      if (f == self->figure || !same_series (f, self->figure) || !xitu_figure_has_value (f) ||
          !(earlier || older_edition) ||
          !xitu_claim_check_within (f, self->claimed, self->tolerance, NULL))
        continue;
      if (best == NULL || xitu_figure_get_year_end (f) > xitu_figure_get_year_end (best))
        best = f;
    }
  if (best != NULL)
    self->matched = g_object_ref (best);
  return best != NULL;
}

/* A figure of another kind in the same family, for the same country, that
 * the claimed number does match. */
static gboolean
find_other_kind (XituClaimCheck *self,
                 XituDataset    *dataset)
{
  const char *fam = family (self->figure);
  g_autoptr(GPtrArray) found = NULL;

  if (fam == NULL)
    return FALSE;
  found = xitu_dataset_get_figures_for_country (dataset, xitu_figure_get_country (self->figure));
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);

      if (g_strcmp0 (family (f), fam) != 0 || !xitu_figure_has_value (f) ||
          (g_strcmp0 (xitu_figure_get_metric (f), xitu_figure_get_metric (self->figure)) == 0 &&
           g_strcmp0 (xitu_figure_get_measure (f), xitu_figure_get_measure (self->figure)) == 0) ||
          g_strcmp0 (xitu_figure_get_unit (f), xitu_figure_get_unit (self->figure)) != 0)
        continue;
      if (xitu_claim_check_within (f, self->claimed, self->tolerance, NULL))
        {
          self->matched = g_object_ref (f);
          return TRUE;
        }
    }
  return FALSE;
}

static char *
explain (XituClaimCheck *self)
{
  g_autofree char *years = NULL;
  g_autofree char *other_years = NULL;
  const char *tol_unit = self->relative ? "relative" : "points";
  double tol = self->relative ? 100.0 * self->tolerance : self->tolerance;

  if (!self->computed)
    return g_strdup (self->has_check ? "The checked figure has no value in the dataset."
                                     : "No computable check: the verdict is the dataset's.");
  years = xitu_figure_format_years (self->figure);
  if (self->matched != NULL)
    other_years = xitu_figure_format_years (self->matched);

  switch (self->verdict)
    {
    case XITU_VERDICT_SUPPORTED:
      return g_strdup_printf ("%.10g is within %.10g %s of %s (%.10g %s, %s, %s).", self->claimed, tol,
                              self->relative ? "% relative" : "points",
                              xitu_figure_get_id (self->figure), xitu_figure_get_value (self->figure),
                              xitu_figure_get_unit (self->figure), years,
                              xitu_figure_get_edition (self->figure));
    case XITU_VERDICT_UNIT_ERROR:
      return g_strdup_printf ("%.10g is off from %s (%.10g %s), but %.10g × %g is within tolerance: "
                              "a unit or decimal slip.", self->claimed,
                              xitu_figure_get_id (self->figure), xitu_figure_get_value (self->figure),
                              xitu_figure_get_unit (self->figure), self->claimed, self->unit_factor);
    case XITU_VERDICT_OUTDATED:
      return g_strdup_printf ("%.10g does not match %s (%.10g %s, %s) but matches %s (%.10g %s, %s, %s): "
                              "an older number.", self->claimed, xitu_figure_get_id (self->figure),
                              xitu_figure_get_value (self->figure), xitu_figure_get_unit (self->figure),
                              years, xitu_figure_get_id (self->matched),
                              xitu_figure_get_value (self->matched), xitu_figure_get_unit (self->matched),
                              other_years, xitu_figure_get_edition (self->matched));
    case XITU_VERDICT_DIFFERENT_METRIC:
      return g_strdup_printf ("%.10g does not match %s (%s) but matches %s, which measures "
                              "something else (%s).", self->claimed, xitu_figure_get_id (self->figure),
                              xitu_figure_get_metric (self->figure), xitu_figure_get_id (self->matched),
                              xitu_figure_get_metric (self->matched));
    case XITU_VERDICT_CONTRADICTED:
    default:
      return g_strdup_printf ("%.10g is %.3g %s away from %s (%.10g %s, %s), beyond the tolerance of %g.",
                              self->claimed, fabs (self->relative ? 100.0 * self->difference
                                                                  : self->difference),
                              self->relative ? "% relative" : tol_unit,
                              xitu_figure_get_id (self->figure), xitu_figure_get_value (self->figure),
                              xitu_figure_get_unit (self->figure), years, tol);
    }
}

XituClaimCheck *
xitu_claim_check (XituDataset *dataset,
                  XituClaim   *claim)
{
  XituClaimCheck *self = g_new0 (XituClaimCheck, 1);
  const char *figure_id = NULL;
  XituFigure *figure;

  self->claim = g_object_ref (claim);
  self->typed = xitu_claim_get_verdict (claim);
  self->unit_factor = 1.0;
  find_kinds (self, dataset);

  self->has_check = xitu_claim_get_check (claim, &figure_id, &self->claimed, &self->tolerance);
  figure = self->has_check ? xitu_dataset_lookup_figure (dataset, figure_id) : NULL;
  if (figure == NULL || !xitu_figure_has_value (figure))
    {
      self->explanation = explain (self);
      return self;
    }

  self->figure = g_object_ref (figure);
  self->computed = TRUE;
  self->relative = !is_percent (figure);

  if (xitu_claim_check_within (figure, self->claimed, self->tolerance, &self->difference))
    self->verdict = XITU_VERDICT_SUPPORTED;
  else if (find_unit_slip (self))
    self->verdict = XITU_VERDICT_UNIT_ERROR;
  else if (find_outdated (self, dataset))
    self->verdict = XITU_VERDICT_OUTDATED;
  else if (find_other_kind (self, dataset))
    self->verdict = XITU_VERDICT_DIFFERENT_METRIC;
  else
    self->verdict = XITU_VERDICT_CONTRADICTED;

  self->agrees = self->verdict == self->typed;
  self->explanation = explain (self);
  return self;
}

GPtrArray *
xitu_claim_check_all (XituDataset *dataset)
{
  GListModel *claims = xitu_dataset_get_claims (dataset);
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) xitu_claim_check_free);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(XituClaim) claim = g_list_model_get_item (claims, i);

      g_ptr_array_add (checks, xitu_claim_check (dataset, claim));
    }
  return checks;
}
