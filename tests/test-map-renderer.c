/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <math.h>

#include "xitu-map-renderer.h"

#define WIDTH 1600
#define HEIGHT 800

/* USGS MCS 2026 mine production 2025e, t REO (REFERENCE.md §1). */
static const XituMapValue production[] = {
  { 156, 270000, TRUE },  /* China */
  { 840, 51000, TRUE },   /* United States */
  { 36, 29000, TRUE },    /* Australia */
  { 104, 22000, TRUE },   /* Myanmar */
  { 643, 2600, TRUE },    /* Russia */
  { 242, 0, TRUE },       /* Fiji: a zero, drawn as a class, not as "no data" */
  { 702, 5000, TRUE },    /* Singapore: not in 110m, drawn as a dot (illustrative value) */
  { 76, 0, FALSE },       /* Brazil: explicitly "no data" */
};
static const double breaks[] = { 10000, 25000, 50000, 100000 };

/* Facilities of REFERENCE.md §5. */
static const XituMapPin pins[] = {
  { -115.53, 35.48, XITU_MAP_STAGE_MINING, XITU_MAP_STATUS_OPERATING, 45455, "Mountain Pass" },
  { 103.33, 3.97, XITU_MAP_STAGE_SEPARATION, XITU_MAP_STATUS_OPERATING, 10500, "Lynas Malaysia" },
  { 28.19, 59.38, XITU_MAP_STAGE_MAGNET, XITU_MAP_STATUS_CONSTRUCTION, 2000, "Neo Narva" },
  { 115.27, -29.82, XITU_MAP_STAGE_SEPARATION, XITU_MAP_STATUS_ANNOUNCED, 23000, "Iluka Eneabba" },
  { -97.33, 32.75, XITU_MAP_STAGE_METAL, XITU_MAP_STATUS_CONSTRUCTION, 1000, "MP Independence" },
  { 122.55, -28.86, XITU_MAP_STAGE_MINING, XITU_MAP_STATUS_OPERATING, 12000, "Mt Weld" },
};

static XituWorld *
load_world (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XituWorld *world = xitu_world_new_from_file (file, &error);

  g_assert_no_error (error);
  return world;
}

static XituMapOptions
make_options (XituWorld *world)
{
  XituMapOptions o = {
    .world = world,
    .values = production,
    .n_values = G_N_ELEMENTS (production),
    .breaks = breaks,
    .n_breaks = G_N_ELEMENTS (breaks),
    .title = "Rare-earth mine production, 2025 · 稀土矿产量",
    .legend_title = "Mine production",
    .units = "t REO",
    .no_data_label = "No data",
    .footer = "Source: USGS Mineral Commodity Summaries 2026 (rare earths), 2025 estimates.",
    .disclaimer = "Boundaries: Natural Earth, de facto",
    .pins = pins,
    .n_pins = G_N_ELEMENTS (pins),
    .stage_labels = { "Mining", "Separation", "Metal", "Magnets" },
    .status_labels = { "Operating", "Under construction", "Announced" },
  };
  return o;
}

typedef struct
{
  cairo_surface_t *surface;
  XituMapHits     *hits;
} Render;

static void
render_clear (Render *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_object (&r->hits);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Render, render_clear)

static void
render (Render               *r,
        const XituMapOptions *o,
        const char           *png_name)
{
  cairo_t *cr;

  r->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (r->surface);
  r->hits = xitu_map_renderer_draw (cr, WIDTH, HEIGHT, o);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
  g_assert_nonnull (r->hits);

  /* Kept for people to look at (tests/ in the build directory). */
  if (png_name != NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, png_name, NULL);
      g_assert_cmpint (cairo_surface_write_to_png (r->surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
    }
}

static guint32
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);

  g_assert_true (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (s) &&
                 y < cairo_image_surface_get_height (s));
  return *(const guint32 *) (gconstpointer) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
rgb_to_pixel (const double *rgb)
{
  return ((guint32) lround (rgb[0] * 255) << 16) | ((guint32) lround (rgb[1] * 255) << 8) |
         (guint32) lround (rgb[2] * 255);
}

