/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Class breaks for choropleth maps. Pure arithmetic on doubles: non-finite
 * values (NaN stands for "no data") are ignored, ties that would give two
 * equal breaks are merged, so a classification may have fewer classes than
 * asked for but never an empty range.
 */
#include "config.h"

#include "xitu-classify.h"

#include <glib/gi18n-lib.h>
#include <math.h>

G_DEFINE_QUARK (xitu-classify-error-quark, xitu_classify_error)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The finite values (for LOG: the positive ones), sorted. */
static GArray *
usable_values (const double *values,
               gsize         n_values,
               gboolean      positive_only)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (double), n_values);

  for (gsize i = 0; i < n_values; i++)
    if (isfinite (values[i]) && (!positive_only || values[i] > 0))
      g_array_append_val (out, values[i]);

  g_array_sort (out, compare_doubles);
  return out;
}

static void
append_break (GArray *breaks,
              double  value)
{
  if (breaks->len == 0 || value > g_array_index (breaks, double, breaks->len - 1))
    g_array_append_val (breaks, value);
}

/* Quantile p of sorted values by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R and numpy). */
static double
quantile (const double *sorted,
          gsize         n,
          double        p)
{
  double h = (n - 1) * p;
  gsize lo = (gsize) floor (h);
  gsize hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

static void
fill_breaks (XituClassifyMethod  method,
             const double       *v,
             gsize               n,
             guint               n_classes,
             GArray             *breaks)
{
  double lo = v[0], hi = v[n - 1];

  for (guint i = 1; i < n_classes; i++)
    {
      double f = (double) i / n_classes;
      double b;

      switch (method)
        {
        case XITU_CLASSIFY_QUANTILE:
          b = quantile (v, n, f);
          break;
        case XITU_CLASSIFY_LOG:
          b = pow (10, log10 (lo) + f * (log10 (hi) - log10 (lo)));
          break;
        case XITU_CLASSIFY_EQUAL_INTERVAL:
        default:
          b = lo + f * (hi - lo);
          break;
        }

      /* A break at the minimum would leave class 0 empty. */
      if (b > lo)
        append_break (breaks, b);
    }
}

/**
 * xitu_classify_breaks:
 * @values: (array length=n_values): the values; NaN and infinities are skipped
 *
 * Returns: (transfer full) (element-type double): the breaks, strictly
 *   increasing, at most @n_classes − 1 of them; %NULL with @error set.
 */
GArray *
xitu_classify_breaks (XituClassifyMethod   method,
                      const double        *values,
                      gsize                n_values,
                      guint                n_classes,
                      GError             **error)
{
  g_autoptr(GArray) v = NULL;
  g_autoptr(GArray) breaks = NULL;

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  if (n_classes < XITU_CLASSIFY_MIN_CLASSES || n_classes > XITU_CLASSIFY_MAX_CLASSES)
    {
      g_set_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_CLASS_COUNT,
                   _("%u classes asked for; expected %d to %d"), n_classes,
                   XITU_CLASSIFY_MIN_CLASSES, XITU_CLASSIFY_MAX_CLASSES);
      return NULL;
    }

  v = usable_values (values, n_values, method == XITU_CLASSIFY_LOG);
  if (v->len == 0)
    {
      g_set_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_NO_VALUES,
                   method == XITU_CLASSIFY_LOG
                   ? _("no positive value to classify on a log scale")
                   : _("no finite value to classify"));
      return NULL;
    }

  breaks = g_array_new (FALSE, FALSE, sizeof (double));
  fill_breaks (method, (const double *) (gpointer) v->data, v->len, n_classes, breaks);
  return g_steal_pointer (&breaks);
}

/**
 * xitu_classify_fixed:
 * @breaks: (array length=n_breaks): policy thresholds, e.g. 10, 40, 65 (%)
 *
 * Returns: (transfer full) (element-type double): a copy of @breaks after
 *   checking they are finite and strictly increasing; %NULL with @error set.
 */
GArray *
xitu_classify_fixed (const double  *breaks,
                     gsize          n_breaks,
                     GError       **error)
{
  g_autoptr(GArray) out = NULL;

  if (n_breaks < 1 || n_breaks > XITU_CLASSIFY_MAX_CLASSES - 1)
    {
      /* Formatted apart: gettext cannot see through G_GSIZE_FORMAT. */
      g_autofree char *count = g_strdup_printf ("%" G_GSIZE_FORMAT, n_breaks);

      g_set_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_CLASS_COUNT,
                   _("%s breaks given; expected 1 to %d"), count, XITU_CLASSIFY_MAX_CLASSES - 1);
      return NULL;
    }

  for (gsize i = 0; i < n_breaks; i++)
    {
      if (!isfinite (breaks[i]) || (i > 0 && breaks[i] <= breaks[i - 1]))
        {
          /* (guint): n_breaks was checked above to be a handful. */
          g_set_error (error, XITU_CLASSIFY_ERROR, XITU_CLASSIFY_ERROR_BREAKS,
                       /* Translators: the index of a class break from 0,
                        * then its value. */
                       _("break %u (%g): expected finite breaks in strictly increasing order"),
                       (guint) i, breaks[i]);
          return NULL;
        }
    }

  out = g_array_sized_new (FALSE, FALSE, sizeof (double), n_breaks);
  g_array_append_vals (out, breaks, n_breaks);
  return g_steal_pointer (&out);
}

/* The class of @value: the number of breaks at or below it. */
guint
xitu_classify_value (const double *breaks,
                     gsize         n_breaks,
                     double        value)
{
  guint k = 0;

  while (k < n_breaks && value >= breaks[k])
    k++;
  return k;
}
