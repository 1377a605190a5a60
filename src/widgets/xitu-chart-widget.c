/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-chart-widget.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _XituChartWidget
{
  GtkWidget         parent_instance;

  XituDataset      *dataset;
  XituChartOptions  options;
  XituChartResult  *result;     /* of the last snapshot or layout pass */
  char             *summary;
  char             *title;
  int               hover;      /* region index, -1 for none */
  int               focus;      /* region index, -1 for none */
  gboolean          dark;
  XituScenario     *watched;    /* the options' scenario, whose ::changed redraws */
  /* The result does not match the options or the size: it is made at the
   * next frame, when asked for, or when the main loop is idle. */
  gboolean          stale;
  guint             refresh_id;
};

G_DEFINE_FINAL_TYPE (XituChartWidget, xitu_chart_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_KIND,
  PROP_YEAR,
  PROP_EDITION,
  PROP_SUMMARY,
  N_PROPS
};

enum {
  COUNTRY_ACTIVATED,
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The chart at the widget's size without the screen: the regions and the
 * summary are right even before (or without) the first frame. */
static void
update_result (XituChartWidget *self,
               double           width,
               double           height,
               cairo_t         *cr)
{
  cairo_surface_t *scratch = NULL;
  cairo_t *own = NULL;

  if (self->dataset == NULL)
    {
      g_clear_pointer (&self->result, xitu_chart_result_free);
      return;
    }
  if (cr == NULL)
    {
      scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = own = cairo_create (scratch);
    }
  self->options.theme = self->dark ? XITU_THEME_DARK : XITU_THEME_LIGHT;
  self->options.transparent = TRUE;
  /* GTK records the drawing and plays it onto the window at this scale. */
  self->options.pixel_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_clear_pointer (&self->result, xitu_chart_result_free);
  self->result = xitu_chart_draw (self->dataset, &self->options, cr, MAX (width, 1), MAX (height, 1));
  if (own != NULL)
    {
      cairo_destroy (own);
      cairo_surface_destroy (scratch);
    }
}

static void
update_accessible (XituChartWidget *self)
{
  const XituHitRegion *focused = NULL;
  g_autofree char *label = NULL;

  if (self->result != NULL && self->focus >= 0 && (guint) self->focus < self->result->regions->len)
    focused = g_ptr_array_index (self->result->regions, self->focus);

  if (self->result != NULL && g_strcmp0 (self->summary, self->result->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_strdup (self->result->summary);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
  if (self->result != NULL)
    {
      g_free (self->title);
      self->title = g_strdup (self->result->title);
    }
  /* The focused segment is part of the name, so that moving between
   * segments is announced. */
  if (focused != NULL && focused->label != NULL)
    label = g_strdup_printf ("%s — %s", self->title ? self->title : _("Chart"), focused->label);
  else
    label = g_strdup (self->title ? self->title : _("Chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary ? self->summary : "",
                                  -1);
}

/* What follows from a new result: the focus kept on a region, the
 * accessible name and description. */
static void
result_changed (XituChartWidget *self)
{
  self->stale = FALSE;
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->result == NULL || self->focus >= (int) self->result->regions->len)
    self->focus = self->result != NULL && self->result->regions->len > 0 ? 0 : -1;
  update_accessible (self);
}

static void
refresh (XituChartWidget *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  /* Before the first allocation, lay out at the default size: only the
   * summary is used until the widget is drawn. */
  update_result (self, width > 0 ? width : 960, height > 0 ? height : 600, NULL);
  result_changed (self);
}

static void
ensure_result (XituChartWidget *self)
{
  if (self->stale)
    refresh (self);
}

static gboolean
refresh_when_idle (gpointer data)
{
  XituChartWidget *self = data;

  self->refresh_id = 0;
  ensure_result (self);
  return G_SOURCE_REMOVE;
}

static void
options_changed (XituChartWidget *self)
{
  self->hover = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* A view being made sets its chart's dataset, language, numbers and year
   * one after the other, before the chart has a size: each used to lay the
   * whole chart out. Now it is laid out once, at its size (or, if it is
   * never shown, when the main loop is idle, for the accessible
   * description). */
  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      self->stale = TRUE;
      if (self->refresh_id == 0)
        self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_when_idle, self, NULL);
      return;
    }
  refresh (self);
}

static void
outline_region (cairo_t             *cr,
                const XituHitRegion *region,
                XituRgba             color,
                double               width)
{
  xitu_palette_set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_rectangle (cr, region->rect.x - width / 2, region->rect.y - width / 2,
                   region->rect.width + width, region->rect.height + width);
  cairo_stroke (cr);
}

static void
xitu_chart_widget_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  XituChartWidget *self = XITU_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const XituPalette *palette;
  cairo_t *cr;

