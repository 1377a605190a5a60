/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-scenario-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XituScenario) scenario = xitu_scenario_load_data ((const char *) data, size,
                                                              "fuzz.json", NULL, &error);

  /* Exactly one of the two; an error names the file ("fuzz.json: …", or
   * "fuzz.json:LINE:COLUMN: …" for JSON syntax); what loads, saves and
   * loads back the same. */
  g_assert ((scenario == NULL) != (error == NULL));
  if (error != NULL)
    g_assert (g_str_has_prefix (error->message, "fuzz.json:"));
  else
    {
      g_autofree char *saved = NULL;
      g_autoptr(XituScenario) back = NULL;
      gsize length;

      saved = xitu_scenario_to_data (scenario, &length);
      back = xitu_scenario_load_data (saved, length, "fuzz.json", NULL, &error);
      g_assert (back != NULL);
      g_assert (xitu_scenario_equal (scenario, back));
    }
  return 0;
}
