/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The stage overview in a real (Xvfb) window: one row per stage, laid out
 * as an AdwActionRow lays its own out (the title column, then the value at
 * the end), with its text wrapping in a narrow window and mirrored right
 * to left. */
#include <adwaita.h>
#include <string.h>

#include "xitu-stage-overview.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

typedef struct
{
  GtkWidget *header;
  GtkWidget *title_box;
  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *value;
} Row;

static GtkWidget *
first_row (GtkWidget *overview,
           guint     *n_rows)
{
  GtkWidget *list = gtk_widget_get_first_child (overview);
  GtkWidget *row = gtk_widget_get_first_child (list);

  *n_rows = 0;
  for (GtkWidget *r = row; r != NULL; r = gtk_widget_get_next_sibling (r))
    *n_rows += GTK_IS_LIST_BOX_ROW (r);
  return row;
}

static Row
row_parts (GtkWidget *row)
{
  Row r;

  r.header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  r.title_box = gtk_widget_get_first_child (r.header);
  r.value = gtk_widget_get_next_sibling (r.title_box);
  r.title = gtk_widget_get_first_child (r.title_box);
  r.subtitle = gtk_widget_get_next_sibling (r.title);
  return r;
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *ancestor)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, ancestor, &bounds));
  return bounds;
}

static gboolean
is_laid_out (gpointer data)
{
  Row *r = data;

  return gtk_widget_get_width (r->header) > 0 && gtk_widget_get_width (r->value) > 0;
}

typedef struct
{
  Row *row;
  int  wide_height;
} Narrowing;

static gboolean
has_grown (gpointer data)
{
  Narrowing *n = data;

  return gtk_widget_get_height (n->row->header) > n->wide_height;
}

static gboolean
is_mirrored (gpointer data)
{
  Row *r = data;

  return bounds_in (r->value, r->header).origin.x <= 0.5;
}

/* The value ends where the header's content ends (or starts, right to
 * left); the title column takes the rest but the spacing; both stay
 * inside the header, the title column vertically centred. */
static void
assert_row_layout (Row      *r,
                   gboolean  rtl)
{
  graphene_rect_t title = bounds_in (r->title_box, r->header);
  graphene_rect_t value = bounds_in (r->value, r->header);
  int width = gtk_widget_get_width (r->header);
  int height = gtk_widget_get_height (r->header);

  if (!rtl)
    {
      g_assert_cmpfloat_with_epsilon (value.origin.x + value.size.width, width, 0.5);
      g_assert_cmpfloat (title.origin.x, <=, 0.5);
      g_assert_cmpfloat (title.origin.x + title.size.width, <=, value.origin.x - 5.5);
    }
  else
    {
      g_assert_cmpfloat (value.origin.x, <=, 0.5);
      g_assert_cmpfloat_with_epsilon (title.origin.x + title.size.width, width, 0.5);
      g_assert_cmpfloat (title.origin.x, >=, value.origin.x + value.size.width + 5.5);
    }
  g_assert_cmpfloat (title.origin.y, >=, -0.5);
  g_assert_cmpfloat (title.origin.y + title.size.height, <=, height + 0.5);
  g_assert_cmpfloat (fabs (title.origin.y - (height - title.origin.y - title.size.height)), <=, 12.5);
}

static void
test_rows (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  GtkWidget *overview, *window, *row;
  Row r;
  guint n_rows;
  int wide_height, narrow_height;

  if (ds == NULL)
    {
      g_test_skip ("no bundled dataset");
      return;
    }
  overview = xitu_stage_overview_new ();
  xitu_stage_overview_set_dataset (XITU_STAGE_OVERVIEW (overview), ds);
  row = first_row (overview, &n_rows);
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (xitu_dataset_get_stages (ds)));
  r = row_parts (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (r.title)), ==, "Mining");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (r.value)), "China "));
  g_assert_true (strstr (gtk_label_get_text (GTK_LABEL (r.subtitle)), "HHI") != NULL);
  g_assert_true (gtk_widget_has_css_class (r.header, "header"));
  g_assert_true (gtk_widget_has_css_class (r.title_box, "title"));
  g_assert_true (gtk_widget_has_css_class (r.subtitle, "subtitle"));

  /* Wide: the subtitle on one line. */
  window = xitu_test_show_in_window (overview, 1000, 400);
  xitu_test_wait_for (is_laid_out, &r);
  assert_row_layout (&r, FALSE);
  wide_height = gtk_widget_get_height (r.header);

  /* Narrow: the subtitle wraps, the row grows, the value keeps its width. */
  {
    int value_width = gtk_widget_get_width (r.value);
    Narrowing narrowing = { &r, wide_height };

    gtk_window_set_default_size (GTK_WINDOW (window), 330, 600);
    xitu_test_wait_for (has_grown, &narrowing);
    narrow_height = gtk_widget_get_height (r.header);
    g_assert_cmpint (narrow_height, >, wide_height);
    g_assert_cmpint (gtk_widget_get_width (r.value), ==, value_width);
    assert_row_layout (&r, FALSE);
  }

  /* Right to left: mirrored. */
  gtk_widget_set_direction (r.header, GTK_TEXT_DIR_RTL);
  xitu_test_wait_for (is_mirrored, &r);
  assert_row_layout (&r, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row is named by its title and described by its subtitle, as an
 * AdwActionRow is. */
static void
test_accessible (void)
{
  g_autoptr (XituDataset) ds = xitu_test_dataset_load_bundled ();
  GtkWidget *overview;
  guint n_rows;
  Row r;
  GtkWidget *row;

  if (ds == NULL)
    {
      g_test_skip ("no bundled dataset");
      return;
    }
  overview = g_object_ref_sink (xitu_stage_overview_new ());
  xitu_stage_overview_set_dataset (XITU_STAGE_OVERVIEW (overview), ds);
  row = first_row (overview, &n_rows);
  r = row_parts (row);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, r.title, NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, r.subtitle, NULL);
  g_object_unref (overview);
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
  adw_init ();
  g_test_add_func ("/stage-overview/rows", test_rows);
  g_test_add_func ("/stage-overview/accessible", test_accessible);
  return g_test_run ();
}
