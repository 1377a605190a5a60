/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-dataset-search.h"
#include "xitu-figure-table.h"
#include "xitu-metric.h"

static void
add_folded (GString    *haystack,
            const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normal == NULL)
    return;
  folded = g_utf8_casefold (normal, -1);
  g_string_append (haystack, folded);
  /* A separator no word contains, so words do not match across fields. */
  g_string_append_c (haystack, '\n');
}

static void
add_text (GString        *haystack,
          const XituText *text)
{
  add_folded (haystack, text->en);
  add_folded (haystack, text->zh);
}

static void
add_country (GString     *haystack,
             XituDataset *self,
             const char  *code)
{
  XituCountry *country;

  if (code == NULL)
    return;
  add_folded (haystack, code);
  country = xitu_dataset_lookup_country (self, code);
  if (country != NULL)
    {
      add_folded (haystack, xitu_country_get_name_en (country));
      add_folded (haystack, xitu_country_get_name_zh (country));
    }
}

static void
add_source (GString     *haystack,
            XituDataset *self,
            const char  *id)
{
  XituSource *source = xitu_dataset_lookup_source (self, id);

  add_folded (haystack, id);
  if (source == NULL)
    return;
  add_text (haystack, xitu_source_get_publisher (source));
  add_folded (haystack, xitu_source_get_title (source));
  add_text (haystack, xitu_source_get_title_translation (source));
}

static char *
figure_haystack (XituDataset *self,
                 XituFigure  *figure)
{
  GString *haystack = g_string_new (NULL);
  XituStage *stage = NULL;
  g_autofree char *years = xitu_figure_format_years (figure);
  g_autofree char *value = xitu_figure_format_value (figure, XITU_LANG_EN);

  add_country (haystack, self, xitu_figure_get_country (figure));
  add_country (haystack, self, xitu_figure_get_partner (figure));
  if (xitu_figure_get_stage (figure) != NULL)
    {
      add_folded (haystack, xitu_figure_get_stage (figure));
      stage = xitu_dataset_lookup_stage (self, xitu_figure_get_stage (figure));
      if (stage != NULL)
        add_text (haystack, xitu_stage_get_name (stage));
    }
  add_folded (haystack, xitu_figure_get_metric (figure));
  add_folded (haystack, xitu_metric_get_name (xitu_figure_get_metric (figure), XITU_LANG_EN));
  add_folded (haystack, xitu_metric_get_name (xitu_figure_get_metric (figure), XITU_LANG_ZH));
  add_folded (haystack, xitu_figure_get_measure (figure));
  add_folded (haystack, years);
  add_folded (haystack, value);
  add_folded (haystack, xitu_figure_get_edition (figure));
  add_source (haystack, self, xitu_figure_get_source (figure));
  return g_string_free (haystack, FALSE);
}

gboolean
xitu_dataset_figure_matches_text (XituDataset *self,
                                  XituFigure  *figure,
                                  const char  *text)
{
  g_autofree char *haystack = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);
  g_return_val_if_fail (XITU_IS_FIGURE (figure), FALSE);

  if (text == NULL)
    return TRUE;
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normal == NULL)
    return FALSE;
  folded = g_utf8_casefold (normal, -1);
  words = g_strsplit_set (folded, " \t\n\u3000", -1);
  haystack = figure_haystack (self, figure);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* ---- kinds ------------------------------------------------------------ */

char *
xitu_figure_dup_kind (XituFigure *figure)
{
  const char *stage = xitu_figure_get_stage (figure);

  g_return_val_if_fail (XITU_IS_FIGURE (figure), NULL);

  if (stage == NULL)
    return g_strdup (xitu_figure_get_metric (figure));
  return g_strdup_printf ("%s/%s", stage, xitu_figure_get_metric (figure));
}

gboolean
xitu_figure_has_kind (XituFigure *figure,
                      const char *kind)
{
  g_autofree char *own = NULL;

  if (kind == NULL)
    return TRUE;
  own = xitu_figure_dup_kind (figure);
  return g_strcmp0 (own, kind) == 0;
}

static int
compare_by_kind (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return xitu_dataset_compare_figures (user_data, *(XituFigure **) a, *(XituFigure **) b,
                                       XITU_FIGURE_COLUMN_KIND, XITU_LANG_EN);
}

char **
xitu_dataset_list_figure_kinds (XituDataset *self)
{
  GListModel *figures = xitu_dataset_get_figures (self);
  g_autoptr(GPtrArray) firsts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      if (g_hash_table_add (seen, xitu_figure_dup_kind (figure)))
        g_ptr_array_add (firsts, g_steal_pointer (&figure));
    }
  /* The partner and measure are part of the column's order, not the kind's:
   * the first figure of each kind stands for it. */
  g_ptr_array_sort_with_data (firsts, compare_by_kind, self);
  for (guint i = 0; i < firsts->len; i++)
    {
      g_autofree char *kind = xitu_figure_dup_kind (g_ptr_array_index (firsts, i));

      g_strv_builder_add (builder, kind);
    }
  return g_strv_builder_end (builder);
}

