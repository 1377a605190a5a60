/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-comtrade-import.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "xitu-country-names.h"
#include "xitu-import-private.h"

#define TAIWAN_CODE 490

/* Comtrade's "European Union" (reporter or partner 97) is the EU of the
 * period's membership: the EU of that year, with the United Kingdom until
 * it left in 2020. Xitu's dataset has one EU, the EU27 bloc of
 * data/dataset/xitu-dataset.json (the figures of REFERENCE.md are EU-27),
 * so code 97 becomes EU27 and rows before 2020 get a note that they are
 * the EU of their year, not the EU27. */
#define EU_CODE 97
#define EU_ALPHA3 "EU27"
#define EU_FIRST_YEAR_WITHOUT_UK 2020

/* The members of the dataset's EU27 bloc, the same list in the same order. */
static const char * const eu27_members[] = {
  "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
  "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
  NULL,
};

/* Comtrade's own numbers for countries whose ISO 3166-1 numeric differs. */
static const struct
{
  guint       comtrade;
  const char *alpha3;
  guint       numeric;
} code_map[] = {
  { 842, "USA", 840 },
  { 251, "FRA", 250 },
  { 579, "NOR", 578 },
  { 699, "IND", 356 },
  { 757, "CHE", 756 },
  { TAIWAN_CODE, "TWN", 158 },  /* "Other Asia, nes" (S19) */
};

/* The pieces of a figure's note in both languages. The figure keeps its
 * note in English and Chinese whatever the interface language, so the two
 * are built side by side, not translated with gettext. */
typedef struct
{
  const char *en;
  const char *zh;
} Phrase;

/* The Chinese follows the wording of China's customs tariff, shortened as
 * the English is; for 2846.90, "其他" there, it says what the rest is. */
static const struct
{
  const char *hs;
  const char *stage;
  Phrase      what;
} hs_codes[] = {
  { "2846", "separation",
    { "compounds of rare-earth metals, yttrium or scandium", "稀土金属、钇或钪的化合物" } },
  { "284610", "separation", { "cerium compounds", "铈的化合物" } },
  { "284690", "separation", { "rare-earth compounds other than cerium", "铈以外的稀土化合物" } },
  { "280530", "metal", { "rare-earth metals, scandium and yttrium", "稀土金属、钪及钇" } },
  { "850511", "magnet", { "permanent magnets of metal", "金属制永磁铁" } },
};

static const Phrase imports_phrase = { "imports", "进口" };
static const Phrase exports_phrase = { "exports", "出口" };
static const Phrase tonnes_phrase = { "t net weight", "吨（净重）" };
static const Phrase dollars_phrase = { "USD", "美元" };

/* What a group's shares and totals are of: the file's World row, or the
 * sum of the partners in the file when it has none. */
typedef struct
{
  Phrase share;
  Phrase value_total;
  Phrase weight_total;
} Basis;

static const Basis world_basis = {
  { "share of the World total", "占世界合计的份额" },
  { "World total", "世界合计" },
  { "World total, net weight", "世界合计，净重" },
};

static const Basis partners_basis = {
  { "share of the sum of the partners in the file; it has no World row",
    "占文件中伙伴方合计的份额；文件中没有世界行" },
  { "sum of the partners in the file; it has no World row",
    "文件中伙伴方合计；文件中没有世界行" },
  { "sum of the partners in the file, net weight; it has no World row",
    "文件中伙伴方合计，净重；文件中没有世界行" },
};

static const Phrase magnet_caveat = {
  "HS 8505.11 counts all permanent magnets of metal, including magnets without rare earths "
  "such as AlNiCo; it overstates NdFeB and SmCo trade.",
  "HS 8505.11 统计的是全部金属制永磁铁，包括铝镍钴等不含稀土的磁铁，因此高估了钕铁硼和"
  "钐钴磁铁的贸易。",
};

/* The Chinese keeps Comtrade's English label: it is what the file says. */
static const Phrase taiwan_note = {
  "Comtrade reports Taiwan as \"Other Asia, nes\" (code 490, S19).",
  "Comtrade 将台湾列为“Other Asia, nes”（未另列明的亚洲其他地区；代码 490，S19）。",
};

static const Phrase eu_uk_note = {
  "Comtrade's European Union (code 97) of this year includes the United Kingdom, which left "
  "the EU in 2020; imported as the EU27.",
  "Comtrade 该年度的欧盟（代码 97）包括已于 2020 年退出欧盟的英国；作为欧盟（27国）导入。",
};

typedef struct
{
  int reporter_code;
  int reporter_iso;
  int reporter_desc;
  int flow;
  int partner_code;
  int partner_iso;
  int partner_desc;
  int partner2;
  int cmd;
  int year;
  int period;
  int freq;
  int type;
  int customs;
  int mot;
  int mos;
  int value;
  int weight;
  int aggregate;
  guint n_fields;
} Columns;

