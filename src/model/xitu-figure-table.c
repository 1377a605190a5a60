/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Data view shows in each column, and how each column sorts. The
 * view calls these and draws nothing of its own, so a test can check every
 * cell without a display. */
#include <math.h>
#include <string.h>

#include "xitu-figure-table.h"
#include "xitu-metric.h"

/* 270000 → "270,000"; 15.7 → "15.7"; at most three decimals, trailing zeros
 * dropped. The separator is the same in both label languages: Chinese
 * statistics group digits by thousands with commas too. */
char *
xitu_format_thousands (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  GString *out = g_string_new (NULL);
  const char *digits, *point;
  int n_int;

  if (!isfinite (value))
    return g_string_free (out, FALSE);

  g_ascii_formatd (buf, sizeof buf, "%.3f", fabs (value));
  /* Trim "15.700" to "15.7" and "92.000" to "92". */
  if (strchr (buf, '.') != NULL)
    {
      char *end = buf + strlen (buf) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  if (value < 0 && strcmp (buf, "0") != 0)
    g_string_append_c (out, '-');

  digits = buf;
  point = strchr (buf, '.');
  n_int = point != NULL ? point - buf : (int) strlen (buf);
  for (int i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
  return g_string_free (out, FALSE);
}

/* The number as the source gives it: "270,000", "> 95", and a word where
 * there is no number. The unit has a column of its own. */
char *
xitu_figure_format_value (XituFigure *figure,
                          XituLang    lang)
{
  XituFigureFlags flags = xitu_figure_get_flags (figure);
  g_autofree char *number = NULL;

  if (flags & XITU_FIGURE_WITHHELD)
    return g_strdup (xitu_lang_pick (lang, "withheld", "未公开"));
  if ((flags & XITU_FIGURE_NOT_AVAILABLE) || !xitu_figure_has_value (figure))
    return g_strdup (xitu_lang_pick (lang, "NA", "无数据"));

  number = xitu_format_thousands (xitu_figure_get_value (figure));
  if (flags & XITU_FIGURE_MORE_THAN)
    return g_strconcat ("> ", number, NULL);
  if (flags & XITU_FIGURE_LESS_THAN)
    return g_strconcat ("< ", number, NULL);
  return g_steal_pointer (&number);
}

/* A code the dataset does not know is shown as the code. */
char *
xitu_dataset_get_country_name (XituDataset *self,
                               const char  *code,
                               XituLang     lang)
{
  XituCountry *country;

  if (code == NULL)
    return g_strdup ("");
  country = xitu_dataset_lookup_country (self, code);
  if (country == NULL)
    return g_strdup (code);
  return xitu_lang_join (lang, xitu_country_get_name_en (country), xitu_country_get_name_zh (country));
}

static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buf[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}

/* "Mining · production", "开采 · 产量"; "Price" for a metric without stage. */
char *
xitu_dataset_describe_kind (XituDataset *self,
                            const char  *stage,
                            const char  *metric,
                            XituLang     lang)
{
  XituStage *s = stage != NULL ? xitu_dataset_lookup_stage (self, stage) : NULL;
  const char *metric_name = xitu_metric_get_name (metric, lang);
  g_autofree char *stage_name = NULL;

  if (metric_name == NULL)
    metric_name = "";
  if (s == NULL && stage == NULL)
    return capitalize (metric_name);
  if (s != NULL)
    {
      const XituText *name = xitu_stage_get_name (s);

      stage_name = xitu_lang_join (lang, name->en, name->zh);
    }
  else
    stage_name = g_strdup (stage);
  return g_strdup_printf ("%s · %s", stage_name, metric_name);
}

static char *
describe_kind_with_partner (XituDataset *self,
                            XituFigure  *figure,
                            XituLang     lang)
{
  g_autofree char *kind = xitu_dataset_describe_kind (self, xitu_figure_get_stage (figure),
                                                      xitu_figure_get_metric (figure), lang);
  g_autofree char *partner = NULL;

  if (xitu_figure_get_partner (figure) == NULL)
    return g_steal_pointer (&kind);
  partner = xitu_dataset_get_country_name (self, xitu_figure_get_partner (figure), lang);
  if (lang == XITU_LANG_ZH)
    return g_strdup_printf ("%s（来自%s）", kind, partner);
  return g_strdup_printf ("%s (from %s)", kind, partner);
}

static char *
source_publisher (XituDataset *self,
                  XituFigure  *figure,
                  XituLang     lang)
{
  XituSource *source = xitu_dataset_lookup_source (self, xitu_figure_get_source (figure));
  const XituText *publisher;

  if (source == NULL)
    return g_strdup (xitu_figure_get_source (figure));
  publisher = xitu_source_get_publisher (source);
  return xitu_lang_join (lang, publisher->en, publisher->zh);
}

char *
xitu_dataset_figure_cell (XituDataset      *self,
                          XituFigure       *figure,
                          XituFigureColumn  column,
                          XituLang          lang)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  g_return_val_if_fail (XITU_IS_FIGURE (figure), NULL);

  switch (column)
    {
    case XITU_FIGURE_COLUMN_COUNTRY:
      return xitu_dataset_get_country_name (self, xitu_figure_get_country (figure), lang);
    case XITU_FIGURE_COLUMN_KIND:
      return describe_kind_with_partner (self, figure, lang);
    case XITU_FIGURE_COLUMN_YEAR:
      return xitu_figure_format_years (figure);
    case XITU_FIGURE_COLUMN_VALUE:
      return xitu_figure_format_value (figure, lang);
    case XITU_FIGURE_COLUMN_UNIT:
      return g_strdup (xitu_unit_get_name (xitu_figure_get_unit (figure), lang));
    case XITU_FIGURE_COLUMN_EDITION:
      return g_strdup (xitu_figure_get_edition (figure));
    case XITU_FIGURE_COLUMN_SOURCE:
      return source_publisher (self, figure, lang);
    case XITU_FIGURE_COLUMN_FLAGS:
      return xitu_figure_flags_describe (xitu_figure_get_flags (figure), lang);
    case XITU_N_FIGURE_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
sign (double d)
{
  return (d > 0) - (d < 0);
}

static int
stage_order (XituDataset *self,
             const char  *stage)
{
  XituStage *s = stage != NULL ? xitu_dataset_lookup_stage (self, stage) : NULL;

  /* Figures without a stage (prices, reliance) after the chain's stages. */
  return s != NULL ? xitu_stage_get_order (s) : G_MAXINT;
}

static int
compare_kind (XituDataset *self,
              XituFigure  *a,
              XituFigure  *b,
              XituLang     lang)
{
  int cmp = sign ((double) stage_order (self, xitu_figure_get_stage (a)) -
                  stage_order (self, xitu_figure_get_stage (b)));
  g_autofree char *pa = NULL;
  g_autofree char *pb = NULL;

  if (cmp == 0)
    cmp = sign (xitu_metric_get_order (xitu_figure_get_metric (a)) -
                xitu_metric_get_order (xitu_figure_get_metric (b)));
  if (cmp == 0)
    cmp = g_strcmp0 (xitu_figure_get_metric (a), xitu_figure_get_metric (b));
  if (cmp != 0)
    return cmp;
  pa = xitu_dataset_get_country_name (self, xitu_figure_get_partner (a), lang);
  pb = xitu_dataset_get_country_name (self, xitu_figure_get_partner (b), lang);
  cmp = g_utf8_collate (pa, pb);
  if (cmp == 0)
    cmp = g_strcmp0 (xitu_figure_get_measure (a), xitu_figure_get_measure (b));
  return sign (cmp);
}

/* Figures without a number sort after every number. */
static int
compare_value (XituFigure *a,
               XituFigure *b)
{
  gboolean ha = xitu_figure_has_value (a);
  gboolean hb = xitu_figure_has_value (b);

  if (ha != hb)
    return ha ? -1 : 1;
  if (!ha)
    return 0;
  return sign (xitu_figure_get_value (a) - xitu_figure_get_value (b));
}

static int
compare_cells (XituDataset      *self,
               XituFigure       *a,
               XituFigure       *b,
               XituFigureColumn  column,
               XituLang          lang)
{
  g_autofree char *ta = xitu_dataset_figure_cell (self, a, column, lang);
  g_autofree char *tb = xitu_dataset_figure_cell (self, b, column, lang);

  return sign (g_utf8_collate (ta, tb));
}

/* -1, 0 or 1, ascending. */
int
xitu_dataset_compare_figures (XituDataset      *self,
                              XituFigure       *a,
                              XituFigure       *b,
                              XituFigureColumn  column,
                              XituLang          lang)
{
  int cmp;

  g_return_val_if_fail (XITU_IS_DATASET (self), 0);

  switch (column)
    {
    case XITU_FIGURE_COLUMN_KIND:
      return compare_kind (self, a, b, lang);
    case XITU_FIGURE_COLUMN_YEAR:
      cmp = sign (xitu_figure_get_year (a) - xitu_figure_get_year (b));
      return cmp != 0 ? cmp : sign (xitu_figure_get_year_end (a) - xitu_figure_get_year_end (b));
    case XITU_FIGURE_COLUMN_VALUE:
      return compare_value (a, b);
    case XITU_FIGURE_COLUMN_COUNTRY:
    case XITU_FIGURE_COLUMN_UNIT:
    case XITU_FIGURE_COLUMN_EDITION:
    case XITU_FIGURE_COLUMN_SOURCE:
    case XITU_FIGURE_COLUMN_FLAGS:
      return compare_cells (self, a, b, column, lang);
    case XITU_N_FIGURE_COLUMNS:
    default:
      g_return_val_if_reached (0);
    }
}
