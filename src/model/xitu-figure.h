/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_FIGURE (xitu_figure_get_type ())
G_DECLARE_FINAL_TYPE (XituFigure, xitu_figure, XITU, FIGURE, GObject)

/* One number as its source gives it: who, what, when, how much, in what
 * unit, from which source and edition. Country, partner, stage and source are
 * codes and ids; the dataset resolves them. */
XituFigure      *xitu_figure_new            (const char      *country,
                                             const char      *metric,
                                             int              year,
                                             double           value,
                                             const char      *unit,
                                             const char      *source,
                                             const char      *edition);
XituFigure      *xitu_figure_copy           (XituFigure      *self);

const char      *xitu_figure_get_id         (XituFigure      *self);
const char      *xitu_figure_get_country    (XituFigure      *self);
const char      *xitu_figure_get_partner    (XituFigure      *self);
const char      *xitu_figure_get_stage      (XituFigure      *self);
const char      *xitu_figure_get_metric     (XituFigure      *self);
int              xitu_figure_get_year       (XituFigure      *self);
int              xitu_figure_get_year_end   (XituFigure      *self);
double           xitu_figure_get_value      (XituFigure      *self);
const char      *xitu_figure_get_unit       (XituFigure      *self);
const char      *xitu_figure_get_source     (XituFigure      *self);
const char      *xitu_figure_get_edition    (XituFigure      *self);
const char      *xitu_figure_get_measure    (XituFigure      *self);
XituFigureFlags  xitu_figure_get_flags      (XituFigure      *self);
const XituText  *xitu_figure_get_note       (XituFigure      *self);
gboolean         xitu_figure_has_value      (XituFigure      *self);
gboolean         xitu_figure_covers_year    (XituFigure      *self,
                                             int              year);
char            *xitu_figure_format_years   (XituFigure      *self);

void             xitu_figure_set_id         (XituFigure      *self,
                                             const char      *id);
void             xitu_figure_set_partner    (XituFigure      *self,
                                             const char      *partner);
void             xitu_figure_set_stage      (XituFigure      *self,
                                             const char      *stage);
void             xitu_figure_set_year_end   (XituFigure      *self,
                                             int              year_end);
void             xitu_figure_set_measure    (XituFigure      *self,
                                             const char      *measure);
void             xitu_figure_set_flags      (XituFigure      *self,
                                             XituFigureFlags  flags);
void             xitu_figure_set_note       (XituFigure      *self,
                                             const char      *en,
                                             const char      *zh);

G_END_DECLS
