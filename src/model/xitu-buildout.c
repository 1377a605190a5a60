/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-buildout.h"
#include "xitu-dependence.h"

/* Literature lead times, used only when the dataset has no lead-time
 * figures: IEA (>16 years, mines), ~2–5 years for plants once financed. */
#define FALLBACK_LEAD_MINE_LOW   16.0
#define FALLBACK_LEAD_MINE_HIGH  16.0
#define FALLBACK_LEAD_PLANT_LOW  2.0
#define FALLBACK_LEAD_PLANT_HIGH 5.0

static const char * const timelines[] = { "as-announced", "slippage", "lead-times" };
static const char * const target_kinds[] = { "share-of-world", "share-of-demand", "quantity" };

const char *
xitu_timeline_to_string (XituTimeline timeline)
{
  g_return_val_if_fail (timeline < G_N_ELEMENTS (timelines), NULL);
  return timelines[timeline];
}

gboolean
xitu_timeline_from_string (const char   *str,
                           XituTimeline *timeline)
{
  for (guint i = 0; i < G_N_ELEMENTS (timelines); i++)
    if (g_strcmp0 (str, timelines[i]) == 0)
      {
        *timeline = i;
        return TRUE;
      }
  return FALSE;
}

const char *
xitu_target_kind_to_string (XituTargetKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (target_kinds), NULL);
  return target_kinds[kind];
}

gboolean
xitu_target_kind_from_string (const char     *str,
                              XituTargetKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_kinds); i++)
    if (g_strcmp0 (str, target_kinds[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
xitu_start_basis_to_string (XituStartBasis basis)
{
  static const char * const names[] = {
    "in-output", "actual", "announced", "slipped", "lead-time", "now"
  };

  g_return_val_if_fail (basis < G_N_ELEMENTS (names), NULL);
  return names[basis];
}

void
xitu_buildout_params_init_default (XituBuildoutParams *params)
{
  memset (params, 0, sizeof *params);
  g_strlcpy (params->exclude, XITU_CHINA_CODE, sizeof params->exclude);
  g_strlcpy (params->importer, "USA", sizeof params->importer);
  params->timeline = XITU_TIMELINE_AS_ANNOUNCED;
  params->slippage_years = 2.0;
  params->lead_time_end = XITU_LEAD_TIME_HIGH;
  params->convert_units = TRUE;
  xitu_intensity_init_default (&params->intensity);
  params->target_kind = XITU_TARGET_SHARE_OF_WORLD;
  params->target_value = 50.0;
}

void
xitu_buildout_free (XituBuildout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->facilities->len; i++)
    g_object_unref (g_array_index (self->facilities, XituBuildoutFacility, i).facility);
  g_array_unref (self->facilities);
  g_ptr_array_unref (self->lead_figures);
  g_free (self);
}

int
xitu_buildout_year_index (int year)
{
  return CLAMP (year, XITU_BUILDOUT_FIRST_YEAR, XITU_BUILDOUT_LAST_YEAR) - XITU_BUILDOUT_FIRST_YEAR;
}

/* Mean of start_actual − start_announced over the facilities that have
 * both; the user's number when none has. */
static void
derive_slippage (XituBuildout *self,
                 XituDataset  *dataset)
{
  GListModel *facilities = xitu_dataset_get_facilities (dataset);
  double sum = 0.0;

  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr(XituFacility) f = g_list_model_get_item (facilities, i);

      if (xitu_facility_get_start_announced (f) > 0 && xitu_facility_get_start_actual (f) > 0)
        {
          sum += xitu_facility_get_start_actual (f) - xitu_facility_get_start_announced (f);
          self->slippage_n++;
        }
    }
  self->slippage_from_data = self->slippage_n > 0;
  self->slippage_years = self->slippage_from_data ? sum / self->slippage_n
                                                  : self->params.slippage_years;
}

/* Lead times in years from the dataset: at the first stage for mines,
 * at any other stage for plants; low and high end of what is there.
 * Permitting caps (months) are not lead times and are skipped. */
static void
derive_lead_times (XituBuildout *self,
                   XituDataset  *dataset,
                   const char   *first_stage)
{
  XituFigureQuery q = { .metric = "lead-time", .any_partner = TRUE };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (dataset, &q);
  double mine[2] = { INFINITY, -INFINITY }, plant[2] = { INFINITY, -INFINITY };

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      double v = xitu_figure_get_value (f);
      double *range;

      if (!xitu_figure_has_value (f) || g_strcmp0 (xitu_figure_get_unit (f), "years") != 0)
        continue;
      range = g_strcmp0 (xitu_figure_get_stage (f), first_stage) == 0 ? mine : plant;
      range[0] = MIN (range[0], v);
      range[1] = MAX (range[1], v);
      g_ptr_array_add (self->lead_figures, g_object_ref (f));
    }

  self->lead_from_data = isfinite (mine[0]) && isfinite (plant[0]);
  self->lead_mine[0] = isfinite (mine[0]) ? mine[0] : FALLBACK_LEAD_MINE_LOW;
  self->lead_mine[1] = isfinite (mine[1]) ? mine[1] : FALLBACK_LEAD_MINE_HIGH;
  self->lead_plant[0] = isfinite (plant[0]) ? plant[0] : FALLBACK_LEAD_PLANT_LOW;
  self->lead_plant[1] = isfinite (plant[1]) ? plant[1] : FALLBACK_LEAD_PLANT_HIGH;
}

