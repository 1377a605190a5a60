/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-format.h"
#include "xitu-figure-table.h"

#include <math.h>
#include <string.h>

/* Units the dataset uses, with their Chinese forms. */
static const struct
{
  const char *unit;
  const char *zh;
} unit_names[] = {
  { "t", "吨" },
  { "kg", "千克" },
  { "%", "%" },
  { "USD", "美元" },
  { "USD/kg", "美元/千克" },
  { "years", "年" },
  { "months", "个月" },
  { "t/yr", "吨/年" },
  { "t/yr REO", "吨/年 (稀土氧化物)" },
  { "t/yr NdPr", "吨/年 (镨钕)" },
  { "t/yr magnets", "吨/年 (磁体)" },
};

gboolean
xitu_number_style_from_string (const char      *str,
                               XituNumberStyle *style)
{
  if (g_strcmp0 (str, "plain") == 0)
    *style = XITU_NUMBERS_PLAIN;
  else if (g_strcmp0 (str, "wanyi") == 0)
    *style = XITU_NUMBERS_WANYI;
  else
    return FALSE;
  return TRUE;
}

const char *
xitu_number_style_to_string (XituNumberStyle style)
{
  return style == XITU_NUMBERS_WANYI ? "wanyi" : "plain";
}

static int
auto_decimals (double magnitude)
{
  if (magnitude >= 100 || magnitude == 0)
    return 0;
  if (magnitude >= 10)
    return 1;
  return 2;
}

/* Formats |value| with `decimals` places and thousands separators, without
 * the sign. Drops trailing zeros when `trim` is set. */
static void
append_grouped (GString *out,
                double   magnitude,
                int      decimals,
                gboolean trim)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char format[16];
  const char *dot;
  gsize int_len;

  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (buf, sizeof buf, format, magnitude);

  dot = strchr (buf, '.');
  int_len = dot != NULL ? (gsize) (dot - buf) : strlen (buf);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, buf[i]);
    }
  if (dot != NULL)
    {
      gsize end = strlen (dot);
      if (trim)
        {
          while (end > 1 && dot[end - 1] == '0')
            end--;
          if (end == 1)
            end = 0;
        }
      g_string_append_len (out, dot, end);
    }
}

static gboolean
uses_wanyi (XituLang        lang,
            XituNumberStyle style)
{
  return style == XITU_NUMBERS_WANYI && lang != XITU_LANG_EN;
}

char *
xitu_format_number (double          value,
                    int             decimals,
                    XituLang        lang,
                    XituNumberStyle style)
{
  GString *out = g_string_new (NULL);
  double magnitude = fabs (value);
  gboolean trim = decimals == XITU_DECIMALS_AUTO;
  const char *suffix = "";

  if (!isfinite (value))
    {
      g_string_free (out, TRUE);
      return g_strdup ("–");
    }

  if (uses_wanyi (lang, style) && magnitude >= 1e4)
    {
      if (magnitude >= 1e8)
        {
          magnitude /= 1e8;
          suffix = "亿";
        }
      else
        {
          magnitude /= 1e4;
          suffix = "万";
        }
      /* 4.55万, 27万, 4,400万: three significant digits, no more. */
      if (trim)
        decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    }
  else if (trim)
    decimals = auto_decimals (magnitude);

  /* A value that rounds to zero has no sign. */
  if (value < 0 && round (magnitude * pow (10, decimals)) > 0)
    g_string_append (out, "−");
  append_grouped (out, magnitude, decimals, trim);
  g_string_append (out, suffix);
  return g_string_free (out, FALSE);
}

const char *
xitu_format_unit (const char *unit,
                  XituLang    lang)
{
  if (unit == NULL)
    return "";
  if (lang != XITU_LANG_ZH)
    return unit;
  for (guint i = 0; i < G_N_ELEMENTS (unit_names); i++)
    if (strcmp (unit_names[i].unit, unit) == 0)
      return unit_names[i].zh;
  return unit;
}

char *
xitu_format_percent (double   value,
                     int      decimals,
                     XituLang lang)
{
  g_autofree char *number = NULL;

  /* Shares are shown to one decimal unless the source's figure is whole. */
  if (decimals == XITU_DECIMALS_AUTO)
    decimals = fabs (value - round (value)) < 0.05 ? 0 : 1;
  number = xitu_format_number (value, decimals, XITU_LANG_EN, XITU_NUMBERS_PLAIN);
  return g_strconcat (number, lang == XITU_LANG_ZH ? "%" : " %", NULL);
}

