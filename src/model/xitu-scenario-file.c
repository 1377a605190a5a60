/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a scenario file: strict, every error naming the file and the
 * JSON path, nothing half-loaded. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "xitu-json-reader.h"
#include "xitu-scenario-file.h"
#include "xitu-scenario-private.h"

#define MAX_DEPTH 16

G_DEFINE_QUARK (xitu-scenario-error-quark, xitu_scenario_error)

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

/* The unit of a bounded number. Each has a sentence of its own in the
 * message: a unit is not a word to paste into any language's order. */
typedef enum
{
  UNIT_PERCENT,
  UNIT_PERCENT_OF_WORLD,
  UNIT_MONTHS,
  UNIT_YEARS,
} Unit;

static gboolean
fail_range (Loader      *l,
            const char  *member_name,
            double       value,
            double       min,
            double       max,
            Unit         unit,
            GError     **error)
{
  int code = XITU_SCENARIO_ERROR_OUT_OF_RANGE;

  switch (unit)
    {
    case UNIT_PERCENT:
      return xitu_json_reader_fail_at (R (l), error, member_name, code,
                                       /* Translators: a number, then the lowest
                                        * and highest it may be. */
                                       _("%g is outside %g–%g %%"), value, min, max);
    case UNIT_PERCENT_OF_WORLD:
      return xitu_json_reader_fail_at (R (l), error, member_name, code,
                                       _("%g is outside %g–%g %% of world output"), value, min, max);
    case UNIT_MONTHS:
      return xitu_json_reader_fail_at (R (l), error, member_name, code,
                                       _("%g is outside %g–%g months"), value, min, max);
    case UNIT_YEARS:
    default:
      return xitu_json_reader_fail_at (R (l), error, member_name, code,
                                       _("%g is outside %g–%g years"), value, min, max);
    }
}

