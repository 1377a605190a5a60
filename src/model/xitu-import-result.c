/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-import-result.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "xitu-country-names.h"
#include "xitu-import-private.h"

struct _XituImportResult
{
  GObject           parent_instance;
  XituImportFormat  format;
  char             *display_name;
  char             *edition;
  GPtrArray        *figures;
  GPtrArray        *sources;
  GPtrArray        *countries;
  GHashTable       *country_codes;   /* code → XituCountry (borrowed) */
  GPtrArray        *stages;
  GPtrArray        *skipped;
  GPtrArray        *unmatched;
  GHashTable       *unmatched_names; /* name → XituImportUnmatched (borrowed) */
  GPtrArray        *warnings;        /* NULL-terminated */
  guint             rows_read;
  guint             rows_ignored;
  gboolean          skipped_sorted;
};

G_DEFINE_FINAL_TYPE (XituImportResult, xitu_import_result, G_TYPE_OBJECT)

G_DEFINE_QUARK (xitu-import-error-quark, xitu_import_error)

static const char * const format_names[] = {
  "unknown", "usgs-long", "usgs-wide", "comtrade", "xitu-json",
};

static void
skip_free (XituImportSkip *skip)
{
  g_free (skip->reason);
  g_free (skip);
}

static void
unmatched_free (XituImportUnmatched *unmatched)
{
  g_free (unmatched->name);
  g_free (unmatched);
}

static void
count_free (XituImportCount *count)
{
  g_free (count->country);
  g_free (count->metric);
  g_free (count);
}

static void
xitu_import_result_finalize (GObject *object)
{
  XituImportResult *self = XITU_IMPORT_RESULT (object);

  g_free (self->display_name);
  g_free (self->edition);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->sources);
  g_hash_table_unref (self->country_codes);
  g_ptr_array_unref (self->countries);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->skipped);
  g_hash_table_unref (self->unmatched_names);
  g_ptr_array_unref (self->unmatched);
  g_ptr_array_unref (self->warnings);

  G_OBJECT_CLASS (xitu_import_result_parent_class)->finalize (object);
}

static void
xitu_import_result_class_init (XituImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_import_result_finalize;
}

static void
xitu_import_result_init (XituImportResult *self)
{
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->countries = g_ptr_array_new_with_free_func (g_object_unref);
  self->country_codes = g_hash_table_new (g_str_hash, g_str_equal);
  self->stages = g_ptr_array_new_with_free_func (g_object_unref);
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skip_free);
  self->unmatched = g_ptr_array_new_with_free_func ((GDestroyNotify) unmatched_free);
  self->unmatched_names = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

XituImportResult *
xitu_import_result_new (XituImportFormat  format,
                        const char       *display_name)
{
  XituImportResult *self = g_object_new (XITU_TYPE_IMPORT_RESULT, NULL);

  self->format = format;
  self->display_name = g_strdup (display_name);
  return self;
}

const char *
xitu_import_format_to_string (XituImportFormat format)
{
  g_return_val_if_fail (format <= XITU_IMPORT_FORMAT_XITU_JSON, NULL);
  return format_names[format];
}

