/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_STAGE (xitu_stage_get_type ())
G_DECLARE_FINAL_TYPE (XituStage, xitu_stage, XITU, STAGE, GObject)

XituStage      *xitu_stage_new          (const char *id,
                                         int         order,
                                         const char *name_en,
                                         const char *name_zh);
const char     *xitu_stage_get_id       (XituStage  *self);
int             xitu_stage_get_order    (XituStage  *self);
const XituText *xitu_stage_get_name     (XituStage  *self);
const XituText *xitu_stage_get_product  (XituStage  *self);
void            xitu_stage_set_product  (XituStage  *self,
                                         const char *en,
                                         const char *zh);

G_END_DECLS
