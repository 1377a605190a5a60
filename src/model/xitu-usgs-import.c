/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-usgs-import.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "xitu-country-names.h"
#include "xitu-import-private.h"

#define EM_DASH "\xE2\x80\x94"
#define EN_DASH "\xE2\x80\x93"

/* Where in the file a row came from: the US salient statistics repeat the
 * world table's US mine production for the last two years. */
typedef enum
{
  ORIGIN_OTHER,
  ORIGIN_WORLD_TABLE,
  ORIGIN_SALIENT,
} Origin;

/* A row read and understood, before the edition is known. */
typedef struct
{
  guint            line;
  Origin           origin;
  char            *country;
  char            *partner;
  const char      *stage;
  const char      *metric;
  char            *measure;
  const char      *unit;
  char            *note;
  char            *edition;   /* NULL: the file's edition */
  int              year;
  int              year_end;
  double           value;
  XituFigureFlags  flags;
  gboolean         dropped;
} Row;

typedef struct
{
  XituImportResult        *result;
  XituCountryNames        *names;
  const XituImportOptions *options;
  const char              *display_name;
  GPtrArray               *rows;
  guint                    n_data_rows;
  guint                    n_ignored;
} Import;

/* Known differences between a data release and later corrections of the
 * same edition's PDF. The CSV value is kept (it is what the file says); the
 * figure carries the note. */
static const struct
{
  const char *edition;
  const char *country;
  const char *metric;
  double      csv_value;
  const char *note_en;
  const char *note_zh;
} errata[] = {
  { "MCS 2026", "BRA", "reserves", 21000000,
    "Edition note: the MCS 2026 PDF version 1.3 (27 May 2026) corrects Brazil's reserves to "
    "11,000,000 t; the data release CSV was not updated and still gives 21,000,000 t.",
    "版本说明：MCS 2026 PDF 第 1.3 版（2026 年 5 月 27 日）将巴西储量更正为 11,000,000 吨；"
    "数据发布 CSV 未更新，仍为 21,000,000 吨。" },
  { "MCS 2026", "WLD", "reserves", 85000000,
    "Edition note: the MCS 2026 PDF version 1.3 (27 May 2026) corrects world reserves to "
    ">75,000,000 t; the data release CSV was not updated and still gives >85,000,000 t.",
    "版本说明：MCS 2026 PDF 第 1.3 版（2026 年 5 月 27 日）将世界储量更正为 >75,000,000 吨；"
    "数据发布 CSV 未更新，仍为 >85,000,000 吨。" },
};

/* Data releases whose date and DOI are known. */
static const struct
{
  const char *edition;
  const char *date;
  const char *url;
} releases[] = {
  { "MCS 2026", "2026-02-06", "https://doi.org/10.5066/P1WKQ63T" },
};

static void
row_free (Row *row)
{
  g_free (row->country);
  g_free (row->partner);
  g_free (row->measure);
  g_free (row->note);
  g_free (row->edition);
  g_free (row);
}

/* Values and years */

