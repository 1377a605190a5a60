/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"
#include "xitu-format.h"

G_BEGIN_DECLS

#define XITU_TYPE_DATA_VIEW (xitu_data_view_get_type ())
G_DECLARE_FINAL_TYPE (XituDataView, xitu_data_view, XITU, DATA_VIEW, GtkWidget)

GtkWidget   *xitu_data_view_new          (void);
void         xitu_data_view_set_dataset  (XituDataView  *self,
                                          XituDataset   *dataset);
XituDataset *xitu_data_view_get_dataset  (XituDataView  *self);
void         xitu_data_view_set_lang     (XituDataView  *self,
                                          XituLang       lang);
/* How the Value column writes numbers (万/亿 for Chinese labels). */
void         xitu_data_view_set_numbers  (XituDataView    *self,
                                          XituNumberStyle  numbers);
void         xitu_data_view_set_search   (XituDataView  *self,
                                          const char    *text);
GListModel  *xitu_data_view_get_shown    (XituDataView  *self);
gboolean     xitu_data_view_export_csv   (XituDataView  *self,
                                          GFile         *file,
                                          GError       **error);

G_END_DECLS
