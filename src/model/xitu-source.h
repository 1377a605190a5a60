/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_SOURCE (xitu_source_get_type ())
G_DECLARE_FINAL_TYPE (XituSource, xitu_source, XITU, SOURCE, GObject)

/* Where a figure, claim or event comes from. The title is kept in its
 * original language next to its translation, never replaced by it. */
XituSource     *xitu_source_new                   (const char *id,
                                                   const char *title,
                                                   const char *language,
                                                   const char *date,
                                                   const char *kind);
const char     *xitu_source_get_id                (XituSource *self);
const char     *xitu_source_get_title             (XituSource *self);
const char     *xitu_source_get_language          (XituSource *self);
const char     *xitu_source_get_date              (XituSource *self);
const char     *xitu_source_get_kind              (XituSource *self);
const XituText *xitu_source_get_publisher         (XituSource *self);
const XituText *xitu_source_get_title_translation (XituSource *self);
const char     *xitu_source_get_url               (XituSource *self);
const char     *xitu_source_get_tag               (XituSource *self);
const char     *xitu_source_get_licence           (XituSource *self);
const char     *xitu_source_get_via               (XituSource *self);
const char     *xitu_source_get_display_title     (XituSource *self,
                                                   XituLang    lang);
gboolean        xitu_source_is_primary            (XituSource *self);

void            xitu_source_set_publisher         (XituSource *self,
                                                   const char *en,
                                                   const char *zh);
void            xitu_source_set_title_translation (XituSource *self,
                                                   const char *en,
                                                   const char *zh);
void            xitu_source_set_url               (XituSource *self,
                                                   const char *url);
void            xitu_source_set_tag               (XituSource *self,
                                                   const char *tag);
void            xitu_source_set_licence           (XituSource *self,
                                                   const char *licence);
void            xitu_source_set_via               (XituSource *self,
                                                   const char *via);

G_END_DECLS