  if (self->dataset == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  update_result (self, width, height, cr);
  if (self->stale)
    result_changed (self);
  palette = xitu_palette_get (self->options.theme);

  /* Hover and focus come from the regions the renderer returned. */
  if (self->hover >= 0 && (guint) self->hover < self->result->regions->len)
    outline_region (cr, g_ptr_array_index (self->result->regions, self->hover), palette->foreground, 2);
  if (self->focus >= 0 && (guint) self->focus < self->result->regions->len &&
      (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0)
    {
      double dash[] = { 4, 2 };
      cairo_set_dash (cr, dash, 2, 0);
      outline_region (cr, g_ptr_array_index (self->result->regions, self->focus), palette->focus, 3);
    }
  cairo_destroy (cr);
  update_accessible (self);
}

static void
xitu_chart_widget_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  XituChartWidget *self = XITU_CHART_WIDGET (widget);

  /* The frame that follows lays the chart out at its new size as it draws
   * it (drawing it here too would lay it out twice); if no frame comes,
   * the idle does. */
  self->stale = TRUE;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_when_idle, self, NULL);
}

static void
xitu_chart_widget_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* Small enough for a narrow window; text scale does not go below 0.8. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 360;
      *natural = 960;
    }
  else
    {
      *minimum = 300;
      *natural = 600;
    }
}

/* Pointer */

static const XituHitRegion *
region_at (XituChartWidget *self,
           double           x,
           double           y,
           int             *index)
{
  const XituHitRegion *hit;

  *index = -1;
  ensure_result (self);
  if (self->result == NULL)
    return NULL;
  hit = xitu_chart_result_hit (self->result, x, y);
  if (hit != NULL)
    {
      guint i;
      if (g_ptr_array_find (self->result->regions, hit, &i))
        *index = (int) i;
    }
  return hit;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           XituChartWidget          *self)
{
  int index;
  const XituHitRegion *hit = region_at (self, x, y, &index);

  if (index != self->hover)
    {
      self->hover = index;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       hit != NULL && (hit->country != NULL || hit->source != NULL) ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *controller,
          XituChartWidget          *self)
{
  if (self->hover != -1)
    {
      self->hover = -1;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_query_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  XituChartWidget *self)
{
  const XituHitRegion *hit = NULL;
  int index;

  ensure_result (self);
  if (keyboard)
    {
      if (self->result != NULL && self->focus >= 0 && (guint) self->focus < self->result->regions->len)
        hit = g_ptr_array_index (self->result->regions, self->focus);
    }
  else
    hit = region_at (self, x, y, &index);
  if (hit == NULL || hit->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, hit->tooltip);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) hit->rect.x, (int) hit->rect.y,
                                                       MAX (1, (int) hit->rect.width),
                                                       MAX (1, (int) hit->rect.height) });
  return TRUE;
}

