/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-csv-reader.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _XituCsvReader
{
  GObject          parent_instance;
  char            *display_name;
  char            *buf;        /* the whole input as it came (no BOM), NUL-terminated */
  gsize            len;
  gsize            pos;
  guint            line;       /* physical line at pos, 1-based */
  guint            record_line;
  guint            n_records;
  GString         *record;     /* fields of the current record, UTF-8, NUL-separated */
  GArray          *offsets;    /* of gsize: where each field starts in record */
  XituCsvEncoding  encoding;   /* of buf; Windows-1252 is decoded field by field */
  /* xitu_csv_reader_pass_over_unless() */
  char            *key;
  gsize            key_len;
  guint            key_column;
  gboolean         passed_over;
  guint            passed_over_n_fields;
};

G_DEFINE_FINAL_TYPE (XituCsvReader, xitu_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (xitu-csv-error-quark, xitu_csv_error)

/* Bytes 0x80–0x9F of Windows-1252; 0xA0–0xFF equal their Unicode code
 * points. The five undefined bytes stay C1 controls. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static void
xitu_csv_reader_finalize (GObject *object)
{
  XituCsvReader *self = XITU_CSV_READER (object);

  g_free (self->display_name);
  g_free (self->buf);
  g_free (self->key);
  g_string_free (self->record, TRUE);
  g_array_unref (self->offsets);

  G_OBJECT_CLASS (xitu_csv_reader_parent_class)->finalize (object);
}

static void
xitu_csv_reader_class_init (XituCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_csv_reader_finalize;
}

static void
xitu_csv_reader_init (XituCsvReader *self)
{
  self->record = g_string_sized_new (256);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->line = 1;
}

static void
append_windows_1252 (GString    *out,
                     const char *data,
                     gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];
      gsize run = 0;

      /* Copy ASCII runs whole: almost all of a statistics file is ASCII. */
      while (i + run < len && (guchar) data[i + run] < 0x80)
        run++;
      if (run > 0)
        {
          g_string_append_len (out, data + i, run);
          i += run - 1;
          continue;
        }

      if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
}

/* How long append_windows_1252() makes the text, before it is appended. */
static gsize
windows_1252_decoded_len (const char *data,
                          gsize       len)
{
  gsize n = len;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];

      if (c >= 0x80)
        n += (c < 0xA0 ? g_unichar_to_utf8 (cp1252_high[c - 0x80], NULL) : 2) - 1;
    }
  return n;
}

char *
xitu_csv_decode_windows_1252 (const char *data,
                              gsize       len,
                              gsize      *out_len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);

  append_windows_1252 (out, data, len);
  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

static guint
count_lines (const char *data,
             gsize       upto)
{
  guint line = 1;

  for (const char *p = data; (p = memchr (p, '\n', upto - (gsize) (p - data))) != NULL; p++)
    line++;
  return line;
}

/* A file saved as "Unicode" by Excel is UTF-16; without a byte-order mark it
 * still shows as every other byte being zero in ASCII text. */
static gboolean
looks_like_utf16 (const guchar *data,
                  gsize         len)
{
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    return TRUE;
  return len >= 4 && ((data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0) ||
                      (data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0));
}

static gboolean
check_input (const char  *data,
             gsize        len,
             const char  *display_name,
             GError     **error)
{
  const char *nul;

  if (len > XITU_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, len);

      g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is %s bytes, more than the %u MiB an import may have"),
                   display_name, size, (guint) (XITU_CSV_MAX_SIZE / (1024 * 1024)));
      return FALSE;
    }

  if (looks_like_utf16 ((const guchar *) data, len))
    {
      g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_ENCODING,
                   _("%s: the file is UTF-16 text; save it as CSV in UTF-8 "
                     "(or Windows-1252) and import it again"),
                   display_name);
      return FALSE;
    }

  nul = memchr (data, '\0', len);
  if (nul != NULL)
    {
      g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_BINARY,
                   _("%s:%u: NUL byte; this is a binary file, not CSV text"),
                   display_name, count_lines (data, (gsize) (nul - data)));
      return FALSE;
    }

  return TRUE;
}

