/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-map-names.h"
#include "xitu-world.h"

static XituMapNames *names;

static XituMapNames *
load_bundled (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "dataset", "country-names.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  XituMapNames *loaded = xitu_map_names_new_from_file (file, &error);

  g_assert_no_error (error);
  return loaded;
}

static XituMapNames *
from_text (const char  *text,
           GError     **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return xitu_map_names_new_from_bytes (bytes, "names.json", error);
}

static void
test_lookup (void)
{
  const XituMapName *name;

  name = xitu_map_names_lookup_numeric (names, 156);
  g_assert_nonnull (name);
  g_assert_cmpstr (name->alpha3, ==, "CHN");
  g_assert_cmpstr (name->en, ==, "China");
  g_assert_cmpstr (name->zh, ==, "中国");

  /* The geometry's short name and the full name. */
  name = xitu_map_names_lookup_map_name (names, "United States of America");
  g_assert_nonnull (name);
  g_assert_cmpuint (name->numeric, ==, 840);
  g_assert_cmpstr (name->en, ==, "United States");
  g_assert_true (xitu_map_names_lookup_alpha3 (names, "USA") == name);

  /* Features without a code are found by their map name. */
  name = xitu_map_names_lookup_feature (names, 0, "N. Cyprus");
  g_assert_nonnull (name);
  g_assert_cmpuint (name->numeric, ==, 0);
  g_assert_null (name->alpha3);
  g_assert_cmpstr (name->zh, ==, "北塞浦路斯");
  g_assert_true (xitu_map_names_lookup_feature (names, 156, "whatever") ==
                 xitu_map_names_lookup_numeric (names, 156));
  g_assert_null (xitu_map_names_lookup_feature (names, 0, "Atlantis"));
  g_assert_null (xitu_map_names_lookup_numeric (names, 999));
}

/* Every feature of both bundled maps has a name in both languages. */
static void
test_covers_maps (void)
{
  static const char * const maps[] = { "countries-110m.json", "countries-50m.json" };

  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", maps[m], NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (XituWorld) world = xitu_world_new_from_file (file, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < xitu_world_get_n_features (world); i++)
        {
          XituGeoFeature *f = xitu_world_get_feature (world, i);
          const XituMapName *name = xitu_map_names_lookup_feature (names, xitu_geo_feature_get_numeric (f),
                                                                   xitu_geo_feature_get_name (f));

          if (name == NULL)
            g_error ("%s: no name for feature %u “%s”", maps[m], xitu_geo_feature_get_numeric (f),
                     xitu_geo_feature_get_name (f));
          g_assert_true (g_utf8_validate (name->zh, -1, NULL));
        }
    }
}

