/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads and validates the dataset format documented in
 * docs/dataset-format.md. Everything is checked before anything is handed
 * out: a dataset either loads whole or not at all. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "xitu-dataset-loader.h"
#include "xitu-json-reader.h"

#define MAX_DEPTH 64

G_DEFINE_QUARK (xitu-dataset-error-quark, xitu_dataset_error)

typedef struct
{
  XituJsonReader  reader;
  XituDataset    *dataset;
} Loader;

static const char * const metrics[] = {
  "production", "reserves", "share", "top3-share", "import-share",
  "net-import-reliance", "dependence-headline", "imports", "price",
  "lead-time", "capacity-target", "export-share", "exports", NULL
};
static const char * const units[] = { "t", "%", "USD/kg", "USD", "kg", "years", "months", NULL };
static const char * const source_kinds[] = {
  "official-statistics", "agency", "government", "company", "news", "research", NULL
};
static const char * const event_kinds[] = {
  "export-control", "suspension", "regulation", "deal", "truce", "plant", "policy", NULL
};
static const char * const event_statuses[] = {
  "in-force", "suspended", "expired", "done", "planned", NULL
};
static const char * const facility_statuses[] = {
  "operating", "commissioning", "construction", "announced", NULL
};

#define R(l) (&(l)->reader)

static gboolean
fail_at (Loader     *l,
         GError    **error,
         const char *member,
         int         code,
         const char *message)
{
  return xitu_json_reader_fail_at (R (l), error, member, code, "%s", message);
}

static gboolean
valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64 || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-'))
      return FALSE;
  return TRUE;
}

static gboolean
get_id (Loader      *l,
        JsonObject  *object,
        const char  *member,
        gboolean     required,
        const char **out,
        GError     **error)
{
  if (!xitu_json_reader_get_string (R (l), object, member, required, out, error))
    return FALSE;
  if (*out != NULL && !valid_id (*out))
    return xitu_json_reader_fail_at (R (l), error, member, XITU_DATASET_ERROR_INVALID_VALUE,
                                     _("“%s” is not a valid id (lower-case letters, digits "
                                       "and '-', at most 64)"), *out);
  return TRUE;
}

static gboolean
get_choice (Loader             *l,
            JsonObject         *object,
            const char         *member,
            gboolean            required,
            const char * const *choices,
            int                 code,
            const char        **out,
            GError            **error)
{
  g_autofree char *list = NULL;

  if (!xitu_json_reader_get_string (R (l), object, member, required, out, error))
    return FALSE;
  if (*out == NULL || g_strv_contains (choices, *out))
    return TRUE;
  list = g_strjoinv (", ", (char **) choices);
  return xitu_json_reader_fail_at (R (l), error, member, code,
                                   /* Translators: a value, then the values allowed,
                                    * as the file must spell them. */
                                   _("unknown value “%s” (expected one of %s)"), *out, list);
}

/* YYYY, YYYY-MM or YYYY-MM-DD with a plausible year. */
static gboolean
valid_date (const char *date)
{
  static const char *patterns[] = { "dddd", "dddd-dd", "dddd-dd-dd" };
  gsize len = strlen (date);

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    {
      gboolean ok = strlen (patterns[p]) == len;

      for (gsize i = 0; ok && i < len; i++)
        ok = patterns[p][i] == 'd' ? g_ascii_isdigit (date[i]) : date[i] == '-';
      if (ok)
        {
          int year = atoi (date);
          int month = len >= 7 ? atoi (date + 5) : 1;
          int day = len == 10 ? atoi (date + 8) : 1;

          return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }
    }
  return FALSE;
}

