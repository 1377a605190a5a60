/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-text.h"

#include <math.h>

/* Cantarell on GNOME, then what Debian and the Flatpak runtime ship; Pango
 * falls back per character (WenQuanYi / Noto CJK for Han). */
#define XITU_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, Sans"

static const struct
{
  double      size;
  PangoWeight weight;
} roles[XITU_N_TEXT_ROLES] = {
  [XITU_TEXT_TITLE] = { 18.0, PANGO_WEIGHT_BOLD },
  [XITU_TEXT_SUBTITLE] = { 12.0, PANGO_WEIGHT_NORMAL },
  [XITU_TEXT_HEADING] = { 12.0, PANGO_WEIGHT_BOLD },
  [XITU_TEXT_LABEL] = { 12.0, PANGO_WEIGHT_NORMAL },
  [XITU_TEXT_VALUE] = { 12.0, PANGO_WEIGHT_BOLD },
  [XITU_TEXT_SMALL] = { 10.5, PANGO_WEIGHT_NORMAL },
  [XITU_TEXT_FOOTER] = { 10.5, PANGO_WEIGHT_NORMAL },
};

gboolean
xitu_rect_contains (const XituRect *rect,
                    double          x,
                    double          y)
{
  return x >= rect->x && x < rect->x + rect->width
      && y >= rect->y && y < rect->y + rect->height;
}

gboolean
xitu_rect_intersects (const XituRect *a,
                      const XituRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
      && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
xitu_rect_inside (const XituRect *inner,
                  const XituRect *outer,
                  double          slack)
{
  return inner->x >= outer->x - slack
      && inner->y >= outer->y - slack
      && inner->x + inner->width <= outer->x + outer->width + slack
      && inner->y + inner->height <= outer->y + outer->height + slack;
}

double
xitu_text_role_size (XituTextRole role)
{
  g_return_val_if_fail (role < XITU_N_TEXT_ROLES, 12.0);
  return roles[role].size;
}

double
xitu_text_auto_scale (double width,
                      double height)
{
  double s = MIN (width / 960.0, height / 600.0);

  return CLAMP (s, 0.8, 2.5);
}

PangoFontDescription *
xitu_text_font_new (XituTextRole role,
                    double       scale)
{
  PangoFontDescription *font;

  g_return_val_if_fail (role < XITU_N_TEXT_ROLES, NULL);

  font = pango_font_description_from_string (XITU_FONT_FAMILY);
  pango_font_description_set_weight (font, roles[role].weight);
  pango_font_description_set_absolute_size (font, roles[role].size * (scale > 0 ? scale : 1.0) * PANGO_SCALE);
  return font;
}

PangoLayout *
xitu_text_layout_new (cairo_t      *cr,
                      const char   *text,
                      XituTextRole  role,
                      double        scale,
                      XituLang      lang)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  PangoFontDescription *font = xitu_text_font_new (role, scale);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same layout on every surface. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (lang == XITU_LANG_EN ? "en" : "zh-cn"));
  pango_layout_context_changed (layout);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* Ellipsized by hand rather than by Pango so that the layout's text is
 * exactly what is shown: the text sink (SVG export) and accessibility see
 * "Separation & refi…", not the full string under an ellipsis glyph. */
void
xitu_text_ellipsize (PangoLayout *layout,
                     double       max_width)
{
  g_autofree char *full = g_strdup (pango_layout_get_text (layout));
  glong n_chars = g_utf8_strlen (full, -1);
  glong lo = 0, hi = n_chars;
  double w;

  pango_layout_set_width (layout, -1);
  xitu_text_get_size (layout, &w, NULL);
  if (w <= max_width)
    return;

  /* The longest prefix that fits with "…" after it. */
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *prefix = g_utf8_substring (full, 0, mid);
      g_autofree char *candidate = g_strconcat (g_strchomp (prefix), "…", NULL);

      pango_layout_set_text (layout, candidate, -1);
      xitu_text_get_size (layout, &w, NULL);
      if (w <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }
  {
    g_autofree char *prefix = g_utf8_substring (full, 0, lo);
    g_autofree char *shown = lo > 0 ? g_strconcat (g_strchomp (prefix), "…", NULL) : g_strdup ("");
    pango_layout_set_text (layout, shown, -1);
  }
}

