/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-file-chooser.h"

#include <glib/gi18n.h>

struct _XituFileChooser
{
  GObject         parent_instance;

  GObject        *dialog;       /* GtkFileDialog or GtkFileChooserNative while shown */
  GCancellable   *cancellable;
  XituFileChosen  callback;
  gpointer        user_data;
};

G_DEFINE_FINAL_TYPE (XituFileChooser, xitu_file_chooser, G_TYPE_OBJECT)

static void
finish (XituFileChooser *self,
        GFile           *file)
{
  XituFileChosen callback = self->callback;
  gpointer user_data = self->user_data;

  g_clear_object (&self->dialog);
  g_clear_object (&self->cancellable);
  self->callback = NULL;
  self->user_data = NULL;
  if (file != NULL && callback != NULL)
    callback (file, user_data);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_dialog_finished (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(XituFileChooser) self = data;
  g_autoptr(GFile) file = NULL;

  if (self->dialog == NULL)   /* disposed meanwhile */
    return;
  if (gtk_file_dialog_get_initial_name (GTK_FILE_DIALOG (source)) != NULL)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  finish (self, file);
}

static void
show (XituFileChooser *self,
      GtkWindow       *parent,
      const char      *title,
      const char      *accept_label,
      GtkFileFilter   *filter,
      const char      *initial_name)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  self->dialog = G_OBJECT (dialog);
  self->cancellable = g_cancellable_new ();
  if (initial_name != NULL)
    {
      gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, parent, self->cancellable, on_dialog_finished, g_object_ref (self));
    }
  else
    gtk_file_dialog_open (dialog, parent, self->cancellable, on_dialog_finished, g_object_ref (self));
}

static void
close_dialog (XituFileChooser *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}
#else
static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    XituFileChooser *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  finish (self, file);
}

static void
show (XituFileChooser *self,
      GtkWindow       *parent,
      const char      *title,
      const char      *accept_label,
      GtkFileFilter   *filter,
      const char      *initial_name)
{
  GtkFileChooserAction action = initial_name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                     : GTK_FILE_CHOOSER_ACTION_OPEN;
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, parent, action,
                                                              accept_label, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), self);
  self->dialog = G_OBJECT (native);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
close_dialog (XituFileChooser *self)
{
  if (self->dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->dialog, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->dialog));
    }
}
#endif

static void
xitu_file_chooser_dispose (GObject *object)
{
  xitu_file_chooser_close (XITU_FILE_CHOOSER (object));
  G_OBJECT_CLASS (xitu_file_chooser_parent_class)->dispose (object);
}

static void
xitu_file_chooser_class_init (XituFileChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = xitu_file_chooser_dispose;
}

static void
xitu_file_chooser_init (XituFileChooser *self)
{
}

XituFileChooser *
xitu_file_chooser_new (void)
{
  return g_object_new (XITU_TYPE_FILE_CHOOSER, NULL);
}

void
xitu_file_chooser_run (XituFileChooser *self,
                       GtkWidget       *parent,
                       const char      *title,
                       const char      *accept_label,
                       GtkFileFilter   *filter,
                       const char      *initial_name,
                       XituFileChosen   callback,
                       gpointer         user_data)
{
  GtkRoot *root;

  g_return_if_fail (XITU_IS_FILE_CHOOSER (self));
  g_return_if_fail (GTK_IS_FILE_FILTER (filter));

  if (self->dialog != NULL)
    return;
  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  self->callback = callback;
  self->user_data = user_data;
  show (self, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, title, accept_label, filter, initial_name);
}

gboolean
xitu_file_chooser_is_shown (XituFileChooser *self)
{
  g_return_val_if_fail (XITU_IS_FILE_CHOOSER (self), FALSE);
  return self->dialog != NULL;
}

void
xitu_file_chooser_close (XituFileChooser *self)
{
  g_return_if_fail (XITU_IS_FILE_CHOOSER (self));

  self->callback = NULL;
  self->user_data = NULL;
  close_dialog (self);
  g_clear_object (&self->dialog);
  g_clear_object (&self->cancellable);
}