static gboolean
get_range (Loader      *l,
           JsonObject  *o,
           const char  *member_name,
           double       min,
           double       max,
           Unit         unit,
           double      *out,
           GError     **error)
{
  double value = *out;

  if (!xitu_json_reader_get_number (R (l), o, member_name, FALSE, &value, error))
    return FALSE;
  if (value < min || value > max)
    return fail_range (l, member_name, value, min, max, unit, error);
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
                                   /* Translators: a value, then the values allowed,
                                    * as the file must spell them. */
                                   _("unknown value “%s” (expected one of %s)"), value, list);
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
                                     _("“%s” is not a country code (expected upper-case ISO 3166 "
                                       "alpha-3 such as CHN, or a bloc such as EU27)"), code);
  if (l->dataset != NULL && xitu_dataset_lookup_country (l->dataset, code) == NULL)
    return xitu_json_reader_fail_at (R (l), error, member_name, XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown country “%s” (not in the dataset)"), code);
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
                                  _("unknown stage “%s” (not in the dataset)"), stage);
  if (stage[0] == '\0')
    return xitu_json_reader_fail (R (l), error, XITU_SCENARIO_ERROR_INVALID_VALUE,
                                  _("must not be empty"));
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
                                      _("stage “%s” is listed twice"), stages[i]);
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
                                 _("“%s” is not a rare-earth element symbol (La–Lu, Sc, Y)"),
                                 symbols[i]);
          xitu_json_reader_pop (R (l), mark);
          return FALSE;
        }
      set |= 1u << e;
    }
  if (set == XITU_ELEMENTS_ALL)
    return xitu_json_reader_fail_at (R (l), error, "elements", XITU_SCENARIO_ERROR_INVALID_VALUE,
                                     _("must not be empty (leave it out for all rare earths)"));
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
       get_range (l, o, "cut", 0, 100, UNIT_PERCENT, &d->cut, error) &&
       get_range (l, o, "duration_months", 0, 120, UNIT_MONTHS, &d->duration_months, error) &&
       get_choice (l, o, "spare", FALSE, spare, &basis, error) &&
       get_range (l, o, "headroom", 0, 100, UNIT_PERCENT_OF_WORLD, &d->headroom, error) &&
       get_range (l, o, "stock_months", 0, 120, UNIT_MONTHS, &d->stock_months, error) &&
       get_range (l, o, "recycling", 0, 100, UNIT_PERCENT, &d->recycling, error) &&
       get_range (l, o, "import_reliance", 0, 100, UNIT_PERCENT, &d->import_reliance, error);
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
      !get_range (l, o, "value", 0, 100, UNIT_PERCENT, &value, error) ||
      !xitu_json_reader_get_string (R (l), o, "note", FALSE, &note, error))
    return FALSE;
  if (l->dataset != NULL && xitu_dataset_lookup_stage (l->dataset, stage) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown stage “%s” (not in the dataset)"), stage);

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
                                     /* Translators: "t" is tonnes. */
                                     _("a demand of %g t is not positive"), t);
  if (l->dataset != NULL && xitu_dataset_lookup_stage (l->dataset, stage) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown stage “%s” (not in the dataset)"), stage);
  for (guint i = 0; i < l->scenario->demand->len; i++)
    if (g_str_equal (g_array_index (l->scenario->demand, XituStageDemand, i).stage, stage))
      return xitu_json_reader_fail_at (R (l), error, "stage", XITU_SCENARIO_ERROR_INVALID_VALUE,
                                       _("stage “%s” already has a demand"), stage);

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
                                   _("%g is outside 0–1000 %% (exclusive of 0)"), value);
  else if (ok && value <= 0.0)
    ok = xitu_json_reader_fail_at (R (l), error, "value", XITU_SCENARIO_ERROR_OUT_OF_RANGE,
                                   /* Translators: "t" is tonnes. */
                                   _("a target of %g t is not positive"), value);
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
       get_range (l, o, "slippage_years", 0, 30, UNIT_YEARS, &p->slippage_years, error) &&
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
                                     _("%g is not a fraction in (0, 1]"), value);
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
                                     _("“%s” is not a Xitu scenario (expected \"xitu-scenario\")"),
                                     format);
  if (!xitu_json_reader_get_int (R (l), root, "version", TRUE, 1, 1, &version, error) ||
      !xitu_json_reader_check_members (R (l), root, allowed, error) ||
      !xitu_json_reader_get_string (R (l), root, "name", FALSE, &name, error) ||
      !xitu_json_reader_get_string (R (l), root, "preset", FALSE, &preset, error))
    return FALSE;
  if (preset != NULL && xitu_disruption_find_preset (preset) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "preset", XITU_SCENARIO_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown preset “%s”"), preset);

  l->scenario->name = g_strdup (name);
  l->scenario->preset = g_strdup (preset);
  return load_disruption (l, root, error) &&
         load_list (l, root, "upstream", load_override, error) &&
         load_buildout (l, root, error) &&
         load_intensity (l, root, error);
}

/* What a scenario file may be, and the error for each way it can fail (an
 * error domain is not a constant, so this is not a static table). */
static XituJsonDocument
scenario_document (void)
{
  return (XituJsonDocument) {
    .domain = XITU_SCENARIO_ERROR, .kind = XITU_JSON_KIND_SCENARIO,
    .max_size = XITU_SCENARIO_MAX_SIZE, .max_depth = MAX_DEPTH,
    .code_empty = XITU_SCENARIO_ERROR_EMPTY, .code_too_large = XITU_SCENARIO_ERROR_TOO_LARGE,
    .code_not_utf8 = XITU_SCENARIO_ERROR_NOT_UTF8, .code_too_deep = XITU_SCENARIO_ERROR_TOO_DEEP,
    .code_not_json = XITU_SCENARIO_ERROR_NOT_JSON, .code_wrong_type = XITU_SCENARIO_ERROR_WRONG_TYPE,
    .code_io = XITU_SCENARIO_ERROR_IO,
  };
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
  const XituJsonDocument document = scenario_document ();
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(XituScenario) scenario = NULL;
  JsonObject *root = NULL;
  Loader l = { 0 };
  gboolean ok;

  parser = xitu_json_document_parse (&document, data, length, display_name, &root, error);
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
  const XituJsonDocument document = scenario_document ();
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  contents = xitu_json_document_load_file (&document, file, name, &length, error);
  if (contents == NULL)
    return NULL;
  return xitu_scenario_load_data (contents, length, name, dataset, error);
}
