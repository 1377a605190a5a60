/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the GeoJSON/TopoJSON reader and the antimeridian cut.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I src/model \
 *     tests/fuzz/fuzz-geo-reader.c src/model/xitu-geo-{reader,cut,feature}.c \
 *     $(pkg-config --cflags --libs gio-2.0 json-glib-1.0) -lm -o fuzz-geo-reader
 *   ./fuzz-geo-reader -max_total_time=300 corpus/ tests/data/geo/bad tests/data/geo/good
 */
#include "xitu-geo-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) features = xitu_geo_read_bytes (bytes, "fuzz.json", &error);

  /* Either features or an error, never both, never neither. */
  g_assert ((features == NULL) != (error == NULL));
  if (features != NULL)
    for (guint i = 0; i < features->len; i++)
      xitu_geo_feature_contains (features->pdata[i], 0, 0);
  return 0;
}