char *
xitu_dataset_describe_figure_kind (XituDataset *self,
                                   const char  *kind,
                                   XituLang     lang)
{
  const char *slash = strchr (kind, '/');
  g_autofree char *stage = NULL;

  if (slash == NULL)
    return xitu_dataset_describe_kind (self, NULL, kind, lang);
  stage = g_strndup (kind, slash - kind);
  return xitu_dataset_describe_kind (self, stage, slash + 1, lang);
}

/* ---- claims, facilities ---------------------------------------------- */

gboolean
xitu_dataset_claim_matches (XituDataset *self,
                            XituClaim   *claim,
                            int          verdict,
                            const char  *language)
{
  XituSource *source;

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);
  g_return_val_if_fail (XITU_IS_CLAIM (claim), FALSE);

  if (verdict >= 0 && (int) xitu_claim_get_verdict (claim) != verdict)
    return FALSE;
  if (language == NULL)
    return TRUE;
  source = xitu_dataset_lookup_source (self, xitu_claim_get_source (claim));
  return source != NULL && g_strcmp0 (xitu_source_get_language (source), language) == 0;
}

static gboolean
is_chinese (XituSource *source)
{
  return source != NULL && g_strcmp0 (xitu_source_get_language (source), "zh") == 0;
}

void
xitu_dataset_get_claim_wording (XituDataset  *self,
                                XituClaim    *claim,
                                const char  **original,
                                const char  **translation)
{
  XituSource *source = xitu_dataset_lookup_source (self, xitu_claim_get_source (claim));
  const XituText *text = xitu_claim_get_text (claim);

  *original = is_chinese (source) && text->zh != NULL ? text->zh : text->en;
  *translation = *original == text->zh ? text->en : text->zh;
  if (*translation != NULL && (**translation == '\0' || g_strcmp0 (*original, *translation) == 0))
    *translation = NULL;
}

const char *
xitu_source_get_translated_title (XituSource *source)
{
  const XituText *translations = xitu_source_get_title_translation (source);
  const char *translated = is_chinese (source) ? translations->en : translations->zh;

  if (translated == NULL || *translated == '\0' || g_strcmp0 (translated, xitu_source_get_title (source)) == 0)
    return NULL;
  return translated;
}

GPtrArray *
xitu_dataset_get_claim_figures (XituDataset *self,
                                XituClaim   *claim)
{
  const char * const *ids = xitu_claim_get_figures (claim);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      XituFigure *figure = xitu_dataset_lookup_figure (self, ids[i]);

      if (figure != NULL)
        g_ptr_array_add (found, g_object_ref (figure));
    }
  return found;
}

GPtrArray *
xitu_dataset_get_claims_for_country (XituDataset *self,
                                     const char  *code)
{
  GListModel *claims = xitu_dataset_get_claims (self);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(XituClaim) claim = g_list_model_get_item (claims, i);

      if (xitu_claim_mentions (claim, code))
        g_ptr_array_add (found, g_steal_pointer (&claim));
    }
  return found;
}

GPtrArray *
xitu_dataset_get_facilities_for_country (XituDataset *self,
                                         const char  *code)
{
  GListModel *facilities = xitu_dataset_get_facilities (self);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr(XituFacility) facility = g_list_model_get_item (facilities, i);

      if (g_strcmp0 (xitu_facility_get_country (facility), code) == 0)
        g_ptr_array_add (found, g_steal_pointer (&facility));
    }
  return found;
}

/* ---- a country's figures, editions side by side ------------------------ */

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GPtrArray *ga = *(GPtrArray **) a;
  GPtrArray *gb = *(GPtrArray **) b;
  XituFigure *fa = g_ptr_array_index (ga, 0);
  XituFigure *fb = g_ptr_array_index (gb, 0);
  int cmp = xitu_dataset_compare_figures (user_data, fa, fb, XITU_FIGURE_COLUMN_KIND, XITU_LANG_EN);

  if (cmp != 0)
    return cmp;
  /* Newest period first. */
  cmp = xitu_dataset_compare_figures (user_data, fb, fa, XITU_FIGURE_COLUMN_YEAR, XITU_LANG_EN);
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (xitu_figure_get_measure (fa), xitu_figure_get_measure (fb));
}

GPtrArray *
xitu_dataset_get_country_figure_groups (XituDataset *self,
                                        const char  *code)
{
  g_autoptr(GPtrArray) figures = xitu_dataset_get_figures_for_country (self, code);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  g_return_val_if_fail (XITU_IS_DATASET (self), groups);

  for (guint i = 0; i < figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (figures, i);
      g_autoptr(GPtrArray) editions = NULL;

      if (g_hash_table_contains (placed, figure))
        continue;
      editions = xitu_dataset_get_editions_of (self, figure);
      /* A figure is always an edition of itself; guard against a query
       * that would lose it, so no figure disappears from the panel. */
      if (!g_ptr_array_find (editions, figure, NULL))
        g_ptr_array_add (editions, g_object_ref (figure));
      for (guint j = 0; j < editions->len; j++)
        g_hash_table_add (placed, g_ptr_array_index (editions, j));
      g_ptr_array_add (groups, g_steal_pointer (&editions));
    }
  g_ptr_array_sort_with_data (groups, compare_groups, self);
  return groups;
}
