/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The world map: a choropleth of one value per country on the Equal Earth
 * projection, with facility pins, a legend, a title, the sources and the
 * boundary disclaimer. It draws into any cairo_t (image, PDF, SVG), uses
 * Pango for every string so that Chinese renders, and returns the hit
 * geometry of what it drew.
 *
 * Layout, top to bottom: title, map, legend, footer (sources), disclaimer.
 */
#include "xitu-map-renderer.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "xitu-bands.h"
#include "xitu-classify.h"
#include "xitu-geo-cut.h"
#include "xitu-text.h"

typedef struct
{
  double r, g, b;
} Rgb;

typedef struct
{
  Rgb page;
  Rgb ocean;
  Rgb sphere_edge;
  Rgb no_data;
  Rgb hatch;
  Rgb border;
  Rgb text;
  Rgb muted;
  Rgb pin;
  Rgb pin_edge;
} Theme;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const Theme light_theme = {
  RGB (0xffffff), RGB (0xdde9f2), RGB (0xa9bccb), RGB (0xd4d4d4), RGB (0x9a9a9a),
  RGB (0xffffff), RGB (0x1e1e1e), RGB (0x5e5e5e), RGB (0xd9480f), RGB (0x1e1e1e),
};

static const Theme dark_theme = {
  RGB (0x242424), RGB (0x1a2632), RGB (0x3d4f60), RGB (0x4a4a4a), RGB (0x7a7a7a),
  RGB (0x242424), RGB (0xf0f0f0), RGB (0xb0b0b0), RGB (0xff8a4c), RGB (0xf0f0f0),
};

/* Viridis, sampled at 0, ¼, ½, ¾, 1: sequential, perceptually even and
 * readable with the common colour-vision deficiencies. */
static const Rgb ramp[] = {
  RGB (0x440154), RGB (0x3b528b), RGB (0x21918c), RGB (0x5ec962), RGB (0xfde725),
};

/* Countries too small for the 1:110m geometry, drawn as a dot when the
 * caller gives them a value. */
static const struct
{
  guint       numeric;
  const char *name;
  double      lon, lat;
} small_countries[] = {
  { 702, "Singapore", 103.82, 1.35 },
  { 344, "Hong Kong", 114.17, 22.32 },
  { 470, "Malta", 14.44, 35.90 },
  { 48, "Bahrain", 50.56, 26.07 },
};

typedef struct
{
  cairo_t              *cr;
  const XituMapOptions *options;
  const Theme          *theme;
  double                width;
  double                height;
  double                text_size;
  double                pad;
  XituMapTransform      transform;
  double                map_x, map_y, map_w, map_h;
  XituMapHits          *hits;
  GHashTable           *values;  /* numeric → const XituMapValue * */
  /* The texts are measured before the map is placed and drawn after it:
   * their layouts, shaped once, by size, weight, width and text. */
  GHashTable           *layouts;
  /* Projected rings, kept for the border pass after all fills, and for
   * each point whether the edge that ends there is left unstroked: an edge
   * of the antimeridian cut (not a border), or a border that the
   * neighbour's ring strokes. */
  GArray               *xy;
  GArray               *unstroked;
  GArray               *ring_ends;
  double                min_step;  /* user units below which points are merged */
  cairo_pattern_t      *no_data;       /* grey, hatched on raster targets */
  GArray               *no_data_hits;  /* hit indices of no-data countries */
  GArray               *classes;       /* by hit index: class, or NO_DATA */
} Render;

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static Rgb
ramp_at (double v)
{
  double p = CLAMP (v, 0, 1) * (G_N_ELEMENTS (ramp) - 1);
  guint i = MIN ((guint) p, G_N_ELEMENTS (ramp) - 2);
  double f = p - i;

  return (Rgb) { ramp[i].r + f * (ramp[i + 1].r - ramp[i].r),
                 ramp[i].g + f * (ramp[i + 1].g - ramp[i].g),
                 ramp[i].b + f * (ramp[i + 1].b - ramp[i].b) };
}

/* Light theme: pale for low values, dark for high; dark theme the other
 * way round, skipping the darkest purple that would sink into the ocean. */
static Rgb
class_rgb (const XituMapOptions *options,
           guint                 class_index)
{
  guint n = options->n_breaks + 1;
  double t = n > 1 ? (double) MIN (class_index, n - 1) / (n - 1) : 0.5;

  return options->dark ? ramp_at (0.15 + 0.85 * t) : ramp_at (1 - t);
}

void
xitu_map_renderer_class_color (const XituMapOptions *options,
                               guint                 class_index,
                               double               *rgb)
{
  Rgb c = class_rgb (options, class_index);

  rgb[0] = c.r;
  rgb[1] = c.g;
  rgb[2] = c.b;
}

/* ---- text ------------------------------------------------------------- */