typedef struct
{
  guint    line;
  char    *partner;   /* NULL for World */
  char    *hs;
  double   value;
  double   weight;    /* NAN when not given */
  gboolean taiwan;
} TradeRow;

typedef struct
{
  char       *reporter;
  const char *stage;
  int         year;
  char        flow;       /* 'M' or 'X' */
  GPtrArray  *rows;       /* of TradeRow */
} Group;

typedef struct
{
  XituImportResult        *result;
  XituCountryNames        *names;
  const XituImportOptions *options;
  GPtrArray               *groups;
  GHashTable              *group_index;  /* key → Group (borrowed) */
  char                    *source_id;
  char                    *edition;
  guint                    n_rows;
  gboolean                 eu_added;     /* the EU27 bloc is in the result */
  int                      eu_first_year; /* the earliest year of an EU row before 2020, or 0 */
  guint                    eu_first_line; /* … and its line */
} Import;

static void
trade_row_free (TradeRow *row)
{
  g_free (row->partner);
  g_free (row->hs);
  g_free (row);
}

static void
group_free (Group *group)
{
  g_free (group->reporter);
  g_ptr_array_unref (group->rows);
  g_free (group);
}

/* Codes and stages */

static char *
normalize_hs (const char *code)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = code; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else if (*p != '.' && *p != ' ')
      {
        g_string_free (digits, TRUE);
        return NULL;
      }
  return g_string_free (digits, FALSE);
}

static int
find_hs (const char *cmd_code)
{
  g_autofree char *hs = cmd_code ? normalize_hs (cmd_code) : NULL;

  for (guint i = 0; hs != NULL && i < G_N_ELEMENTS (hs_codes); i++)
    if (g_str_equal (hs, hs_codes[i].hs))
      return (int) i;
  return -1;
}

const char *
xitu_comtrade_stage_for_hs (const char *cmd_code)
{
  int i = find_hs (cmd_code);

  return i >= 0 ? hs_codes[i].stage : NULL;
}

gboolean
xitu_comtrade_map_code (guint        code,
                        const char **alpha3,
                        guint       *numeric)
{
  const XituCountryInfo *info;

  for (guint i = 0; i < G_N_ELEMENTS (code_map); i++)
    if (code_map[i].comtrade == code)
      {
        *alpha3 = code_map[i].alpha3;
        *numeric = code_map[i].numeric;
        return TRUE;
      }

  info = xitu_country_names_lookup_numeric (xitu_country_names_get_default (), code);
  if (info == NULL || info->kind != XITU_COUNTRY_KIND_COUNTRY)
    return FALSE;
  *alpha3 = info->code;
  *numeric = info->numeric;
  return TRUE;
}

XituSource *
xitu_comtrade_make_source (const char *source_id,
                           const char *date)
{
  XituSource *source = xitu_source_new (source_id, "UN Comtrade Database", "en", date,
                                        "official-statistics");

  xitu_source_set_publisher (source, "United Nations Statistics Division", "联合国统计司");
  xitu_source_set_title_translation (source, "UN Comtrade Database", "联合国商品贸易统计数据库");
  xitu_source_set_url (source, "https://comtradeplus.un.org/");
  xitu_source_set_tag (source, "primary");
  return source;
}

/* Reading rows */

static const char *
field (XituCsvReader *reader,
       int            column)
{
  const char *value = column >= 0 ? xitu_csv_reader_get_field (reader, (guint) column) : NULL;

  return value != NULL ? value : "";
}

static gboolean
find_columns (XituCsvReader  *reader,
              Columns        *cols,
              GError        **error)
{
  static const char * const required[] = {
    "reporterCode", "flowCode", "partnerCode", "cmdCode", "primaryValue",
  };
  int *slots[] = { &cols->reporter_code, &cols->flow, &cols->partner_code, &cols->cmd,
                   &cols->value };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      *slots[i] = xitu_import_find_column (reader, required[i]);
      if (*slots[i] < 0)
        {
          g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_HEADER,
                       _("%s:%u: the Comtrade header has no \"%s\" column; export the data "
                         "from comtradeplus.un.org as CSV with the standard columns"),
                       xitu_csv_reader_get_display_name (reader),
                       xitu_csv_reader_get_line (reader), required[i]);
          return FALSE;
        }
    }

  cols->year = xitu_import_find_column (reader, "refYear");
  cols->period = xitu_import_find_column (reader, "period");
  if (cols->year < 0 && cols->period < 0)
    {
      g_set_error (error, XITU_IMPORT_ERROR, XITU_IMPORT_ERROR_HEADER,
                   _("%s:%u: the Comtrade header has neither \"refYear\" nor \"period\""),
                   xitu_csv_reader_get_display_name (reader), xitu_csv_reader_get_line (reader));
      return FALSE;
    }

  cols->reporter_iso = xitu_import_find_column (reader, "reporterISO");
  cols->reporter_desc = xitu_import_find_column (reader, "reporterDesc");
  cols->partner_iso = xitu_import_find_column (reader, "partnerISO");
  cols->partner_desc = xitu_import_find_column (reader, "partnerDesc");
  cols->partner2 = xitu_import_find_column (reader, "partner2Code");
  cols->freq = xitu_import_find_column (reader, "freqCode");
  cols->type = xitu_import_find_column (reader, "typeCode");
  cols->customs = xitu_import_find_column (reader, "customsCode");
  cols->mot = xitu_import_find_column (reader, "motCode");
  cols->mos = xitu_import_find_column (reader, "mosCode");
  cols->weight = xitu_import_find_column (reader, "netWgt");
  cols->aggregate = xitu_import_find_column (reader, "isAggregate");
  cols->n_fields = xitu_csv_reader_get_n_fields (reader);
  return TRUE;
}

