/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-map-view.h"

#include <glib/gi18n.h>
#include <math.h>

#include "xitu-exportable.h"
#include "xitu-map-content.h"

/* The Map view. What the map shows comes from XituMapContent (the same the
 * command line draws); this file only turns controls into a request, the
 * content into the map widget's options, and clicks into actions. */
struct _XituMapView
{
  AdwBin           parent_instance;

  GtkDropDown     *metric_dropdown;
  GtkLabel        *stage_label;
  GtkDropDown     *stage_dropdown;
  GtkLabel        *edition_label;
  GtkDropDown     *edition_dropdown;
  GtkDropDown     *classing_dropdown;
  GtkCheckButton  *pins_check;
  GtkSearchEntry  *search_entry;
  GtkButton       *reset_button;
  GtkBox          *year_box;
  GtkScale        *year_scale;
  GtkAdjustment   *year_adjustment;
  GtkLabel        *year_value;
  XituMapWidget   *map;
  GtkLabel        *status_label;

  XituDataset     *dataset;
  XituWorld       *world;
  XituWorld       *detail;
  XituMapNames    *names;
  XituMapContent  *content;

  XituLang          lang;
  XituNumberStyle   numbers;
  XituMapMetricKind kind;
  char             *stage;
  char             *edition;    /* NULL: the newest */
  char             *default_edition; /* the Preferences' choice, when a metric has it */
  int               year;       /* 0: the latest */
  XituMapClassing   classing;
  char             *metric_id;  /* as the settings store it */

  GArray          *kinds;       /* of XituMapMetricKind, parallel to the metric dropdown */
  GStrv            stages;      /* parallel to the stage dropdown */
  GStrv            editions;    /* parallel to the edition dropdown; [0] "" = newest */
  GArray          *years;       /* of int, the slider's marks, oldest first */
  gboolean         filling;
  char            *status;
};

static void xitu_map_view_exportable_init (XituExportableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituMapView, xitu_map_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (XITU_TYPE_EXPORTABLE, xitu_map_view_exportable_init))

enum {
  PROP_0,
  PROP_LANG,
  PROP_METRIC,
  PROP_CLASSING,
  N_PROPS
};