static gboolean
get_date (Loader      *l,
          JsonObject  *object,
          const char  *member,
          gboolean     required,
          const char **out,
          GError     **error)
{
  if (!xitu_json_reader_get_string (R (l), object, member, required, out, error))
    return FALSE;
  if (*out != NULL && !valid_date (*out))
    return xitu_json_reader_fail_at (R (l), error, member, XITU_DATASET_ERROR_INVALID_VALUE,
                                     _("“%s” is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
                                     *out);
  return TRUE;
}

static gboolean
get_country_ref (Loader      *l,
                 JsonObject  *object,
                 const char  *member,
                 gboolean     required,
                 const char **out,
                 GError     **error)
{
  if (!xitu_json_reader_get_string (R (l), object, member, required, out, error))
    return FALSE;
  if (*out != NULL && xitu_dataset_lookup_country (l->dataset, *out) == NULL)
    return xitu_json_reader_fail_at (R (l), error, member, XITU_DATASET_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown country “%s” (not in countries)"), *out);
  return TRUE;
}

static gboolean
get_source_ref (Loader      *l,
                JsonObject  *object,
                const char **out,
                GError     **error)
{
  if (!xitu_json_reader_get_string (R (l), object, "source", TRUE, out, error))
    return FALSE;
  if (xitu_dataset_lookup_source (l->dataset, *out) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "source", XITU_DATASET_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown source “%s” (not in sources)"), *out);
  return TRUE;
}

static gboolean
get_stage_ref (Loader      *l,
               JsonObject  *object,
               const char **out,
               GError     **error)
{
  if (!xitu_json_reader_get_string (R (l), object, "stage", FALSE, out, error))
    return FALSE;
  if (*out != NULL && xitu_dataset_lookup_stage (l->dataset, *out) == NULL)
    return xitu_json_reader_fail_at (R (l), error, "stage", XITU_DATASET_ERROR_UNKNOWN_REFERENCE,
                                     _("unknown stage “%s” (not in stages)"), *out);
  return TRUE;
}

static gboolean
figure_exists (Loader     *l,
               const char *id)
{
  return xitu_dataset_lookup_figure (l->dataset, id) != NULL;
}

typedef enum
{
  REF_COUNTRY,
  REF_STAGE,
  REF_FIGURE,
} RefKind;

static gboolean
ref_exists (Loader     *l,
            RefKind     kind,
            const char *id)
{
  switch (kind)
    {
    case REF_COUNTRY:
      return xitu_dataset_lookup_country (l->dataset, id) != NULL;
    case REF_STAGE:
      return xitu_dataset_lookup_stage (l->dataset, id) != NULL;
    case REF_FIGURE:
    default:
      return figure_exists (l, id);
    }
}

/* A sentence for each kind: "country" is not a word to paste into any
 * language's order. */
static gboolean
fail_unknown_ref (Loader      *l,
                  RefKind      kind,
                  const char  *id,
                  GError     **error)
{
  int code = XITU_DATASET_ERROR_UNKNOWN_REFERENCE;

  switch (kind)
    {
    case REF_COUNTRY:
      return xitu_json_reader_fail (R (l), error, code, _("unknown country “%s”"), id);
    case REF_STAGE:
      return xitu_json_reader_fail (R (l), error, code, _("unknown stage “%s”"), id);
    case REF_FIGURE:
    default:
      return xitu_json_reader_fail (R (l), error, code, _("unknown figure “%s”"), id);
    }
}

static gboolean
check_refs (Loader             *l,
            const char * const *refs,
            const char         *member,
            RefKind             kind,
            GError            **error)
{
  for (guint i = 0; refs != NULL && refs[i] != NULL; i++)
    if (!ref_exists (l, kind, refs[i]))
      {
        gsize mark = xitu_json_reader_push_index (R (l), member, i);

        fail_unknown_ref (l, kind, refs[i], error);
        xitu_json_reader_pop (R (l), mark);
        return FALSE;
      }
  return TRUE;
}

/* ---- stages ---------------------------------------------------------- */

static gboolean
load_stage (Loader     *l,
            JsonObject *o,
            GError    **error)
{
  static const char * const allowed[] = { "id", "order", "name", "product", NULL };
  g_auto(XituText) name = { 0 };
  g_auto(XituText) product = { 0 };
  g_autoptr(XituStage) stage = NULL;
  const char *id;
  gint64 order;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", TRUE, &id, error) ||
      !xitu_json_reader_get_int (R (l), o, "order", TRUE, 0, 99, &order, error) ||
      !xitu_json_reader_get_text (R (l), o, "name", TRUE, TRUE, &name, error) ||
      !xitu_json_reader_get_text (R (l), o, "product", FALSE, FALSE, &product, error))
    return FALSE;

  stage = xitu_stage_new (id, order, name.en, name.zh);
  xitu_stage_set_product (stage, product.en, product.zh);
  if (!xitu_dataset_add_stage (l->dataset, stage))
    return fail_at (l, error, "id", XITU_DATASET_ERROR_DUPLICATE_ID, _("duplicate stage id"));
  return TRUE;
}

/* ---- countries ------------------------------------------------------- */

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
load_country (Loader     *l,
              JsonObject *o,
              GError    **error)
{
  static const char * const allowed[] = { "code", "numeric", "kind", "name", "members", NULL };
  static const char * const kinds[] = { "country", "bloc", "aggregate", NULL };
  g_auto(XituText) name = { 0 };
  g_auto(GStrv) members = NULL;
  g_autoptr(XituCountry) country = NULL;
  const char *code, *kind;
  gint64 numeric = 0;
  XituCountryKind k;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !xitu_json_reader_get_string (R (l), o, "code", TRUE, &code, error))
    return FALSE;
  if (!valid_code (code))
    return xitu_json_reader_fail_at (R (l), error, "code", XITU_DATASET_ERROR_INVALID_VALUE,
                                     _("“%s” is not a country code (ISO 3166-1 alpha-3 or an "
                                       "upper-case bloc id)"), code);
  if (!xitu_json_reader_get_int (R (l), o, "numeric", TRUE, 0, 999, &numeric, error) ||
      !get_choice (l, o, "kind", TRUE, kinds, XITU_DATASET_ERROR_INVALID_VALUE, &kind, error) ||
      !xitu_json_reader_get_text (R (l), o, "name", TRUE, TRUE, &name, error) ||
      !xitu_json_reader_get_strv (R (l), o, "members", &members, error))
    return FALSE;

  k = g_str_equal (kind, "country") ? XITU_COUNTRY_KIND_COUNTRY
    : g_str_equal (kind, "bloc") ? XITU_COUNTRY_KIND_BLOC : XITU_COUNTRY_KIND_AGGREGATE;
  if (k == XITU_COUNTRY_KIND_COUNTRY && numeric == 0)
    return fail_at (l, error, "numeric", XITU_DATASET_ERROR_INVALID_VALUE,
                    _("a country needs its ISO 3166-1 numeric code"));
  if (members != NULL && k != XITU_COUNTRY_KIND_BLOC)
    return fail_at (l, error, "members", XITU_DATASET_ERROR_INVALID_VALUE,
                    _("only a bloc has members"));
  if (numeric != 0 && xitu_dataset_lookup_country_numeric (l->dataset, numeric) != NULL)
    return fail_at (l, error, "numeric", XITU_DATASET_ERROR_DUPLICATE_ID,
                    _("duplicate numeric code"));

  country = xitu_country_new (code, numeric, k, name.en, name.zh);
  xitu_country_set_members (country, (const char * const *) members);
  if (!xitu_dataset_add_country (l->dataset, country))
    return fail_at (l, error, "code", XITU_DATASET_ERROR_DUPLICATE_ID, _("duplicate country code"));
  return TRUE;
}

/* ---- sources --------------------------------------------------------- */

static gboolean
load_source (Loader     *l,
             JsonObject *o,
             GError    **error)
{
  static const char * const allowed[] = {
    "id", "publisher", "title", "title_translation", "language", "date", "url",
    "kind", "tag", "licence", "via", NULL
  };
  static const char * const languages[] = { "en", "zh", NULL };
  static const char * const tags[] = { "primary", "secondary", NULL };
  g_auto(XituText) publisher = { 0 };
  g_autoptr(XituSource) source = NULL;
  XituText translation = { 0 };
  JsonObject *tr;
  const char *id, *title, *language, *date, *url, *kind, *tag, *licence, *via;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", TRUE, &id, error) ||
      !xitu_json_reader_get_text (R (l), o, "publisher", TRUE, FALSE, &publisher, error) ||
      !xitu_json_reader_get_string (R (l), o, "title", TRUE, &title, error) ||
      !get_choice (l, o, "language", TRUE, languages, XITU_DATASET_ERROR_INVALID_VALUE, &language, error) ||
      !get_date (l, o, "date", TRUE, &date, error) ||
      !xitu_json_reader_get_string (R (l), o, "url", FALSE, &url, error) ||
      !get_choice (l, o, "kind", TRUE, source_kinds, XITU_DATASET_ERROR_INVALID_VALUE, &kind, error) ||
      !get_choice (l, o, "tag", TRUE, tags, XITU_DATASET_ERROR_INVALID_VALUE, &tag, error) ||
      !xitu_json_reader_get_string (R (l), o, "licence", FALSE, &licence, error) ||
      !xitu_json_reader_get_string (R (l), o, "via", FALSE, &via, error))
    return FALSE;

  if (url != NULL && !g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    return xitu_json_reader_fail_at (R (l), error, "url", XITU_DATASET_ERROR_INVALID_VALUE,
                                     _("“%s” is not a web address (expected https://…)"), url);

  /* A translation may leave out the language the title is already in. */
  if (!xitu_json_reader_get_object (R (l), o, "title_translation", FALSE, &tr, error))
    return FALSE;
  if (tr != NULL)
    {
      static const char * const text_members[] = { "en", "zh", NULL };
      gsize mark = xitu_json_reader_push_member (R (l), "title_translation");
      const char *en, *zh;
      gboolean ok;

      ok = xitu_json_reader_check_members (R (l), tr, text_members, error) &&
           xitu_json_reader_get_string (R (l), tr, "en", FALSE, &en, error) &&
           xitu_json_reader_get_string (R (l), tr, "zh", FALSE, &zh, error);
      xitu_json_reader_pop (R (l), mark);
      if (!ok)
        return FALSE;
      translation.en = (char *) en;
      translation.zh = (char *) zh;
    }

  source = xitu_source_new (id, title, language, date, kind);
  xitu_source_set_publisher (source, publisher.en, publisher.zh);
  xitu_source_set_title_translation (source, translation.en, translation.zh);
  xitu_source_set_url (source, url);
  xitu_source_set_tag (source, tag);
  xitu_source_set_licence (source, licence);
  xitu_source_set_via (source, via);
  if (!xitu_dataset_add_source (l->dataset, source))
    return fail_at (l, error, "id", XITU_DATASET_ERROR_DUPLICATE_ID, _("duplicate source id"));
  return TRUE;
}

/* ---- figures --------------------------------------------------------- */

static gboolean
get_flags (Loader          *l,
           JsonObject      *o,
           XituFigureFlags *flags,
           GError         **error)
{
  g_auto(GStrv) names = NULL;

  *flags = XITU_FIGURE_NONE;
  if (!xitu_json_reader_get_strv (R (l), o, "flags", &names, error))
    return FALSE;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      XituFigureFlags flag = xitu_figure_flag_from_string (names[i]);

      if (flag == XITU_FIGURE_NONE)
        {
          gsize mark = xitu_json_reader_push_index (R (l), "flags", i);

          xitu_json_reader_fail (R (l), error, XITU_DATASET_ERROR_INVALID_VALUE,
                                 _("unknown flag “%s”"), names[i]);
          xitu_json_reader_pop (R (l), mark);
          return FALSE;
        }
      *flags |= flag;
    }
  return TRUE;
}