gboolean
xitu_usgs_parse_value (const char      *text,
                       double          *value,
                       XituFigureFlags *flags,
                       gboolean        *net_exporter)
{
  g_autofree char *s = xitu_import_strip (text);
  char *p;
  gsize len;

  *value = 0;
  *flags = XITU_FIGURE_NONE;
  *net_exporter = FALSE;

  if (s == NULL || *s == '\0')
    return FALSE;
  if (strcmp (s, "NA") == 0)
    {
      *flags = XITU_FIGURE_NOT_AVAILABLE;
      return TRUE;
    }
  if (strcmp (s, "W") == 0)
    {
      *flags = XITU_FIGURE_WITHHELD;
      return TRUE;
    }
  if (strcmp (s, "E") == 0)
    {
      *flags = XITU_FIGURE_NOT_AVAILABLE;
      *net_exporter = TRUE;
      return TRUE;
    }
  if (strcmp (s, EM_DASH) == 0)
    return TRUE;

  p = s;
  if (*p == '>' || *p == '<')
    {
      *flags |= *p == '>' ? XITU_FIGURE_MORE_THAN : XITU_FIGURE_LESS_THAN;
      p++;
      while (*p == ' ')
        p++;
    }
  len = strlen (p);
  if (len > 1 && p[len - 1] == 'e' && g_ascii_isdigit (p[len - 2]))
    {
      *flags |= XITU_FIGURE_ESTIMATED;
      p[len - 1] = '\0';
    }

  /* Nothing USGS counts comes near 10^15; larger is a broken cell, and
   * would overflow once converted or summed. */
  if (!xitu_import_parse_number (p, value) || *value > 1e15)
    {
      *flags = XITU_FIGURE_NONE;
      *value = 0;
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_digits (const char **p,
              guint        n,
              int         *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  if (g_ascii_isdigit ((*p)[n]))
    return FALSE;
  *p += n;
  *out = v;
  return TRUE;
}

gboolean
xitu_usgs_parse_year (const char *text,
                      int        *year,
                      int        *year_end,
                      gboolean   *estimated)
{
  g_autofree char *s = xitu_import_strip (text);
  const char *p;
  gsize len;
  int start, end;

  *estimated = FALSE;
  if (s == NULL)
    return FALSE;

  len = strlen (s);
  if (len > 3 && g_ascii_strcasecmp (s + len - 3, "(e)") == 0)
    {
      *estimated = TRUE;
      s[len - 3] = '\0';
      g_strchomp (s);
    }
  else if (len > 4 && (s[len - 1] == 'e' || s[len - 1] == 'E') && g_ascii_isdigit (s[len - 2]))
    {
      *estimated = TRUE;
      s[len - 1] = '\0';
    }

  p = s;
  if (!parse_digits (&p, 4, &start))
    return FALSE;
  end = start;

  if (*p != '\0')
    {
      if (*p == '-')
        p++;
      else if (g_str_has_prefix (p, EN_DASH) || g_str_has_prefix (p, EM_DASH))
        p += strlen (EN_DASH);
      else
        return FALSE;

      if (parse_digits (&p, 2, &end))
        {
          end += start - start % 100;
          if (end < start)
            end += 100;
        }
      else if (!parse_digits (&p, 4, &end))
        return FALSE;
      if (*p != '\0')
        return FALSE;
    }

  if (start < 1900 || start > 2100 || end < start || end > 2100)
    return FALSE;
  *year = start;
  *year_end = end;
  return TRUE;
}

/* Four digits of a year 1900–2099 (what a source date may hold). */
static gboolean
is_year (const char *p)
{
  return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
         g_ascii_isdigit (p[3]) &&
         ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'));
}

char *
xitu_usgs_edition_from_name (const char *name)
{
  const char *p;

  if (name == NULL)
    return NULL;

  for (p = name; *p != '\0'; p++)
    {
      const char *q = p + 3;

      if (g_ascii_strncasecmp (p, "mcs", 3) != 0)
        continue;
      while (*q == ' ' || *q == '_' || *q == '-')
        q++;
      if (is_year (q) && !g_ascii_isdigit (q[4]))
        return g_strdup_printf ("MCS %.4s", q);
    }
  return NULL;
}

/* Sources */

/* "MCS 2026" → usgs-mcs2026-data-release; other editions are slugged. */
static char *
source_id_for (const char *edition)
{
  GString *id = g_string_new ("usgs-");

  if (g_str_has_prefix (edition, "MCS ") && strlen (edition) == 8)
    {
      g_string_append_printf (id, "mcs%s-data-release", edition + 4);
      return g_string_free (id, FALSE);
    }

  /* Ids are at most 64 bytes. */
  for (const char *p = edition; *p != '\0' && id->len < 40; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (id, g_ascii_tolower (*p));
    else if (id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  if (id->str[id->len - 1] != '-')
    g_string_append_c (id, '-');
  g_string_append (id, "data-release");
  return g_string_free (id, FALSE);
}

XituSource *
xitu_usgs_make_source (const char *edition,
                       const char *source_id)
{
  g_autofree char *id = source_id ? g_strdup (source_id) : source_id_for (edition);
  g_autofree char *title = NULL;
  g_autofree char *title_zh = NULL;
  const char *date = NULL;
  const char *url = NULL;
  g_autofree char *year = NULL;
  XituSource *source;

  g_return_val_if_fail (edition != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (releases); i++)
    if (strcmp (edition, releases[i].edition) == 0)
      {
        date = releases[i].date;
        url = releases[i].url;
      }
  if (g_str_has_prefix (edition, "MCS ") && strlen (edition) == 8 && is_year (edition + 4))
    {
      year = g_strdup (edition + 4);
      title = g_strdup_printf ("U.S. Geological Survey Mineral Commodity Summaries %s Data Release",
                               year);
      title_zh = g_strdup_printf ("美国地质调查局《矿产品概要 %s》数据发布", year);
    }
  else
    {
      title = g_strdup_printf ("U.S. Geological Survey Mineral Commodity Summaries data release (%s)",
                               edition);
      title_zh = g_strdup_printf ("美国地质调查局《矿产品概要》数据发布（%s）", edition);
    }

  if (date == NULL && year == NULL)
    {
      /* The source needs a date; an edition without a year gets this year. */
      for (const char *p = edition; *p != '\0' && year == NULL; p++)
        if (is_year (p))
          year = g_strndup (p, 4);
      if (year == NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          year = g_date_time_format (now, "%Y");
        }
    }

  source = xitu_source_new (id, title, "en", date ? date : year, "official-statistics");
  xitu_source_set_publisher (source, "U.S. Geological Survey", "美国地质调查局");
  xitu_source_set_title_translation (source, title, title_zh);
  xitu_source_set_url (source, url);
  xitu_source_set_tag (source, "primary");
  xitu_source_set_licence (source, "public-domain");
  return source;
}

/* Rows */

static const char *
field (XituCsvReader *reader,
       int            column)
{
  const char *value = column >= 0 ? xitu_csv_reader_get_field (reader, (guint) column) : NULL;

  return value != NULL ? value : "";
}

static gboolean
notes_say_estimated (const char *notes)
{
  g_auto(GStrv) parts = g_strsplit (notes, " -- ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (g_str_has_prefix (parts[i], "Estimated"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
convert_unit (const char  *usgs_unit,
              const char  *metric,
              const char **unit,
              double      *factor)
{
  static const struct
  {
    const char *usgs;
    const char *unit;
    double      factor;
  } units[] = {
    { "metric tons", "t", 1 },
    { "thousand metric tons", "t", 1000 },
    { "kilograms", "t", 0.001 },
    { "percent", "%", 1 },
    { "dollars per kilogram", "USD/kg", 1 },
  };
  const char *want = "t";

  if (g_str_equal (metric, "net-import-reliance") || g_str_equal (metric, "import-share"))
    want = "%";
  else if (g_str_equal (metric, "price"))
    want = "USD/kg";

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (usgs_unit, units[i].usgs) == 0 && g_str_equal (units[i].unit, want))
      {
        *unit = units[i].unit;
        *factor = units[i].factor;
        return TRUE;
      }
  return FALSE;
}

/* Maps a country name; unknown names go to the result's unmatched list. */
static const char *
match_country (Import     *import,
               const char *name,
               guint       line)
{
  const char *code = xitu_country_names_match (import->names, name);

  if (code == NULL)
    xitu_import_result_add_unmatched (import->result, *name ? name : "(empty)", line);
  return code;
}

/* The value, year and note that every row has, in whatever layout. */
static gboolean
finish_row (Import     *import,
            Row        *row,
            const char *value_text,
            const char *year_text,
            const char *usgs_unit,
            const char *notes,
            const char *what)
{
  XituFigureFlags flags = XITU_FIGURE_NONE;
  gboolean net_exporter = FALSE;
  gboolean estimated = FALSE;
  double factor = 1;
  GString *note;

  if (!convert_unit (usgs_unit, row->metric, &row->unit, &factor))
    {
      xitu_import_result_add_skipped (import->result, row->line,
                                      /* Translators: the first %s is empty or "column 3: " */
                                      _("%sunit \"%s\" does not fit %s"), what, usgs_unit,
                                      row->metric);
      return FALSE;
    }
  if (year_text != NULL &&
      !xitu_usgs_parse_year (year_text, &row->year, &row->year_end, &estimated))
    {
      xitu_import_result_add_skipped (import->result, row->line,
                                      _("%syear \"%s\" is not a year or a range such as 2021–24"),
                                      what, year_text);
      return FALSE;
    }
  if (!xitu_usgs_parse_value (value_text, &row->value, &flags, &net_exporter))
    {
      xitu_import_result_add_skipped (import->result, row->line,
                                      _("%svalue \"%s\" is not a number or a USGS symbol "
                                        "(NA, W, E, —, >N)"), what, value_text);
      return FALSE;
    }

  row->value *= factor;
  row->flags |= flags;
  if (row->value < 0 || (g_str_equal (row->unit, "%") && row->value > 100))
    {
      xitu_import_result_add_skipped (import->result, row->line,
                                      g_str_equal (row->unit, "%")
                                        ? _("%svalue \"%s\" is out of range for %s (0–100 %%)")
                                        : _("%svalue \"%s\" is out of range for %s (not negative)"),
                                      what, value_text, row->metric);
      return FALSE;
    }
  if (estimated || (notes != NULL && notes_say_estimated (notes)))
    row->flags |= XITU_FIGURE_ESTIMATED;

  note = g_string_new (NULL);
  if (net_exporter)
    g_string_append (note, "Net exporter (USGS symbol E); no net import reliance is given.");
  if (notes != NULL && *notes != '\0')
    g_string_append_printf (note, "%s%s", note->len ? " " : "", notes);
  if (note->len > 0)
    row->note = g_string_free (note, FALSE);
  else
    g_string_free (note, TRUE);
  return TRUE;
}

/* The long format */

typedef struct
{
  int   chapter;
  int   section;
  int   country;
  int   statistics;
  int   detail;
  int   unit;
  int   year;
  int   value;
  int   notes;
  guint n_fields;
} LongColumns;

static gboolean
find_long_columns (XituCsvReader  *reader,
                   LongColumns    *cols,
                   GError        **error)
{
  static const char * const required[] = {
    "MCS chapter", "Country", "Statistics", "Statistics_detail", "Unit", "Year", "Value",
  };
  int *slots[] = {
    &cols->chapter, &cols->country, &cols->statistics, &cols->detail, &cols->unit, &cols->year,
    &cols->value,
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      *slots[i] = xitu_import_find_column (reader, required[i]);
      if (*slots[i] < 0)
        {
          g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_HEADER,
                       _("%s:%u: the USGS header has no \"%s\" column; expected "
                         "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,"
                         "Unit,Year,Value,Notes,…"),
                       xitu_csv_reader_get_display_name (reader),
                       xitu_csv_reader_get_line (reader), required[i]);
          return FALSE;
        }
    }
  cols->section = xitu_import_find_column (reader, "Section");
  cols->notes = xitu_import_find_column (reader, "Notes");
  cols->n_fields = xitu_csv_reader_get_n_fields (reader);
  return TRUE;
}

/* The text after the last ": " of a Statistics_detail, e.g. "Compounds and
 * metals" of "Net import reliance as a percentage of apparent consumption:
 * Compounds and metals". */
static char *
detail_tail (const char *detail)
{
  const char *colon = g_strrstr (detail, ": ");
  g_autofree char *tail = g_strdup (colon ? colon + 2 : detail);

  return g_utf8_strdown (g_strstrip (tail), -1);
}

/* Decides what a rare-earth row is. Returns FALSE (and says why) for the
 * statistics Xitu has no metric for. */
static gboolean
classify_long (Import     *import,
               Row        *row,
               const char *section,
               const char *stat,
               const char *detail)
{
  if (g_ascii_strcasecmp (stat, "Production") == 0)
    {
      row->metric = "production";
      if (g_ascii_strncasecmp (section, "World", 5) == 0)
        {
          row->origin = ORIGIN_WORLD_TABLE;
          row->stage = "mining";
          if (strstr (detail, "rounded") != NULL)
            row->flags |= XITU_FIGURE_ROUNDED;
          return TRUE;
        }
      if (g_str_has_suffix (detail, "Mineral concentrates"))
        {
          row->origin = ORIGIN_SALIENT;
          row->stage = "mining";
          return TRUE;
        }
      if (g_str_has_suffix (detail, "Compounds and metals"))
        {
          row->stage = "separation";
          row->measure = g_strdup ("compounds and metals");
          return TRUE;
        }
    }
  else if (g_ascii_strcasecmp (stat, "Reserves") == 0)
    {
      row->metric = "reserves";
      row->measure = g_strdup ("usgs");
      row->origin = ORIGIN_WORLD_TABLE;
      if (strstr (detail, "rounded") != NULL)
        row->flags |= XITU_FIGURE_ROUNDED;
      return TRUE;
    }
  else if (g_ascii_strcasecmp (stat, "Net import reliance") == 0)
    {
      row->metric = "net-import-reliance";
      row->measure = detail_tail (detail);
      if (strstr (row->measure, "concentrate") != NULL)
        row->stage = "mining";
      else if (strstr (row->measure, "compound") != NULL)
        row->stage = "separation";
      return TRUE;
    }
  else if (g_ascii_strncasecmp (stat, "Import sources", 14) == 0)
    {
      /* USGS import sources are shares of US imports: the row's country is
       * the supplier. */
      row->metric = "import-share";
      row->stage = "separation";
      return TRUE;
    }
  else if (g_ascii_strcasecmp (stat, "Price") == 0)
    {
      const char *product = strstr (detail, "kilogram: ");

      row->metric = "price";
      row->measure = g_strdup (product ? product + strlen ("kilogram: ") : detail);
      return TRUE;
    }

  xitu_import_result_add_skipped (import->result, row->line, _("statistic \"%s\" is not imported"),
                                  *detail ? detail : stat);
  return FALSE;
}

static void
import_long_row (Import        *import,
                 XituCsvReader *reader,
                 LongColumns   *cols)
{
  guint line = xitu_csv_reader_get_line (reader);
  g_autofree char *chapter = NULL;
  g_autofree char *section = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stat = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *notes = NULL;
  const char *code;
  Row *row;

  import->n_data_rows++;
  if (xitu_csv_reader_get_n_fields (reader) != cols->n_fields)
    {
      xitu_import_result_add_skipped (import->result, line, _("expected %u fields, found %u"),
                                      cols->n_fields, xitu_csv_reader_get_n_fields (reader));
      return;
    }

  /* Most of a data release is other commodities: look no further. A line
   * the reader passed over has no fields; the others are compared exactly
   * ("RARE EARTHS (Heavy)" passes the reader, not this). */
  chapter = xitu_import_strip (field (reader, cols->chapter));
  if (xitu_csv_reader_is_passed_over (reader) || g_ascii_strcasecmp (chapter, XITU_USGS_CHAPTER) != 0)
    {
      import->n_ignored++;
      return;
    }

  section = xitu_import_strip (field (reader, cols->section));
  name = xitu_import_strip (field (reader, cols->country));
  stat = xitu_import_strip (field (reader, cols->statistics));
  detail = xitu_import_strip (field (reader, cols->detail));
  unit = xitu_import_strip (field (reader, cols->unit));
  notes = xitu_import_strip (field (reader, cols->notes));

  row = g_new0 (Row, 1);
  row->line = line;
  if (!classify_long (import, row, section, stat, detail))
    {
      row_free (row);
      return;
    }

  code = match_country (import, name, line);
  if (code == NULL)
    {
      row_free (row);
      return;
    }
  if (g_str_equal (row->metric, "import-share"))
    {
      row->country = g_strdup ("USA");
      row->partner = g_strdup (code);
      char *with_what = g_strdup_printf ("Share of US imports (USGS import sources: %s).%s%s",
                                         *detail ? detail : "rare earths", *notes ? " " : "",
                                         notes);

      g_free (notes);
      notes = with_what;
    }
  else
    row->country = g_strdup (code);

  if (!finish_row (import, row, field (reader, cols->value), field (reader, cols->year), unit,
                   notes, ""))
    {
      row_free (row);
      return;
    }
  g_ptr_array_add (import->rows, row);
}

static gboolean
import_long (Import         *import,
             XituCsvReader  *reader,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  LongColumns cols;

  if (!find_long_columns (reader, &cols, error))
    return FALSE;
  /* Most of a data release is other commodities (8,722 of 8,886 rows in
   * MCS 2026): the reader passes over those lines without decoding them. */
  xitu_csv_reader_pass_over_unless (reader, (guint) cols.chapter, XITU_USGS_CHAPTER);

  while (xitu_csv_reader_next (reader, &local_error))
    import_long_row (import, reader, &cols);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The wide format: Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,
 * Reserves_t,Reserves_notes and variants */

typedef struct
{
  int      index;
  int      year;      /* 0 for reserves without a year */
  double   factor;    /* 1000 for kt columns */
  gboolean reserves;
  gboolean estimated;
} WideColumn;

typedef struct
{
  int     source;
  int     country;
  int     type;
  int     prod_notes;
  int     reserves_notes;
  guint   n_fields;
  int     latest_year;
  GArray *values;     /* of WideColumn */
} WideColumns;

static gboolean
find_wide_columns (XituCsvReader  *reader,
                   WideColumns    *cols,
                   GError        **error)
{
  g_autoptr(GRegex) prod = g_regex_new ("^prod_(t|kt)_(?:(est)_)?([0-9]{4})(?:_(est))?$",
                                        G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) reserves = g_regex_new ("^reserves_(t|kt)(?:_([0-9]{4}))?$",
                                            G_REGEX_CASELESS, 0, NULL);

  cols->country = xitu_import_find_column (reader, "Country");
  cols->source = xitu_import_find_column (reader, "Source");
  cols->type = xitu_import_find_column (reader, "Type");
  cols->prod_notes = xitu_import_find_column (reader, "Prod_notes");
  cols->reserves_notes = xitu_import_find_column (reader, "Reserves_notes");
  cols->n_fields = xitu_csv_reader_get_n_fields (reader);
  cols->latest_year = 0;

  for (guint i = 0; i < cols->n_fields; i++)
    {
      g_autofree char *name = xitu_import_strip (xitu_csv_reader_get_field (reader, i));
      g_autoptr(GMatchInfo) match = NULL;
      WideColumn col = { (int) i, 0, 1, FALSE, FALSE };

      if (g_regex_match (prod, name, 0, &match))
        {
          g_autofree char *unit = g_match_info_fetch (match, 1);
          g_autofree char *est1 = g_match_info_fetch (match, 2);
          g_autofree char *year = g_match_info_fetch (match, 3);
          g_autofree char *est2 = g_match_info_fetch (match, 4);

          col.year = atoi (year);
          col.estimated = (est1 && *est1) || (est2 && *est2);
          col.factor = g_ascii_strcasecmp (unit, "kt") == 0 ? 1000 : 1;
          cols->latest_year = MAX (cols->latest_year, col.year);
          g_array_append_val (cols->values, col);
          continue;
        }
      g_clear_pointer (&match, g_match_info_free);
      if (g_regex_match (reserves, name, 0, &match))
        {
          g_autofree char *unit = g_match_info_fetch (match, 1);
          g_autofree char *year = g_match_info_fetch (match, 2);

          col.reserves = TRUE;
          col.year = year && *year ? atoi (year) : 0;
          col.factor = g_ascii_strcasecmp (unit, "kt") == 0 ? 1000 : 1;
          g_array_append_val (cols->values, col);
        }
    }

  if (cols->country < 0 || cols->values->len == 0)
    {
      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_HEADER,
                   cols->country < 0
                     ? _("%s:%u: the USGS world table has no \"Country\" column; expected "
                         "Source,Country,Type,Prod_t_YYYY,Prod_t_est_YYYY,Prod_notes,Reserves_t,…")
                     : _("%s:%u: the USGS world table has no production or reserves columns "
                         "(Prod_t_YYYY, Reserves_t); expected "
                         "Source,Country,Type,Prod_t_YYYY,Prod_t_est_YYYY,Prod_notes,Reserves_t,…"),
                   xitu_csv_reader_get_display_name (reader), xitu_csv_reader_get_line (reader));
      return FALSE;
    }
  return TRUE;
}

static void
import_wide_row (Import        *import,
                 XituCsvReader *reader,
                 WideColumns   *cols)
{
  g_autofree char *name = xitu_import_strip (field (reader, cols->country));
  g_autofree char *source = xitu_import_strip (field (reader, cols->source));
  g_autofree char *type = xitu_import_strip (field (reader, cols->type));
  g_autofree char *edition = xitu_usgs_edition_from_name (source);
  guint line = xitu_csv_reader_get_line (reader);
  const char *code;

  import->n_data_rows++;
  if (xitu_csv_reader_get_n_fields (reader) != cols->n_fields)
    {
      xitu_import_result_add_skipped (import->result, line, _("expected %u fields, found %u"),
                                      cols->n_fields, xitu_csv_reader_get_n_fields (reader));
      return;
    }
  if (*type != '\0' && strstr (type, "ine") == NULL)
    {
      xitu_import_result_add_skipped (import->result, line, _("type \"%s\" is not imported "
                                        "(only mine production)"), type);
      return;
    }
  code = match_country (import, name, line);
  if (code == NULL)
    return;

  for (guint i = 0; i < cols->values->len; i++)
    {
      const WideColumn *col = &g_array_index (cols->values, WideColumn, i);
      g_autofree char *value = xitu_import_strip (field (reader, col->index));
      g_autofree char *notes = xitu_import_strip (field (reader, col->reserves ? cols->reserves_notes
                                                                                : cols->prod_notes));
      g_autofree char *what = NULL;
      g_autofree char *year = NULL;
      Row *row;

      if (*value == '\0')
        continue;

      row = g_new0 (Row, 1);
      row->line = line;
      row->origin = ORIGIN_WORLD_TABLE;
      row->country = g_strdup (code);
      row->metric = col->reserves ? "reserves" : "production";
      row->stage = col->reserves ? NULL : "mining";
      row->measure = col->reserves ? g_strdup ("usgs") : NULL;
      row->edition = g_strdup (import->options->edition ? import->options->edition : edition);
      year = g_strdup_printf ("%d", col->year ? col->year : cols->latest_year);
      /* Translators: the start of a skip reason, "column 3: value … is not a number" */
      what = g_strdup_printf (_("column %d: "), col->index + 1);

      if (!finish_row (import, row, value, year, col->factor == 1000 ? "thousand metric tons"
                                                                      : "metric tons",
                       notes, what))
        {
          row_free (row);
          continue;
        }
      if (col->estimated)
        row->flags |= XITU_FIGURE_ESTIMATED;
      if (strstr (name, "rounded") != NULL)
        row->flags |= XITU_FIGURE_ROUNDED;
      g_ptr_array_add (import->rows, row);
    }
}

static gboolean
import_wide (Import         *import,
             XituCsvReader  *reader,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  WideColumns cols = { 0, };
  gboolean ok;

  cols.values = g_array_new (FALSE, FALSE, sizeof (WideColumn));
  ok = find_wide_columns (reader, &cols, error);

  while (ok && xitu_csv_reader_next (reader, &local_error))
    import_wide_row (import, reader, &cols);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      ok = FALSE;
    }

  xitu_import_result_add_warning (import->result,
                                  _("USGS world tables carry no commodity column; the figures "
                                    "were imported as rare earths (t REO)."));
  g_array_unref (cols.values);
  return ok;
}

/* Putting it together */

static char *
row_key (Row *row)
{
  return g_strdup_printf ("%s|%s|%s|%s|%s|%d|%d|%s", row->country, row->partner ? row->partner : "",
                          row->stage ? row->stage : "", row->metric,
                          row->measure ? row->measure : "", row->year, row->year_end,
                          row->edition);
}

static void
resolve_editions (Import *import)
{
  g_autofree char *edition = NULL;
  gboolean needed = FALSE;
  int latest = 0;

  for (guint i = 0; i < import->rows->len; i++)
    needed |= ((Row *) g_ptr_array_index (import->rows, i))->edition == NULL;
  if (!needed)
    return;

  if (import->options->edition != NULL)
    edition = g_strdup (import->options->edition);
  else
    edition = xitu_usgs_edition_from_name (import->display_name);

  if (edition == NULL)
    {
      for (guint i = 0; i < import->rows->len; i++)
        latest = MAX (latest, ((Row *) g_ptr_array_index (import->rows, i))->year_end);
      edition = g_strdup_printf ("MCS %d", latest + 1);
      xitu_import_result_add_warning (import->result,
                                      _("The file does not name its edition; \"%s\" was assumed "
                                        "from the latest year in it (%d). Set the edition if that "
                                        "is wrong."), edition, latest);
    }

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = g_ptr_array_index (import->rows, i);

      if (row->edition == NULL)
        row->edition = g_strdup (edition);
    }
}

/* Drops exact repeats, and the salient-statistics copy of a mine
 * production figure that the world table also gives. */
static void
drop_duplicates (Import *import)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) world = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = g_ptr_array_index (import->rows, i);

      if (row->origin == ORIGIN_WORLD_TABLE)
        g_hash_table_insert (world, row_key (row), row);
    }

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = g_ptr_array_index (import->rows, i);
      char *key = row_key (row);
      Row *other;

      if (row->origin == ORIGIN_SALIENT && (other = g_hash_table_lookup (world, key)) != NULL)
        {
          row->dropped = TRUE;
          if (row->value == other->value)
            xitu_import_result_add_skipped (import->result, row->line,
                                            _("same figure as line %u (world mine production "
                                              "table)"), other->line);
          else
            xitu_import_result_add_skipped (import->result, row->line,
                                            _("differs from line %u of the world mine production "
                                              "table (%g there); the world table is kept"),
                                            other->line, other->value);
          g_free (key);
          continue;
        }

      if ((other = g_hash_table_lookup (seen, key)) != NULL)
        {
          row->dropped = TRUE;
          xitu_import_result_add_skipped (import->result, row->line, _("repeats line %u"),
                                          other->line);
          g_free (key);
          continue;
        }
      g_hash_table_insert (seen, key, row);
    }
}

