/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-disruption.h"

/* What binding precomputes for one importer × stage. */
typedef struct
{
  gboolean  has_data;
  gboolean  is_supplier;
  gboolean  scope_fallback;
  XituRange share;       /* % of imports from the supplier (look-through if asked) */
  double    imports_t;   /* NAN unless tonnes apply */
} Base;

struct _XituDisruption
{
  GObject               parent_instance;

  XituDataset          *dataset;
  XituDisruptionParams  bound_params;
  gboolean              bound;

  GArray               *overrides;       /* of XituUpstreamOverride, strings owned */
  GStrv                 importers;
  guint                 n_importers;
  guint                 n_stages;
  XituDisruptionStage   stages[XITU_MAX_STAGES];
  Base                 *base;            /* n_importers × n_stages */
  XituDisruptionCell   *cells;           /* n_importers × n_stages */
  GPtrArray            *dependences;     /* of XituDependence, n_importers × n_stages */
};

G_DEFINE_FINAL_TYPE (XituDisruption, xitu_disruption, G_TYPE_OBJECT)

static void
override_clear (gpointer data)
{
  XituUpstreamOverride *o = data;

  g_free ((char *) o->country);
  g_free ((char *) o->stage);
  g_free ((char *) o->note);
}

static void
xitu_disruption_finalize (GObject *object)
{
  XituDisruption *self = XITU_DISRUPTION (object);

  g_clear_object (&self->dataset);
  g_array_unref (self->overrides);
  g_strfreev (self->importers);
  g_free (self->base);
  g_free (self->cells);
  g_clear_pointer (&self->dependences, g_ptr_array_unref);

  G_OBJECT_CLASS (xitu_disruption_parent_class)->finalize (object);
}

static void
xitu_disruption_class_init (XituDisruptionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_disruption_finalize;
}

static void
xitu_disruption_init (XituDisruption *self)
{
  self->overrides = g_array_new (FALSE, TRUE, sizeof (XituUpstreamOverride));
  g_array_set_clear_func (self->overrides, override_clear);
}

XituDisruption *
xitu_disruption_new (XituDataset *dataset)
{
  XituDisruption *self;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);

  self = g_object_new (XITU_TYPE_DISRUPTION, NULL);
  self->dataset = g_object_ref (dataset);
  return self;
}

XituDataset *
xitu_disruption_get_dataset (XituDisruption *self)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), NULL);
  return self->dataset;
}

/* The defaults the Scenarios view opens with: China cuts separation by
 * half for six months, no spare capacity known, no stock, no recycling,
 * all consumption imported. */
void
xitu_disruption_params_init_default (XituDisruptionParams *params)
{
  memset (params, 0, sizeof *params);
  g_strlcpy (params->supplier, XITU_CHINA_CODE, sizeof params->supplier);
  params->stages = 1u << 1;
  params->elements = XITU_ELEMENTS_ALL;
  params->look_through = FALSE;
  xitu_intensity_init_default (&params->intensity);
  params->cut = 50.0;
  params->duration_months = 6.0;
  params->spare_basis = XITU_SPARE_AUTO;
  params->headroom = 0.0;
  params->stock_months = 0.0;
  params->recycling = 0.0;
  params->import_reliance = 100.0;
}

gboolean
xitu_disruption_params_same_structure (const XituDisruptionParams *a,
                                       const XituDisruptionParams *b)
{
  return g_str_equal (a->supplier, b->supplier) && a->stages == b->stages &&
         a->elements == b->elements && a->look_through == b->look_through &&
         memcmp (&a->intensity, &b->intensity, sizeof a->intensity) == 0;
}

void
xitu_disruption_set_overrides (XituDisruption             *self,
                               const XituUpstreamOverride *overrides,
                               guint                       n_overrides)
{
  g_return_if_fail (XITU_IS_DISRUPTION (self));

  g_array_set_size (self->overrides, 0);
  for (guint i = 0; i < n_overrides; i++)
    {
      XituUpstreamOverride copy = { g_strdup (overrides[i].country), g_strdup (overrides[i].stage),
                                    overrides[i].value, g_strdup (overrides[i].note) };

      g_array_append_val (self->overrides, copy);
    }
  self->bound = FALSE;
}

