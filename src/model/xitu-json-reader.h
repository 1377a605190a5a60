/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "xitu-types.h"

G_BEGIN_DECLS

/* Reads typed members out of a parsed JSON document while keeping the JSON
 * path of where it is (`figures[41].source`), so that every error can say
 * where the problem is. Errors use the caller's domain and codes. */
typedef struct
{
  const char *file;
  GString    *path;
  GQuark      domain;
  int         code_wrong_type;
  int         code_missing;
  int         code_unknown_member;
  int         code_invalid;
} XituJsonReader;

void         xitu_json_reader_init           (XituJsonReader      *reader,
                                              const char          *file,
                                              GQuark               domain);
void         xitu_json_reader_clear          (XituJsonReader      *reader);
gsize        xitu_json_reader_push_member    (XituJsonReader      *reader,
                                              const char          *member);
gsize        xitu_json_reader_push_index     (XituJsonReader      *reader,
                                              const char          *member,
                                              guint                index);
void         xitu_json_reader_pop            (XituJsonReader      *reader,
                                              gsize                mark);
gboolean     xitu_json_reader_fail           (XituJsonReader      *reader,
                                              GError             **error,
                                              int                  code,
                                              const char          *format,
                                              ...) G_GNUC_PRINTF (4, 5);
gboolean     xitu_json_reader_fail_at        (XituJsonReader      *reader,
                                              GError             **error,
                                              const char          *member,
                                              int                  code,
                                              const char          *format,
                                              ...) G_GNUC_PRINTF (5, 6);

gboolean     xitu_json_reader_check_members  (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char * const  *allowed,
                                              GError             **error);
gboolean     xitu_json_reader_get_string     (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              const char         **out,
                                              GError             **error);
gboolean     xitu_json_reader_get_int        (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              gint64               min,
                                              gint64               max,
                                              gint64              *out,
                                              GError             **error);
gboolean     xitu_json_reader_get_number     (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              double              *out,
                                              GError             **error);
gboolean     xitu_json_reader_get_bool       (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean            *out,
                                              GError             **error);
gboolean     xitu_json_reader_get_array      (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              JsonArray          **out,
                                              GError             **error);
gboolean     xitu_json_reader_get_object     (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              JsonObject         **out,
                                              GError             **error);
gboolean     xitu_json_reader_get_strv       (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              GStrv               *out,
                                              GError             **error);
gboolean     xitu_json_reader_get_text       (XituJsonReader      *reader,
                                              JsonObject          *object,
                                              const char          *member,
                                              gboolean             required,
                                              gboolean             need_zh,
                                              XituText            *out,
                                              GError             **error);
JsonObject  *xitu_json_reader_array_object   (XituJsonReader      *reader,
                                              JsonArray           *array,
                                              guint                index,
                                              GError             **error);
gboolean     xitu_json_reader_check_depth    (const char          *data,
                                              gsize                length,
                                              guint                max_depth);

/* What the file was meant to be, for the messages that say so. */
typedef enum
{
  XITU_JSON_KIND_DATASET,
  XITU_JSON_KIND_SCENARIO,
} XituJsonKind;

/* What a kind of JSON document may be before its members are read, and the
 * caller's error code for each way it can fail. */
typedef struct
{
  GQuark        domain;
  XituJsonKind  kind;
  gsize         max_size;        /* bytes */
  guint         max_depth;
  int           code_empty;
  int           code_too_large;
  int           code_not_utf8;
  int           code_too_deep;
  int           code_not_json;
  int           code_wrong_type;
  int           code_io;
} XituJsonDocument;

/* Checks size and encoding (UTF-8, no BOM, not UTF-16) and depth, parses,
 * and hands out the top-level object. JSON errors name the file in the
 * FILE:LINE:COLUMN form editors jump to. The parser owns the object. */
JsonParser  *xitu_json_document_parse        (const XituJsonDocument *document,
                                              const char             *data,
                                              gsize                   length,
                                              const char             *display_name,
                                              JsonObject            **root,
                                              GError                **error);
/* Reads the file of such a document, refusing one larger than its limit
 * before reading it. Returns the contents (NUL-terminated), or NULL with
 * `error` set; `display_name` names the file in the messages. */
char        *xitu_json_document_load_file    (const XituJsonDocument *document,
                                              GFile                  *file,
                                              const char             *display_name,
                                              gsize                  *length,
                                              GError                **error);

G_END_DECLS
