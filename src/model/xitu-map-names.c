/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The names of the world map's features in English and Chinese, and search
 * over them: the map's search entry finds "中国", "china", "Cote d'Ivoire"
 * or "USA" alike. */
#include "config.h"

#include "xitu-map-names.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#define MAX_FILE_SIZE (4 * 1024 * 1024)

struct _XituMapNames
{
  GObject     parent_instance;

  GPtrArray  *names;        /* of XituMapName, file order */
  GPtrArray  *keys_en;      /* folded English names, parallel to names */
  GPtrArray  *keys_zh;      /* folded Chinese names */
  GHashTable *by_numeric;   /* numeric → XituMapName */
  GHashTable *by_alpha3;
  GHashTable *by_map_name;
};

G_DEFINE_FINAL_TYPE (XituMapNames, xitu_map_names, G_TYPE_OBJECT)

G_DEFINE_QUARK (xitu-map-names-error-quark, xitu_map_names_error)

static void
map_name_free (XituMapName *name)
{
  g_free (name->alpha3);
  g_free (name->map_name);
  g_free (name->en);
  g_free (name->zh);
  g_free (name);
}

static void
xitu_map_names_finalize (GObject *object)
{
  XituMapNames *self = XITU_MAP_NAMES (object);

  g_hash_table_unref (self->by_numeric);
  g_hash_table_unref (self->by_alpha3);
  g_hash_table_unref (self->by_map_name);
  g_ptr_array_unref (self->keys_en);
  g_ptr_array_unref (self->keys_zh);
  g_ptr_array_unref (self->names);
  G_OBJECT_CLASS (xitu_map_names_parent_class)->finalize (object);
}

static void
xitu_map_names_class_init (XituMapNamesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_map_names_finalize;
}

static void
xitu_map_names_init (XituMapNames *self)
{
  self->names = g_ptr_array_new_with_free_func ((GDestroyNotify) map_name_free);
  self->keys_en = g_ptr_array_new_with_free_func (g_free);
  self->keys_zh = g_ptr_array_new_with_free_func (g_free);
  self->by_numeric = g_hash_table_new (NULL, NULL);
  self->by_alpha3 = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_map_name = g_hash_table_new (g_str_hash, g_str_equal);
}

/* ---- folding ------------------------------------------------------------ */

char *
xitu_map_names_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Accents: "Côte" is found by "cote". */
      if (g_unichar_ismark (c))
        continue;
      /* Apostrophes and dots: "Cote d'Ivoire", "Côte d’Ivoire", "Dem. Rep." */
      if (c == '\'' || c == 0x2019 || c == 0x2018 || c == '.')
        continue;
      if (g_unichar_isspace (c) || c == '-' || c == ',' || c == '(' || c == ')')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* ---- loading ------------------------------------------------------------ */

static gboolean
fail (GError           **error,
      XituMapNamesError  code,
      const char        *file,
      const char        *path,
      const char        *what)
{
  g_set_error (error, XITU_MAP_NAMES_ERROR, code, "%s: %s: %s", file, path, what);
  return FALSE;
}

static gboolean
get_string (JsonObject  *object,
            const char  *member,
            const char **out,
            const char  *file,
            const char  *path,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *where = g_strdup_printf ("%s.%s", path, member);

  if (node == NULL)
    return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, where, _("missing; expected a string"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, where, _("expected a non-empty string"));
  /* json-glib reads escapes JSON does not have ("\615") as bytes. */
  if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
    return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, where, _("expected text in UTF-8"));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