/* World output today in the stage's basis unit: the dataset's tonnes
 * where it has them, else the stage upstream through the intensity
 * factors (flagged as derived). Today's share of the excluded country
 * from the stage shares. */
static void
compute_basis (XituBuildout *self,
               XituDataset  *dataset,
               const char  **ids,
               guint         s)
{
  XituBuildoutStage *st = &self->stages[s];
  int year = MAX (xitu_dataset_get_latest_year (dataset, "production", ids[s]),
                  xitu_dataset_get_latest_year (dataset, "share", ids[s]));
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (dataset, ids[s], year, NULL);
  gboolean excluded_known = FALSE;

  st->id = ids[s];
  st->unit = xitu_intensity_stage_unit (ids[s]);
  st->world_t = NAN;
  st->base_t = NAN;

  if (g_strcmp0 (shares->metric, "production") == 0 && shares->total > 0.0)
    {
      st->has_world = TRUE;
      st->world_t = shares->total;
      st->world_year = shares->year;
    }
  else if (s > 0 && self->stages[s - 1].has_world && self->params.convert_units)
    {
      double step = xitu_intensity_step (&self->params.intensity, ids[s - 1], ids[s]);

      if (isfinite (step))
        {
          st->has_world = TRUE;
          st->world_derived = TRUE;
          st->world_t = self->stages[s - 1].world_t * step;
          st->world_year = self->stages[s - 1].world_year;
        }
    }

  if (xitu_shares_has_data (shares))
    {
      double share = xitu_shares_get_share (shares, self->params.exclude);

      excluded_known = share > 0.0 || xitu_shares_is_complete (shares);
      st->excluded_share = share;
      st->base_year = shares->year;
    }
  if (st->has_world && excluded_known)
    {
      st->has_base = TRUE;
      st->base_t = st->world_t * (100.0 - st->excluded_share) / 100.0;
    }
}

static double
lead_time (XituBuildout *self,
           guint         stage_index)
{
  const double *range = stage_index == 0 ? self->lead_mine : self->lead_plant;

  return range[self->params.lead_time_end];
}