static gboolean
metric_needs_stage (const char *metric)
{
  return g_str_equal (metric, "production") || g_str_equal (metric, "share") ||
         g_str_equal (metric, "import-share") || g_str_equal (metric, "top3-share");
}

static gboolean
check_value (Loader     *l,
             const char *unit,
             double      value,
             GError    **error)
{
  if (g_str_equal (unit, "%") && (value < 0.0 || value > 100.0))
    return xitu_json_reader_fail_at (R (l), error, "value", XITU_DATASET_ERROR_OUT_OF_RANGE,
                                     _("a share of %g %% is outside 0–100 %%"), value);
  if (value < 0.0)
    return xitu_json_reader_fail_at (R (l), error, "value", XITU_DATASET_ERROR_OUT_OF_RANGE,
                                     /* Translators: a number, then its unit as the
                                      * dataset spells it ("t", "USD/kg"). */
                                     _("a quantity cannot be negative (%g %s)"), value, unit);
  return TRUE;
}

static gboolean
load_figure (Loader     *l,
             JsonObject *o,
             GError    **error)
{
  static const char * const allowed[] = {
    "id", "country", "partner", "stage", "metric", "year", "year_end", "value",
    "unit", "source", "edition", "measure", "flags", "note", NULL
  };
  g_auto(XituText) note = { 0 };
  g_autoptr(XituFigure) figure = NULL;
  const char *id, *country, *partner, *stage, *metric, *unit, *source, *edition, *measure;
  gint64 year, year_end = 0;
  double value = NAN;
  XituFigureFlags flags;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", FALSE, &id, error) ||
      !get_country_ref (l, o, "country", TRUE, &country, error) ||
      !get_country_ref (l, o, "partner", FALSE, &partner, error) ||
      !get_stage_ref (l, o, &stage, error) ||
      !get_choice (l, o, "metric", TRUE, metrics, XITU_DATASET_ERROR_INVALID_VALUE, &metric, error) ||
      !xitu_json_reader_get_int (R (l), o, "year", TRUE, 1900, 2100, &year, error) ||
      !xitu_json_reader_get_int (R (l), o, "year_end", FALSE, 1900, 2100, &year_end, error) ||
      !get_choice (l, o, "unit", TRUE, units, XITU_DATASET_ERROR_UNKNOWN_UNIT, &unit, error) ||
      !get_source_ref (l, o, &source, error) ||
      !xitu_json_reader_get_string (R (l), o, "edition", TRUE, &edition, error) ||
      !xitu_json_reader_get_string (R (l), o, "measure", FALSE, &measure, error) ||
      !get_flags (l, o, &flags, error) ||
      !xitu_json_reader_get_text (R (l), o, "note", FALSE, FALSE, &note, error))
    return FALSE;

  if (year_end != 0 && year_end < year)
    return fail_at (l, error, "year_end", XITU_DATASET_ERROR_INVALID_VALUE,
                    _("the period ends before it starts"));
  if (metric_needs_stage (metric) && stage == NULL)
    return xitu_json_reader_fail (R (l), error, XITU_DATASET_ERROR_MISSING_MEMBER,
                                  _("missing required member “stage” (metric “%s” is per stage)"),
                                  metric);
  if (g_str_equal (metric, "import-share") && partner == NULL)
    return xitu_json_reader_fail (R (l), error, XITU_DATASET_ERROR_MISSING_MEMBER,
                                  _("missing required member “partner” (an import share is "
                                    "from a partner)"));

  if (flags & (XITU_FIGURE_NOT_AVAILABLE | XITU_FIGURE_WITHHELD))
    {
      if (json_object_has_member (o, "value"))
        return fail_at (l, error, "value", XITU_DATASET_ERROR_INVALID_VALUE,
                        _("a figure flagged not-available or withheld has no value"));
    }
  else if (!xitu_json_reader_get_number (R (l), o, "value", TRUE, &value, error) ||
           !check_value (l, unit, value, error))
    return FALSE;

  figure = xitu_figure_new (country, metric, year, isnan (value) ? 0.0 : value, unit, source, edition);
  xitu_figure_set_id (figure, id);
  xitu_figure_set_partner (figure, partner);
  xitu_figure_set_stage (figure, stage);
  if (year_end != 0)
    xitu_figure_set_year_end (figure, year_end);
  xitu_figure_set_measure (figure, measure);
  xitu_figure_set_flags (figure, flags);
  xitu_figure_set_note (figure, note.en, note.zh);
  if (!xitu_dataset_add_figure (l->dataset, figure))
    return fail_at (l, error, "id", XITU_DATASET_ERROR_DUPLICATE_ID, _("duplicate figure id"));
  return TRUE;
}