static gboolean
parse_code (const char *text,
            guint      *code)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 999, &v, NULL))
    return FALSE;
  *code = (guint) v;
  return TRUE;
}

static gboolean
parse_amount (const char *text,
              double     *value)
{
  char *end = NULL;

  if (*text == '\0')
    return FALSE;
  /* No country trades 10^15 USD or kg of anything: larger is a broken
   * cell, and sums of such would overflow. */
  *value = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && isfinite (*value) && *value >= 0 && *value <= 1e15;
}

static gboolean
is_true (const char *text)
{
  return g_ascii_strcasecmp (text, "true") == 0 || g_str_equal (text, "1");
}

/* Totals over a dimension other than the partner: "all customs procedures",
 * "all modes of transport". Anything else would count the same trade twice. */
static gboolean
is_total (const char *text,
          const char *total)
{
  return *text == '\0' || g_ascii_strcasecmp (text, total) == 0;
}

/* A reporter or partner as an alpha-3 code; NULL (with the row skipped or
 * the name listed as unmatched) when it is not a country. */
static const char *
map_party (Import        *import,
           XituCsvReader *reader,
           gboolean       partner,
           const char    *code_text,
           const char    *iso,
           const char    *desc,
           gboolean      *taiwan)
{
  guint line = xitu_csv_reader_get_line (reader);
  const XituCountryInfo *info;
  const char *alpha3;
  guint code, numeric;

  *taiwan = FALSE;
  if (!parse_code (code_text, &code))
    {
      xitu_import_result_add_skipped (import->result, line,
                                      partner ? _("partner code \"%s\" is not a number 0–999")
                                              : _("reporter code \"%s\" is not a number 0–999"),
                                      code_text);
      return NULL;
    }
  if (xitu_comtrade_map_code (code, &alpha3, &numeric))
    {
      *taiwan = code == TAIWAN_CODE;
      return alpha3;
    }
  if (code == EU_CODE)
    {
      if (!import->eu_added)
        {
          g_autoptr(XituCountry) eu = xitu_country_new (EU_ALPHA3, 0, XITU_COUNTRY_KIND_BLOC,
                                                        "European Union (27)", "欧盟（27国）");

          xitu_country_set_members (eu, eu27_members);
          xitu_import_result_add_country (import->result, eu);
          /* A dataset names a bloc's members among its countries: the
           * stored import must load on its own. */
          for (guint i = 0; eu27_members[i] != NULL; i++)
            {
              const XituCountryInfo *member =
                xitu_country_names_lookup_code (import->names, eu27_members[i]);

              if (member != NULL)
                {
                  g_autoptr(XituCountry) country = xitu_country_info_to_country (member);

                  xitu_import_result_add_country (import->result, country);
                }
            }
          import->eu_added = TRUE;
        }
      return EU_ALPHA3;
    }

  /* A code we do not know, but an ISO column we do. */
  info = xitu_country_names_lookup_code (import->names, iso);
  if (info != NULL && info->kind == XITU_COUNTRY_KIND_COUNTRY)
    return info->code;

  if (strstr (desc, "nes") != NULL || strstr (desc, "Areas") != NULL || code == 0 ||
      (code >= 837 && code <= 839) || code == 899 || *iso == '_' ||
      g_str_has_prefix (iso, "X"))
    xitu_import_result_add_skipped (import->result, line,
                                    partner ? _("partner %u \"%s\" is an area or group, not a "
                                                "country; left out of the sums")
                                            : _("reporter %u \"%s\" is an area or group, not a "
                                                "country; left out of the sums"),
                                    code, *desc ? desc : iso);
  else
    {
      g_autofree char *name = g_strdup_printf (partner ? _("%s (Comtrade partner %u)")
                                                       : _("%s (Comtrade reporter %u)"),
                                               *desc ? desc : iso, code);
      xitu_import_result_add_unmatched (import->result, name, line);
    }
  return NULL;
}

