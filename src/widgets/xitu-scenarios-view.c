/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-scenarios-view.h"

#include <glib/gi18n.h>

#include "xitu-exportable.h"
#include "xitu-file-chooser.h"
#include "xitu-scenario-file.h"

/* The controls write the scenario through its setters; the scenario's
 * ::changed redraws both charts (through XituChartWidget) and puts the
 * controls back in step, e.g. after a preset or Open. No number is
 * computed here. */
struct _XituScenariosView
{
  AdwBin                parent_instance;

  GtkButton            *open_button;
  GtkButton            *save_button;
  GtkButton            *reset_button;
  GtkLabel             *name_label;
  AdwComboRow          *preset_row;
  AdwComboRow          *supplier_row;
  GtkScale             *cut_scale;
  GtkSpinButton        *duration_spin;
  GtkSwitch            *spare_switch;
  GtkScale             *headroom_scale;
  GtkSpinButton        *stock_spin;
  GtkScale             *recycling_scale;
  GtkScale             *reliance_scale;
  GtkSwitch            *look_switch;
  AdwActionRow         *elements_row;
  AdwPreferencesGroup  *stages_group;
  AdwComboRow          *timeline_row;
  GtkSpinButton        *slippage_spin;
  AdwComboRow          *lead_row;
  GtkScale             *target_scale;
  GtkSpinButton        *recovery_spin;
  GtkSpinButton        *ndpr_spin;
  GtkSpinButton        *metal_spin;
  GtkSpinButton        *magnet_spin;
  XituChartWidget      *disruption_chart;
  XituChartWidget      *buildout_chart;

  XituDataset          *dataset;
  XituScenario         *scenario;
  GPtrArray            *stage_rows;    /* of AdwActionRow, upstream first */
  GPtrArray            *stage_checks;  /* of GtkCheckButton, parallel */
  GStrv                 suppliers;     /* codes, parallel to supplier_row */
  XituLang              lang;
  gboolean              syncing;
  XituFileChooser      *chooser;
  XituChartWidget      *export_chart;  /* the chart Export… draws: the last one pointed at */
};

static void xitu_scenarios_view_exportable_init (XituExportableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XituScenariosView, xitu_scenarios_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (XITU_TYPE_EXPORTABLE, xitu_scenarios_view_exportable_init))

enum {
  PROP_0,
  PROP_LANG,
  N_PROPS
};

enum {
  TOAST,
  COUNTRY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void sync_controls (XituScenariosView *self);

/* ---- scenario → controls ------------------------------------------------ */

static void
fill_presets (XituScenariosView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  guint n;
  const XituDisruptionPreset *presets = xitu_disruption_get_presets (&n);

  gtk_string_list_append (model, _("Custom"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (model, xitu_lang_pick (self->lang == XITU_LANG_ZH ? XITU_LANG_ZH : XITU_LANG_EN,
                                                   presets[i].title_en, presets[i].title_zh));
  adw_combo_row_set_model (self->preset_row, G_LIST_MODEL (model));
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  XituLang lang = GPOINTER_TO_INT (user_data);
  XituCountry *x = *(XituCountry **) a;
  XituCountry *y = *(XituCountry **) b;

  /* China, the usual supplier, first. */
  if (g_strcmp0 (xitu_country_get_code (x), XITU_CHINA_CODE) == 0)
    return -1;
  if (g_strcmp0 (xitu_country_get_code (y), XITU_CHINA_CODE) == 0)
    return 1;
  return g_utf8_collate (xitu_country_get_name (x, lang), xitu_country_get_name (y, lang));
}

static XituLang
names_lang (XituScenariosView *self)
{
  return self->lang == XITU_LANG_ZH ? XITU_LANG_ZH : XITU_LANG_EN;
}

static void
fill_suppliers (XituScenariosView *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) countries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GStrvBuilder) codes = g_strv_builder_new ();
  GListModel *all = self->dataset != NULL ? xitu_dataset_get_countries (self->dataset) : NULL;

  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      XituCountry *c = g_list_model_get_item (all, i);

      if (xitu_country_get_kind (c) == XITU_COUNTRY_KIND_COUNTRY)
        g_ptr_array_add (countries, c);
      else
        g_object_unref (c);
    }
  g_ptr_array_sort_with_data (countries, compare_names, GINT_TO_POINTER (names_lang (self)));
  for (guint i = 0; i < countries->len; i++)
    {
      XituCountry *c = g_ptr_array_index (countries, i);
      gtk_string_list_append (model, xitu_country_get_name (c, names_lang (self)));
      g_strv_builder_add (codes, xitu_country_get_code (c));
    }
  g_strfreev (self->suppliers);
  self->suppliers = g_strv_builder_end (codes);
  adw_combo_row_set_model (self->supplier_row, G_LIST_MODEL (model));
}