/* The latest observed year of a stage's shares, so that projections
 * (IEA 2030) never stand in for today. */
static XituShares *
latest_stage_shares (XituDataset *dataset,
                     const char  *stage)
{
  int year = MAX (xitu_dataset_get_latest_year (dataset, "production", stage),
                  xitu_dataset_get_latest_year (dataset, "share", stage));

  return xitu_dataset_get_stage_shares (dataset, stage, year, NULL);
}

/* Spare capacity from the data: per country other than the supplier,
 * operating capacity in t REO at the stage minus the country's output the
 * same year, where the dataset has both. Other units are not converted:
 * an assumed factor would decide the answer. */
static void
bind_spare (XituDisruption      *self,
            XituDisruptionStage *stage,
            XituShares          *shares,
            const char          *supplier)
{
  GListModel *facilities = xitu_dataset_get_facilities (self->dataset);
  g_autoptr(GHashTable) capacity = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer key, value;
  double spare = 0.0;

  if (g_strcmp0 (shares->metric, "production") != 0 || shares->total <= 0.0)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr(XituFacility) f = g_list_model_get_item (facilities, i);
      const char *unit = NULL;
      double cap;
      double *sum;

      if (g_strcmp0 (xitu_facility_get_status (f), "operating") != 0 ||
          g_strcmp0 (xitu_facility_get_country (f), supplier) == 0 ||
          g_strcmp0 (xitu_analysis_capacity_stage (self->dataset, f), stage->id) != 0 ||
          !xitu_facility_get_capacity (f, &cap, &unit) || g_strcmp0 (unit, "t/yr REO") != 0)
        continue;

      sum = g_hash_table_lookup (capacity, xitu_facility_get_country (f));
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (capacity, (gpointer) xitu_facility_get_country (f), sum);
        }
      *sum += cap;
    }

  g_hash_table_iter_init (&iter, capacity);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (guint e = 0; e < xitu_shares_get_n_entries (shares); e++)
      {
        const XituShare *entry = xitu_shares_get_entry (shares, e);

        if (entry->country != NULL && g_str_equal (xitu_country_get_code (entry->country), key))
          {
            spare += MAX (0.0, *(double *) value - entry->value);
            stage->spare_countries++;
          }
      }

  if (stage->spare_countries > 0)
    {
      stage->spare_from_data = TRUE;
      stage->spare_data = 100.0 * spare / shares->total;
    }
}

static void
bind_stage (XituDisruption             *self,
            guint                       s,
            const char                **ids,
            const XituDisruptionParams *params)
{
  XituDisruptionStage *stage = &self->stages[s];
  g_autoptr(XituShares) shares = latest_stage_shares (self->dataset, ids[s]);

  memset (stage, 0, sizeof *stage);
  stage->id = ids[s];
  stage->unit = xitu_intensity_stage_unit (ids[s]);
  stage->cut = (params->stages & (1u << s)) != 0;
  stage->supplier_share = 100.0;
  stage->world_t = NAN;

  if (xitu_shares_has_data (shares))
    {
      gboolean named = FALSE;

      for (guint e = 0; e < xitu_shares_get_n_entries (shares); e++)
        {
          const XituShare *entry = xitu_shares_get_entry (shares, e);

          if (entry->country != NULL &&
              g_str_equal (xitu_country_get_code (entry->country), params->supplier))
            {
              stage->supplier_share = entry->share;
              named = TRUE;
            }
        }
      stage->supplier_share_known = named || xitu_shares_is_complete (shares);
      if (!named && stage->supplier_share_known)
        stage->supplier_share = 0.0;
      stage->supplier_share_year = shares->year;
      if (g_strcmp0 (shares->metric, "production") == 0)
        stage->world_t = shares->total;
      bind_spare (self, stage, shares, params->supplier);
    }

  for (guint j = 0; j < XITU_MAX_STAGES; j++)
    stage->chain_factor[j] = NAN;
  stage->chain_factor[s] = 1.0;
  for (guint j = s + 1; j < self->n_stages; j++)
    stage->chain_factor[j] = stage->chain_factor[j - 1] *
                             xitu_intensity_step (&params->intensity, ids[j - 1], ids[j]);
}