/* A layout owned by the render: g_object_ref() it to keep it. */
static PangoLayout *
make_layout (Render     *r,
             const char *text,
             double      size,
             gboolean    bold,
             double      wrap_width)
{
  g_autofree char *key = g_strdup_printf ("%g %d %g %s", size, bold, wrap_width, text);
  PangoLayout *layout = g_hash_table_lookup (r->layouts, key);
  PangoFontDescription *desc;

  if (layout != NULL)
    return layout;

  layout = pango_cairo_create_layout (r->cr);
  g_hash_table_insert (r->layouts, g_steal_pointer (&key), layout);
  desc = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *w,
             double      *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

/* Draws (or only measures) a wrapped paragraph; returns its height. */
static double
paragraph (Render     *r,
           const char *text,
           double      y,
           double      size,
           gboolean    bold,
           const Rgb  *color,
           gboolean    draw)
{
  PangoLayout *layout;
  double w, h;

  if (text == NULL || *text == '\0')
    return 0;

  layout = make_layout (r, text, size, bold, r->width - 2 * r->pad);
  layout_size (layout, &w, &h);
  if (draw)
    {
      set_rgb (r->cr, color);
      /* Through the text sink: the SVG export keeps real text. */
      xitu_text_draw_layout (r->cr, layout, r->pad, y, XITU_ALIGN_START, XITU_ALIGN_START);
    }
  return h;
}

static char *
format_number (double v)
{
  g_autoptr(GString) s = NULL;
  g_autofree char *digits = NULL;
  gsize len;

  if (fabs (v) < 1000)
    return g_strdup_printf ("%.3g", v);

  /* Thousands separators, in the C locale's digits. */
  digits = g_strdup_printf ("%.0f", fabs (v));
  len = strlen (digits);
  s = g_string_new (v < 0 ? "−" : "");
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
class_label (const XituMapOptions *o,
             guint                 i)
{
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;

  if (o->class_labels != NULL)
    return g_strdup (o->class_labels[i]);
  if (o->n_breaks == 0)
    return g_strdup ("");

  if (i == 0)
    {
      hi = format_number (o->breaks[0]);
      return g_strdup_printf ("< %s", hi);
    }
  lo = format_number (o->breaks[i - 1]);
  if (i == o->n_breaks)
    return g_strdup_printf ("≥ %s", lo);
  hi = format_number (o->breaks[i]);
  return g_strdup_printf ("%s – %s", lo, hi);
}

/* ---- pins ------------------------------------------------------------- */

static void
pin_path (cairo_t      *cr,
          XituMapStage  stage,
          double        x,
          double        y,
          double        r)
{
  cairo_new_path (cr);
  switch (stage)
    {
    case XITU_MAP_STAGE_MINING:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.75);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.75);
      break;
    case XITU_MAP_STAGE_METAL:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case XITU_MAP_STAGE_MAGNET:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      break;
    case XITU_MAP_STAGE_SEPARATION:
    case XITU_MAP_N_STAGES:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
  cairo_close_path (cr);
}

/* Status is told by the fill, not by colour alone: full, lower half, none. */
static void
draw_pin (Render        *r,
          XituMapStage   stage,
          XituMapStatus  status,
          double         x,
          double         y,
          double         radius)
{
  cairo_t *cr = r->cr;
  double edge = MAX (1.0, radius * 0.2);

  cairo_save (cr);
  pin_path (cr, stage, x, y, radius);
  set_rgb (cr, status == XITU_MAP_STATUS_OPERATING ? &r->theme->pin : &r->theme->page);
  cairo_fill_preserve (cr);

  if (status == XITU_MAP_STATUS_CONSTRUCTION)
    {
      cairo_save (cr);
      cairo_clip (cr);
      cairo_rectangle (cr, x - 2 * radius, y, 4 * radius, 2 * radius);
      set_rgb (cr, &r->theme->pin);
      cairo_fill (cr);
      cairo_restore (cr);
      pin_path (cr, stage, x, y, radius);
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (status == XITU_MAP_STATUS_ANNOUNCED)
    {
      cairo_set_line_width (cr, edge * 1.6);
      set_rgb (cr, &r->theme->pin);
    }
  else
    {
      cairo_set_line_width (cr, edge);
      set_rgb (cr, &r->theme->pin_edge);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
pin_radius (Render *r,
            double  capacity,
            double  max_capacity)
{
  double rmin = r->text_size * 0.32, rmax = r->text_size * 0.85;

  if (!(capacity > 0) || !(max_capacity > 0))
    return rmin;
  /* Area, not radius, grows with capacity. */
  return rmin + (rmax - rmin) * sqrt (MIN (capacity / max_capacity, 1.0));
}

static int
compare_pins_by_capacity (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  const XituMapPin *pins = user_data;
  double ca = pins[*(const guint *) a].capacity, cb = pins[*(const guint *) b].capacity;

  ca = isfinite (ca) ? ca : 0;
  cb = isfinite (cb) ? cb : 0;
  return (ca < cb) - (ca > cb);
}

/* Largest first, so that small pins stay visible on top. */
static void
draw_pins (Render *r)
{
  const XituMapOptions *o = r->options;
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), o->n_pins);
  double max_capacity = 0;

  for (guint i = 0; i < o->n_pins; i++)
    {
      g_array_append_val (order, i);
      if (isfinite (o->pins[i].capacity))
        max_capacity = MAX (max_capacity, o->pins[i].capacity);
    }
  g_array_sort_with_data (order, compare_pins_by_capacity, (gpointer) o->pins);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      const XituMapPin *pin = &o->pins[i];
      double x, y, radius;

      if (!isfinite (pin->lon) || !isfinite (pin->lat) ||
          fabs (pin->lon) > 180 || fabs (pin->lat) > 90)
        continue;

      xitu_map_transform_project (&r->transform, pin->lon, pin->lat, &x, &y);
      radius = pin_radius (r, pin->capacity, max_capacity);
      draw_pin (r, pin->stage % XITU_MAP_N_STAGES, pin->status % XITU_MAP_N_STATUSES, x, y, radius);
      xitu_map_hits_add_pin (r->hits, i, x, y, radius + 2);
    }
}

/* ---- countries -------------------------------------------------------- */

static const XituMapValue *
value_for (Render *r,
           guint   numeric)
{
  if (numeric == 0)
    return NULL;
  return g_hash_table_lookup (r->values, GUINT_TO_POINTER (numeric));
}

static gboolean
has_value (const XituMapValue *v)
{
  return v != NULL && v->has_value && isfinite (v->value);
}

static void
fill_color (Render             *r,
            const XituMapValue *v)
{
  if (has_value (v))
    {
      Rgb c = class_rgb (r->options,
                         xitu_classify_value (r->options->breaks, r->options->n_breaks, v->value));
      set_rgb (r->cr, &c);
    }
  else
    cairo_set_source (r->cr, r->no_data);
}

/* Projects a feature's rings into r->xy and the hits; FALSE when it lies
 * wholly outside the map area (then nothing is recorded). */
static gboolean
project_feature (Render         *r,
                 XituGeoFeature *feature)
{
  const XituGeoBBox *bb = xitu_geo_feature_get_bbox (feature);
  double x1 = INFINITY, x2 = -INFINITY, y1, y2, x, y;
  const double lats[] = { bb->south, CLAMP (0, bb->south, bb->north), bb->north };
  g_autoptr(GArray) ring_xy = g_array_new (FALSE, FALSE, sizeof (double));

  if (xitu_geo_feature_get_n_rings (feature) == 0)
    return FALSE;

  /* Screen bbox: y depends on latitude alone; x is extreme on the box's
   * edges at its southern, equatorial or northern latitude. */
  for (guint i = 0; i < G_N_ELEMENTS (lats); i++)
    {
      xitu_map_transform_project (&r->transform, bb->west, lats[i], &x, &y);
      x1 = MIN (x1, x);
      xitu_map_transform_project (&r->transform, bb->east, lats[i], &x, &y);
      x2 = MAX (x2, x);
    }
  xitu_map_transform_project (&r->transform, 0, bb->north, &x, &y1);
  xitu_map_transform_project (&r->transform, 0, bb->south, &x, &y2);
  if (x2 < r->map_x || x1 > r->map_x + r->map_w || y2 < r->map_y || y1 > r->map_y + r->map_h)
    return FALSE;

  xitu_map_hits_begin_country (r->hits, xitu_geo_feature_get_numeric (feature),
                               xitu_geo_feature_get_name (feature));
  for (guint k = 0; k < xitu_geo_feature_get_n_rings (feature); k++)
    {
      gsize n;
      const XituGeoPoint *p = xitu_geo_feature_get_ring (feature, k, &n);
      const guint8 *shared = xitu_geo_feature_get_ring_shared (feature, k);
      guint first = r->unstroked->len, end;
      double *out;
      guint8 *flags;
      gsize kept = 0;
      gboolean cut_before = FALSE;

      /* Written in place, at most n points: appending each point to three
       * arrays cost a fifth of the render's serial part. */
      g_array_set_size (ring_xy, 2 * n);
      g_array_set_size (r->unstroked, first + n);
      out = (double *) (gpointer) ring_xy->data;
      flags = (guint8 *) r->unstroked->data + first;
      for (gsize i = 0; i < n; i++)
        {
          gboolean cut_after = i + 1 < n && xitu_geo_is_cut_edge (&p[i], &p[i + 1]);
          /* Where a border starts or stops being drawn by the neighbour. */
          gboolean turn = shared != NULL && i + 1 < n && shared[i] != shared[i + 1];
          double px, py;

          xitu_map_transform_project (&r->transform, p[i].lon, p[i].lat, &px, &py);
          /* Points closer than the pixel grid to the last one kept add
           * nothing but work for the rasterizer (50m has ~10 per pixel at
           * world scale). Ends of rings, of cut edges and of shared
           * borders always stay, so that the edges between two kept
           * points are all cut, shared or neither. */
          if (i > 0 && i + 1 < n && !cut_before && !cut_after && !turn &&
              fabs (px - out[2 * kept - 2]) < r->min_step && fabs (py - out[2 * kept - 1]) < r->min_step)
            {
              cut_before = cut_after;
              continue;
            }
          out[2 * kept] = px;
          out[2 * kept + 1] = py;
          flags[kept] = cut_before || (shared != NULL && i > 0 && shared[i]);
          kept++;
          cut_before = cut_after;
        }
      g_array_set_size (ring_xy, 2 * kept);
      g_array_set_size (r->unstroked, first + kept);
      g_array_append_vals (r->xy, out, 2 * kept);
      xitu_map_hits_add_ring (r->hits, (const double *) (gpointer) ring_xy->data, ring_xy->len / 2);
      end = r->unstroked->len;
      g_array_append_val (r->ring_ends, end);
    }
  return TRUE;
}

/* The no-data fill on raster targets: neutral grey with diagonal hatching
 * as a repeating tile, far cheaper than clipping to every no-data country
 * and stroking lines through the clip. */
static cairo_pattern_t *
hatch_tile (Render *r)
{
  double t = MAX (3.0, r->text_size * 0.4);
  double sx = 1, sy = 1;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  cairo_surface_get_device_scale (cairo_get_target (r->cr), &sx, &sy);
  tile = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (t * sx), ceil (t * sy));
  cairo_surface_set_device_scale (tile, sx, sy);
  t = ceil (t * sx) / sx;

  cr = cairo_create (tile);
  set_rgb (cr, &r->theme->no_data);
  cairo_paint (cr);
  /* One diagonal through the tile, continued into the corners so the
   * repeats join without gaps. */
  cairo_move_to (cr, -t, 2 * t);
  cairo_line_to (cr, 2 * t, -t);
  cairo_move_to (cr, -t, t);
  cairo_line_to (cr, t, -t);
  cairo_move_to (cr, 0, 2 * t);
  cairo_line_to (cr, 2 * t, 0);
  set_rgb (cr, &r->theme->hatch);
  cairo_set_line_width (cr, MAX (0.6, r->text_size * 0.06));
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static gboolean
is_raster (Render *r)
{
  return cairo_surface_get_type (cairo_get_target (r->cr)) == CAIRO_SURFACE_TYPE_IMAGE;
}

/* On vector targets (PDF, SVG) the hatching is drawn as lines clipped to
 * the no-data countries: it stays vector, and cairo 1.16 leaks when a
 * recording surface is used as a repeating pattern there. */
static void
hatch_lines (Render *r,
             double  x,
             double  y,
             double  w,
             double  h)
{
  cairo_t *cr = r->cr;

  for (double d = -h; d < w; d += MAX (3.0, r->text_size * 0.4))
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  set_rgb (cr, &r->theme->hatch);
  cairo_set_line_width (cr, MAX (0.6, r->text_size * 0.06));
  cairo_stroke (cr);
}

static void
draw_vector_hatch (Render *r)
{
  cairo_t *cr = r->cr;

  if (r->no_data_hits->len == 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < r->no_data_hits->len; i++)
    xitu_map_hits_append_country_path (r->hits, g_array_index (r->no_data_hits, guint, i), cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  hatch_lines (r, r->map_x, r->map_y, r->map_w, r->map_h);
  cairo_restore (cr);
}

/* Thin at world scale, a little heavier when zoomed in. */
static double
border_width (Render *r)
{
  double zoom = MAX (r->options->zoom, 1.0);

  return MAX (0.5, r->text_size * 0.045) * MIN (sqrt (zoom), 3.0);
}

/* Borders after every fill, so that no fill covers half of a border. The
 * edges that the antimeridian cut added are skipped. */
static void
draw_borders (Render *r)
{
  cairo_t *cr = r->cr;
  guint start = 0;

  set_rgb (cr, &r->theme->border);
  cairo_set_line_width (cr, border_width (r));
  /* Round joins cost an arc per vertex; at this width a bevel looks the same. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);

  /* One stroke per ring: in a single path the rings' shared ends and
   * touching coastlines make cairo's tessellator find intersections. */
  for (guint k = 0; k < r->ring_ends->len; k++)
    {
      guint end = g_array_index (r->ring_ends, guint, k);

      cairo_new_path (cr);
      for (guint i = start; i < end; i++)
        {
          double x = g_array_index (r->xy, double, 2 * i);
          double y = g_array_index (r->xy, double, 2 * i + 1);

          if (i == start || g_array_index (r->unstroked, guint8, i))
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      start = end;
    }
}

static void
draw_sphere (Render *r,
             gboolean fill)
{
  cairo_t *cr = r->cr;
  double x, y;

  cairo_new_path (cr);
  for (int lat = -90; lat <= 90; lat++)
    {
      xitu_map_transform_project (&r->transform, -180, lat, &x, &y);
      cairo_line_to (cr, x, y);
    }
  for (int lat = 90; lat >= -90; lat--)
    {
      xitu_map_transform_project (&r->transform, 180, lat, &x, &y);
      cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);

  if (fill)
    {
      set_rgb (cr, &r->theme->ocean);
      cairo_fill (cr);
    }
  else
    {
      set_rgb (cr, &r->theme->sphere_edge);
      cairo_set_line_width (cr, MAX (0.5, r->text_size * 0.05));
      cairo_stroke (cr);
    }
}

/* The fill class of each country drawn: its class index, or NO_DATA. */
#define NO_DATA G_MAXUINT

/* One fill per class, every country of the class in one path: a fill's
 * set-up (and, for the hatching, its pattern's) is paid a few times rather
 * than once per country, and neighbours of one class meet without a seam.
 * Countries do not overlap, so the even-odd rule over all their rings is
 * still each country's area. */
static void
fill_classes (Render      *r,
              const guint *classes,
              guint        n)
{
  cairo_t *cr = r->cr;

  for (guint c = 0; c <= r->options->n_breaks + 1; c++)
    {
      guint class_index = c <= r->options->n_breaks ? c : NO_DATA;
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        if (classes[i] == class_index)
          {
            xitu_map_hits_append_country_path (r->hits, i, cr);
            any = TRUE;
          }
      if (!any)
        continue;
      if (class_index == NO_DATA)
        cairo_set_source (cr, r->no_data);
      else
        {
          Rgb rgb = class_rgb (r->options, class_index);

          set_rgb (cr, &rgb);
        }
      cairo_fill (cr);
    }
}

/* Projects every country in view, recording its hit geometry and its
 * fill class (r->classes, by hit index). */
static void
project_countries (Render *r)
{
  XituWorld *world = r->options->world;

  for (guint i = 0; world != NULL && i < xitu_world_get_n_features (world); i++)
    {
      XituGeoFeature *feature = xitu_world_get_feature (world, i);
      const XituMapValue *v;
      guint hit, class_index = NO_DATA;

      if (!project_feature (r, feature))
        continue;

      hit = xitu_map_hits_get_n_countries (r->hits) - 1;
      v = value_for (r, xitu_geo_feature_get_numeric (feature));
      if (has_value (v))
        class_index = xitu_classify_value (r->options->breaks, r->options->n_breaks, v->value);
      else
        g_array_append_val (r->no_data_hits, hit);
      g_array_set_size (r->classes, hit + 1);
      g_array_index (r->classes, guint, hit) = class_index;
    }
}

/* The sphere, the countries, their borders and the sphere's edge: all of
 * the map that is drawn from the projected geometry alone. */
static void
clip_to_map (Render *r)
{
  cairo_rectangle (r->cr, r->map_x, r->map_y, r->map_w, r->map_h);
  cairo_clip (r->cr);
}

static void
draw_land (Render *r)
{
  draw_sphere (r, TRUE);
  cairo_set_fill_rule (r->cr, CAIRO_FILL_RULE_EVEN_ODD);
  fill_classes (r, (const guint *) (gpointer) r->classes->data, r->classes->len);
  if (!is_raster (r))
    draw_vector_hatch (r);
  draw_borders (r);
  draw_sphere (r, FALSE);
}

/* draw_land() for one band of an image, on a thread of its own: a copy of
 * the render with the band's cairo_t and a hatching pattern of its own
 * (cairo does not lock a pattern's image while drawing from it). The map
 * area's clip is set here: its edges are not on whole pixels, so it could
 * not be handed over as a list of rectangles. */
static void
draw_land_band (cairo_t  *cr,
                gpointer  user_data)
{
  Render band = *(const Render *) user_data;

  band.cr = cr;
  band.no_data = hatch_tile (&band);
  clip_to_map (&band);
  draw_land (&band);
  cairo_pattern_destroy (band.no_data);
}

/* Small countries that the geometry lacks but the caller gave a value. */
static void
draw_small_countries (Render *r)
{
  XituWorld *world = r->options->world;
  double radius = MAX (2.5, r->text_size * 0.3);

  for (guint i = 0; i < G_N_ELEMENTS (small_countries); i++)
    {
      const XituMapValue *v = value_for (r, small_countries[i].numeric);
      double x, y;

      if (!has_value (v) || (world != NULL && xitu_world_lookup (world, small_countries[i].numeric)))
        continue;

      xitu_map_transform_project (&r->transform, small_countries[i].lon, small_countries[i].lat, &x, &y);
      cairo_new_path (r->cr);
      cairo_arc (r->cr, x, y, radius, 0, 2 * G_PI);
      fill_color (r, v);
      cairo_fill_preserve (r->cr);
      set_rgb (r->cr, &r->theme->text);
      cairo_set_line_width (r->cr, MAX (0.8, radius * 0.3));
      cairo_stroke (r->cr);
      xitu_map_hits_add_marker (r->hits, small_countries[i].numeric, small_countries[i].name,
                                x, y, radius + 2);
    }
}

static void
draw_map (Render *r)
{
  cairo_t *cr = r->cr;
  gboolean banded;

  cairo_save (cr);
  /* On pixels, cairo's 4×4 coverage (FAST) draws the thin borders and
   * coastlines as the default 16×16 does, at two thirds of the time; vector
   * targets keep exact geometry either way. */
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  project_countries (r);
  /* A large image is drawn in bands on all processors; the pins and dots
   * on top are few and quick. */
  banded = r->options->n_threads != 1 &&
           xitu_draw_in_bands (cr, r->map_x, r->map_y, r->map_w, r->map_h, r->options->n_threads,
                               draw_land_band, r);
  clip_to_map (r);
  if (!banded)
    draw_land (r);
  draw_small_countries (r);
  draw_pins (r);

  cairo_restore (cr);
}

void
xitu_map_renderer_paint_highlight (cairo_t  *cr,
                                   gboolean  dark,
                                   gboolean  selected)
{
  gboolean pixels;

  g_return_if_fail (cr != NULL);

  pixels = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE;
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  if (!selected)
    {
      /* The halo is opaque and covers the shade's edge: smoothing that
       * edge would cost a third of a large country's hover and not show. */
      if (pixels)
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      if (dark)
        cairo_set_source_rgba (cr, 1, 1, 1, 0.18);
      else
        cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
      cairo_fill_preserve (cr);
    }
  /* As for the borders: on pixels, 4x4 coverage draws these lines as the
   * default 16x16 does, in a fraction of the time, and a hover must be
   * quick whatever the country's size. */
  if (pixels)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  /* Accent blue of Adwaita; a white halo under it keeps it visible on any
   * class. Opaque, cairo fills its spans directly instead of compositing
   * each one. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, selected ? 4.5 : 3.5);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
  cairo_set_line_width (cr, selected ? 2.5 : 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---- legend ----------------------------------------------------------- */

typedef enum
{
  ITEM_HEADING,
  ITEM_CLASS,
  ITEM_NO_DATA,
  ITEM_STAGE,
  ITEM_STATUS,
  ITEM_NEWLINE,
} ItemKind;

typedef struct
{
  ItemKind  kind;
  guint     index;
  char     *label;
} Item;

static void
clear_item (gpointer data)
{
  g_free (((Item *) data)->label);
}

static void
add_item (GArray     *items,
          ItemKind    kind,
          guint       index,
          char       *label)
{
  Item item = { kind, index, label };

  g_array_append_val (items, item);
}

static gboolean
has_pin_legend (const XituMapOptions *o)
{
  if (o->n_pins == 0)
    return FALSE;
  for (guint i = 0; i < XITU_MAP_N_STAGES; i++)
    if (o->stage_labels[i] == NULL)
      return FALSE;
  for (guint i = 0; i < XITU_MAP_N_STATUSES; i++)
    if (o->status_labels[i] == NULL)
      return FALSE;
  return TRUE;
}

static GArray *
legend_items (const XituMapOptions *o)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, clear_item);

  if (o->legend_title != NULL && o->units != NULL)
    add_item (items, ITEM_HEADING, 0, g_strdup_printf ("%s (%s)", o->legend_title, o->units));
  else if (o->legend_title != NULL || o->units != NULL)
    add_item (items, ITEM_HEADING, 0, g_strdup (o->legend_title ? o->legend_title : o->units));

  for (guint i = 0; i <= o->n_breaks; i++)
    add_item (items, ITEM_CLASS, i, class_label (o, i));
  add_item (items, ITEM_NO_DATA, 0, g_strdup (o->no_data_label ? o->no_data_label : "–"));

  if (has_pin_legend (o))
    {
      add_item (items, ITEM_NEWLINE, 0, NULL);
      for (guint i = 0; i < XITU_MAP_N_STAGES; i++)
        add_item (items, ITEM_STAGE, i, g_strdup (o->stage_labels[i]));
      for (guint i = 0; i < XITU_MAP_N_STATUSES; i++)
        add_item (items, ITEM_STATUS, i, g_strdup (o->status_labels[i]));
    }
  return items;
}

static void
draw_swatch (Render     *r,
             const Item *item,
             double      x,
             double      y,
             double      s)
{
  cairo_t *cr = r->cr;

  switch (item->kind)
    {
    case ITEM_CLASS:
      {
        Rgb c = class_rgb (r->options, item->index);
        cairo_rectangle (cr, x, y, s * 1.6, s);
        set_rgb (cr, &c);
        cairo_fill (cr);
      }
      break;
    case ITEM_NO_DATA:
      cairo_save (cr);
      cairo_rectangle (cr, x, y, s * 1.6, s);
      cairo_set_source (cr, r->no_data);
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      if (!is_raster (r))
        hatch_lines (r, x, y, s * 1.6, s);
      cairo_restore (cr);
      break;
    case ITEM_STAGE:
      draw_pin (r, item->index, XITU_MAP_STATUS_OPERATING, x + s * 0.6, y + s * 0.5, s * 0.42);
      break;
    case ITEM_STATUS:
      draw_pin (r, XITU_MAP_STAGE_SEPARATION, item->index, x + s * 0.6, y + s * 0.5, s * 0.42);
      break;
    case ITEM_HEADING:
    case ITEM_NEWLINE:
    default:
      break;
    }
}

static double
swatch_width (const Item *item,
              double      s)
{
  switch (item->kind)
    {
    case ITEM_CLASS:
    case ITEM_NO_DATA:
      return s * 1.6 + s * 0.4;
    case ITEM_STAGE:
    case ITEM_STATUS:
      return s * 1.2 + s * 0.3;
    case ITEM_HEADING:
    case ITEM_NEWLINE:
    default:
      return 0;
    }
}

/* Lays the items out left to right, wrapping at the page width; draws them
 * when asked. Returns the height used. */
static double
legend_flow (Render *r,
             GArray *items,
             double  top,
             gboolean draw)
{
  double s = r->text_size * 0.85;
  double line_h = s * 1.6;
  double x = r->pad, y = top;
  double right = r->width - r->pad;

  if (items->len == 0)
    return 0;

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      PangoLayout *layout;
      double sw = swatch_width (item, s);
      double tw = 0, th = 0, w;

      if (item->kind == ITEM_NEWLINE)
        {
          x = r->pad;
          y += line_h;
          continue;
        }

      layout = make_layout (r, item->label, s, item->kind == ITEM_HEADING, 0);
      layout_size (layout, &tw, &th);
      w = sw + tw + s * 1.2;
      if (x > r->pad && x + w - s * 1.2 > right)
        {
          x = r->pad;
          y += line_h;
        }

      if (draw)
        {
          draw_swatch (r, item, x, y + (line_h - s) / 2, s);
          set_rgb (r->cr, &r->theme->text);
          xitu_text_draw_layout (r->cr, layout, x + sw, y + (line_h - th) / 2, XITU_ALIGN_START, XITU_ALIGN_START);
        }
      x += w;
    }
  return y + line_h - top;
}

/* ---- the whole map ---------------------------------------------------- */

/* The map area on whole device pixels: a crisp edge, and a clip that every
 * band of the image (xitu_draw_in_bands()) cuts the same way. */
static void
snap_to_pixels (cairo_t *cr,
                double  *x,
                double  *y,
                double  *w,
                double  *h)
{
  cairo_surface_t *target = cairo_get_target (cr);
  double p[2][2] = { { *x, *y }, { *x + *w, *y + *h } };
  double ox, oy, sx, sy;

  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  for (guint i = 0; i < 2; i++)
    {
      cairo_user_to_device (cr, &p[i][0], &p[i][1]);
      p[i][0] = (round (p[i][0] * sx + ox) - ox) / sx;
      p[i][1] = (round (p[i][1] * sy + oy) - oy) / sy;
      cairo_device_to_user (cr, &p[i][0], &p[i][1]);
    }
  *x = p[0][0];
  *y = p[0][1];
  *w = MAX (1, p[1][0] - p[0][0]);
  *h = MAX (1, p[1][1] - p[0][1]);
}

static void
layout_and_draw (Render *r)
{
  const XituMapOptions *o = r->options;
  const Theme *t = r->theme;
  double small = r->text_size * 0.78;
  g_autoptr(GArray) items = legend_items (o);
  double title_h, legend_h, footer_h, disclaimer_h, bottom;

  /* Measure first: the map gets what the texts leave. */
  title_h = paragraph (r, o->title, 0, r->text_size * 1.35, TRUE, &t->text, FALSE);
  legend_h = legend_flow (r, items, 0, FALSE);
  footer_h = paragraph (r, o->footer, 0, small, FALSE, &t->muted, FALSE);
  disclaimer_h = paragraph (r, o->disclaimer, 0, small, FALSE, &t->muted, FALSE);

  r->map_x = r->pad;
  r->map_y = r->pad + (title_h > 0 ? title_h + r->pad : 0);
  r->map_w = MAX (1, r->width - 2 * r->pad);
  bottom = r->height - r->pad - footer_h - disclaimer_h - legend_h - r->pad * 0.5;
  r->map_h = MAX (1, bottom - r->map_y);
  if (is_raster (r))
    snap_to_pixels (r->cr, &r->map_x, &r->map_y, &r->map_w, &r->map_h);

  xitu_map_transform_init (&r->transform, r->map_x, r->map_y, r->map_w, r->map_h,
                           o->zoom > 0 ? o->zoom : 1, o->centre_x, o->centre_y);
  r->hits = xitu_map_hits_new (&r->transform, r->map_x, r->map_y, r->map_w, r->map_h);

  set_rgb (r->cr, &t->page);
  cairo_paint (r->cr);

  draw_map (r);

  paragraph (r, o->title, r->pad, r->text_size * 1.35, TRUE, &t->text, TRUE);
  bottom = r->map_y + r->map_h + r->pad * 0.5;
  legend_flow (r, items, bottom, TRUE);
  paragraph (r, o->footer, bottom + legend_h, small, FALSE, &t->muted, TRUE);
  paragraph (r, o->disclaimer, bottom + legend_h + footer_h, small, FALSE, &t->muted, TRUE);
}

/* On raster targets half a device pixel; on vector targets (PDF, SVG), which
 * may be zoomed in a viewer, a hundredth of a point. */
static double
min_step_for (cairo_t *cr)
{
  double dx = 1, dy = 0;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return 0.01;
  cairo_user_to_device_distance (cr, &dx, &dy);
  return 0.5 / MAX (hypot (dx, dy), 1e-6);
}

/**
 * xitu_map_renderer_draw:
 * @cr: where to draw, in user units from (0, 0) to (@width, @height)
 * @options: what to draw
 *
 * Draws the map, legend and texts; the same call serves the window, PNG,
 * PDF and SVG export.
 *
 * Returns: (transfer full): the hit geometry, in @cr's user space
 */
XituMapHits *
xitu_map_renderer_draw (cairo_t              *cr,
                        double                width,
                        double                height,
                        const XituMapOptions *options)
{
  g_autoptr(GHashTable) values = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) unstroked = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr(GArray) ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) no_data_hits = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) classes = g_array_new (FALSE, FALSE, sizeof (guint));
  Render r = { 0 };

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->world == NULL || XITU_IS_WORLD (options->world), NULL);

  for (gsize i = 0; i < options->n_values; i++)
    g_hash_table_insert (values, GUINT_TO_POINTER (options->values[i].numeric),
                         (gpointer) &options->values[i]);

  r.cr = cr;
  r.options = options;
  r.theme = options->dark ? &dark_theme : &light_theme;
  r.width = width;
  r.height = height;
  r.text_size = options->text_size > 0 ? options->text_size
                                       : CLAMP (MIN (width, height * 2) / 100, 12, 22);
  r.pad = r.text_size * 0.8;
  r.values = values;
  r.layouts = layouts;
  r.xy = xy;
  r.unstroked = unstroked;
  r.ring_ends = ring_ends;
  r.no_data_hits = no_data_hits;
  r.classes = classes;
  r.min_step = min_step_for (cr);

  cairo_save (cr);
  r.no_data = is_raster (&r) ? hatch_tile (&r)
                             : cairo_pattern_create_rgb (r.theme->no_data.r, r.theme->no_data.g,
                                                         r.theme->no_data.b);
  layout_and_draw (&r);
  cairo_pattern_destroy (r.no_data);
  cairo_restore (cr);

  return r.hits;
}