static void
apply_errata (Import *import,
              Row    *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (errata); i++)
    if (g_str_equal (row->edition, errata[i].edition) && g_str_equal (row->country, errata[i].country) &&
        g_str_equal (row->metric, errata[i].metric) && row->value == errata[i].csv_value)
      {
        char *note = row->note ? g_strdup_printf ("%s %s", row->note, errata[i].note_en)
                               : g_strdup (errata[i].note_en);

        g_free (row->note);
        row->note = note;
        xitu_import_result_add_warning (import->result, _("Line %u: %s"), row->line,
                                        xitu_import_interface_lang () == XITU_LANG_ZH
                                          ? errata[i].note_zh : errata[i].note_en);
        return;
      }
}

static const char *
errata_zh (Row *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (errata); i++)
    if (g_str_equal (row->edition, errata[i].edition) && g_str_equal (row->country, errata[i].country) &&
        g_str_equal (row->metric, errata[i].metric) && row->value == errata[i].csv_value)
      return errata[i].note_zh;
  return NULL;
}

static void
make_figures (Import *import)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_object_unref);

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = g_ptr_array_index (import->rows, i);
      g_autoptr(XituFigure) figure = NULL;
      XituSource *source;

      if (row->dropped)
        continue;

      source = g_hash_table_lookup (sources, row->edition);
      if (source == NULL)
        {
          source = xitu_usgs_make_source (row->edition, import->options->source_id);
          g_hash_table_insert (sources, g_strdup (row->edition), source);
          xitu_import_result_add_source (import->result, source);
        }

      apply_errata (import, row);
      figure = xitu_figure_new (row->country, row->metric, row->year, row->value, row->unit,
                                xitu_source_get_id (source), row->edition);
      xitu_figure_set_partner (figure, row->partner);
      xitu_figure_set_stage (figure, row->stage);
      xitu_figure_set_measure (figure, row->measure);
      xitu_figure_set_year_end (figure, row->year_end);
      xitu_figure_set_flags (figure, row->flags);
      if (row->note != NULL)
        xitu_figure_set_note (figure, row->note, errata_zh (row));
      if (!xitu_import_result_add_figure (import->result, figure))
        xitu_import_result_add_skipped (import->result, row->line,
                                        _("country %s is not in the country table"), row->country);
    }
}

