/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importers' country table: what it accepts, and the row it names
 * when it refuses. */
#include <gio/gio.h>
#include <string.h>

#include "xitu-country-names.h"

static gboolean
load_table (const char  *text,
            GError     **error)
{
  XituCountryNames *names = xitu_country_names_new ();
  gboolean ok = xitu_country_names_load_table (names, text, strlen (text), "table.json", error);

  xitu_country_names_free (names);
  return ok;
}

static void
test_table (void)
{
  XituCountryNames *names = xitu_country_names_new ();
  const char *text =
    "{\"format\": \"xitu-country-table\", \"countries\": ["
    "{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"country\", \"en\": \"China\", \"zh\": \"中国\"}]}";
  g_autoptr (GError) error = NULL;
  const XituCountryInfo *info;

  g_assert_true (xitu_country_names_load_table (names, text, strlen (text), "table.json", &error));
  g_assert_no_error (error);
  info = xitu_country_names_lookup_numeric (names, 156);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->en, ==, "China");
  g_assert_cmpstr (info->zh, ==, "中国");
  xitu_country_names_free (names);
}

static void
test_bad_rows (void)
{
  static const struct
  {
    const char *row;
    const char *why;
  } cases[] = {
    { "{\"code\": \"CHN\", \"numeric\": 1000, \"kind\": \"country\", \"en\": \"China\", \"zh\": \"中国\"}",
      "numeric out of range" },
    { "{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"planet\", \"en\": \"China\", \"zh\": \"中国\"}",
      "unknown kind" },
    { "{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"country\", \"en\": \"China\"}",
      "no zh" },
    /* Escapes JSON does not have, read by json-glib as bytes that are not UTF-8. */
    { "{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"country\", \"en\": \"Ch\\615na\", \"zh\": \"中国\"}",
      "en not UTF-8" },
    { "{\"code\": \"CHN\", \"numeric\": 156, \"kind\": \"country\", \"en\": \"China\", \"zh\": \"\\615\"}",
      "zh not UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"xitu-country-table\", \"countries\": [%s]}",
                                               cases[i].row);
      g_autoptr (GError) error = NULL;

      if (load_table (text, &error))
        g_error ("case %u (%s) was accepted", i, cases[i].why);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      if (!g_str_has_prefix (error->message, "table.json: countries[0]: "))
        g_error ("case %u (%s): “%s” does not name the row", i, cases[i].why, error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/country-names/table", test_table);
  g_test_add_func ("/country-names/bad-rows", test_bad_rows);
  return g_test_run ();
}