gboolean
xitu_import_format_from_string (const char       *str,
                                XituImportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (str, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/* Format detection */

static gboolean
json_names_xitu_dataset (const char *data,
                         gsize       len)
{
  static const char key[] = "\"format\"";
  static const char value[] = "\"xitu-dataset\"";
  const char *end = data + len;
  const char *p = data;

  while ((p = g_strstr_len (p, end - p, key)) != NULL)
    {
      p += strlen (key);
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p >= end || *p != ':')
        continue;
      p++;
      while (p < end && g_ascii_isspace (*p))
        p++;
      if ((gsize) (end - p) >= strlen (value) && memcmp (p, value, strlen (value)) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
header_has (char       **fields,
            const char  *name)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (g_ascii_strcasecmp (fields[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
header_has_prefix (char       **fields,
                   const char  *prefix)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (g_ascii_strncasecmp (fields[i], prefix, strlen (prefix)) == 0)
      return TRUE;
  return FALSE;
}

XituImportFormat
xitu_import_detect_format (const char *data,
                           gsize       len)
{
  g_autofree char *line = NULL;
  g_auto(GStrv) fields = NULL;
  gsize line_len;

  if (data == NULL)
    return XITU_IMPORT_FORMAT_UNKNOWN;
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  while (len > 0 && g_ascii_isspace (*data))
    {
      data++;
      len--;
    }
  if (len == 0)
    return XITU_IMPORT_FORMAT_UNKNOWN;

  if (*data == '{')
    return json_names_xitu_dataset (data, len) ? XITU_IMPORT_FORMAT_XITU_JSON
                                               : XITU_IMPORT_FORMAT_UNKNOWN;

  for (line_len = 0; line_len < len && line_len < XITU_CSV_MAX_RECORD; line_len++)
    if (data[line_len] == '\n' || data[line_len] == '\r' || data[line_len] == '\0')
      break;

  line = g_strndup (data, line_len);
  g_strdelimit (line, "\"", ' ');
  fields = g_strsplit (line, ",", -1);
  for (guint i = 0; fields[i] != NULL; i++)
    g_strstrip (fields[i]);

  if (fields[0] != NULL && g_ascii_strcasecmp (fields[0], "MCS chapter") == 0)
    return XITU_IMPORT_FORMAT_USGS_LONG;
  if (header_has (fields, "reporterCode") && header_has (fields, "partnerCode") &&
      header_has (fields, "cmdCode"))
    return XITU_IMPORT_FORMAT_COMTRADE;
  if (header_has (fields, "Country") &&
      (header_has_prefix (fields, "Prod_") || header_has_prefix (fields, "Reserves_")))
    return XITU_IMPORT_FORMAT_USGS_WIDE;
  return XITU_IMPORT_FORMAT_UNKNOWN;
}

/* Accessors */

XituImportFormat
xitu_import_result_get_format (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), XITU_IMPORT_FORMAT_UNKNOWN);
  return self->format;
}

const char *
xitu_import_result_get_display_name (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->display_name;
}

const char *
xitu_import_result_get_edition (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->edition;
}

void
xitu_import_result_set_edition (XituImportResult *self,
                                const char       *edition)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  g_free (self->edition);
  self->edition = g_strdup (edition);
}

GPtrArray *
xitu_import_result_get_figures (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->figures;
}

GPtrArray *
xitu_import_result_get_sources (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->sources;
}

GPtrArray *
xitu_import_result_get_countries (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->countries;
}

GPtrArray *
xitu_import_result_get_stages (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  return self->stages;
}

guint
xitu_import_result_get_rows_read (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), 0);
  return self->rows_read;
}

guint
xitu_import_result_get_rows_ignored (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), 0);
  return self->rows_ignored;
}

static int
compare_skips (gconstpointer a,
               gconstpointer b)
{
  const XituImportSkip *sa = *(XituImportSkip * const *) a;
  const XituImportSkip *sb = *(XituImportSkip * const *) b;

  return (sa->line > sb->line) - (sa->line < sb->line);
}

/* Importers find some problems only after reading everything (repeats,
 * subheadings): sort by line when someone looks. The sort is stable. */
static void
sort_skipped (XituImportResult *self)
{
  if (!self->skipped_sorted)
    g_ptr_array_sort (self->skipped, compare_skips);
  self->skipped_sorted = TRUE;
}

guint
xitu_import_result_get_n_skipped (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), 0);
  return self->skipped->len;
}

const XituImportSkip *
xitu_import_result_get_skipped (XituImportResult *self,
                                guint             i)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (i < self->skipped->len, NULL);

  sort_skipped (self);
  return g_ptr_array_index (self->skipped, i);
}

guint
xitu_import_result_get_n_unmatched (XituImportResult *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), 0);
  return self->unmatched->len;
}

const XituImportUnmatched *
xitu_import_result_get_unmatched (XituImportResult *self,
                                  guint             i)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (i < self->unmatched->len, NULL);
  return g_ptr_array_index (self->unmatched, i);
}

const char * const *
xitu_import_result_get_warnings (XituImportResult *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);

  /* An empty null-terminated GPtrArray may have no pdata at all. */
  if (self->warnings->pdata == NULL)
    return none;
  return (const char * const *) self->warnings->pdata;
}

void
xitu_import_result_set_rows_read (XituImportResult *self,
                                  guint             rows)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  self->rows_read = rows;
}

