/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define XITU_CLASSIFY_ERROR (xitu_classify_error_quark ())

/* A classification is a list of k−1 strictly increasing breaks for k
 * classes: class i holds values v with breaks[i−1] <= v < breaks[i]
 * (class 0 everything below breaks[0], the last class everything from the
 * last break up). */

typedef enum
{
  XITU_CLASSIFY_QUANTILE,        /* equal counts per class */
  XITU_CLASSIFY_EQUAL_INTERVAL,  /* equal widths between min and max */
  XITU_CLASSIFY_LOG,             /* equal widths of log10 between the positive min and max */
} XituClassifyMethod;

typedef enum
{
  XITU_CLASSIFY_ERROR_NO_VALUES,     /* no finite value (or no positive value for LOG) */
  XITU_CLASSIFY_ERROR_CLASS_COUNT,   /* n_classes outside 2..9 */
  XITU_CLASSIFY_ERROR_BREAKS,        /* fixed breaks not finite and strictly increasing */
} XituClassifyError;

#define XITU_CLASSIFY_MIN_CLASSES 2
#define XITU_CLASSIFY_MAX_CLASSES 9

GQuark  xitu_classify_error_quark (void);

GArray *xitu_classify_breaks      (XituClassifyMethod  method,
                                   const double       *values,
                                   gsize               n_values,
                                   guint               n_classes,
                                   GError            **error);
GArray *xitu_classify_fixed       (const double       *breaks,
                                   gsize               n_breaks,
                                   GError            **error);
guint   xitu_classify_value       (const double       *breaks,
                                   gsize               n_breaks,
                                   double              value);

G_END_DECLS