enum {
  COUNTRY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- the map ------------------------------------------------------------ */

static XituMapContent *
make_content (XituMapView     *self,
              XituLang         lang,
              XituNumberStyle  numbers)
{
  XituMapRequest request = {
    .kind = self->kind,
    .stage = self->stage,
    .year = self->year,
    .edition = self->edition,
    .classing = self->classing,
    .lang = lang,
    .numbers = numbers,
    .hide_pins = !gtk_check_button_get_active (self->pins_check),
  };

  return xitu_map_content_new (self->dataset, self->world, self->names, &request);
}

static char *
tooltip_for (XituMapWidget *map,
             guint          numeric,
             const char    *name,
             int            pin_index,
             gpointer       user_data)
{
  XituMapView *self = user_data;

  if (self->content == NULL)
    return NULL;
  if (pin_index >= 0)
    return xitu_map_content_describe_pin (self->content, pin_index);
  return xitu_map_content_describe_country (self->content, numeric, name);
}

/* "China · 91 %": the first two lines of the tooltip. */
static char *
short_description (XituMapView *self,
                   guint        numeric,
                   const char  *name)
{
  g_autofree char *text = xitu_map_content_describe_country (self->content, numeric, name);
  g_auto (GStrv) lines = g_strsplit (text, "\n", 3);

  if (lines[0] == NULL || lines[1] == NULL)
    return g_strdup (text);
  return g_strdup_printf ("%s · %s", lines[0], lines[1]);
}

static void
set_status (XituMapView *self,
            const char  *status)
{
  g_free (self->status);
  self->status = g_strdup (status != NULL ? status : "");
  gtk_label_set_text (self->status_label, self->status);
}

/* The status line and the map's accessible description follow the
 * selection: a screen reader hears what a sighted person sees. */
static void
update_selection_text (XituMapView *self)
{
  guint numeric = xitu_map_widget_get_selected (self->map);
  g_autofree char *summary = NULL;
  g_autofree char *selected = NULL;
  g_autofree char *description = NULL;

  if (self->content == NULL)
    return;
  summary = xitu_map_content_get_summary (self->content);
  if (numeric != 0)
    {
      g_autofree char *what = short_description (self, numeric, NULL);
      /* Translators: the country selected on the map and its value */
      selected = g_strdup_printf (_("Selected: %s"), what);
    }
  set_status (self, selected);
  description = selected != NULL ? g_strdup_printf ("%s. %s", selected, summary) : g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->map), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
update_year_label (XituMapView *self)
{
  int shown = self->content != NULL ? xitu_map_metric_get_year (xitu_map_content_get_metric (self->content)) : 0;
  g_autofree char *text = NULL;

  if (self->year == 0 && shown > 0)
    /* Translators: the year slider's value when it is at the latest year */
    text = g_strdup_printf (_("%d (latest)"), shown);
  else if (self->year > 0)
    text = g_strdup_printf ("%d", self->year);
  else
    text = g_strdup (_("No figures"));
  gtk_label_set_text (self->year_value, text);
}

static void
rebuild (XituMapView *self)
{
  if (self->dataset == NULL)
    return;
  g_clear_object (&self->content);
  self->content = make_content (self, self->lang, self->numbers);
  xitu_map_widget_set_options (self->map, xitu_map_content_get_options (self->content));
  update_year_label (self);
  update_selection_text (self);
}

/* ---- the controls ------------------------------------------------------- */

static const char *
kind_label (XituMapMetricKind kind)
{
  switch (kind)
    {
    case XITU_MAP_METRIC_SHARE:
      return _("Share of a stage");
    case XITU_MAP_METRIC_PRODUCTION:
      return _("Mine production");
    case XITU_MAP_METRIC_RESERVES:
      return _("Reserves");
    case XITU_MAP_METRIC_DEPENDENCE:
    case XITU_N_MAP_METRICS:
    default:
      return _("Dependence on China");
    }
}

static void
fill_metrics (XituMapView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  g_array_set_size (self->kinds, 0);
  for (XituMapMetricKind kind = 0; kind < XITU_N_MAP_METRICS; kind++)
    {
      g_autoptr (GArray) years = NULL;

      if (self->dataset != NULL)
        {
          g_auto (GStrv) stages = xitu_map_metric_list_stages (self->dataset, kind);
          const char *stage = stages[0] != NULL ? stages[0] : NULL;

          if (xitu_map_metric_kind_has_stage (kind) && stage == NULL)
            continue;
          years = xitu_map_metric_list_years (self->dataset, kind, stage);
          if (years->len == 0)
            continue;
        }
      gtk_string_list_append (model, kind_label (kind));
      g_array_append_val (self->kinds, kind);
    }
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (model));
}

static void
fill_stages (XituMapView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  g_strfreev (self->stages);
  self->stages = self->dataset != NULL ? xitu_map_metric_list_stages (self->dataset, self->kind)
                                       : g_new0 (char *, 1);
  for (guint i = 0; self->stages[i] != NULL; i++)
    {
      XituStage *stage = xitu_dataset_lookup_stage (self->dataset, self->stages[i]);

      gtk_string_list_append (model, stage != NULL ? xitu_text_get (xitu_stage_get_name (stage), self->lang)
                                                   : self->stages[i]);
      if (g_strcmp0 (self->stages[i], self->stage) == 0)
        selected = i;
    }
  /* A stage the metric has no figures for gives way to the first it has. */
  if (self->stages[0] != NULL && (self->stage == NULL || g_strcmp0 (self->stages[selected], self->stage) != 0))
    {
      g_free (self->stage);
      self->stage = g_strdup (self->stages[selected]);
    }
  gtk_drop_down_set_model (self->stage_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->stage_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->stage_dropdown), self->stages[0] != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->stage_label), self->stages[0] != NULL);
}

