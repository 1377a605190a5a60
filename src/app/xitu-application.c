/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-application.h"
#include "xitu-data-paths.h"
#include "xitu-dataset-loader.h"
#include "xitu-import-dialog.h"
#include "xitu-import-store.h"
#include "xitu-preferences-window.h"
#include "xitu-window.h"

#define SCHEMA_ID "io.github.xituatlas.Xitu"

struct _XituApplication
{
  AdwApplication  parent_instance;
  XituDataset    *dataset;
  GError         *load_error;
  XituImportStore *imports;
  GPtrArray      *import_problems;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (XituApplication, xitu_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

XituApplication *
xitu_application_new (void)
{
  return g_object_new (XITU_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/xituatlas/Xitu",
                       NULL);
}

/* Stored imports go on top of the bundled data. One that cannot be read is
 * skipped and reported; the rest, and the bundled data, still load. */
static void
merge_imports (XituApplication *self,
               XituDataset     *dataset)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *damaged;

  g_ptr_array_set_size (self->import_problems, 0);
  if (!xitu_import_store_reload (self->imports, &error))
    {
      g_ptr_array_add (self->import_problems, g_strdup (error->message));
      return;
    }

  damaged = xitu_import_store_get_problems (self->imports);
  for (guint i = 0; damaged != NULL && i < damaged->len; i++)
    {
      const GError *problem = g_ptr_array_index (damaged, i);

      g_ptr_array_add (self->import_problems, g_strdup (problem->message));
    }

  for (guint i = 0; i < xitu_import_store_get_n_imports (self->imports); i++)
    {
      const XituStoredImport *stored = xitu_import_store_get_import (self->imports, i);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(XituDataset) imported = xitu_import_store_load (self->imports, stored->id, &load_error);

      if (imported == NULL)
        g_ptr_array_add (self->import_problems, g_strdup (load_error->message));
      else
        xitu_dataset_merge (dataset, imported);
    }
}

/* The bundled dataset, read by the model layer alone (no GTK): start-up
 * reads it in a thread while GTK initialises. */
static gpointer
read_bundled_dataset (gpointer data)
{
  GError **error = data;
  g_autofree char *path = xitu_bundled_dataset_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return xitu_dataset_load_file (file, error);
}

/* A bundled dataset that fails to load leaves the app running with the error
 * kept for the window to show, never a crash and never half a dataset. */
static void
install_dataset (XituApplication *self,
                 XituDataset     *dataset)
{
  if (dataset == NULL)
    g_warning ("%s", self->load_error->message);
  else
    merge_imports (self, dataset);

  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

void
xitu_application_reload_dataset (XituApplication *self)
{
  g_autoptr(XituDataset) dataset = NULL;

  g_return_if_fail (XITU_IS_APPLICATION (self));

  g_clear_error (&self->load_error);
  dataset = read_bundled_dataset (&self->load_error);
  install_dataset (self, dataset);
}

static void
xitu_application_activate (GApplication *app)
{
  XituApplication *self = XITU_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (xitu_window_new (self));
  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  XituApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "Xitu developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  adw_about_window_set_application_name (about, _("Xitu"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Xitu developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
    _("Where each stage of the rare-earth chain sits, who depends on whom, "
      "and whether the numbers in the news hold — offline, from cited data."));
  adw_about_window_set_website (about, "https://github.com/xituatlas/xitu");
  adw_about_window_set_issue_url (about, "https://github.com/xituatlas/xitu/issues");
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_legal_section (about, _("USGS Mineral Commodity Summaries"),
                                      _("U.S. Geological Survey data, public domain."),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (about, _("IEA figures"),
                                      _("International Energy Agency, Global Critical Minerals Outlook "
                                        "and commentaries, CC BY 4.0; quoted as the IEA states them."),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (about, _("Natural Earth"),
                                      _("Country boundaries from Natural Earth, public domain. "
                                        "Maps show de facto boundaries as Natural Earth draws them; "
                                        "this implies no position on any territorial claim."),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (about, _("News sources"),
                                      _("Claims are quoted from the cited news articles for the "
                                        "purpose of checking them; each is listed with its outlet and date."),
                                      GTK_LICENSE_CUSTOM, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  XituApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->settings == NULL)
    return;
  gtk_window_present (GTK_WINDOW (xitu_preferences_window_new (window, self->settings, self->dataset)));
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  XituApplication *self = user_data;

  xitu_import_dialog_run (gtk_application_get_active_window (GTK_APPLICATION (self)), self);
}

static const GActionEntry app_actions[] = {
  { "import", import_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
xitu_application_startup (GApplication *app)
{
  XituApplication *self = XITU_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *import_accels[] = { "<Control>o", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *schemas = NULL;
  g_autoptr(XituDataset) dataset = NULL;
  g_autoptr(GError) load_error = NULL;
  GThread *reader;

  /* The dataset is read on the other core while GTK initialises. */
  reader = g_thread_new ("xitu-dataset", read_bundled_dataset, &load_error);
  G_APPLICATION_CLASS (xitu_application_parent_class)->startup (app);
  schemas = g_settings_schema_source_get_default ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.import", import_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);

  /* Running uninstalled without a compiled schema must not abort. */
  if (schemas != NULL)
    schema = g_settings_schema_source_lookup (schemas, SCHEMA_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (SCHEMA_ID);
  else
    g_warning ("GSettings schema %s not found; settings will not be saved", SCHEMA_ID);

  dataset = g_thread_join (reader);
  g_clear_error (&self->load_error);
  self->load_error = g_steal_pointer (&load_error);
  install_dataset (self, dataset);
}

static void
xitu_application_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  XituApplication *self = XITU_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_application_finalize (GObject *object)
{
  XituApplication *self = XITU_APPLICATION (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_object (&self->imports);
  g_clear_pointer (&self->import_problems, g_ptr_array_unref);
  g_clear_error (&self->load_error);

  G_OBJECT_CLASS (xitu_application_parent_class)->finalize (object);
}

static void
xitu_application_class_init (XituApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = xitu_application_finalize;
  object_class->get_property = xitu_application_get_property;
  app_class->activate = xitu_application_activate;
  app_class->startup = xitu_application_startup;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, XITU_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xitu_application_init (XituApplication *self)
{
  self->imports = xitu_import_store_new (NULL);
  self->import_problems = g_ptr_array_new_with_free_func (g_free);
}

XituImportStore *
xitu_application_get_imports (XituApplication *self)
{
  g_return_val_if_fail (XITU_IS_APPLICATION (self), NULL);
  return self->imports;
}

/* Messages about stored imports that could not be read at the last load. */
GPtrArray *
xitu_application_get_import_problems (XituApplication *self)
{
  g_return_val_if_fail (XITU_IS_APPLICATION (self), NULL);
  return self->import_problems;
}

XituDataset *
xitu_application_get_dataset (XituApplication *self)
{
  g_return_val_if_fail (XITU_IS_APPLICATION (self), NULL);
  return self->dataset;
}

const GError *
xitu_application_get_load_error (XituApplication *self)
{
  g_return_val_if_fail (XITU_IS_APPLICATION (self), NULL);
  return self->load_error;
}

GSettings *
xitu_application_get_settings (XituApplication *self)
{
  g_return_val_if_fail (XITU_IS_APPLICATION (self), NULL);
  return self->settings;
}
