/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-claim.h"
#include "xitu-country.h"
#include "xitu-event.h"
#include "xitu-facility.h"
#include "xitu-figure.h"
#include "xitu-shares.h"
#include "xitu-source.h"
#include "xitu-stage.h"

G_BEGIN_DECLS

#define XITU_TYPE_DATASET (xitu_dataset_get_type ())
G_DECLARE_FINAL_TYPE (XituDataset, xitu_dataset, XITU, DATASET, GObject)

/* What to look for. NULL members match anything, except `edition` where NULL
 * means "the newest edition that has the figure" and `partner` where NULL
 * means "no partner". year 0 matches any year. */
typedef struct
{
  const char *country;
  const char *partner;
  const char *stage;
  const char *metric;
  const char *measure;
  const char *edition;
  int         year;
  gboolean    any_partner;
} XituFigureQuery;

XituDataset  *xitu_dataset_new                    (void);

GListModel   *xitu_dataset_get_countries          (XituDataset           *self);
GListModel   *xitu_dataset_get_stages             (XituDataset           *self);
GListModel   *xitu_dataset_get_sources            (XituDataset           *self);
GListModel   *xitu_dataset_get_figures            (XituDataset           *self);
/* The figures in the order of get_figures(), as a borrowed array: for
 * queries that scan them all, without a reference taken per figure. */
XituFigure * const *xitu_dataset_peek_figures     (XituDataset           *self,
                                                   guint                 *n_figures);
GListModel   *xitu_dataset_get_claims             (XituDataset           *self);
GListModel   *xitu_dataset_get_events             (XituDataset           *self);
GListModel   *xitu_dataset_get_facilities         (XituDataset           *self);

XituCountry  *xitu_dataset_lookup_country         (XituDataset           *self,
                                                   const char            *code);
XituCountry  *xitu_dataset_lookup_country_numeric (XituDataset           *self,
                                                   guint                  numeric);
XituStage    *xitu_dataset_lookup_stage           (XituDataset           *self,
                                                   const char            *id);
XituSource   *xitu_dataset_lookup_source          (XituDataset           *self,
                                                   const char            *id);
XituFigure   *xitu_dataset_lookup_figure          (XituDataset           *self,
                                                   const char            *id);
XituClaim    *xitu_dataset_lookup_claim           (XituDataset           *self,
                                                   const char            *id);

/* Adding takes a reference. The loader validates before it adds; these only
 * refuse what would break the dataset's own indexes (duplicate ids). */
gboolean      xitu_dataset_add_country            (XituDataset           *self,
                                                   XituCountry           *country);
gboolean      xitu_dataset_add_stage              (XituDataset           *self,
                                                   XituStage             *stage);
gboolean      xitu_dataset_add_source             (XituDataset           *self,
                                                   XituSource            *source);
gboolean      xitu_dataset_add_figure             (XituDataset           *self,
                                                   XituFigure            *figure);
gboolean      xitu_dataset_add_claim              (XituDataset           *self,
                                                   XituClaim             *claim);
void          xitu_dataset_add_event              (XituDataset           *self,
                                                   XituEvent             *event);
void          xitu_dataset_add_facility           (XituDataset           *self,
                                                   XituFacility          *facility);

void          xitu_dataset_merge                  (XituDataset           *self,
                                                   XituDataset           *other);

/* Queries */
int           xitu_dataset_compare_editions       (XituDataset           *self,
                                                   XituFigure            *a,
                                                   XituFigure            *b);
XituFigure   *xitu_dataset_find_figure            (XituDataset           *self,
                                                   const XituFigureQuery *query);
GPtrArray    *xitu_dataset_find_figures           (XituDataset           *self,
                                                   const XituFigureQuery *query);
GPtrArray    *xitu_dataset_get_editions_of        (XituDataset           *self,
                                                   XituFigure            *figure);
GPtrArray    *xitu_dataset_get_figures_for_source (XituDataset           *self,
                                                   const char            *source_id);
GPtrArray    *xitu_dataset_get_figures_for_country (XituDataset          *self,
                                                   const char            *code);
char        **xitu_dataset_list_editions          (XituDataset           *self,
                                                   const char            *metric,
                                                   const char            *stage);
int           xitu_dataset_get_latest_year        (XituDataset           *self,
                                                   const char            *metric,
                                                   const char            *stage);
XituShares   *xitu_dataset_get_stage_shares       (XituDataset           *self,
                                                   const char            *stage,
                                                   int                    year,
                                                   const char            *edition);

G_END_DECLS
