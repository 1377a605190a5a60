/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "xitu-json-reader.h"

void
xitu_json_reader_init (XituJsonReader *reader,
                       const char     *file,
                       GQuark          domain)
{
  reader->file = file;
  reader->path = g_string_new (NULL);
  reader->domain = domain;
}

void
xitu_json_reader_clear (XituJsonReader *reader)
{
  if (reader->path != NULL)
    g_string_free (reader->path, TRUE);
  reader->path = NULL;
}

gsize
xitu_json_reader_push_member (XituJsonReader *reader,
                              const char     *member)
{
  gsize mark = reader->path->len;

  if (reader->path->len > 0)
    g_string_append_c (reader->path, '.');
  g_string_append (reader->path, member);
  return mark;
}

gsize
xitu_json_reader_push_index (XituJsonReader *reader,
                             const char     *member,
                             guint           index)
{
  gsize mark = reader->path->len;

  if (member != NULL)
    xitu_json_reader_push_member (reader, member);
  g_string_append_printf (reader->path, "[%u]", index);
  return mark;
}

void
xitu_json_reader_pop (XituJsonReader *reader,
                      gsize           mark)
{
  g_string_truncate (reader->path, mark);
}

static gboolean fail_valist (XituJsonReader *reader,
                             GError        **error,
                             int             code,
                             const char     *format,
                             va_list         args) G_GNUC_PRINTF (4, 0);

static gboolean
fail_valist (XituJsonReader *reader,
             GError        **error,
             int             code,
             const char     *format,
             va_list         args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (reader->path->len > 0)
    g_set_error (error, reader->domain, code, "%s: %s: %s", reader->file, reader->path->str, message);
  else
    g_set_error (error, reader->domain, code, "%s: %s", reader->file, message);
  return FALSE;
}

gboolean
xitu_json_reader_fail (XituJsonReader *reader,
                       GError        **error,
                       int             code,
                       const char     *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (reader, error, code, format, args);
  va_end (args);
  return FALSE;
}

gboolean
xitu_json_reader_fail_at (XituJsonReader *reader,
                          GError        **error,
                          const char     *member,
                          int             code,
                          const char     *format,
                          ...)
{
  gsize mark = xitu_json_reader_push_member (reader, member);
  va_list args;

  va_start (args, format);
  fail_valist (reader, error, code, format, args);
  va_end (args);
  xitu_json_reader_pop (reader, mark);
  return FALSE;
}

/* What a value turned out to be, for "expected a string, found %s". */
static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      /* Translators: what a JSON value turned out to be, the %s of
       * "expected a string, found %s". */
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      /* Translators: JSON's null, the %s of "expected a string, found %s";
       * keep the word null. */
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    default:
      return _("a number");
    }
}

/* Looks up a member; a missing required member is an error, a missing
 * optional one leaves *node NULL and succeeds. */
static gboolean
lookup (XituJsonReader *reader,
        JsonObject     *object,
        const char     *member,
        gboolean        required,
        JsonNode      **node,
        GError        **error)
{
  *node = json_object_get_member (object, member);
  if (*node == NULL && required)
    return xitu_json_reader_fail (reader, error, reader->code_missing,
                                  _("missing required member “%s”"), member);
  return TRUE;
}

gboolean
xitu_json_reader_check_members (XituJsonReader     *reader,
                                JsonObject         *object,
                                const char * const *allowed,
                                GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!g_strv_contains (allowed, name))
      return xitu_json_reader_fail_at (reader, error, name, reader->code_unknown_member,
                                       _("unknown member “%s” (a typo?)"), name);
  return TRUE;
}