/* When a facility's capacity starts counting, and why then. */
static void
place_start (XituBuildout         *self,
             XituBuildoutFacility *bf,
             guint                 stage_index,
             int                   base_year)
{
  XituFacility *f = bf->facility;
  const char *status = xitu_facility_get_status (f);
  int announced = xitu_facility_get_announced (f);
  int start = xitu_facility_get_start_announced (f);
  int actual = xitu_facility_get_start_actual (f);
  int lead = (int) ceil (lead_time (self, stage_index));
  int from_lead = (announced > 0 ? announced : XITU_BUILDOUT_FIRST_YEAR) + lead;

  if (g_strcmp0 (status, "operating") == 0 || actual > 0)
    {
      if (actual > base_year)
        {
          bf->start_year = actual;
          bf->start_basis = XITU_START_ACTUAL;
        }
      else
        {
          bf->start_year = actual;
          bf->start_basis = XITU_START_IN_OUTPUT;
        }
      return;
    }

  if (g_strcmp0 (status, "commissioning") == 0)
    {
      /* Built: no lead time or slippage left to apply. */
      bf->start_year = MAX (start, XITU_BUILDOUT_FIRST_YEAR);
      bf->start_basis = start > 0 ? XITU_START_ANNOUNCED : XITU_START_NOW;
      return;
    }

  switch (self->params.timeline)
    {
    case XITU_TIMELINE_SLIPPAGE:
      if (start > 0)
        {
          bf->start_year = start + (int) ceil (self->slippage_years);
          bf->start_basis = XITU_START_SLIPPED;
          break;
        }
      G_GNUC_FALLTHROUGH;
    case XITU_TIMELINE_AS_ANNOUNCED:
      if (start > 0 && self->params.timeline == XITU_TIMELINE_AS_ANNOUNCED)
        {
          bf->start_year = start;
          bf->start_basis = XITU_START_ANNOUNCED;
          break;
        }
      /* No announced start: the low end of the lead time from financing. */
      bf->start_year = (announced > 0 ? announced : XITU_BUILDOUT_FIRST_YEAR) +
                       (int) ceil ((stage_index == 0 ? self->lead_mine : self->lead_plant)[0]);
      bf->start_basis = XITU_START_LEAD_TIME;
      break;
    case XITU_TIMELINE_LEAD_TIMES:
    default:
      /* Never before the operator's own date. */
      bf->start_year = MAX (start, from_lead);
      bf->start_basis = XITU_START_LEAD_TIME;
      break;
    }
  bf->start_year = MAX (bf->start_year, XITU_BUILDOUT_FIRST_YEAR);
}

static void
add_facility (XituBuildout *self,
              XituDataset  *dataset,
              XituFacility *facility)
{
  XituBuildoutFacility bf = { g_object_ref (facility), NULL, NAN, NULL, NAN };
  const char *stages = xitu_analysis_capacity_stage (dataset, facility);
  int index;

  if (stages == NULL)
    {
      /* Undisclosed capacity: placed on the timeline, never counted. */
      const char * const *listed = xitu_facility_get_stages (facility);

      bf.stage = listed != NULL ? listed[0] : NULL;
      bf.why_not = "capacity not disclosed";
    }
  else
    {
      bf.stage = stages;
      xitu_facility_get_capacity (facility, &bf.capacity, &bf.unit);
      bf.capacity_basis = xitu_intensity_convert (&self->params.intensity, stages, bf.unit,
                                                  &bf.converted);
      if (!isfinite (bf.capacity_basis))
        bf.why_not = "no documented factor for this unit at this stage";
      else if (bf.converted && !self->params.convert_units)
        {
          bf.capacity_basis = NAN;
          bf.why_not = "unit differs from the stage's and conversion is off";
        }
      else
        bf.capacity_basis *= bf.capacity;
    }

  index = xitu_analysis_stage_index (dataset, bf.stage);
  if (index >= 0)
    {
      place_start (self, &bf, index, self->stages[index].base_year > 0 ?
                                     self->stages[index].base_year : XITU_BUILDOUT_FIRST_YEAR - 1);
      if (bf.start_basis == XITU_START_IN_OUTPUT && bf.why_not == NULL)
        bf.why_not = "part of today's output";
      bf.counted = bf.why_not == NULL;
    }
  else if (bf.why_not == NULL)
    bf.why_not = "stage not in the dataset";

  g_array_append_val (self->facilities, bf);
}

static void
compute_series (XituBuildout *self)
{
  for (guint s = 0; s < self->n_stages; s++)
    {
      XituBuildoutStage *st = &self->stages[s];

      for (guint i = 0; i < self->facilities->len; i++)
        {
          const XituBuildoutFacility *bf = &g_array_index (self->facilities, XituBuildoutFacility, i);

          if (!bf->counted || g_strcmp0 (bf->stage, st->id) != 0)
            continue;
          for (int y = MAX (bf->start_year, XITU_BUILDOUT_FIRST_YEAR); y <= XITU_BUILDOUT_LAST_YEAR; y++)
            st->added_t[y - XITU_BUILDOUT_FIRST_YEAR] += bf->capacity_basis;
        }

      for (int k = 0; k < XITU_BUILDOUT_N_YEARS; k++)
        {
          st->capacity_t[k] = (st->has_base ? st->base_t : 0.0) + st->added_t[k];
          st->share_of_world[k] = st->has_base ? 100.0 * st->capacity_t[k] / st->world_t : NAN;
          st->share_of_demand[k] = st->has_demand && st->has_base ?
                                   100.0 * st->capacity_t[k] / st->demand_t : NAN;
        }
    }
}