static void
fill_editions (XituMapView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) editions = NULL;
  guint selected = 0, n = 0;

  gtk_string_list_append (model, _("Newest"));
  g_strv_builder_add (builder, "");
  /* Each importer's dependence comes from its own source: no one edition. */
  if (self->dataset != NULL && self->kind != XITU_MAP_METRIC_DEPENDENCE)
    editions = xitu_map_metric_list_editions (self->dataset, self->kind, self->stage);
  for (guint i = 0; editions != NULL && editions[i] != NULL; i++, n++)
    {
      gtk_string_list_append (model, editions[i]);
      g_strv_builder_add (builder, editions[i]);
      if (g_strcmp0 (editions[i], self->edition != NULL ? self->edition : self->default_edition) == 0)
        selected = i + 1;
    }
  g_free (self->edition);
  self->edition = selected > 0 ? g_strdup (editions[selected - 1]) : NULL;
  g_strfreev (self->editions);
  self->editions = g_strv_builder_end (builder);
  gtk_drop_down_set_model (self->edition_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->edition_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->edition_dropdown), n > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->edition_label), n > 1);
}

static void
fill_years (XituMapView *self)
{
  g_autoptr (GArray) years = NULL;
  int first, last;

  if (self->dataset == NULL)
    return;
  years = xitu_map_metric_list_years (self->dataset, self->kind, self->stage);
  g_array_set_size (self->years, 0);
  g_array_append_vals (self->years, years->data, years->len);

  gtk_scale_clear_marks (self->year_scale);
  gtk_widget_set_visible (GTK_WIDGET (self->year_box), years->len > 0);
  if (years->len == 0)
    return;

  first = g_array_index (years, int, 0);
  last = g_array_index (years, int, years->len - 1);
  if (self->year != 0 && (self->year < first || self->year >= last))
    self->year = 0;
  /* A single year still shows where it is; the slider just cannot move. */
  gtk_adjustment_configure (self->year_adjustment, self->year != 0 ? self->year : last,
                            first, MAX (last, first + 1), 1, 1, 0);
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (years, int, i));
      gtk_scale_add_mark (self->year_scale, g_array_index (years, int, i), GTK_POS_BOTTOM, label);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_scale), years->len > 1);
}

static void
select_kind (XituMapView *self)
{
  for (guint i = 0; i < self->kinds->len; i++)
    if (g_array_index (self->kinds, XituMapMetricKind, i) == self->kind)
      {
        gtk_drop_down_set_selected (self->metric_dropdown, i);
        return;
      }
  /* A stored metric the dataset has no figures for: the first there is. */
  if (self->kinds->len > 0)
    {
      self->kind = g_array_index (self->kinds, XituMapMetricKind, 0);
      gtk_drop_down_set_selected (self->metric_dropdown, 0);
    }
}

/* Brings every control in line with the state, without reacting to it. */
static void
sync_controls (XituMapView *self)
{
  self->filling = TRUE;
  select_kind (self);
  fill_stages (self);
  fill_editions (self);
  fill_years (self);
  gtk_drop_down_set_selected (self->classing_dropdown, self->classing);
  self->filling = FALSE;
}

static void
update_metric_id (XituMapView *self)
{
  g_autofree char *id = xitu_map_metric_to_id (self->kind, self->stage);

  if (g_strcmp0 (id, self->metric_id) == 0)
    return;
  g_free (self->metric_id);
  self->metric_id = g_steal_pointer (&id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

static void
on_metric_selected (XituMapView *self)
{
  guint i = gtk_drop_down_get_selected (self->metric_dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || i >= self->kinds->len)
    return;
  self->kind = g_array_index (self->kinds, XituMapMetricKind, i);
  g_clear_pointer (&self->stage, g_free);
  self->stage = g_strdup (xitu_map_metric_kind_default_stage (self->kind));
  g_clear_pointer (&self->edition, g_free);
  self->year = 0;
  sync_controls (self);
  update_metric_id (self);
  rebuild (self);
}

static void
on_stage_selected (XituMapView *self)
{
  guint i = gtk_drop_down_get_selected (self->stage_dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || self->stages == NULL ||
      i >= g_strv_length (self->stages))
    return;
  g_free (self->stage);
  self->stage = g_strdup (self->stages[i]);
  g_clear_pointer (&self->edition, g_free);
  sync_controls (self);
  update_metric_id (self);
  rebuild (self);
}

static void
on_edition_selected (XituMapView *self)
{
  guint i = gtk_drop_down_get_selected (self->edition_dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || self->editions == NULL ||
      i >= g_strv_length (self->editions))
    return;
  g_free (self->edition);
  self->edition = i == 0 ? NULL : g_strdup (self->editions[i]);
  rebuild (self);
}

static void
on_classing_selected (XituMapView *self)
{
  guint i = gtk_drop_down_get_selected (self->classing_dropdown);

  if (self->filling || i >= XITU_N_MAP_CLASSINGS || i == self->classing)
    return;
  self->classing = i;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSING]);
  rebuild (self);
}