static gboolean
decode_input (XituCsvReader    *self,
              const char       *data,
              gsize             len,
              XituCsvEncoding   encoding,
              GError          **error)
{
  gboolean has_bom = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0;
  const char *end = NULL;

  if (has_bom)
    {
      data += 3;
      len -= 3;
      if (encoding == XITU_CSV_ENCODING_AUTO)
        encoding = XITU_CSV_ENCODING_UTF8;
    }

  if (encoding != XITU_CSV_ENCODING_WINDOWS_1252 && g_utf8_validate (data, len, &end))
    {
      self->buf = g_strndup (data, len);
      self->len = len;
      self->encoding = XITU_CSV_ENCODING_UTF8;
      return TRUE;
    }

  if (encoding == XITU_CSV_ENCODING_UTF8)
    {
      g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_ENCODING,
                   has_bom ? _("%s:%u: invalid UTF-8 after a UTF-8 byte-order mark; if the file "
                               "was saved by Excel on Windows, import it as Windows-1252")
                           : _("%s:%u: invalid UTF-8; if the file was saved by Excel on Windows, "
                               "import it as Windows-1252"),
                   self->display_name, count_lines (data, (gsize) (end - data)));
      return FALSE;
    }

  /* Decoded field by field as records are read: the commas, quotes and
   * line breaks are the same bytes in both encodings, and the records a
   * reader passes over are then never decoded. */
  self->buf = g_strndup (data, len);
  self->len = len;
  self->encoding = XITU_CSV_ENCODING_WINDOWS_1252;
  return TRUE;
}

XituCsvReader *
xitu_csv_reader_new (const char       *data,
                     gsize             len,
                     const char       *display_name,
                     XituCsvEncoding   encoding,
                     GError          **error)
{
  g_autoptr(XituCsvReader) self = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = "(data)";
  if (data == NULL)
    data = "";

  if (!check_input (data, len, display_name, error))
    return NULL;

  self = g_object_new (XITU_TYPE_CSV_READER, NULL);
  self->display_name = g_strdup (display_name);
  if (!decode_input (self, data, len, encoding, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Checked before appending, so a missing quote in a 64 MiB file never
 * copies the rest of the file into one field. */
static gboolean
record_too_long (XituCsvReader  *self,
                 gsize           adding,
                 guint           quote_line,
                 GError        **error)
{
  if (self->record->len + adding <= XITU_CSV_MAX_RECORD)
    return FALSE;

  if (quote_line != 0)
    g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_RECORD_TOO_LONG,
                 _("%s:%u: quoted field longer than 1 MiB; is its closing quote missing?"),
                 self->display_name, quote_line);
  else
    g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_RECORD_TOO_LONG,
                 _("%s:%u: line longer than 1 MiB"), self->display_name, self->line);
  return TRUE;
}

/* Appends the n bytes at pos to the record, decoded to UTF-8; checks the
 * record's length first. */
static gboolean
append_text (XituCsvReader  *self,
             gsize           n,
             guint           quote_line,
             GError        **error)
{
  const char *text = self->buf + self->pos;

  if (self->encoding == XITU_CSV_ENCODING_WINDOWS_1252)
    {
      if (record_too_long (self, windows_1252_decoded_len (text, n), quote_line, error))
        return FALSE;
      append_windows_1252 (self->record, text, n);
    }
  else
    {
      if (record_too_long (self, n, quote_line, error))
        return FALSE;
      g_string_append_len (self->record, text, n);
    }
  self->pos += n;
  return TRUE;
}

/* Consumes one line ending at pos, if there is one. */
static gboolean
eat_newline (XituCsvReader *self)
{
  if (self->buf[self->pos] == '\r')
    {
      self->pos++;
      if (self->buf[self->pos] == '\n')
        self->pos++;
      self->line++;
      return TRUE;
    }
  if (self->buf[self->pos] == '\n')
    {
      self->pos++;
      self->line++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_quoted (XituCsvReader  *self,
             GError        **error)
{
  guint quote_line = self->line;

  self->pos++;  /* the opening quote */
  for (;;)
    {
      gsize span = strcspn (self->buf + self->pos, "\"\r\n");

      if (!append_text (self, span, quote_line, error))
        return FALSE;

      if (self->pos >= self->len)
        {
          g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_UNTERMINATED_QUOTE,
                       _("%s:%u: unterminated quoted field"), self->display_name, quote_line);
          return FALSE;
        }

      if (self->buf[self->pos] == '"')
        {
          if (self->buf[self->pos + 1] != '"')
            break;
          g_string_append_c (self->record, '"');
          self->pos += 2;
        }
      else
        {
          /* Line breaks inside a field become \n whatever the file uses. */
          eat_newline (self);
          g_string_append_c (self->record, '\n');
        }
    }

  self->pos++;  /* the closing quote */
  switch (self->buf[self->pos])
    {
    case ',':
    case '\r':
    case '\n':
    case '\0':
      return TRUE;
    default:
      /* A field that ran over lines into text is far more often a quote
       * missing where it opened than a stray one where it closed. */
      if (quote_line != self->line)
        g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_UNTERMINATED_QUOTE,
                     _("%s:%u: unterminated quoted field: the quote opened here closes on "
                       "line %u, where text follows it"), self->display_name, quote_line,
                     self->line);
      else
        g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_BAD_QUOTE,
                     _("%s:%u: text after the closing quote of a field; "
                       "inside a quoted field, write a quote as two quotes"),
                     self->display_name, self->line);
      return FALSE;
    }
}

