/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "xitu-format.h"

static void
check (char       *got,
       const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_thousands (void)
{
  check (xitu_format_number (270000, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "270,000");
  check (xitu_format_number (1234567.891, 2, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "1,234,567.89");
  check (xitu_format_number (999, 0, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "999");
  check (xitu_format_number (0, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "0");
  check (xitu_format_number (-45500, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "−45,500");
  check (xitu_format_number (-0.001, 0, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "0");
  check (xitu_format_number (2.5, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "2.5");
  check (xitu_format_number (12.26, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "12.3");
}

static void
test_wanyi (void)
{
  /* 万/亿 only when asked for and only in Chinese labels. */
  check (xitu_format_number (270000, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "27万");
  check (xitu_format_number (270000, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_PLAIN), "270,000");
  check (xitu_format_number (270000, XITU_DECIMALS_AUTO, XITU_LANG_EN, XITU_NUMBERS_WANYI), "270,000");
  check (xitu_format_number (45500, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "4.55万");
  check (xitu_format_number (44000000, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "4,400万");
  check (xitu_format_number (150000000, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "1.5亿");
  check (xitu_format_number (9999, XITU_DECIMALS_AUTO, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "9,999");
}

static void
test_quantity (void)
{
  check (xitu_format_quantity (270000, "t", XITU_LANG_EN, XITU_NUMBERS_PLAIN), "270,000 t");
  check (xitu_format_quantity (270000, "t", XITU_LANG_ZH, XITU_NUMBERS_WANYI), "27万 吨");
  check (xitu_format_quantity (270000, "t", XITU_LANG_ZH, XITU_NUMBERS_PLAIN), "270,000 吨");
  check (xitu_format_quantity (55, "USD/kg", XITU_LANG_EN, XITU_NUMBERS_PLAIN), "55 USD/kg");
  check (xitu_format_quantity (55, "USD/kg", XITU_LANG_ZH, XITU_NUMBERS_PLAIN), "55 美元/千克");
  check (xitu_format_quantity (1, "years", XITU_LANG_EN, XITU_NUMBERS_PLAIN), "1 year");
  check (xitu_format_quantity (16, "years", XITU_LANG_EN, XITU_NUMBERS_PLAIN), "16 years");
  check (xitu_format_quantity (69.23, "%", XITU_LANG_EN, XITU_NUMBERS_PLAIN), "69.2 %");
}

static void
test_percent (void)
{
  check (xitu_format_percent (100.0 * 270000 / 390000, XITU_DECIMALS_AUTO, XITU_LANG_EN), "69.2 %");
  check (xitu_format_percent (91, XITU_DECIMALS_AUTO, XITU_LANG_EN), "91 %");
  check (xitu_format_percent (91, XITU_DECIMALS_AUTO, XITU_LANG_ZH), "91%");
  check (xitu_format_percent (46.3, 1, XITU_LANG_BOTH), "46.3 %");
}

static void
test_figure (void)
{
  g_autoptr (XituFigure) f = xitu_figure_new ("USA", "net-import-reliance", 2021, 95, "%", "usgs", "MCS 2026");
  g_autoptr (XituFigure) na = xitu_figure_new ("IND", "reserves", 2025, 0, "t", "usgs", "MCS 2026");
  g_autoptr (XituFigure) e = xitu_figure_new ("MMR", "production", 2025, 22000, "t", "usgs", "MCS 2026");

  xitu_figure_set_flags (f, XITU_FIGURE_MORE_THAN);
  check (xitu_format_figure (f, XITU_LANG_EN, XITU_NUMBERS_PLAIN), ">95 %");
  xitu_figure_set_flags (na, XITU_FIGURE_NOT_AVAILABLE);
  check (xitu_format_figure (na, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "not available");
  check (xitu_format_figure (na, XITU_LANG_ZH, XITU_NUMBERS_PLAIN), "无数据");
  xitu_figure_set_flags (e, XITU_FIGURE_ESTIMATED);
  check (xitu_format_figure (e, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "≈2.2万 吨");
}

/* The Data view's Value column: exact, in the number style asked for. */
static void
test_figure_number (void)
{
  g_autoptr (XituFigure) china = xitu_figure_new ("CHN", "production", 2025, 270000, "t", "usgs", "MCS 2026");
  g_autoptr (XituFigure) odd = xitu_figure_new ("CHN", "production", 2025, 1234567, "t", "usgs", "MCS 2026");
  g_autoptr (XituFigure) big = xitu_figure_new ("CHN", "reserves", 2025, 440000000, "t", "usgs", "MCS 2026");
  g_autoptr (XituFigure) small = xitu_figure_new ("USA", "net-import-reliance", 2021, 95, "%", "usgs", "MCS 2026");
  g_autoptr (XituFigure) na = xitu_figure_new ("IND", "reserves", 2025, 0, "t", "usgs", "MCS 2026");

  check (xitu_format_figure_number (china, XITU_LANG_EN, XITU_NUMBERS_PLAIN), "270,000");
  check (xitu_format_figure_number (china, XITU_LANG_ZH, XITU_NUMBERS_PLAIN), "270,000");
  check (xitu_format_figure_number (china, XITU_LANG_EN, XITU_NUMBERS_WANYI), "270,000");
  check (xitu_format_figure_number (china, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "27万");
  check (xitu_format_figure_number (odd, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "123.457万");
  check (xitu_format_figure_number (big, XITU_LANG_BOTH, XITU_NUMBERS_WANYI), "4.4亿");
  xitu_figure_set_flags (small, XITU_FIGURE_MORE_THAN);
  check (xitu_format_figure_number (small, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "> 95");
  xitu_figure_set_flags (na, XITU_FIGURE_NOT_AVAILABLE);
  check (xitu_format_figure_number (na, XITU_LANG_ZH, XITU_NUMBERS_WANYI), "无数据");
}

static void
test_misc (void)
{
  XituNumberStyle style;

  check (xitu_format_hhi (4812.4, TRUE, XITU_LANG_EN), "≥ 4,812");
  check (xitu_format_hhi (8281, FALSE, XITU_LANG_EN), "8,281");
  check (xitu_format_years (2024, 2024), "2024");
  check (xitu_format_years (2021, 2024), "2021–24");
  check (xitu_format_years (2019, 2031), "2019–2031");
  check (xitu_format_machine (270000), "270000");
  check (xitu_format_machine (46.3), "46.3");
  g_assert_true (xitu_number_style_from_string ("wanyi", &style));
  g_assert_cmpint (style, ==, XITU_NUMBERS_WANYI);
  g_assert_false (xitu_number_style_from_string ("roman", &style));
}

static void
test_locale_independent (void)
{
  /* A German locale must not turn the decimal point into a comma. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 locale not installed");
      return;
    }
  check (xitu_format_percent (69.23, 1, XITU_LANG_EN), "69.2 %");
  check (xitu_format_machine (46.3), "46.3");
  setlocale (LC_NUMERIC, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/thousands", test_thousands);
  g_test_add_func ("/format/wanyi", test_wanyi);
  g_test_add_func ("/format/quantity", test_quantity);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/figure", test_figure);
  g_test_add_func ("/format/figure-number", test_figure_number);
  g_test_add_func ("/format/misc", test_misc);
  g_test_add_func ("/format/locale-independent", test_locale_independent);
  return g_test_run ();
}