static gboolean
same_color (guint32 a,
            guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 1)
      return FALSE;
  return TRUE;
}

#define assert_color(got, want) \
  G_STMT_START { \
    guint32 g_ = (got), w_ = (want); \
    if (!same_color (g_, w_)) \
      g_error ("%s:%d: colour %06x, expected %06x", __FILE__, __LINE__, g_, w_); \
  } G_STMT_END

static guint32
class_pixel (const XituMapOptions *o,
             guint                 class_index)
{
  double rgb[3];

  xitu_map_renderer_class_color (o, class_index, rgb);
  return rgb_to_pixel (rgb);
}

static void
project (XituMapHits *hits,
         double       lon,
         double       lat,
         int         *x,
         int         *y)
{
  XituMapTransform t;
  double dx, dy;

  xitu_map_hits_get_transform (hits, &t);
  xitu_map_transform_project (&t, lon, lat, &dx, &dy);
  *x = (int) floor (dx);
  *y = (int) floor (dy);
}

/* A point inside China (Qinghai) has the colour of China's class, the top
 * one; Australia's, Russia's and zero-valued Fiji's likewise. */
static void
assert_class_colors (Render               *r,
                     const XituMapOptions *o)
{
  int x, y;

  project (r->hits, 100, 35, &x, &y);
  assert_color (pixel (r->surface, x, y), class_pixel (o, 4));
  project (r->hits, 134, -25, &x, &y);
  assert_color (pixel (r->surface, x, y), class_pixel (o, 2));
  project (r->hits, 100, 62, &x, &y);
  assert_color (pixel (r->surface, x, y), class_pixel (o, 0));
}

static gboolean
is_open_sea (XituWorld *world,
             double     lon,
             double     lat)
{
  /* Away from any coast by a degree, so anti-aliased borders do not count. */
  for (double dlon = -1; dlon <= 1; dlon += 0.5)
    for (double dlat = -1; dlat <= 1; dlat += 0.5)
      if (xitu_world_feature_at (world, lon + dlon, lat + dlat) != NULL)
        return FALSE;
  return TRUE;
}

/* Scans whole rows at the latitudes of Chukotka, Fiji and Antarctica. A
 * ring drawn across the antimeridian paints a streak over the sea from one
 * side of the map to the other; so over open sea (no feature within a
 * degree) the row must be ocean, but for the odd atoll too small to find
 * at that spacing: no run of 8 wrong samples, fewer than 2 % wrong. */
static void
assert_no_streaks (Render    *r,
                   XituWorld *world,
                   guint32    ocean)
{
  const double lats[] = { 67.5, 65.5, 64, -16.5, -17, -18, -70, -75 };
  /* Known sea on those rows, independent of the geometry's own hit test. */
  const double sea[][2] = { { -30, 66.5 }, { -5, 67.5 }, { -140, -17 }, { -100, -17 },
                            { -10, -17 }, { 70, -17 }, { 150, -17 } };
  XituMapTransform t;

  xitu_map_hits_get_transform (r->hits, &t);
  for (guint k = 0; k < G_N_ELEMENTS (sea); k++)
    {
      int x, y;

      project (r->hits, sea[k][0], sea[k][1], &x, &y);
      assert_color (pixel (r->surface, x, y), ocean);
    }
  for (guint k = 0; k < G_N_ELEMENTS (lats); k++)
    {
      int x0, y, x1, checked = 0, wrong = 0, run = 0;

      project (r->hits, -180, lats[k], &x0, &y);
      project (r->hits, 180, lats[k], &x1, &y);
      /* Every other pixel: a streak is hundreds of pixels long. */
      for (int x = x0 + 2; x < x1 - 2; x += 2)
        {
          double lon, lat;

          if (!xitu_map_transform_unproject (&t, x + 0.5, y + 0.5, &lon, &lat) ||
              fabs (lon) > 178 || !is_open_sea (world, lon, lat))
            {
              run = 0;
              continue;
            }
          checked++;
          if (same_color (pixel (r->surface, x, y), ocean))
            {
              run = 0;
              continue;
            }
          wrong++;
          if (++run >= 8)
            g_error ("streak at latitude %g: pixels (%d..%d, %d) over open sea near (%.2f, %.2f) "
                     "are %06x, not ocean %06x", lats[k], x - 2 * (run - 1), x, y, lon, lat,
                     pixel (r->surface, x, y), ocean);
        }
      g_assert_cmpint (checked, >, 30);
      g_assert_cmpint (wrong * 50, <, checked);
    }
}