static gboolean
read_unquoted (XituCsvReader  *self,
               GError        **error)
{
  return append_text (self, strcspn (self->buf + self->pos, ",\r\n"), 0, error);
}

/* Whether text (ASCII) occurs in the n bytes at p, ASCII case ignored. */
static gboolean
contains_ascii_caseless (const char *p,
                         gsize       n,
                         const char *text,
                         gsize       text_len)
{
  for (gsize i = 0; i + text_len <= n; i++)
    if (g_ascii_tolower (p[i]) == g_ascii_tolower (text[0]) &&
        g_ascii_strncasecmp (p + i, text, text_len) == 0)
      return TRUE;
  return FALSE;
}

/* Looks at the record at pos without copying or decoding it: where it ends
 * (end, end_line), how many fields it has and whether its key field can be
 * the key. FALSE when the record is anything but plain — a quote out of
 * place or never closed, too many fields, or long enough that decoding
 * might take it over the limit — and then xitu_csv_reader_next() reads it
 * the full way, which says what is wrong exactly as without a key. */
static gboolean
skim_record (XituCsvReader *self,
             gsize         *end,
             guint         *end_line,
             guint         *n_fields,
             gboolean      *may_match)
{
  const char *buf = self->buf;
  gsize pos = self->pos;
  guint line = self->line;
  guint n = 0;

  *may_match = FALSE;
  for (;;)
    {
      gsize start, stop;

      if (n >= XITU_CSV_MAX_FIELDS)
        return FALSE;
      if (buf[pos] == '"')
        {
          start = ++pos;
          for (;;)
            {
              pos += strcspn (buf + pos, "\"\r\n");
              if (pos >= self->len)
                return FALSE;
              if (buf[pos] == '"')
                {
                  if (buf[pos + 1] != '"')
                    break;
                  pos += 2;
                }
              else
                {
                  pos += buf[pos] == '\r' && buf[pos + 1] == '\n' ? 2 : 1;
                  line++;
                }
            }
          stop = pos++;
          if (buf[pos] != ',' && buf[pos] != '\r' && buf[pos] != '\n' && buf[pos] != '\0')
            return FALSE;
        }
      else
        {
          start = pos;
          pos += strcspn (buf + pos, ",\r\n");
          stop = pos;
        }

      /* Decoded, a byte takes at most three; with the NUL after each field
       * the record stays within the limit below a quarter of it. */
      if (pos - self->pos > XITU_CSV_MAX_RECORD / 4)
        return FALSE;
      if (n == self->key_column)
        *may_match = contains_ascii_caseless (buf + start, stop - start, self->key, self->key_len);
      n++;
      if (buf[pos] != ',')
        break;
      pos++;
    }

  if (buf[pos] == '\r' || buf[pos] == '\n')
    {
      pos += buf[pos] == '\r' && buf[pos + 1] == '\n' ? 2 : 1;
      line++;
    }
  *end = pos;
  *end_line = line;
  *n_fields = n;
  return TRUE;
}

