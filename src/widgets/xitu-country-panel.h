/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"
#include "xitu-format.h"

G_BEGIN_DECLS

#define XITU_TYPE_COUNTRY_PANEL (xitu_country_panel_get_type ())
G_DECLARE_FINAL_TYPE (XituCountryPanel, xitu_country_panel, XITU, COUNTRY_PANEL, GtkWidget)

GtkWidget  *xitu_country_panel_new          (void);
void        xitu_country_panel_set_country  (XituCountryPanel *self,
                                             XituDataset      *dataset,
                                             const char       *code,
                                             XituLang          lang);
const char *xitu_country_panel_get_country  (XituCountryPanel *self);
void        xitu_country_panel_set_lang     (XituCountryPanel *self,
                                             XituLang          lang);
void        xitu_country_panel_set_numbers  (XituCountryPanel *self,
                                             XituNumberStyle   numbers);

G_END_DECLS