XituImportResult *
xitu_usgs_import_data (const char               *data,
                       gsize                     len,
                       const char               *display_name,
                       const XituImportOptions  *options,
                       GError                  **error)
{
  static const XituImportOptions defaults = { NULL, NULL, XITU_CSV_ENCODING_AUTO };
  g_autoptr(XituCsvReader) reader = NULL;
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  XituImportFormat format;
  Import import = { 0, };
  gboolean ok;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = "(data)";
  if (options == NULL)
    options = &defaults;

  reader = xitu_csv_reader_new (data, len, display_name, options->encoding, error);
  if (reader == NULL)
    return NULL;
  if (!xitu_import_check_empty (data, len, display_name, error))
    return NULL;
  if (!xitu_csv_reader_next (reader, error))
    return NULL;

  format = xitu_import_detect_format (data, len);
  if (format != XITU_IMPORT_FORMAT_USGS_LONG && format != XITU_IMPORT_FORMAT_USGS_WIDE)
    {
      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_HEADER,
                   _("%s:%u: not a USGS Mineral Commodity Summaries table; the header should "
                     "start \"MCS chapter,Section,Commodity,Country,…\" (data release) or have "
                     "Country and Prod_t_YYYY columns (world table)"),
                   display_name, xitu_csv_reader_get_line (reader));
      return NULL;
    }

  result = xitu_import_result_new (format, display_name);
  import.result = result;
  import.names = xitu_country_names_get_default ();
  import.options = options;
  import.display_name = display_name;
  import.rows = rows;

  if (format == XITU_IMPORT_FORMAT_USGS_LONG)
    ok = import_long (&import, reader, error);
  else
    ok = import_wide (&import, reader, error);
  if (!ok)
    return NULL;

  xitu_import_result_set_rows_read (result, import.n_data_rows);
  xitu_import_result_set_rows_ignored (result, import.n_ignored);

  if (format == XITU_IMPORT_FORMAT_USGS_LONG && import.n_data_rows == import.n_ignored &&
      import.n_data_rows > 0)
    {
      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_NO_DATA,
                   _("%s: none of the %u rows is in the \"%s\" chapter"), display_name,
                   import.n_data_rows, XITU_USGS_CHAPTER);
      return NULL;
    }

  resolve_editions (&import);
  drop_duplicates (&import);
  make_figures (&import);

  if (xitu_import_result_get_figures (result)->len == 0)
    {
      xitu_import_set_no_data_error (result, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}
