/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-palette.h"

#include <math.h>
#include <string.h>

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Light: Adwaita's white view background; dark: Adwaita's dark view. The
 * categorical colours keep their Okabe–Ito hues in both themes; only the
 * blue is lifted on dark backgrounds where #0072B2 loses contrast. */
static const XituPalette palettes[] = {
  [XITU_THEME_LIGHT] = {
    .theme = XITU_THEME_LIGHT,
    .background = RGB (0xffffff),
    .foreground = RGB (0x1e1e1e),
    .muted = RGB (0x5e5c64),
    .grid = RGB (0xe0dfdc),
    .axis = RGB (0x77767b),
    .china = RGB (0xd55e00),
    .other = RGB (0xb0afac),
    .no_data_fill = RGB (0xf4f3f1),
    .no_data_hatch = RGB (0x8f8e8b),
    .reference = RGB (0x1e1e1e),
    .focus = RGB (0x1c71d8),
  },
  [XITU_THEME_DARK] = {
    .theme = XITU_THEME_DARK,
    .background = RGB (0x242424),
    .foreground = RGB (0xf6f5f4),
    .muted = RGB (0xc0bfbc),
    .grid = RGB (0x3d3c3f),
    .axis = RGB (0x9a9996),
    .china = RGB (0xe8691a),
    .other = RGB (0x6f6e6b),
    .no_data_fill = RGB (0x2f2f2f),
    .no_data_hatch = RGB (0x8a8986),
    .reference = RGB (0xf6f5f4),
    .focus = RGB (0x78aeed),
  },
};

/* Okabe–Ito without vermillion (China's) and black. */
static const XituRgba categorical_light[XITU_PALETTE_N_CATEGORICAL] = {
  RGB (0x0072b2), /* blue */
  RGB (0x009e73), /* bluish green */
  RGB (0xe69f00), /* orange */
  RGB (0x56b4e9), /* sky blue */
  RGB (0xcc79a7), /* reddish purple */
  RGB (0xf0e442), /* yellow */
};

static const XituRgba categorical_dark[XITU_PALETTE_N_CATEGORICAL] = {
  RGB (0x3a8fd0),
  RGB (0x1bb088),
  RGB (0xe69f00),
  RGB (0x7cc7f0),
  RGB (0xd88bb6),
  RGB (0xf0e442),
};

/* Countries that appear together often get colours that do not collide:
 * the main producers of the chain chart and the importers of the
 * dependence chart. */
static const struct
{
  const char *code;
  guint       index;
} preferred[] = {
  { "USA", 0 },
  { "AUS", 1 },
  { "MMR", 2 },
  { "MYS", 3 },
  { "THA", 4 },
  { "NGA", 5 },
  { "RUS", 4 },
  { "JPN", 3 },
  { "EU27", 1 },
  { "EST", 4 },
  { "IND", 4 },
  { "MDG", 5 },
  { "BRA", 2 },
  { "VNM", 3 },
  { "KOR", 2 },
  { "FRA", 0 },
  { "CAN", 1 },
};

/* Viridis, sampled at ten points. */
static const guint32 viridis[] = {
  0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e,
  0x1f9e89, 0x35b779, 0x6dcd59, 0xb4de2c, 0xfde725,
};

const XituPalette *
xitu_palette_get (XituTheme theme)
{
  g_return_val_if_fail (theme <= XITU_THEME_DARK, &palettes[XITU_THEME_LIGHT]);
  return &palettes[theme];
}

gboolean
xitu_theme_from_string (const char *str,
                        XituTheme  *theme)
{
  if (g_strcmp0 (str, "light") == 0)
    *theme = XITU_THEME_LIGHT;
  else if (g_strcmp0 (str, "dark") == 0)
    *theme = XITU_THEME_DARK;
  else
    return FALSE;
  return TRUE;
}

const char *
xitu_theme_to_string (XituTheme theme)
{
  return theme == XITU_THEME_DARK ? "dark" : "light";
}

XituRgba
xitu_palette_categorical (const XituPalette *palette,
                          guint              i)
{
  const XituRgba *set = palette->theme == XITU_THEME_DARK ? categorical_dark : categorical_light;

  return set[i % XITU_PALETTE_N_CATEGORICAL];
}

