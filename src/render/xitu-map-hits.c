/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The hit geometry of one map render. The renderer records each country's
 * projected rings and each pin's position as it draws them, so the widget
 * hit-tests and highlights with exactly what is on screen and never redoes
 * the projection or the layout.
 */
#include "xitu-map-hits.h"

#include <math.h>

typedef struct
{
  guint   numeric;
  char   *name;
  /* Rings of this country in `rings`, [first_ring, first_ring + n_rings). */
  guint   first_ring;
  guint   n_rings;
  /* A marker (small country drawn as a dot) has no rings but a circle. */
  gboolean marker;
  double  cx, cy, radius;
  double  x1, y1, x2, y2;  /* extents */
} Country;

typedef struct
{
  guint  index;  /* in the caller's pin array */
  double x, y, radius;
} Pin;

struct _XituMapHits
{
  GObject           parent_instance;

  XituMapTransform  transform;
  double            area_x, area_y, area_width, area_height;

  GArray           *countries;  /* Country */
  GArray           *xy;         /* double pairs, every ring back to back */
  GArray           *ring_ends;  /* guint: one past the last pair of each ring */
  GArray           *pins;       /* Pin, in drawing order */
};

G_DEFINE_FINAL_TYPE (XituMapHits, xitu_map_hits, G_TYPE_OBJECT)

static void
clear_country (gpointer data)
{
  g_free (((Country *) data)->name);
}

static void
xitu_map_hits_finalize (GObject *object)
{
  XituMapHits *self = XITU_MAP_HITS (object);

  g_clear_pointer (&self->countries, g_array_unref);
  g_clear_pointer (&self->xy, g_array_unref);
  g_clear_pointer (&self->ring_ends, g_array_unref);
  g_clear_pointer (&self->pins, g_array_unref);

  G_OBJECT_CLASS (xitu_map_hits_parent_class)->finalize (object);
}

static void
xitu_map_hits_class_init (XituMapHitsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_map_hits_finalize;
}

static void
xitu_map_hits_init (XituMapHits *self)
{
  self->countries = g_array_new (FALSE, TRUE, sizeof (Country));
  g_array_set_clear_func (self->countries, clear_country);
  self->xy = g_array_new (FALSE, FALSE, sizeof (double));
  self->ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  self->pins = g_array_new (FALSE, FALSE, sizeof (Pin));
}

XituMapHits *
xitu_map_hits_new (const XituMapTransform *transform,
                   double                  x,
                   double                  y,
                   double                  width,
                   double                  height)
{
  XituMapHits *self = g_object_new (XITU_TYPE_MAP_HITS, NULL);

  self->transform = *transform;
  self->area_x = x;
  self->area_y = y;
  self->area_width = width;
  self->area_height = height;
  return self;
}

void
xitu_map_hits_get_transform (XituMapHits      *self,
                             XituMapTransform *transform)
{
  g_return_if_fail (XITU_IS_MAP_HITS (self));

  *transform = self->transform;
}

void
xitu_map_hits_get_map_area (XituMapHits *self,
                            double      *x,
                            double      *y,
                            double      *width,
                            double      *height)
{
  g_return_if_fail (XITU_IS_MAP_HITS (self));

  if (x) *x = self->area_x;
  if (y) *y = self->area_y;
  if (width) *width = self->area_width;
  if (height) *height = self->area_height;
}

static gboolean
in_map_area (XituMapHits *self,
             double       x,
             double       y)
{
  return x >= self->area_x && x < self->area_x + self->area_width &&
         y >= self->area_y && y < self->area_y + self->area_height;
}

guint
xitu_map_hits_begin_country (XituMapHits *self,
                             guint        numeric,
                             const char  *name)
{
  Country c = { numeric, g_strdup (name), self->ring_ends->len, 0, FALSE, 0, 0, 0,
                INFINITY, INFINITY, -INFINITY, -INFINITY };

  g_array_append_val (self->countries, c);
  return self->countries->len - 1;
}

