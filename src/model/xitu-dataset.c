/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-dataset.h"

struct _XituDataset
{
  GObject     parent_instance;

  GListStore *countries;
  GListStore *stages;
  GListStore *sources;
  GListStore *figures;
  GPtrArray  *figure_array;  /* the same figures, for queries to scan */
  GListStore *claims;
  GListStore *events;
  GListStore *facilities;

  GHashTable *country_by_code;
  GHashTable *country_by_numeric;
  GHashTable *stage_by_id;
  GHashTable *source_by_id;
  GHashTable *figure_by_id;
  GHashTable *claim_by_id;
};

G_DEFINE_FINAL_TYPE (XituDataset, xitu_dataset, G_TYPE_OBJECT)

static void
xitu_dataset_finalize (GObject *object)
{
  XituDataset *self = XITU_DATASET (object);

  g_clear_pointer (&self->country_by_code, g_hash_table_unref);
  g_clear_pointer (&self->country_by_numeric, g_hash_table_unref);
  g_clear_pointer (&self->stage_by_id, g_hash_table_unref);
  g_clear_pointer (&self->source_by_id, g_hash_table_unref);
  g_clear_pointer (&self->figure_by_id, g_hash_table_unref);
  g_clear_pointer (&self->claim_by_id, g_hash_table_unref);
  g_clear_object (&self->countries);
  g_clear_object (&self->stages);
  g_clear_object (&self->sources);
  g_clear_object (&self->figures);
  g_clear_pointer (&self->figure_array, g_ptr_array_unref);
  g_clear_object (&self->claims);
  g_clear_object (&self->events);
  g_clear_object (&self->facilities);

  G_OBJECT_CLASS (xitu_dataset_parent_class)->finalize (object);
}

static void
xitu_dataset_class_init (XituDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_dataset_finalize;
}

static void
xitu_dataset_init (XituDataset *self)
{
  self->countries = g_list_store_new (XITU_TYPE_COUNTRY);
  self->stages = g_list_store_new (XITU_TYPE_STAGE);
  self->sources = g_list_store_new (XITU_TYPE_SOURCE);
  self->figures = g_list_store_new (XITU_TYPE_FIGURE);
  self->figure_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->claims = g_list_store_new (XITU_TYPE_CLAIM);
  self->events = g_list_store_new (XITU_TYPE_EVENT);
  self->facilities = g_list_store_new (XITU_TYPE_FACILITY);

  /* The tables borrow keys and values from the objects the stores own. */
  self->country_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->country_by_numeric = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->stage_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->figure_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->claim_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

XituDataset *
xitu_dataset_new (void)
{
  return g_object_new (XITU_TYPE_DATASET, NULL);
}

GListModel *
xitu_dataset_get_countries (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->countries);
}

GListModel *
xitu_dataset_get_stages (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->stages);
}

GListModel *
xitu_dataset_get_sources (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->sources);
}

GListModel *
xitu_dataset_get_figures (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->figures);
}

XituFigure * const *
xitu_dataset_peek_figures (XituDataset *self,
                           guint       *n_figures)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  g_return_val_if_fail (n_figures != NULL, NULL);

  *n_figures = self->figure_array->len;
  return (XituFigure * const *) self->figure_array->pdata;
}

GListModel *
xitu_dataset_get_claims (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->claims);
}

GListModel *
xitu_dataset_get_events (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->events);
}

GListModel *
xitu_dataset_get_facilities (XituDataset *self)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->facilities);
}

XituCountry *
xitu_dataset_lookup_country (XituDataset *self,
                             const char  *code)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return code != NULL ? g_hash_table_lookup (self->country_by_code, code) : NULL;
}

XituCountry *
xitu_dataset_lookup_country_numeric (XituDataset *self,
                                     guint        numeric)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return numeric != 0 ? g_hash_table_lookup (self->country_by_numeric, GUINT_TO_POINTER (numeric)) : NULL;
}

XituStage *
xitu_dataset_lookup_stage (XituDataset *self,
                           const char  *id)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->stage_by_id, id) : NULL;
}

XituSource *
xitu_dataset_lookup_source (XituDataset *self,
                            const char  *id)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->source_by_id, id) : NULL;
}

XituFigure *
xitu_dataset_lookup_figure (XituDataset *self,
                            const char  *id)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->figure_by_id, id) : NULL;
}

XituClaim *
xitu_dataset_lookup_claim (XituDataset *self,
                           const char  *id)
{
  g_return_val_if_fail (XITU_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->claim_by_id, id) : NULL;
}

