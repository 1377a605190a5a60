/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-analysis.h"

static int
compare_stage_order (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  XituDataset *dataset = user_data;
  int x = xitu_stage_get_order (xitu_dataset_lookup_stage (dataset, *(const char **) a));
  int y = xitu_stage_get_order (xitu_dataset_lookup_stage (dataset, *(const char **) b));

  return (x > y) - (x < y);
}

/* Fills `ids` (room for XITU_MAX_STAGES) with the stage ids, upstream
 * first, and returns how many there are. The ids are the dataset's. */
guint
xitu_analysis_get_stage_ids (XituDataset  *dataset,
                             const char  **ids)
{
  GListModel *stages = xitu_dataset_get_stages (dataset);
  guint n = MIN (g_list_model_get_n_items (stages), XITU_MAX_STAGES);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XituStage) stage = g_list_model_get_item (stages, i);

      ids[i] = xitu_stage_get_id (stage);
    }
  g_qsort_with_data (ids, n, sizeof (char *), compare_stage_order, dataset);
  return n;
}

/* Position of `stage` in chain order, or -1. */
int
xitu_analysis_stage_index (XituDataset *dataset,
                           const char  *stage)
{
  const char *ids[XITU_MAX_STAGES];
  guint n = xitu_analysis_get_stage_ids (dataset, ids);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (ids[i], stage) == 0)
      return i;
  return -1;
}

/* The stage a facility's one capacity figure counts at: magnets for a
 * capacity in magnets, otherwise the most upstream stage it lists (Mountain
 * Pass: 45,455 t REO in concentrate is mining, not separation). Its other
 * stages have no disclosed capacity. */
const char *
xitu_analysis_capacity_stage (XituDataset  *dataset,
                              XituFacility *facility)
{
  const char * const *stages = xitu_facility_get_stages (facility);
  const char *unit = NULL;
  const char *best = NULL;
  int best_index = G_MAXINT;
  double capacity;

  if (!xitu_facility_get_capacity (facility, &capacity, &unit) || stages == NULL)
    return NULL;
  if (unit != NULL && strstr (unit, "magnet") != NULL && xitu_facility_has_stage (facility, "magnet"))
    return "magnet";
  for (guint i = 0; stages[i] != NULL; i++)
    {
      int index = xitu_analysis_stage_index (dataset, stages[i]);

      if (index >= 0 && index < best_index)
        {
          best_index = index;
          best = stages[i];
        }
    }
  return best;
}

static const struct
{
  const char *symbol;
  const char *en;
  const char *zh;
} elements[XITU_N_ELEMENTS] = {
  { "La", "lanthanum", "镧" }, { "Ce", "cerium", "铈" },
  { "Pr", "praseodymium", "镨" }, { "Nd", "neodymium", "钕" },
  { "Pm", "promethium", "钷" }, { "Sm", "samarium", "钐" },
  { "Eu", "europium", "铕" }, { "Gd", "gadolinium", "钆" },
  { "Tb", "terbium", "铽" }, { "Dy", "dysprosium", "镝" },
  { "Ho", "holmium", "钬" }, { "Er", "erbium", "铒" },
  { "Tm", "thulium", "铥" }, { "Yb", "ytterbium", "镱" },
  { "Lu", "lutetium", "镥" }, { "Sc", "scandium", "钪" },
  { "Y", "yttrium", "钇" },
};

const char *
xitu_element_symbol (XituElement element)
{
  g_return_val_if_fail (element < XITU_N_ELEMENTS, NULL);
  return elements[element].symbol;
}

const char *
xitu_element_name (XituElement element,
                   XituLang    lang)
{
  g_return_val_if_fail (element < XITU_N_ELEMENTS, NULL);
  return lang == XITU_LANG_ZH ? elements[element].zh : elements[element].en;
}

gboolean
xitu_element_from_symbol (const char  *symbol,
                          XituElement *element)
{
  for (guint i = 0; i < XITU_N_ELEMENTS; i++)
    if (g_strcmp0 (symbol, elements[i].symbol) == 0)
      {
        *element = i;
        return TRUE;
      }
  return FALSE;
}

char **
xitu_elements_to_strv (XituElements set)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < XITU_N_ELEMENTS; i++)
    if (set & (1u << i))
      g_strv_builder_add (builder, elements[i].symbol);
  return g_strv_builder_end (builder);
}

/* Whether a figure's measure text ("usgs-import-sources: terbium, holmium,
 * lutetium") names any element of the set by its English name. Symbols are
 * not matched: "Y" or "Sc" would match ordinary words. */
gboolean
xitu_elements_named_in (XituElements  set,
                        const char   *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL || set == XITU_ELEMENTS_ALL)
    return FALSE;
  lower = g_ascii_strdown (text, -1);
  for (guint i = 0; i < XITU_N_ELEMENTS; i++)
    if ((set & (1u << i)) && strstr (lower, elements[i].en) != NULL)
      return TRUE;
  return FALSE;
}