/* ---- claims ---------------------------------------------------------- */

static gboolean
load_check (Loader     *l,
            JsonObject *o,
            XituClaim  *claim,
            GError    **error)
{
  static const char * const allowed[] = { "figure", "claimed", "tolerance", NULL };
  JsonObject *check;
  const char *figure;
  double claimed, tolerance;
  gsize mark;
  gboolean ok;

  if (!xitu_json_reader_get_object (R (l), o, "check", FALSE, &check, error))
    return FALSE;
  if (check == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (R (l), "check");
  ok = xitu_json_reader_check_members (R (l), check, allowed, error) &&
       xitu_json_reader_get_string (R (l), check, "figure", TRUE, &figure, error) &&
       xitu_json_reader_get_number (R (l), check, "claimed", TRUE, &claimed, error) &&
       xitu_json_reader_get_number (R (l), check, "tolerance", TRUE, &tolerance, error);
  if (ok && !figure_exists (l, figure))
    ok = xitu_json_reader_fail_at (R (l), error, "figure", XITU_DATASET_ERROR_UNKNOWN_REFERENCE,
                                   _("unknown figure “%s” (no figure has this id)"), figure);
  if (ok && tolerance < 0.0)
    ok = fail_at (l, error, "tolerance", XITU_DATASET_ERROR_OUT_OF_RANGE,
                  _("a tolerance cannot be negative"));
  xitu_json_reader_pop (R (l), mark);
  if (ok)
    xitu_claim_set_check (claim, figure, claimed, tolerance);
  return ok;
}

static gboolean
load_claim (Loader     *l,
            JsonObject *o,
            GError    **error)
{
  static const char * const allowed[] = {
    "id", "source", "text", "countries", "figures", "verdict", "explanation", "check", NULL
  };
  g_auto(XituText) text = { 0 };
  g_auto(XituText) explanation = { 0 };
  g_auto(GStrv) countries = NULL;
  g_auto(GStrv) figures = NULL;
  g_autoptr(XituClaim) claim = NULL;
  const char *id, *source, *verdict_name;
  XituVerdict verdict;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", TRUE, &id, error) ||
      !get_source_ref (l, o, &source, error) ||
      !xitu_json_reader_get_text (R (l), o, "text", TRUE, TRUE, &text, error) ||
      !xitu_json_reader_get_strv (R (l), o, "countries", &countries, error) ||
      !check_refs (l, (const char * const *) countries, "countries", REF_COUNTRY, error) ||
      !xitu_json_reader_get_strv (R (l), o, "figures", &figures, error) ||
      !check_refs (l, (const char * const *) figures, "figures", REF_FIGURE, error) ||
      !xitu_json_reader_get_string (R (l), o, "verdict", TRUE, &verdict_name, error))
    return FALSE;

  if (!xitu_verdict_from_string (verdict_name, &verdict))
    return xitu_json_reader_fail_at (R (l), error, "verdict", XITU_DATASET_ERROR_INVALID_VALUE,
                                     _("unknown verdict “%s” (expected supported, partly-supported, "
                                       "contradicted, outdated, different-metric, unit-error or "
                                       "unverified)"), verdict_name);
  if (!xitu_json_reader_get_text (R (l), o, "explanation", TRUE, TRUE, &explanation, error))
    return FALSE;

  claim = xitu_claim_new (id, source, verdict);
  xitu_claim_set_text (claim, text.en, text.zh);
  xitu_claim_set_explanation (claim, explanation.en, explanation.zh);
  xitu_claim_set_countries (claim, (const char * const *) countries);
  xitu_claim_set_figures (claim, (const char * const *) figures);
  if (!load_check (l, o, claim, error))
    return FALSE;
  if (!xitu_dataset_add_claim (l->dataset, claim))
    return fail_at (l, error, "id", XITU_DATASET_ERROR_DUPLICATE_ID, _("duplicate claim id"));
  return TRUE;
}

