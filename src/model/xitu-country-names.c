/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-country-names.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#define RESOURCE_DIR "/io/github/xituatlas/Xitu/import/"
#define MAX_TABLE_SIZE (1024 * 1024)

struct _XituCountryNames
{
  GPtrArray  *infos;       /* of XituCountryInfo */
  GHashTable *by_code;     /* code → info */
  GHashTable *by_numeric;  /* numeric → info (countries only) */
  GHashTable *by_name;     /* normalized name → code (owned) */
};

static void
country_info_free (XituCountryInfo *info)
{
  g_free (info->code);
  g_free (info->en);
  g_free (info->zh);
  g_free (info);
}

XituCountryNames *
xitu_country_names_new (void)
{
  XituCountryNames *self = g_new0 (XituCountryNames, 1);

  self->infos = g_ptr_array_new_with_free_func ((GDestroyNotify) country_info_free);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_numeric = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
xitu_country_names_free (XituCountryNames *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_name);
  g_hash_table_unref (self->by_numeric);
  g_hash_table_unref (self->by_code);
  g_ptr_array_unref (self->infos);
  g_free (self);
}

/* "Côte d’Ivoire", "COTE D'IVOIRE " and "Côte d'Ivoire2" (a footnote mark)
 * all become "côte d'ivoire". */