/* The slider stops only at years with figures. */
static void
on_year_changed (XituMapView *self)
{
  double value = gtk_adjustment_get_value (self->year_adjustment);
  int best = 0, year;

  if (self->filling || self->years->len == 0)
    return;
  for (guint i = 0; i < self->years->len; i++)
    {
      int y = g_array_index (self->years, int, i);
      if (best == 0 || fabs (y - value) < fabs (best - value))
        best = y;
    }
  if (best != value)
    {
      self->filling = TRUE;
      gtk_adjustment_set_value (self->year_adjustment, best);
      self->filling = FALSE;
    }
  year = best == g_array_index (self->years, int, self->years->len - 1) ? 0 : best;
  if (year == self->year)
    return;
  self->year = year;
  rebuild (self);
}

static void
on_pins_toggled (XituMapView *self)
{
  rebuild (self);
}

static void
on_reset_clicked (XituMapView *self)
{
  xitu_map_widget_reset_view (self->map);
}

/* ---- countries: click, search ------------------------------------------- */

static const char *
alpha3_for (XituMapView *self,
            guint        numeric,
            const char  *map_name)
{
  const XituMapName *name = self->names != NULL ? xitu_map_names_lookup_feature (self->names, numeric, map_name) : NULL;
  XituCountry *country;

  if (name != NULL && name->alpha3 != NULL)
    return name->alpha3;
  country = numeric != 0 && self->dataset != NULL ? xitu_dataset_lookup_country_numeric (self->dataset, numeric) : NULL;
  return country != NULL ? xitu_country_get_code (country) : NULL;
}

/* The country panel, where the window has one (win.show-country). */
static void
show_country (XituMapView *self,
              const char  *code)
{
  if (code == NULL)
    return;
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-country", "s", code);
}

static void
on_country_activated (XituMapView   *self,
                      guint          numeric,
                      const char    *name)
{
  update_selection_text (self);
  show_country (self, alpha3_for (self, numeric, name));
}

static void
on_pin_activated (XituMapView *self,
                  int          index)
{
  XituFacility *facility = self->content != NULL ? xitu_map_content_get_pin_facility (self->content, index) : NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  if (facility == NULL)
    return;
  text = xitu_map_content_describe_pin (self->content, index);
  lines = g_strsplit (text, "\n", 3);
  {
    g_autofree char *line = lines[1] != NULL ? g_strdup_printf ("%s · %s", lines[0], lines[1]) : g_strdup (lines[0]);
    set_status (self, line);
  }
  show_country (self, xitu_facility_get_country (facility));
}

/* Zooms so that the country fills about half the map, centred on it. */
static void
zoom_to (XituMapView *self,
         guint        numeric,
         const char  *map_name)
{
  XituMapHits *hits = xitu_map_widget_get_hits (self->map);
  XituMapTransform t;
  double x, y, w, h, ax, ay, aw, ah, mx, my, zoom, cx, cy;

  if (hits == NULL)
    return;
  for (guint i = 0; i < xitu_map_hits_get_n_countries (hits); i++)
    {
      if (numeric != 0 ? xitu_map_hits_get_country_numeric (hits, i) != numeric
                       : g_strcmp0 (xitu_map_hits_get_country_name (hits, i), map_name) != 0)
        continue;
      if (!xitu_map_hits_get_country_extents (hits, i, &x, &y, &w, &h))
        return;
      xitu_map_hits_get_transform (hits, &t);
      xitu_map_hits_get_map_area (hits, &ax, &ay, &aw, &ah);
      xitu_map_transform_to_map (&t, x + w / 2, y + h / 2, &mx, &my);
      xitu_map_widget_get_view (self->map, &zoom, &cx, &cy);
      zoom *= 0.5 * MIN (aw / MAX (w, 1), ah / MAX (h, 1));
      xitu_map_widget_set_view (self->map, CLAMP (zoom, 1, 8), mx, my);
      return;
    }
}

