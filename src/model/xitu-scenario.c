/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-json-reader.h"
#include "xitu-scenario.h"

#define MAX_DEPTH 16

G_DEFINE_QUARK (xitu-scenario-error-quark, xitu_scenario_error)

struct _XituScenario
{
  GObject               parent_instance;

  char                 *name;
  char                 *preset;

  /* stages and intensity of `disruption` are unused: see cut_stages, intensity */
  XituDisruptionParams  disruption;
  GStrv                 cut_stages;
  /* demand_t and intensity of `buildout` are unused: see demand, intensity */
  XituBuildoutParams    buildout;
  GArray               *demand;      /* of XituStageDemand */
  XituIntensity         intensity;
  GArray               *overrides;   /* of XituUpstreamOverride, strings owned */
};

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

/* ---- writing ----------------------------------------------------------- */

static void
append_string (GString    *out,
               const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* Integers as integers, anything else as the shortest decimal that reads
 * back as the same double. */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

static void
member (GString    *out,
        int         indent,
        const char *name)
{
  g_string_append_printf (out, "%*s\"%s\": ", indent, "", name);
}

static void
member_string (GString    *out,
               int         indent,
               const char *name,
               const char *value,
               gboolean    last)
{
  member (out, indent, name);
  append_string (out, value);
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_number (GString    *out,
               int         indent,
               const char *name,
               double      value,
               gboolean    last)
{
  member (out, indent, name);
  append_number (out, value);
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_bool (GString    *out,
             int         indent,
             const char *name,
             gboolean    value,
             gboolean    last)
{
  member (out, indent, name);
  g_string_append (out, value ? "true" : "false");
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_strv (GString            *out,
             int                 indent,
             const char         *name,
             const char * const *values,
             gboolean            last)
{
  member (out, indent, name);
  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, values[i]);
    }
  g_string_append (out, last ? "]\n" : "],\n");
}

static void
write_disruption (XituScenario *self,
                  GString      *out)
{
  const XituDisruptionParams *d = &self->disruption;

  g_string_append (out, "  \"disruption\": {\n");
  member_string (out, 4, "supplier", d->supplier, FALSE);
  member_strv (out, 4, "stages", (const char * const *) self->cut_stages, FALSE);
  if (d->elements != XITU_ELEMENTS_ALL)
    {
      g_auto(GStrv) symbols = xitu_elements_to_strv (d->elements);

      member_strv (out, 4, "elements", (const char * const *) symbols, FALSE);
    }
  member_bool (out, 4, "look_through", d->look_through, FALSE);
  member_number (out, 4, "cut", d->cut, FALSE);
  member_number (out, 4, "duration_months", d->duration_months, FALSE);
  member_string (out, 4, "spare", d->spare_basis == XITU_SPARE_AUTO ? "auto" : "user", FALSE);
  member_number (out, 4, "headroom", d->headroom, FALSE);
  member_number (out, 4, "stock_months", d->stock_months, FALSE);
  member_number (out, 4, "recycling", d->recycling, FALSE);
  member_number (out, 4, "import_reliance", d->import_reliance, TRUE);
  g_string_append (out, "  },\n");
}

static void
write_upstream (XituScenario *self,
                GString      *out)
{
  g_string_append (out, "  \"upstream\": [");
  for (guint i = 0; i < self->overrides->len; i++)
    {
      const XituUpstreamOverride *o = &g_array_index (self->overrides, XituUpstreamOverride, i);

      g_string_append (out, i > 0 ? ",\n    {\n" : "\n    {\n");
      member_string (out, 6, "country", o->country, FALSE);
      member_string (out, 6, "stage", o->stage, FALSE);
      member_number (out, 6, "value", o->value, o->note == NULL);
      if (o->note != NULL)
        member_string (out, 6, "note", o->note, TRUE);
      g_string_append (out, "    }");
    }
  g_string_append (out, self->overrides->len > 0 ? "\n  ],\n" : "],\n");
}

static void
write_buildout (XituScenario *self,
                GString      *out)
{
  const XituBuildoutParams *b = &self->buildout;

  g_string_append (out, "  \"buildout\": {\n");
  member_string (out, 4, "exclude", b->exclude, FALSE);
  member_string (out, 4, "timeline", xitu_timeline_to_string (b->timeline), FALSE);
  member_number (out, 4, "slippage_years", b->slippage_years, FALSE);
  member_string (out, 4, "lead_time_end", b->lead_time_end == XITU_LEAD_TIME_LOW ? "low" : "high",
                 FALSE);
  member_bool (out, 4, "convert_units", b->convert_units, FALSE);
  g_string_append (out, "    \"target\": { \"kind\": ");
  append_string (out, xitu_target_kind_to_string (b->target_kind));
  g_string_append (out, ", \"value\": ");
  append_number (out, b->target_value);
  g_string_append (out, " },\n");
  member_string (out, 4, "importer", b->importer, FALSE);
  g_string_append (out, "    \"demand\": [");
  for (guint i = 0; i < self->demand->len; i++)
    {
      const XituStageDemand *d = &g_array_index (self->demand, XituStageDemand, i);

      g_string_append (out, i > 0 ? ", { \"stage\": " : " { \"stage\": ");
      append_string (out, d->stage);
      g_string_append (out, ", \"t\": ");
      append_number (out, d->t);
      g_string_append (out, " }");
    }
  g_string_append (out, self->demand->len > 0 ? " ]\n" : "]\n");
  g_string_append (out, "  },\n");
}

static void
write_intensity (XituScenario *self,
                 GString      *out)
{
  g_string_append (out, "  \"intensity\": {\n");
  member_number (out, 4, "separation_recovery", self->intensity.separation_recovery, FALSE);
  member_number (out, 4, "ndpr_share", self->intensity.ndpr_share, FALSE);
  member_number (out, 4, "metal_per_oxide", self->intensity.metal_per_oxide, FALSE);
  member_number (out, 4, "re_per_magnet", self->intensity.re_per_magnet, TRUE);
  g_string_append (out, "  }\n");
}

/* The whole scenario as the documented JSON, every member written out so
 * that a file says exactly what was assumed. */
char *
xitu_scenario_to_data (XituScenario *self,
                       gsize        *length)
{
  GString *out = g_string_new ("{\n");

  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);

  member_string (out, 2, "format", "xitu-scenario", FALSE);
  member_number (out, 2, "version", 1, FALSE);
  if (self->name != NULL)
    member_string (out, 2, "name", self->name, FALSE);
  if (self->preset != NULL)
    member_string (out, 2, "preset", self->preset, FALSE);
  write_disruption (self, out);
  write_upstream (self, out);
  write_buildout (self, out);
  write_intensity (self, out);
  g_string_append (out, "}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
xitu_scenario_save_file (XituScenario  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) io_error = NULL;
  gsize length;

  g_return_val_if_fail (XITU_IS_SCENARIO (self), FALSE);

  data = xitu_scenario_to_data (self, &length);
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &io_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_IO,
                   "%s: cannot write the file: %s", name, io_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- reading ----------------------------------------------------------- */

typedef struct
{
  XituJsonReader  reader;
  XituDataset    *dataset;
  XituScenario   *scenario;
} Loader;

#define R(l) (&(l)->reader)

static gboolean
valid_code (const char *code)
{
  gsize len = strlen (code);

  if (len < 2 || len > 8)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isupper (code[i]) && !g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

static gboolean
get_range (Loader      *l,
           JsonObject  *o,
           const char  *member_name,
           double       min,
           double       max,
           const char  *unit,
           double      *out,
           GError     **error)
{
  double value = *out;

  if (!xitu_json_reader_get_number (R (l), o, member_name, FALSE, &value, error))
    return FALSE;
  if (value < min || value > max)
    return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                     "%g is outside %g–%g %s", value, min, max, unit);
  *out = value;
  return TRUE;
}

static gboolean
get_choice (Loader             *l,
            JsonObject         *o,
            const char         *member_name,
            gboolean            required,
            const char * const *choices,
            int                *out,
            GError            **error)
{
  const char *value;
  g_autofree char *list = NULL;

  if (!xitu_json_reader_get_string (R (l), o, member_name, required, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (int i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], value))
      {
        *out = i;
        return TRUE;
      }
  list = g_strjoinv (", ", (char **) choices);
  return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                   "unknown value “%s” (expected one of %s)", value, list);
}

static gboolean
get_country (Loader      *l,
             JsonObject  *o,
             const char  *member_name,
             gboolean     required,
             char        *out,
             gsize        size,
             GError     **error)
{
  const char *code;

  if (!xitu_json_reader_get_string (R (l), o, member_name, required, &code, error))
    return FALSE;
  if (code == NULL)
    return TRUE;
  if (!valid_code (code))
    return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                     "“%s” is not a country code (expected upper-case ISO 3166 "
                                     "alpha-3 such as CHN, or a bloc such as EU27)", code);
  if (l->dataset != NULL && xitu_dataset_lookup_country (l->dataset, code) == NULL)
    return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     "unknown country “%s” (not in the dataset)", code);
  if (out != NULL)
    g_strlcpy (out, code, size);
  return TRUE;
}

