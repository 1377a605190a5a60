/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_COUNTRY (xitu_country_get_type ())
G_DECLARE_FINAL_TYPE (XituCountry, xitu_country, XITU, COUNTRY, GObject)

XituCountry         *xitu_country_new          (const char         *code,
                                                guint               numeric,
                                                XituCountryKind     kind,
                                                const char         *name_en,
                                                const char         *name_zh);
const char          *xitu_country_get_code     (XituCountry        *self);
guint                xitu_country_get_numeric  (XituCountry        *self);
XituCountryKind      xitu_country_get_kind     (XituCountry        *self);
const char          *xitu_country_get_name_en  (XituCountry        *self);
const char          *xitu_country_get_name_zh  (XituCountry        *self);
const char          *xitu_country_get_name     (XituCountry        *self,
                                                XituLang            lang);
const char * const  *xitu_country_get_members  (XituCountry        *self);
void                 xitu_country_set_members  (XituCountry        *self,
                                                const char * const *members);
gboolean             xitu_country_has_member   (XituCountry        *self,
                                                const char         *code);

G_END_DECLS