static Group *
lookup_group (Import     *import,
              const char *reporter,
              char        flow,
              const char *stage,
              int         year)
{
  g_autofree char *key = g_strdup_printf ("%s|%c|%s|%d", reporter, flow, stage, year);
  Group *group = g_hash_table_lookup (import->group_index, key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->reporter = g_strdup (reporter);
      group->flow = flow;
      group->stage = stage;
      group->year = year;
      group->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) trade_row_free);
      g_ptr_array_add (import->groups, group);
      g_hash_table_insert (import->group_index, g_steal_pointer (&key), group);
    }
  return group;
}

static gboolean
check_totals (Import        *import,
              XituCsvReader *reader,
              Columns       *cols)
{
  guint line = xitu_csv_reader_get_line (reader);
  const char *freq = field (reader, cols->freq);
  const char *type = field (reader, cols->type);
  const char *partner2 = field (reader, cols->partner2);

  if (*type != '\0' && g_ascii_strcasecmp (type, "C") != 0)
    xitu_import_result_add_skipped (import->result, line, _("typeCode \"%s\" is not goods (C)"),
                                    type);
  else if (*freq != '\0' && g_ascii_strcasecmp (freq, "A") != 0)
    xitu_import_result_add_skipped (import->result, line, _("freqCode \"%s\": only annual data "
                                      "(A) is imported"), freq);
  else if (!is_total (partner2, "0"))
    xitu_import_result_add_skipped (import->result, line, _("partner2Code %s: only rows for "
                                      "partner2 World (0) are used"), partner2);
  else if (!is_total (field (reader, cols->customs), "C00"))
    xitu_import_result_add_skipped (import->result, line, _("customsCode %s: only the total "
                                      "of all procedures (C00) is used"),
                                    field (reader, cols->customs));
  else if (!is_total (field (reader, cols->mot), "0"))
    xitu_import_result_add_skipped (import->result, line, _("motCode %s: only the total of all "
                                      "modes of transport (0) is used"), field (reader, cols->mot));
  else if (!is_total (field (reader, cols->mos), "0"))
    xitu_import_result_add_skipped (import->result, line, _("mosCode %s: only the total of all "
                                      "modes of supply (0) is used"), field (reader, cols->mos));
  else
    return TRUE;
  return FALSE;
}

static void
import_row (Import        *import,
            XituCsvReader *reader,
            Columns       *cols)
{
  guint line = xitu_csv_reader_get_line (reader);
  g_autofree char *flow = xitu_import_strip (field (reader, cols->flow));
  g_autofree char *cmd = xitu_import_strip (field (reader, cols->cmd));
  g_autofree char *year_text = xitu_import_strip (field (reader, cols->year >= 0 ? cols->year
                                                                                 : cols->period));
  g_autofree char *value_text = xitu_import_strip (field (reader, cols->value));
  g_autofree char *weight_text = xitu_import_strip (field (reader, cols->weight));
  g_autofree char *partner_code = xitu_import_strip (field (reader, cols->partner_code));
  g_autofree char *year4 = NULL;
  const char *reporter, *partner = NULL, *stage;
  gboolean taiwan = FALSE, reporter_taiwan;
  gboolean world;
  gint64 year;
  TradeRow *row;
  Group *group;
  int hs;

  import->n_rows++;
  if (xitu_csv_reader_get_n_fields (reader) != cols->n_fields)
    {
      xitu_import_result_add_skipped (import->result, line, _("expected %u fields, found %u"),
                                      cols->n_fields, xitu_csv_reader_get_n_fields (reader));
      return;
    }
  if (!check_totals (import, reader, cols))
    return;

  if (!g_str_equal (flow, "M") && !g_str_equal (flow, "X"))
    {
      xitu_import_result_add_skipped (import->result, line, _("flowCode \"%s\": only imports (M) "
                                        "and exports (X) are used"), flow);
      return;
    }

  hs = find_hs (cmd);
  if (hs < 0)
    {
      xitu_import_result_add_skipped (import->result, line, _("HS code \"%s\" is not one Xitu "
                                        "maps to a stage (2846, 2846.10, 2846.90, 2805.30, "
                                        "8505.11)"), cmd);
      return;
    }
  stage = hs_codes[hs].stage;

  year4 = g_strndup (year_text, 4);
  if (strlen (year_text) < 4 || !g_ascii_string_to_signed (year4, 10, 1900, 2100, &year, NULL))
    {
      xitu_import_result_add_skipped (import->result, line, _("year \"%s\" is not a year"),
                                      year_text);
      return;
    }

  reporter = map_party (import, reader, FALSE, field (reader, cols->reporter_code),
                        field (reader, cols->reporter_iso), field (reader, cols->reporter_desc),
                        &reporter_taiwan);
  if (reporter == NULL)
    return;

  world = g_str_equal (partner_code, "0");
  if (!world)
    {
      if (is_true (field (reader, cols->aggregate)))
        {
          xitu_import_result_add_skipped (import->result, line, _("aggregate row (isAggregate "
                                            "true); left out of the sums"));
          return;
        }
      partner = map_party (import, reader, TRUE, partner_code,
                           field (reader, cols->partner_iso), field (reader, cols->partner_desc),
                           &taiwan);
      if (partner == NULL)
        return;
    }

  row = g_new0 (TradeRow, 1);
  row->line = line;
  row->partner = g_strdup (partner);
  row->hs = g_strdup (hs_codes[hs].hs);
  row->taiwan = taiwan || reporter_taiwan;
  if (!parse_amount (value_text, &row->value))
    {
      xitu_import_result_add_skipped (import->result, line, _("primaryValue \"%s\" is not an "
                                        "amount in USD"), value_text);
      trade_row_free (row);
      return;
    }
  row->weight = NAN;
  if (*weight_text != '\0' && !parse_amount (weight_text, &row->weight))
    {
      xitu_import_result_add_skipped (import->result, line, _("netWgt \"%s\" is not a weight in "
                                        "kg"), weight_text);
      trade_row_free (row);
      return;
    }
  /* Comtrade writes 0 kg where the weight is unknown, even for trade worth
   * millions: take 0 kg with a value as "not given". */
  if (row->weight == 0 && row->value > 0)
    row->weight = NAN;

  /* For the note that such rows are not the EU27 (EU_CODE). */
  if ((g_strcmp0 (reporter, EU_ALPHA3) == 0 || g_strcmp0 (partner, EU_ALPHA3) == 0) &&
      year < EU_FIRST_YEAR_WITHOUT_UK &&
      (import->eu_first_year == 0 || year < import->eu_first_year))
    {
      import->eu_first_year = (int) year;
      import->eu_first_line = line;
    }

  group = lookup_group (import, reporter, flow[0], stage, (int) year);
  g_ptr_array_add (group->rows, row);
}

