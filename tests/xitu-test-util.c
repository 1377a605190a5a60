/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-test-util.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

XituChartResult *
xitu_test_render (XituDataset            *dataset,
                  const XituChartOptions *options,
                  int                     width,
                  int                     height,
                  cairo_surface_t       **out_surface)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  XituChartResult *result = xitu_chart_draw (dataset, options, cr, width, height);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (out_surface != NULL)
    *out_surface = surface;
  else
    cairo_surface_destroy (surface);
  return result;
}

XituRgba
xitu_test_pixel (cairo_surface_t *surface,
                 int              x,
                 int              y)
{
  const guint8 *row;
  guint32 px;
  XituRgba c;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  px = ((const guint32 *) row)[x];
  c.red = ((px >> 16) & 0xff) / 255.0;
  c.green = ((px >> 8) & 0xff) / 255.0;
  c.blue = (px & 0xff) / 255.0;
  c.alpha = ((px >> 24) & 0xff) / 255.0;
  return c;
}

void
xitu_test_assert_texts (XituChartResult *result)
{
  XituRect page = { 0, 0, result->width, result->height };

  g_assert_cmpuint (result->texts->len, >, 0);
  for (guint i = 0; i < result->texts->len; i++)
    {
      XituRect *a = &g_array_index (result->texts, XituRect, i);

      if (!xitu_rect_inside (a, &page, 0.5))
        g_error ("text box %u (%.1f, %.1f, %.1f × %.1f) leaves the %g × %g surface",
                 i, a->x, a->y, a->width, a->height, result->width, result->height);
      for (guint j = i + 1; j < result->texts->len; j++)
        {
          XituRect *b = &g_array_index (result->texts, XituRect, j);
          /* Logical boxes include line spacing: allow them to touch. */
          XituRect sa = { a->x + 1, a->y + 1.5, a->width - 2, a->height - 3 };
          XituRect sb = { b->x + 1, b->y + 1.5, b->width - 2, b->height - 3 };

          if (a->width > 0 && b->width > 0 && xitu_rect_intersects (&sa, &sb))
            g_error ("text boxes %u (%.1f, %.1f, %.1f × %.1f) and %u (%.1f, %.1f, %.1f × %.1f) overlap",
                     i, a->x, a->y, a->width, a->height, j, b->x, b->y, b->width, b->height);
        }
    }
}

void
xitu_test_save (cairo_surface_t *surface,
                const char      *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "artifacts", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  g_mkdir_with_parents (dir, 0755);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);
}

GPtrArray *
xitu_test_parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p = text;
  gboolean quoted = FALSE, was_quoted = FALSE;

  while (*p != '\0')
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
            }
          else if (*p == '"')
            {
              quoted = FALSE;
              p++;
              /* After a closing quote only a separator or a line end. */
              g_assert_true (*p == ',' || *p == '\r' || *p == '\0');
            }
          else
            g_string_append_c (field, *p++);
          continue;
        }
      if (*p == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          quoted = was_quoted = TRUE;
          p++;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          p++;
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          was_quoted = FALSE;
          p += 2;
        }
      else
        {
          /* Bare CR or LF outside quotes is not RFC 4180. */
          g_assert_true (*p != '\r' && *p != '\n');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_false (quoted);
  (void) was_quoted;
  /* The writer ends every record with CRLF. */
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  return rows;
}

int
xitu_test_spawn (const char * const *argv,
                 char              **out,
                 char              **err)
{
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (wait_status))
    return WEXITSTATUS (wait_status);
  return -1;
}

char *
xitu_test_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("xitu-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
xitu_test_wait_for (gboolean (*ready) (gpointer),
                    gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!ready (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (ready (data));
}

gboolean
xitu_test_is_allocated (gpointer widget)
{
  return gtk_widget_get_width (widget) > 100 && gtk_widget_get_mapped (widget);
}

GtkWidget *
xitu_test_show_in_window (GtkWidget *child,
                          int        width,
                          int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  xitu_test_wait_for (xitu_test_is_allocated, child);
  return window;
}

gpointer
xitu_test_find_controller (GtkWidget *widget,
                           GType      type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;   /* the widget keeps it alive */
    }
  g_assert_not_reached ();
}

cairo_surface_t *
xitu_test_snapshot_widget (GtkWidget *widget)
{
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);
  const XituPalette *palette = xitu_palette_get (XITU_THEME_LIGHT);
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;

  /* Let pending layout settle first: a widget is only drawn allocated. */
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* The chart is transparent on screen: the window's background under it. */
  xitu_palette_set_source (cr, palette->background);
  cairo_paint (cr);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      gsk_render_node_draw (node, cr);
      gsk_render_node_unref (node);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

void
xitu_test_assert_accessible (GtkWidget             *widget,
                             GtkAccessibleProperty  property,
                             const char            *expected)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, expected);

  if (wrong != NULL)
    g_error ("accessible property %d is “%s”, expected “%s”", property, wrong, expected);
}