/* Every class colour and the no-data grey appear in the legend, below the
 * map. */
static void
assert_legend (Render               *r,
               const XituMapOptions *o,
               guint32               no_data)
{
  double ax, ay, aw, ah;
  int top;

  xitu_map_hits_get_map_area (r->hits, &ax, &ay, &aw, &ah);
  top = (int) ceil (ay + ah);
  g_assert_cmpint (top, <, HEIGHT - 40);

  for (guint c = 0; c <= o->n_breaks + 1; c++)
    {
      guint32 want = c <= o->n_breaks ? class_pixel (o, c) : no_data;
      guint count = 0;

      for (int y = top; y < HEIGHT; y++)
        for (int x = 0; x < WIDTH; x++)
          count += same_color (pixel (r->surface, x, y), want);
      if (count < 40)
        g_error ("legend: colour %06x (class %u) has %u pixels", want, c, count);
    }
}

static void
assert_hits (Render *r)
{
  int x, y, index;
  double px, py, pr;

  project (r->hits, 100, 35, &x, &y);
  index = xitu_map_hits_country_at (r->hits, x, y);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (r->hits, index), ==, 156);
  g_assert_cmpstr (xitu_map_hits_get_country_name (r->hits, index), ==, "China");

  project (r->hits, -150, -20, &x, &y);
  g_assert_cmpint (xitu_map_hits_country_at (r->hits, x, y), ==, -1);

  /* Singapore's dot. */
  project (r->hits, 103.82, 1.35, &x, &y);
  index = xitu_map_hits_country_at (r->hits, x, y);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (r->hits, index), ==, 702);

  /* Pins: each where it was projected; Narva (index 2) hit at its centre. */
  g_assert_cmpuint (xitu_map_hits_get_n_pins (r->hits), ==, G_N_ELEMENTS (pins));
  xitu_map_hits_get_pin (r->hits, 2, &px, &py, &pr);
  project (r->hits, pins[2].lon, pins[2].lat, &x, &y);
  g_assert_cmpfloat (fabs (px - x), <=, 1);
  g_assert_cmpint (xitu_map_hits_pin_at (r->hits, px, py), ==, 2);
  g_assert_cmpint (xitu_map_hits_pin_at (r->hits, px + pr + 5, py), ==, -1);
}

static void
test_render_110m (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) r = { 0 };
  int x, y;

  render (&r, &o, "map-110m.png");
  assert_class_colors (&r, &o);
  assert_no_streaks (&r, world, 0xdde9f2);
  assert_legend (&r, &o, 0xd4d4d4);
  assert_hits (&r);

  /* Brazil ("no data") is hatched: grey and hatch lines both occur around
   * its middle, and neither is a class colour. */
  {
    guint grey = 0, hatch = 0;

    project (r.hits, -52, -10, &x, &y);
    for (int dy = -10; dy <= 10; dy++)
      for (int dx = -10; dx <= 10; dx++)
        {
          guint32 p = pixel (r.surface, x + dx, y + dy);
          grey += p == 0xd4d4d4;
          hatch += p != 0xd4d4d4;
        }
    g_assert_cmpuint (grey, >, 100);
    g_assert_cmpuint (hatch, >, 40);
  }
}