/* From rows to figures */

static char *
format_amount (double value)
{
  g_autofree char *digits = g_strdup_printf ("%.0f", value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  char     *partner;
  guint     line;
  double    value;
  double    weight;
  gboolean  taiwan;
} PartnerSum;

static void
partner_sum_free (PartnerSum *sum)
{
  g_free (sum->partner);
  g_free (sum);
}

/* Uses the HS heading when the file has it, else its subheadings summed: a
 * heading and its subheadings in one file are the same trade twice. */
static gboolean
row_is_used (Group    *group,
             TradeRow *row,
             gboolean  have_heading)
{
  return !have_heading || strlen (row->hs) == 4;
}

/* A figure's note as it is written, in both languages at once. */
typedef struct
{
  GString *en;
  GString *zh;
} Note;

#define NOTE_INIT { g_string_new (NULL), g_string_new (NULL) }

static void
note_clear (Note *note)
{
  g_string_free (note->en, TRUE);
  g_string_free (note->zh, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Note, note_clear)

/* Adds a sentence after those already there: Chinese sentences follow one
 * another without a space. */
static void
note_add (Note         *note,
          const Phrase *sentence)
{
  g_string_append_printf (note->en, " %s", sentence->en);
  g_string_append (note->zh, sentence->zh);
}

/* The caveats a figure of the group needs; partner is NULL for a total. */
static void
note_add_caveats (Note       *note,
                  Group      *group,
                  const char *partner,
                  gboolean    taiwan)
{
  if (g_str_equal (group->stage, "magnet"))
    note_add (note, &magnet_caveat);
  if (taiwan)
    note_add (note, &taiwan_note);
  if ((g_str_equal (group->reporter, EU_ALPHA3) || g_strcmp0 (partner, EU_ALPHA3) == 0) &&
      group->year < EU_FIRST_YEAR_WITHOUT_UK)
    note_add (note, &eu_uk_note);
}

static void
skip_share_over_total (Import     *import,
                       Group      *group,
                       PartnerSum *sum,
                       gboolean    by_weight,
                       double      part,
                       double      whole)
{
  if (group->flow == 'M')
    xitu_import_result_add_skipped (import->result, sum->line,
                                    by_weight ? _("imports weight from %s is more than the "
                                                  "World total (%g > %g); no share computed")
                                              : _("imports value from %s is more than the "
                                                  "World total (%g > %g); no share computed"),
                                    sum->partner, part, whole);
  else
    xitu_import_result_add_skipped (import->result, sum->line,
                                    by_weight ? _("exports weight from %s is more than the "
                                                  "World total (%g > %g); no share computed")
                                              : _("exports value from %s is more than the "
                                                  "World total (%g > %g); no share computed"),
                                    sum->partner, part, whole);
}

static void
add_share (Import         *import,
           Group          *group,
           PartnerSum     *sum,
           const char     *measure,
           double          part,
           double          whole,
           const XituText *hs_list,
           const Basis    *basis)
{
  const char *metric = group->flow == 'M' ? "import-share" : "export-share";
  const Phrase *flow = group->flow == 'M' ? &imports_phrase : &exports_phrase;
  gboolean by_weight = g_str_equal (measure, "weight");
  const Phrase *unit = by_weight ? &tonnes_phrase : &dollars_phrase;
  g_autoptr(XituFigure) figure = NULL;
  g_autofree char *part_text = NULL;
  g_autofree char *whole_text = NULL;
  g_auto(Note) note = NOTE_INIT;
  double share = part / whole * 100.0;

  if (share > 100.0 + 1e-9)
    {
      skip_share_over_total (import, group, sum, by_weight, part, whole);
      return;
    }

  part_text = format_amount (by_weight ? part / 1000.0 : part);
  whole_text = format_amount (by_weight ? whole / 1000.0 : whole);
  g_string_append_printf (note.en, "UN Comtrade %s, %s: %s of %s %s (%s).", hs_list->en,
                          flow->en, part_text, whole_text, unit->en, basis->share.en);
  g_string_append_printf (note.zh, "UN Comtrade %s，%s：%s / %s %s，%s。", hs_list->zh,
                          flow->zh, part_text, whole_text, unit->zh, basis->share.zh);
  note_add_caveats (&note, group, sum->partner, sum->taiwan);

  figure = xitu_figure_new (group->reporter, metric, group->year, MIN (share, 100.0), "%",
                            import->source_id, import->edition);
  xitu_figure_set_partner (figure, sum->partner);
  xitu_figure_set_stage (figure, group->stage);
  xitu_figure_set_measure (figure, measure);
  xitu_figure_set_note (figure, note.en->str, note.zh->str);
  xitu_import_result_add_figure (import->result, figure);
}

static void
add_total (Import         *import,
           Group          *group,
           const char     *measure,
           double          total,
           const XituText *hs_list,
           const Basis    *basis)
{
  gboolean weight = g_str_equal (measure, "weight");
  const Phrase *what = weight ? &basis->weight_total : &basis->value_total;
  g_autoptr(XituFigure) figure = NULL;
  g_auto(Note) note = NOTE_INIT;

  g_string_append_printf (note.en, "UN Comtrade %s (%s).", hs_list->en, what->en);
  g_string_append_printf (note.zh, "UN Comtrade %s：%s。", hs_list->zh, what->zh);
  note_add_caveats (&note, group, NULL, FALSE);

  figure = xitu_figure_new (group->reporter, group->flow == 'M' ? "imports" : "exports",
                            group->year, weight ? total / 1000.0 : total, weight ? "t" : "USD",
                            import->source_id, import->edition);
  xitu_figure_set_stage (figure, group->stage);
  xitu_figure_set_measure (figure, measure);
  xitu_figure_set_note (figure, note.en->str, note.zh->str);
  xitu_import_result_add_figure (import->result, figure);
}

/* "HS 2846 (compounds of …)", or its subheadings joined by " + ", in both
 * languages. */
static void
hs_list_build (GPtrArray *codes,
               XituText  *list)
{
  g_autoptr(GString) en = g_string_new ("HS ");
  g_autoptr(GString) zh = g_string_new ("HS ");

  for (guint i = 0; i < codes->len; i++)
    {
      const char *hs = g_ptr_array_index (codes, i);
      g_autofree char *code = g_strdup_printf ("%s%.4s%s%s", i > 0 ? " + " : "", hs,
                                               strlen (hs) > 4 ? "." : "", hs + 4);

      g_string_append (en, code);
      g_string_append (zh, code);
      for (guint j = 0; j < G_N_ELEMENTS (hs_codes); j++)
        if (g_str_equal (hs, hs_codes[j].hs))
          {
            g_string_append_printf (en, " (%s)", hs_codes[j].what.en);
            g_string_append_printf (zh, "（%s）", hs_codes[j].what.zh);
          }
    }
  xitu_text_set (list, en->str, zh->str);
}

/* A value and a weight summed over rows; the weight is unknown once a
 * row lacks it. */
typedef struct
{
  double   value;
  double   weight;
  gboolean weight_known;
} Amount;

static void
amount_add (Amount *amount,
            double  value,
            double  weight)
{
  amount->value += value;
  amount->weight += isnan (weight) ? 0 : weight;
  amount->weight_known &= !isnan (weight);
}

static PartnerSum *
partner_sum_new (const TradeRow *row)
{
  PartnerSum *sum = g_new0 (PartnerSum, 1);

  sum->partner = g_strdup (row->partner);
  sum->line = row->line;
  return sum;
}

static void
partner_sum_add (PartnerSum     *sum,
                 const TradeRow *row)
{
  sum->value += row->value;
  sum->weight += isnan (row->weight) ? 0 : row->weight;
  if (isnan (row->weight))
    sum->weight = NAN;
  sum->taiwan |= row->taiwan;
}

/* A group's rows summed: per partner, in the World rows and over all
 * partners. The EU as a partner is kept apart until the end. */
typedef struct
{
  GPtrArray  *partners;     /* PartnerSum, in order of first row */
  GHashTable *by_partner;   /* partner → PartnerSum (borrowed) */
  GHashTable *seen;         /* "hs|partner" → its first TradeRow */
  GPtrArray  *codes;        /* the HS codes counted, in order */
  GHashTable *world_codes;  /* those with a World row */
  Amount      world;
  Amount      sum;
  PartnerSum *eu;
  GArray     *eu_lines;     /* guint */
  gboolean    have_eu_member;
} Tally;

static void
tally_init (Tally *tally)
{
  tally->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) partner_sum_free);
  tally->by_partner = g_hash_table_new (g_str_hash, g_str_equal);
  tally->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally->codes = g_ptr_array_new ();
  tally->world_codes = g_hash_table_new (g_str_hash, g_str_equal);
  tally->world = (Amount) { 0, 0, TRUE };
  tally->sum = (Amount) { 0, 0, TRUE };
  tally->eu = NULL;
  tally->eu_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  tally->have_eu_member = FALSE;
}

