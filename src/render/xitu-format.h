/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "xitu-figure.h"
#include "xitu-types.h"

G_BEGIN_DECLS

/* Numbers as a reader of the chart's language expects them. Every function
 * returns a newly allocated string and never depends on the C locale:
 * "270,000 t", "27万 吨" (Chinese with 万/亿), "69.2 %". A value without its
 * unit is only for axis ticks whose unit is in the axis title. */

typedef enum
{
  XITU_NUMBERS_PLAIN, /* 270,000 */
  XITU_NUMBERS_WANYI, /* 27万 in Chinese labels; plain in English */
} XituNumberStyle;

/* Decimals: a count, or XITU_DECIMALS_AUTO for "as many as the size of the
 * number warrants" with trailing zeros dropped. */
#define XITU_DECIMALS_AUTO (-1)

gboolean  xitu_number_style_from_string (const char       *str,
                                         XituNumberStyle  *style);
const char *xitu_number_style_to_string (XituNumberStyle   style);

char     *xitu_format_number            (double            value,
                                         int               decimals,
                                         XituLang          lang,
                                         XituNumberStyle   style);
/* The unit as shown in `lang`: "t" → "吨" in Chinese. */
const char *xitu_format_unit            (const char       *unit,
                                         XituLang          lang);
/* Value and unit: "270,000 t", "27万 吨", "69.2 %", "55 USD/kg". */
char     *xitu_format_quantity          (double            value,
                                         const char       *unit,
                                         XituLang          lang,
                                         XituNumberStyle   style);
/* A percentage 0–100: "69.2 %" in English, "69.2%" in Chinese. */
char     *xitu_format_percent           (double            value,
                                         int               decimals,
                                         XituLang          lang);
/* A figure as its source gives it, flags included: ">95 %", "≈2,900 t"
 * (estimated), "not available", "withheld". */
char     *xitu_format_figure            (XituFigure       *figure,
                                         XituLang          lang,
                                         XituNumberStyle   style);
/* Herfindahl–Hirschman index on the 0–10,000 scale, "≥ 4,812" when the
 * shares are incomplete (the unattributed rest can only add to it). */
/* The figure's number without its unit, for a table's value column, as
 * exact as the source gives it: "> 95", "270,000", "27万", "123.457万". */
char     *xitu_format_figure_number     (XituFigure       *figure,
                                         XituLang          lang,
                                         XituNumberStyle   style);
char     *xitu_format_hhi               (double            hhi,
                                         gboolean          at_least,
                                         XituLang          lang);
/* "2024", "2021–24", "2019–2031". */
char     *xitu_format_years             (int               year,
                                         int               year_end);
/* A number for machines (CSV): shortest round-trip form, '.' decimal. */
char     *xitu_format_machine           (double            value);

G_END_DECLS