static void
test_render_50m (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-50m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) r = { 0 };
  int index;

  render (&r, &o, "map-50m.png");
  assert_class_colors (&r, &o);
  assert_no_streaks (&r, world, 0xdde9f2);

  /* Singapore is a polygon in 50m (a few pixels): no marker, the feature
   * is hit at the exact projected point. */
  {
    XituMapTransform t;
    double dx, dy;

    xitu_map_hits_get_transform (r.hits, &t);
    xitu_map_transform_project (&t, 103.82, 1.35, &dx, &dy);
    index = xitu_map_hits_country_at (r.hits, dx, dy);
  }
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (r.hits, index), ==, 702);
}

static void
test_render_dark (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) r = { 0 };
  int x, y;

  o.dark = TRUE;
  render (&r, &o, "map-110m-dark.png");
  assert_class_colors (&r, &o);
  assert_no_streaks (&r, world, 0x1a2632);
  assert_legend (&r, &o, 0x4a4a4a);
  /* Dark puts high values at the bright end of the ramp, light at the dark end. */
  g_assert_cmphex (class_pixel (&o, 4), ==, 0xfde725);
  o.dark = FALSE;
  g_assert_cmphex (class_pixel (&o, 4), ==, 0x440154);
  g_assert_cmphex (class_pixel (&o, 0), ==, 0xfde725);
  project (r.hits, 0, 0, &x, &y);
  g_assert_cmphex (pixel (r.surface, x, y), ==, 0x1a2632);
}

/* Zoom 4 about Europe: Paris is France, and the hits follow the view. */
static void
test_render_zoom (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) r = { 0 };
  double cx, cy;
  int x, y, index;

  xitu_equal_earth_forward (10, 50, &cx, &cy);
  o.zoom = 4;
  o.centre_x = cx;
  o.centre_y = cy;
  render (&r, &o, "map-110m-zoom.png");

  project (r.hits, 2.35, 48.85, &x, &y);
  index = xitu_map_hits_country_at (r.hits, x, y);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (r.hits, index), ==, 250);
  /* Australia is off screen: not drawn, not hit. */
  for (guint i = 0; i < xitu_map_hits_get_n_countries (r.hits); i++)
    g_assert_cmpuint (xitu_map_hits_get_country_numeric (r.hits, i), !=, 36);
}

/* How much of the border colour a row of pixels holds across a vertical
 * line at `lon`, in pixels of full coverage, over a fill of `fill`. */
static double
line_coverage (Render  *r,
               double   lon,
               double   lat,
               guint32  fill,
               guint32  line)
{
  double sum = 0;
  int x, y;

  project (r->hits, lon, lat, &x, &y);
  for (int dx = -6; dx <= 6; dx++)
    {
      guint32 p = pixel (r->surface, x + dx, y);
      double f = (fill >> 8) & 0xff, l = (line >> 8) & 0xff;

      sum += (((p >> 8) & 0xff) - f) / (l - f);
    }
  return sum;
}

static double
shared_border_coverage (double east_lon)
{
  const XituGeoPoint west[] = { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 }, { 0, 0 } };
  const XituGeoPoint east[] = { { east_lon, 0 }, { 20, 0 }, { 20, 10 }, { east_lon, 10 }, { east_lon, 0 } };
  const XituMapValue values[] = { { 1, 30000, TRUE }, { 2, 30000, TRUE } };
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(XituWorld) world = NULL;
  XituMapOptions o;
  g_auto (Render) r = { 0 };

  g_ptr_array_add (features, xitu_geo_feature_new (1, "West"));
  g_ptr_array_add (features, xitu_geo_feature_new (2, "East"));
  xitu_geo_feature_add_ring (features->pdata[0], west, G_N_ELEMENTS (west));
  xitu_geo_feature_add_ring (features->pdata[1], east, G_N_ELEMENTS (east));
  world = xitu_world_new_from_features (features);

  o = make_options (world);
  o.values = values;
  o.n_values = G_N_ELEMENTS (values);
  o.n_pins = 0;
  render (&r, &o, NULL);
  return line_coverage (&r, 10, 5, class_pixel (&o, 2), 0xffffff);
}

