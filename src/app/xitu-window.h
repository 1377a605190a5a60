/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-application.h"

G_BEGIN_DECLS

#define XITU_TYPE_WINDOW (xitu_window_get_type ())
G_DECLARE_FINAL_TYPE (XituWindow, xitu_window, XITU, WINDOW, AdwApplicationWindow)

XituWindow *xitu_window_new        (XituApplication *application);
void        xitu_window_show_toast (XituWindow      *self,
                                    const char      *message);
XituLang    xitu_window_get_lang   (XituWindow      *self);

G_END_DECLS
