/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "xitu-dataset.h"
#include "xitu-format.h"

G_BEGIN_DECLS

/* Interface words and small label widgets that several views share. */

/* A verdict as a coloured badge that also says it in words and with an
 * icon, so that it reads without colour: supported green; partly
 * supported, different metric and outdated amber; contradicted and unit
 * error red; unverified grey. */
const char *xitu_verdict_get_label       (XituVerdict verdict);
const char *xitu_verdict_get_style_class (XituVerdict verdict);
GtkWidget  *xitu_verdict_badge_new       (XituVerdict verdict);

/* Interface words for the dataset's source and facility vocabulary. */
const char *xitu_source_kind_get_label      (const char  *kind);
const char *xitu_source_tag_get_label       (const char  *tag);
const char *xitu_facility_status_get_label  (const char  *status);

/* "270,000 t", "27万吨", "> 95 %", "NA". */
char       *xitu_describe_value             (XituFigure      *figure,
                                             XituLang         lang,
                                             XituNumberStyle  numbers);
/* One figure in a sentence with its edition and source, for the claims it
 * is held against: "China · Separation & refining · share · 2024: 91 %
 * (IEA commentary 2025-10-23, International Energy Agency (IEA))". */
char       *xitu_describe_figure            (XituDataset *dataset,
                                             XituFigure  *figure,
                                             XituLang     lang);
/* A wrapping, left-aligned label with an optional style class. */
GtkWidget  *xitu_text_label_new             (const char  *text,
                                             const char  *style_class);

G_END_DECLS
