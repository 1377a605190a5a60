/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-analysis.h"
#include "xitu-concentration.h"

static const struct
{
  const char *id;
  const char *reference;
} standards[XITU_N_HHI_STANDARDS] = {
  { "us-2010", "U.S. DOJ & FTC, Horizontal Merger Guidelines (19 Aug 2010), section 5.3" },
  { "us-2023", "U.S. DOJ & FTC, Merger Guidelines (18 Dec 2023), Guideline 1" },
  { "eu-2004", "European Commission, Guidelines on the assessment of horizontal mergers, "
               "OJ C 31, 5 Feb 2004, paragraphs 19–21" },
};

const char *
xitu_hhi_standard_to_string (XituHhiStandard standard)
{
  g_return_val_if_fail (standard < XITU_N_HHI_STANDARDS, NULL);
  return standards[standard].id;
}

gboolean
xitu_hhi_standard_from_string (const char      *str,
                               XituHhiStandard *standard)
{
  for (guint i = 0; i < XITU_N_HHI_STANDARDS; i++)
    if (g_strcmp0 (str, standards[i].id) == 0)
      {
        *standard = i;
        return TRUE;
      }
  return FALSE;
}

const char *
xitu_hhi_standard_get_reference (XituHhiStandard standard)
{
  g_return_val_if_fail (standard < XITU_N_HHI_STANDARDS, NULL);
  return standards[standard].reference;
}

const char *
xitu_concentration_class_to_string (XituConcentrationClass klass)
{
  switch (klass)
    {
    case XITU_CONCENTRATION_UNCONCENTRATED:
      return "unconcentrated";
    case XITU_CONCENTRATION_MODERATE:
      return "moderately-concentrated";
    case XITU_CONCENTRATION_HIGH:
      return "highly-concentrated";
    case XITU_CONCENTRATION_NOT_HIGH:
      return "not-highly-concentrated";
    case XITU_CONCENTRATION_UNKNOWN:
    default:
      return "unknown";
    }
}

/* The thresholds as each text words them: "below"/"above" are strict, the
 * middle band includes its ends. */
XituConcentrationClass
xitu_concentration_classify (double          hhi,
                             XituHhiStandard standard)
{
  switch (standard)
    {
    case XITU_HHI_US_2010:
      if (hhi < 1500.0)
        return XITU_CONCENTRATION_UNCONCENTRATED;
      return hhi > 2500.0 ? XITU_CONCENTRATION_HIGH : XITU_CONCENTRATION_MODERATE;
    case XITU_HHI_US_2023:
      return hhi > 1800.0 ? XITU_CONCENTRATION_HIGH : XITU_CONCENTRATION_NOT_HIGH;
    case XITU_HHI_EU_2004:
      if (hhi < 1000.0)
        return XITU_CONCENTRATION_UNCONCENTRATED;
      return hhi > 2000.0 ? XITU_CONCENTRATION_HIGH : XITU_CONCENTRATION_MODERATE;
    case XITU_N_HHI_STANDARDS:
    default:
      g_return_val_if_reached (XITU_CONCENTRATION_UNKNOWN);
    }
}

void
xitu_concentration_free (XituConcentration *self)
{
  if (self == NULL)
    return;
  g_free (self->stage);
  g_free (self->edition);
  g_free (self->metric);
  g_free (self->top1_country);
  g_clear_object (&self->top3_sourced);
  g_free (self);
}

gboolean
xitu_concentration_is_lower_bound (XituConcentration *self)
{
  return self->has_data && !self->complete;
}

/* Sum of the n largest of the named shares plus, as one more candidate,
 * the whole rest held by a single unnamed country: the largest top-n the
 * data allow. Splitting the rest never beats keeping it whole. */
static double
top_n_upper (const double *named,
             guint         n_named,
             double        rest,
             guint         n)
{
  double sum = 0.0;
  gboolean rest_used = FALSE;
  guint taken = 0, i = 0;

  while (taken < n && (i < n_named || !rest_used))
    {
      if (!rest_used && (i >= n_named || rest > named[i]))
        {
          sum += rest;
          rest_used = TRUE;
        }
      else
        sum += named[i++];
      taken++;
    }
  return sum;
}