/* ---- events ---------------------------------------------------------- */

static gboolean
load_event (Loader     *l,
            JsonObject *o,
            GError    **error)
{
  static const char * const allowed[] = {
    "id", "date", "country", "kind", "title", "detail", "status", "end_date", "source", NULL
  };
  g_auto(XituText) title = { 0 };
  g_auto(XituText) detail = { 0 };
  g_autoptr(XituEvent) event = NULL;
  const char *id, *date, *country, *kind, *status, *end_date, *source;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", TRUE, &id, error) ||
      !get_date (l, o, "date", TRUE, &date, error) ||
      !get_country_ref (l, o, "country", TRUE, &country, error) ||
      !get_choice (l, o, "kind", TRUE, event_kinds, XITU_DATASET_ERROR_INVALID_VALUE, &kind, error) ||
      !xitu_json_reader_get_text (R (l), o, "title", TRUE, TRUE, &title, error) ||
      !xitu_json_reader_get_text (R (l), o, "detail", FALSE, FALSE, &detail, error) ||
      !get_choice (l, o, "status", FALSE, event_statuses, XITU_DATASET_ERROR_INVALID_VALUE, &status, error) ||
      !get_date (l, o, "end_date", FALSE, &end_date, error) ||
      !get_source_ref (l, o, &source, error))
    return FALSE;

  event = xitu_event_new (id, date, country, kind, source);
  xitu_event_set_title (event, title.en, title.zh);
  xitu_event_set_detail (event, detail.en, detail.zh);
  xitu_event_set_status (event, status);
  xitu_event_set_end_date (event, end_date);
  xitu_dataset_add_event (l->dataset, event);
  return TRUE;
}

