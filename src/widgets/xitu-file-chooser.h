/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One file chooser for every view that opens or saves a file: the portal's
 * (GtkFileDialog) on GTK 4.10 and later, GtkFileChooserNative before. At
 * most one is shown at a time. Save choosers ask before replacing a file.
 * The owner closes it when it goes away (xitu_file_chooser_close), so that
 * no answer comes back to a view that is gone. */
#define XITU_TYPE_FILE_CHOOSER (xitu_file_chooser_get_type ())
G_DECLARE_FINAL_TYPE (XituFileChooser, xitu_file_chooser, XITU, FILE_CHOOSER, GObject)

/* Called with the file chosen; not called when the person cancels. */
typedef void (*XituFileChosen) (GFile    *file,
                                gpointer  user_data);

XituFileChooser *xitu_file_chooser_new        (void);
/* initial_name: a name to save under; NULL to open an existing file.
 * The filter is referenced. Does nothing while a chooser is shown. */
void             xitu_file_chooser_run        (XituFileChooser *self,
                                               GtkWidget       *parent,
                                               const char      *title,
                                               const char      *accept_label,
                                               GtkFileFilter   *filter,
                                               const char      *initial_name,
                                               XituFileChosen   callback,
                                               gpointer         user_data);
gboolean         xitu_file_chooser_is_shown   (XituFileChooser *self);
/* Closes a shown chooser without calling back. */
void             xitu_file_chooser_close      (XituFileChooser *self);

G_END_DECLS
