/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-dataset.h"
#include "xitu-import-result.h"

G_BEGIN_DECLS

/* One import kept in the store. */
typedef struct
{
  char   *id;          /* "usgs-long-3f9a0c1d2e4b": format and content hash */
  char   *path;
  char   *title;       /* the dataset's English title */
  guint   n_figures;
  guint   n_sources;
  gint64  modified;    /* when it was stored, seconds since the epoch */
} XituStoredImport;

#define XITU_TYPE_IMPORT_STORE (xitu_import_store_get_type ())
G_DECLARE_FINAL_TYPE (XituImportStore, xitu_import_store, XITU, IMPORT_STORE, GObject)

/* The imports a user has made, each kept as a Xitu dataset file (one JSON
 * document per import) in a directory: by default
 * $XDG_DATA_HOME/xitu/imports. Writing is atomic (a temporary file renamed
 * over the target), so a crash never leaves half a file. */
char                   *xitu_import_store_default_dir  (void);

/* dir NULL: the default directory. Nothing is read until reload(). */
XituImportStore        *xitu_import_store_new          (const char        *dir);
const char             *xitu_import_store_get_dir      (XituImportStore   *self);

/* Lists the stored imports, validating each with the dataset loader. A
 * damaged file is not listed; its error goes to get_problems(). Fails only
 * when the directory exists but cannot be read. */
gboolean                xitu_import_store_reload       (XituImportStore   *self,
                                                        GError           **error);
guint                   xitu_import_store_get_n_imports (XituImportStore  *self);
/* Oldest first. */
const XituStoredImport *xitu_import_store_get_import   (XituImportStore   *self,
                                                        guint              i);
const XituStoredImport *xitu_import_store_lookup       (XituImportStore   *self,
                                                        const char        *id);
/* Of GError: one per stored file that could not be read at the last
 * reload, each message naming the file. */
GPtrArray              *xitu_import_store_get_problems (XituImportStore   *self);

/* Stores an import and returns its id. The same data stored twice gets the
 * same id and replaces the earlier file. */
char                   *xitu_import_store_add          (XituImportStore   *self,
                                                        XituImportResult  *result,
                                                        GError           **error);
gboolean                xitu_import_store_remove       (XituImportStore   *self,
                                                        const char        *id,
                                                        GError           **error);
/* The stored import as a dataset, through the dataset loader. */
XituDataset            *xitu_import_store_load         (XituImportStore   *self,
                                                        const char        *id,
                                                        GError           **error);

G_END_DECLS
