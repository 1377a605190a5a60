/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-application.h"
#include "xitu-preferences-window.h"

struct _XituPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *label_language_row;
  AdwComboRow          *number_style_row;
  AdwComboRow          *hhi_row;
  AdwComboRow          *edition_row;
  AdwPreferencesGroup  *imports_group;
  GPtrArray            *import_rows;

  GSettings            *settings;
  GStrv                 editions;
};

G_DEFINE_FINAL_TYPE (XituPreferencesWindow, xitu_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Each combo row lists an enum key's nicks in schema order; these map the
 * key's string to the row's position and back. */
static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_choice (XituPreferencesWindow *self,
             AdwComboRow           *row,
             const char            *key,
             const char * const    *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}

/* The edition row lists "Newest" and every edition in the dataset. */
static void
setup_editions (XituPreferencesWindow *self,
                XituDataset           *dataset)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) editions = xitu_dataset_list_editions (dataset, NULL, NULL);

  gtk_string_list_append (names, _("Newest"));
  g_strv_builder_add (builder, "");
  for (guint i = 0; editions[i] != NULL; i++)
    {
      gtk_string_list_append (names, editions[i]);
      g_strv_builder_add (builder, editions[i]);
    }
  self->editions = g_strv_builder_end (builder);
  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (names));
  bind_choice (self, self->edition_row, "default-edition", (const char * const *) self->editions);
}

static void fill_imports (XituPreferencesWindow *self);

static void
remove_import (GtkButton             *button,
               XituPreferencesWindow *self)
{
  GApplication *app = g_application_get_default ();
  const char *id = g_object_get_data (G_OBJECT (button), "import-id");
  g_autoptr(GError) error = NULL;

  if (!XITU_IS_APPLICATION (app))
    return;
  if (!xitu_import_store_remove (xitu_application_get_imports (XITU_APPLICATION (app)), id, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return;
    }
  xitu_application_reload_dataset (XITU_APPLICATION (app));
  fill_imports (self);
}

static GtkWidget *
import_row (XituPreferencesWindow  *self,
            const XituStoredImport *stored)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure · %s", "%u figures · %s",
                                           stored->n_figures),
                              stored->n_figures, stored->id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stored->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  label = g_strdup_printf (_("Remove “%s”"), stored->title);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "import-id", g_strdup (stored->id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_import), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_imports (XituPreferencesWindow *self)
{
  GApplication *app = g_application_get_default ();
  XituImportStore *store;
  guint n;

  for (guint i = 0; i < self->import_rows->len; i++)
    adw_preferences_group_remove (self->imports_group, g_ptr_array_index (self->import_rows, i));
  g_ptr_array_set_size (self->import_rows, 0);

  if (!XITU_IS_APPLICATION (app))
    return;
  store = xitu_application_get_imports (XITU_APPLICATION (app));
  n = xitu_import_store_get_n_imports (store);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->import_rows, import_row (self, xitu_import_store_get_import (store, i)));
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No imported data"));
      g_ptr_array_add (self->import_rows, row);
    }
  for (guint i = 0; i < self->import_rows->len; i++)
    adw_preferences_group_add (self->imports_group, g_ptr_array_index (self->import_rows, i));
}

static void
xitu_preferences_window_finalize (GObject *object)
{
  XituPreferencesWindow *self = XITU_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_strfreev (self->editions);
  g_clear_pointer (&self->import_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (xitu_preferences_window_parent_class)->finalize (object);
}

static void
xitu_preferences_window_class_init (XituPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = xitu_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xituatlas/Xitu/ui/xitu-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XituPreferencesWindow, label_language_row);
  gtk_widget_class_bind_template_child (widget_class, XituPreferencesWindow, number_style_row);
  gtk_widget_class_bind_template_child (widget_class, XituPreferencesWindow, hhi_row);
  gtk_widget_class_bind_template_child (widget_class, XituPreferencesWindow, edition_row);
  gtk_widget_class_bind_template_child (widget_class, XituPreferencesWindow, imports_group);
}

static void
xitu_preferences_window_init (XituPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->import_rows = g_ptr_array_new ();
}

GtkWidget *
xitu_preferences_window_new (GtkWindow   *parent,
                             GSettings   *settings,
                             XituDataset *dataset)
{
  static const char * const label_languages[] = { "follow", "en", "zh", "both", NULL };
  static const char * const number_styles[] = { "plain", "wan-yi", NULL };
  static const char * const thresholds[] = { "us-2010", "us-2023", "eu", NULL };
  XituPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (XITU_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  bind_choice (self, self->label_language_row, "label-language", label_languages);
  bind_choice (self, self->number_style_row, "number-style", number_styles);
  bind_choice (self, self->hhi_row, "hhi-thresholds", thresholds);
  if (dataset != NULL)
    setup_editions (self, dataset);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->edition_row), FALSE);
  fill_imports (self);
  return GTK_WIDGET (self);
}
