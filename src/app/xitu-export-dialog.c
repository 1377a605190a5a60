/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export…: the same dialog for the Chain, Dependence and Map views. The
 * view draws (XituExportable); the export backend makes the file and writes
 * it atomically; this dialog only asks what and where. */
#include "config.h"

#include "xitu-export-dialog.h"
#include "xitu-file-chooser.h"

#include <glib/gi18n.h>

#include "xitu-window.h"

struct _XituExportDialog
{
  AdwWindow        parent_instance;

  AdwComboRow     *format_row;
  AdwComboRow     *size_row;
  AdwActionRow    *width_row;
  AdwActionRow    *height_row;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *height_spin;
  AdwComboRow     *scale_row;
  AdwComboRow     *lang_row;
  GtkButton       *export_button;
  GtkLabel        *error_label;
  AdwPreferencesGroup *group;

  XituExportable  *exportable;
  GtkWindow       *parent;
  GSettings       *settings;
  XituFileChooser *chooser;
};

G_DEFINE_FINAL_TYPE (XituExportDialog, xitu_export_dialog, ADW_TYPE_WINDOW)

static const struct
{
  double width;
  double height;
} presets[XITU_N_EXPORT_SIZES] = {
  [XITU_EXPORT_SIZE_1200_800] = { 1200, 800 },
  [XITU_EXPORT_SIZE_1920_1080] = { 1920, 1080 },
  /* A4 landscape is 842 × 595 pt; a logical pixel is 0.75 pt. */
  [XITU_EXPORT_SIZE_A4_LANDSCAPE] = { 842 / 0.75, 595 / 0.75 },
  [XITU_EXPORT_SIZE_CUSTOM] = { 0, 0 },
};

static const double scales[XITU_N_EXPORT_RESOLUTIONS] = { 1.0, 2.0, XITU_EXPORT_SCALE_300_DPI };

/* ---- choices ------------------------------------------------------------ */

XituExportFormat
xitu_export_dialog_get_format (XituExportDialog *self)
{
  guint i;

  g_return_val_if_fail (XITU_IS_EXPORT_DIALOG (self), XITU_EXPORT_PNG);
  i = adw_combo_row_get_selected (self->format_row);
  return i < XITU_N_EXPORT_FORMATS ? (XituExportFormat) i : XITU_EXPORT_PNG;
}

void
xitu_export_dialog_set_format (XituExportDialog *self,
                               XituExportFormat  format)
{
  g_return_if_fail (XITU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < XITU_N_EXPORT_FORMATS);
  adw_combo_row_set_selected (self->format_row, format);
}

void
xitu_export_dialog_get_size (XituExportDialog *self,
                             double           *width,
                             double           *height)
{
  g_return_if_fail (XITU_IS_EXPORT_DIALOG (self));
  *width = gtk_spin_button_get_value (self->width_spin);
  *height = gtk_spin_button_get_value (self->height_spin);
}

