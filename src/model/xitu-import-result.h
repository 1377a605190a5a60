/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "xitu-country.h"
#include "xitu-csv-reader.h"
#include "xitu-figure.h"
#include "xitu-source.h"
#include "xitu-stage.h"

G_BEGIN_DECLS

#define XITU_IMPORT_ERROR (xitu_import_error_quark ())

typedef enum
{
  XITU_IMPORT_ERROR_EMPTY,           /* nothing but whitespace */
  XITU_IMPORT_ERROR_UNKNOWN_FORMAT,  /* no importer recognises the header */
  XITU_IMPORT_ERROR_HEADER,          /* the header lacks a column the importer needs */
  XITU_IMPORT_ERROR_NO_DATA,         /* a header and rows, but no figure came out */
  XITU_IMPORT_ERROR_TOO_LARGE,
  XITU_IMPORT_ERROR_UNSUPPORTED,     /* recognised, but not importable (yet) */
} XituImportError;

typedef enum
{
  XITU_IMPORT_FORMAT_UNKNOWN,
  XITU_IMPORT_FORMAT_USGS_LONG,   /* MCS data release, one value per row */
  XITU_IMPORT_FORMAT_USGS_WIDE,   /* older per-commodity world tables */
  XITU_IMPORT_FORMAT_COMTRADE,    /* UN Comtrade bulk/API CSV */
  XITU_IMPORT_FORMAT_XITU_JSON,   /* a Xitu dataset (docs/dataset-format.md) */
} XituImportFormat;

/* What the caller may decide instead of the file. */
typedef struct
{
  const char      *edition;    /* NULL: from the file ("MCS 2026") */
  const char      *source_id;  /* NULL: the importer's default */
  XituCsvEncoding  encoding;   /* XITU_CSV_ENCODING_AUTO unless the user says */
} XituImportOptions;

/* A row that did not become a figure, and why. */
typedef struct
{
  guint  line;
  char  *reason;
} XituImportSkip;

/* A country name no table knows. Each name is listed once, at the first
 * line it occurs on, with the number of rows it was on. */
typedef struct
{
  char  *name;
  guint  line;
  guint  count;
} XituImportUnmatched;

/* How many figures one country has of one metric. */
typedef struct
{
  char  *country;
  char  *metric;
  guint  count;
} XituImportCount;

#define XITU_TYPE_IMPORT_RESULT (xitu_import_result_get_type ())
G_DECLARE_FINAL_TYPE (XituImportResult, xitu_import_result, XITU, IMPORT_RESULT, GObject)

GQuark                     xitu_import_error_quark            (void);

const char                *xitu_import_format_to_string       (XituImportFormat  format);
gboolean                   xitu_import_format_from_string     (const char       *str,
                                                               XituImportFormat *format);
/* Recognises a format from the start of a file: a USGS or Comtrade header,
 * or a JSON object whose "format" is "xitu-dataset". */
XituImportFormat           xitu_import_detect_format          (const char       *data,
                                                               gsize             len);

XituImportResult          *xitu_import_result_new             (XituImportFormat  format,
                                                               const char       *display_name);

XituImportFormat           xitu_import_result_get_format      (XituImportResult *self);
const char                *xitu_import_result_get_display_name (XituImportResult *self);
/* The edition of the figures (the first one when a file holds several). */
const char                *xitu_import_result_get_edition     (XituImportResult *self);
void                       xitu_import_result_set_edition     (XituImportResult *self,
                                                               const char       *edition);

/* Of XituFigure, XituSource, XituCountry (every country and partner the
 * figures name, from the country table, and the members of a bloc they
 * name) and XituStage (the stages they use). */
GPtrArray                 *xitu_import_result_get_figures     (XituImportResult *self);
GPtrArray                 *xitu_import_result_get_sources     (XituImportResult *self);
GPtrArray                 *xitu_import_result_get_countries   (XituImportResult *self);
GPtrArray                 *xitu_import_result_get_stages      (XituImportResult *self);

/* Data rows read (not counting the header); rows of other commodities or
 * chapters that the importer passes over without comment. */
guint                      xitu_import_result_get_rows_read   (XituImportResult *self);
guint                      xitu_import_result_get_rows_ignored (XituImportResult *self);
guint                      xitu_import_result_get_n_skipped   (XituImportResult *self);
const XituImportSkip      *xitu_import_result_get_skipped     (XituImportResult *self,
                                                               guint             i);
guint                      xitu_import_result_get_n_unmatched (XituImportResult *self);
const XituImportUnmatched *xitu_import_result_get_unmatched   (XituImportResult *self,
                                                               guint             i);
/* Things the user should know that concern the whole file. */
const char * const        *xitu_import_result_get_warnings    (XituImportResult *self);

/* Figures per country and metric, sorted by country code then metric; a
 * new array of XituImportCount that frees its elements. */
GPtrArray                 *xitu_import_result_summarize       (XituImportResult *self);
/* The summary as text for people: figures per country and metric, skipped
 * rows grouped by reason with their lines, unmatched names, warnings. */
char                      *xitu_import_result_format_summary  (XituImportResult *self);

/* The first figure that matches; NULL members match anything except
 * partner, where NULL means "no partner". year 0 matches any year. */
XituFigure                *xitu_import_result_find_figure     (XituImportResult *self,
                                                               const char       *country,
                                                               const char       *partner,
                                                               const char       *stage,
                                                               const char       *metric,
                                                               const char       *measure,
                                                               int               year);

/* For importers. add_figure takes a reference and adds the figure's
 * countries and stage when they are known; it returns FALSE (and adds
 * nothing) when the country or partner is not in the country table. */
gboolean                   xitu_import_result_add_figure      (XituImportResult *self,
                                                               XituFigure       *figure);
void                       xitu_import_result_add_source      (XituImportResult *self,
                                                               XituSource       *source);
/* Adds a country the country table may not have (a bloc of a Xitu
 * dataset); figures may then name it. */
void                       xitu_import_result_add_country     (XituImportResult *self,
                                                               XituCountry      *country);
void                       xitu_import_result_add_stage       (XituImportResult *self,
                                                               XituStage        *stage);
void                       xitu_import_result_add_skipped     (XituImportResult *self,
                                                               guint             line,
                                                               const char       *format,
                                                               ...) G_GNUC_PRINTF (3, 4);
void                       xitu_import_result_add_unmatched   (XituImportResult *self,
                                                               const char       *name,
                                                               guint             line);
void                       xitu_import_result_add_warning     (XituImportResult *self,
                                                               const char       *format,
                                                               ...) G_GNUC_PRINTF (2, 3);
void                       xitu_import_result_set_rows_read   (XituImportResult *self,
                                                               guint             rows);
void                       xitu_import_result_set_rows_ignored (XituImportResult *self,
                                                               guint             rows);

XituStage                 *xitu_import_make_stage             (const char       *id);

G_END_DECLS