static void
fill_choices (XituScenariosView *self)
{
  g_autoptr (GtkStringList) timelines = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) ends = gtk_string_list_new (NULL);

  /* In XituTimeline's order. */
  gtk_string_list_append (timelines, _("As announced"));
  gtk_string_list_append (timelines, _("Announced + slippage"));
  gtk_string_list_append (timelines, _("Literature lead times"));
  adw_combo_row_set_model (self->timeline_row, G_LIST_MODEL (timelines));
  /* In XituLeadTimeEnd's order. */
  gtk_string_list_append (ends, _("Low end"));
  gtk_string_list_append (ends, _("High end"));
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (ends));
}

static void on_stage_toggled (XituScenariosView *self);

static void
fill_stages (XituScenariosView *self)
{
  GListModel *stages = self->dataset != NULL ? xitu_dataset_get_stages (self->dataset) : NULL;

  for (guint i = 0; i < self->stage_rows->len; i++)
    adw_preferences_group_remove (self->stages_group, g_ptr_array_index (self->stage_rows, i));
  g_ptr_array_set_size (self->stage_rows, 0);
  g_ptr_array_set_size (self->stage_checks, 0);

  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (XituStage) stage = g_list_model_get_item (stages, i);
      const char *name = xitu_text_get (xitu_stage_get_name (stage), names_lang (self));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* The row labels its activatable widget: no label of its own, or a
       * screen reader says the name twice. */
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_stage_toggled), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->stages_group, row);
      g_ptr_array_add (self->stage_rows, row);
      g_ptr_array_add (self->stage_checks, check);
    }
}

static guint
preset_index (const char *id)
{
  guint n;
  const XituDisruptionPreset *presets = xitu_disruption_get_presets (&n);

  for (guint i = 0; id != NULL && i < n; i++)
    if (g_strcmp0 (presets[i].id, id) == 0)
      return i + 1;
  return 0;
}

static char *
elements_text (const XituDisruptionParams *params)
{
  g_auto (GStrv) symbols = NULL;

  if (params->elements == XITU_ELEMENTS_ALL)
    return g_strdup (_("All rare earths"));
  symbols = xitu_elements_to_strv (params->elements);
  return g_strjoinv (", ", symbols);
}