void
xitu_export_dialog_set_size (XituExportDialog *self,
                             XituExportSize    size,
                             double            width,
                             double            height)
{
  g_return_if_fail (XITU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (size < XITU_N_EXPORT_SIZES);

  adw_combo_row_set_selected (self->size_row, size);
  if (size == XITU_EXPORT_SIZE_CUSTOM)
    {
      gtk_spin_button_set_value (self->width_spin, width);
      gtk_spin_button_set_value (self->height_spin, height);
    }
}

double
xitu_export_dialog_get_scale (XituExportDialog *self)
{
  guint i;

  g_return_val_if_fail (XITU_IS_EXPORT_DIALOG (self), 1);
  i = adw_combo_row_get_selected (self->scale_row);
  return i < XITU_N_EXPORT_RESOLUTIONS ? scales[i] : 1.0;
}

void
xitu_export_dialog_set_scale (XituExportDialog     *self,
                              XituExportResolution  scale)
{
  g_return_if_fail (XITU_IS_EXPORT_DIALOG (self));
  g_return_if_fail (scale < XITU_N_EXPORT_RESOLUTIONS);
  adw_combo_row_set_selected (self->scale_row, scale);
}

XituLang
xitu_export_dialog_get_lang (XituExportDialog *self)
{
  guint i;

  g_return_val_if_fail (XITU_IS_EXPORT_DIALOG (self), XITU_LANG_EN);
  i = adw_combo_row_get_selected (self->lang_row);
  return i <= XITU_LANG_BOTH ? (XituLang) i : XITU_LANG_EN;
}

void
xitu_export_dialog_set_lang (XituExportDialog *self,
                             XituLang          lang)
{
  g_return_if_fail (XITU_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->lang_row, MIN (lang, XITU_LANG_BOTH));
}

char *
xitu_export_dialog_get_suggested_name (XituExportDialog *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (XITU_IS_EXPORT_DIALOG (self), NULL);
  base = xitu_exportable_get_suggested_name (self->exportable);
  return g_strdup_printf ("%s.%s", base, xitu_export_format_to_string (xitu_export_dialog_get_format (self)));
}

/* Only what applies to the format can be changed. */
static void
update_sensitivity (XituExportDialog *self)
{
  XituExportFormat format = xitu_export_dialog_get_format (self);
  gboolean picture = format != XITU_EXPORT_CSV;
  gboolean custom = adw_combo_row_get_selected (self->size_row) == XITU_EXPORT_SIZE_CUSTOM;

  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), picture);
  gtk_widget_set_sensitive (GTK_WIDGET (self->width_row), picture && custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->height_row), picture && custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), format == XITU_EXPORT_PNG);
}

static void
on_size_selected (XituExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->size_row);

  if (i < XITU_EXPORT_SIZE_CUSTOM)
    {
      gtk_spin_button_set_value (self->width_spin, presets[i].width);
      gtk_spin_button_set_value (self->height_spin, presets[i].height);
    }
  update_sensitivity (self);
}

/* ---- the export --------------------------------------------------------- */

static void
tell (XituExportDialog *self,
      const char       *message)
{
  if (XITU_IS_WINDOW (self->parent))
    xitu_window_show_toast (XITU_WINDOW (self->parent), message);
}

static void
remember_choices (XituExportDialog *self)
{
  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "export-format",
                         xitu_export_format_to_string (xitu_export_dialog_get_format (self)));
  g_settings_set_double (self->settings, "export-scale", xitu_export_dialog_get_scale (self));
}

gboolean
xitu_export_dialog_export_to (XituExportDialog  *self,
                              GFile             *file,
                              char             **message)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  XituExportOptions options = { xitu_export_dialog_get_lang (self), XITU_NUMBERS_PLAIN };
  double width, height;
  gboolean ok;

  g_return_val_if_fail (XITU_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  xitu_export_dialog_get_size (self, &width, &height);
  ok = xitu_exportable_export (self->exportable, xitu_export_dialog_get_format (self), width, height,
                               xitu_export_dialog_get_scale (self), &options, file, &error);
  name = g_file_get_basename (file);
  if (ok)
    /* Translators: a toast after an export; %s is the file name */
    text = g_strdup_printf (_("Exported to %s"), name);
  else
    /* Translators: a toast when an export failed; %s says what went wrong */
    text = g_strdup_printf (_("Export failed: %s"), error->message);

  tell (self, text);
  gtk_label_set_text (self->error_label, ok ? "" : text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok);
  if (ok)
    remember_choices (self);
  if (message != NULL)
    *message = g_steal_pointer (&text);
  return ok;
}

