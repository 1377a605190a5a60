/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-import-store.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "xitu-dataset-loader.h"
#include "xitu-import.h"
#include "xitu-import-private.h"

struct _XituImportStore
{
  GObject    parent_instance;
  char      *dir;
  GPtrArray *imports;   /* of XituStoredImport */
  GPtrArray *problems;  /* of GError */
};

G_DEFINE_FINAL_TYPE (XituImportStore, xitu_import_store, G_TYPE_OBJECT)

static void
stored_import_free (XituStoredImport *stored)
{
  g_free (stored->id);
  g_free (stored->path);
  g_free (stored->title);
  g_free (stored);
}

static void
xitu_import_store_finalize (GObject *object)
{
  XituImportStore *self = XITU_IMPORT_STORE (object);

  g_free (self->dir);
  g_ptr_array_unref (self->imports);
  g_ptr_array_unref (self->problems);

  G_OBJECT_CLASS (xitu_import_store_parent_class)->finalize (object);
}

static void
xitu_import_store_class_init (XituImportStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_import_store_finalize;
}

static void
xitu_import_store_init (XituImportStore *self)
{
  self->imports = g_ptr_array_new_with_free_func ((GDestroyNotify) stored_import_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

char *
xitu_import_store_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "xitu", "imports", NULL);
}

XituImportStore *
xitu_import_store_new (const char *dir)
{
  XituImportStore *self = g_object_new (XITU_TYPE_IMPORT_STORE, NULL);

  self->dir = dir ? g_strdup (dir) : xitu_import_store_default_dir ();
  return self;
}

const char *
xitu_import_store_get_dir (XituImportStore *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);
  return self->dir;
}

/* Ids are file names: the dataset id syntax keeps them from leaving the
 * directory. */
static gboolean
valid_id (const char *id)
{
  gsize len = id ? strlen (id) : 0;

  if (len == 0 || len > 64 || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-'))
      return FALSE;
  return TRUE;
}

static char *
title_of (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *title;

  if (!json_parser_load_from_mapped_file (parser, path, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  title = json_object_get_object_member (json_node_get_object (root), "title");
  if (title == NULL)
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (title, "en", NULL));
}

static void
add_problem (XituImportStore *self,
             GError          *error)
{
  g_ptr_array_add (self->problems, error);
}

static void
read_one (XituImportStore *self,
          const char      *name)
{
  g_autofree char *path = g_build_filename (self->dir, name, NULL);
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (".json"));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XituDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  XituStoredImport *stored;
  GStatBuf st;

  if (!valid_id (id))
    {
      add_problem (self, g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                                      "%s: not an import file name (expected ID.json with a "
                                      "lower-case id); skipped", path));
      return;
    }

  dataset = xitu_dataset_load_file (file, &error);
  if (dataset == NULL)
    {
      add_problem (self, g_error_new (error->domain, error->code,
                                      "%s; this stored import is damaged and was skipped "
                                      "(remove it or import the file again)", error->message));
      return;
    }

  stored = g_new0 (XituStoredImport, 1);
  stored->id = g_steal_pointer (&id);
  stored->path = g_strdup (path);
  stored->title = title_of (path);
  stored->n_figures = g_list_model_get_n_items (xitu_dataset_get_figures (dataset));
  stored->n_sources = g_list_model_get_n_items (xitu_dataset_get_sources (dataset));
  stored->modified = g_stat (path, &st) == 0 ? (gint64) st.st_mtime : 0;
  g_ptr_array_add (self->imports, stored);
}

static int
compare_imports (gconstpointer a,
                 gconstpointer b)
{
  const XituStoredImport *sa = *(XituStoredImport * const *) a;
  const XituStoredImport *sb = *(XituStoredImport * const *) b;

  if (sa->modified != sb->modified)
    return sa->modified < sb->modified ? -1 : 1;
  return strcmp (sa->id, sb->id);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

gboolean
xitu_import_store_reload (XituImportStore  *self,
                          GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir;
  const char *name;

  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), FALSE);

  g_ptr_array_set_size (self->imports, 0);
  g_ptr_array_set_size (self->problems, 0);

  dir = g_dir_open (self->dir, 0, &local_error);
  if (dir == NULL)
    {
      /* No directory yet: nothing was ever imported. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  "Cannot list the imports in %s: ", self->dir);
      return FALSE;
    }

  /* Temporary files of an interrupted write start with a dot. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    read_one (self, g_ptr_array_index (names, i));
  g_ptr_array_sort (self->imports, compare_imports);
  return TRUE;
}

guint
xitu_import_store_get_n_imports (XituImportStore *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), 0);
  return self->imports->len;
}

const XituStoredImport *
xitu_import_store_get_import (XituImportStore *self,
                              guint            i)
{
  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);
  g_return_val_if_fail (i < self->imports->len, NULL);
  return g_ptr_array_index (self->imports, i);
}

const XituStoredImport *
xitu_import_store_lookup (XituImportStore *self,
                          const char      *id)
{
  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);

  for (guint i = 0; i < self->imports->len; i++)
    {
      XituStoredImport *stored = g_ptr_array_index (self->imports, i);

      if (g_strcmp0 (stored->id, id) == 0)
        return stored;
    }
  return NULL;
}

GPtrArray *
xitu_import_store_get_problems (XituImportStore *self)
{
  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);
  return self->problems;
}

char *
xitu_import_store_add (XituImportStore   *self,
                       XituImportResult  *result,
                       GError           **error)
{
  g_autofree char *json = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  gsize len;

  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);
  g_return_val_if_fail (XITU_IS_IMPORT_RESULT (result), NULL);

  json = xitu_import_result_write_json (result, &len);
  hash = xitu_import_short_hash (json, len);
  id = g_strdup_printf ("%s-%s",
                        xitu_import_format_to_string (xitu_import_result_get_format (result)),
                        hash);
  name = g_strconcat (id, ".json", NULL);
  path = g_build_filename (self->dir, name, NULL);

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create %s for the imports: %s"), self->dir, g_strerror (saved_errno));
      return NULL;
    }
  if (!g_file_set_contents_full (path, json, (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, error))
    {
      g_prefix_error (error, "%s", _("Cannot store the import: "));
      return NULL;
    }

  return g_steal_pointer (&id);
}

gboolean
xitu_import_store_remove (XituImportStore  *self,
                          const char       *id,
                          GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), FALSE);

  if (!valid_id (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an import id"), id ? id : "");
      return FALSE;
    }

  name = g_strconcat (id, ".json", NULL);
  path = g_build_filename (self->dir, name, NULL);
  if (g_unlink (path) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                     _("No stored import has the id “%s”"), id);
      else
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                     _("Cannot remove the import “%s”: %s"), id, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < self->imports->len; i++)
    if (g_strcmp0 (((XituStoredImport *) g_ptr_array_index (self->imports, i))->id, id) == 0)
      {
        g_ptr_array_remove_index (self->imports, i);
        break;
      }
  return TRUE;
}

XituDataset *
xitu_import_store_load (XituImportStore  *self,
                        const char       *id,
                        GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (XITU_IS_IMPORT_STORE (self), NULL);

  if (!valid_id (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an import id"), id ? id : "");
      return NULL;
    }
  name = g_strconcat (id, ".json", NULL);
  path = g_build_filename (self->dir, name, NULL);
  file = g_file_new_for_path (path);
  return xitu_dataset_load_file (file, error);
}