static guint
preferred_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (preferred); i++)
    if (strcmp (preferred[i].code, code) == 0)
      return preferred[i].index;
  /* g_str_hash is stable across runs and platforms (djb2). */
  return g_str_hash (code) % XITU_PALETTE_N_CATEGORICAL;
}

XituRgba
xitu_palette_country (const XituPalette *palette,
                      const char        *code)
{
  if (code == NULL)
    return palette->other;
  if (strcmp (code, "CHN") == 0)
    return palette->china;
  return xitu_palette_categorical (palette, preferred_index (code));
}

static XituRgba
rgba_from_hex (guint32 hex)
{
  XituRgba c = RGB (hex);
  return c;
}

XituRgba
xitu_palette_sequential (const XituPalette *palette,
                         double             t)
{
  double pos;
  guint lo;

  if (isnan (t))
    return palette->other;
  t = CLAMP (t, 0.0, 1.0);
  /* Low values sit close to the background, high values stand out. */
  if (palette->theme == XITU_THEME_LIGHT)
    t = 1.0 - t;
  pos = t * (G_N_ELEMENTS (viridis) - 1);
  lo = MIN ((guint) floor (pos), G_N_ELEMENTS (viridis) - 2);
  return xitu_rgba_mix (rgba_from_hex (viridis[lo]), rgba_from_hex (viridis[lo + 1]), pos - lo);
}

XituRgba
xitu_palette_sequential_class (const XituPalette *palette,
                               guint              i,
                               guint              n_classes)
{
  if (n_classes <= 1)
    return xitu_palette_sequential (palette, 1.0);
  /* Keep the first class off the very end of the ramp (pale yellow on a
   * light background would vanish). */
  return xitu_palette_sequential (palette, 0.08 + 0.92 * (double) MIN (i, n_classes - 1) / (n_classes - 1));
}

XituRgba
xitu_rgba_mix (XituRgba a,
               XituRgba b,
               double   t)
{
  XituRgba c;

  c.red = a.red + (b.red - a.red) * t;
  c.green = a.green + (b.green - a.green) * t;
  c.blue = a.blue + (b.blue - a.blue) * t;
  c.alpha = a.alpha + (b.alpha - a.alpha) * t;
  return c;
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
xitu_rgba_luminance (XituRgba color)
{
  return 0.2126 * linear_channel (color.red)
       + 0.7152 * linear_channel (color.green)
       + 0.0722 * linear_channel (color.blue);
}

XituRgba
xitu_palette_text_on (const XituPalette *palette,
                      XituRgba           fill)
{
  static const XituRgba black = RGB (0x000000);
  static const XituRgba white = RGB (0xffffff);
  double l = xitu_rgba_luminance (fill);

  /* WCAG contrast against black vs against white. */
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? black : white;
}

void
xitu_palette_set_source (cairo_t  *cr,
                         XituRgba  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

static void
stroke_hatch_lines (cairo_t           *cr,
                    const XituPalette *palette,
                    double             x1,
                    double             y1,
                    double             x2,
                    double             y2,
                    double             spacing)
{
  double h = y2 - y1;
  /* Start on a multiple of the spacing so neighbouring shapes line up. */
  double start = floor ((x1 - h) / spacing) * spacing;

  xitu_palette_set_source (cr, palette->no_data_hatch);
  cairo_set_line_width (cr, MAX (spacing / 5.0, 0.75));
  for (double x = start; x <= x2; x += spacing)
    {
      cairo_move_to (cr, x, y2);
      cairo_line_to (cr, x + h, y1);
    }
  cairo_stroke (cr);
}

/* Device pixels per user unit when cr draws on an image, else 0. */
static double
image_scale (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  double dx = 1, dy = 0, sx, sy;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return 0;
  cairo_user_to_device_distance (cr, &dx, &dy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  return hypot (dx, dy) * sx;
}

void
xitu_palette_fill_no_data (cairo_t           *cr,
                           const XituPalette *palette,
                           double             spacing,
                           double             pixel_scale)
{
  double x1, y1, x2, y2;
  double scale = image_scale (cr);

  g_return_if_fail (spacing > 0);

  if (scale <= 0)
    scale = pixel_scale;
  cairo_save (cr);
  if (scale > 0)
    {
      /* Stroking a line per spacing costs as much as the rest of a chart
       * on pixels; one tile does the same. */
      cairo_pattern_t *pattern = xitu_palette_create_no_data_pattern (palette, spacing, scale);

      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
      cairo_restore (cr);
      return;
    }
  xitu_palette_set_source (cr, palette->no_data_fill);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  if (x2 > x1 && y2 > y1)
    stroke_hatch_lines (cr, palette, x1, y1, x2, y2, spacing);
  cairo_restore (cr);
}

cairo_pattern_t *
xitu_palette_create_no_data_pattern (const XituPalette *palette,
                                     double             spacing,
                                     double             scale)
{
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  cairo_t *cr;
  int px;

  g_return_val_if_fail (spacing > 0 && scale > 0, NULL);

  px = MAX (2, (int) ceil (spacing * scale));
  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, px, px);
  cr = cairo_create (tile);
  cairo_scale (cr, px / spacing, px / spacing);
  xitu_palette_set_source (cr, palette->no_data_fill);
  cairo_paint (cr);
  /* One diagonal plus its two wrapped halves tiles seamlessly. */
  xitu_palette_set_source (cr, palette->no_data_hatch);
  cairo_set_line_width (cr, MAX (spacing / 5.0, 0.75 / scale));
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * spacing, spacing);
      cairo_line_to (cr, (k + 1) * spacing, 0);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_scale (&matrix, px / spacing, px / spacing);
  cairo_pattern_set_matrix (pattern, &matrix);
  return pattern;
}

char *
xitu_rgba_to_hex (XituRgba color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) round (CLAMP (color.red, 0, 1) * 255),
                          (int) round (CLAMP (color.green, 0, 1) * 255),
                          (int) round (CLAMP (color.blue, 0, 1) * 255));
}