gboolean
xitu_dataset_add_country (XituDataset *self,
                          XituCountry *country)
{
  const char *code = xitu_country_get_code (country);
  guint numeric = xitu_country_get_numeric (country);

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);

  if (g_hash_table_contains (self->country_by_code, code))
    return FALSE;
  g_list_store_append (self->countries, country);
  g_hash_table_insert (self->country_by_code, (gpointer) code, country);
  if (numeric != 0)
    g_hash_table_insert (self->country_by_numeric, GUINT_TO_POINTER (numeric), country);
  return TRUE;
}

static int
compare_stage_order (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return xitu_stage_get_order ((XituStage *) a) - xitu_stage_get_order ((XituStage *) b);
}

gboolean
xitu_dataset_add_stage (XituDataset *self,
                        XituStage   *stage)
{
  const char *id = xitu_stage_get_id (stage);

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);

  if (g_hash_table_contains (self->stage_by_id, id))
    return FALSE;
  g_list_store_insert_sorted (self->stages, stage, compare_stage_order, NULL);
  g_hash_table_insert (self->stage_by_id, (gpointer) id, stage);
  return TRUE;
}

gboolean
xitu_dataset_add_source (XituDataset *self,
                         XituSource  *source)
{
  const char *id = xitu_source_get_id (source);

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);

  if (g_hash_table_contains (self->source_by_id, id))
    return FALSE;
  g_list_store_append (self->sources, source);
  g_hash_table_insert (self->source_by_id, (gpointer) id, source);
  return TRUE;
}

gboolean
xitu_dataset_add_figure (XituDataset *self,
                         XituFigure  *figure)
{
  const char *id = xitu_figure_get_id (figure);

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);

  if (id != NULL && g_hash_table_contains (self->figure_by_id, id))
    return FALSE;
  g_list_store_append (self->figures, figure);
  g_ptr_array_add (self->figure_array, g_object_ref (figure));
  if (id != NULL)
    g_hash_table_insert (self->figure_by_id, (gpointer) id, figure);
  return TRUE;
}

gboolean
xitu_dataset_add_claim (XituDataset *self,
                        XituClaim   *claim)
{
  const char *id = xitu_claim_get_id (claim);

  g_return_val_if_fail (XITU_IS_DATASET (self), FALSE);

  if (g_hash_table_contains (self->claim_by_id, id))
    return FALSE;
  g_list_store_append (self->claims, claim);
  g_hash_table_insert (self->claim_by_id, (gpointer) id, claim);
  return TRUE;
}

void
xitu_dataset_add_event (XituDataset *self,
                        XituEvent   *event)
{
  g_return_if_fail (XITU_IS_DATASET (self));
  g_list_store_append (self->events, event);
}

void
xitu_dataset_add_facility (XituDataset  *self,
                           XituFacility *facility)
{
  g_return_if_fail (XITU_IS_DATASET (self));
  g_list_store_append (self->facilities, facility);
}

typedef gboolean (*AddFunc) (XituDataset *self, gpointer item);

static void
merge_list (XituDataset *self,
            GListModel  *items,
            AddFunc      add)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add (self, item);
    }
}

static gboolean
add_event_always (XituDataset *self,
                  gpointer     item)
{
  xitu_dataset_add_event (self, item);
  return TRUE;
}

static gboolean
add_facility_always (XituDataset *self,
                     gpointer     item)
{
  xitu_dataset_add_facility (self, item);
  return TRUE;
}

/* Adds what `other` holds to this dataset. A country, stage, source or claim
 * whose id is already known keeps the record it has (bundled data wins on
 * names); figures are always added, so an imported edition sits beside the
 * bundled one and nothing is overwritten. An imported figure whose id is
 * taken keeps its number but loses the id. */
void
xitu_dataset_merge (XituDataset *self,
                    XituDataset *other)
{
  GListModel *figures;
  guint n;

  g_return_if_fail (XITU_IS_DATASET (self));
  g_return_if_fail (XITU_IS_DATASET (other));

  merge_list (self, xitu_dataset_get_stages (other), (AddFunc) xitu_dataset_add_stage);
  merge_list (self, xitu_dataset_get_countries (other), (AddFunc) xitu_dataset_add_country);
  merge_list (self, xitu_dataset_get_sources (other), (AddFunc) xitu_dataset_add_source);

  figures = xitu_dataset_get_figures (other);
  n = g_list_model_get_n_items (figures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      if (!xitu_dataset_add_figure (self, figure))
        {
          g_autoptr(XituFigure) copy = xitu_figure_copy (figure);

          xitu_figure_set_id (copy, NULL);
          xitu_dataset_add_figure (self, copy);
        }
    }

  merge_list (self, xitu_dataset_get_claims (other), (AddFunc) xitu_dataset_add_claim);
  merge_list (self, xitu_dataset_get_events (other), add_event_always);
  merge_list (self, xitu_dataset_get_facilities (other), add_facility_always);
}
