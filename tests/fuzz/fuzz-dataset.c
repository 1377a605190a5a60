/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-dataset-loader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituDataset) dataset = xitu_dataset_load_data ((const char *) data, size, "fuzz.json", &error);

  /* Exactly one of the two: a dataset or an error that names the file. */
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    g_assert (g_str_has_prefix (error->message, "fuzz.json:"));
  return 0;
}