gboolean
xitu_map_view_find_country (XituMapView *self,
                            const char  *query)
{
  g_autoptr (GPtrArray) found = NULL;
  const XituMapName *name;

  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), FALSE);

  if (self->names == NULL || query == NULL)
    return FALSE;
  found = xitu_map_names_search (self->names, query, 1);
  if (found->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No country called “%s”"), query);
      set_status (self, text);
      return FALSE;
    }
  name = g_ptr_array_index (found, 0);
  if (name->numeric != 0)
    xitu_map_widget_set_selected (self->map, name->numeric);
  zoom_to (self, name->numeric, name->map_name);
  update_selection_text (self);
  if (name->numeric == 0)
    {
      g_autofree char *what = short_description (self, 0, name->map_name);
      g_autofree char *text = g_strdup_printf (_("Selected: %s"), what);
      set_status (self, text);
    }
  return TRUE;
}

static void
on_search_activate (XituMapView *self)
{
  if (xitu_map_view_find_country (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))))
    gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

/* While typing: which country Enter would go to. */
static void
on_search_changed (XituMapView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr (GPtrArray) found = NULL;
  const XituMapName *name;

  if (self->names == NULL || *query == '\0')
    {
      update_selection_text (self);
      return;
    }
  found = xitu_map_names_search (self->names, query, 1);
  if (found->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No country called “%s”"), query);
      set_status (self, text);
      return;
    }
  name = g_ptr_array_index (found, 0);
  {
    g_autofree char *label = xitu_map_name_dup_label (name, XITU_LANG_BOTH);
    /* Translators: shown while typing in the map's search entry */
    g_autofree char *text = g_strdup_printf (_("Enter: go to %s"), label);
    set_status (self, text);
  }
}