/* ---- facilities ------------------------------------------------------ */

static gboolean
get_year (Loader     *l,
          JsonObject *o,
          const char *member,
          int        *out,
          GError    **error)
{
  gint64 year = 0;

  if (!xitu_json_reader_get_int (R (l), o, member, FALSE, 1900, 2100, &year, error))
    return FALSE;
  *out = year;
  return TRUE;
}

static gboolean
load_facility (Loader     *l,
               JsonObject *o,
               GError    **error)
{
  static const char * const allowed[] = {
    "id", "name", "operator", "country", "stages", "capacity", "capacity_unit",
    "capacity_note", "status", "announced", "start_announced", "start_actual",
    "lat", "lon", "source", NULL
  };
  g_auto(XituText) name = { 0 };
  g_auto(XituText) capacity_note = { 0 };
  g_auto(GStrv) stages = NULL;
  g_autoptr(XituFacility) facility = NULL;
  const char *id, *operator_name, *country, *capacity_unit, *status, *source;
  double capacity = NAN, lat = 0, lon = 0;
  int announced, start_announced, start_actual;

  if (!xitu_json_reader_check_members (R (l), o, allowed, error) ||
      !get_id (l, o, "id", TRUE, &id, error) ||
      !xitu_json_reader_get_text (R (l), o, "name", TRUE, FALSE, &name, error) ||
      !xitu_json_reader_get_string (R (l), o, "operator", FALSE, &operator_name, error) ||
      !get_country_ref (l, o, "country", TRUE, &country, error) ||
      !xitu_json_reader_get_strv (R (l), o, "stages", &stages, error) ||
      !check_refs (l, (const char * const *) stages, "stages", REF_STAGE, error) ||
      !xitu_json_reader_get_number (R (l), o, "capacity", FALSE, &capacity, error) ||
      !xitu_json_reader_get_string (R (l), o, "capacity_unit", !isnan (capacity), &capacity_unit, error) ||
      !xitu_json_reader_get_text (R (l), o, "capacity_note", FALSE, FALSE, &capacity_note, error) ||
      !get_choice (l, o, "status", TRUE, facility_statuses, XITU_DATASET_ERROR_INVALID_VALUE, &status, error) ||
      !get_year (l, o, "announced", &announced, error) ||
      !get_year (l, o, "start_announced", &start_announced, error) ||
      !get_year (l, o, "start_actual", &start_actual, error) ||
      !xitu_json_reader_get_number (R (l), o, "lat", TRUE, &lat, error) ||
      !xitu_json_reader_get_number (R (l), o, "lon", TRUE, &lon, error) ||
      !get_source_ref (l, o, &source, error))
    return FALSE;

  if (lat < -90.0 || lat > 90.0)
    return fail_at (l, error, "lat", XITU_DATASET_ERROR_OUT_OF_RANGE, _("latitude outside −90–90°"));
  if (lon < -180.0 || lon > 180.0)
    return fail_at (l, error, "lon", XITU_DATASET_ERROR_OUT_OF_RANGE, _("longitude outside −180–180°"));
  if (!isnan (capacity) && capacity < 0.0)
    return fail_at (l, error, "capacity", XITU_DATASET_ERROR_OUT_OF_RANGE,
                    _("a capacity cannot be negative"));

  facility = xitu_facility_new (id, country, status, lat, lon, source);
  xitu_facility_set_name (facility, name.en, name.zh);
  xitu_facility_set_operator (facility, operator_name);
  xitu_facility_set_stages (facility, (const char * const *) stages);
  if (!isnan (capacity))
    xitu_facility_set_capacity (facility, capacity, capacity_unit);
  xitu_facility_set_capacity_note (facility, capacity_note.en, capacity_note.zh);
  xitu_facility_set_years (facility, announced, start_announced, start_actual);
  xitu_dataset_add_facility (l->dataset, facility);
  return TRUE;
}

