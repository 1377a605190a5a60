/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every figure in a table: search, a stage/metric filter, sorting by any
 * column, and CSV export of the rows shown. What a cell says, how a column
 * sorts and what a search matches are the model's (xitu-figure-table.h,
 * xitu-dataset-search.h); this widget only wires them to GTK. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-data-view.h"
#include "xitu-dataset-search.h"
#include "xitu-figure-csv.h"
#include "xitu-figure-table.h"
#include "xitu-file-chooser.h"

struct _XituDataView
{
  GtkWidget            parent_instance;

  GtkWidget           *box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkLabel            *count_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *columns[XITU_N_FIGURE_COLUMNS];

  XituDataset         *dataset;
  XituLang             lang;
  XituNumberStyle      numbers;
  char                *search_text;
  GStrv                kinds;
  const char          *kind;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  XituFileChooser     *chooser;
};

G_DEFINE_FINAL_TYPE (XituDataView, xitu_data_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LANG,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GQuark column_quark;

typedef struct
{
  XituDataView     *self;
  XituFigureColumn  column;
} ColumnData;

/* ---- cells ----------------------------------------------------------- */

static char *
cell_tooltip (XituDataView     *self,
              XituFigure       *figure,
              XituFigureColumn  column)
{
  XituSource *source;

  switch (column)
    {
    case XITU_FIGURE_COLUMN_KIND:
      return g_strdup (xitu_figure_get_measure (figure));
    case XITU_FIGURE_COLUMN_VALUE:
      return g_strdup (xitu_text_get (xitu_figure_get_note (figure), self->lang));
    case XITU_FIGURE_COLUMN_SOURCE:
      source = xitu_dataset_lookup_source (self->dataset, xitu_figure_get_source (figure));
      return source != NULL ? g_strdup (xitu_source_get_display_title (source, self->lang)) : NULL;
    case XITU_FIGURE_COLUMN_COUNTRY:
    case XITU_FIGURE_COLUMN_YEAR:
    case XITU_FIGURE_COLUMN_UNIT:
    case XITU_FIGURE_COLUMN_EDITION:
    case XITU_FIGURE_COLUMN_FLAGS:
    case XITU_N_FIGURE_COLUMNS:
    default:
      return NULL;
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            XituDataView             *self)
{
  XituFigureColumn column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (factory), column_quark));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == XITU_FIGURE_COLUMN_VALUE || column == XITU_FIGURE_COLUMN_YEAR)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (column == XITU_FIGURE_COLUMN_KIND || column == XITU_FIGURE_COLUMN_SOURCE)
    gtk_label_set_width_chars (GTK_LABEL (label), 18);
  else if (column == XITU_FIGURE_COLUMN_COUNTRY || column == XITU_FIGURE_COLUMN_EDITION)
    gtk_label_set_width_chars (GTK_LABEL (label), 12);
  if (column == XITU_FIGURE_COLUMN_FLAGS)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           XituDataView             *self)
{
  XituFigureColumn column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (factory), column_quark));
  XituFigure *figure = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = column == XITU_FIGURE_COLUMN_VALUE
                          ? xitu_format_figure_number (figure, self->lang, self->numbers)
                          : xitu_dataset_figure_cell (self->dataset, figure, column, self->lang);
  g_autofree char *tooltip = cell_tooltip (self, figure, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, tooltip != NULL && *tooltip != '\0' ? tooltip : NULL);
}

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ColumnData *data = user_data;

  return xitu_dataset_compare_figures (data->self->dataset, (XituFigure *) a, (XituFigure *) b,
                                       data->column, data->self->lang);
}

static void
setup_columns (XituDataView *self)
{
  for (guint i = 0; i < XITU_N_FIGURE_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = NULL;
      ColumnData *data = g_new0 (ColumnData, 1);

      data->self = self;
      data->column = i;
      g_object_set_qdata (G_OBJECT (factory), column_quark, GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, data, g_free));
      gtk_column_view_column_set_factory (self->columns[i], factory);
      gtk_column_view_column_set_sorter (self->columns[i], sorter);
    }
}

/* ---- filtering ------------------------------------------------------- */