XituConcentration *
xitu_concentration_new_from_shares (XituShares *shares,
                                    int         year_asked)
{
  XituConcentration *self = g_new0 (XituConcentration, 1);
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (double));
  double *v;

  self->stage = g_strdup (shares->stage);
  self->year = shares->year;
  self->year_asked = year_asked;
  self->edition = g_strdup (shares->edition);
  self->metric = g_strdup (shares->metric);
  self->has_data = xitu_shares_has_data (shares);
  self->complete = xitu_shares_is_complete (shares);

  /* Entries come largest first, named countries before the rest. */
  for (guint i = 0; i < xitu_shares_get_n_entries (shares); i++)
    {
      const XituShare *entry = xitu_shares_get_entry (shares, i);

      if (entry->figure != NULL && (xitu_figure_get_flags (entry->figure) & XITU_FIGURE_PROJECTED))
        self->projected = TRUE;
      if (entry->kind == XITU_SHARE_COUNTRY)
        {
          g_array_append_val (named, entry->share);
          if (self->top1_country == NULL)
            self->top1_country = g_strdup (xitu_country_get_code (entry->country));
        }
      else
        self->rest += entry->share;
    }
  /* A rest under half a point is the source's rounding, not a country. */
  if (self->complete)
    self->rest = 0.0;

  v = (double *) named->data;
  self->hhi_lo = xitu_shares_hhi (shares);
  self->hhi_hi = self->hhi_lo + self->rest * self->rest;
  self->top1_lo = xitu_shares_top_n (shares, 1);
  self->top1_hi = top_n_upper (v, named->len, self->rest, 1);
  self->top3_lo = xitu_shares_top_n (shares, 3);
  self->top3_hi = top_n_upper (v, named->len, self->rest, 3);
  return self;
}

static XituFigure *
find_sourced_top3 (XituDataset *dataset,
                   const char  *stage,
                   int          year)
{
  XituFigureQuery q = { .country = XITU_WORLD_CODE, .stage = stage,
                        .metric = "top3-share", .year = year };
  XituFigure *figure = xitu_dataset_find_figure (dataset, &q);

  if (figure == NULL || xitu_figure_get_year (figure) != year ||
      xitu_figure_get_year_end (figure) != year || !xitu_figure_has_value (figure))
    return NULL;
  return g_object_ref (figure);
}

XituConcentration *
xitu_concentration_new_for_stage (XituDataset *dataset,
                                  const char  *stage,
                                  int          year,
                                  const char  *edition)
{
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (dataset, stage, year, edition);
  XituConcentration *self = xitu_concentration_new_from_shares (shares, year);

  if (self->has_data)
    self->top3_sourced = find_sourced_top3 (dataset, stage, self->year);
  return self;
}

/* One entry per stage, upstream first. */
GPtrArray *
xitu_concentration_list_stages (XituDataset *dataset,
                                int          year)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) xitu_concentration_free);
  const char *ids[XITU_MAX_STAGES];
  guint n = xitu_analysis_get_stage_ids (dataset, ids);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (list, xitu_concentration_new_for_stage (dataset, ids[i], year, NULL));
  return list;
}

/* The class of the lower and of the upper bound; equal when the data
 * settle it even if the shares are incomplete (China's 91 % alone puts
 * separation above every threshold). FALSE without data. */
gboolean
xitu_concentration_get_class (XituConcentration      *self,
                              XituHhiStandard         standard,
                              XituConcentrationClass *lo,
                              XituConcentrationClass *hi)
{
  if (!self->has_data)
    {
      *lo = *hi = XITU_CONCENTRATION_UNKNOWN;
      return FALSE;
    }
  *lo = xitu_concentration_classify (self->hhi_lo, standard);
  *hi = xitu_concentration_classify (self->hhi_hi, standard);
  return TRUE;
}