void
xitu_import_result_set_rows_ignored (XituImportResult *self,
                                     guint             rows)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  self->rows_ignored = rows;
}

/* Building */

static const struct
{
  const char *id;
  const char *name_en;
  const char *name_zh;
  const char *product_en;
  const char *product_zh;
} stage_defs[] = {
  { "mining", "Mining", "采矿", "rare-earth concentrate", "稀土精矿" },
  { "separation", "Separation & refining", "分离冶炼",
    "separated rare-earth oxides and compounds", "分离稀土氧化物及化合物" },
  { "metal", "Metal & alloy", "金属及合金", "rare-earth metals and alloys", "稀土金属及合金" },
  { "magnet", "Magnets", "磁体", "NdFeB permanent magnets", "钕铁硼永磁体" },
};

XituStage *
xitu_import_make_stage (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (stage_defs); i++)
    if (g_strcmp0 (id, stage_defs[i].id) == 0)
      {
        XituStage *stage = xitu_stage_new (id, i + 1, stage_defs[i].name_en, stage_defs[i].name_zh);

        xitu_stage_set_product (stage, stage_defs[i].product_en, stage_defs[i].product_zh);
        return stage;
      }
  return NULL;
}

static gboolean
ensure_country (XituImportResult *self,
                const char       *code)
{
  const XituCountryInfo *info;
  XituCountry *country;

  if (g_hash_table_contains (self->country_codes, code))
    return TRUE;

  info = xitu_country_names_lookup_code (xitu_country_names_get_default (), code);
  if (info == NULL)
    return FALSE;

  country = xitu_country_info_to_country (info);
  g_ptr_array_add (self->countries, country);
  g_hash_table_insert (self->country_codes, (char *) xitu_country_get_code (country), country);
  return TRUE;
}

static gboolean
ensure_stage (XituImportResult *self,
              const char       *id)
{
  XituStage *stage;

  for (guint i = 0; i < self->stages->len; i++)
    if (g_strcmp0 (xitu_stage_get_id (g_ptr_array_index (self->stages, i)), id) == 0)
      return TRUE;

  stage = xitu_import_make_stage (id);
  if (stage == NULL)
    return FALSE;
  g_ptr_array_add (self->stages, stage);
  return TRUE;
}

void
xitu_import_result_add_country (XituImportResult *self,
                                XituCountry      *country)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  g_return_if_fail (XITU_IS_COUNTRY (country));

  if (g_hash_table_contains (self->country_codes, xitu_country_get_code (country)))
    return;
  g_ptr_array_add (self->countries, g_object_ref (country));
  g_hash_table_insert (self->country_codes, (char *) xitu_country_get_code (country), country);
}

void
xitu_import_result_add_stage (XituImportResult *self,
                              XituStage        *stage)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  g_return_if_fail (XITU_IS_STAGE (stage));

  for (guint i = 0; i < self->stages->len; i++)
    if (g_strcmp0 (xitu_stage_get_id (g_ptr_array_index (self->stages, i)),
                   xitu_stage_get_id (stage)) == 0)
      return;
  g_ptr_array_add (self->stages, g_object_ref (stage));
}

static gboolean
country_known (XituImportResult *self,
               const char       *code)
{
  return g_hash_table_contains (self->country_codes, code) ||
         xitu_country_names_lookup_code (xitu_country_names_get_default (), code) != NULL;
}

gboolean
xitu_import_result_add_figure (XituImportResult *self,
                               XituFigure       *figure)
{
  const char *country = xitu_figure_get_country (figure);
  const char *partner = xitu_figure_get_partner (figure);
  const char *stage = xitu_figure_get_stage (figure);

  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), FALSE);
  g_return_val_if_fail (XITU_IS_FIGURE (figure), FALSE);

  if (country == NULL || !country_known (self, country) ||
      (partner != NULL && !country_known (self, partner)) ||
      (stage != NULL && !ensure_stage (self, stage)))
    return FALSE;

  ensure_country (self, country);
  if (partner != NULL)
    ensure_country (self, partner);
  g_ptr_array_add (self->figures, g_object_ref (figure));
  if (self->edition == NULL)
    self->edition = g_strdup (xitu_figure_get_edition (figure));
  return TRUE;
}

