/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "xitu-classify.h"

static void
assert_breaks (GArray       *breaks,
               const double *expected,
               gsize         n_expected)
{
  g_assert_nonnull (breaks);
  g_assert_cmpuint (breaks->len, ==, n_expected);
  for (gsize i = 0; i < n_expected; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (breaks, double, i), expected[i], 1e-12);
}

/* 1..10 in 4 classes, type-7 quantiles: h = 9p; p = .25 → s[2] + .25 (s[3] − s[2])
 * = 3.25; p = .5 → 5.5; p = .75 → s[6] + .75 = 7.75. Order and NaN do not matter. */
static void
test_quantile (void)
{
  const double v[] = { 10, 9, NAN, 8, 7, 6, 5, 4, 3, 2, 1 };
  const double expected[] = { 3.25, 5.5, 7.75 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) b = xitu_classify_breaks (XITU_CLASSIFY_QUANTILE, v, G_N_ELEMENTS (v), 4, &error);

  g_assert_no_error (error);
  assert_breaks (b, expected, G_N_ELEMENTS (expected));
}

/* Ties: the median of {1, 1, 1, 1, 2} is 1, the minimum: no break. */
static void
test_quantile_ties (void)
{
  const double v[] = { 1, 1, 1, 1, 2 };
  g_autoptr(GArray) b = xitu_classify_breaks (XITU_CLASSIFY_QUANTILE, v, G_N_ELEMENTS (v), 2, NULL);

  assert_breaks (b, NULL, 0);
}

/* Mine production 2025 (t REO, MCS 2026): China 270,000, USA 51,000,
 * Australia 29,000, Myanmar 22,000, Thailand 4,800, Russia 2,600.
 * Equal intervals of (270,000 − 2,600) / 3 = 89,133.33…:
 * 91,733.33…, 180,866.66…. */
static void
test_equal_interval (void)
{
  const double v[] = { 270000, 51000, 29000, 22000, 4800, 2600 };
  const double expected[] = { 2600 + 267400.0 / 3, 2600 + 2 * 267400.0 / 3 };
  g_autoptr(GArray) b = xitu_classify_breaks (XITU_CLASSIFY_EQUAL_INTERVAL, v, G_N_ELEMENTS (v), 3,
                                              NULL);

  assert_breaks (b, expected, G_N_ELEMENTS (expected));
  g_assert_cmpfloat_with_epsilon (expected[0], 91733.333333333333, 1e-6);
  g_assert_cmpuint (xitu_classify_value ((double *) (gpointer) b->data, b->len, 270000), ==, 2);
  g_assert_cmpuint (xitu_classify_value ((double *) (gpointer) b->data, b->len, 51000), ==, 0);
}

/* Log: zero and negative values are left out of the range (they fall in
 * class 0); from 1 to 1000 in 3 classes the breaks are 10 and 100. */
static void
test_log (void)
{
  const double v[] = { 0, -5, 1, 10, 1000, INFINITY };
  const double expected[] = { 10, 100 };
  g_autoptr(GArray) b = xitu_classify_breaks (XITU_CLASSIFY_LOG, v, G_N_ELEMENTS (v), 3, NULL);

  assert_breaks (b, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (xitu_classify_value (expected, 2, 0), ==, 0);
  g_assert_cmpuint (xitu_classify_value (expected, 2, 1000), ==, 2);
}

/* Policy bins at 10, 40 and 65 % (the EU CRMA single-supplier line). */
static void
test_fixed (void)
{
  const double policy[] = { 10, 40, 65 };
  g_autoptr(GArray) b = xitu_classify_fixed (policy, G_N_ELEMENTS (policy), NULL);
  const double *br;

  assert_breaks (b, policy, G_N_ELEMENTS (policy));
  br = (const double *) (gpointer) b->data;
  g_assert_cmpuint (xitu_classify_value (br, 3, 0), ==, 0);
  g_assert_cmpuint (xitu_classify_value (br, 3, 9.99), ==, 0);
  g_assert_cmpuint (xitu_classify_value (br, 3, 10), ==, 1);
  g_assert_cmpuint (xitu_classify_value (br, 3, 39.9), ==, 1);
  g_assert_cmpuint (xitu_classify_value (br, 3, 40), ==, 2);
  g_assert_cmpuint (xitu_classify_value (br, 3, 64.99), ==, 2);
  g_assert_cmpuint (xitu_classify_value (br, 3, 65), ==, 3);
  g_assert_cmpuint (xitu_classify_value (br, 3, 100), ==, 3);
}

static void
test_errors (void)
{
  const double nan_only[] = { NAN, NAN };
  const double non_positive[] = { 0, -1 };
  const double unsorted[] = { 10, 65, 40 };
  const double v[] = { 1, 2 };
  GError *error = NULL;

  g_assert_null (xitu_classify_breaks (XITU_CLASSIFY_QUANTILE, nan_only, 2, 4, &error));
  g_assert_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_NO_VALUES);
  g_clear_error (&error);

  g_assert_null (xitu_classify_breaks (XITU_CLASSIFY_LOG, non_positive, 2, 4, &error));
  g_assert_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_NO_VALUES);
  g_assert_cmpstr (error->message, ==, "no positive value to classify on a log scale");
  g_clear_error (&error);

  g_assert_null (xitu_classify_breaks (XITU_CLASSIFY_EQUAL_INTERVAL, v, 2, 1, &error));
  g_assert_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_CLASS_COUNT);
  g_assert_cmpstr (error->message, ==, "1 classes asked for; expected 2 to 9");
  g_clear_error (&error);

  g_assert_null (xitu_classify_fixed (unsorted, 3, &error));
  g_assert_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_BREAKS);
  g_assert_cmpstr (error->message, ==,
                   "break 2 (40): expected finite breaks in strictly increasing order");
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/classify/quantile", test_quantile);
  g_test_add_func ("/classify/quantile-ties", test_quantile_ties);
  g_test_add_func ("/classify/equal-interval", test_equal_interval);
  g_test_add_func ("/classify/log", test_log);
  g_test_add_func ("/classify/fixed", test_fixed);
  g_test_add_func ("/classify/errors", test_errors);

  return g_test_run ();
}
