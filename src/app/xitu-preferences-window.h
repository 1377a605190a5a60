/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_PREFERENCES_WINDOW (xitu_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (XituPreferencesWindow, xitu_preferences_window, XITU, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *xitu_preferences_window_new (GtkWindow   *parent,
                                        GSettings   *settings,
                                        XituDataset *dataset);

G_END_DECLS