void
xitu_import_result_add_source (XituImportResult *self,
                               XituSource       *source)
{
  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));
  g_return_if_fail (XITU_IS_SOURCE (source));

  for (guint i = 0; i < self->sources->len; i++)
    if (g_strcmp0 (xitu_source_get_id (g_ptr_array_index (self->sources, i)),
                   xitu_source_get_id (source)) == 0)
      return;
  g_ptr_array_add (self->sources, g_object_ref (source));
}

void
xitu_import_result_add_skipped (XituImportResult *self,
                                guint             line,
                                const char       *format,
                                ...)
{
  XituImportSkip *skip;
  va_list args;

  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));

  skip = g_new0 (XituImportSkip, 1);
  skip->line = line;
  va_start (args, format);
  skip->reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->skipped, skip);
  self->skipped_sorted = FALSE;
}

void
xitu_import_result_add_unmatched (XituImportResult *self,
                                  const char       *name,
                                  guint             line)
{
  XituImportUnmatched *unmatched;

  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));

  unmatched = g_hash_table_lookup (self->unmatched_names, name);
  if (unmatched != NULL)
    {
      unmatched->count++;
      return;
    }

  unmatched = g_new0 (XituImportUnmatched, 1);
  unmatched->name = g_strdup (name);
  unmatched->line = line;
  unmatched->count = 1;
  g_ptr_array_add (self->unmatched, unmatched);
  g_hash_table_insert (self->unmatched_names, unmatched->name, unmatched);
}

void
xitu_import_result_add_warning (XituImportResult *self,
                                const char       *format,
                                ...)
{
  va_list args;

  g_return_if_fail (XITU_IS_IMPORT_RESULT (self));

  va_start (args, format);
  g_ptr_array_add (self->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Summaries */

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const XituImportCount *ca = *(XituImportCount * const *) a;
  const XituImportCount *cb = *(XituImportCount * const *) b;
  int cmp = strcmp (ca->country, cb->country);

  return cmp != 0 ? cmp : strcmp (ca->metric, cb->metric);
}

GPtrArray *
xitu_import_result_summarize (XituImportResult *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *counts = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);

  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), counts);

  for (guint i = 0; i < self->figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (self->figures, i);
      char *key = g_strdup_printf ("%s\t%s", xitu_figure_get_country (figure),
                                   xitu_figure_get_metric (figure));
      XituImportCount *count = g_hash_table_lookup (seen, key);

      if (count == NULL)
        {
          count = g_new0 (XituImportCount, 1);
          count->country = g_strdup (xitu_figure_get_country (figure));
          count->metric = g_strdup (xitu_figure_get_metric (figure));
          g_ptr_array_add (counts, count);
          g_hash_table_insert (seen, key, count);
        }
      else
        g_free (key);
      count->count++;
    }

  g_ptr_array_sort (counts, compare_counts);
  return counts;
}

/* The summary is in the interface language, and so are its country names
 * and the errata notes in it. The translation says which of the dataset's
 * two languages to use, so that they follow the catalog gettext really
 * uses (English when there is none, whatever LANGUAGE says). */
XituLang
xitu_import_interface_lang (void)
{
  XituLang lang;

  /* Translators: the language of the country names in the import summary:
   * "zh" for the dataset's Chinese names, "en" for the English ones. Not a
   * sentence; write only one of those two codes. */
  if (xitu_lang_from_string (C_("country names in the import summary", "en"), &lang))
    return lang;
  return XITU_LANG_EN;
}

/* text, then spaces to width columns; a wide (CJK) character takes two. */
static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  guint columns = 0;

  g_string_append (out, text);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  for (; columns < width; columns++)
    g_string_append_c (out, ' ');
}

