/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The world map as a widget: the renderer's output in snapshot, with the
 * base map (every polygon, the legend, the texts) cached as a texture for
 * one size, scale, view, theme and data generation. Hover and selection are
 * drawn on top from the hit geometry the renderer returned, so moving the
 * pointer never redraws the polygons.
 *
 * Drag pans, scroll and +/− zoom about the pointer (+/− about the middle
 * when the pointer is elsewhere), double-click zooms in, 0 or Home resets,
 * arrows pan. No dataset logic: the caller passes XituMapOptions.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "xitu-map-widget.h"

#define ZOOM_STEP 1.25
#define PAN_STEP 0.1  /* of the map area, per arrow key */
#define DETAIL_ZOOM 2.0

struct _XituMapWidget
{
  GtkWidget           parent_instance;

  XituMapOptions     *options;
  XituWorld          *detail_world;
  guint               generation;

  double              zoom;
  double              centre_x;
  double              centre_y;
  gboolean            dark;

  /* The cached base layer, as the node that shows it, and what it was
   * drawn for: a texture node, or for GSK's cairo renderer a cairo node
   * kept from frame to frame (GTK 4.8's cairo renderer converts a texture's
   * every pixel each time it draws it, and the same node lets GSK's diff
   * repaint only what the highlight changed). */
  GskRenderNode      *base;
  gboolean            base_for_cairo;
  XituMapHits        *hits;
  int                 base_width;
  int                 base_height;
  int                 base_scale;
  guint               base_generation;
  double              base_zoom, base_centre_x, base_centre_y;
  gboolean            base_dark;

  int                 hovered;      /* index in hits, or -1 */
  int                 hovered_pin;  /* caller's pin index, or -1 */
  guint               selected;     /* numeric, 0 for none */

  double              drag_centre_x;
  double              drag_centre_y;
  double              drag_scale;
  double              pointer_x;
  double              pointer_y;
  gboolean            pointer_inside;

  XituMapTooltipFunc  tooltip_func;
  gpointer            tooltip_data;
  GDestroyNotify      tooltip_destroy;
};

G_DEFINE_FINAL_TYPE (XituMapWidget, xitu_map_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_SELECTED,
  N_PROPS
};

enum {
  COUNTRY_HOVERED,
  COUNTRY_ACTIVATED,
  PIN_HOVERED,
  PIN_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- the base layer ---------------------------------------------------- */

/* A cairo node's surface has the node's logical size: at a scale factor
 * above 1 the texture keeps the base sharp. */
static gboolean
base_as_cairo_node (XituMapWidget *self,
                    int            scale)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return scale == 1 && renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

static GskRenderNode *
cairo_node_from_surface (cairo_surface_t *surface,
                         int              width,
                         int              height)
{
  GskRenderNode *node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);

  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  return node;
}

static gboolean
base_is_current (XituMapWidget *self,
                 int            width,
                 int            height,
                 int            scale)
{
  return self->base != NULL &&
         self->base_width == width && self->base_height == height &&
         self->base_scale == scale && self->base_generation == self->generation &&
         self->base_zoom == self->zoom && self->base_centre_x == self->centre_x &&
         self->base_centre_y == self->centre_y && self->base_dark == self->dark &&
         self->base_for_cairo == base_as_cairo_node (self, scale);
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * h);
  /* Cairo's ARGB32 is premultiplied native-endian, GDK_MEMORY_DEFAULT. */
  return gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Draws the whole map once for this size and view; hits come with it. */
