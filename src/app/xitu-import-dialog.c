/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import…: choose a file, read it in a worker thread (the window keeps
 * responding on a large USGS file), show what it holds and what was skipped,
 * and store it only when the user says so. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-import-dialog.h"
#include "xitu-import.h"
#include "xitu-window.h"

typedef struct
{
  GtkWindow       *parent;
  XituApplication *app;
  GFile           *file;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->app);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportJob, import_job_free)

static void
tell (GtkWindow  *parent,
      const char *message)
{
  if (XITU_IS_WINDOW (parent))
    xitu_window_show_toast (XITU_WINDOW (parent), message);
  else
    g_message ("%s", message);
}

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_response (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  ImportJob *job = g_object_get_data (G_OBJECT (dialog), "job");
  XituImportResult *result = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "import") != 0)
    return;

  id = xitu_import_store_add (xitu_application_get_imports (job->app), result, &error);
  if (id == NULL)
    {
      show_error (job->parent, _("The Import Could Not Be Stored"), error);
      return;
    }

  xitu_application_reload_dataset (job->app);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure", "Imported %u figures",
                                          xitu_import_result_get_figures (result)->len),
                             xitu_import_result_get_figures (result)->len);
  tell (job->parent, message);
}

static GtkWidget *
summary_view (const char *summary)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (summary);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  return scroller;
}

static void
confirm (ImportJob        *job,
         XituImportResult *result)
{
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *heading = g_strdup_printf (_("Import “%s”?"), name);
  g_autofree char *summary = xitu_import_result_format_summary (result);
  GtkWidget *dialog = adw_message_dialog_new (job->parent, heading,
                                              _("Imported figures keep their own edition and source; "
                                                "where they cover a bundled figure, both are kept."));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), summary_view (summary));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  g_object_set_data_full (G_OBJECT (dialog), "job", job, (GDestroyNotify) import_job_free);
  g_signal_connect_data (dialog, "response", G_CALLBACK (confirm_response),
                         g_object_ref (result), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportJob *job = task_data;
  XituImportOptions options = { 0 };
  GError *error = NULL;
  XituImportResult *result = xitu_import_file (job->file, &options, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

static void
read_done (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_autoptr(ImportJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XituImportResult) result = g_task_propagate_pointer (G_TASK (res), &error);

  if (result == NULL)
    {
      show_error (job->parent, _("The File Could Not Be Imported"), error);
      return;
    }
  confirm (g_steal_pointer (&job), result);
}

static void
start_reading (GtkWindow       *parent,
               XituApplication *app,
               GFile           *file)
{
  ImportJob *job = g_new0 (ImportJob, 1);
  g_autoptr(GTask) task = NULL;

  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->app = g_object_ref (app);
  job->file = g_object_ref (file);

  tell (parent, _("Reading the file…"));
  task = g_task_new (NULL, NULL, read_done, job);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, read_in_thread);
}

static void
add_filters (GtkFileChooser *chooser)
{
  GtkFileFilter *all = gtk_file_filter_new ();
  GtkFileFilter *csv = gtk_file_filter_new ();
  GtkFileFilter *json = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("USGS, UN Comtrade or Xitu files"));
  gtk_file_filter_add_suffix (all, "csv");
  gtk_file_filter_add_suffix (all, "json");
  gtk_file_filter_set_name (csv, _("CSV files (USGS, UN Comtrade)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_set_name (json, _("Xitu datasets"));
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_add_filter (chooser, csv);
  gtk_file_chooser_add_filter (chooser, json);
}

static void
chooser_response (GtkNativeDialog *native,
                  int              response,
                  gpointer         user_data)
{
  XituApplication *app = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      start_reading (gtk_native_dialog_get_transient_for (native), app, file);
    }
  g_object_unref (native);
}

void
xitu_import_dialog_run (GtkWindow       *parent,
                        XituApplication *app)
{
  GtkFileChooserNative *native;

  g_return_if_fail (XITU_IS_APPLICATION (app));

  /* GtkFileChooserNative goes through the portal in a Flatpak; it is
   * deprecated from GTK 4.10, where GtkFileDialog replaces it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  native = gtk_file_chooser_native_new (_("Import Data"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response), app);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  G_GNUC_END_IGNORE_DEPRECATIONS
}