char *
xitu_format_quantity (double          value,
                      const char     *unit,
                      XituLang        lang,
                      XituNumberStyle style)
{
  g_autofree char *number = NULL;
  const char *shown;

  if (g_strcmp0 (unit, "%") == 0)
    return xitu_format_percent (value, XITU_DECIMALS_AUTO, lang);

  number = xitu_format_number (value, XITU_DECIMALS_AUTO, lang, style);
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  shown = xitu_format_unit (unit, lang);
  if (lang != XITU_LANG_ZH && strcmp (unit, "years") == 0 && value == 1)
    shown = "year";
  else if (lang != XITU_LANG_ZH && strcmp (unit, "months") == 0 && value == 1)
    shown = "month";
  return g_strconcat (number, " ", shown, NULL);
}

char *
xitu_format_figure (XituFigure      *figure,
                    XituLang         lang,
                    XituNumberStyle  style)
{
  XituFigureFlags flags;
  g_autofree char *quantity = NULL;
  const char *prefix = "";

  g_return_val_if_fail (XITU_IS_FIGURE (figure), NULL);

  flags = xitu_figure_get_flags (figure);
  if (flags & XITU_FIGURE_WITHHELD)
    return g_strdup (xitu_lang_pick (lang, "withheld", "保密"));
  if (!xitu_figure_has_value (figure) || (flags & XITU_FIGURE_NOT_AVAILABLE))
    return g_strdup (xitu_lang_pick (lang, "not available", "无数据"));

  quantity = xitu_format_quantity (xitu_figure_get_value (figure),
                                   xitu_figure_get_unit (figure), lang, style);
  if (flags & XITU_FIGURE_MORE_THAN)
    prefix = ">";
  else if (flags & XITU_FIGURE_LESS_THAN)
    prefix = "<";
  else if (flags & XITU_FIGURE_ESTIMATED)
    prefix = "≈";
  return g_strconcat (prefix, quantity, NULL);
}

char *
xitu_format_figure_number (XituFigure      *figure,
                           XituLang         lang,
                           XituNumberStyle  style)
{
  XituFigureFlags flags;
  double value, scale;
  g_autofree char *number = NULL;

  g_return_val_if_fail (XITU_IS_FIGURE (figure), NULL);

  flags = xitu_figure_get_flags (figure);
  value = xitu_figure_get_value (figure);
  /* A table gives the figure as its source does: no rounding to three
   * significant digits as chart labels have, only the unit word moved. */
  if (!uses_wanyi (lang, style) || !xitu_figure_has_value (figure) || fabs (value) < 1e4 ||
      (flags & (XITU_FIGURE_NOT_AVAILABLE | XITU_FIGURE_WITHHELD)))
    return xitu_figure_format_value (figure, lang);
  scale = fabs (value) >= 1e8 ? 1e8 : 1e4;
  number = xitu_format_thousands (value / scale);
  return g_strconcat ((flags & XITU_FIGURE_MORE_THAN) ? "> " : (flags & XITU_FIGURE_LESS_THAN) ? "< " : "",
                      number, scale == 1e8 ? "亿" : "万", NULL);
}

char *
xitu_format_hhi (double   hhi,
                 gboolean at_least,
                 XituLang lang)
{
  g_autofree char *number = xitu_format_number (hhi, 0, XITU_LANG_EN, XITU_NUMBERS_PLAIN);

  return g_strconcat (at_least ? "≥ " : "", number, NULL);
}

char *
xitu_format_years (int year,
                   int year_end)
{
  if (year_end <= year)
    return g_strdup_printf ("%d", year);
  if (year / 100 == year_end / 100 && year_end - year < 10)
    return g_strdup_printf ("%d–%02d", year, year_end % 100);
  return g_strdup_printf ("%d–%d", year, year_end);
}

char *
xitu_format_machine (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  /* The shortest form that reads back as the same double: 46.3, not
   * 46.299999999999997. */
  for (int digits = 15; digits < 17; digits++)
    {
      g_ascii_formatd (buf, sizeof buf, digits == 15 ? "%.15g" : "%.16g", value);
      if (g_ascii_strtod (buf, NULL) == value)
        return g_strdup (buf);
    }
  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}