add_name (XituMapNames *self,
          JsonNode     *node,
          gboolean      numbered,
          const char   *file,
          const char   *path,
          GError      **error)
{
  JsonObject *object;
  const char *map_name, *en, *zh, *alpha3 = NULL;
  gint64 numeric = 0;
  XituMapName *name;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, path, _("expected an object"));
  object = json_node_get_object (node);
  if (!get_string (object, "map_name", &map_name, file, path, error) ||
      !get_string (object, "en", &en, file, path, error) ||
      !get_string (object, "zh", &zh, file, path, error))
    return FALSE;

  if (numbered)
    {
      JsonNode *num = json_object_get_member (object, "numeric");
      g_autofree char *where = g_strdup_printf ("%s.numeric", path);

      if (num == NULL || !JSON_NODE_HOLDS_VALUE (num) || json_node_get_value_type (num) != G_TYPE_INT64 ||
          json_node_get_int (num) < 1 || json_node_get_int (num) > 999)
        return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, where,
                     _("expected an ISO 3166-1 numeric code from 1 to 999"));
      numeric = json_node_get_int (num);
      if (!get_string (object, "alpha3", &alpha3, file, path, error))
        return FALSE;
    }
  if (g_hash_table_contains (self->by_map_name, map_name))
    {
      g_autofree char *where = g_strdup_printf ("%s.map_name", path);
      return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, where, _("the name appears twice"));
    }

  name = g_new0 (XituMapName, 1);
  name->numeric = (guint) numeric;
  name->alpha3 = g_strdup (alpha3);
  name->map_name = g_strdup (map_name);
  name->en = g_strdup (en);
  name->zh = g_strdup (zh);
  g_ptr_array_add (self->names, name);
  g_ptr_array_add (self->keys_en, xitu_map_names_fold (en));
  g_ptr_array_add (self->keys_zh, xitu_map_names_fold (zh));
  /* A code may name two features (Australia and the Ashmore and Cartier
   * Islands are both 036 in Natural Earth): the first is the country. */
  if (name->numeric != 0 && !g_hash_table_contains (self->by_numeric, GUINT_TO_POINTER (name->numeric)))
    g_hash_table_insert (self->by_numeric, GUINT_TO_POINTER (name->numeric), name);
  if (name->alpha3 != NULL && !g_hash_table_contains (self->by_alpha3, name->alpha3))
    g_hash_table_insert (self->by_alpha3, name->alpha3, name);
  g_hash_table_insert (self->by_map_name, name->map_name, name);
  return TRUE;
}

static gboolean
add_list (XituMapNames *self,
          JsonObject   *root,
          const char   *member,
          gboolean      numbered,
          gboolean      required,
          const char   *file,
          GError      **error)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *array;

  if (node == NULL)
    return required ? fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, member, _("missing; expected an array"))
                    : TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, XITU_MAP_NAMES_ERROR_STRUCTURE, file, member, _("expected an array"));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);

      if (!add_name (self, json_array_get_element (array, i), numbered, file, path, error))
        return FALSE;
    }
  return TRUE;
}

XituMapNames *
xitu_map_names_new_from_bytes (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  g_autoptr (XituMapNames) self = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local = NULL;
  JsonNode *root;
  JsonNode *format;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    /* Translators: stands for the file name when there is none. */
    display_name = _("country names");
  data = g_bytes_get_data (bytes, &len);
  if (len > MAX_FILE_SIZE)
    {
      fail (error, XITU_MAP_NAMES_ERROR_SYNTAX, display_name, "$", _("the file is larger than 4 MiB"));
      return NULL;
    }
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, &local))
    {
      fail (error, XITU_MAP_NAMES_ERROR_SYNTAX, display_name, "$", local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, XITU_MAP_NAMES_ERROR_FORMAT, display_name, "$", _("expected an object"));
      return NULL;
    }
  format = json_object_get_member (json_node_get_object (root), "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      g_strcmp0 (json_node_get_string (format), "xitu-country-names") != 0)
    {
      fail (error, XITU_MAP_NAMES_ERROR_FORMAT, display_name, "format",
            _("expected \"xitu-country-names\""));
      return NULL;
    }

  self = g_object_new (XITU_TYPE_MAP_NAMES, NULL);
  if (!add_list (self, json_node_get_object (root), "countries", TRUE, TRUE, display_name, error) ||
      !add_list (self, json_node_get_object (root), "unnumbered", FALSE, FALSE, display_name, error))
    return NULL;
  return g_steal_pointer (&self);
}

XituMapNames *
xitu_map_names_new_from_file (GFile   *file,
                              GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  return xitu_map_names_new_from_bytes (bytes, display_name, error);
}

/* ---- lookups ------------------------------------------------------------ */

