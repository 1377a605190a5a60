/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-scenario-private.h"

G_DEFINE_FINAL_TYPE (XituScenario, xitu_scenario, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PRESET,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
override_clear (gpointer data)
{
  XituUpstreamOverride *o = data;

  g_free ((char *) o->country);
  g_free ((char *) o->stage);
  g_free ((char *) o->note);
}

static void
demand_clear (gpointer data)
{
  g_free (((XituStageDemand *) data)->stage);
}

static void
xitu_scenario_finalize (GObject *object)
{
  XituScenario *self = XITU_SCENARIO (object);

  g_free (self->name);
  g_free (self->preset);
  g_strfreev (self->cut_stages);
  g_array_unref (self->demand);
  g_array_unref (self->overrides);

  G_OBJECT_CLASS (xitu_scenario_parent_class)->finalize (object);
}

static void
xitu_scenario_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  XituScenario *self = XITU_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PRESET:
      g_value_set_string (value, self->preset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_scenario_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  XituScenario *self = XITU_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      xitu_scenario_set_name (self, g_value_get_string (value));
      break;
    case PROP_PRESET:
      xitu_scenario_set_preset (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_scenario_class_init (XituScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xitu_scenario_finalize;
  object_class->get_property = xitu_scenario_get_property;
  object_class->set_property = xitu_scenario_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESET] =
    g_param_spec_string ("preset", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any input changed; views recompute. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
xitu_scenario_init (XituScenario *self)
{
  static const char * const separation[] = { "separation", NULL };

  xitu_disruption_params_init_default (&self->disruption);
  xitu_buildout_params_init_default (&self->buildout);
  xitu_intensity_init_default (&self->intensity);
  self->cut_stages = g_strdupv ((char **) separation);
  self->demand = g_array_new (FALSE, TRUE, sizeof (XituStageDemand));
  g_array_set_clear_func (self->demand, demand_clear);
  self->overrides = g_array_new (FALSE, TRUE, sizeof (XituUpstreamOverride));
  g_array_set_clear_func (self->overrides, override_clear);
}

XituScenario *
xitu_scenario_new (void)
{
  return g_object_new (XITU_TYPE_SCENARIO, NULL);
}

static void
set_overrides (XituScenario               *self,
               const XituUpstreamOverride *overrides,
               guint                       n_overrides)
{
  g_array_set_size (self->overrides, 0);
  for (guint i = 0; i < n_overrides; i++)
    {
      XituUpstreamOverride copy = { g_strdup (overrides[i].country), g_strdup (overrides[i].stage),
                                    overrides[i].value, g_strdup (overrides[i].note) };

      g_array_append_val (self->overrides, copy);
    }
}

static void
set_demand (XituScenario          *self,
            const XituStageDemand *demand,
            guint                  n)
{
  g_array_set_size (self->demand, 0);
  for (guint i = 0; i < n; i++)
    {
      XituStageDemand copy = { g_strdup (demand[i].stage), demand[i].t };

      g_array_append_val (self->demand, copy);
    }
}

XituScenario *
xitu_scenario_copy (XituScenario *self)
{
  XituScenario *copy = xitu_scenario_new ();

  copy->name = g_strdup (self->name);
  copy->preset = g_strdup (self->preset);
  copy->disruption = self->disruption;
  g_strfreev (copy->cut_stages);
  copy->cut_stages = g_strdupv (self->cut_stages);
  copy->buildout = self->buildout;
  set_demand (copy, (XituStageDemand *) self->demand->data, self->demand->len);
  copy->intensity = self->intensity;
  set_overrides (copy, (XituUpstreamOverride *) self->overrides->data, self->overrides->len);
  return copy;
}

static gboolean
disruption_equal (const XituDisruptionParams *a,
                  const XituDisruptionParams *b)
{
  return g_str_equal (a->supplier, b->supplier) && a->elements == b->elements &&
         a->look_through == b->look_through && a->cut == b->cut &&
         a->duration_months == b->duration_months && a->spare_basis == b->spare_basis &&
         a->headroom == b->headroom && a->stock_months == b->stock_months &&
         a->recycling == b->recycling && a->import_reliance == b->import_reliance;
}

static gboolean
buildout_equal (const XituBuildoutParams *a,
                const XituBuildoutParams *b)
{
  return g_str_equal (a->exclude, b->exclude) && a->timeline == b->timeline &&
         a->slippage_years == b->slippage_years && a->lead_time_end == b->lead_time_end &&
         a->convert_units == b->convert_units && a->target_kind == b->target_kind &&
         a->target_value == b->target_value && g_str_equal (a->importer, b->importer);
}

static gboolean
demand_equal (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const XituStageDemand *x = &g_array_index (a, XituStageDemand, i);
      const XituStageDemand *y = &g_array_index (b, XituStageDemand, i);

      if (g_strcmp0 (x->stage, y->stage) != 0 || x->t != y->t)
        return FALSE;
    }
  return TRUE;
}

static gboolean
overrides_equal (GArray *a,
                 GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const XituUpstreamOverride *x = &g_array_index (a, XituUpstreamOverride, i);
      const XituUpstreamOverride *y = &g_array_index (b, XituUpstreamOverride, i);

      if (g_strcmp0 (x->country, y->country) != 0 || g_strcmp0 (x->stage, y->stage) != 0 ||
          x->value != y->value || g_strcmp0 (x->note, y->note) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
xitu_scenario_equal (XituScenario *a,
                     XituScenario *b)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (a) && XITU_IS_SCENARIO (b), FALSE);

  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->preset, b->preset) == 0 &&
         disruption_equal (&a->disruption, &b->disruption) &&
         g_strv_equal ((const char * const *) a->cut_stages, (const char * const *) b->cut_stages) &&
         buildout_equal (&a->buildout, &b->buildout) && demand_equal (a->demand, b->demand) &&
         memcmp (&a->intensity, &b->intensity, sizeof a->intensity) == 0 &&
         overrides_equal (a->overrides, b->overrides);
}

/* GLib 2.76 has g_set_str; the floor here is 2.74. */
static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

const char *
xitu_scenario_get_name (XituScenario *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);
  return self->name;
}

void
xitu_scenario_set_name (XituScenario *self,
                        const char   *name)
{
  g_return_if_fail (XITU_IS_SCENARIO (self));

  if (set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

const char *
xitu_scenario_get_preset (XituScenario *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);
  return self->preset;
}

void
xitu_scenario_set_preset (XituScenario *self,
                          const char   *preset)
{
  g_return_if_fail (XITU_IS_SCENARIO (self));

  if (set_str (&self->preset, preset))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET]);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

const char * const *
xitu_scenario_get_cut_stages (XituScenario *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);
  return (const char * const *) self->cut_stages;
}