gboolean
xitu_rgba_near (XituRgba a,
                XituRgba b,
                int      tolerance)
{
  return fabs (a.red - b.red) * 255 <= tolerance
      && fabs (a.green - b.green) * 255 <= tolerance
      && fabs (a.blue - b.blue) * 255 <= tolerance;
}

struct _XituColorMap
{
  const XituPalette *palette;
  GHashTable        *assigned; /* code → GUINT_TO_POINTER (index + 1), 0 = other */
  gboolean           used[XITU_PALETTE_N_CATEGORICAL];
};

XituColorMap *
xitu_color_map_new (const XituPalette *palette)
{
  XituColorMap *map = g_new0 (XituColorMap, 1);

  map->palette = palette;
  map->assigned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return map;
}

void
xitu_color_map_free (XituColorMap *map)
{
  if (map == NULL)
    return;
  g_hash_table_unref (map->assigned);
  g_free (map);
}

XituRgba
xitu_color_map_get (XituColorMap *map,
                    const char   *code,
                    gboolean     *out_is_other)
{
  gpointer slot;
  guint index;

  if (out_is_other != NULL)
    *out_is_other = FALSE;
  if (code != NULL && strcmp (code, "CHN") == 0)
    return map->palette->china;
  if (code == NULL)
    goto other;

  if (g_hash_table_lookup_extended (map->assigned, code, NULL, &slot))
    {
      if (GPOINTER_TO_UINT (slot) == 0)
        goto other;
      return xitu_palette_categorical (map->palette, GPOINTER_TO_UINT (slot) - 1);
    }

  index = preferred_index (code);
  for (guint k = 0; k < XITU_PALETTE_N_CATEGORICAL; k++)
    {
      guint i = (index + k) % XITU_PALETTE_N_CATEGORICAL;
      if (!map->used[i])
        {
          map->used[i] = TRUE;
          g_hash_table_insert (map->assigned, g_strdup (code), GUINT_TO_POINTER (i + 1));
          return xitu_palette_categorical (map->palette, i);
        }
    }
  g_hash_table_insert (map->assigned, g_strdup (code), GUINT_TO_POINTER (0));

other:
  if (out_is_other != NULL)
    *out_is_other = TRUE;
  return map->palette->other;
}
