/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "analysis-fixture.h"

static XituDataset *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituDataset *dataset = xitu_dataset_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

XituDataset *
fixture_load_analysis (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "analysis-dataset.json", NULL);

  return load (path);
}

XituDataset *
fixture_load_real (void)
{
  const char *dir = g_getenv ("XITU_DATA_DIR");
  g_autofree char *path = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "dataset", "xitu-dataset.json", NULL);
  return load (path);
}