static void
activate_region (XituChartWidget *self,
                 int              index)
{
  const XituHitRegion *region;

  ensure_result (self);
  if (self->result == NULL || index < 0 || (guint) index >= self->result->regions->len)
    return;
  region = g_ptr_array_index (self->result->regions, index);
  /* An event, a facility or a claim's window opens its source; anything
   * else that names a country opens the country. */
  if (region->source != NULL)
    g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, region->source);
  else if (region->country != NULL)
    g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, region->country, region->stage);
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             XituChartWidget *self)
{
  int index;

  if (region_at (self, x, y, &index) == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  xitu_chart_widget_set_focus_index (self, index);
  activate_region (self, index);
}

/* Keyboard */

static gboolean
groups_run_across (XituChartWidget *self)
{
  /* The chain chart's groups are bars side by side; the others' groups
   * (ranking rows, importers, series) read top to bottom. */
  return self->options.kind == XITU_CHART_CHAIN;
}

static int
step_within_group (XituChartWidget *self,
                   int              delta)
{
  int n = (int) self->result->regions->len;
  int i = self->focus + delta;
  const XituHitRegion *current = g_ptr_array_index (self->result->regions, self->focus);

  if (i < 0 || i >= n)
    return self->focus;
  if (((XituHitRegion *) g_ptr_array_index (self->result->regions, i))->group != current->group)
    return self->focus;
  return i;
}

static int
step_group (XituChartWidget *self,
            int              delta)
{
  const XituHitRegion *current = g_ptr_array_index (self->result->regions, self->focus);
  guint group = current->group;
  int n = (int) self->result->regions->len;
  int offset = 0;
  int target_first = -1;

  /* The position within the current group, to land at the same one. */
  for (int i = self->focus - 1; i >= 0 && ((XituHitRegion *) g_ptr_array_index (self->result->regions, i))->group == group; i--)
    offset++;
  if (delta > 0)
    {
      for (int i = self->focus + 1; i < n; i++)
        if (((XituHitRegion *) g_ptr_array_index (self->result->regions, i))->group != group)
          {
            target_first = i;
            break;
          }
    }
  else
    {
      int i = self->focus - offset - 1;   /* last of the previous group */
      if (i >= 0)
        {
          guint prev = ((XituHitRegion *) g_ptr_array_index (self->result->regions, i))->group;
          while (i > 0 && ((XituHitRegion *) g_ptr_array_index (self->result->regions, i - 1))->group == prev)
            i--;
          target_first = i;
        }
    }
  if (target_first < 0)
    return self->focus;
  {
    guint target_group = ((XituHitRegion *) g_ptr_array_index (self->result->regions, target_first))->group;
    int i = target_first;
    while (offset > 0 && i + 1 < n &&
           ((XituHitRegion *) g_ptr_array_index (self->result->regions, i + 1))->group == target_group)
      {
        i++;
        offset--;
      }
    return i;
  }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                XituChartWidget       *self)
{
  gboolean across;
  int next;

  ensure_result (self);
  across = groups_run_across (self);
  if (self->result == NULL || self->result->regions->len == 0)
    return FALSE;
  if (self->focus < 0)
    self->focus = 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      next = across ? step_group (self, -1) : step_within_group (self, -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      next = across ? step_group (self, 1) : step_within_group (self, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      /* Chain bars stack upwards: up is the next segment. */
      next = across ? step_within_group (self, 1) : step_group (self, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = across ? step_within_group (self, -1) : step_group (self, 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      next = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      next = (int) self->result->regions->len - 1;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      activate_region (self, self->focus);
      return TRUE;
    default:
      return FALSE;
    }
  xitu_chart_widget_set_focus_index (self, next);
  return TRUE;
}

/* Style */

static void
on_dark_changed (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 XituChartWidget *self)
{
  self->dark = adw_style_manager_get_dark (manager);
  options_changed (self);
}

/* Scenario */

static void
on_scenario_changed (XituScenario    *scenario,
                     XituChartWidget *self)
{
  /* The engine recomputes in microseconds: redraw on every change, no
   * debounce. */
  options_changed (self);
}

static void
watch_scenario (XituChartWidget *self,
                XituScenario    *scenario)
{
  if (self->watched == scenario)
    return;
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_scenario_changed, self);
  g_set_object (&self->watched, scenario);
  if (scenario != NULL)
    g_signal_connect_object (scenario, "changed", G_CALLBACK (on_scenario_changed), self, 0);
}

/* GObject */

static void
xitu_chart_widget_dispose (GObject *object)
{
  XituChartWidget *self = XITU_CHART_WIDGET (object);

  watch_scenario (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->result, xitu_chart_result_free);
  G_OBJECT_CLASS (xitu_chart_widget_parent_class)->dispose (object);
}

static void
xitu_chart_widget_finalize (GObject *object)
{
  XituChartWidget *self = XITU_CHART_WIDGET (object);

  xitu_chart_options_clear (&self->options);
  g_free (self->summary);
  g_free (self->title);
  G_OBJECT_CLASS (xitu_chart_widget_parent_class)->finalize (object);
}

static void
xitu_chart_widget_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  XituChartWidget *self = XITU_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->options.kind);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->options.year);
      break;
    case PROP_EDITION:
      g_value_set_string (value, self->options.edition);
      break;
    case PROP_SUMMARY:
      ensure_result (self);
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_chart_widget_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  XituChartWidget *self = XITU_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      xitu_chart_widget_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      xitu_chart_widget_set_kind (self, g_value_get_uint (value));
      break;
    case PROP_YEAR:
      xitu_chart_widget_set_year (self, g_value_get_int (value));
      break;
    case PROP_EDITION:
      xitu_chart_widget_set_edition (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_chart_widget_class_init (XituChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_chart_widget_dispose;
  object_class->finalize = xitu_chart_widget_finalize;
  object_class->get_property = xitu_chart_widget_get_property;
  object_class->set_property = xitu_chart_widget_set_property;
  widget_class->snapshot = xitu_chart_widget_snapshot;
  widget_class->measure = xitu_chart_widget_measure;
  widget_class->size_allocate = xitu_chart_widget_size_allocate;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, XITU_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, XITU_N_CHART_KINDS - 1, XITU_CHART_CHAIN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 2100, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITION] =
    g_param_spec_string ("edition", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituChartWidget::country-activated:
   * @code: the country (or bloc) code
   * @stage: (nullable): the stage id of the segment, if any
   */
  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /**
   * XituChartWidget::source-activated:
   * @source_id: the source of the event, facility or claim clicked
   */
  signals[SOURCE_ACTIVATED] =
    g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "xitu-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
xitu_chart_widget_init (XituChartWidget *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  xitu_chart_options_init (&self->options, XITU_CHART_CHAIN);
  self->hover = -1;
  self->focus = -1;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, key);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  self->dark = adw_style_manager_get_dark (style);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (on_dark_changed), self, 0);
  update_accessible (self);
}

/* API */

GtkWidget *
xitu_chart_widget_new (XituChartKind kind)
{
  return g_object_new (XITU_TYPE_CHART_WIDGET, "kind", kind, NULL);
}

void
xitu_chart_widget_set_dataset (XituChartWidget *self,
                               XituDataset     *dataset)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));
  g_return_if_fail (dataset == NULL || XITU_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    {
      options_changed (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
}

XituDataset *
xitu_chart_widget_get_dataset (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  return self->dataset;
}

void
xitu_chart_widget_set_kind (XituChartWidget *self,
                            XituChartKind    kind)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));
  g_return_if_fail (kind < XITU_N_CHART_KINDS);

  if (self->options.kind == kind)
    return;
  self->options.kind = kind;
  self->focus = -1;
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