/* Stage ids the dataset does not have are left out of the bit mask; the
 * loader reports them when it is given the dataset. */
void
xitu_scenario_get_disruption (XituScenario         *self,
                              XituDataset          *dataset,
                              XituDisruptionParams *params)
{
  g_return_if_fail (XITU_IS_SCENARIO (self));

  *params = self->disruption;
  params->intensity = self->intensity;
  params->stages = 0;
  for (guint i = 0; self->cut_stages[i] != NULL; i++)
    {
      int index = xitu_analysis_stage_index (dataset, self->cut_stages[i]);

      if (index >= 0)
        params->stages |= 1u << index;
    }
}

void
xitu_scenario_set_disruption (XituScenario               *self,
                              XituDataset                *dataset,
                              const XituDisruptionParams *params)
{
  const char *ids[XITU_MAX_STAGES];
  guint n = xitu_analysis_get_stage_ids (dataset, ids);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) stages = NULL;
  gboolean changed;

  g_return_if_fail (XITU_IS_SCENARIO (self));

  for (guint s = 0; s < n; s++)
    if (params->stages & (1u << s))
      g_strv_builder_add (builder, ids[s]);
  stages = g_strv_builder_end (builder);

  changed = !disruption_equal (&self->disruption, params) ||
            !g_strv_equal ((const char * const *) stages, (const char * const *) self->cut_stages) ||
            memcmp (&self->intensity, &params->intensity, sizeof self->intensity) != 0;
  if (!changed)
    return;

  self->disruption = *params;
  self->intensity = params->intensity;
  g_strfreev (self->cut_stages);
  self->cut_stages = g_steal_pointer (&stages);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