static void
append_counts (XituImportResult *self,
               GString          *out)
{
  g_autoptr(GPtrArray) counts = xitu_import_result_summarize (self);
  XituLang lang = xitu_import_interface_lang ();
  const char *current = NULL;

  if (counts->len == 0)
    return;

  g_string_append_printf (out, "\n%s\n", _("Figures per country and metric:"));
  for (guint i = 0; i < counts->len; i++)
    {
      const XituImportCount *count = g_ptr_array_index (counts, i);
      XituCountry *country = g_hash_table_lookup (self->country_codes, count->country);

      if (g_strcmp0 (current, count->country) != 0)
        {
          if (current != NULL)
            g_string_append_c (out, '\n');
          g_string_append_printf (out, "  %-4s ", count->country);
          append_padded (out, country ? xitu_country_get_name (country, lang) : "", 24);
          current = count->country;
        }
      else
        g_string_append (out, ",");
      g_string_append_printf (out, " %s %u", count->metric, count->count);
    }
  g_string_append_c (out, '\n');
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

/* Rows skipped for the same reason are listed once, with all their lines:
 * fifty "not imported" rows read better as one line than as fifty. */
static void
append_skipped (XituImportResult *self,
                GString          *out)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       free_gstring);

  if (self->skipped->len == 0)
    return;

  sort_skipped (self);
  for (guint i = 0; i < self->skipped->len; i++)
    {
      const XituImportSkip *skip = g_ptr_array_index (self->skipped, i);
      GString *list = g_hash_table_lookup (lines, skip->reason);

      if (list == NULL)
        {
          list = g_string_new (NULL);
          g_hash_table_insert (lines, skip->reason, list);
          g_ptr_array_add (reasons, skip->reason);
        }
      g_string_append_printf (list, "%s%u", list->len > 0 ? ", " : "", skip->line);
    }

  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Skipped rows (%u):"), self->skipped->len);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (reasons, i);
      GString *list = g_hash_table_lookup (lines, reason);

      g_string_append (out, "  ");
      /* Translators: the line numbers of the rows skipped, then why. */
      g_string_append_printf (out, strchr (list->str, ',') ? _("lines %s: %s") : _("line %s: %s"),
                              list->str, reason);
      g_string_append_c (out, '\n');
    }
}

char *
xitu_import_result_format_summary (XituImportResult *self)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_null_terminated (5, g_free, TRUE);
  g_autofree char *rows = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);

  g_string_append_printf (out, "%s: %s", self->display_name ? self->display_name : "(data)",
                          xitu_import_format_to_string (self->format));
  if (self->edition != NULL)
    /* Translators: follows the file name and its format, "data.csv: usgs-long". */
    g_string_append_printf (out, _(", edition %s"), self->edition);
  g_string_append_c (out, '\n');

  rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row read", "%u rows read",
                                       self->rows_read), self->rows_read);
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure",
                                                        "%u figures", self->figures->len),
                                           self->figures->len));
  if (self->rows_ignored > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row of other commodities ignored",
                                                          "%u rows of other commodities ignored",
                                                          self->rows_ignored),
                                             self->rows_ignored));
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row skipped",
                                                        "%u rows skipped", self->skipped->len),
                                           self->skipped->len));
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unmatched name",
                                                        "%u unmatched names",
                                                        self->unmatched->len),
                                           self->unmatched->len));
  /* Translators: the separator of the counts in the summary's first line. */
  counts = g_strjoinv (_(", "), (char **) parts->pdata);
  /* Translators: "169 rows read: 122 figures, 42 rows skipped, …". */
  g_string_append_printf (out, _("%s: %s"), rows, counts);
  g_string_append_c (out, '\n');

  append_counts (self, out);
  append_skipped (self, out);

  if (self->unmatched->len > 0)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("Unknown country names (their rows were not imported):"));
      for (guint i = 0; i < self->unmatched->len; i++)
        {
          const XituImportUnmatched *unmatched = g_ptr_array_index (self->unmatched, i);

          g_string_append (out, "  ");
          /* Translators: a line number, then a country name as the file spells it. */
          g_string_append_printf (out, _("line %u: \"%s\""), unmatched->line, unmatched->name);
          if (unmatched->count > 1)
            {
              g_string_append_c (out, ' ');
              g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "(%u row)", "(%u rows)",
                                                        unmatched->count), unmatched->count);
            }
          g_string_append_c (out, '\n');
        }
    }

  if (self->warnings->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Notes:"));
      for (guint i = 0; i < self->warnings->len; i++)
        g_string_append_printf (out, "  %s\n", (char *) g_ptr_array_index (self->warnings, i));
    }

  return g_string_free (out, FALSE);
}

static gboolean
match (const char *want,
       const char *have)
{
  return want == NULL || g_strcmp0 (want, have) == 0;
}

