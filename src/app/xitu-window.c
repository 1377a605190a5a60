/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-claims-view.h"
#include "xitu-country-panel.h"
#include "xitu-data-view.h"
#include "xitu-chain-view.h"
#include "xitu-data-paths.h"
#include "xitu-dependence-view.h"
#include "xitu-export-dialog.h"
#include "xitu-exportable.h"
#include "xitu-map-view.h"
#include "xitu-scenarios-view.h"
#include "xitu-timeline-view.h"
#include "xitu-stage-overview.h"
#include "xitu-window.h"

/* The pages of the view stack, in the switcher's order (Alt+1…7). */
enum
{
  PAGE_CHAIN,
  PAGE_MAP,
  PAGE_DEPENDENCE,
  PAGE_SCENARIOS,
  PAGE_TIMELINE,
  PAGE_CLAIMS,
  PAGE_DATA,
  N_PAGES
};

struct _XituWindow
{
  AdwApplicationWindow  parent_instance;

  AdwViewStack         *view_stack;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *country_flap;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;

  GtkWidget            *overview;
  GtkWidget            *chain_view;
  GtkWidget            *dependence_view;
  GtkWidget            *map_view;
  GtkWidget            *scenarios_view;
  GtkWidget            *timeline_view;
  GtkWidget            *data_view;
  GtkWidget            *claims_view;
  GtkWidget            *country_panel;
  XituDataset          *dataset;
  XituLang              lang;
  /* One AdwBin per page of the view stack, its view made on first use. */
  GtkWidget            *pages[N_PAGES];
  GCancellable         *detail_cancellable;
};

G_DEFINE_FINAL_TYPE (XituWindow, xitu_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LANG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Follow the interface": Chinese data labels when gettext picked Chinese. */
static XituLang
lang_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "zh") ? XITU_LANG_ZH : XITU_LANG_EN;
}

static XituLang
lang_from_settings (GSettings *settings)
{
  g_autofree char *value = NULL;
  XituLang lang;

  if (settings == NULL)
    return lang_from_locale ();
  value = g_settings_get_string (settings, "label-language");
  if (g_strcmp0 (value, "follow") == 0 || !xitu_lang_from_string (value, &lang))
    return lang_from_locale ();
  return lang;
}

static void
on_view_toast (XituWindow *self,
               const char *message)
{
  xitu_window_show_toast (self, message);
}

/* The Claims & Sources and Data pages. */
static GtkWidget *
build_claims_page (XituWindow *self)
{
  self->claims_view = xitu_claims_view_new ();
  g_object_bind_property (self, "lang", self->claims_view, "lang", G_BINDING_SYNC_CREATE);
  xitu_claims_view_set_dataset (XITU_CLAIMS_VIEW (self->claims_view), self->dataset);
  g_signal_connect_object (self->claims_view, "toast", G_CALLBACK (on_view_toast), self, G_CONNECT_SWAPPED);
  return self->claims_view;
}

static XituNumberStyle numbers_from_settings (GSettings *settings);
static GSettings *window_settings (XituWindow *self);

static GtkWidget *
build_data_page (XituWindow *self)
{
  self->data_view = xitu_data_view_new ();
  g_object_bind_property (self, "lang", self->data_view, "lang", G_BINDING_SYNC_CREATE);
  xitu_data_view_set_numbers (XITU_DATA_VIEW (self->data_view), numbers_from_settings (window_settings (self)));
  xitu_data_view_set_dataset (XITU_DATA_VIEW (self->data_view), self->dataset);
  g_signal_connect_object (self->data_view, "toast", G_CALLBACK (on_view_toast), self, G_CONNECT_SWAPPED);
  return self->data_view;
}

/* ---- the country panel, in a side sheet ------------------------------ */

static void ensure_page (XituWindow *self,
                         guint       page);