gboolean
xitu_json_reader_get_string (XituJsonReader  *reader,
                             JsonObject      *object,
                             const char      *member,
                             gboolean         required,
                             const char     **out,
                             GError         **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected a string, found %s"), describe_node (node));
  *out = json_node_get_string (node);
  /* The file is checked to be UTF-8, but json-glib decodes escapes that
   * are not JSON ("\615") into bytes that are not; text like that would
   * be saved and never load again. */
  if (!g_utf8_validate (*out, -1, NULL))
    {
      *out = NULL;
      return xitu_json_reader_fail_at (reader, error, member, reader->code_invalid,
                                       _("is not UTF-8 text once its escapes are read "
                                         "(JSON has no octal escapes such as \\615)"));
    }
  if (required && **out == '\0')
    return xitu_json_reader_fail_at (reader, error, member, reader->code_invalid,
                                     _("must not be empty"));
  return TRUE;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

gboolean
xitu_json_reader_get_number (XituJsonReader  *reader,
                             JsonObject      *object,
                             const char      *member,
                             gboolean         required,
                             double          *out,
                             GError         **error)
{
  JsonNode *node;

  if (!lookup (reader, object, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!node_is_number (node))
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected a number, found %s"), describe_node (node));
  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return xitu_json_reader_fail_at (reader, error, member, reader->code_invalid,
                                     _("expected a finite number"));
  return TRUE;
}

gboolean
xitu_json_reader_get_int (XituJsonReader  *reader,
                          JsonObject      *object,
                          const char      *member,
                          gboolean         required,
                          gint64           min,
                          gint64           max,
                          gint64          *out,
                          GError         **error)
{
  JsonNode *node;

  if (!lookup (reader, object, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected an integer, found %s"), describe_node (node));
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    {
      /* Formatted apart: gettext cannot see through G_GINT64_FORMAT. */
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, *out);
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      return xitu_json_reader_fail_at (reader, error, member, reader->code_invalid,
                                       /* Translators: a whole number, then the
                                        * lowest and highest it may be. */
                                       _("%s is outside %s–%s"), value, low, high);
    }
  return TRUE;
}

gboolean
xitu_json_reader_get_bool (XituJsonReader  *reader,
                           JsonObject      *object,
                           const char      *member,
                           gboolean        *out,
                           GError         **error)
{
  JsonNode *node;

  if (!lookup (reader, object, member, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected true or false, found %s"), describe_node (node));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
xitu_json_reader_get_array (XituJsonReader  *reader,
                            JsonObject      *object,
                            const char      *member,
                            gboolean         required,
                            JsonArray      **out,
                            GError         **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected an array, found %s"), describe_node (node));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
xitu_json_reader_get_object (XituJsonReader  *reader,
                             JsonObject      *object,
                             const char      *member,
                             gboolean         required,
                             JsonObject     **out,
                             GError         **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return xitu_json_reader_fail_at (reader, error, member, reader->code_wrong_type,
                                     _("expected an object, found %s"), describe_node (node));
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
xitu_json_reader_get_strv (XituJsonReader  *reader,
                           JsonObject      *object,
                           const char      *member,
                           GStrv           *out,
                           GError         **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint n;

  *out = NULL;
  if (!xitu_json_reader_get_array (reader, object, member, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          gsize mark = xitu_json_reader_push_index (reader, member, i);

          xitu_json_reader_fail (reader, error, reader->code_wrong_type,
                                 _("expected a string, found %s"), describe_node (node));
          xitu_json_reader_pop (reader, mark);
          return FALSE;
        }
      if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
        {
          gsize mark = xitu_json_reader_push_index (reader, member, i);

          xitu_json_reader_fail (reader, error, reader->code_invalid,
                                 _("is not UTF-8 text once its escapes are read "
                                   "(JSON has no octal escapes such as \\615)"));
          xitu_json_reader_pop (reader, mark);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
xitu_json_reader_get_text (XituJsonReader  *reader,
                           JsonObject      *object,
                           const char      *member,
                           gboolean         required,
                           gboolean         need_zh,
                           XituText        *out,
                           GError         **error)
{
  static const char * const allowed[] = { "en", "zh", NULL };
  JsonObject *text;
  const char *en, *zh;
  gsize mark;
  gboolean ok;

  if (!xitu_json_reader_get_object (reader, object, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  mark = xitu_json_reader_push_member (reader, member);
  ok = xitu_json_reader_check_members (reader, text, allowed, error) &&
       xitu_json_reader_get_string (reader, text, "en", TRUE, &en, error) &&
       xitu_json_reader_get_string (reader, text, "zh", need_zh, &zh, error);
  xitu_json_reader_pop (reader, mark);
  if (ok)
    xitu_text_set (out, en, zh);
  return ok;
}

JsonObject *
xitu_json_reader_array_object (XituJsonReader  *reader,
                               JsonArray       *array,
                               guint            index,
                               GError         **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      xitu_json_reader_fail (reader, error, reader->code_wrong_type,
                             _("expected an object, found %s"), describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* json-glib's parser recurses once per nesting level; a hostile file of a
 * million '[' would exhaust the stack, so depth is checked first. */
gboolean
xitu_json_reader_check_depth (const char *data,
                              gsize       length,
                              guint       max_depth)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static char *
describe_size (gsize bytes)
{
  if (bytes % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", bytes / (1024 * 1024));
  return g_strdup_printf ("%" G_GSIZE_FORMAT " KiB", bytes / 1024);
}

/* One sentence for each kind of document: the words around the kind differ
 * from language to language. */
static void
set_empty_error (const XituJsonDocument  *doc,
                 const char              *name,
                 GError                 **error)
{
  if (doc->kind == XITU_JSON_KIND_SCENARIO)
    g_set_error (error, doc->domain, doc->code_empty,
                 _("%s: the file is empty (expected a JSON scenario)"), name);
  else
    g_set_error (error, doc->domain, doc->code_empty,
                 _("%s: the file is empty (expected a JSON dataset)"), name);
}

static void
set_too_large_error (const XituJsonDocument  *doc,
                     const char              *name,
                     gsize                    length,
                     GError                 **error)
{
  g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
  g_autofree char *limit = describe_size (doc->max_size);

  if (doc->kind == XITU_JSON_KIND_SCENARIO)
    g_set_error (error, doc->domain, doc->code_too_large,
                 /* Translators: a file name, its size in bytes, then the
                  * limit with its unit, such as "1 MiB". */
                 _("%s: the file is %s bytes, more than the %s a scenario may have"),
                 name, size, limit);
  else
    g_set_error (error, doc->domain, doc->code_too_large,
                 /* Translators: a file name, its size in bytes, then the
                  * limit with its unit, such as "32 MiB". */
                 _("%s: the file is %s bytes, more than the %s a dataset may have"),
                 name, size, limit);
}

static gboolean
check_encoding (const XituJsonDocument *doc,
                const char             *data,
                gsize                   length,
                const char             *name,
                GError                **error)
{
  const char *end;

  if (length == 0)
    return set_empty_error (doc, name, error), FALSE;
  if (length > doc->max_size)
    return set_too_large_error (doc, name, length, error), FALSE;
  if (length >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE) &&
      ((guchar) data[1] == 0xFE || (guchar) data[1] == 0xFF))
    return g_set_error (error, doc->domain, doc->code_not_utf8,
                        _("%s: the file is UTF-16; save it as UTF-8"), name), FALSE;
  if (!g_utf8_validate_len (data, length, &end))
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - data));

      return g_set_error (error, doc->domain, doc->code_not_utf8,
                          /* Translators: a file name, then the offset of a
                           * byte in the file. */
                          _("%s: byte %s is not valid UTF-8 (or is a NUL byte); "
                            "save the file as UTF-8"), name, offset), FALSE;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return g_set_error (error, doc->domain, doc->code_not_utf8,
                        _("%s: the file starts with a byte-order mark; save it as UTF-8 without BOM"),
                        name), FALSE;
  return TRUE;
}

JsonParser *
xitu_json_document_parse (const XituJsonDocument *doc,
                          const char             *data,
                          gsize                   length,
                          const char             *name,
                          JsonObject            **root,
                          GError                **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  JsonNode *node;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!check_encoding (doc, data, length, name, error))
    return NULL;
  if (!xitu_json_reader_check_depth (data, length, doc->max_depth))
    return g_set_error (error, doc->domain, doc->code_too_deep,
                        _("%s: JSON nested more than %u levels deep"), name, doc->max_depth), NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: …". */
      const char *message = json_error->message;
      guint line = 0, column = 0;
      int consumed = 0;

      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
        g_set_error (error, doc->domain, doc->code_not_json,
                     /* Translators: a file name, the line and column, then
                      * the JSON parser's own message. */
                     _("%s:%u:%u: not valid JSON: %s"), name, line, column, message + consumed);
      else
        g_set_error (error, doc->domain, doc->code_not_json,
                     /* Translators: a file name, then the JSON parser's own
                      * message. */
                     _("%s: not valid JSON: %s"), name, message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return g_set_error (error, doc->domain, doc->code_wrong_type,
                        _("%s: expected a JSON object at the top level"), name), NULL;
  *root = json_node_get_object (node);
  return g_steal_pointer (&parser);
}

char *
xitu_json_document_load_file (const XituJsonDocument  *doc,
                              GFile                   *file,
                              const char              *display_name,
                              gsize                   *length,
                              GError                 **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  char *contents = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &io_error);
  if (info != NULL && g_file_info_get_size (info) > (goffset) doc->max_size)
    {
      set_too_large_error (doc, display_name, (gsize) g_file_info_get_size (info), error);
      return NULL;
    }
  if (io_error != NULL || !g_file_load_contents (file, NULL, &contents, length, NULL, &io_error))
    {
      g_set_error (error, doc->domain, doc->code_io,
                   /* Translators: a file name, then why it cannot be read. */
                   _("%s: cannot read the file: %s"), display_name, io_error->message);
      return NULL;
    }
  return contents;
}
