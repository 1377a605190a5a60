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
  return 0;
}
