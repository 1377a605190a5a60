/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-data-paths.h"

/* The installed app reads its data from its own prefix; XITU_DATA_DIR points
 * a build tree, a test or the Flatpak's devel run at another copy. */
const char *
xitu_data_dir (void)
{
  const char *dir = g_getenv ("XITU_DATA_DIR");

  return dir != NULL && *dir != '\0' ? dir : PKGDATADIR;
}

char *
xitu_data_path (const char *first_element,
                ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *element;
  va_list args;

  g_ptr_array_add (parts, (gpointer) xitu_data_dir ());
  va_start (args, first_element);
  for (element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) element);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

char *
xitu_bundled_dataset_path (void)
{
  return xitu_data_path ("dataset", "xitu-dataset.json", NULL);
}

XituWorld *
xitu_load_bundled_world (const char  *scale,
                         GError     **error)
{
  g_autofree char *name = g_strdup_printf ("countries-%s.json", scale);
  g_autofree char *path = xitu_data_path ("maps", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return xitu_world_new_from_file (file, error);
}

XituMapNames *
xitu_load_bundled_map_names (GError **error)
{
  g_autofree char *path = xitu_data_path ("dataset", "country-names.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return xitu_map_names_new_from_file (file, error);
}