static gboolean
check_stage (Loader      *l,
             const char  *stage,
             GError     **error)
{
  if (l->dataset != NULL && xitu_dataset_lookup_stage (l->dataset, stage) == NULL)
    return xitu_json_reader_fail (R (l), error, XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                  "unknown stage “%s” (not in the dataset)", stage);
  if (stage[0] == '\0')
    return xitu_json_reader_fail (R (l), error, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                  "must not be empty");
  return TRUE;
}

static gboolean
load_stages (Loader      *l,
             JsonObject  *o,
             GError     **error)
{
  g_auto(GStrv) stages = NULL;

  if (!xitu_json_reader_get_strv (R (l), o, "stages", &stages, error))
    return FALSE;
  if (stages == NULL)
    return TRUE;
  for (guint i = 0; stages[i] != NULL; i++)
    {
      gsize mark = xitu_json_reader_push_index (R (l), "stages", i);
      gboolean ok = check_stage (l, stages[i], error);

      for (guint k = 0; ok && k < i; k++)
        if (g_str_equal (stages[k], stages[i]))
          ok = xitu_json_reader_fail (R (l), error, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                      "stage “%s” is listed twice", stages[i]);
      xitu_json_reader_pop (R (l), mark);
      if (!ok)
        return FALSE;
    }
  g_strfreev (l->scenario->cut_stages);
  l->scenario->cut_stages = g_steal_pointer (&stages);
  return TRUE;
}