void
xitu_disruption_bind (XituDisruption             *self,
                      const XituDisruptionParams *params)
{
  const char *ids[XITU_MAX_STAGES];
  guint n;

  g_return_if_fail (XITU_IS_DISRUPTION (self));

  g_strfreev (self->importers);
  self->importers = xitu_dependence_list_importers (self->dataset);
  self->n_importers = g_strv_length (self->importers);
  self->n_stages = xitu_analysis_get_stage_ids (self->dataset, ids);
  n = self->n_importers * self->n_stages;

  for (guint s = 0; s < self->n_stages; s++)
    bind_stage (self, s, ids, params);

  g_free (self->base);
  g_free (self->cells);
  self->base = g_new0 (Base, MAX (n, 1));
  self->cells = g_new0 (XituDisruptionCell, MAX (n, 1));
  g_clear_pointer (&self->dependences, g_ptr_array_unref);
  self->dependences = g_ptr_array_new_full (n, (GDestroyNotify) xitu_dependence_free);

  for (guint i = 0; i < self->n_importers; i++)
    for (guint s = 0; s < self->n_stages; s++)
      {
        XituDependenceQuery q = { .importer = self->importers[i], .stage = ids[s],
                                  .supplier = params->supplier, .elements = params->elements,
                                  .overrides = (XituUpstreamOverride *) self->overrides->data,
                                  .n_overrides = self->overrides->len };
        XituDependence *dep = xitu_dependence_compute (self->dataset, &q);
        Base *b = &self->base[i * self->n_stages + s];

        g_ptr_array_add (self->dependences, dep);
        b->is_supplier = g_str_equal (self->importers[i], params->supplier);
        b->has_data = dep->has_figures;
        b->scope_fallback = dep->scope_fallback;
        b->share = params->look_through ? dep->look_through : dep->direct;
        /* Tonnes of the whole product say nothing about a few elements. */
        b->imports_t = params->elements == XITU_ELEMENTS_ALL ? dep->imports_t : NAN;
      }

  self->bound_params = *params;
  self->bound = TRUE;
}

static XituRange
range_max (XituRange a,
           XituRange b)
{
  XituRange r = { MAX (a.lo, b.lo), MAX (a.hi, b.hi) };
  return r;
}

/* The cut's share that spare capacity elsewhere cannot replace, as a
 * fraction: c' = max(0, c − H/σ). */
static double
effective_cut (double cut,
               double spare,
               double supplier_share)
{
  double ratio;

  if (supplier_share <= 0.0)
    ratio = spare > 0.0 ? INFINITY : 0.0;
  else
    ratio = spare / supplier_share;
  return MAX (0.0, cut / 100.0 - ratio);
}

static void
run_cell (XituDisruption             *self,
          const XituDisruptionParams *params,
          const Base                 *b,
          const XituDisruptionStage  *stage,
          XituDisruptionCell         *cell)
{
  double keep = (params->import_reliance / 100.0) * (1.0 - params->recycling / 100.0);
  double c = stage->effective_cut / 100.0;
  double drawable = params->duration_months > 0.0 ?
                    100.0 * params->stock_months / params->duration_months : INFINITY;

  memset (cell, 0, sizeof *cell);
  cell->scope_fallback = b->scope_fallback;
  cell->share = b->share;
  if (b->is_supplier)
    {
      cell->status = XITU_CELL_SUPPLIER;
      return;
    }
  if (!b->has_data)
    {
      cell->status = XITU_CELL_NO_DATA;
      return;
    }
  cell->exposure.lo = b->share.lo * keep;
  cell->exposure.hi = b->share.hi * keep;
  if (!stage->cut)
    {
      cell->status = XITU_CELL_NOT_CUT;
      return;
    }

  cell->status = XITU_CELL_CUT;
  cell->shortfall.lo = cell->exposure.lo * c;
  cell->shortfall.hi = cell->exposure.hi * c;
  cell->shortfall_after_stock.lo = MAX (0.0, cell->shortfall.lo - drawable);
  cell->shortfall_after_stock.hi = MAX (0.0, cell->shortfall.hi - drawable);
  cell->stock_months_left.lo = cell->shortfall.hi > 0.0 ?
                               params->stock_months / (cell->shortfall.hi / 100.0) : INFINITY;
  cell->stock_months_left.hi = cell->shortfall.lo > 0.0 ?
                               params->stock_months / (cell->shortfall.lo / 100.0) : INFINITY;
  if (isfinite (b->imports_t))
    {
      cell->has_tonnes = TRUE;
      cell->shortfall_t.lo = b->imports_t * b->share.lo / 100.0 * c;
      cell->shortfall_t.hi = b->imports_t * b->share.hi / 100.0 * c;
    }
}