/* ---- options ---------------------------------------------------------- */

/* A deep copy, for a widget that keeps the options between draws. The
 * world is referenced. */
XituMapOptions *
xitu_map_options_copy (const XituMapOptions *o)
{
  XituMapOptions *c = g_new0 (XituMapOptions, 1);
  XituMapPin *pins;

  *c = *o;
  c->world = o->world ? g_object_ref (o->world) : NULL;
  c->values = g_memdup2 (o->values, o->n_values * sizeof *o->values);
  c->breaks = g_memdup2 (o->breaks, o->n_breaks * sizeof *o->breaks);
  c->class_labels = NULL;
  if (o->class_labels != NULL)
    {
      char **labels = g_new0 (char *, o->n_breaks + 2);

      for (gsize i = 0; i <= o->n_breaks; i++)
        labels[i] = g_strdup (o->class_labels[i]);
      c->class_labels = (const char * const *) labels;
    }
  c->title = g_strdup (o->title);
  c->legend_title = g_strdup (o->legend_title);
  c->units = g_strdup (o->units);
  c->no_data_label = g_strdup (o->no_data_label);
  c->footer = g_strdup (o->footer);
  c->disclaimer = g_strdup (o->disclaimer);
  pins = g_memdup2 (o->pins, o->n_pins * sizeof *o->pins);
  for (gsize i = 0; i < o->n_pins; i++)
    pins[i].name = g_strdup (o->pins[i].name);
  c->pins = pins;
  for (guint i = 0; i < XITU_MAP_N_STAGES; i++)
    c->stage_labels[i] = g_strdup (o->stage_labels[i]);
  for (guint i = 0; i < XITU_MAP_N_STATUSES; i++)
    c->status_labels[i] = g_strdup (o->status_labels[i]);
  return c;
}

/* Frees a copy made by xitu_map_options_copy(); never a caller's struct. */
void
xitu_map_options_free (XituMapOptions *o)
{
  if (o == NULL)
    return;

  g_clear_object (&o->world);
  g_free ((gpointer) o->values);
  g_free ((gpointer) o->breaks);
  g_strfreev ((char **) o->class_labels);
  g_free ((gpointer) o->title);
  g_free ((gpointer) o->legend_title);
  g_free ((gpointer) o->units);
  g_free ((gpointer) o->no_data_label);
  g_free ((gpointer) o->footer);
  g_free ((gpointer) o->disclaimer);
  for (gsize i = 0; i < o->n_pins; i++)
    g_free ((gpointer) o->pins[i].name);
  g_free ((gpointer) o->pins);
  for (guint i = 0; i < XITU_MAP_N_STAGES; i++)
    g_free ((gpointer) o->stage_labels[i]);
  for (guint i = 0; i < XITU_MAP_N_STATUSES; i++)
    g_free ((gpointer) o->status_labels[i]);
  g_free (o);
}