XituChartKind
xitu_chart_widget_get_kind (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), XITU_CHART_CHAIN);
  return self->options.kind;
}

void
xitu_chart_widget_set_year (XituChartWidget *self,
                            int              year)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (self->options.year == year)
    return;
  self->options.year = year;
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
xitu_chart_widget_get_year (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), 0);
  return self->options.year;
}

void
xitu_chart_widget_set_edition (XituChartWidget *self,
                               const char      *edition)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (g_strcmp0 (self->options.edition, edition) == 0)
    return;
  g_free (self->options.edition);
  self->options.edition = g_strdup (edition);
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

const char *
xitu_chart_widget_get_edition (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  return self->options.edition;
}

void
xitu_chart_widget_set_metric (XituChartWidget *self,
                              const char      *metric)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (g_strcmp0 (self->options.metric, metric) == 0)
    return;
  g_free (self->options.metric);
  self->options.metric = g_strdup (metric);
  options_changed (self);
}

void
xitu_chart_widget_set_countries (XituChartWidget    *self,
                                 const char * const *countries)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  g_strfreev (self->options.countries);
  self->options.countries = g_strdupv ((char **) countries);
  options_changed (self);
}

void
xitu_chart_widget_set_lang (XituChartWidget *self,
                            XituLang         lang)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (self->options.lang == lang)
    return;
  self->options.lang = lang;
  options_changed (self);
}

void
xitu_chart_widget_set_numbers (XituChartWidget *self,
                               XituNumberStyle  numbers)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (self->options.numbers == numbers)
    return;
  self->options.numbers = numbers;
  options_changed (self);
}

void
xitu_chart_widget_set_options (XituChartWidget        *self,
                               const XituChartOptions *options)
{
  gboolean year_changed, kind_changed, edition_changed;

  g_return_if_fail (XITU_IS_CHART_WIDGET (self));
  g_return_if_fail (options != NULL);

  year_changed = self->options.year != options->year;
  kind_changed = self->options.kind != options->kind;
  edition_changed = g_strcmp0 (self->options.edition, options->edition) != 0;
  xitu_chart_options_copy (&self->options, options);
  watch_scenario (self, self->options.scenario);
  options_changed (self);
  if (year_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  if (kind_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  if (edition_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

void
xitu_chart_widget_set_scenario (XituChartWidget *self,
                                XituScenario    *scenario)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));
  g_return_if_fail (scenario == NULL || XITU_IS_SCENARIO (scenario));

  if (self->options.scenario == scenario)
    return;
  g_set_object (&self->options.scenario, scenario);
  watch_scenario (self, scenario);
  options_changed (self);
}

XituScenario *
xitu_chart_widget_get_scenario (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  return self->options.scenario;
}

void
xitu_chart_widget_set_text_scale (XituChartWidget *self,
                                  double           text_scale)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  if (self->options.text_scale == text_scale)
    return;
  self->options.text_scale = text_scale;
  options_changed (self);
}

const XituChartOptions *
xitu_chart_widget_get_options (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  return &self->options;
}

const char *
xitu_chart_widget_get_summary (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  ensure_result (self);
  return self->summary;
}

XituChartResult *
xitu_chart_widget_get_result (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), NULL);
  ensure_result (self);
  return self->result;
}

int
xitu_chart_widget_get_hover (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), -1);
  return self->hover;
}

int
xitu_chart_widget_get_focus_index (XituChartWidget *self)
{
  g_return_val_if_fail (XITU_IS_CHART_WIDGET (self), -1);
  ensure_result (self);
  return self->focus;
}

void
xitu_chart_widget_set_focus_index (XituChartWidget *self,
                                   int              index)
{
  g_return_if_fail (XITU_IS_CHART_WIDGET (self));

  ensure_result (self);
  if (self->result == NULL || index < 0 || (guint) index >= self->result->regions->len)
    index = -1;
  if (self->focus == index)
    return;
  self->focus = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