static gboolean
load_elements (Loader      *l,
               JsonObject  *o,
               GError     **error)
{
  g_auto(GStrv) symbols = NULL;
  XituElements set = XITU_ELEMENTS_ALL;

  if (!xitu_json_reader_get_strv (R (l), o, "elements", &symbols, error))
    return FALSE;
  if (symbols == NULL)
    return TRUE;
  for (guint i = 0; symbols[i] != NULL; i++)
    {
      XituElement e;

      if (!xitu_element_from_symbol (symbols[i], &e))
        {
          gsize mark = xitu_json_reader_push_index (R (l), "elements", i);

          xitu_json_reader_fail (R (l), error, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                 "“%s” is not a rare-earth element symbol (La–Lu, Sc, Y)",
                                 symbols[i]);
          xitu_json_reader_pop (R (l), mark);
          return FALSE;
        }
      set |= 1u << e;
    }
  if (set == XITU_ELEMENTS_ALL)
    return xitu_json_reader_fail_at (R (l), error, "elements", XITU_SCENARIO_ERROR_INVALID_VALUE,
                                     "must not be empty (leave it out for all rare earths)");
  l->scenario->disruption.elements = set;
  return TRUE;
}

static gboolean
load_disruption (Loader      *l,
                 JsonObject  *root,
                 GError     **error)
{
  static const char * const allowed[] = {
    "supplier", "stages", "elements", "look_through", "cut", "duration_months", "spare",
    "headroom", "stock_months", "recycling", "import_reliance", NULL
  };
  static const char * const spare[] = { "auto", "user", NULL };
  XituDisruptionParams *d = &l->scenario->disruption;
  JsonObject *o;
  gsize mark;
  int basis = d->spare_basis;
  gboolean ok;

  if (!xitu_json_reader_get_object (R (l), root, "disruption", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (R (l), "disruption");
  ok = xitu_json_reader_check_members (R (l), o, allowed, error) &&
       get_country (l, o, "supplier", FALSE, d->supplier, sizeof d->supplier, error) &&
       load_stages (l, o, error) &&
       load_elements (l, o, error) &&
       xitu_json_reader_get_bool (R (l), o, "look_through", &d->look_through, error) &&
       get_range (l, o, "cut", 0, 100, "%", &d->cut, error) &&
       get_range (l, o, "duration_months", 0, 120, "months", &d->duration_months, error) &&
       get_choice (l, o, "spare", FALSE, spare, &basis, error) &&
       get_range (l, o, "headroom", 0, 100, "% of world output", &d->headroom, error) &&
       get_range (l, o, "stock_months", 0, 120, "months", &d->stock_months, error) &&
       get_range (l, o, "recycling", 0, 100, "%", &d->recycling, error) &&
       get_range (l, o, "import_reliance", 0, 100, "%", &d->import_reliance, error);
  d->spare_basis = basis;
  xitu_json_reader_pop (R (l), mark);
  return ok;
}

static gboolean
load_override (Loader      *l,
               JsonObject  *o,
               GError     **error)
{
  static const char * const allowed[] = { "country", "stage", "value", "note", NULL };
  char country[16] = "";
  const char *stage, *note;
  double value = 0.0;
  XituUpstreamOverride override;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_country (l, o, "country", TRUE, country, sizeof country, error) ||
      !xitu_json_reader_get_string (R (l), o, "stage", TRUE, &stage, error) ||
      !xitu_json_reader_get_number (R (l), o, "value", TRUE, &value, error) ||
      !get_range (l, o, "value", 0, 100, "%", &value, error) ||
      !xitu_json_reader_get_string (R (l), o, "note", FALSE, &note, error))
    return FALSE;
  if (l->dataset != NULL && xitu_dataset_lookup_stage (l->dataset, stage) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     "unknown stage “%s” (not in the dataset)", stage);

  override.country = g_strdup (country);
  override.stage = g_strdup (stage);
  override.value = value;
  override.note = g_strdup (note);
  g_array_append_val (l->scenario->overrides, override);
  return TRUE;
}

static gboolean
load_list (Loader      *l,
           JsonObject  *o,
           const char  *name,
           gboolean   (*load) (Loader *, JsonObject *, GError **),
           GError     **error)
{
  JsonArray *array;

  if (!xitu_json_reader_get_array (R (l), o, name, FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize mark = xitu_json_reader_push_index (R (l), name, i);
      JsonObject *item = xitu_json_reader_array_object (R (l), array, i, error);
      gboolean ok = item != NULL && load (l, item, error);

      xitu_json_reader_pop (R (l), mark);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_demand (Loader      *l,
             JsonObject  *o,
             GError     **error)
{
  static const char * const allowed[] = { "stage", "t", NULL };
  const char *stage;
  double t = 0.0;
  XituStageDemand demand;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !xitu_json_reader_get_string (R (l), o, "stage", TRUE, &stage, error) ||
      !xitu_json_reader_get_number (R (l), o, "t", TRUE, &t, error))
    return FALSE;
  if (t <= 0.0)
    return xitu_json_reader_fail_at (R (l), error, "t", XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                     "a demand of %g t is not positive", t);
  if (l->dataset != NULL && xitu_dataset_lookup_stage (l->dataset, stage) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     "unknown stage “%s” (not in the dataset)", stage);
  for (guint i = 0; i < l->scenario->demand->len; i++)
    if (g_str_equal (g_array_index (l->scenario->demand, XituStageDemand, i).stage, stage))
      return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_INVALID_VALUE,
                                       "stage “%s” already has a demand", stage);

  demand.stage = g_strdup (stage);
  demand.t = t;
  g_array_append_val (l->scenario->demand, demand);
  return TRUE;
}

static gboolean
load_target (Loader      *l,
             JsonObject  *b,
             GError     **error)
{
  static const char * const allowed[] = { "kind", "value", NULL };
  static const char * const kinds[] = { "share-of-world", "share-of-demand", "quantity", NULL };
  XituBuildoutParams *p = &l->scenario->buildout;
  JsonObject *o;
  int kind = p->target_kind;
  double value = p->target_value;
  gsize mark;
  gboolean ok;

  if (!xitu_json_reader_get_object (R (l), b, "target", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (R (l), "target");
  ok = xitu_json_reader_check_members (R (l), o, allowed, error) &&
       get_choice (l, o, "kind", TRUE, kinds, &kind, error) &&
       xitu_json_reader_get_number (R (l), o, "value", TRUE, &value, error);
  if (ok && kind != XITU_TARGET_QUANTITY && (value <= 0.0 || value > 1000.0))
    ok = xitu_json_reader_fail_at (R (l), error, "value", XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                   "%g is outside 0–1000 %% (exclusive of 0)", value);
  else if (ok && value <= 0.0)
    ok = xitu_json_reader_fail_at (R (l), error, "value", XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                   "a target of %g t is not positive", value);
  xitu_json_reader_pop (R (l), mark);
  p->target_kind = kind;
  p->target_value = value;
  return ok;
}

static gboolean
load_buildout (Loader      *l,
               JsonObject  *root,
               GError     **error)
{
  static const char * const allowed[] = {
    "exclude", "timeline", "slippage_years", "lead_time_end", "convert_units", "target",
    "importer", "demand", NULL
  };
  static const char * const timeline_names[] = { "as-announced", "slippage", "lead-times", NULL };
  static const char * const ends[] = { "low", "high", NULL };
  XituBuildoutParams *p = &l->scenario->buildout;
  JsonObject *o;
  int timeline = p->timeline, end = p->lead_time_end;
  gsize mark;
  gboolean ok;

  if (!xitu_json_reader_get_object (R (l), root, "buildout", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (R (l), "buildout");
  ok = xitu_json_reader_check_members (R (l), o, allowed, error) &&
       get_country (l, o, "exclude", FALSE, p->exclude, sizeof p->exclude, error) &&
       get_choice (l, o, "timeline", FALSE, timeline_names, &timeline, error) &&
       get_range (l, o, "slippage_years", 0, 30, "years", &p->slippage_years, error) &&
       get_choice (l, o, "lead_time_end", FALSE, ends, &end, error) &&
       xitu_json_reader_get_bool (R (l), o, "convert_units", &p->convert_units, error) &&
       load_target (l, o, error) &&
       get_country (l, o, "importer", FALSE, p->importer, sizeof p->importer, error) &&
       load_list (l, o, "demand", load_demand, error);
  p->timeline = timeline;
  p->lead_time_end = end;
  xitu_json_reader_pop (R (l), mark);
  return ok;
}

static gboolean
get_factor (Loader      *l,
            JsonObject  *o,
            const char  *member_name,
            double      *out,
            GError     **error)
{
  double value = *out;

  if (!xitu_json_reader_get_number (R (l), o, member_name, FALSE, &value, error))
    return FALSE;
  if (value <= 0.0 || value > 1.0)
    return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                     "%g is not a fraction in (0, 1]", value);
  *out = value;
  return TRUE;
}

static gboolean
load_intensity (Loader      *l,
                JsonObject  *root,
                GError     **error)
{
  static const char * const allowed[] = {
    "separation_recovery", "ndpr_share", "metal_per_oxide", "re_per_magnet", NULL
  };
  XituIntensity *i = &l->scenario->intensity;
  JsonObject *o;
  gsize mark;
  gboolean ok;

  if (!xitu_json_reader_get_object (R (l), root, "intensity", FALSE, &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (R (l), "intensity");
  ok = xitu_json_reader_check_members (R (l), o, allowed, error) &&
       get_factor (l, o, "separation_recovery", &i->separation_recovery, error) &&
       get_factor (l, o, "ndpr_share", &i->ndpr_share, error) &&
       get_factor (l, o, "metal_per_oxide", &i->metal_per_oxide, error) &&
       get_factor (l, o, "re_per_magnet", &i->re_per_magnet, error);
  xitu_json_reader_pop (R (l), mark);
  return ok;
}

static gboolean
load_root (Loader      *l,
           JsonObject  *root,
           GError     **error)
{
  static const char * const allowed[] = {
    "format", "version", "name", "preset", "disruption", "upstream", "buildout", "intensity", NULL
  };
  const char *format, *name, *preset;
  gint64 version;

  if (!xitu_json_reader_get_string (R (l), root, "format", TRUE, &format, error))
    return FALSE;
  if (!g_str_equal (format, "xitu-scenario"))
    return xitu_json_reader_fail_at (R (l), error, "format", XITU_SCENARIO_ERROR_UNSUPPORTED_FORMAT,
                                     "“%s” is not a Xitu scenario (expected \"xitu-scenario\")",
                                     format);
  if (!xitu_json_reader_get_int (R (l), root, "version", TRUE, 1, 1, &version, error) ||
      !xitu_json_reader_check_members (R (l), root, allowed, error) ||
      !xitu_json_reader_get_string (R (l), root, "name", FALSE, &name, error) ||
      !xitu_json_reader_get_string (R (l), root, "preset", FALSE, &preset, error))
    return FALSE;
  if (preset != NULL && xitu_disruption_find_preset (preset) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "preset", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     "unknown preset “%s”", preset);

  l->scenario->name = g_strdup (name);
  l->scenario->preset = g_strdup (preset);
  return load_disruption (l, root, error) &&
         load_list (l, root, "upstream", load_override, error) &&
         load_buildout (l, root, error) &&
         load_intensity (l, root, error);
}

/* Reads a scenario; with a dataset, stage and country references are
 * checked against it too. Nothing is half-loaded. */
XituScenario *
xitu_scenario_load_data (const char   *data,
                         gsize         length,
                         const char   *display_name,
                         XituDataset  *dataset,
                         GError      **error)
{
  const XituJsonDocument doc = {
    .domain = XITU_SCENARIO_ERROR, .kind = "scenario",
    .max_size = XITU_SCENARIO_MAX_SIZE, .max_depth = MAX_DEPTH,
    .code_empty = XITU_SCENARIO_ERROR_EMPTY, .code_too_large = XITU_SCENARIO_ERROR_TOO_LARGE,
    .code_not_utf8 = XITU_SCENARIO_ERROR_NOT_UTF8, .code_too_deep = XITU_SCENARIO_ERROR_TOO_DEEP,
    .code_not_json = XITU_SCENARIO_ERROR_NOT_JSON, .code_wrong_type = XITU_SCENARIO_ERROR_WRONG_TYPE,
  };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(XituScenario) scenario = NULL;
  JsonObject *root = NULL;
  Loader l = { 0 };
  gboolean ok;

  parser = xitu_json_document_parse (&doc, data, length, display_name, &root, error);
  if (parser == NULL)
    return NULL;

  scenario = xitu_scenario_new ();
  l.dataset = dataset;
  l.scenario = scenario;
  xitu_json_reader_init (R (&l), display_name, XITU_SCENARIO_ERROR);
  l.reader.code_wrong_type = XITU_SCENARIO_ERROR_WRONG_TYPE;
  l.reader.code_missing = XITU_SCENARIO_ERROR_MISSING_MEMBER;
  l.reader.code_unknown_member = XITU_SCENARIO_ERROR_UNKNOWN_MEMBER;
  l.reader.code_invalid = XITU_SCENARIO_ERROR_INVALID_VALUE;
  ok = load_root (&l, root, error);
  xitu_json_reader_clear (R (&l));

  return ok ? g_steal_pointer (&scenario) : NULL;
}

XituScenario *
xitu_scenario_load_file (GFile        *file,
                         XituDataset  *dataset,
                         GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &io_error);
  if (info != NULL && g_file_info_get_size (info) > XITU_SCENARIO_MAX_SIZE)
    {
      g_set_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_TOO_LARGE,
                   "%s: the file is %" G_GOFFSET_FORMAT " bytes, more than the %d KiB a "
                   "scenario may have", name, g_file_info_get_size (info),
                   XITU_SCENARIO_MAX_SIZE / 1024);
      return NULL;
    }
  if (io_error != NULL || !g_file_load_contents (file, NULL, &contents, &length, NULL, &io_error))
    {
      g_set_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_IO,
                   "%s: cannot read the file: %s", name, io_error->message);
      return NULL;
    }
  return xitu_scenario_load_data (contents, length, name, dataset, error);
}