static void
on_country_source_activated (XituWindow *self,
                             const char *source_id)
{
  if (self->dataset == NULL)
    return;
  /* The page is made, if it was not yet, before it is shown. */
  ensure_page (self, PAGE_CLAIMS);
  /* Folded, the sheet covers the view: get it out of the way. */
  if (adw_flap_get_folded (self->country_flap))
    adw_flap_set_reveal_flap (self->country_flap, FALSE);
  adw_view_stack_set_visible_child (self->view_stack, self->pages[PAGE_CLAIMS]);
  xitu_claims_view_show_source (XITU_CLAIMS_VIEW (self->claims_view), source_id);
}

static void
on_country_close_requested (XituWindow *self)
{
  adw_flap_set_reveal_flap (self->country_flap, FALSE);
}

static void
setup_country_panel (XituWindow  *self,
                     XituDataset *dataset)
{
  g_set_object (&self->dataset, dataset);
  self->country_panel = xitu_country_panel_new ();
  g_object_bind_property (self, "lang", self->country_panel, "lang", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->country_panel, "source-activated",
                           G_CALLBACK (on_country_source_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_panel, "close-requested",
                           G_CALLBACK (on_country_close_requested), self, G_CONNECT_SWAPPED);
  adw_flap_set_flap (self->country_flap, self->country_panel);
}

static void
show_country_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  XituWindow *self = XITU_WINDOW (widget);
  const char *code = g_variant_get_string (parameter, NULL);

  if (self->country_panel == NULL || xitu_dataset_lookup_country (self->dataset, code) == NULL)
    return;
  xitu_country_panel_set_country (XITU_COUNTRY_PANEL (self->country_panel), self->dataset, code, self->lang);
  adw_flap_set_reveal_flap (self->country_flap, TRUE);
}

static void
hide_country_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  adw_flap_set_reveal_flap (XITU_WINDOW (widget)->country_flap, FALSE);
}

static void
on_chart_country_activated (XituWindow *self,
                            const char *code,
                            const char *stage)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-country", "s", code);
}

/* The edition that charts drawn from one source edition open on. */
static char *
default_edition_from_settings (GSettings *settings)
{
  return settings != NULL ? g_settings_get_string (settings, "default-edition") : NULL;
}

static XituNumberStyle
numbers_from_settings (GSettings *settings)
{
  g_autofree char *value = settings != NULL ? g_settings_get_string (settings, "number-style") : NULL;

  return g_strcmp0 (value, "wan-yi") == 0 ? XITU_NUMBERS_WANYI : XITU_NUMBERS_PLAIN;
}

static int
latest_stage_year (XituDataset *dataset)
{
  /* The latest observed year, not a projection's: 2030 is an outlook. */
  return MAX (xitu_dataset_get_latest_year (dataset, "production", NULL),
              xitu_dataset_get_latest_year (dataset, "share", NULL));
}

/* The text summary under the chart follows the year the chart shows. */
static void
on_chain_year_changed (XituWindow *self)
{
  XituChartWidget *chart = xitu_chain_view_get_chart (XITU_CHAIN_VIEW (self->chain_view));
  int year = xitu_chart_widget_get_year (chart);

  xitu_stage_overview_set_year (XITU_STAGE_OVERVIEW (self->overview),
                                year != 0 ? year : latest_stage_year (self->dataset));
}

static void apply_hhi_standard (XituWindow *self,
                                const char *key,
                                GSettings  *settings);