static void
sync_controls (XituScenariosView *self)
{
  XituDisruptionParams d;
  XituBuildoutParams b;
  const XituIntensity *k;

  if (self->dataset == NULL || self->scenario == NULL)
    return;
  xitu_scenario_get_disruption (self->scenario, self->dataset, &d);
  xitu_scenario_get_buildout (self->scenario, self->dataset, &b);
  k = xitu_scenario_get_intensity (self->scenario);

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->preset_row, preset_index (xitu_scenario_get_preset (self->scenario)));
  for (guint i = 0; self->suppliers != NULL && self->suppliers[i] != NULL; i++)
    if (g_strcmp0 (self->suppliers[i], d.supplier) == 0)
      adw_combo_row_set_selected (self->supplier_row, i);
  gtk_range_set_value (GTK_RANGE (self->cut_scale), d.cut);
  gtk_spin_button_set_value (self->duration_spin, d.duration_months);
  gtk_switch_set_active (self->spare_switch, d.spare_basis == XITU_SPARE_AUTO);
  gtk_range_set_value (GTK_RANGE (self->headroom_scale), d.headroom);
  gtk_spin_button_set_value (self->stock_spin, d.stock_months);
  gtk_range_set_value (GTK_RANGE (self->recycling_scale), d.recycling);
  gtk_range_set_value (GTK_RANGE (self->reliance_scale), d.import_reliance);
  gtk_switch_set_active (self->look_switch, d.look_through);
  {
    g_autofree char *elements = elements_text (&d);
    adw_action_row_set_subtitle (self->elements_row, elements);
  }
  for (guint s = 0; s < self->stage_checks->len; s++)
    gtk_check_button_set_active (g_ptr_array_index (self->stage_checks, s), (d.stages & (1u << s)) != 0);

  adw_combo_row_set_selected (self->timeline_row, b.timeline);
  gtk_spin_button_set_value (self->slippage_spin, b.slippage_years);
  adw_combo_row_set_selected (self->lead_row, b.lead_time_end);
  gtk_widget_set_sensitive (GTK_WIDGET (self->slippage_spin), b.timeline == XITU_TIMELINE_SLIPPAGE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->lead_row), b.timeline == XITU_TIMELINE_LEAD_TIMES);
  /* The view sets targets as a share of world output; a file may hold
   * another kind, which the chart states. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_scale), b.target_kind == XITU_TARGET_SHARE_OF_WORLD);
  if (b.target_kind == XITU_TARGET_SHARE_OF_WORLD)
    gtk_range_set_value (GTK_RANGE (self->target_scale), b.target_value);

  gtk_spin_button_set_value (self->recovery_spin, k->separation_recovery);
  gtk_spin_button_set_value (self->ndpr_spin, k->ndpr_share);
  gtk_spin_button_set_value (self->metal_spin, k->metal_per_oxide);
  gtk_spin_button_set_value (self->magnet_spin, k->re_per_magnet);

  gtk_label_set_label (self->name_label, xitu_scenario_get_name (self->scenario) != NULL
                                         ? xitu_scenario_get_name (self->scenario) : "");
  self->syncing = FALSE;
}

/* ---- controls → scenario ------------------------------------------------ */

static void
push_disruption (XituScenariosView *self)
{
  XituDisruptionParams d;
  guint supplier = adw_combo_row_get_selected (self->supplier_row);

  if (self->syncing || self->dataset == NULL)
    return;
  xitu_scenario_get_disruption (self->scenario, self->dataset, &d);
  if (self->suppliers != NULL && supplier < g_strv_length (self->suppliers))
    g_strlcpy (d.supplier, self->suppliers[supplier], sizeof d.supplier);
  d.cut = gtk_range_get_value (GTK_RANGE (self->cut_scale));
  d.duration_months = gtk_spin_button_get_value (self->duration_spin);
  d.spare_basis = gtk_switch_get_active (self->spare_switch) ? XITU_SPARE_AUTO : XITU_SPARE_USER;
  d.headroom = gtk_range_get_value (GTK_RANGE (self->headroom_scale));
  d.stock_months = gtk_spin_button_get_value (self->stock_spin);
  d.recycling = gtk_range_get_value (GTK_RANGE (self->recycling_scale));
  d.import_reliance = gtk_range_get_value (GTK_RANGE (self->reliance_scale));
  d.look_through = gtk_switch_get_active (self->look_switch);
  d.stages = 0;
  for (guint s = 0; s < self->stage_checks->len; s++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->stage_checks, s)))
      d.stages |= 1u << s;
  xitu_scenario_set_disruption (self->scenario, self->dataset, &d);
}

static void
on_stage_toggled (XituScenariosView *self)
{
  push_disruption (self);
}