static void
find_demand (XituBuildout *self,
             XituDataset  *dataset,
             guint         s)
{
  XituBuildoutStage *st = &self->stages[s];
  XituDependenceQuery q = { .importer = self->params.importer, .stage = st->id };
  g_autoptr(XituDependence) dep = NULL;

  if (self->params.demand_t[s] > 0.0)
    {
      st->has_demand = TRUE;
      st->demand_t = self->params.demand_t[s];
      return;
    }
  if (self->params.importer[0] == '\0')
    return;
  dep = xitu_dependence_compute (dataset, &q);
  if (isfinite (dep->imports_t) && dep->imports_t > 0.0)
    {
      st->has_demand = TRUE;
      st->demand_from_data = TRUE;
      st->demand_t = dep->imports_t;
    }
}

static void
compute_targets (XituBuildout *self)
{
  for (guint s = 0; s < self->n_stages; s++)
    {
      XituBuildoutStage *st = &self->stages[s];

      switch (self->params.target_kind)
        {
        case XITU_TARGET_SHARE_OF_WORLD:
          st->has_target = st->has_world && st->has_base;
          st->target_t = st->world_t * self->params.target_value / 100.0;
          break;
        case XITU_TARGET_SHARE_OF_DEMAND:
          st->has_target = st->has_demand && st->has_base;
          st->target_t = st->demand_t * self->params.target_value / 100.0;
          break;
        case XITU_TARGET_QUANTITY:
        default:
          st->has_target = st->has_base;
          st->target_t = self->params.target_value;
          break;
        }
      st->target_year = -1;
      if (!st->has_target)
        continue;
      st->target_year = 0;
      for (int k = 0; k < XITU_BUILDOUT_N_YEARS && st->target_year == 0; k++)
        if (st->capacity_t[k] >= st->target_t)
          st->target_year = XITU_BUILDOUT_FIRST_YEAR + k;
    }
}

XituBuildout *
xitu_buildout_compute (XituDataset              *dataset,
                       const XituBuildoutParams *params)
{
  XituBuildout *self = g_new0 (XituBuildout, 1);
  GListModel *facilities = xitu_dataset_get_facilities (dataset);
  const char *ids[XITU_MAX_STAGES];

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);

  self->params = *params;
  self->facilities = g_array_new (FALSE, TRUE, sizeof (XituBuildoutFacility));
  self->lead_figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->n_stages = xitu_analysis_get_stage_ids (dataset, ids);

  derive_slippage (self, dataset);
  derive_lead_times (self, dataset, self->n_stages > 0 ? ids[0] : NULL);
  for (guint s = 0; s < self->n_stages; s++)
    {
      compute_basis (self, dataset, ids, s);
      find_demand (self, dataset, s);
    }

  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr(XituFacility) f = g_list_model_get_item (facilities, i);

      if (g_strcmp0 (xitu_facility_get_country (f), params->exclude) != 0)
        add_facility (self, dataset, f);
    }

  compute_series (self);
  compute_targets (self);
  return self;
}

/* ---- replacement ------------------------------------------------------ */

void
xitu_replacement_free (XituReplacement *self)
{
  if (self == NULL)
    return;
  g_free (self->importer);
  g_free (self->summary);
  g_free (self);
}

/* The importer's need at a stage in t: its demand (the user's, or its
 * imports) times the excluded country's share of its imports (100 % when
 * the dataset has no share: the conservative side). NAN without tonnes. */
static double
importer_need (XituBuildout *self,
               XituDataset  *dataset,
               guint         s)
{
  const XituBuildoutStage *st = &self->stages[s];
  XituDependenceQuery q = { .importer = self->params.importer, .stage = st->id,
                            .supplier = self->params.exclude };
  g_autoptr(XituDependence) dep = NULL;

  if (!st->has_demand)
    return NAN;
  dep = xitu_dependence_compute (dataset, &q);
  return st->demand_t * (dep->has_figures ? dep->direct.hi : 100.0) / 100.0;
}