/* Worst cut stage upstream of each stage. */
static void
run_knock_on (XituDisruption *self,
              guint           i)
{
  XituDisruptionCell *row = &self->cells[i * self->n_stages];

  for (guint d = 1; d < self->n_stages; d++)
    for (guint u = 0; u < d; u++)
      {
        const XituDisruptionCell *up = &row[u];
        double factor = self->stages[u].chain_factor[d];

        if (up->status != XITU_CELL_CUT)
          continue;
        if (!row[d].has_knock_on || up->shortfall.hi > row[d].knock_on.hi)
          row[d].knock_on_from = u;
        row[d].knock_on = row[d].has_knock_on ? range_max (row[d].knock_on, up->shortfall)
                                              : up->shortfall;
        row[d].has_knock_on = TRUE;
        if (up->has_tonnes && isfinite (factor))
          {
            XituRange t = { up->shortfall_t.lo * factor, up->shortfall_t.hi * factor };

            row[d].knock_on_t = row[d].has_knock_on_t ? range_max (row[d].knock_on_t, t) : t;
            row[d].has_knock_on_t = TRUE;
          }
      }
}

/* Recomputes every importer × stage. Rebinds first (and returns TRUE) only
 * when the structural inputs changed; otherwise reads no dataset and
 * allocates nothing. */
gboolean
xitu_disruption_run (XituDisruption             *self,
                     const XituDisruptionParams *params)
{
  gboolean rebound = FALSE;

  g_return_val_if_fail (XITU_IS_DISRUPTION (self), FALSE);

  if (!self->bound || !xitu_disruption_params_same_structure (&self->bound_params, params))
    {
      xitu_disruption_bind (self, params);
      rebound = TRUE;
    }

  for (guint s = 0; s < self->n_stages; s++)
    {
      XituDisruptionStage *stage = &self->stages[s];

      stage->spare_used = params->spare_basis == XITU_SPARE_AUTO && stage->spare_from_data ?
                          stage->spare_data : params->headroom;
      stage->effective_cut = stage->cut ?
                             100.0 * effective_cut (params->cut, stage->spare_used,
                                                    stage->supplier_share) : 0.0;
    }

  for (guint i = 0; i < self->n_importers; i++)
    {
      for (guint s = 0; s < self->n_stages; s++)
        run_cell (self, params, &self->base[i * self->n_stages + s], &self->stages[s],
                  &self->cells[i * self->n_stages + s]);
      run_knock_on (self, i);
    }
  return rebound;
}

guint
xitu_disruption_get_n_importers (XituDisruption *self)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), 0);
  return self->n_importers;
}

const char *
xitu_disruption_get_importer (XituDisruption *self,
                              guint           importer)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), NULL);
  g_return_val_if_fail (importer < self->n_importers, NULL);
  return self->importers[importer];
}

int
xitu_disruption_find_importer (XituDisruption *self,
                               const char     *code)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), -1);

  for (guint i = 0; i < self->n_importers; i++)
    if (g_strcmp0 (self->importers[i], code) == 0)
      return i;
  return -1;
}

guint
xitu_disruption_get_n_stages (XituDisruption *self)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), 0);
  return self->n_stages;
}

const XituDisruptionStage *
xitu_disruption_get_stage (XituDisruption *self,
                           guint           stage)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), NULL);
  g_return_val_if_fail (stage < self->n_stages, NULL);
  return &self->stages[stage];
}

const XituDisruptionCell *
xitu_disruption_get_cell (XituDisruption *self,
                          guint           importer,
                          guint           stage)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), NULL);
  g_return_val_if_fail (importer < self->n_importers && stage < self->n_stages, NULL);
  return &self->cells[importer * self->n_stages + stage];
}

/* The dependence the cell was bound to: figures, sources, missing inputs.
 * Owned by the engine until the next bind. */
