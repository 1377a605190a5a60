/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The world map's countries, as a GListModel of XituGeoFeature, with lookup
 * by ISO 3166-1 numeric code and geographic hit-testing.
 */
#include "xitu-world.h"

#include "xitu-geo-reader.h"

struct _XituWorld
{
  GObject     parent_instance;

  GPtrArray  *features;
  /* numeric code → feature; where two features share a code (Australia and
   * Ashmore and Cartier Is. in 50m), the larger one. */
  GHashTable *by_numeric;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituWorld, xitu_world, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
xitu_world_get_item_type (GListModel *model)
{
  return XITU_TYPE_GEO_FEATURE;
}

static guint
xitu_world_get_n_items (GListModel *model)
{
  return XITU_WORLD (model)->features->len;
}

static gpointer
xitu_world_get_item (GListModel *model,
                     guint       position)
{
  XituWorld *self = XITU_WORLD (model);

  if (position >= self->features->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->features, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = xitu_world_get_item_type;
  iface->get_n_items = xitu_world_get_n_items;
  iface->get_item = xitu_world_get_item;
}

static void
xitu_world_finalize (GObject *object)
{
  XituWorld *self = XITU_WORLD (object);

  g_clear_pointer (&self->by_numeric, g_hash_table_unref);
  g_clear_pointer (&self->features, g_ptr_array_unref);

  G_OBJECT_CLASS (xitu_world_parent_class)->finalize (object);
}

static void
xitu_world_class_init (XituWorldClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_world_finalize;
}

static void
xitu_world_init (XituWorld *self)
{
  self->by_numeric = g_hash_table_new (NULL, NULL);
}

static void
index_feature (XituWorld      *self,
               XituGeoFeature *feature)
{
  guint numeric = xitu_geo_feature_get_numeric (feature);
  XituGeoFeature *old;

  if (numeric == 0)
    return;

  old = g_hash_table_lookup (self->by_numeric, GUINT_TO_POINTER (numeric));
  if (old == NULL || xitu_geo_feature_get_area (feature) > xitu_geo_feature_get_area (old))
    g_hash_table_insert (self->by_numeric, GUINT_TO_POINTER (numeric), feature);
}

/**
 * xitu_world_new_from_features:
 * @features: (element-type XituGeoFeature): the features, in drawing order
 *
 * Returns: (transfer full): a world holding a reference to each feature
 */
typedef struct
{
  XituGeoPoint a;      /* the lesser end, so that both ways match */
  XituGeoPoint b;
  guint        feature;
  gsize        point;  /* the edge's end in its ring's order */
} Edge;

static int
compare_points (const XituGeoPoint *p,
                const XituGeoPoint *q)
{
  if (p->lon != q->lon)
    return p->lon < q->lon ? -1 : 1;
  if (p->lat != q->lat)
    return p->lat < q->lat ? -1 : 1;
  return 0;
}

static int
compare_edges (gconstpointer x,
               gconstpointer y)
{
  const Edge *e = x, *f = y;
  int c = compare_points (&e->a, &f->a);

  if (c == 0)
    c = compare_points (&e->b, &f->b);
  if (c == 0 && e->feature != f->feature)
    c = e->feature < f->feature ? -1 : 1;
  if (c == 0 && e->point != f->point)
    c = e->point < f->point ? -1 : 1;
  return c;
}

/* A border between two countries is in the rings of both, once each way
 * (TopoJSON arcs give both the very same points). Stroked from both sides
 * it costs twice and draws twice over itself, so the first ring in the
 * world's order keeps the edge and the other is marked to skip it: sorting
 * the edges brings the copies together. */
static void
mark_shared_edges (XituWorld *self)
{
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (Edge));

  for (guint f = 0; f < self->features->len; f++)
    {
      XituGeoFeature *feature = g_ptr_array_index (self->features, f);
      gsize base = 0;

      for (guint k = 0; k < xitu_geo_feature_get_n_rings (feature); k++)
        {
          gsize n;
          const XituGeoPoint *p = xitu_geo_feature_get_ring (feature, k, &n);

          for (gsize i = 1; i < n; i++)
            {
              gboolean forward = compare_points (&p[i - 1], &p[i]) <= 0;
              Edge e = { forward ? p[i - 1] : p[i], forward ? p[i] : p[i - 1], f, base + i };

              g_array_append_val (edges, e);
            }
          base += n;
        }
    }
  g_array_sort (edges, compare_edges);
  for (guint i = 1; i < edges->len; i++)
    {
      const Edge *e = &g_array_index (edges, Edge, i);
      const Edge *before = &g_array_index (edges, Edge, i - 1);

      if (compare_points (&e->a, &before->a) == 0 && compare_points (&e->b, &before->b) == 0)
        xitu_geo_feature_mark_shared_edge (g_ptr_array_index (self->features, e->feature), e->point);
    }
}

XituWorld *
xitu_world_new_from_features (GPtrArray *features)
{
  XituWorld *self;

  g_return_val_if_fail (features != NULL, NULL);

  self = g_object_new (XITU_TYPE_WORLD, NULL);
  self->features = g_ptr_array_new_full (features->len, g_object_unref);
  for (guint i = 0; i < features->len; i++)
    {
      XituGeoFeature *feature = g_ptr_array_index (features, i);

      g_ptr_array_add (self->features, g_object_ref (feature));
      index_feature (self, feature);
    }
  mark_shared_edges (self);

  return self;
}

XituWorld *
xitu_world_new_from_file (GFile   *file,
                          GError **error)
{
  g_autoptr(GPtrArray) features = xitu_geo_read_file (file, error);

  if (features == NULL)
    return NULL;
  return xitu_world_new_from_features (features);
}

XituWorld *
xitu_world_new_from_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(GPtrArray) features = xitu_geo_read_bytes (bytes, display_name, error);

  if (features == NULL)
    return NULL;
  return xitu_world_new_from_features (features);
}

guint
xitu_world_get_n_features (XituWorld *self)
{
  g_return_val_if_fail (XITU_IS_WORLD (self), 0);

  return self->features->len;
}

/* Returns: (transfer none) */
XituGeoFeature *
xitu_world_get_feature (XituWorld *self,
                        guint      position)
{
  g_return_val_if_fail (XITU_IS_WORLD (self), NULL);
  g_return_val_if_fail (position < self->features->len, NULL);

  return g_ptr_array_index (self->features, position);
}

/* Returns: (transfer none) (nullable) */
XituGeoFeature *
xitu_world_lookup (XituWorld *self,
                   guint      numeric)
{
  g_return_val_if_fail (XITU_IS_WORLD (self), NULL);

  return g_hash_table_lookup (self->by_numeric, GUINT_TO_POINTER (numeric));
}

/* Returns: (transfer none) (nullable): the feature whose area contains the
 * point (holes excluded), or %NULL over the sea. */
XituGeoFeature *
xitu_world_feature_at (XituWorld *self,
                       double     lon,
                       double     lat)
{
  g_return_val_if_fail (XITU_IS_WORLD (self), NULL);

  for (guint i = 0; i < self->features->len; i++)
    {
      XituGeoFeature *feature = g_ptr_array_index (self->features, i);

      if (xitu_geo_feature_contains (feature, lon, lat))
        return feature;
    }

  return NULL;
}
