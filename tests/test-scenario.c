/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "analysis-fixture.h"
#include "xitu-scenario-file.h"

static XituScenario *
load_good (const char  *name,
           XituDataset *dataset)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "scenario", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituScenario *scenario = xitu_scenario_load_file (file, dataset, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  return scenario;
}

/* A file with only format and version holds the defaults. */
static void
test_minimal_is_default (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituScenario) loaded = load_good ("minimal.json", dataset);
  g_autoptr(XituScenario) fresh = xitu_scenario_new ();

  g_assert_true (xitu_scenario_equal (loaded, fresh));
}

static void
test_full_values (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituScenario) s = load_good ("full.json", dataset);
  XituDisruptionParams d;
  XituBuildoutParams b;
  const XituUpstreamOverride *o;
  guint n;

  g_assert_cmpstr (xitu_scenario_get_name (s), ==, "April 2025 controls, three months of stock");
  g_assert_cmpstr (xitu_scenario_get_preset (s), ==, "mofcom-gac-2025-18");

  xitu_scenario_get_disruption (s, dataset, &d);
  g_assert_cmpstr (d.supplier, ==, "CHN");
  g_assert_cmpuint (d.stages, ==, (1u << 1) | (1u << 2) | (1u << 3));
  g_assert_cmpuint (d.elements, ==, (1u << XITU_ELEMENT_SM) | (1u << XITU_ELEMENT_GD) |
                                    (1u << XITU_ELEMENT_TB) | (1u << XITU_ELEMENT_DY) |
                                    (1u << XITU_ELEMENT_LU) | (1u << XITU_ELEMENT_SC) |
                                    (1u << XITU_ELEMENT_Y));
  g_assert_cmpfloat (d.headroom, ==, 2.5);
  g_assert_cmpint (d.spare_basis, ==, XITU_SPARE_USER);
  g_assert_cmpfloat (d.import_reliance, ==, 67.0);
  g_assert_cmpfloat (d.intensity.re_per_magnet, ==, 0.31);

  o = xitu_scenario_get_overrides (s, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (o[0].country, ==, "MYS");
  g_assert_cmpstr (o[0].note, ==, "Lynas Malaysia runs on concentrate from Mt Weld (assumption)");
  g_assert_null (o[1].note);

  xitu_scenario_get_buildout (s, dataset, &b);
  g_assert_cmpint (b.timeline, ==, XITU_TIMELINE_LEAD_TIMES);
  g_assert_cmpint (b.lead_time_end, ==, XITU_LEAD_TIME_LOW);
  g_assert_false (b.convert_units);
  g_assert_cmpint (b.target_kind, ==, XITU_TARGET_SHARE_OF_DEMAND);
  g_assert_cmpfloat (b.demand_t[1], ==, 9000.0);
  g_assert_cmpfloat (b.demand_t[3], ==, 8000.0);
  g_assert_cmpfloat (b.demand_t[0], ==, 0.0);
  g_assert_cmpfloat (b.intensity.ndpr_share, ==, 0.25);
}

/* Save, open, save again: the same scenario and the same bytes. */
static void
check_round_trip (XituScenario *s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(XituScenario) back = NULL;
  gsize length;

  first = xitu_scenario_to_data (s, &length);
  back = xitu_scenario_load_data (first, length, "round-trip.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (xitu_scenario_equal (s, back));
  second = xitu_scenario_to_data (back, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_round_trip (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituScenario) fresh = xitu_scenario_new ();
  g_autoptr(XituScenario) full = load_good ("full.json", dataset);
  g_autoptr(XituScenario) preset = xitu_scenario_new ();
  g_autoptr(XituScenario) odd = xitu_scenario_copy (full);
  g_autofree char *data = NULL;
  XituDisruptionParams d;

  check_round_trip (fresh);
  check_round_trip (full);

  g_assert_true (xitu_scenario_apply_preset (preset, dataset, "mofcom-2025-october"));
  check_round_trip (preset);

  /* Awkward numbers and text survive exactly. */
  xitu_scenario_get_disruption (odd, dataset, &d);
  d.cut = 100.0 / 3.0;
  d.headroom = 0.1 + 0.2;
  xitu_scenario_set_disruption (odd, dataset, &d);
  xitu_scenario_set_name (odd, "引号 \"quoted\" \\ and\ttab\nnewline");
  check_round_trip (odd);

  /* Numbers are written short: 0.857, not 0.85699999999999998. */
  data = xitu_scenario_to_data (full, NULL);
  g_assert_nonnull (strstr (data, "\"metal_per_oxide\": 0.857,"));
  g_assert_nonnull (strstr (data, "\"cut\": 100,"));
}

static void
test_save_and_open_file (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituScenario) full = load_good ("full.json", dataset);
  g_autoptr(XituScenario) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xitu-scenario-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-dir/x.json");

  g_assert_no_error (error);
  path = g_build_filename (dir, "saved.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (xitu_scenario_save_file (full, file, &error));
  g_assert_no_error (error);
  back = xitu_scenario_load_file (file, dataset, &error);
  g_assert_no_error (error);
  g_assert_true (xitu_scenario_equal (full, back));

  g_assert_false (xitu_scenario_save_file (full, nowhere, &error));
  g_assert_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent-dir/x.json: cannot write the file: "));
  g_clear_error (&error);
  g_assert_null (xitu_scenario_load_file (nowhere, NULL, &error));
  g_assert_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_IO);

  g_unlink (path);
  g_rmdir (dir);
}

static int
error_code_from_name (const char *name)
{
  static const char * const names[] = {
    "IO", "TOO_LARGE", "EMPTY", "NOT_UTF8", "NOT_JSON", "TOO_DEEP", "UNSUPPORTED_FORMAT",
    "WRONG_TYPE", "MISSING_MEMBER", "UNKNOWN_MEMBER", "INVALID_VALUE", "OUT_OF_RANGE",
    "UNKNOWN_REFERENCE",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], name))
      return i;
  g_error ("unknown error code name %s in EXPECTED", name);
}