static void
push_buildout (XituScenariosView *self)
{
  XituBuildoutParams b;
  guint timeline = adw_combo_row_get_selected (self->timeline_row);
  guint end = adw_combo_row_get_selected (self->lead_row);

  if (self->syncing || self->dataset == NULL)
    return;
  xitu_scenario_get_buildout (self->scenario, self->dataset, &b);
  if (timeline <= XITU_TIMELINE_LEAD_TIMES)
    b.timeline = timeline;
  if (end <= XITU_LEAD_TIME_HIGH)
    b.lead_time_end = end;
  b.slippage_years = gtk_spin_button_get_value (self->slippage_spin);
  if (b.target_kind == XITU_TARGET_SHARE_OF_WORLD)
    b.target_value = gtk_range_get_value (GTK_RANGE (self->target_scale));
  xitu_scenario_set_buildout (self->scenario, self->dataset, &b);
}

static void
push_intensity (XituScenariosView *self)
{
  XituIntensity k;

  if (self->syncing || self->scenario == NULL)
    return;
  k.separation_recovery = gtk_spin_button_get_value (self->recovery_spin);
  k.ndpr_share = gtk_spin_button_get_value (self->ndpr_spin);
  k.metal_per_oxide = gtk_spin_button_get_value (self->metal_spin);
  k.re_per_magnet = gtk_spin_button_get_value (self->magnet_spin);
  if (xitu_intensity_is_valid (&k))
    xitu_scenario_set_intensity (self->scenario, &k);
}

static void
on_reset_clicked (XituScenariosView *self)
{
  XituIntensity k;

  xitu_intensity_init_default (&k);
  xitu_scenario_set_intensity (self->scenario, &k);
}

static void
on_preset_selected (XituScenariosView *self)
{
  guint i = adw_combo_row_get_selected (self->preset_row);
  guint n;
  const XituDisruptionPreset *presets = xitu_disruption_get_presets (&n);

  if (self->syncing || self->dataset == NULL || i == GTK_INVALID_LIST_POSITION)
    return;
  if (i == 0)
    xitu_scenario_set_preset (self->scenario, NULL);
  else if (i <= n)
    xitu_scenario_apply_preset (self->scenario, self->dataset, presets[i - 1].id);
}

/* The disruption chart grows with its rows (importers × stages hit). */
static void
update_chart_size (XituScenariosView *self)
{
  double width, height;

  if (self->dataset == NULL)
    return;
  xitu_chart_get_natural_size (self->dataset, xitu_chart_widget_get_options (self->disruption_chart), &width, &height);
  gtk_widget_set_size_request (GTK_WIDGET (self->disruption_chart), -1, (int) height);
}

static void
on_scenario_changed (XituScenariosView *self)
{
  sync_controls (self);
  update_chart_size (self);
}

/* A new scenario (Open, or the first one): the charts follow its changes
 * themselves. */
static void
set_scenario (XituScenariosView *self,
              XituScenario      *scenario)
{
  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, on_scenario_changed, self);
  g_set_object (&self->scenario, scenario);
  g_signal_connect_object (scenario, "changed", G_CALLBACK (on_scenario_changed), self, G_CONNECT_SWAPPED);
  xitu_chart_widget_set_scenario (self->disruption_chart, scenario);
  xitu_chart_widget_set_scenario (self->buildout_chart, scenario);
  sync_controls (self);
  update_chart_size (self);
}

/* ---- files ---------------------------------------------------------------- */