static void
tally_clear (Tally *tally)
{
  g_ptr_array_unref (tally->partners);
  g_hash_table_unref (tally->by_partner);
  g_hash_table_unref (tally->seen);
  g_ptr_array_unref (tally->codes);
  g_hash_table_unref (tally->world_codes);
  g_clear_pointer (&tally->eu, partner_sum_free);
  g_array_unref (tally->eu_lines);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tally, tally_clear)

/* FALSE, with the row skipped, for a subheading inside a heading the file
 * has, or a row that repeats the code and partner of an earlier one. */
static gboolean
tally_admits (Import   *import,
              Group    *group,
              Tally    *tally,
              TradeRow *row,
              gboolean  have_heading)
{
  char *key;
  TradeRow *first;

  if (!row_is_used (group, row, have_heading))
    {
      xitu_import_result_add_skipped (import->result, row->line,
                                      _("HS %s is inside HS %.4s, which the file also has; "
                                        "not counted twice"), row->hs, row->hs);
      return FALSE;
    }
  key = g_strdup_printf ("%s|%s", row->hs, row->partner ? row->partner : "World");
  if ((first = g_hash_table_lookup (tally->seen, key)) != NULL)
    {
      xitu_import_result_add_skipped (import->result, row->line, _("repeats line %u"),
                                      first->line);
      g_free (key);
      return FALSE;
    }
  g_hash_table_insert (tally->seen, key, row);
  return TRUE;
}

