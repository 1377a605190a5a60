/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The file chooser the views share, answered as a person would: without a
 * portal GTK 4.8 shows its own dialog in the process, which the test finds
 * among the toplevels and answers. */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "xitu-file-chooser.h"

typedef struct
{
  guint  calls;
  GFile *file;
} Answer;

static void
on_chosen (GFile    *file,
           gpointer  data)
{
  Answer *answer = data;

  answer->calls++;
  g_set_object (&answer->file, file);
}

static GtkFileChooser *
find_chooser_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

          if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
            return GTK_FILE_CHOOSER (window);
        }
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

/* Without GVfs the dialog may say it cannot list a folder; a person would
 * dismiss that and go on. */
static void
dismiss_messages (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (int round = 0; round < 20; round++)
    {
      g_main_context_iteration (NULL, FALSE);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

          if (GTK_IS_MESSAGE_DIALOG (window))
            gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
        }
    }
}

static void
test_save_answered (void)
{
  g_autoptr (XituFileChooser) chooser = xitu_file_chooser_new ();
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *dir = g_dir_make_tmp ("xitu-chooser-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "figures.csv", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (path);
  GtkWidget *window = gtk_window_new ();
  GtkFileChooser *dialog;
  Answer answer = { 0 };

  gtk_file_filter_add_suffix (filter, "csv");
  gtk_window_present (GTK_WINDOW (window));
  xitu_file_chooser_run (chooser, window, "Export", "_Export", filter, "figures.csv", on_chosen, &answer);
  g_assert_true (xitu_file_chooser_is_shown (chooser));
  /* A second request while one is shown is ignored. */
  xitu_file_chooser_run (chooser, window, "Export", "_Export", filter, "other.csv", on_chosen, &answer);

  dialog = find_chooser_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (gtk_file_chooser_get_action (dialog), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (dialog);
    g_assert_cmpstr (name, ==, "figures.csv");
  }
  g_assert_true (gtk_file_chooser_set_file (dialog, target, NULL));
  dismiss_messages ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  /* The dialog checks the folder asynchronously before it answers. */
  for (gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       answer.calls == 0 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (answer.calls, ==, 1);
  /* The name as chosen; the folder is the dialog's (it may not have been
   * able to change to the temporary one without GVfs). */
  {
    g_autofree char *name = g_file_get_basename (answer.file);
    g_assert_cmpstr (name, ==, "figures.csv");
  }
  g_assert_false (xitu_file_chooser_is_shown (chooser));

  g_clear_object (&answer.file);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cancel_and_close (void)
{
  g_autoptr (XituFileChooser) chooser = xitu_file_chooser_new ();
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *dialog;
  Answer answer = { 0 };

  gtk_file_filter_add_suffix (filter, "json");
  xitu_file_chooser_run (chooser, NULL, "Open Scenario", "_Open", filter, NULL, on_chosen, &answer);
  dialog = find_chooser_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (gtk_file_chooser_get_action (dialog), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (answer.calls, ==, 0);
  g_assert_false (xitu_file_chooser_is_shown (chooser));

  /* Closed by its owner: no answer afterwards, and it can be shown again. */
  xitu_file_chooser_run (chooser, NULL, "Open Scenario", "_Open", filter, NULL, on_chosen, &answer);
  g_assert_nonnull (find_chooser_dialog ());
  xitu_file_chooser_close (chooser);
  g_assert_false (xitu_file_chooser_is_shown (chooser));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_chooser_dialog ());
  g_assert_cmpuint (answer.calls, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add_func ("/file-chooser/save-answered", test_save_answered);
  g_test_add_func ("/file-chooser/cancel-and-close", test_cancel_and_close);
  return g_test_run ();
}