static void
toast (XituScenariosView *self,
       const char        *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
show_error (XituScenariosView *self,
            const char        *heading,
            const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (!GTK_IS_WINDOW (root))
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
xitu_scenarios_view_open_file (XituScenariosView *self,
                               GFile             *file,
                               GError           **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (XituScenario) loaded = NULL;

  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  loaded = xitu_scenario_load_file (file, self->dataset, &local);
  if (loaded == NULL)
    {
      /* The current scenario stays as it was. */
      show_error (self, _("Could Not Open the Scenario"), local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  set_scenario (self, loaded);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *message = g_strdup_printf (_("Opened “%s”"), name);
    toast (self, message);
  }
  return TRUE;
}

gboolean
xitu_scenarios_view_save_file (XituScenariosView *self,
                               GFile             *file,
                               GError           **error)
{
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!xitu_scenario_save_file (self->scenario, file, &local))
    {
      show_error (self, _("Could Not Save the Scenario"), local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);
    toast (self, message);
  }
  return TRUE;
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scenario files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
on_open_chosen (GFile    *file,
                gpointer  user_data)
{
  xitu_scenarios_view_open_file (XITU_SCENARIOS_VIEW (user_data), file, NULL);
}

static void
on_save_chosen (GFile    *file,
                gpointer  user_data)
{
  xitu_scenarios_view_save_file (XITU_SCENARIOS_VIEW (user_data), file, NULL);
}

static void
on_open_clicked (XituScenariosView *self)
{
  g_autoptr (GtkFileFilter) filter = json_filter ();

  xitu_file_chooser_run (self->chooser, GTK_WIDGET (self), _("Open Scenario"), _("_Open"),
                         filter, NULL, on_open_chosen, self);
}

static void
on_save_clicked (XituScenariosView *self)
{
  g_autoptr (GtkFileFilter) filter = json_filter ();

  xitu_file_chooser_run (self->chooser, GTK_WIDGET (self), _("Save Scenario"), _("_Save"),
                         filter, "scenario.json", on_save_chosen, self);
}

static void
on_chart_country_activated (XituScenariosView *self,
                            const char        *code,
                            const char        *stage)
{
  g_signal_emit (self, signals[COUNTRY_ACTIVATED], 0, code, stage);
}

/* ---- Export… ---------------------------------------------------------------- */

/* Export… draws the chart the person last pointed at or moved the focus
 * to; the disruption chart until then. The dialog names it. */
static void
on_chart_focused (GtkEventController *controller,
                  XituScenariosView  *self)
{
  self->export_chart = XITU_CHART_WIDGET (gtk_event_controller_get_widget (controller));
}

static void
on_chart_pointed (GtkEventControllerMotion *controller,
                  double                    x,
                  double                    y,
                  XituScenariosView        *self)
{
  on_chart_focused (GTK_EVENT_CONTROLLER (controller), self);
}

static void
track_export_chart (XituScenariosView *self,
                    XituChartWidget   *chart)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (motion, "enter", G_CALLBACK (on_chart_pointed), self);
  g_signal_connect (focus, "enter", G_CALLBACK (on_chart_focused), self);
  gtk_widget_add_controller (GTK_WIDGET (chart), motion);
  gtk_widget_add_controller (GTK_WIDGET (chart), focus);
}

static char *
xitu_scenarios_view_render (XituExportable          *exportable,
                            cairo_t                 *cr,
                            double                   width,
                            double                   height,
                            const XituExportOptions *options,
                            char                   **summary)
{
  return xitu_exportable_render_chart (XITU_SCENARIOS_VIEW (exportable)->export_chart, cr, width, height,
                                       options, summary);
}

static char *
xitu_scenarios_view_get_csv (XituExportable          *exportable,
                             const XituExportOptions *options)
{
  return xitu_exportable_chart_csv (XITU_SCENARIOS_VIEW (exportable)->export_chart, options);
}

/* "scenario-separation-embargo", "scenario-custom", "buildout-slippage". */
static char *
xitu_scenarios_view_get_suggested_name (XituExportable *exportable)
{
  XituScenariosView *self = XITU_SCENARIOS_VIEW (exportable);

  if (self->export_chart == self->buildout_chart)
    {
      XituBuildoutParams b;

      xitu_scenario_get_buildout (self->scenario, self->dataset, &b);
      return g_strdup_printf ("buildout-%s", xitu_timeline_to_string (b.timeline));
    }
  return g_strdup_printf ("scenario-%s", xitu_scenario_get_preset (self->scenario) != NULL
                                         ? xitu_scenario_get_preset (self->scenario) : "custom");
}

static void
xitu_scenarios_view_exportable_init (XituExportableInterface *iface)
{
  iface->render = xitu_scenarios_view_render;
  iface->get_csv = xitu_scenarios_view_get_csv;
  iface->get_suggested_name = xitu_scenarios_view_get_suggested_name;
}

/* ---- GObject -------------------------------------------------------------- */

static void
xitu_scenarios_view_dispose (GObject *object)
{
  XituScenariosView *self = XITU_SCENARIOS_VIEW (object);

  if (self->chooser != NULL)
    xitu_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_SCENARIOS_VIEW);
  if (self->scenario != NULL)
    g_signal_handlers_disconnect_by_func (self->scenario, on_scenario_changed, self);
  g_clear_object (&self->scenario);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (xitu_scenarios_view_parent_class)->dispose (object);
}

static void
xitu_scenarios_view_finalize (GObject *object)
{
  XituScenariosView *self = XITU_SCENARIOS_VIEW (object);

  g_ptr_array_unref (self->stage_rows);
  g_ptr_array_unref (self->stage_checks);
  g_strfreev (self->suppliers);
  G_OBJECT_CLASS (xitu_scenarios_view_parent_class)->finalize (object);
}

static void
xitu_scenarios_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  XituScenariosView *self = XITU_SCENARIOS_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_scenarios_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  XituScenariosView *self = XITU_SCENARIOS_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_scenarios_view_set_lang (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_scenarios_view_class_init (XituScenariosViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_scenarios_view_dispose;
  object_class->finalize = xitu_scenarios_view_finalize;
  object_class->get_property = xitu_scenarios_view_get_property;
  object_class->set_property = xitu_scenarios_view_set_property;

  /* The XituLang of the charts' labels and of the names in the controls. */
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituScenariosView::toast:
   * @message: what happened (a scenario saved or opened)
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * XituScenariosView::country-activated:
   * @code: the importer clicked in the disruption chart
   * @stage: (nullable): its stage
   */
  signals[COUNTRY_ACTIVATED] = g_signal_new ("country-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (XITU_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-scenarios-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, open_button);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, save_button);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, reset_button);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, name_label);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, preset_row);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, supplier_row);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, cut_scale);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, spare_switch);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, headroom_scale);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, stock_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, recycling_scale);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, reliance_scale);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, look_switch);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, elements_row);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, stages_group);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, timeline_row);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, slippage_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, lead_row);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, target_scale);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, recovery_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, ndpr_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, metal_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, magnet_spin);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, disruption_chart);
  gtk_widget_class_bind_template_child (widget_class, XituScenariosView, buildout_chart);
}

static void
connect_controls (XituScenariosView *self)
{
  GtkWidget *disruption[] = {
    GTK_WIDGET (self->cut_scale), GTK_WIDGET (self->headroom_scale), GTK_WIDGET (self->recycling_scale),
    GTK_WIDGET (self->reliance_scale),
  };
  GtkSpinButton *disruption_spins[] = { self->duration_spin, self->stock_spin };
  GtkSpinButton *intensity[] = { self->recovery_spin, self->ndpr_spin, self->metal_spin, self->magnet_spin };

  for (guint i = 0; i < G_N_ELEMENTS (disruption); i++)
    g_signal_connect_object (disruption[i], "value-changed", G_CALLBACK (push_disruption), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (disruption_spins); i++)
    g_signal_connect_object (disruption_spins[i], "value-changed", G_CALLBACK (push_disruption), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->spare_switch, "notify::active", G_CALLBACK (push_disruption), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->look_switch, "notify::active", G_CALLBACK (push_disruption), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->supplier_row, "notify::selected", G_CALLBACK (push_disruption), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preset_row, "notify::selected", G_CALLBACK (on_preset_selected), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->timeline_row, "notify::selected", G_CALLBACK (push_buildout), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lead_row, "notify::selected", G_CALLBACK (push_buildout), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->slippage_spin, "value-changed", G_CALLBACK (push_buildout), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_scale, "value-changed", G_CALLBACK (push_buildout), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (intensity); i++)
    g_signal_connect_object (intensity[i], "value-changed", G_CALLBACK (push_intensity), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reset_button, "clicked", G_CALLBACK (on_reset_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->open_button, "clicked", G_CALLBACK (on_open_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->save_button, "clicked", G_CALLBACK (on_save_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->disruption_chart, "country-activated",
                           G_CALLBACK (on_chart_country_activated), self, G_CONNECT_SWAPPED);
}

static void
xitu_scenarios_view_init (XituScenariosView *self)
{
  g_autoptr (XituScenario) scenario = xitu_scenario_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->chooser = xitu_file_chooser_new ();
  self->stage_rows = g_ptr_array_new ();
  self->stage_checks = g_ptr_array_new ();
  self->lang = XITU_LANG_EN;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->elements_row), FALSE);
  xitu_chart_widget_set_kind (self->disruption_chart, XITU_CHART_DISRUPTION);
  xitu_chart_widget_set_kind (self->buildout_chart, XITU_CHART_BUILDOUT);
  /* Text at its normal size: the charts' heights follow their content. */
  xitu_chart_widget_set_text_scale (self->disruption_chart, 1.0);
  xitu_chart_widget_set_text_scale (self->buildout_chart, 1.0);
  self->syncing = TRUE;
  fill_presets (self);
  fill_choices (self);
  self->syncing = FALSE;
  connect_controls (self);
  self->export_chart = self->disruption_chart;
  track_export_chart (self, self->disruption_chart);
  track_export_chart (self, self->buildout_chart);
  set_scenario (self, scenario);
}

/* ---- API ------------------------------------------------------------------ */

GtkWidget *
xitu_scenarios_view_new (void)
{
  return g_object_new (XITU_TYPE_SCENARIOS_VIEW, NULL);
}

void
xitu_scenarios_view_set_dataset (XituScenariosView *self,
                                 XituDataset       *dataset)
{
  g_return_if_fail (XITU_IS_SCENARIOS_VIEW (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->syncing = TRUE;
  fill_suppliers (self);
  fill_stages (self);
  self->syncing = FALSE;
  xitu_chart_widget_set_dataset (self->disruption_chart, dataset);
  xitu_chart_widget_set_dataset (self->buildout_chart, dataset);
  sync_controls (self);
  update_chart_size (self);
}

void
xitu_scenarios_view_set_lang (XituScenariosView *self,
                              XituLang           lang)
{
  g_return_if_fail (XITU_IS_SCENARIOS_VIEW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  self->syncing = TRUE;
  fill_presets (self);
  fill_suppliers (self);
  fill_stages (self);
  self->syncing = FALSE;
  xitu_chart_widget_set_lang (self->disruption_chart, lang);
  xitu_chart_widget_set_lang (self->buildout_chart, lang);
  sync_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

XituLang
xitu_scenarios_view_get_lang (XituScenariosView *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), XITU_LANG_EN);
  return self->lang;
}

void
xitu_scenarios_view_set_numbers (XituScenariosView *self,
                                 XituNumberStyle    numbers)
{
  g_return_if_fail (XITU_IS_SCENARIOS_VIEW (self));
  xitu_chart_widget_set_numbers (self->disruption_chart, numbers);
  xitu_chart_widget_set_numbers (self->buildout_chart, numbers);
}

XituScenario *
xitu_scenarios_view_get_scenario (XituScenariosView *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), NULL);
  return self->scenario;
}

XituChartWidget *
xitu_scenarios_view_get_disruption_chart (XituScenariosView *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), NULL);
  return self->disruption_chart;
}

XituChartWidget *
xitu_scenarios_view_get_buildout_chart (XituScenariosView *self)
{
  g_return_val_if_fail (XITU_IS_SCENARIOS_VIEW (self), NULL);
  return self->buildout_chart;
}