char *
xitu_country_names_normalize (const char *name)
{
  g_autofree char *nfc = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;

  nfc = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  folded = g_utf8_casefold (nfc, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`')
        c = '\'';
      g_string_append_unichar (out, c);
    }

  /* Footnote digits glued to the end of a name. */
  while (out->len > 1 && g_ascii_isdigit (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static void
add_name (XituCountryNames *self,
          const char       *name,
          const char       *code)
{
  char *key = xitu_country_names_normalize (name);

  if (key == NULL || *key == '\0')
    {
      g_free (key);
      return;
    }
  g_hash_table_replace (self->by_name, key, g_strdup (code));
}

static JsonObject *
parse_table (const char  *data,
             gsize        len,
             const char  *display_name,
             const char  *format,
             JsonParser  *parser,
             GError     **error)
{
  JsonNode *root;
  JsonObject *object;

  if (len > MAX_TABLE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: larger than 1 MiB"), display_name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) len, error))
    {
      g_prefix_error (error, "%s: ", display_name);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: expected a JSON object"), display_name);
      return NULL;
    }
  object = json_node_get_object (root);
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL), format) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: a file name, then the format name the
                    * file must give, such as "xitu-country-table". */
                   _("%s: \"format\" must be \"%s\""), display_name, format);
      return NULL;
    }
  return object;
}

static gboolean
parse_kind (const char      *str,
            XituCountryKind *kind)
{
  if (g_strcmp0 (str, "country") == 0)
    *kind = XITU_COUNTRY_KIND_COUNTRY;
  else if (g_strcmp0 (str, "bloc") == 0)
    *kind = XITU_COUNTRY_KIND_BLOC;
  else if (g_strcmp0 (str, "aggregate") == 0)
    *kind = XITU_COUNTRY_KIND_AGGREGATE;
  else
    return FALSE;
  return TRUE;
}

gboolean
xitu_country_names_load_table (XituCountryNames  *self,
                               const char        *data,
                               gsize              len,
                               const char        *display_name,
                               GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *object;
  JsonArray *countries;

  object = parse_table (data, len, display_name, "xitu-country-table", parser, error);
  if (object == NULL)
    return FALSE;

  countries = json_object_get_array_member (object, "countries");
  if (countries == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: \"countries\" must be an array"), display_name);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonNode *node = json_array_get_element (countries, i);
      JsonObject *row = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *code = row ? json_object_get_string_member_with_default (row, "code", NULL) : NULL;
      const char *en = row ? json_object_get_string_member_with_default (row, "en", NULL) : NULL;
      const char *zh = row ? json_object_get_string_member_with_default (row, "zh", NULL) : NULL;
      const char *kind = row ? json_object_get_string_member_with_default (row, "kind", NULL) : NULL;
      gint64 numeric = row ? json_object_get_int_member_with_default (row, "numeric", -1) : -1;
      XituCountryInfo *info;

      info = g_new0 (XituCountryInfo, 1);
      if (code == NULL || en == NULL || zh == NULL || numeric < 0 || numeric > 999 ||
          !g_utf8_validate (en, -1, NULL) || !g_utf8_validate (zh, -1, NULL) ||
          !parse_kind (kind, &info->kind) || g_hash_table_contains (self->by_code, code))
        {
          g_free (info);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: a file name, then the index of an
                        * entry of its "countries" array. */
                       _("%s: countries[%u]: needs a new \"code\", \"numeric\" 0–999, \"kind\", "
                         "\"en\" and \"zh\" in UTF-8"), display_name, i);
          return FALSE;
        }

      info->code = g_strdup (code);
      info->en = g_strdup (en);
      info->zh = g_strdup (zh);
      info->numeric = (guint) numeric;
      g_ptr_array_add (self->infos, info);
      g_hash_table_insert (self->by_code, info->code, info);
      if (info->kind == XITU_COUNTRY_KIND_COUNTRY)
        g_hash_table_insert (self->by_numeric, GUINT_TO_POINTER (info->numeric), info);
      add_name (self, info->en, info->code);
      add_name (self, info->code, info->code);
    }

  return TRUE;
}

gboolean
xitu_country_names_load_names (XituCountryNames  *self,
                               const char        *data,
                               gsize              len,
                               const char        *display_name,
                               GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObjectIter iter;
  JsonObject *object;
  JsonObject *names;
  const char *name;
  JsonNode *node;

  object = parse_table (data, len, display_name, "xitu-country-names", parser, error);
  if (object == NULL)
    return FALSE;

  names = json_object_get_object_member (object, "names");
  if (names == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: \"names\" must be an object"), display_name);
      return FALSE;
    }

  json_object_iter_init (&iter, names);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const char *code = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

      if (code == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: a file name, then a country name as
                        * the file spells it. */
                       _("%s: names.%s: \"(not a string)\" is not a code of the country table"),
                       display_name, name);
          return FALSE;
        }
      if (!g_hash_table_contains (self->by_code, code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: a file name, a country name as the
                        * file spells it, then the code the file gives it. */
                       _("%s: names.%s: \"%s\" is not a code of the country table"),
                       display_name, name, code);
          return FALSE;
        }
      add_name (self, name, code);
    }

  return TRUE;
}

static gboolean
load_resource (XituCountryNames *self,
               const char       *file,
               gboolean          table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_strconcat (RESOURCE_DIR, file, NULL);
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &len);
      if (table ? xitu_country_names_load_table (self, data, len, path, &error)
                : xitu_country_names_load_names (self, data, len, path, &error))
        return TRUE;
    }

  g_critical ("Cannot load the country names: %s", error->message);
  return FALSE;
}

XituCountryNames *
xitu_country_names_get_default (void)
{
  static XituCountryNames *names;

  if (g_once_init_enter (&names))
    {
      XituCountryNames *loaded = xitu_country_names_new ();

      if (load_resource (loaded, "iso-3166-countries.json", TRUE))
        load_resource (loaded, "usgs-country-names.json", FALSE);
      g_once_init_leave (&names, loaded);
    }
  return names;
}

const XituCountryInfo *
xitu_country_names_lookup_code (XituCountryNames *self,
                                const char       *code)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (code == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_code, code);
}

const XituCountryInfo *
xitu_country_names_lookup_numeric (XituCountryNames *self,
                                   guint             numeric)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->by_numeric, GUINT_TO_POINTER (numeric));
}

const char *
xitu_country_names_match (XituCountryNames *self,
                          const char       *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  key = xitu_country_names_normalize (name);
  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_name, key);
}

guint
xitu_country_names_get_n_codes (XituCountryNames *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->infos->len;
}

XituCountry *
xitu_country_info_to_country (const XituCountryInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return xitu_country_new (info->code, info->numeric, info->kind, info->en, info->zh);
}