/* Every file of the bad corpus fails with exactly the error EXPECTED names;
 * the message starts with the file name and gives the JSON path. */
static void
test_bad_corpus (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "scenario", "bad", NULL);
  g_autofree char *manifest_path = g_build_filename (dir, "EXPECTED", NULL);
  g_autofree char *manifest = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  g_assert_true (g_file_get_contents (manifest_path, &manifest, NULL, NULL));
  lines = g_strsplit (manifest, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autofree char *data = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(XituScenario) scenario = NULL;
      gsize length;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      path = g_build_filename (dir, fields[0], NULL);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      scenario = xitu_scenario_load_data (data, length, fields[0], dataset, &error);

      g_test_message ("%s: %s", fields[0], error != NULL ? error->message : "(loaded)");
      g_assert_null (scenario);
      g_assert_error (error, XITU_SCENARIO_ERROR, error_code_from_name (fields[1]));
      g_assert_true (g_str_has_prefix (error->message, fields[0]));
      if (!g_str_equal (fields[2], "-"))
        {
          expected = g_strdup_printf ("%s: %s", fields[0], fields[2]);
          g_assert_cmpstr (error->message, ==, expected);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >=, 40);
}

/* Without a dataset, references cannot be checked and are kept as ids. */
static void
test_without_dataset (void)
{
  static const char data[] =
    "{ \"format\": \"xitu-scenario\", \"version\": 1,"
    "  \"disruption\": { \"supplier\": \"ATL\", \"stages\": [\"smelting\"] } }";
  g_autoptr(GError) error = NULL;
  g_autoptr(XituScenario) s = xitu_scenario_load_data (data, strlen (data), "x.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (xitu_scenario_get_cut_stages (s)[0], ==, "smelting");
}

static void
count_changed (XituScenario *s,
               guint        *count)
{
  (*count)++;
}

/* ::changed fires once per real change and never for a no-op. */
static void
test_changed_signal (void)
{
  g_autoptr(XituDataset) dataset = fixture_load_real ();
  g_autoptr(XituScenario) s = xitu_scenario_new ();
  XituDisruptionParams d;
  XituIntensity intensity;
  guint count = 0;

  g_signal_connect (s, "changed", G_CALLBACK (count_changed), &count);
  xitu_scenario_get_disruption (s, dataset, &d);
  xitu_scenario_set_disruption (s, dataset, &d);
  g_assert_cmpuint (count, ==, 0);
  d.cut = 75;
  xitu_scenario_set_disruption (s, dataset, &d);
  g_assert_cmpuint (count, ==, 1);
  xitu_scenario_set_name (s, "x");
  xitu_scenario_set_name (s, "x");
  g_assert_cmpuint (count, ==, 2);
  intensity = *xitu_scenario_get_intensity (s);
  xitu_scenario_set_intensity (s, &intensity);
  g_assert_cmpuint (count, ==, 2);
  intensity.ndpr_share = 0.3;
  xitu_scenario_set_intensity (s, &intensity);
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (xitu_scenario_apply_preset (s, dataset, "separation-embargo"));
  g_assert_cmpstr (xitu_scenario_get_preset (s), ==, "separation-embargo");
  g_assert_false (xitu_scenario_apply_preset (s, dataset, "no-such-preset"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/minimal-is-default", test_minimal_is_default);
  g_test_add_func ("/scenario/full-values", test_full_values);
  g_test_add_func ("/scenario/round-trip", test_round_trip);
  g_test_add_func ("/scenario/save-and-open-file", test_save_and_open_file);
  g_test_add_func ("/scenario/bad-corpus", test_bad_corpus);
  g_test_add_func ("/scenario/without-dataset", test_without_dataset);
  g_test_add_func ("/scenario/changed-signal", test_changed_signal);

  return g_test_run ();
}