XituFigure *
xitu_import_result_find_figure (XituImportResult *self,
                                const char       *country,
                                const char       *partner,
                                const char       *stage,
                                const char       *metric,
                                const char       *measure,
                                int               year)
{
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (self->figures, i);

      if (match (country, xitu_figure_get_country (figure)) &&
          g_strcmp0 (partner, xitu_figure_get_partner (figure)) == 0 &&
          match (stage, xitu_figure_get_stage (figure)) &&
          match (metric, xitu_figure_get_metric (figure)) &&
          match (measure, xitu_figure_get_measure (figure)) &&
          (year == 0 || xitu_figure_get_year (figure) == year))
        return figure;
    }
  return NULL;
}

/* Helpers shared by the importers (xitu-import-private.h) */

gboolean
xitu_import_parse_number (const char *text,
                          double     *value)
{
  g_autofree char *digits = NULL;
  const char *p = text;
  gsize group = 0;
  gboolean grouped = FALSE;
  gboolean any = FALSE;
  char *end = NULL;
  GString *clean;

  if (text == NULL)
    return FALSE;

  clean = g_string_new (NULL);
  if (*p == '-' || *p == '+')
    g_string_append_c (clean, *p++);

  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          /* "1,500" but not ",5", "1,50" or "1,,500" */
          if (group == 0 || (grouped && group != 3) || (!grouped && group > 3))
            break;
          grouped = TRUE;
          group = 0;
          continue;
        }
      g_string_append_c (clean, *p);
      group++;
      any = TRUE;
    }
  if (*p == ',' || (grouped && group != 3))
    {
      g_string_free (clean, TRUE);
      return FALSE;
    }

  if (*p == '.')
    {
      g_string_append_c (clean, *p++);
      any = g_ascii_isdigit (*p);
      for (; g_ascii_isdigit (*p); p++)
        g_string_append_c (clean, *p);
    }

  digits = g_string_free (clean, FALSE);
  if (!any || *p != '\0')
    return FALSE;

  *value = g_ascii_strtod (digits, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

char *
xitu_import_strip (const char *text)
{
  const char *start = text;
  const char *end;

  if (text == NULL)
    return NULL;

  end = text + strlen (text);
  while (start < end && (g_ascii_isspace (*start) || g_str_has_prefix (start, "\xC2\xA0")))
    start += g_ascii_isspace (*start) ? 1 : 2;
  while (end > start && (g_ascii_isspace (end[-1]) ||
                         (end - start >= 2 && memcmp (end - 2, "\xC2\xA0", 2) == 0)))
    end -= g_ascii_isspace (end[-1]) ? 1 : 2;
  return g_strndup (start, (gsize) (end - start));
}

int
xitu_import_find_column (XituCsvReader *reader,
                         const char    *name)
{
  for (guint i = 0; i < xitu_csv_reader_get_n_fields (reader); i++)
    {
      g_autofree char *field = xitu_import_strip (xitu_csv_reader_get_field (reader, i));

      if (g_ascii_strcasecmp (field, name) == 0)
        return (int) i;
    }
  return -1;
}

char *
xitu_import_short_hash (const char *data,
                        gsize       len)
{
  g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);

  return g_strndup (sum, 12);
}

gboolean
xitu_import_check_empty (const char  *data,
                         gsize        len,
                         const char  *display_name,
                         GError     **error)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (data[i]))
      return TRUE;

  g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_EMPTY,
               _("%s: the file is empty"), display_name);
  return FALSE;
}

void
xitu_import_set_no_data_error (XituImportResult  *result,
                               GError           **error)
{
  const char *name = result->display_name ? result->display_name : "(data)";

  if (result->skipped->len > 0)
    {
      const XituImportSkip *skip = xitu_import_result_get_skipped (result, 0);

      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_NO_DATA,
                   _("%s: no figures in %u rows; %u rows skipped, the first at line %u: %s"),
                   name, result->rows_read, result->skipped->len, skip->line, skip->reason);
    }
  else if (result->unmatched->len > 0)
    {
      const XituImportUnmatched *unmatched = g_ptr_array_index (result->unmatched, 0);

      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_NO_DATA,
                   _("%s: no figures in %u rows; unknown country names, the first at line %u: "
                     "\"%s\""), name, result->rows_read, unmatched->line, unmatched->name);
    }
  else
    g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_NO_DATA,
                 _("%s: no data rows after the header"), name);
}