static char *
describe (XituReplacement *r,
          XituBuildout    *self)
{
  const char *exclude = self->params.exclude;

  if (r->verdict == XITU_REPLACE_NO)
    {
      const XituReplaceStage *b = &r->stages[r->bottleneck];

      return g_strdup_printf ("No: by %d, new capacity outside %s meets %.0f %% of the need at "
                              "%s (the bottleneck); %s; a project not yet listed could produce "
                              "there from %d at the earliest.",
                              r->deadline_year, exclude, 100.0 - b->unmet, b->id,
                              b->reach_year > 0 ? "the listed projects meet it later" :
                              "the listed projects do not meet it by 2035",
                              b->earliest_new);
    }
  if (r->verdict == XITU_REPLACE_YES)
    return g_strdup_printf ("Yes: by %d, new capacity outside %s meets the need at every stage.",
                            r->deadline_year, exclude);
  return g_strdup_printf ("Undetermined: no need in tonnes for %s at some stages; enter its "
                          "demand to judge them.", r->importer);
}

XituReplacement *
xitu_buildout_replace (XituBuildout *self,
                       XituDataset  *dataset,
                       int           from_year,
                       int           months,
                       double        fraction)
{
  XituReplacement *r = g_new0 (XituReplacement, 1);
  gboolean any_short = FALSE, any_unknown = FALSE;

  r->importer = g_strdup (self->params.importer);
  r->from_year = from_year;
  r->months = months;
  r->deadline_year = from_year + (months + 11) / 12;
  r->fraction = fraction;
  r->bottleneck = -1;
  r->n_stages = self->n_stages;
  r->frame = XITU_REPLACE_FRAME_WORLD;
  for (guint s = 0; s < self->n_stages; s++)
    if (self->stages[s].has_demand)
      r->frame = XITU_REPLACE_FRAME_IMPORTER;

  for (guint s = 0; s < self->n_stages; s++)
    {
      const XituBuildoutStage *st = &self->stages[s];
      XituReplaceStage *rs = &r->stages[s];
      double need;

      rs->id = st->id;
      rs->earliest_new = from_year + (int) ceil (s == 0 ? self->lead_mine[0] : self->lead_plant[0]);
      if (r->frame == XITU_REPLACE_FRAME_IMPORTER)
        need = importer_need (self, dataset, s);
      else
        need = st->has_base ? st->world_t * st->excluded_share / 100.0 : NAN;
      if (!isfinite (need))
        {
          rs->status = XITU_STAGE_NO_BASIS;
          any_unknown = TRUE;
          continue;
        }

      rs->need_t = need * fraction / 100.0;
      rs->added_t = r->deadline_year < XITU_BUILDOUT_FIRST_YEAR ? 0.0 :
                    st->added_t[xitu_buildout_year_index (r->deadline_year)];
      for (int k = 0; k < XITU_BUILDOUT_N_YEARS && rs->reach_year == 0; k++)
        if (st->added_t[k] >= rs->need_t)
          rs->reach_year = XITU_BUILDOUT_FIRST_YEAR + k;
      if (rs->need_t <= 0.0)
        {
          rs->status = XITU_STAGE_NOT_NEEDED;
          continue;
        }
      rs->unmet = 100.0 * MAX (0.0, rs->need_t - rs->added_t) / rs->need_t;
      rs->status = rs->unmet > 0.0 ? XITU_STAGE_SHORT : XITU_STAGE_REPLACED;
      if (rs->status != XITU_STAGE_SHORT)
        continue;

      any_short = TRUE;
      if (r->bottleneck < 0)
        r->bottleneck = s;
      else
        {
          const XituReplaceStage *b = &r->stages[r->bottleneck];

          if (rs->unmet > b->unmet + 1e-9 ||
              (fabs (rs->unmet - b->unmet) <= 1e-9 && rs->earliest_new > b->earliest_new))
            r->bottleneck = s;
        }
    }

  r->verdict = any_short ? XITU_REPLACE_NO : any_unknown ? XITU_REPLACE_UNDETERMINED
                                                         : XITU_REPLACE_YES;
  r->summary = describe (r, self);
  return r;
}