guint
xitu_map_names_get_n_names (XituMapNames *self)
{
  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), 0);
  return self->names->len;
}

const XituMapName *
xitu_map_names_get_name (XituMapNames *self,
                         guint         index)
{
  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), NULL);
  g_return_val_if_fail (index < self->names->len, NULL);
  return g_ptr_array_index (self->names, index);
}

const XituMapName *
xitu_map_names_lookup_numeric (XituMapNames *self,
                               guint         numeric)
{
  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), NULL);
  return g_hash_table_lookup (self->by_numeric, GUINT_TO_POINTER (numeric));
}

const XituMapName *
xitu_map_names_lookup_alpha3 (XituMapNames *self,
                              const char   *alpha3)
{
  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), NULL);
  return alpha3 != NULL ? g_hash_table_lookup (self->by_alpha3, alpha3) : NULL;
}

const XituMapName *
xitu_map_names_lookup_map_name (XituMapNames *self,
                                const char   *map_name)
{
  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), NULL);
  return map_name != NULL ? g_hash_table_lookup (self->by_map_name, map_name) : NULL;
}

const XituMapName *
xitu_map_names_lookup_feature (XituMapNames *self,
                               guint         numeric,
                               const char   *map_name)
{
  const XituMapName *name = numeric != 0 ? xitu_map_names_lookup_numeric (self, numeric) : NULL;

  return name != NULL ? name : xitu_map_names_lookup_map_name (self, map_name);
}

/* ---- search ------------------------------------------------------------- */

enum {
  RANK_EXACT,
  RANK_PREFIX,
  RANK_WORD_PREFIX,
  RANK_SUBSTRING,
  RANK_NONE,
};

static int
rank_key (const char *key,
          const char *query)
{
  const char *found;

  if (*query == '\0' || *key == '\0')
    return RANK_NONE;
  if (strcmp (key, query) == 0)
    return RANK_EXACT;
  if (g_str_has_prefix (key, query))
    return RANK_PREFIX;
  found = strstr (key, query);
  if (found == NULL)
    return RANK_NONE;
  for (const char *p = found; p != NULL; p = strstr (p + 1, query))
    if (p > key && p[-1] == ' ')
      return RANK_WORD_PREFIX;
  return RANK_SUBSTRING;
}

typedef struct
{
  const XituMapName *name;
  int                rank;
  gsize              length;  /* of the key that matched, for ordering */
  guint              index;
} Match;

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return (int) x->index - (int) y->index;
}

GPtrArray *
xitu_map_names_search (XituMapNames *self,
                       const char   *query,
                       guint         max)
{
  g_autofree char *folded = NULL;
  g_autoptr (GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (XITU_IS_MAP_NAMES (self), result);

  folded = xitu_map_names_fold (query);
  if (*folded == '\0')
    return result;

  for (guint i = 0; i < self->names->len; i++)
    {
      const XituMapName *name = g_ptr_array_index (self->names, i);
      const char *en = g_ptr_array_index (self->keys_en, i);
      const char *zh = g_ptr_array_index (self->keys_zh, i);
      int rank_en = rank_key (en, folded);
      int rank_zh = rank_key (zh, folded);
      Match m = { name, MIN (rank_en, rank_zh), 0, i };

      /* A code is found only whole: "usa" is the United States, "us" is
       * not every name with "us" in it twice over. */
      if (name->alpha3 != NULL && g_ascii_strcasecmp (name->alpha3, query) == 0)
        m.rank = RANK_EXACT;
      if (m.rank == RANK_NONE)
        continue;
      m.length = rank_en <= rank_zh ? g_utf8_strlen (en, -1) : g_utf8_strlen (zh, -1);
      g_array_append_val (matches, m);
    }

  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len && (max == 0 || i < max); i++)
    g_ptr_array_add (result, (gpointer) g_array_index (matches, Match, i).name);
  return result;
}

char *
xitu_map_name_dup_label (const XituMapName *name,
                         XituLang           lang)
{
  g_return_val_if_fail (name != NULL, NULL);
  return xitu_lang_join (lang, name->en, name->zh);
}