void
xitu_map_hits_add_ring (XituMapHits  *self,
                        const double *xy,
                        gsize         n_points)
{
  Country *c;
  guint end;

  g_return_if_fail (self->countries->len > 0);

  c = &g_array_index (self->countries, Country, self->countries->len - 1);
  if (n_points < 3)
    return;
  g_array_append_vals (self->xy, xy, n_points * 2);
  end = self->xy->len / 2;
  g_array_append_val (self->ring_ends, end);
  c->n_rings++;

  for (gsize i = 0; i < n_points; i++)
    {
      c->x1 = MIN (c->x1, xy[2 * i]);
      c->x2 = MAX (c->x2, xy[2 * i]);
      c->y1 = MIN (c->y1, xy[2 * i + 1]);
      c->y2 = MAX (c->y2, xy[2 * i + 1]);
    }
}

void
xitu_map_hits_add_marker (XituMapHits *self,
                          guint        numeric,
                          const char  *name,
                          double       x,
                          double       y,
                          double       radius)
{
  Country c = { numeric, g_strdup (name), self->ring_ends->len, 0, TRUE, x, y, radius,
                x - radius, y - radius, x + radius, y + radius };

  g_array_append_val (self->countries, c);
}

void
xitu_map_hits_add_pin (XituMapHits *self,
                       guint        pin_index,
                       double       x,
                       double       y,
                       double       radius)
{
  Pin p = { pin_index, x, y, radius };

  g_array_append_val (self->pins, p);
}

guint
xitu_map_hits_get_n_countries (XituMapHits *self)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), 0);

  return self->countries->len;
}

static const double *
ring_points (XituMapHits *self,
             guint        ring,
             gsize       *n)
{
  guint start = ring == 0 ? 0 : g_array_index (self->ring_ends, guint, ring - 1);
  guint end = g_array_index (self->ring_ends, guint, ring);

  *n = end - start;
  return &g_array_index (self->xy, double, 2 * start);
}

static gboolean
ring_contains (const double *p,
               gsize         n,
               double        x,
               double        y)
{
  gboolean inside = FALSE;

  for (gsize i = 0, j = n - 1; i < n; j = i++)
    {
      double xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1];

      if ((yi > y) != (yj > y) && x < xi + (y - yi) / (yj - yi) * (xj - xi))
        inside = !inside;
    }
  return inside;
}

static gboolean
country_contains (XituMapHits   *self,
                  const Country *c,
                  double         x,
                  double         y)
{
  gboolean inside = FALSE;

  if (x < c->x1 || x > c->x2 || y < c->y1 || y > c->y2)
    return FALSE;
  if (c->marker)
    return hypot (x - c->cx, y - c->cy) <= c->radius;

  for (guint r = c->first_ring; r < c->first_ring + c->n_rings; r++)
    {
      gsize n;
      const double *p = ring_points (self, r, &n);

      if (n >= 3 && ring_contains (p, n, x, y))
        inside = !inside;
    }
  return inside;
}

/* Returns the index of the country under (x, y), or -1. Markers are drawn
 * last, on top, so they are tested first. */
int
xitu_map_hits_country_at (XituMapHits *self,
                          double       x,
                          double       y)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), -1);

  if (!in_map_area (self, x, y))
    return -1;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->countries->len; i++)
      {
        const Country *c = &g_array_index (self->countries, Country, i);
        gboolean is_marker = c->marker;

        if (is_marker == (pass == 0) && country_contains (self, c, x, y))
          return i;
      }

  return -1;
}

guint
xitu_map_hits_get_country_numeric (XituMapHits *self,
                                   guint        index)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), 0);
  g_return_val_if_fail (index < self->countries->len, 0);

  return g_array_index (self->countries, Country, index).numeric;
}

const char *
xitu_map_hits_get_country_name (XituMapHits *self,
                                guint        index)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), NULL);
  g_return_val_if_fail (index < self->countries->len, NULL);

  return g_array_index (self->countries, Country, index).name;
}