static void
on_stop_search (XituMapView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static gboolean
focus_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  XituMapView *self = XITU_MAP_VIEW (widget);

  /* The shortcut is window-wide: it is this view's only while it is shown. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* ---- export ------------------------------------------------------------- */

static char *
xitu_map_view_render (XituExportable          *exportable,
                      cairo_t                 *cr,
                      double                   width,
                      double                   height,
                      const XituExportOptions *options,
                      char                   **summary)
{
  XituMapView *self = XITU_MAP_VIEW (exportable);
  g_autoptr (XituMapContent) content = NULL;
  double zoom, cx, cy;

  if (self->dataset == NULL)
    return NULL;
  content = make_content (self, options->lang, options->numbers);
  xitu_map_widget_get_view (self->map, &zoom, &cx, &cy);
  /* What is on screen, from the finer geometry. */
  return xitu_map_content_draw (content, cr, width, height, self->detail, zoom, cx, cy, summary);
}

static char *
xitu_map_view_get_csv (XituExportable          *exportable,
                       const XituExportOptions *options)
{
  XituMapView *self = XITU_MAP_VIEW (exportable);
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (XituTable) table = NULL;

  if (self->dataset == NULL)
    return g_strdup ("");
  content = make_content (self, options->lang, options->numbers);
  table = xitu_map_content_get_table (content);
  return xitu_table_to_csv (table);
}

static char *
xitu_map_view_get_suggested_name (XituExportable *exportable)
{
  XituMapView *self = XITU_MAP_VIEW (exportable);

  return self->content != NULL ? xitu_map_content_get_suggested_name (self->content) : g_strdup ("map");
}

static void
xitu_map_view_exportable_init (XituExportableInterface *iface)
{
  iface->render = xitu_map_view_render;
  iface->get_csv = xitu_map_view_get_csv;
  iface->get_suggested_name = xitu_map_view_get_suggested_name;
}

/* ---- GObject ------------------------------------------------------------ */

static void
xitu_map_view_dispose (GObject *object)
{
  XituMapView *self = XITU_MAP_VIEW (object);

  if (self->map != NULL)
    xitu_map_widget_set_tooltip_func (self->map, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_MAP_VIEW);
  g_clear_object (&self->content);
  g_clear_object (&self->dataset);
  g_clear_object (&self->world);
  g_clear_object (&self->detail);
  g_clear_object (&self->names);
  G_OBJECT_CLASS (xitu_map_view_parent_class)->dispose (object);
}

static void
xitu_map_view_finalize (GObject *object)
{
  XituMapView *self = XITU_MAP_VIEW (object);

  g_array_unref (self->kinds);
  g_array_unref (self->years);
  g_strfreev (self->stages);
  g_strfreev (self->editions);
  g_free (self->stage);
  g_free (self->edition);
  g_free (self->default_edition);
  g_free (self->metric_id);
  g_free (self->status);
  G_OBJECT_CLASS (xitu_map_view_parent_class)->finalize (object);
}

static void
xitu_map_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  XituMapView *self = XITU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    case PROP_METRIC:
      g_value_set_string (value, self->metric_id);
      break;
    case PROP_CLASSING:
      g_value_set_string (value, xitu_map_classing_to_string (self->classing));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_map_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  XituMapView *self = XITU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_map_view_set_lang (self, g_value_get_int (value));
      break;
    case PROP_METRIC:
      xitu_map_view_set_metric (self, g_value_get_string (value));
      break;
    case PROP_CLASSING:
      xitu_map_view_set_classing (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_map_view_class_init (XituMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_map_view_dispose;
  object_class->finalize = xitu_map_view_finalize;
  object_class->get_property = xitu_map_view_get_property;
  object_class->set_property = xitu_map_view_set_property;

  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL, "separation-share",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASSING] =
    g_param_spec_string ("classing", NULL, NULL, "quantile",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (alpha-3 code) */
  signals[COUNTRY_ACTIVATED] =
    g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_MAP_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituMapView, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, stage_label);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, edition_label);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, edition_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, classing_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, pins_check);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, reset_button);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, year_box);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, year_scale);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, year_value);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, map);
  gtk_widget_class_bind_template_child (widget_class, XituMapView, status_label);
}

static void
fill_classings (XituMapView *self)
{
  const char *labels[XITU_N_MAP_CLASSINGS + 1] = {
    [XITU_MAP_CLASSING_QUANTILE] = _("Quantiles"),
    [XITU_MAP_CLASSING_EQUAL_INTERVAL] = _("Equal intervals"),
    [XITU_MAP_CLASSING_LOG] = _("Logarithmic"),
    [XITU_MAP_CLASSING_POLICY] = _("Policy thresholds (10, 40, 65 %)"),
  };
  g_autoptr (GtkStringList) model = gtk_string_list_new (labels);

  gtk_drop_down_set_model (self->classing_dropdown, G_LIST_MODEL (model));
}

