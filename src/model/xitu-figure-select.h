/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* One consistent set of figures to compare countries by: one metric (and
 * stage), one year — the latest up to the year asked — one edition with its
 * revisions, and one measure. Rankings and maps draw from such a set; mixing
 * years, editions or classifications in one comparison would compare numbers
 * that were never meant to be compared.
 *
 * Editions: "MCS 2026 v1.3" revises "MCS 2026" (its name extends the other's
 * with a space). Without an edition the newest edition is taken with its
 * revisions applied; a base edition asked for by name is given as published;
 * a revision asked for by name is given over its base. */
typedef struct
{
  char      *edition;   /* the edition asked for or chosen, NULL if none */
  char      *measure;   /* the measure of the set, may be NULL */
  int        year;      /* 0 when nothing was found */
  GPtrArray *figures;   /* of XituFigure: one per country code, including
                         * aggregates (WLD, OTH); the newest revision */
} XituSelection;

/* `measure` NULL: the measure China's figure uses, else the first found. */
XituSelection *xitu_dataset_select           (XituDataset   *self,
                                              const char    *metric,
                                              const char    *stage,
                                              const char    *measure,
                                              int            year,
                                              const char    *edition);
void           xitu_selection_free           (XituSelection *selection);
XituFigure    *xitu_selection_lookup         (XituSelection *selection,
                                              const char    *country);
gboolean       xitu_edition_revises          (const char    *edition,
                                              const char    *base);

/* The latest figure up to `year` (0: any) for one series — a country, a
 * metric, and where they matter a partner, stage and measure — from the
 * newest edition that has one, or from `edition` when given. Ranges such as
 * 2021–24 count as of their last year. Projections are skipped. Borrowed. */
XituFigure    *xitu_dataset_find_latest      (XituDataset           *self,
                                              const XituFigureQuery *query,
                                              int                    year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituSelection, xitu_selection_free)

G_END_DECLS
