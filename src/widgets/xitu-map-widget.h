/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-map-renderer.h"

G_BEGIN_DECLS

#define XITU_TYPE_MAP_WIDGET (xitu_map_widget_get_type ())

G_DECLARE_FINAL_TYPE (XituMapWidget, xitu_map_widget, XITU, MAP_WIDGET, GtkWidget)

#define XITU_MAP_WIDGET_MAX_ZOOM 64.0

/* Returns the tooltip text (transfer full, nullable) for what the pointer is
 * over: a country (numeric may be 0 for a feature without a code, then
 * name says which) or, when pin_index >= 0, a pin. */
typedef char *(*XituMapTooltipFunc) (XituMapWidget *self,
                                     guint          numeric,
                                     const char    *name,
                                     int            pin_index,
                                     gpointer       user_data);

GtkWidget            *xitu_map_widget_new              (void);
void                  xitu_map_widget_set_options      (XituMapWidget        *self,
                                                        const XituMapOptions *options);
const XituMapOptions *xitu_map_widget_get_options      (XituMapWidget        *self);
void                  xitu_map_widget_set_detail_world (XituMapWidget        *self,
                                                        XituWorld            *world);
void                  xitu_map_widget_set_tooltip_func (XituMapWidget        *self,
                                                        XituMapTooltipFunc    func,
                                                        gpointer              user_data,
                                                        GDestroyNotify        destroy);
double                xitu_map_widget_get_zoom         (XituMapWidget        *self);
void                  xitu_map_widget_set_view         (XituMapWidget        *self,
                                                        double                zoom,
                                                        double                centre_x,
                                                        double                centre_y);
void                  xitu_map_widget_get_view         (XituMapWidget        *self,
                                                        double               *zoom,
                                                        double               *centre_x,
                                                        double               *centre_y);
void                  xitu_map_widget_zoom_at          (XituMapWidget        *self,
                                                        double                factor,
                                                        double                x,
                                                        double                y);
void                  xitu_map_widget_reset_view       (XituMapWidget        *self);
guint                 xitu_map_widget_get_selected     (XituMapWidget        *self);
void                  xitu_map_widget_set_selected     (XituMapWidget        *self,
                                                        guint                 numeric);
XituMapHits          *xitu_map_widget_get_hits         (XituMapWidget        *self);
void                  xitu_map_widget_hover_at         (XituMapWidget        *self,
                                                        double                x,
                                                        double                y);
gboolean              xitu_map_widget_activate_at      (XituMapWidget        *self,
                                                        double                x,
                                                        double                y);

G_END_DECLS
