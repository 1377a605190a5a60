/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-map-names.h"
#include "xitu-world.h"

G_BEGIN_DECLS

const char *xitu_data_dir          (void);
char       *xitu_data_path         (const char *first_element,
                                    ...) G_GNUC_NULL_TERMINATED;
char       *xitu_bundled_dataset_path (void);

/* The bundled world: "110m" for the window, "50m" for zoomed views and
 * print; and the names of its features in both languages. */
XituWorld    *xitu_load_bundled_world     (const char  *scale,
                                           GError     **error);
XituMapNames *xitu_load_bundled_map_names (GError     **error);

G_END_DECLS
