/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dataset.h"

G_BEGIN_DECLS

/* A figure as one row of a table: the text of each column in the label
 * language and the order of each column. The Data view shows and sorts
 * exactly this; the CSV export writes the same rows with machine values. */
typedef enum
{
  XITU_FIGURE_COLUMN_COUNTRY,
  XITU_FIGURE_COLUMN_KIND,     /* stage and metric, with the partner */
  XITU_FIGURE_COLUMN_YEAR,
  XITU_FIGURE_COLUMN_VALUE,
  XITU_FIGURE_COLUMN_UNIT,
  XITU_FIGURE_COLUMN_EDITION,
  XITU_FIGURE_COLUMN_SOURCE,   /* the source's publisher */
  XITU_FIGURE_COLUMN_FLAGS,
  XITU_N_FIGURE_COLUMNS
} XituFigureColumn;

char *xitu_figure_format_value      (XituFigure       *figure,
                                     XituLang          lang);
char *xitu_format_thousands         (double            value);

char *xitu_dataset_get_country_name (XituDataset      *self,
                                     const char       *code,
                                     XituLang          lang);
char *xitu_dataset_describe_kind    (XituDataset      *self,
                                     const char       *stage,
                                     const char       *metric,
                                     XituLang          lang);
char *xitu_dataset_figure_cell      (XituDataset      *self,
                                     XituFigure       *figure,
                                     XituFigureColumn  column,
                                     XituLang          lang);
int   xitu_dataset_compare_figures  (XituDataset      *self,
                                     XituFigure       *a,
                                     XituFigure       *b,
                                     XituFigureColumn  column,
                                     XituLang          lang);

G_END_DECLS