/* Two squares of one class share a border: it is stroked once, as thin as
 * a coast (border_width() at 1600 px: 0.72 px), where it used to be
 * stroked from both sides, thicker. The control moves East's edge by a
 * hair (1e-9°: the same pixels), so that it is no longer the same edge. */
static void
test_render_shared_border (void)
{
  double once = shared_border_coverage (10);
  double twice = shared_border_coverage (10 + 1e-9);

  g_test_message ("once %.3f twice %.3f", once, twice);
  g_assert_cmpfloat (fabs (once - 0.72), <, 0.2);
  g_assert_cmpfloat (once, <, 0.8 * twice);
}

/* In bands on threads, the map is the map drawn on one: the same pixels
 * but for rounding in the odd one (see test-bands.c for where cairo may
 * differ more, which the map avoids: its area is on whole pixels). */
static void
test_render_bands (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) one = { 0 };
  g_auto (Render) bands = { 0 };
  guint differ = 0, worst = 0;

  o.n_threads = 1;
  render (&one, &o, NULL);
  o.n_threads = 3;
  render (&bands, &o, "map-110m-bands.png");
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 a = pixel (one.surface, x, y), b = pixel (bands.surface, x, y);
        guint d = 0;

        for (int shift = 0; shift < 24; shift += 8)
          d = MAX (d, (guint) abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
        differ += d > 0;
        worst = MAX (worst, d);
      }
  g_test_message ("%u pixels differ, by up to %u", differ, worst);
  g_assert_cmpuint (differ, <=, 16);
  g_assert_cmpuint (worst, <=, 2);
  g_assert_cmpuint (xitu_map_hits_get_n_countries (one.hits), ==,
                    xitu_map_hits_get_n_countries (bands.hits));
}

/* The same call draws into PDF and SVG surfaces. */
static guint
count_points (cairo_t *cr)
{
  cairo_path_t *path = cairo_copy_path (cr);
  guint n = 0;

  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    n += path->data[i].header.type == CAIRO_PATH_MOVE_TO || path->data[i].header.type == CAIRO_PATH_LINE_TO;
  cairo_path_destroy (path);
  return n;
}

/* The hover highlight: China's outline without the points the lines would
 * hide has far fewer points; painted, it shades the inside, and its accent
 * line lies on the border, found by walking east from Qinghai. */
static void
test_highlight (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-50m.json");
  XituMapOptions o = make_options (world);
  g_auto (Render) r = { 0 };
  int x, y, china, east;
  guint whole, outline, accent = 0;
  double shade[3];
  cairo_t *cr;

  render (&r, &o, NULL);
  project (r.hits, 100, 35, &x, &y);
  china = xitu_map_hits_country_at (r.hits, x + 0.5, y + 0.5);
  g_assert_cmpint (china, >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (r.hits, china), ==, 156);

  cr = cairo_create (r.surface);
  xitu_map_hits_append_country_path (r.hits, china, cr);
  whole = count_points (cr);
  cairo_new_path (cr);
  xitu_map_hits_append_outline (r.hits, china, XITU_MAP_HIGHLIGHT_STEP, cr);
  outline = count_points (cr);
  g_assert_cmpuint (outline, >, 50);
  g_assert_cmpuint (outline, <, whole * 3 / 4);

  xitu_map_renderer_paint_highlight (cr, FALSE, FALSE);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (r.surface);

  /* Inside: the class colour under 12 % black. */
  xitu_map_renderer_class_color (&o, 4, shade);
  for (int i = 0; i < 3; i++)
    shade[i] *= 0.88;
  assert_color (pixel (r.surface, x, y), rgb_to_pixel (shade));

  for (east = x; xitu_map_hits_country_at (r.hits, east + 0.5, y + 0.5) == china; east++)
    ;
  for (int dx = -3; dx <= 3; dx++)
    {
      guint32 p = pixel (r.surface, east + dx, y);

      /* Adwaita's accent blue: blue well above red. */
      accent += (p & 0xff) > 0xb0 && (p >> 16) < 0x60;
    }
  g_assert_cmpuint (accent, >=, 1);
}