static void
ensure_base (XituMapWidget *self,
             int            width,
             int            height,
             int            scale)
{
  XituMapOptions o = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || base_is_current (self, width, height, scale))
    return;

  if (self->options != NULL)
    o = *self->options;
  /* The finer geometry pays off only once countries are drawn larger. */
  if (self->detail_world != NULL && self->zoom >= DETAIL_ZOOM)
    o.world = self->detail_world;
  o.zoom = self->zoom;
  o.centre_x = self->centre_x;
  o.centre_y = self->centre_y;
  o.dark = self->dark;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  g_clear_object (&self->hits);
  self->hits = xitu_map_renderer_draw (cr, width, height, &o);
  cairo_destroy (cr);

  g_clear_pointer (&self->base, gsk_render_node_unref);
  self->base_for_cairo = base_as_cairo_node (self, scale);
  if (self->base_for_cairo)
    self->base = cairo_node_from_surface (surface, width, height);
  else
    {
      g_autoptr(GdkTexture) texture = texture_from_surface (surface);

      self->base = gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }
  cairo_surface_destroy (surface);

  self->base_width = width;
  self->base_height = height;
  self->base_scale = scale;
  self->base_generation = self->generation;
  self->base_zoom = self->zoom;
  self->base_centre_x = self->centre_x;
  self->base_centre_y = self->centre_y;
  self->base_dark = self->dark;
  /* The hit indices changed with the new layout. */
  self->hovered = -1;
}

/* ---- overlay ----------------------------------------------------------- */

static void
highlight (XituMapWidget *self,
           GtkSnapshot   *snapshot,
           gboolean       selected)
{
  double x, y, w, h, margin = 4;
  graphene_rect_t bounds;
  cairo_t *cr;
  guint numeric = selected ? self->selected : 0;

  if (selected && numeric == 0)
    return;
  if (!selected && self->hovered < 0)
    return;

  if (!selected)
    {
      if (!xitu_map_hits_get_country_extents (self->hits, self->hovered, &x, &y, &w, &h))
        return;
    }
  else
    {
      /* The selected code may have several pieces: bound all of them. */
      double x2 = -INFINITY, y2 = -INFINITY;
      gboolean any = FALSE;

      x = y = INFINITY;
      for (guint i = 0; i < xitu_map_hits_get_n_countries (self->hits); i++)
        {
          double cx, cy, cw, ch;

          if (xitu_map_hits_get_country_numeric (self->hits, i) != numeric ||
              !xitu_map_hits_get_country_extents (self->hits, i, &cx, &cy, &cw, &ch))
            continue;
          x = MIN (x, cx), y = MIN (y, cy);
          x2 = MAX (x2, cx + cw), y2 = MAX (y2, cy + ch);
          any = TRUE;
        }
      if (!any)
        return;
      w = x2 - x, h = y2 - y;
    }

  {
    double ax, ay, aw, ah;

    /* Never outside the map area, so a zoomed country does not cover the legend. */
    xitu_map_hits_get_map_area (self->hits, &ax, &ay, &aw, &ah);
    graphene_rect_init (&bounds, ax, ay, aw, ah);
    graphene_rect_intersection (&bounds,
                                &GRAPHENE_RECT_INIT (x - margin, y - margin, w + 2 * margin,
                                                     h + 2 * margin),
                                &bounds);
    if (bounds.size.width <= 0 || bounds.size.height <= 0)
      return;
  }

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  if (selected)
    xitu_map_hits_append_numeric_outline (self->hits, numeric, XITU_MAP_HIGHLIGHT_STEP, cr);
  else
    xitu_map_hits_append_outline (self->hits, self->hovered, XITU_MAP_HIGHLIGHT_STEP, cr);
  xitu_map_renderer_paint_highlight (cr, self->dark, selected);
  cairo_destroy (cr);
}

static void
highlight_pin (XituMapWidget *self,
               GtkSnapshot   *snapshot)
{
  double x, y, r;
  cairo_t *cr;

  if (self->hovered_pin < 0)
    return;
  xitu_map_hits_get_pin (self->hits, self->hovered_pin, &x, &y, &r);
  if (!isfinite (x))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x - r - 4, y - r - 4,
                                                                 2 * r + 8, 2 * r + 8));
  cairo_arc (cr, x, y, r + 1.5, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
xitu_map_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  XituMapWidget *self = XITU_MAP_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  ensure_base (self, width, height, gtk_widget_get_scale_factor (widget));
  if (self->base == NULL)
    return;

  gtk_snapshot_append_node (snapshot, self->base);
  highlight (self, snapshot, TRUE);
  highlight (self, snapshot, FALSE);
  highlight_pin (self, snapshot);
}