void
xitu_text_wrap (PangoLayout *layout,
                double       max_width)
{
  pango_layout_set_width (layout, (int) floor (MAX (max_width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
}

void
xitu_text_get_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
xitu_text_get_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

typedef struct
{
  XituTextSinkFunc func;
  gpointer         user_data;
} TextSink;

static const cairo_user_data_key_t sink_key;

void
xitu_text_set_sink (cairo_t          *cr,
                    XituTextSinkFunc  func,
                    gpointer          user_data)
{
  TextSink *sink = NULL;

  if (func != NULL)
    {
      sink = g_new0 (TextSink, 1);
      sink->func = func;
      sink->user_data = user_data;
    }
  cairo_set_user_data (cr, &sink_key, sink, g_free);
}

static XituRgba
current_color (cairo_t *cr)
{
  XituRgba c = { 0, 0, 0, 1 };

  if (cairo_pattern_get_type (cairo_get_source (cr)) == CAIRO_PATTERN_TYPE_SOLID)
    cairo_pattern_get_rgba (cairo_get_source (cr), &c.red, &c.green, &c.blue, &c.alpha);
  return c;
}

/* Hands the layout's lines to the sink, in device coordinates. */
static void
sink_layout (cairo_t     *cr,
             TextSink    *sink,
             PangoLayout *layout,
             double       x,
             double       y)
{
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  const char *language = pango_language_to_string (pango_context_get_language (pango_layout_get_context (layout)));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  XituRgba color = current_color (cr);
  double unit_x = 1, unit_y = 0, scale;

  cairo_user_to_device_distance (cr, &unit_x, &unit_y);
  scale = hypot (unit_x, unit_y);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double bx, by, w;
      g_autofree char *line_text = NULL;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_text = g_strndup (text + line->start_index, line->length);
      g_strchomp (line_text);
      if (*line_text == '\0')
        continue;
      bx = x + (double) logical.x / PANGO_SCALE;
      by = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      w = (double) logical.width / PANGO_SCALE * scale;
      cairo_user_to_device (cr, &bx, &by);
      sink->func (line_text, font, language,
                  (double) pango_font_description_get_size (font) / PANGO_SCALE * scale,
                  bx, by, w, color, sink->user_data);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

XituRect
xitu_text_draw_layout (cairo_t     *cr,
                       PangoLayout *layout,
                       double       x,
                       double       y,
                       XituAlign    halign,
                       XituAlign    valign)
{
  PangoRectangle logical;
  XituRect box;

  pango_layout_get_extents (layout, NULL, &logical);
  box.width = (double) logical.width / PANGO_SCALE;
  box.height = (double) logical.height / PANGO_SCALE;

  switch (halign)
    {
    case XITU_ALIGN_CENTER:
      box.x = x - box.width / 2;
      break;
    case XITU_ALIGN_END:
      box.x = x - box.width;
      break;
    case XITU_ALIGN_START:
    case XITU_ALIGN_BASELINE:
    default:
      box.x = x;
      break;
    }
  switch (valign)
    {
    case XITU_ALIGN_CENTER:
      box.y = y - box.height / 2;
      break;
    case XITU_ALIGN_END:
      box.y = y - box.height;
      break;
    case XITU_ALIGN_BASELINE:
      box.y = y - xitu_text_get_baseline (layout);
      break;
    case XITU_ALIGN_START:
    default:
      box.y = y;
      break;
    }

  /* The logical rectangle may start left of the layout origin (centred or
   * right-aligned paragraphs); draw so that the box lands where asked. */
  {
    double ox = box.x - (double) logical.x / PANGO_SCALE;
    double oy = box.y - (double) logical.y / PANGO_SCALE;
    TextSink *sink = cairo_get_user_data (cr, &sink_key);

    if (sink != NULL)
      sink_layout (cr, sink, layout, ox, oy);
    else
      {
        cairo_move_to (cr, ox, oy);
        pango_cairo_show_layout (cr, layout);
        cairo_new_path (cr);
      }
  }
  return box;
}

XituRect
xitu_text_draw (cairo_t      *cr,
                const char   *text,
                XituTextRole  role,
                double        scale,
                XituLang      lang,
                XituRgba      color,
                double        x,
                double        y,
                XituAlign     halign,
                XituAlign     valign,
                double        max_width)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (cr, text, role, scale, lang);
  XituRect box;

  if (max_width > 0)
    xitu_text_ellipsize (layout, max_width);
  cairo_save (cr);
  xitu_palette_set_source (cr, color);
  box = xitu_text_draw_layout (cr, layout, x, y, halign, valign);
  cairo_restore (cr);
  return box;
}

void
xitu_text_measure (cairo_t      *cr,
                   const char   *text,
                   XituTextRole  role,
                   double        scale,
                   XituLang      lang,
                   double       *width,
                   double       *height)
{
  g_autoptr (PangoLayout) layout = xitu_text_layout_new (cr, text, role, scale, lang);

  xitu_text_get_size (layout, width, height);
}