static void
tally_row (Tally    *tally,
           TradeRow *row)
{
  PartnerSum *sum;

  if (!g_ptr_array_find_with_equal_func (tally->codes, row->hs, g_str_equal, NULL))
    g_ptr_array_add (tally->codes, row->hs);

  if (row->partner == NULL)
    {
      g_hash_table_add (tally->world_codes, row->hs);
      amount_add (&tally->world, row->value, row->weight);
      return;
    }

  /* The EU beside its own members would be their trade twice in a sum of
   * the partners: it joins the partners in tally_settle_eu() unless that
   * happens. */
  if (g_str_equal (row->partner, EU_ALPHA3))
    {
      if (tally->eu == NULL)
        tally->eu = partner_sum_new (row);
      partner_sum_add (tally->eu, row);
      g_array_append_val (tally->eu_lines, row->line);
      return;
    }
  tally->have_eu_member |= g_strv_contains (eu27_members, row->partner);

  sum = g_hash_table_lookup (tally->by_partner, row->partner);
  if (sum == NULL)
    {
      sum = partner_sum_new (row);
      g_ptr_array_add (tally->partners, sum);
      g_hash_table_insert (tally->by_partner, sum->partner, sum);
    }
  partner_sum_add (sum, row);
  amount_add (&tally->sum, row->value, row->weight);
}

/* Every HS code has a World row: shares are of the World total. */
static gboolean
tally_has_world (Tally *tally)
{
  return tally->codes->len > 0 && g_hash_table_size (tally->world_codes) == tally->codes->len;
}

