/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Limits that keep a hostile or mistaken file from taking the machine down:
 * the whole input, one record (a line, or several when a quoted field spans
 * lines) and the number of fields in a record. */
#define XITU_CSV_MAX_SIZE   ((gsize) 64 * 1024 * 1024)
#define XITU_CSV_MAX_RECORD ((gsize) 1024 * 1024)
#define XITU_CSV_MAX_FIELDS 4096

#define XITU_CSV_ERROR (xitu_csv_error_quark ())

typedef enum
{
  XITU_CSV_ERROR_TOO_LARGE,
  XITU_CSV_ERROR_ENCODING,
  XITU_CSV_ERROR_BINARY,
  XITU_CSV_ERROR_UNTERMINATED_QUOTE,
  XITU_CSV_ERROR_BAD_QUOTE,
  XITU_CSV_ERROR_RECORD_TOO_LONG,
  XITU_CSV_ERROR_TOO_MANY_FIELDS,
} XituCsvError;

typedef enum
{
  XITU_CSV_ENCODING_AUTO,          /* UTF-8 when valid, else Windows-1252 */
  XITU_CSV_ENCODING_UTF8,
  XITU_CSV_ENCODING_WINDOWS_1252,
} XituCsvEncoding;

#define XITU_TYPE_CSV_READER (xitu_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (XituCsvReader, xitu_csv_reader, XITU, CSV_READER, GObject)

GQuark           xitu_csv_error_quark            (void);

/* An RFC 4180 reader over a complete in-memory file. The input is checked
 * (size, NUL bytes, UTF-16) and its encoding settled up front; records are
 * then parsed one at a time, and their fields decoded to UTF-8, into a
 * buffer the reader reuses, so memory stays at about the file size and one
 * record whatever the input. Errors name the file (display_name) and the
 * line. */
XituCsvReader   *xitu_csv_reader_new              (const char      *data,
                                                   gsize            len,
                                                   const char      *display_name,
                                                   XituCsvEncoding  encoding,
                                                   GError         **error);

/* Reads the next record. Returns FALSE at the end of the input (error left
 * unset) or on a syntax error (error set). Blank lines are skipped. */
gboolean         xitu_csv_reader_next             (XituCsvReader   *self,
                                                   GError         **error);

/* Passes over the records that cannot have `key` in field `column`: those
 * in which the field's text does not contain `key` (ASCII, no comma, quote
 * or line break; ASCII case ignored) — without decoding or copying them,
 * which is most of the work for a file of which a reader wants a few lines.
 * Such a record still counts and is checked like any other (a syntax error
 * in it is the same error, on the same line); xitu_csv_reader_next()
 * returns it with its line and number of fields but no fields:
 * xitu_csv_reader_is_passed_over() says so and xitu_csv_reader_get_field()
 * gives NULL. The records kept are read as usual; the caller still compares
 * their field exactly. NULL stops passing over. */
void             xitu_csv_reader_pass_over_unless (XituCsvReader   *self,
                                                   guint            column,
                                                   const char      *key);
gboolean         xitu_csv_reader_is_passed_over   (XituCsvReader   *self);

guint            xitu_csv_reader_get_n_fields     (XituCsvReader   *self);
/* The i-th field of the current record, UTF-8; NULL past the last field.
 * Valid until the next call to xitu_csv_reader_next(). */
const char      *xitu_csv_reader_get_field        (XituCsvReader   *self,
                                                   guint            i);
/* The 1-based line on which the current record starts. */
guint            xitu_csv_reader_get_line         (XituCsvReader   *self);
guint            xitu_csv_reader_get_n_records    (XituCsvReader   *self);
/* The encoding the input was read as (never AUTO). */
XituCsvEncoding  xitu_csv_reader_get_encoding     (XituCsvReader   *self);
const char      *xitu_csv_reader_get_display_name (XituCsvReader   *self);

const char      *xitu_csv_encoding_to_string      (XituCsvEncoding  encoding);
gboolean         xitu_csv_encoding_from_string    (const char      *str,
                                                   XituCsvEncoding *encoding);

/* Windows-1252 to UTF-8. Every byte decodes: the five bytes Windows-1252
 * leaves undefined map to the C1 controls of the same value, as the WHATWG
 * encoding standard does. */
char            *xitu_csv_decode_windows_1252     (const char      *data,
                                                   gsize            len,
                                                   gsize           *out_len);

G_END_DECLS