/* The highlight's lines across a vertical edge at x = 20.25, on a grey
 * surface: the accent line (1.5 wide) covers 19.5-21 and the halo (3.5
 * wide) 18.5-22, so pixel column 21 is halo alone and column 20 accent
 * alone. The halo is opaque, which is what lets the shade's edge under
 * it go unsmoothed. */
static void
test_highlight_lines (void)
{
  const double grey[3] = { 0.5, 0.5, 0.5 };
  const double shaded[3] = { 0.5 * 0.88, 0.5 * 0.88, 0.5 * 0.88 };
  const double accent[3] = { 0.11, 0.44, 0.85 };
  const double white[3] = { 1, 1, 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, grey[0], grey[1], grey[2]);
  cairo_paint (cr);
  cairo_rectangle (cr, 20.25, 20.25, 60, 60);
  xitu_map_renderer_paint_highlight (cr, FALSE, FALSE);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_false (cairo_has_current_point (cr));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  assert_color (pixel (surface, 10, 50), rgb_to_pixel (grey));
  assert_color (pixel (surface, 20, 50), rgb_to_pixel (accent));
  assert_color (pixel (surface, 21, 50), rgb_to_pixel (white));
  assert_color (pixel (surface, 50, 50), rgb_to_pixel (shaded));
  cairo_surface_destroy (surface);
}

static void
test_render_vector (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  g_autofree char *dir = g_dir_make_tmp ("xitu-map-XXXXXX", NULL);
  const char *names[] = { "map.pdf", "map.svg" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      cairo_surface_t *s = i == 0 ? cairo_pdf_surface_create (path, 842, 421)
                                  : cairo_svg_surface_create (path, 842, 421);
      cairo_t *cr = cairo_create (s);
      g_autoptr(XituMapHits) hits = xitu_map_renderer_draw (cr, 842, 421, &o);
      GStatBuf st;

      g_assert_nonnull (hits);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_finish (s);
      g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (s);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 10000);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* No world, no values, no texts: draws a bare ocean and does not crash. */
static void
test_render_empty (void)
{
  XituMapOptions o = { 0 };
  g_auto (Render) r = { 0 };

  render (&r, &o, NULL);
  g_assert_cmpuint (xitu_map_hits_get_n_countries (r.hits), ==, 0);
}

static void
test_options_copy (void)
{
  g_autoptr(XituWorld) world = load_world ("countries-110m.json");
  XituMapOptions o = make_options (world);
  const char *labels[] = { "a", "b", "c", "d", "e" };
  g_autoptr(XituMapOptions) copy = NULL;

  o.class_labels = labels;
  copy = xitu_map_options_copy (&o);
  g_assert_true (copy->world == world);
  g_assert_true (copy->values != o.values);
  g_assert_cmpuint (copy->values[0].numeric, ==, 156);
  g_assert_cmpstr (copy->class_labels[4], ==, "e");
  g_assert_cmpstr (copy->pins[2].name, ==, "Neo Narva");
  g_assert_true (copy->pins[2].name != pins[2].name);
  g_assert_cmpstr (copy->status_labels[2], ==, "Announced");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-renderer/110m", test_render_110m);
  g_test_add_func ("/map-renderer/50m", test_render_50m);
  g_test_add_func ("/map-renderer/dark", test_render_dark);
  g_test_add_func ("/map-renderer/zoom", test_render_zoom);
  g_test_add_func ("/map-renderer/shared-border", test_render_shared_border);
  g_test_add_func ("/map-renderer/bands", test_render_bands);
  g_test_add_func ("/map-renderer/highlight", test_highlight);
  g_test_add_func ("/map-renderer/highlight-lines", test_highlight_lines);
  g_test_add_func ("/map-renderer/vector", test_render_vector);
  g_test_add_func ("/map-renderer/empty", test_render_empty);
  g_test_add_func ("/map-renderer/options-copy", test_options_copy);

  return g_test_run ();
}