xitu_scenario_apply_preset (XituScenario *self,
                            XituDataset  *dataset,
                            const char   *preset_id)
{
  const XituDisruptionPreset *preset = xitu_disruption_find_preset (preset_id);
  XituDisruptionParams params;

  g_return_val_if_fail (XITU_IS_SCENARIO (self), FALSE);

  if (preset == NULL)
    return FALSE;
  xitu_scenario_get_disruption (self, dataset, &params);
  if (!xitu_disruption_params_apply_preset (&params, dataset, preset))
    return FALSE;
  xitu_scenario_set_disruption (self, dataset, &params);
  xitu_scenario_set_preset (self, preset_id);
  return TRUE;
}

void
xitu_scenario_get_buildout (XituScenario       *self,
                            XituDataset        *dataset,
                            XituBuildoutParams *params)
{
  g_return_if_fail (XITU_IS_SCENARIO (self));

  *params = self->buildout;
  params->intensity = self->intensity;
  memset (params->demand_t, 0, sizeof params->demand_t);
  for (guint i = 0; i < self->demand->len; i++)
    {
      const XituStageDemand *d = &g_array_index (self->demand, XituStageDemand, i);
      int index = xitu_analysis_stage_index (dataset, d->stage);

      if (index >= 0)
        params->demand_t[index] = d->t;
    }
}

void
xitu_scenario_set_buildout (XituScenario             *self,
                            XituDataset              *dataset,
                            const XituBuildoutParams *params)
{
  const char *ids[XITU_MAX_STAGES];
  guint n = xitu_analysis_get_stage_ids (dataset, ids);
  g_autoptr(GArray) demand = g_array_new (FALSE, TRUE, sizeof (XituStageDemand));

  g_return_if_fail (XITU_IS_SCENARIO (self));

  g_array_set_clear_func (demand, demand_clear);
  for (guint s = 0; s < n; s++)
    if (params->demand_t[s] > 0.0)
      {
        XituStageDemand d = { g_strdup (ids[s]), params->demand_t[s] };

        g_array_append_val (demand, d);
      }

  if (buildout_equal (&self->buildout, params) && demand_equal (self->demand, demand) &&
      memcmp (&self->intensity, &params->intensity, sizeof self->intensity) == 0)
    return;

  self->buildout = *params;
  self->intensity = params->intensity;
  set_demand (self, (XituStageDemand *) demand->data, demand->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

const XituIntensity *
xitu_scenario_get_intensity (XituScenario *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);
  return &self->intensity;
}

void
xitu_scenario_set_intensity (XituScenario        *self,
                             const XituIntensity *intensity)
{
  g_return_if_fail (XITU_IS_SCENARIO (self));

  if (memcmp (&self->intensity, intensity, sizeof *intensity) == 0)
    return;
  self->intensity = *intensity;
  g_signal_emit (self, signals[CHANGED], 0);
}

const XituUpstreamOverride *
xitu_scenario_get_overrides (XituScenario *self,
                             guint        *n_overrides)
{
  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);
  *n_overrides = self->overrides->len;
  return (const XituUpstreamOverride *) self->overrides->data;
}

void
xitu_scenario_set_overrides (XituScenario               *self,
                             const XituUpstreamOverride *overrides,
                             guint                       n_overrides)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, TRUE, sizeof (XituUpstreamOverride));

  g_return_if_fail (XITU_IS_SCENARIO (self));

  g_array_append_vals (fresh, overrides, n_overrides);
  if (overrides_equal (self->overrides, fresh))
    return;
  set_overrides (self, overrides, n_overrides);
  g_signal_emit (self, signals[CHANGED], 0);
}