static const XituMapName *
first (const char *query)
{
  g_autoptr (GPtrArray) found = xitu_map_names_search (names, query, 0);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
assert_first (const char *query,
              const char *alpha3)
{
  const XituMapName *name = first (query);

  if (name == NULL || g_strcmp0 (name->alpha3, alpha3) != 0)
    g_error ("search “%s”: expected %s first, got %s", query, alpha3, name ? name->en : "nothing");
}

static void
test_search (void)
{
  g_autoptr (GPtrArray) found = NULL;
  gboolean has_guinea = FALSE;

  /* Either language, any case, whole or in part. */
  assert_first ("China", "CHN");
  assert_first ("china", "CHN");
  assert_first ("CHINA", "CHN");
  assert_first ("中国", "CHN");
  assert_first ("  中国 ", "CHN");
  assert_first ("美国", "USA");
  assert_first ("usa", "USA");
  assert_first ("United States", "USA");
  assert_first ("澳大利亚", "AUS");
  assert_first ("缅甸", "MMR");
  assert_first ("Myan", "MMR");
  assert_first ("aust", "AUT");
  assert_first ("austral", "AUS");
  /* Accents and apostrophes do not matter. */
  assert_first ("cote d'ivoire", "CIV");
  assert_first ("Côte d’Ivoire", "CIV");
  /* A word inside the name: both Koreas, before names that only contain it. */
  found = xitu_map_names_search (names, "korea", 0);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (((const XituMapName *) g_ptr_array_index (found, 0))->alpha3, ==, "PRK");
  g_assert_cmpstr (((const XituMapName *) g_ptr_array_index (found, 1))->alpha3, ==, "KOR");
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_cmpstr (first ("Cyprus")->alpha3, ==, "CYP");
  g_assert_cmpstr (first ("northern cyprus")->en, ==, "Northern Cyprus");
  g_assert_cmpstr (first ("科索沃")->en, ==, "Kosovo");

  /* "中国" is China first, then Taiwan, Hong Kong and Macao (中国台湾…). */
  found = xitu_map_names_search (names, "中国", 0);
  g_assert_cmpuint (found->len, >=, 2);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = xitu_map_names_search (names, "guinea", 3);
  g_assert_cmpuint (found->len, ==, 3);
  for (guint i = 0; i < found->len; i++)
    has_guinea |= g_strcmp0 (((const XituMapName *) g_ptr_array_index (found, i))->alpha3, "GIN") == 0;
  g_assert_true (has_guinea);
  g_assert_cmpstr (((const XituMapName *) g_ptr_array_index (found, 0))->alpha3, ==, "GIN");
  g_clear_pointer (&found, g_ptr_array_unref);

  found = xitu_map_names_search (names, "", 0);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = xitu_map_names_search (names, "zzzz", 0);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_labels (void)
{
  const XituMapName *china = xitu_map_names_lookup_numeric (names, 156);
  g_autofree char *en = xitu_map_name_dup_label (china, XITU_LANG_EN);
  g_autofree char *zh = xitu_map_name_dup_label (china, XITU_LANG_ZH);
  g_autofree char *both = xitu_map_name_dup_label (china, XITU_LANG_BOTH);

  g_assert_cmpstr (en, ==, "China");
  g_assert_cmpstr (zh, ==, "中国");
  g_assert_cmpstr (both, ==, "中国 China");
}

static void
test_bad_files (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *where;
  } cases[] = {
    { "not json", XITU_MAP_NAMES_ERROR_SYNTAX, "names.json: $" },
    { "[]", XITU_MAP_NAMES_ERROR_FORMAT, "$" },
    { "{\"format\": \"xitu-dataset\"}", XITU_MAP_NAMES_ERROR_FORMAT, "format" },
    { "{\"format\": \"xitu-country-names\"}", XITU_MAP_NAMES_ERROR_STRUCTURE, "countries" },
    { "{\"format\": \"xitu-country-names\", \"countries\": {}}", XITU_MAP_NAMES_ERROR_STRUCTURE, "countries" },
    { "{\"format\": \"xitu-country-names\", \"countries\": [1]}", XITU_MAP_NAMES_ERROR_STRUCTURE, "countries[0]" },
    { "{\"format\": \"xitu-country-names\", \"countries\": [{\"numeric\": 4, \"alpha3\": \"AFG\", "
      "\"map_name\": \"Afghanistan\", \"en\": \"Afghanistan\"}]}",
      XITU_MAP_NAMES_ERROR_STRUCTURE, "countries[0].zh" },
    { "{\"format\": \"xitu-country-names\", \"countries\": [{\"numeric\": 1000, \"alpha3\": \"AFG\", "
      "\"map_name\": \"A\", \"en\": \"A\", \"zh\": \"甲\"}]}",
      XITU_MAP_NAMES_ERROR_STRUCTURE, "countries[0].numeric" },
    { "{\"format\": \"xitu-country-names\", \"countries\": [{\"numeric\": 4, \"alpha3\": \"AFG\", "
      "\"map_name\": \"A\", \"en\": \"A\", \"zh\": \"甲\"}, {\"numeric\": 5, \"alpha3\": \"AFX\", "
      "\"map_name\": \"A\", \"en\": \"B\", \"zh\": \"乙\"}]}",
      XITU_MAP_NAMES_ERROR_STRUCTURE, "countries[1].map_name" },
    { "{\"format\": \"xitu-country-names\", \"countries\": [], \"unnumbered\": [{\"map_name\": \"\", "
      "\"en\": \"A\", \"zh\": \"甲\"}]}",
      XITU_MAP_NAMES_ERROR_STRUCTURE, "unnumbered[0].map_name" },
    /* An escape JSON does not have: bytes that are not UTF-8. */
    { "{\"format\": \"xitu-country-names\", \"countries\": [{\"numeric\": 4, \"alpha3\": \"AFG\", "
      "\"map_name\": \"A\", \"en\": \"A\\615\", \"zh\": \"甲\"}]}",
      XITU_MAP_NAMES_ERROR_STRUCTURE, "countries[0].en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (XituMapNames) loaded = from_text (cases[i].text, &error);

      g_assert_null (loaded);
      g_assert_error (error, XITU_MAP_NAMES_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].where) == NULL)
        g_error ("case %u: “%s” does not name %s", i, error->message, cases[i].where);
      g_assert_true (g_str_has_prefix (error->message, "names.json: "));
    }
}

static void
test_fold (void)
{
  g_autofree char *a = xitu_map_names_fold ("  Côte  d’Ivoire ");
  g_autofree char *b = xitu_map_names_fold ("Dem. Rep. Congo");
  g_autofree char *c = xitu_map_names_fold ("中国");

  g_assert_cmpstr (a, ==, "cote divoire");
  g_assert_cmpstr (b, ==, "dem rep congo");
  g_assert_cmpstr (c, ==, "中国");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  names = load_bundled ();
  g_test_add_func ("/map-names/lookup", test_lookup);
  g_test_add_func ("/map-names/covers-maps", test_covers_maps);
  g_test_add_func ("/map-names/search", test_search);
  g_test_add_func ("/map-names/labels", test_labels);
  g_test_add_func ("/map-names/bad-files", test_bad_files);
  g_test_add_func ("/map-names/fold", test_fold);
  status = g_test_run ();
  g_clear_object (&names);
  return status;
}
