/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_EVENT (xitu_event_get_type ())
G_DECLARE_FINAL_TYPE (XituEvent, xitu_event, XITU, EVENT, GObject)

/* A dated measure or happening: export controls, suspensions, deals. */
XituEvent      *xitu_event_new              (const char *id,
                                             const char *date,
                                             const char *country,
                                             const char *kind,
                                             const char *source);
const char     *xitu_event_get_id           (XituEvent  *self);
const char     *xitu_event_get_date         (XituEvent  *self);
const char     *xitu_event_get_end_date     (XituEvent  *self);
const char     *xitu_event_get_country      (XituEvent  *self);
const char     *xitu_event_get_kind         (XituEvent  *self);
const char     *xitu_event_get_status       (XituEvent  *self);
const char     *xitu_event_get_source       (XituEvent  *self);
const XituText *xitu_event_get_title        (XituEvent  *self);
const XituText *xitu_event_get_detail       (XituEvent  *self);

void            xitu_event_set_end_date     (XituEvent  *self,
                                             const char *end_date);
void            xitu_event_set_status       (XituEvent  *self,
                                             const char *status);
void            xitu_event_set_title        (XituEvent  *self,
                                             const char *en,
                                             const char *zh);
void            xitu_event_set_detail       (XituEvent  *self,
                                             const char *en,
                                             const char *zh);

G_END_DECLS