/* The chain chart above its text summary, one scrolling page. */
static GtkWidget *
build_chain_page (XituWindow *self)
{
  XituDataset *dataset = self->dataset;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->chain_view = xitu_chain_view_new ();
  gtk_widget_set_size_request (self->chain_view, -1, 520);
  xitu_chain_view_set_lang (XITU_CHAIN_VIEW (self->chain_view), self->lang);
  xitu_chain_view_set_dataset (XITU_CHAIN_VIEW (self->chain_view), dataset);
  g_signal_connect_object (self->chain_view, "country-activated",
                           G_CALLBACK (on_chart_country_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (xitu_chain_view_get_chart (XITU_CHAIN_VIEW (self->chain_view)), "notify::year",
                           G_CALLBACK (on_chain_year_changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), self->chain_view);

  self->overview = xitu_stage_overview_new ();
  xitu_stage_overview_set_lang (XITU_STAGE_OVERVIEW (self->overview), self->lang);
  xitu_stage_overview_set_year (XITU_STAGE_OVERVIEW (self->overview), latest_stage_year (dataset));
  xitu_stage_overview_set_dataset (XITU_STAGE_OVERVIEW (self->overview), dataset);
  gtk_widget_set_margin_top (self->overview, 12);
  gtk_widget_set_margin_bottom (self->overview, 24);
  gtk_widget_set_margin_start (self->overview, 12);
  gtk_widget_set_margin_end (self->overview, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->overview);
  gtk_box_append (GTK_BOX (box), clamp);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  xitu_chain_view_set_numbers (XITU_CHAIN_VIEW (self->chain_view), numbers_from_settings (window_settings (self)));
  apply_hhi_standard (self, "hhi-thresholds", window_settings (self));
  {
    g_autofree char *edition = default_edition_from_settings (window_settings (self));

    xitu_chain_view_set_edition (XITU_CHAIN_VIEW (self->chain_view), edition);
  }
  return scroller;
}

/* ---- the Map page --------------------------------------------------------- */

static GSettings *
window_settings (XituWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? xitu_application_get_settings (XITU_APPLICATION (app)) : NULL;
}

/* The 1:50m world (756 KB of TopoJSON) is for zooming in and for export:
 * it is read in a thread while the Map page shows the 1:110m one. */
static void
load_detail_world (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  XituWorld *detail = xitu_load_bundled_world ("50m", NULL);

  g_task_return_pointer (task, detail, detail != NULL ? g_object_unref : NULL);
}

static void
detail_world_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(XituWorld) detail = g_task_propagate_pointer (G_TASK (result), NULL);
  XituWindow *self;

  /* Without the finer world the map still works. */
  if (detail == NULL || g_task_had_error (G_TASK (result)))
    return;
  self = XITU_WINDOW (source);
  if (self->map_view != NULL)
    xitu_map_view_set_detail_world (XITU_MAP_VIEW (self->map_view), detail);
}

static GtkWidget *
build_map_page (XituWindow *self)
{
  GSettings *settings = window_settings (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(XituWorld) world = xitu_load_bundled_world ("110m", &error);
  g_autoptr(XituMapNames) names = NULL;
  g_autoptr(GTask) task = NULL;

  /* Without boundaries the charts still work; the Map page says why. */
  if (world == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "mark-location-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Map Could Not Be Loaded"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
      return status;
    }
  /* Without the names the map still works. */
  names = xitu_load_bundled_map_names (NULL);

  /* Clicks on the map activate win.show-country themselves. */
  self->map_view = xitu_map_view_new ();
  g_object_bind_property (self, "lang", self->map_view, "lang", G_BINDING_SYNC_CREATE);
  xitu_map_view_set_numbers (XITU_MAP_VIEW (self->map_view), numbers_from_settings (settings));
  xitu_map_view_set_data (XITU_MAP_VIEW (self->map_view), self->dataset, world, NULL, names);
  {
    g_autofree char *edition = default_edition_from_settings (settings);

    xitu_map_view_set_default_edition (XITU_MAP_VIEW (self->map_view), edition);
  }
  if (settings != NULL)
    {
      g_settings_bind (settings, "map-metric", self->map_view, "metric", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "map-classing", self->map_view, "classing", G_SETTINGS_BIND_DEFAULT);
    }

  self->detail_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->detail_cancellable, detail_world_loaded, NULL);
  g_task_set_source_tag (task, build_map_page);
  g_task_run_in_thread (task, load_detail_world);
  return self->map_view;
}

/* ---- Export… ------------------------------------------------------------ */

static XituExportable *
visible_exportable (XituWindow *self)
{
  return xitu_exportable_find (adw_view_stack_get_visible_child (self->view_stack));
}

static void
update_export_action (XituWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", visible_exportable (self) != NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  XituWindow *self = XITU_WINDOW (widget);
  XituExportable *exportable = visible_exportable (self);
  XituExportDialog *dialog;

  if (exportable == NULL)
    return;
  dialog = xitu_export_dialog_new (GTK_WINDOW (self), exportable, self->lang, window_settings (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
build_dependence_page (XituWindow *self)
{
  self->dependence_view = xitu_dependence_view_new ();
  xitu_dependence_view_set_lang (XITU_DEPENDENCE_VIEW (self->dependence_view), self->lang);
  xitu_dependence_view_set_numbers (XITU_DEPENDENCE_VIEW (self->dependence_view),
                                    numbers_from_settings (window_settings (self)));
  xitu_dependence_view_set_dataset (XITU_DEPENDENCE_VIEW (self->dependence_view), self->dataset);
  g_signal_connect_object (self->dependence_view, "country-activated",
                           G_CALLBACK (on_chart_country_activated), self, G_CONNECT_SWAPPED);
  return self->dependence_view;
}

/* ---- Scenarios and Timeline --------------------------------------------- */

static void
on_timeline_country_activated (XituWindow *self,
                               const char *code)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-country", "s", code);
}

/* After Dependence: Scenarios, then Timeline, whose events and facilities
 * open their source in Claims & Sources as the country panel's do. */
static GtkWidget *
build_scenarios_page (XituWindow *self)
{
  self->scenarios_view = xitu_scenarios_view_new ();
  g_object_bind_property (self, "lang", self->scenarios_view, "lang", G_BINDING_SYNC_CREATE);
  xitu_scenarios_view_set_numbers (XITU_SCENARIOS_VIEW (self->scenarios_view),
                                   numbers_from_settings (window_settings (self)));
  xitu_scenarios_view_set_dataset (XITU_SCENARIOS_VIEW (self->scenarios_view), self->dataset);
  g_signal_connect_object (self->scenarios_view, "toast", G_CALLBACK (on_view_toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scenarios_view, "country-activated",
                           G_CALLBACK (on_chart_country_activated), self, G_CONNECT_SWAPPED);
  return self->scenarios_view;
}

static GtkWidget *
build_timeline_page (XituWindow *self)
{
  self->timeline_view = xitu_timeline_view_new ();
  g_object_bind_property (self, "lang", self->timeline_view, "lang", G_BINDING_SYNC_CREATE);
  xitu_timeline_view_set_numbers (XITU_TIMELINE_VIEW (self->timeline_view),
                                  numbers_from_settings (window_settings (self)));
  xitu_timeline_view_set_dataset (XITU_TIMELINE_VIEW (self->timeline_view), self->dataset);
  g_signal_connect_object (self->timeline_view, "source-activated",
                           G_CALLBACK (on_country_source_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "country-activated",
                           G_CALLBACK (on_timeline_country_activated), self, G_CONNECT_SWAPPED);
  return self->timeline_view;
}

static void
apply_analysis_numbers (XituWindow      *self,
                        XituNumberStyle  numbers)
{
  if (self->scenarios_view != NULL)
    xitu_scenarios_view_set_numbers (XITU_SCENARIOS_VIEW (self->scenarios_view), numbers);
  if (self->timeline_view != NULL)
    xitu_timeline_view_set_numbers (XITU_TIMELINE_VIEW (self->timeline_view), numbers);
}

static void
apply_numbers (XituWindow *self,
               const char *key,
               GSettings  *settings)
{
  XituNumberStyle numbers = numbers_from_settings (settings);

  if (self->chain_view != NULL)
    xitu_chain_view_set_numbers (XITU_CHAIN_VIEW (self->chain_view), numbers);
  if (self->dependence_view != NULL)
    xitu_dependence_view_set_numbers (XITU_DEPENDENCE_VIEW (self->dependence_view), numbers);
  if (self->map_view != NULL)
    xitu_map_view_set_numbers (XITU_MAP_VIEW (self->map_view), numbers);
  if (self->data_view != NULL)
    xitu_data_view_set_numbers (XITU_DATA_VIEW (self->data_view), numbers);
  if (self->country_panel != NULL)
    xitu_country_panel_set_numbers (XITU_COUNTRY_PANEL (self->country_panel), numbers);
  apply_analysis_numbers (self, numbers);
}

/* Charts drawn from one source edition open on the preferred one when they
 * have it; the newest otherwise. */
static void
apply_default_edition (XituWindow *self,
                       const char *key,
                       GSettings  *settings)
{
  g_autofree char *edition = default_edition_from_settings (settings);

  if (self->chain_view != NULL)
    xitu_chain_view_set_edition (XITU_CHAIN_VIEW (self->chain_view), edition);
  if (self->map_view != NULL)
    xitu_map_view_set_default_edition (XITU_MAP_VIEW (self->map_view), edition);
}

/* The preference's nicks (us-2010, us-2023, eu) name the guidelines. */
static void
apply_hhi_standard (XituWindow *self,
                    const char *key,
                    GSettings  *settings)
{
  g_autofree char *value = settings != NULL ? g_settings_get_string (settings, "hhi-thresholds") : NULL;
  XituHhiStandard standard = XITU_HHI_US_2010;

  if (g_strcmp0 (value, "us-2023") == 0)
    standard = XITU_HHI_US_2023;
  else if (g_strcmp0 (value, "eu") == 0)
    standard = XITU_HHI_EU_2004;
  if (self->overview != NULL)
    xitu_stage_overview_set_hhi_standard (XITU_STAGE_OVERVIEW (self->overview), standard);
}

/* Every page is in the switcher from the start, but a page's view is made
 * when the page is first shown (or something needs it, such as a source
 * link into Claims & Sources): AdwViewStack measures every page for every
 * frame, and the views' rows, labels and charts were most of the start-up
 * time and memory, for pages a person may never open. */
static const struct
{
  const char *name;
  const char *title;
  const char *icon;
  GtkWidget *(*build) (XituWindow *self);
} page_info[N_PAGES] = {
  { "chain", N_("Chain"), "view-list-symbolic", build_chain_page },
  { "map", N_("Map"), "mark-location-symbolic", build_map_page },
  { "dependence", N_("Dependence"), "network-workgroup-symbolic", build_dependence_page },
  { "scenarios", N_("Scenarios"), "media-playlist-shuffle-symbolic", build_scenarios_page },
  { "timeline", N_("Timeline"), "x-office-calendar-symbolic", build_timeline_page },
  { "claims", N_("Claims & Sources"), "emblem-documents-symbolic", build_claims_page },
  { "data", N_("Data"), "x-office-spreadsheet-symbolic", build_data_page },
};

static void
ensure_page (XituWindow *self,
             guint       page)
{
  g_return_if_fail (page < N_PAGES);

  if (self->pages[page] == NULL || adw_bin_get_child (ADW_BIN (self->pages[page])) != NULL)
    return;
  adw_bin_set_child (ADW_BIN (self->pages[page]), page_info[page].build (self));
}

static void
on_visible_page_changed (XituWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != NULL && self->pages[i] == visible)
      ensure_page (self, i);
  update_export_action (self);
}

static void
add_views (XituWindow  *self,
           XituDataset *dataset)
{
  g_set_object (&self->dataset, dataset);
  for (guint i = 0; i < N_PAGES; i++)
    {
      AdwViewStackPage *page;

      self->pages[i] = adw_bin_new ();
      page = adw_view_stack_add_titled (self->view_stack, self->pages[i], page_info[i].name,
                                        _(page_info[i].title));
      adw_view_stack_page_set_icon_name (page, page_info[i].icon);
    }
  setup_country_panel (self, dataset);
}

/* An import (or its removal) gives the application a new dataset; every
 * view moves to it, keeping its own controls. */
static void
on_dataset_changed (XituWindow      *self,
                    GParamSpec      *pspec,
                    XituApplication *app)
{
  XituDataset *dataset = xitu_application_get_dataset (app);

  if (dataset == NULL || self->pages[PAGE_CHAIN] == NULL)
    return;

  /* Pages not made yet take it when they are. */
  g_set_object (&self->dataset, dataset);
  if (self->chain_view != NULL)
    {
      xitu_chain_view_set_dataset (XITU_CHAIN_VIEW (self->chain_view), dataset);
      xitu_stage_overview_set_dataset (XITU_STAGE_OVERVIEW (self->overview), dataset);
    }
  if (self->dependence_view != NULL)
    xitu_dependence_view_set_dataset (XITU_DEPENDENCE_VIEW (self->dependence_view), dataset);
  if (self->map_view != NULL)
    xitu_map_view_set_dataset (XITU_MAP_VIEW (self->map_view), dataset);
  if (self->data_view != NULL)
    xitu_data_view_set_dataset (XITU_DATA_VIEW (self->data_view), dataset);
  if (self->claims_view != NULL)
    xitu_claims_view_set_dataset (XITU_CLAIMS_VIEW (self->claims_view), dataset);
  adw_flap_set_reveal_flap (self->country_flap, FALSE);
}

static void
report_import_problems (XituWindow      *self,
                        XituApplication *app)
{
  GPtrArray *problems = xitu_application_get_import_problems (app);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (problems == NULL || problems->len == 0)
    return;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u stored import could not be read and was skipped: %s",
                                          "%u stored imports could not be read and were skipped: %s",
                                          problems->len),
                             problems->len, (const char *) g_ptr_array_index (problems, 0));
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  /* Lost data is worth more than a glance: it stays until dismissed. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_load_error (XituWindow   *self,
                 const GError *error)
{
  g_autofree char *description =
    g_markup_printf_escaped (_("%s\n\nReinstall Xitu, or start it with XITU_DATA_DIR pointing at a "
                               "folder that holds dataset/xitu-dataset.json."),
                             error->message);

  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* The shortcuts window is built when first asked for: GtkApplication
 * builds gtk/help-overlay.ui for every window at start-up, so the file is
 * kept elsewhere in the resources, and this action (win.show-help-overlay)
 * hands the window to GtkApplicationWindow on first use, whose own action
 * of that name replaces this one and shows it from then on. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  XituWindow *self = XITU_WINDOW (user_data);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/xituatlas/Xitu/ui/help-overlay.ui");
  GtkShortcutsWindow *overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
add_help_overlay_action (XituWindow *self)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-help-overlay", NULL);

  g_signal_connect_object (action, "activate", G_CALLBACK (show_help_overlay_activated), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
}

static void
select_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  XituWindow *self = XITU_WINDOW (widget);
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (self->view_stack));
  int index = g_variant_get_int32 (parameter);

  if (index >= 0 && (guint) index < g_list_model_get_n_items (pages))
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, index);

      adw_view_stack_set_visible_child (self->view_stack, adw_view_stack_page_get_child (page));
    }
}

static void
restore_state (XituWindow *self,
               GSettings  *settings)
{
  g_autofree char *view = NULL;

  if (settings == NULL)
    return;

  /* A stored size from a damaged or hand-edited settings file is clamped
   * to something a window can be. */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               CLAMP (g_settings_get_int (settings, "window-width"), 360, 16384),
                               CLAMP (g_settings_get_int (settings, "window-height"), 294, 16384));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (settings, "last-view");
  if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}

static void
xitu_window_dispose (GObject *object)
{
  XituWindow *self = XITU_WINDOW (object);

  g_cancellable_cancel (self->detail_cancellable);
  g_clear_object (&self->detail_cancellable);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (xitu_window_parent_class)->dispose (object);
}

static gboolean
xitu_window_close_request (GtkWindow *window)
{
  XituWindow *self = XITU_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);
  GSettings *settings = app != NULL ? xitu_application_get_settings (XITU_APPLICATION (app)) : NULL;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (settings);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (adw_view_stack_get_visible_child_name (self->view_stack) != NULL)
        g_settings_set_string (settings, "last-view", adw_view_stack_get_visible_child_name (self->view_stack));
      g_settings_apply (settings);
    }

  return GTK_WINDOW_CLASS (xitu_window_parent_class)->close_request (window);
}

