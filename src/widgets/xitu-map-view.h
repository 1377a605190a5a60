/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-dataset.h"
#include "xitu-format.h"
#include "xitu-map-names.h"
#include "xitu-map-widget.h"
#include "xitu-world.h"

G_BEGIN_DECLS

#define XITU_TYPE_MAP_VIEW (xitu_map_view_get_type ())
G_DECLARE_FINAL_TYPE (XituMapView, xitu_map_view, XITU, MAP_VIEW, AdwBin)

/* The Map view: the world coloured by one metric (share of a stage,
 * production, reserves, dependence on China) for a year and edition, with
 * facility pins, the classing to choose, a country search (Ctrl+F) and a
 * button to reset the view. Clicking a country activates win.show-country
 * with its ISO alpha-3 code and emits ::country-activated.
 *
 * Properties: "lang" (XituLang as int, the label language), "metric" (an
 * id such as "separation-share", as stored in the settings) and "classing"
 * ("quantile", "equal-interval", "log", "policy"). */

GtkWidget     *xitu_map_view_new          (void);
/* `detail` (the 50m world, nullable) is drawn when zoomed in and exported;
 * `names` (nullable) names the countries in both languages and feeds the
 * search. */
void           xitu_map_view_set_data     (XituMapView  *self,
                                           XituDataset  *dataset,
                                           XituWorld    *world,
                                           XituWorld    *detail,
                                           XituMapNames *names);
/* The finer world when it arrives later (the window reads it in a thread);
 * until then the map is drawn and exported from the 1:110m one. */
void           xitu_map_view_set_detail_world (XituMapView *self,
                                               XituWorld   *detail);
/* A new dataset (an import), keeping the geometry, names and controls. */
void           xitu_map_view_set_dataset  (XituMapView  *self,
                                           XituDataset  *dataset);
void           xitu_map_view_set_lang     (XituMapView  *self,
                                           XituLang      lang);
void           xitu_map_view_set_numbers  (XituMapView     *self,
                                           XituNumberStyle  numbers);
void           xitu_map_view_set_metric   (XituMapView  *self,
                                           const char   *metric);
const char    *xitu_map_view_get_metric   (XituMapView  *self);
void           xitu_map_view_set_classing (XituMapView  *self,
                                           const char   *classing);
const char    *xitu_map_view_get_classing (XituMapView  *self);
/* The edition to draw a metric from when it has one of that name (the
 * Preferences' default edition); NULL for the newest. */
void           xitu_map_view_set_default_edition (XituMapView *self,
                                                  const char  *edition);
/* 0: the latest year with figures. */
void           xitu_map_view_set_year     (XituMapView  *self,
                                           int           year);
int            xitu_map_view_get_year     (XituMapView  *self);
/* Finds a country by name in either language, selects it and zooms to it;
 * FALSE when nothing matches. */
gboolean       xitu_map_view_find_country (XituMapView  *self,
                                           const char   *query);
/* The text under the map: the selected country and its value. */
const char    *xitu_map_view_get_status   (XituMapView  *self);
XituMapWidget *xitu_map_view_get_map      (XituMapView  *self);

G_END_DECLS
