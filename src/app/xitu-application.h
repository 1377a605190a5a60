/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"
#include "xitu-import-store.h"

G_BEGIN_DECLS

#define XITU_TYPE_APPLICATION (xitu_application_get_type ())
G_DECLARE_FINAL_TYPE (XituApplication, xitu_application, XITU, APPLICATION, AdwApplication)

XituApplication *xitu_application_new               (void);
XituDataset     *xitu_application_get_dataset       (XituApplication *self);
const GError    *xitu_application_get_load_error    (XituApplication *self);
GSettings       *xitu_application_get_settings      (XituApplication *self);
XituImportStore *xitu_application_get_imports       (XituApplication *self);
GPtrArray       *xitu_application_get_import_problems (XituApplication *self);
void             xitu_application_reload_dataset    (XituApplication *self);

G_END_DECLS