/* ---- the document ---------------------------------------------------- */

typedef gboolean (*LoadItem) (Loader *, JsonObject *, GError **);

static gboolean
load_list (Loader     *l,
           JsonObject *root,
           const char *member,
           LoadItem    load_item,
           GError    **error)
{
  JsonArray *array;
  guint n;

  if (!xitu_json_reader_get_array (R (l), root, member, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize mark = xitu_json_reader_push_index (R (l), member, i);
      JsonObject *item = xitu_json_reader_array_object (R (l), array, i, error);
      gboolean ok = item != NULL && load_item (l, item, error);

      xitu_json_reader_pop (R (l), mark);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_bloc_members (Loader  *l,
                    GError **error)
{
  GListModel *countries = xitu_dataset_get_countries (l->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(XituCountry) country = g_list_model_get_item (countries, i);
      const char * const *members = xitu_country_get_members (country);
      gsize mark = xitu_json_reader_push_index (R (l), "countries", i);
      gboolean ok = check_refs (l, members, "members", REF_COUNTRY, error);

      xitu_json_reader_pop (R (l), mark);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Shares that one edition gives for one stage and year cannot add up to
 * more than the whole (half a point of rounding allowed). */
static gboolean
check_share_sums (Loader  *l,
                  GError **error)
{
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *figures = xitu_dataset_get_figures (l->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(XituFigure) f = g_list_model_get_item (figures, i);
      g_autofree char *key = NULL;
      double *sum;

      if (g_strcmp0 (xitu_figure_get_metric (f), "share") != 0 || !xitu_figure_has_value (f))
        continue;
      key = g_strdup_printf ("%s %d (%s)", xitu_figure_get_stage (f), xitu_figure_get_year (f),
                             xitu_figure_get_edition (f));
      sum = g_hash_table_lookup (sums, key);
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (sums, g_strdup (key), sum);
        }
      *sum += xitu_figure_get_value (f);
      if (*sum > 100.5)
        {
          gsize mark = xitu_json_reader_push_index (R (l), "figures", i);

          xitu_json_reader_fail (R (l), error, XITU_DATASET_ERROR_OUT_OF_RANGE,
                                 /* Translators: a stage, year and edition such as
                                  * "mining 2024 (MCS 2026)", then a percentage. */
                                 _("the shares for %s add up to %g %%, more than 100 %%"), key, *sum);
          xitu_json_reader_pop (R (l), mark);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_root (Loader     *l,
           JsonObject *root,
           GError    **error)
{
  static const char * const allowed[] = {
    "format", "version", "title", "stages", "countries", "sources", "figures",
    "claims", "events", "facilities", NULL
  };
  g_auto(XituText) title = { 0 };
  const char *format;
  gint64 version;

  if (!xitu_json_reader_check_members (R (l), root, allowed, error) ||
      !xitu_json_reader_get_string (R (l), root, "format", TRUE, &format, error))
    return FALSE;
  if (!g_str_equal (format, "xitu-dataset"))
    return xitu_json_reader_fail_at (R (l), error, "format", XITU_DATASET_ERROR_UNSUPPORTED_FORMAT,
                                     _("“%s” is not a Xitu dataset (expected \"xitu-dataset\")"), format);
  if (!xitu_json_reader_get_int (R (l), root, "version", TRUE, 1, 1, &version, error) ||
      !xitu_json_reader_get_text (R (l), root, "title", FALSE, FALSE, &title, error))
    return FALSE;

  /* References point upwards in this order, whatever order the file uses. */
  return load_list (l, root, "stages", load_stage, error) &&
         load_list (l, root, "countries", load_country, error) &&
         check_bloc_members (l, error) &&
         load_list (l, root, "sources", load_source, error) &&
         load_list (l, root, "figures", load_figure, error) &&
         check_share_sums (l, error) &&
         load_list (l, root, "claims", load_claim, error) &&
         load_list (l, root, "events", load_event, error) &&
         load_list (l, root, "facilities", load_facility, error);
}

/* What a dataset file may be, and the error for each way it can fail (an
 * error domain is not a constant, so this is not a static table). */
static XituJsonDocument
dataset_document (void)
{
  return (XituJsonDocument) {
    .domain = XITU_DATASET_ERROR, .kind = XITU_JSON_KIND_DATASET,
    .max_size = XITU_DATASET_MAX_SIZE, .max_depth = MAX_DEPTH,
    .code_empty = XITU_DATASET_ERROR_EMPTY, .code_too_large = XITU_DATASET_ERROR_TOO_LARGE,
    .code_not_utf8 = XITU_DATASET_ERROR_NOT_UTF8, .code_too_deep = XITU_DATASET_ERROR_TOO_DEEP,
    .code_not_json = XITU_DATASET_ERROR_NOT_JSON, .code_wrong_type = XITU_DATASET_ERROR_WRONG_TYPE,
    .code_io = XITU_DATASET_ERROR_IO,
  };
}

XituDataset *
xitu_dataset_load_data (const char  *data,
                        gsize        length,
                        const char  *display_name,
                        GError     **error)
{
  const XituJsonDocument document = dataset_document ();
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(XituDataset) dataset = NULL;
  JsonObject *root = NULL;
  Loader l = { 0 };
  gboolean ok;

  parser = xitu_json_document_parse (&document, data, length, display_name, &root, error);
  if (parser == NULL)
    return NULL;

  dataset = xitu_dataset_new ();
  l.dataset = dataset;
  xitu_json_reader_init (R (&l), display_name, XITU_DATASET_ERROR);
  l.reader.code_wrong_type = XITU_DATASET_ERROR_WRONG_TYPE;
  l.reader.code_missing = XITU_DATASET_ERROR_MISSING_MEMBER;
  l.reader.code_unknown_member = XITU_DATASET_ERROR_UNKNOWN_MEMBER;
  l.reader.code_invalid = XITU_DATASET_ERROR_INVALID_VALUE;
  ok = load_root (&l, root, error);
  xitu_json_reader_clear (R (&l));

  return ok ? g_steal_pointer (&dataset) : NULL;
}

XituDataset *
xitu_dataset_load_file (GFile   *file,
                        GError **error)
{
  const XituJsonDocument document = dataset_document ();
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  contents = xitu_json_document_load_file (&document, file, name, &length, error);
  if (contents == NULL)
    return NULL;
  return xitu_dataset_load_data (contents, length, name, error);
}