gboolean
xitu_csv_reader_next (XituCsvReader  *self,
                      GError        **error)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), FALSE);

  g_string_truncate (self->record, 0);
  g_array_set_size (self->offsets, 0);
  self->passed_over = FALSE;

  while (self->pos < self->len && eat_newline (self))
    ;
  if (self->pos >= self->len)
    return FALSE;

  self->record_line = self->line;
  if (self->key != NULL)
    {
      gsize end;
      guint end_line, n_fields;
      gboolean may_match;

      if (skim_record (self, &end, &end_line, &n_fields, &may_match) && !may_match)
        {
          self->pos = end;
          self->line = end_line;
          self->passed_over = TRUE;
          self->passed_over_n_fields = n_fields;
          self->n_records++;
          return TRUE;
        }
    }

  for (;;)
    {
      gsize start = self->record->len;
      gboolean ok;

      if (self->offsets->len >= XITU_CSV_MAX_FIELDS)
        {
          g_set_error (error, XITU_CSV_ERROR, XITU_CSV_ERROR_TOO_MANY_FIELDS,
                       _("%s:%u: more than %d fields in one record"),
                       self->display_name, self->record_line, XITU_CSV_MAX_FIELDS);
          return FALSE;
        }

      g_array_append_val (self->offsets, start);
      if (self->buf[self->pos] == '"')
        ok = read_quoted (self, error);
      else
        ok = read_unquoted (self, error);
      if (!ok)
        return FALSE;
      g_string_append_c (self->record, '\0');

      if (self->buf[self->pos] != ',')
        break;
      self->pos++;
    }

  eat_newline (self);
  self->n_records++;
  return TRUE;
}

guint
xitu_csv_reader_get_n_fields (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), 0);
  return self->passed_over ? self->passed_over_n_fields : self->offsets->len;
}

void
xitu_csv_reader_pass_over_unless (XituCsvReader *self,
                                  guint          column,
                                  const char    *key)
{
  g_return_if_fail (XITU_IS_CSV_READER (self));
  g_return_if_fail (key == NULL || (*key != '\0' && strcspn (key, "\",\r\n") == strlen (key)));
  for (const char *p = key; p != NULL && *p != '\0'; p++)
    g_return_if_fail ((guchar) *p < 0x80);

  g_clear_pointer (&self->key, g_free);
  self->key_len = 0;
  if (key == NULL)
    return;
  self->key = g_strdup (key);
  self->key_len = strlen (key);
  self->key_column = column;
}

gboolean
xitu_csv_reader_is_passed_over (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), FALSE);
  return self->passed_over;
}

const char *
xitu_csv_reader_get_field (XituCsvReader *self,
                           guint          i)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), NULL);

  if (i >= self->offsets->len)
    return NULL;
  return self->record->str + g_array_index (self->offsets, gsize, i);
}

guint
xitu_csv_reader_get_line (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), 0);
  return self->record_line;
}

guint
xitu_csv_reader_get_n_records (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), 0);
  return self->n_records;
}

XituCsvEncoding
xitu_csv_reader_get_encoding (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), XITU_CSV_ENCODING_AUTO);
  return self->encoding;
}

const char *
xitu_csv_reader_get_display_name (XituCsvReader *self)
{
  g_return_val_if_fail (XITU_IS_CSV_READER (self), NULL);
  return self->display_name;
}

static const char * const encoding_names[] = { "auto", "utf-8", "windows-1252" };

const char *
xitu_csv_encoding_to_string (XituCsvEncoding encoding)
{
  g_return_val_if_fail (encoding <= XITU_CSV_ENCODING_WINDOWS_1252, NULL);
  return encoding_names[encoding];
}

gboolean
xitu_csv_encoding_from_string (const char      *str,
                               XituCsvEncoding *encoding)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (g_ascii_strcasecmp (str, encoding_names[i]) == 0)
      {
        *encoding = i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (str, "utf8") == 0)
    {
      *encoding = XITU_CSV_ENCODING_UTF8;
      return TRUE;
    }
  if (g_ascii_strcasecmp (str, "cp1252") == 0)
    {
      *encoding = XITU_CSV_ENCODING_WINDOWS_1252;
      return TRUE;
    }
  return FALSE;
}