static void
tally_settle_eu (Import *import,
                 Tally  *tally)
{
  PartnerSum *eu = g_steal_pointer (&tally->eu);

  if (eu == NULL)
    return;
  if (!tally_has_world (tally) && tally->have_eu_member)
    {
      for (guint i = 0; i < tally->eu_lines->len; i++)
        xitu_import_result_add_skipped (import->result, g_array_index (tally->eu_lines, guint, i),
                                        _("the European Union (code 97) is a partner beside "
                                          "some of its members and there is no World row; left "
                                          "out of the sum of the partners, which would count "
                                          "their trade twice"));
      partner_sum_free (eu);
      return;
    }
  g_ptr_array_add (tally->partners, eu);
  amount_add (&tally->sum, eu->value, eu->weight);
}

/* Each partner's shares of the whole, and the whole itself. */
static void
add_group_figures (Import         *import,
                   Group          *group,
                   Tally          *tally,
                   const XituText *hs_list)
{
  gboolean world = tally_has_world (tally);
  const Basis *basis = world ? &world_basis : &partners_basis;
  const Amount *whole = world ? &tally->world : &tally->sum;

  if (whole->value > 0)
    for (guint i = 0; i < tally->partners->len; i++)
      {
        PartnerSum *sum = g_ptr_array_index (tally->partners, i);

        add_share (import, group, sum, "value", sum->value, whole->value, hs_list, basis);
      }
  if (whole->weight_known && whole->weight > 0)
    for (guint i = 0; i < tally->partners->len; i++)
      {
        PartnerSum *sum = g_ptr_array_index (tally->partners, i);

        if (!isnan (sum->weight))
          add_share (import, group, sum, "weight", sum->weight, whole->weight, hs_list, basis);
      }

  add_total (import, group, "value", whole->value, hs_list, basis);
  if (whole->weight_known)
    add_total (import, group, "weight", whole->weight, hs_list, basis);
}

static void
finish_group (Import *import,
              Group  *group)
{
  g_auto(Tally) tally = { NULL };
  g_auto(XituText) hs_list = { NULL, NULL };
  gboolean have_heading = FALSE;

  tally_init (&tally);
  for (guint i = 0; i < group->rows->len; i++)
    have_heading |= strlen (((TradeRow *) g_ptr_array_index (group->rows, i))->hs) == 4;
  for (guint i = 0; i < group->rows->len; i++)
    {
      TradeRow *row = g_ptr_array_index (group->rows, i);

      if (tally_admits (import, group, &tally, row, have_heading))
        tally_row (&tally, row);
    }
  tally_settle_eu (import, &tally);
  if (tally.codes->len == 0)
    return;

  hs_list_build (tally.codes, &hs_list);
  add_group_figures (import, group, &tally, &hs_list);
}

XituImportResult *
xitu_comtrade_import_data (const char               *data,
                           gsize                     len,
                           const char               *display_name,
                           const XituImportOptions  *options,
                           GError                  **error)
{
  static const XituImportOptions defaults = { NULL, NULL, XITU_CSV_ENCODING_AUTO };
  g_autoptr(XituCsvReader) reader = NULL;
  g_autoptr(XituImportResult) result = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *hash = NULL;
  g_autoptr(XituSource) source = NULL;
  g_autoptr(GError) local_error = NULL;
  Import import = { 0, };
  Columns cols;

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
  if (!find_columns (reader, &cols, error))
    return NULL;

  result = xitu_import_result_new (XITU_IMPORT_FORMAT_COMTRADE, display_name);
  hash = xitu_import_short_hash (data, len);
  import.result = result;
  import.names = xitu_country_names_get_default ();
  import.options = options;
  import.groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  import.group_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.source_id = options->source_id ? g_strdup (options->source_id)
                                        : g_strdup_printf ("un-comtrade-%s", hash);
  import.edition = options->edition ? g_strdup (options->edition)
                                    : g_strdup_printf ("UN Comtrade (imported %s)", today);

  while (xitu_csv_reader_next (reader, &local_error))
    import_row (&import, reader, &cols);

  if (local_error == NULL)
    {
      source = xitu_comtrade_make_source (import.source_id, today);
      xitu_import_result_add_source (result, source);
      for (guint i = 0; i < import.groups->len; i++)
        finish_group (&import, g_ptr_array_index (import.groups, i));
      if (import.eu_first_year != 0)
        xitu_import_result_add_warning (result,
                                        _("Comtrade code 97, the European Union, is the EU of "
                                          "each year's members; it was imported as Xitu's EU27. "
                                          "Rows before 2020 (the first on line %u, %d) are the "
                                          "EU with the United Kingdom, which left in 2020, not "
                                          "the EU27."),
                                        import.eu_first_line, import.eu_first_year);
      xitu_import_result_set_rows_read (result, import.n_rows);
    }

  g_ptr_array_unref (import.groups);
  g_hash_table_unref (import.group_index);
  g_free (import.source_id);
  g_free (import.edition);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (xitu_import_result_get_figures (result)->len == 0)
    {
      xitu_import_set_no_data_error (result, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}
