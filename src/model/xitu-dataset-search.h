/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* Finding figures and claims the way the Data, Claims and country views
 * offer it. All matching is here so that the views only ask. */

/* Every word of `text` (case-insensitive, in either language) appears in
 * the figure's country or partner names, stage, metric, measure, years,
 * value, edition, or its source's id, publisher or titles. An empty or NULL
 * text matches everything. */
gboolean    xitu_dataset_figure_matches_text        (XituDataset *self,
                                                     XituFigure  *figure,
                                                     const char  *text);

/* A figure's kind is its stage and metric: "mining/production", or the
 * metric alone ("price"). The kinds present, in chain order. */
char       *xitu_figure_dup_kind                    (XituFigure  *figure);
gboolean    xitu_figure_has_kind                    (XituFigure  *figure,
                                                     const char  *kind);
char      **xitu_dataset_list_figure_kinds          (XituDataset *self);
char       *xitu_dataset_describe_figure_kind       (XituDataset *self,
                                                     const char  *kind,
                                                     XituLang     lang);

/* verdict < 0 matches any verdict; language NULL any source language. */
gboolean    xitu_dataset_claim_matches              (XituDataset *self,
                                                     XituClaim   *claim,
                                                     int          verdict,
                                                     const char  *language);
/* The claim as its article words it (in the source's language) and its
 * translation; the translation is NULL where there is none. */
void        xitu_dataset_get_claim_wording          (XituDataset  *self,
                                                     XituClaim    *claim,
                                                     const char  **original,
                                                     const char  **translation);
/* The source's title translated out of its original language (into
 * Chinese for an English source, English for a Chinese one), or NULL. */
const char *xitu_source_get_translated_title        (XituSource   *source);
GPtrArray  *xitu_dataset_get_claim_figures          (XituDataset *self,
                                                     XituClaim   *claim);
GPtrArray  *xitu_dataset_get_claims_for_country     (XituDataset *self,
                                                     const char  *code);
GPtrArray  *xitu_dataset_get_facilities_for_country (XituDataset *self,
                                                     const char  *code);

/* A country's figures grouped by what they measure (stage, metric, partner,
 * measure and period), every edition of it side by side, newest first: an
 * array of arrays of XituFigure. Groups run in chain order, newest year
 * first within a kind. */
GPtrArray  *xitu_dataset_get_country_figure_groups  (XituDataset *self,
                                                     const char  *code);

G_END_DECLS