static void
xitu_map_view_init (XituMapView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->kinds = g_array_new (FALSE, FALSE, sizeof (XituMapMetricKind));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->stages = g_new0 (char *, 1);
  self->kind = XITU_MAP_METRIC_SHARE;
  self->stage = g_strdup ("separation");
  self->metric_id = g_strdup ("separation-share");
  self->classing = XITU_MAP_CLASSING_QUANTILE;

  self->filling = TRUE;
  fill_classings (self);
  fill_metrics (self);
  self->filling = FALSE;

  xitu_map_widget_set_tooltip_func (self->map, tooltip_for, self, NULL);
  g_signal_connect_object (self->metric_dropdown, "notify::selected", G_CALLBACK (on_metric_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stage_dropdown, "notify::selected", G_CALLBACK (on_stage_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->edition_dropdown, "notify::selected", G_CALLBACK (on_edition_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->classing_dropdown, "notify::selected", G_CALLBACK (on_classing_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_adjustment, "value-changed", G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pins_check, "toggled", G_CALLBACK (on_pins_toggled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reset_button, "clicked", G_CALLBACK (on_reset_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map, "country-activated", G_CALLBACK (on_country_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map, "pin-activated", G_CALLBACK (on_pin_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map, "notify::selected", G_CALLBACK (update_selection_text), self, G_CONNECT_SWAPPED);

  /* Ctrl+F from anywhere in the window while the map is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (focus_search, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* ---- public ------------------------------------------------------------- */

GtkWidget *
xitu_map_view_new (void)
{
  return g_object_new (XITU_TYPE_MAP_VIEW, NULL);
}

void
xitu_map_view_set_data (XituMapView  *self,
                        XituDataset  *dataset,
                        XituWorld    *world,
                        XituWorld    *detail,
                        XituMapNames *names)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));
  g_return_if_fail (dataset == NULL || XITU_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->world, world);
  g_set_object (&self->detail, detail);
  g_set_object (&self->names, names);
  xitu_map_widget_set_detail_world (self->map, detail);
  self->filling = TRUE;
  fill_metrics (self);
  self->filling = FALSE;
  sync_controls (self);
  update_metric_id (self);
  rebuild (self);
}

void
xitu_map_view_set_detail_world (XituMapView *self,
                                XituWorld   *detail)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));
  g_return_if_fail (detail == NULL || XITU_IS_WORLD (detail));

  if (!g_set_object (&self->detail, detail))
    return;
  xitu_map_widget_set_detail_world (self->map, detail);
}

void
xitu_map_view_set_dataset (XituMapView *self,
                           XituDataset *dataset)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  xitu_map_view_set_data (self, dataset, self->world, self->detail, self->names);
}

void
xitu_map_view_set_default_edition (XituMapView *self,
                                   const char  *edition)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (edition != NULL && edition[0] == '\0')
    edition = NULL;
  if (g_strcmp0 (self->default_edition, edition) == 0)
    return;
  g_free (self->default_edition);
  self->default_edition = g_strdup (edition);
  g_clear_pointer (&self->edition, g_free);
  sync_controls (self);
  rebuild (self);
}

void
xitu_map_view_set_numbers (XituMapView     *self,
                           XituNumberStyle  numbers)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (self->numbers == numbers)
    return;
  self->numbers = numbers;
  rebuild (self);
}

void
xitu_map_view_set_lang (XituMapView *self,
                        XituLang     lang)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  /* Stage names in the dropdown are data labels too. */
  sync_controls (self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

void
xitu_map_view_set_metric (XituMapView *self,
                          const char  *metric)
{
  XituMapMetricKind kind;
  g_autofree char *stage = NULL;

  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (!xitu_map_metric_parse_id (metric, &kind, &stage))
    return;
  if (kind == self->kind && g_strcmp0 (stage, self->stage) == 0)
    return;
  self->kind = kind;
  g_free (self->stage);
  self->stage = g_steal_pointer (&stage);
  g_clear_pointer (&self->edition, g_free);
  self->year = 0;
  sync_controls (self);
  update_metric_id (self);
  rebuild (self);
}

const char *
xitu_map_view_get_metric (XituMapView *self)
{
  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), NULL);
  return self->metric_id;
}

void
xitu_map_view_set_classing (XituMapView *self,
                            const char  *classing)
{
  XituMapClassing value;

  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (!xitu_map_classing_from_string (classing, &value) || value == self->classing)
    return;
  self->classing = value;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->classing_dropdown, value);
  self->filling = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSING]);
  rebuild (self);
}

const char *
xitu_map_view_get_classing (XituMapView *self)
{
  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), NULL);
  return xitu_map_classing_to_string (self->classing);
}

void
xitu_map_view_set_year (XituMapView *self,
                        int          year)
{
  g_return_if_fail (XITU_IS_MAP_VIEW (self));

  if (year == 0 && self->years->len > 0)
    year = g_array_index (self->years, int, self->years->len - 1);
  gtk_adjustment_set_value (self->year_adjustment, year);
}

int
xitu_map_view_get_year (XituMapView *self)
{
  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), 0);
  return self->year;
}

const char *
xitu_map_view_get_status (XituMapView *self)
{
  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), NULL);
  return self->status != NULL ? self->status : "";
}

XituMapWidget *
xitu_map_view_get_map (XituMapView *self)
{
  g_return_val_if_fail (XITU_IS_MAP_VIEW (self), NULL);
  return self->map;
}