static gboolean
filter_figure (gpointer item,
               gpointer user_data)
{
  XituDataView *self = user_data;

  return self->dataset != NULL &&
         xitu_figure_has_kind (item, self->kind) &&
         xitu_dataset_figure_matches_text (self->dataset, item, self->search_text);
}

static void
update_count (XituDataView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->dataset != NULL ? g_list_model_get_n_items (xitu_dataset_get_figures (self->dataset)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u figure", "%u figures", total), total);
  else
    /* Translators: shown after a search, e.g. "12 of 179 figures" */
    text = g_strdup_printf (ngettext ("%u of %u figure", "%u of %u figures", total), shown, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 || total == 0 ? "table" : "empty");
}

static void
refilter (XituDataView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (XituDataView *self)
{
  g_free (self->search_text);
  self->search_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  refilter (self);
}

static void
on_stop_search (XituDataView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_kind_selected (XituDataView *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  /* Item 0 is "all"; item i is kinds[i - 1]. */
  if (self->kinds == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length (self->kinds))
    self->kind = NULL;
  else
    self->kind = self->kinds[selected - 1];
  refilter (self);
}

static void
rebuild_kinds (XituDataView *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *previous = g_strdup (self->kind);
  guint selected = 0;

  g_clear_pointer (&self->kinds, g_strfreev);
  self->kind = NULL;
  gtk_string_list_append (list, _("All stages and metrics"));
  if (self->dataset != NULL)
    {
      self->kinds = xitu_dataset_list_figure_kinds (self->dataset);
      for (guint i = 0; self->kinds[i] != NULL; i++)
        {
          g_autofree char *label = xitu_dataset_describe_figure_kind (self->dataset, self->kinds[i], self->lang);

          gtk_string_list_append (list, label);
          if (g_strcmp0 (previous, self->kinds[i]) == 0)
            selected = i + 1;
        }
    }
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->kind_dropdown, selected);
  on_kind_selected (self);
}

/* Cells show names in the label language: bind every row again. */
static void
relabel_rows (XituDataView *self)
{
  gtk_column_view_set_model (self->column_view, NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  for (guint i = 0; i < XITU_N_FIGURE_COLUMNS; i++)
    {
      GtkSorter *sorter = gtk_column_view_column_get_sorter (self->columns[i]);

      if (sorter != NULL)
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
}

/* ---- actions --------------------------------------------------------- */

static void
on_row_activated (XituDataView *self,
                  guint         position)
{
  g_autoptr(XituFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (figure != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-country", "s", xitu_figure_get_country (figure));
}

static gboolean
focus_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  XituDataView *self = XITU_DATA_VIEW (widget);

  /* The shortcut is window-wide; it belongs to this view only while the
   * view is on screen. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
toast (XituDataView *self,
       const char   *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
export_to (XituDataView *self,
           GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  if (!xitu_data_view_export_csv (self, file, &error))
    /* Translators: the file name, then the system's reason */
    message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
  else
    message = g_strdup_printf (ngettext ("Exported %u figure to “%s”", "Exported %u figures to “%s”", n),
                               n, name);
  toast (self, message);
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  export_to (XITU_DATA_VIEW (user_data), file);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  return filter;
}

static void
on_export_clicked (XituDataView *self)
{
  g_autoptr(GtkFileFilter) filter = csv_filter ();

  xitu_file_chooser_run (self->chooser, GTK_WIDGET (self), _("Export Figures as CSV"), _("_Export"),
                         filter, "xitu-figures.csv", on_file_chosen, self);
}

/* ---- GObject --------------------------------------------------------- */

static void
xitu_data_view_dispose (GObject *object)
{
  XituDataView *self = XITU_DATA_VIEW (object);

  if (self->chooser != NULL)
    xitu_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_DATA_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (xitu_data_view_parent_class)->dispose (object);
}

static void
xitu_data_view_finalize (GObject *object)
{
  XituDataView *self = XITU_DATA_VIEW (object);

  g_free (self->search_text);
  g_strfreev (self->kinds);

  G_OBJECT_CLASS (xitu_data_view_parent_class)->finalize (object);
}

static void
xitu_data_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  XituDataView *self = XITU_DATA_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_data_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  XituDataView *self = XITU_DATA_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_data_view_set_lang (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_data_view_class_init (XituDataViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_data_view_dispose;
  object_class->finalize = xitu_data_view_finalize;
  object_class->get_property = xitu_data_view_get_property;
  object_class->set_property = xitu_data_view_set_property;

  /**
   * XituDataView:lang:
   *
   * The XituLang of the names in the table.
   */
  properties[PROP_LANG] = g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituDataView::toast:
   * @message: what to tell the user
   *
   * The result of an export, for the window to show as a toast.
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  column_quark = g_quark_from_static_string ("xitu-figure-column");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituDataView, box);
  gtk_widget_class_bind_template_child (widget_class, XituDataView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, XituDataView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituDataView, count_label);
  gtk_widget_class_bind_template_child (widget_class, XituDataView, stack);
  gtk_widget_class_bind_template_child (widget_class, XituDataView, column_view);
  gtk_widget_class_bind_template_child_full (widget_class, "country_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_COUNTRY]));
  gtk_widget_class_bind_template_child_full (widget_class, "kind_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_KIND]));
  gtk_widget_class_bind_template_child_full (widget_class, "year_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_YEAR]));
  gtk_widget_class_bind_template_child_full (widget_class, "value_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_VALUE]));
  gtk_widget_class_bind_template_child_full (widget_class, "unit_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_UNIT]));
  gtk_widget_class_bind_template_child_full (widget_class, "edition_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_EDITION]));
  gtk_widget_class_bind_template_child_full (widget_class, "source_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_SOURCE]));
  gtk_widget_class_bind_template_child_full (widget_class, "flags_column", FALSE,
                                             G_STRUCT_OFFSET (XituDataView, columns[XITU_FIGURE_COLUMN_FLAGS]));
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
xitu_data_view_init (XituDataView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->chooser = xitu_file_chooser_new ();

  setup_columns (self);
  self->filter = gtk_custom_filter_new (filter_figure, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  /* Ctrl+F from anywhere in the window while this view is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (focus_search, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  rebuild_kinds (self);
  update_count (self);
}

GtkWidget *
xitu_data_view_new (void)
{
  return g_object_new (XITU_TYPE_DATA_VIEW, NULL);
}

void
xitu_data_view_set_dataset (XituDataView *self,
                            XituDataset  *dataset)
{
  g_return_if_fail (XITU_IS_DATA_VIEW (self));
  g_return_if_fail (dataset == NULL || XITU_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  rebuild_kinds (self);
  gtk_filter_list_model_set_model (self->filtered, dataset != NULL ? xitu_dataset_get_figures (dataset) : NULL);
  update_count (self);
}

XituDataset *
xitu_data_view_get_dataset (XituDataView *self)
{
  g_return_val_if_fail (XITU_IS_DATA_VIEW (self), NULL);
  return self->dataset;
}

void
xitu_data_view_set_lang (XituDataView *self,
                         XituLang      lang)
{
  g_return_if_fail (XITU_IS_DATA_VIEW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild_kinds (self);
  relabel_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

void
xitu_data_view_set_numbers (XituDataView    *self,
                            XituNumberStyle  numbers)
{
  g_return_if_fail (XITU_IS_DATA_VIEW (self));

  if (self->numbers == numbers)
    return;
  self->numbers = numbers;
  relabel_rows (self);
}

void
xitu_data_view_set_search (XituDataView *self,
                           const char   *text)
{
  g_return_if_fail (XITU_IS_DATA_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
}

/* The rows as shown: filtered and in the table's order. */
GListModel *
xitu_data_view_get_shown (XituDataView *self)
{
  g_return_val_if_fail (XITU_IS_DATA_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

gboolean
xitu_data_view_export_csv (XituDataView  *self,
                           GFile         *file,
                           GError       **error)
{
  g_return_val_if_fail (XITU_IS_DATA_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->dataset == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No dataset is loaded"));
      return FALSE;
    }
  return xitu_figure_csv_write (self->dataset, G_LIST_MODEL (self->sorted), self->lang, file, NULL, error);
}
