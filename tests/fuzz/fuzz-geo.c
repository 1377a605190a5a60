/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-geo-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) features = xitu_geo_read_bytes (bytes, "fuzz.json", &error);

  g_assert ((features == NULL) != (error == NULL));
  /* Walk the cut rings too: hit-testing reads every point. */
  if (features != NULL)
    for (guint i = 0; i < features->len; i++)
      xitu_geo_feature_contains (features->pdata[i], 0, 0);
  return 0;
}
