/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-application.h"

G_BEGIN_DECLS

void xitu_import_dialog_run (GtkWindow       *parent,
                             XituApplication *app);

G_END_DECLS