static void
set_lang (XituWindow *self,
          XituLang    lang)
{
  if (self->lang == lang)
    return;
  self->lang = lang;
  if (self->overview != NULL)
    xitu_stage_overview_set_lang (XITU_STAGE_OVERVIEW (self->overview), lang);
  if (self->chain_view != NULL)
    xitu_chain_view_set_lang (XITU_CHAIN_VIEW (self->chain_view), lang);
  if (self->dependence_view != NULL)
    xitu_dependence_view_set_lang (XITU_DEPENDENCE_VIEW (self->dependence_view), lang);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

/* Labels follow the preference at once, charts and map included. */
static void
label_language_changed (XituWindow *self,
                        const char *key,
                        GSettings  *settings)
{
  set_lang (self, lang_from_settings (settings));
}

static void
xitu_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  XituWindow *self = XITU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* XITU_BENCH_FIRST_FRAME set: say on stderr when the first frame is painted,
 * for bench/ to measure start-up against the toolkit's floor. */
static void
bench_first_frame (GdkFrameClock *clock,
                   gpointer       user_data)
{
  g_printerr ("xitu-bench: first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_first_frame, user_data);
}

static void
bench_realize (GtkWidget *widget,
               gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (bench_first_frame), NULL);
}

static void
xitu_window_class_init (XituWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = xitu_window_get_property;

  /* The XituLang of data labels; views bind their own "lang" to it. */
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  G_OBJECT_CLASS (klass)->dispose = xitu_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = xitu_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XituWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, country_flap);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, XituWindow, switcher_bar);

  gtk_widget_class_install_action (widget_class, "win.select-view", "i", select_view_action);
  for (int i = 0; i < 7; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.select-view", "i", i);
  gtk_widget_class_install_action (widget_class, "win.show-country", "s", show_country_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.hide-country", NULL, hide_country_action);

  g_type_ensure (XITU_TYPE_STAGE_OVERVIEW);
}

/* The bottom switcher is for narrow windows, where the header bar shows
 * the title instead of its switcher. It gets the stack (and builds its
 * seven buttons) the first time that happens, not at start-up. */
static void
on_title_visible_changed (XituWindow *self)
{
  if (adw_view_switcher_title_get_title_visible (self->switcher_title) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

static void
xitu_window_init (XituWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_help_overlay_action (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (update_export_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (on_title_visible_changed), self, G_CONNECT_SWAPPED);
  on_title_visible_changed (self);
  update_export_action (self);
  if (g_getenv ("XITU_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (bench_realize), NULL);
#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

XituWindow *
xitu_window_new (XituApplication *application)
{
  XituWindow *self = g_object_new (XITU_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = xitu_application_get_settings (application);
  XituDataset *dataset = xitu_application_get_dataset (application);

  self->lang = lang_from_settings (settings);
  if (settings != NULL)
    {
      g_signal_connect_object (settings, "changed::label-language",
                               G_CALLBACK (label_language_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::number-style",
                               G_CALLBACK (apply_numbers), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::hhi-thresholds",
                               G_CALLBACK (apply_hhi_standard), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::default-edition",
                               G_CALLBACK (apply_default_edition), self, G_CONNECT_SWAPPED);
    }
  if (dataset != NULL)
    {
      add_views (self, dataset);
      /* To the country panel; each page's view takes them when made. */
      apply_numbers (self, "number-style", settings);
      report_import_problems (self, application);
      g_signal_connect_object (application, "notify::dataset",
                               G_CALLBACK (on_dataset_changed), self, G_CONNECT_SWAPPED);
    }
  else
    show_load_error (self, xitu_application_get_load_error (application));
  /* The switcher gets the stack once every page is in it: given it
   * earlier, it rebuilt its buttons at every page added (28 buttons made
   * for 7). */
  adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  restore_state (self, settings);
  /* The page shown first is made now; the others when they are shown. */
  if (dataset != NULL)
    {
      g_signal_connect_object (self->view_stack, "notify::visible-child",
                               G_CALLBACK (on_visible_page_changed), self, G_CONNECT_SWAPPED);
      on_visible_page_changed (self);
    }
  return self;
}

void
xitu_window_show_toast (XituWindow *self,
                        const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (XITU_IS_WINDOW (self));

  /* Toast titles are markup; messages quote file names and parser errors. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

XituLang
xitu_window_get_lang (XituWindow *self)
{
  g_return_val_if_fail (XITU_IS_WINDOW (self), XITU_LANG_EN);
  return self->lang;
}