XituDependence *
xitu_disruption_get_dependence (XituDisruption *self,
                                guint           importer,
                                guint           stage)
{
  g_return_val_if_fail (XITU_IS_DISRUPTION (self), NULL);
  g_return_val_if_fail (importer < self->n_importers && stage < self->n_stages, NULL);
  return g_ptr_array_index (self->dependences, importer * self->n_stages + stage);
}

/* ---- presets ---------------------------------------------------------- */

static const char * const no18_events[] = { "cn-mofcom-gac-2025-18", NULL };
static const char * const october_events[] = {
  "cn-mofcom-gac-2025-55-58", "cn-mofcom-2025-61", "cn-mofcom-2025-62", NULL
};
static const char * const no_events[] = { NULL };
static const char * const downstream_stages[] = { "separation", "metal", "magnet", NULL };
static const char * const separation_only[] = { "separation", NULL };

static const XituDisruptionPreset presets[] = {
  {
    "mofcom-gac-2025-18",
    "April 2025 controls (MOFCOM & GAC No. 18)",
    "2025年4月管制（商务部 海关总署公告2025年第18号）",
    no18_events, "Sm,Gd,Tb,Dy,Lu,Sc,Y", downstream_stages, FALSE, 100.0, 6.0,
    "Export licences for seven medium and heavy rare earths and the oxides, compounds, metals, "
    "alloys and magnets that contain them. A licence requirement, not a ban: a 100 % cut is "
    "the case where no licence is granted. Duration is an assumption.",
  },
  {
    "mofcom-2025-october",
    "October 2025 controls, suspended (Nos. 55–58, 61, 62)",
    "2025年10月管制（已暂停；第55–58、61、62号）",
    october_events, "Sm,Gd,Tb,Dy,Lu,Sc,Y,Ho,Er,Tm,Eu,Yb", downstream_stages, TRUE, 100.0, 12.0,
    "No. 57 adds holmium, erbium, thulium, europium and ytterbium to the April list; No. 61 "
    "reaches items made abroad with Chinese rare earths (look-through exposure); No. 62 covers "
    "technologies (no effect on this year's supply). Suspended by No. 70 until 10 Nov 2026: "
    "this preset shows what they would have done.",
  },
  {
    "separation-embargo",
    "Full embargo on separated rare earths (hypothetical)",
    "全面禁运分离稀土（假设情景）",
    no_events, NULL, separation_only, FALSE, 100.0, 12.0,
    "No such measure exists: a hypothetical upper bound. Downstream stages are hit through "
    "the knock-on.",
  },
};

const XituDisruptionPreset *
xitu_disruption_get_presets (guint *n_presets)
{
  *n_presets = G_N_ELEMENTS (presets);
  return presets;
}

const XituDisruptionPreset *
xitu_disruption_find_preset (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i].id, id) == 0)
      return &presets[i];
  return NULL;
}

/* Sets the structural inputs and the cut and duration of a preset; the
 * user's stock, spare capacity and recycling stay. FALSE if none of the
 * preset's stages is in the dataset. */
gboolean
xitu_disruption_params_apply_preset (XituDisruptionParams       *params,
                                     XituDataset                *dataset,
                                     const XituDisruptionPreset *preset)
{
  guint stages = 0;
  XituElements elements = XITU_ELEMENTS_ALL;

  for (guint i = 0; preset->stages[i] != NULL; i++)
    {
      int index = xitu_analysis_stage_index (dataset, preset->stages[i]);

      if (index >= 0)
        stages |= 1u << index;
    }
  if (stages == 0)
    return FALSE;

  if (preset->elements != NULL)
    {
      g_auto(GStrv) symbols = g_strsplit (preset->elements, ",", -1);

      for (guint i = 0; symbols[i] != NULL; i++)
        {
          XituElement e;

          if (xitu_element_from_symbol (symbols[i], &e))
            elements |= 1u << e;
        }
    }

  g_strlcpy (params->supplier, XITU_CHINA_CODE, sizeof params->supplier);
  params->stages = stages;
  params->elements = elements;
  params->look_through = preset->look_through;
  params->cut = preset->cut;
  params->duration_months = preset->duration_months;
  return TRUE;
}
