/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_TYPE_CLAIMS_VIEW (xitu_claims_view_get_type ())
G_DECLARE_FINAL_TYPE (XituClaimsView, xitu_claims_view, XITU, CLAIMS_VIEW, GtkWidget)

GtkWidget *xitu_claims_view_new          (void);
void       xitu_claims_view_set_dataset  (XituClaimsView *self,
                                          XituDataset    *dataset);
void       xitu_claims_view_set_lang     (XituClaimsView *self,
                                          XituLang        lang);
void       xitu_claims_view_set_filter   (XituClaimsView *self,
                                          int             verdict,
                                          const char     *language);
gboolean   xitu_claims_view_show_source  (XituClaimsView *self,
                                          const char     *source_id);

G_END_DECLS