static void
export_chosen (XituExportDialog *self,
               GFile            *file)
{
  if (xitu_export_dialog_export_to (self, file, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static GtkFileFilter *
filter_for (XituExportFormat format)
{
  static const char * const names[XITU_N_EXPORT_FORMATS] = {
    N_("PNG images"), N_("PDF documents"), N_("SVG images"), N_("CSV files"),
  };
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", xitu_export_format_to_string (format));

  gtk_file_filter_set_name (filter, _(names[format]));
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  export_chosen (XITU_EXPORT_DIALOG (user_data), file);
}

static void
on_export_clicked (XituExportDialog *self)
{
  g_autofree char *name = xitu_export_dialog_get_suggested_name (self);
  const char *test_path = g_getenv ("XITU_EXPORT_TEST_PATH");

  /* The end-to-end tests' hook: no chooser, no overwrite question. */
  if (test_path != NULL && *test_path != '\0')
    {
      g_autoptr (GFile) file = g_file_new_for_path (test_path);
      export_chosen (self, file);
      return;
    }
  {
    g_autoptr (GtkFileFilter) filter = filter_for (xitu_export_dialog_get_format (self));

    xitu_file_chooser_run (self->chooser, GTK_WIDGET (self), _("Export"), _("_Export"), filter, name,
                           on_file_chosen, self);
  }
}

/* ---- GObject ------------------------------------------------------------ */

static void
xitu_export_dialog_dispose (GObject *object)
{
  XituExportDialog *self = XITU_EXPORT_DIALOG (object);

  g_clear_object (&self->exportable);
  g_clear_object (&self->parent);
  g_clear_object (&self->settings);
  if (self->chooser != NULL)
    xitu_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (xitu_export_dialog_parent_class)->dispose (object);
}

static void
xitu_export_dialog_class_init (XituExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, lang_row);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, XituExportDialog, group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
xitu_export_dialog_init (XituExportDialog *self)
{
  g_autoptr (GtkStringList) sizes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->chooser = xitu_file_chooser_new ();

  gtk_string_list_append (sizes, _("1200 × 800"));
  gtk_string_list_append (sizes, _("1920 × 1080 (Full HD)"));
  gtk_string_list_append (sizes, _("A4 landscape (842 × 595 pt)"));
  gtk_string_list_append (sizes, _("Custom"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));

  g_signal_connect_object (self->size_row, "notify::selected", G_CALLBACK (on_size_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->export_button, "clicked", G_CALLBACK (on_export_clicked), self, G_CONNECT_SWAPPED);
  on_size_selected (self);
}

static void
restore_choices (XituExportDialog *self)
{
  g_autofree char *format_name = NULL;
  XituExportFormat format;
  double scale;

  if (self->settings == NULL)
    return;
  format_name = g_settings_get_string (self->settings, "export-format");
  if (xitu_export_format_from_string (format_name, &format))
    xitu_export_dialog_set_format (self, format);
  scale = g_settings_get_double (self->settings, "export-scale");
  for (guint i = 0; i < XITU_N_EXPORT_RESOLUTIONS; i++)
    if (G_APPROX_VALUE (scale, scales[i], 1e-6))
      xitu_export_dialog_set_scale (self, i);
}

XituExportDialog *
xitu_export_dialog_new (GtkWindow      *parent,
                        XituExportable *exportable,
                        XituLang        lang,
                        GSettings      *settings)
{
  XituExportDialog *self;
  g_autofree char *what = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (XITU_IS_EXPORTABLE (exportable), NULL);

  self = g_object_new (XITU_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->exportable = g_object_ref (exportable);
  self->parent = parent != NULL ? g_object_ref (parent) : NULL;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  xitu_export_dialog_set_lang (self, lang);
  restore_choices (self);

  what = xitu_exportable_get_suggested_name (exportable);
  /* Translators: the export dialog's description; %s is the file name it suggests */
  {
    g_autofree char *description = g_strdup_printf (_("Title, sources, edition and the boundary note are part of "
                                                      "every picture. Suggested name: %s"), what);
    adw_preferences_group_set_description (self->group, description);
  }
  update_sensitivity (self);
  return self;
}