gboolean
xitu_map_hits_get_country_extents (XituMapHits *self,
                                   guint        index,
                                   double      *x,
                                   double      *y,
                                   double      *width,
                                   double      *height)
{
  const Country *c;

  g_return_val_if_fail (XITU_IS_MAP_HITS (self), FALSE);
  g_return_val_if_fail (index < self->countries->len, FALSE);

  c = &g_array_index (self->countries, Country, index);
  if (!(c->x2 >= c->x1))
    return FALSE;

  *x = c->x1;
  *y = c->y1;
  *width = c->x2 - c->x1;
  *height = c->y2 - c->y1;
  return TRUE;
}

/* Appends the country's outline (rings or marker circle) to cr's path;
 * fill it with CAIRO_FILL_RULE_EVEN_ODD to respect holes. */
void
xitu_map_hits_append_country_path (XituMapHits *self,
                                   guint        index,
                                   cairo_t     *cr)
{
  xitu_map_hits_append_outline (self, index, 0, cr);
}

/* A point stays unless it is within `min_step` of the last one kept in
 * both directions; a ring's first and last always stay. */
void
xitu_map_hits_append_outline (XituMapHits *self,
                              guint        index,
                              double       min_step,
                              cairo_t     *cr)
{
  const Country *c;

  g_return_if_fail (XITU_IS_MAP_HITS (self));
  g_return_if_fail (index < self->countries->len);

  c = &g_array_index (self->countries, Country, index);
  if (c->marker)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, c->cx, c->cy, c->radius, 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }

  for (guint r = c->first_ring; r < c->first_ring + c->n_rings; r++)
    {
      gsize n;
      const double *p = ring_points (self, r, &n);
      double last_x = p[0], last_y = p[1];

      cairo_move_to (cr, p[0], p[1]);
      for (gsize i = 1; i < n; i++)
        {
          double x = p[2 * i], y = p[2 * i + 1];

          if (i + 1 < n && fabs (x - last_x) < min_step && fabs (y - last_y) < min_step)
            continue;
          cairo_line_to (cr, x, y);
          last_x = x;
          last_y = y;
        }
      cairo_close_path (cr);
    }
}

/* The outlines of every drawn piece with this code (Australia and Ashmore
 * and Cartier Is. share one in 50m). Returns FALSE when none was drawn. */
gboolean
xitu_map_hits_append_numeric_outline (XituMapHits *self,
                                      guint        numeric,
                                      double       min_step,
                                      cairo_t     *cr)
{
  gboolean found = FALSE;

  g_return_val_if_fail (XITU_IS_MAP_HITS (self), FALSE);

  if (numeric == 0)
    return FALSE;

  for (guint i = 0; i < self->countries->len; i++)
    if (g_array_index (self->countries, Country, i).numeric == numeric)
      {
        xitu_map_hits_append_outline (self, i, min_step, cr);
        found = TRUE;
      }
  return found;
}

guint
xitu_map_hits_get_n_pins (XituMapHits *self)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), 0);

  return self->pins->len;
}

/* Returns the caller's index of the pin under (x, y), or -1; the pin drawn
 * last (on top) wins. */
int
xitu_map_hits_pin_at (XituMapHits *self,
                      double       x,
                      double       y)
{
  g_return_val_if_fail (XITU_IS_MAP_HITS (self), -1);

  if (!in_map_area (self, x, y))
    return -1;

  for (guint i = self->pins->len; i-- > 0;)
    {
      const Pin *p = &g_array_index (self->pins, Pin, i);

      if (hypot (x - p->x, y - p->y) <= p->radius)
        return p->index;
    }
  return -1;
}

/* Position and radius of the pin with the caller's index. */
void
xitu_map_hits_get_pin (XituMapHits *self,
                       guint        index,
                       double      *x,
                       double      *y,
                       double      *radius)
{
  g_return_if_fail (XITU_IS_MAP_HITS (self));

  for (guint i = 0; i < self->pins->len; i++)
    {
      const Pin *p = &g_array_index (self->pins, Pin, i);

      if (p->index == index)
        {
          *x = p->x;
          *y = p->y;
          *radius = p->radius;
          return;
        }
    }
  *x = *y = *radius = NAN;
}