/* ---- view -------------------------------------------------------------- */

static void
set_view_internal (XituMapWidget *self,
                   double         zoom,
                   double         centre_x,
                   double         centre_y)
{
  gboolean zoom_changed;

  zoom = CLAMP (zoom, 1.0, XITU_MAP_WIDGET_MAX_ZOOM);
  /* Keep some of the world in view. */
  centre_x = CLAMP (centre_x, -XITU_EQUAL_EARTH_MAX_X, XITU_EQUAL_EARTH_MAX_X);
  centre_y = CLAMP (centre_y, -XITU_EQUAL_EARTH_MAX_Y, XITU_EQUAL_EARTH_MAX_Y);

  zoom_changed = zoom != self->zoom;
  if (!zoom_changed && centre_x == self->centre_x && centre_y == self->centre_y)
    return;

  self->zoom = zoom;
  self->centre_x = centre_x;
  self->centre_y = centre_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (zoom_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
xitu_map_widget_set_view (XituMapWidget *self,
                          double         zoom,
                          double         centre_x,
                          double         centre_y)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  set_view_internal (self, zoom, centre_x, centre_y);
}

/* The view as set_view() takes it, e.g. to export what is on screen. */
void
xitu_map_widget_get_view (XituMapWidget *self,
                          double        *zoom,
                          double        *centre_x,
                          double        *centre_y)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  *zoom = self->zoom;
  *centre_x = self->centre_x;
  *centre_y = self->centre_y;
}

void
xitu_map_widget_reset_view (XituMapWidget *self)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  set_view_internal (self, 1, 0, 0);
}

double
xitu_map_widget_get_zoom (XituMapWidget *self)
{
  g_return_val_if_fail (XITU_IS_MAP_WIDGET (self), 1);

  return self->zoom;
}

/* The transform for the current view, derived from the last render's (its
 * map area and fitted scale), so it agrees with the layout on screen even
 * when the view changed since and no frame has been drawn yet. */
static gboolean
current_transform (XituMapWidget    *self,
                   XituMapTransform *t,
                   double           *area_cx,
                   double           *area_cy)
{
  double ax, ay, aw, ah;

  if (self->hits == NULL)
    return FALSE;

  xitu_map_hits_get_transform (self->hits, t);
  xitu_map_hits_get_map_area (self->hits, &ax, &ay, &aw, &ah);
  *area_cx = ax + aw / 2;
  *area_cy = ay + ah / 2;
  t->scale = t->scale * self->zoom / self->base_zoom;
  t->x0 = *area_cx - self->centre_x * t->scale;
  t->y0 = *area_cy + self->centre_y * t->scale;
  return TRUE;
}

/* Zooms by factor keeping the map point under (x, y) where it is. */
void
xitu_map_widget_zoom_at (XituMapWidget *self,
                         double         factor,
                         double         x,
                         double         y)
{
  XituMapTransform t;
  double cx, cy, mx, my, zoom, scale;

  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  zoom = CLAMP (self->zoom * factor, 1.0, XITU_MAP_WIDGET_MAX_ZOOM);
  if (!current_transform (self, &t, &cx, &cy))
    {
      set_view_internal (self, zoom, self->centre_x, self->centre_y);
      return;
    }

  xitu_map_transform_to_map (&t, x, y, &mx, &my);
  scale = t.scale * zoom / self->zoom;
  set_view_internal (self, zoom, mx - (x - cx) / scale, my + (y - cy) / scale);
}

