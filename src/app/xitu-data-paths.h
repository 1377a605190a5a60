/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *xitu_data_dir          (void);
char       *xitu_data_path         (const char *first_element,
                                    ...) G_GNUC_NULL_TERMINATED;
char       *xitu_bundled_dataset_path (void);

G_END_DECLS