static void
zoom_about_centre (XituMapWidget *self,
                   double         factor)
{
  double ax, ay, aw, ah;

  if (self->pointer_inside)
    {
      xitu_map_widget_zoom_at (self, factor, self->pointer_x, self->pointer_y);
      return;
    }
  if (self->hits == NULL)
    {
      set_view_internal (self, self->zoom * factor, self->centre_x, self->centre_y);
      return;
    }
  xitu_map_hits_get_map_area (self->hits, &ax, &ay, &aw, &ah);
  xitu_map_widget_zoom_at (self, factor, ax + aw / 2, ay + ah / 2);
}

static void
pan_by_pixels (XituMapWidget *self,
               double         dx,
               double         dy)
{
  XituMapTransform t;
  double cx, cy;

  if (!current_transform (self, &t, &cx, &cy))
    return;
  set_view_internal (self, self->zoom, self->centre_x + dx / t.scale, self->centre_y - dy / t.scale);
}

/* ---- hover and activation ---------------------------------------------- */

static void
update_accessible_label (XituMapWidget *self)
{
  const char *title = self->options ? self->options->title : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title ? title : _("World map"),
                                  -1);
}

void
xitu_map_widget_hover_at (XituMapWidget *self,
                          double         x,
                          double         y)
{
  int pin, country;

  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->hits == NULL)
    return;

  /* Pins sit on top of countries: a pin under the pointer wins. */
  pin = xitu_map_hits_pin_at (self->hits, x, y);
  country = pin >= 0 ? -1 : xitu_map_hits_country_at (self->hits, x, y);

  if (pin != self->hovered_pin)
    {
      self->hovered_pin = pin;
      g_signal_emit (self, signals[PIN_HOVERED], 0, pin);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  if (country != self->hovered)
    {
      self->hovered = country;
      if (country >= 0)
        g_signal_emit (self, signals[COUNTRY_HOVERED], 0,
                       xitu_map_hits_get_country_numeric (self->hits, country),
                       xitu_map_hits_get_country_name (self->hits, country));
      else
        g_signal_emit (self, signals[COUNTRY_HOVERED], 0, 0, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
clear_hover (XituMapWidget *self)
{
  if (self->hovered_pin >= 0)
    {
      self->hovered_pin = -1;
      g_signal_emit (self, signals[PIN_HOVERED], 0, -1);
    }
  if (self->hovered >= 0)
    {
      self->hovered = -1;
      g_signal_emit (self, signals[COUNTRY_HOVERED], 0, 0, NULL);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Activates the pin or country at (x, y); returns FALSE over the sea. A
 * country activation also selects it. */
gboolean
xitu_map_widget_activate_at (XituMapWidget *self,
                             double         x,
                             double         y)
{
  int pin, country;

  g_return_val_if_fail (XITU_IS_MAP_WIDGET (self), FALSE);

  if (self->hits == NULL)
    return FALSE;

  if ((pin = xitu_map_hits_pin_at (self->hits, x, y)) >= 0)
    {
      g_signal_emit (self, signals[PIN_ACTIVATED], 0, pin);
      return TRUE;
    }
  if ((country = xitu_map_hits_country_at (self->hits, x, y)) >= 0)
    {
      guint numeric = xitu_map_hits_get_country_numeric (self->hits, country);

      xitu_map_widget_set_selected (self, numeric);
      g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, numeric,
                     xitu_map_hits_get_country_name (self->hits, country));
      return TRUE;
    }
  return FALSE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           XituMapWidget            *self)
{
  self->pointer_inside = TRUE;
  xitu_map_widget_hover_at (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          XituMapWidget            *self)
{
  self->pointer_inside = FALSE;
  clear_hover (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           XituMapWidget            *self)
{
  if (dy == 0)
    return FALSE;
  xitu_map_widget_zoom_at (self, pow (ZOOM_STEP, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               XituMapWidget  *self)
{
  XituMapTransform t = { 0, 0, 0 };
  double cx, cy;

  current_transform (self, &t, &cx, &cy);
  self->drag_centre_x = self->centre_x;
  self->drag_centre_y = self->centre_y;
  self->drag_scale = t.scale;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                XituMapWidget  *self)
{
  if ((offset_x == 0 && offset_y == 0) || self->drag_scale <= 0)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  set_view_internal (self, self->zoom,
                     self->drag_centre_x - offset_x / self->drag_scale,
                     self->drag_centre_y + offset_y / self->drag_scale);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             XituMapWidget  *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  XituMapWidget   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    xitu_map_widget_zoom_at (self, 2, x, y);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   XituMapWidget   *self)
{
  if (n_press == 1)
    xitu_map_widget_activate_at (self, x, y);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                XituMapWidget         *self)
{
  double ax = 0, ay = 0, aw = 0, ah = 0;

  if (self->hits != NULL)
    xitu_map_hits_get_map_area (self->hits, &ax, &ay, &aw, &ah);

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_about_centre (self, ZOOM_STEP);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_about_centre (self, 1 / ZOOM_STEP);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
    case GDK_KEY_Home:
      xitu_map_widget_reset_view (self);
      return TRUE;
    case GDK_KEY_Left:
      pan_by_pixels (self, -aw * PAN_STEP, 0);
      return TRUE;
    case GDK_KEY_Right:
      pan_by_pixels (self, aw * PAN_STEP, 0);
      return TRUE;
    case GDK_KEY_Up:
      pan_by_pixels (self, 0, -ah * PAN_STEP);
      return TRUE;
    case GDK_KEY_Down:
      pan_by_pixels (self, 0, ah * PAN_STEP);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
xitu_map_widget_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  XituMapWidget *self = XITU_MAP_WIDGET (widget);
  g_autofree char *text = NULL;
  guint numeric = 0;
  const char *name = NULL;

  if (keyboard_mode || self->hits == NULL)
    return FALSE;

  xitu_map_widget_hover_at (self, x, y);
  if (self->hovered >= 0)
    {
      numeric = xitu_map_hits_get_country_numeric (self->hits, self->hovered);
      name = xitu_map_hits_get_country_name (self->hits, self->hovered);
    }
  else if (self->hovered_pin < 0)
    return FALSE;

  if (self->tooltip_func != NULL)
    text = self->tooltip_func (self, numeric, name, self->hovered_pin, self->tooltip_data);
  else if (self->hovered_pin >= 0 && self->options != NULL)
    text = g_strdup (self->options->pins[self->hovered_pin].name);
  else
    text = g_strdup (name);

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- theme ------------------------------------------------------------- */

static void
on_dark_changed (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 XituMapWidget   *self)
{
  self->dark = adw_style_manager_get_dark (manager);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
xitu_map_widget_realize (GtkWidget *widget)
{
  XituMapWidget *self = XITU_MAP_WIDGET (widget);
  AdwStyleManager *manager;

  GTK_WIDGET_CLASS (xitu_map_widget_parent_class)->realize (widget);

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_dark_changed), self, 0);
  on_dark_changed (manager, NULL, self);
}

static void
xitu_map_widget_unrealize (GtkWidget *widget)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));

  g_signal_handlers_disconnect_by_func (manager, on_dark_changed, widget);
  GTK_WIDGET_CLASS (xitu_map_widget_parent_class)->unrealize (widget);
}

/* ---- options, selection ------------------------------------------------- */

void
xitu_map_widget_set_options (XituMapWidget        *self,
                             const XituMapOptions *options)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  g_clear_pointer (&self->options, xitu_map_options_free);
  if (options != NULL)
    self->options = xitu_map_options_copy (options);
  self->generation++;
  self->hovered = -1;
  self->hovered_pin = -1;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A finer world (Natural Earth 50m) drawn instead of the options' world
 * from zoom 2 on. */
void
xitu_map_widget_set_detail_world (XituMapWidget *self,
                                  XituWorld     *world)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));
  g_return_if_fail (world == NULL || XITU_IS_WORLD (world));

  if (!g_set_object (&self->detail_world, world))
    return;
  self->generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const XituMapOptions *
xitu_map_widget_get_options (XituMapWidget *self)
{
  g_return_val_if_fail (XITU_IS_MAP_WIDGET (self), NULL);

  return self->options;
}

void
xitu_map_widget_set_tooltip_func (XituMapWidget      *self,
                                  XituMapTooltipFunc  func,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  if (self->tooltip_destroy != NULL)
    self->tooltip_destroy (self->tooltip_data);
  self->tooltip_func = func;
  self->tooltip_data = user_data;
  self->tooltip_destroy = destroy;
}

guint
xitu_map_widget_get_selected (XituMapWidget *self)
{
  g_return_val_if_fail (XITU_IS_MAP_WIDGET (self), 0);

  return self->selected;
}

void
xitu_map_widget_set_selected (XituMapWidget *self,
                              guint          numeric)
{
  g_return_if_fail (XITU_IS_MAP_WIDGET (self));

  if (self->selected == numeric)
    return;
  self->selected = numeric;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Returns: (transfer none) (nullable): the hit geometry of what is on
 * screen, rendering the base layer first if the view changed. */
XituMapHits *
xitu_map_widget_get_hits (XituMapWidget *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_val_if_fail (XITU_IS_MAP_WIDGET (self), NULL);

  ensure_base (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
               gtk_widget_get_scale_factor (widget));
  return self->hits;
}

/* ---- GObject ------------------------------------------------------------ */

static void
xitu_map_widget_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 520;
}

static void
xitu_map_widget_dispose (GObject *object)
{
  XituMapWidget *self = XITU_MAP_WIDGET (object);

  xitu_map_widget_set_tooltip_func (self, NULL, NULL, NULL);
  g_clear_pointer (&self->base, gsk_render_node_unref);
  g_clear_object (&self->hits);
  g_clear_pointer (&self->options, xitu_map_options_free);
  g_clear_object (&self->detail_world);

  G_OBJECT_CLASS (xitu_map_widget_parent_class)->dispose (object);
}

static void
xitu_map_widget_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  XituMapWidget *self = XITU_MAP_WIDGET (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_map_widget_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  XituMapWidget *self = XITU_MAP_WIDGET (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      {
        gboolean inside = self->pointer_inside;

        /* A programmatic zoom keeps the middle of the view in place. */
        self->pointer_inside = FALSE;
        zoom_about_centre (self, g_value_get_double (value) / self->zoom);
        self->pointer_inside = inside;
      }
      break;
    case PROP_SELECTED:
      xitu_map_widget_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_map_widget_class_init (XituMapWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_map_widget_dispose;
  object_class->get_property = xitu_map_widget_get_property;
  object_class->set_property = xitu_map_widget_set_property;

  widget_class->snapshot = xitu_map_widget_snapshot;
  widget_class->measure = xitu_map_widget_measure;
  widget_class->query_tooltip = xitu_map_widget_query_tooltip;
  widget_class->realize = xitu_map_widget_realize;
  widget_class->unrealize = xitu_map_widget_unrealize;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 1.0, XITU_MAP_WIDGET_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, 999, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (numeric, name): numeric 0 with a name is a feature without a code;
   * 0 with NULL is the pointer leaving every country. */
  signals[COUNTRY_HOVERED] =
    g_signal_new ("country-hovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
  /* The caller's pin index; -1 when leaving. */
  signals[PIN_HOVERED] =
    g_signal_new ("pin-hovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[PIN_ACTIVATED] =
    g_signal_new ("pin-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "xitu-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
xitu_map_widget_init (XituMapWidget *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *motion, *scroll, *key;
  GtkGesture *drag, *click;

  self->zoom = 1;
  self->hovered = -1;
  self->hovered_pin = -1;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  update_accessible_label (self);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, key);
}

GtkWidget *
xitu_map_widget_new (void)
{
  return g_object_new (XITU_TYPE_MAP_WIDGET, NULL);
}
