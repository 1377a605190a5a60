/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One country: its figures by stage and metric, each year's editions side
 * by side with their sources, its facilities and the claims about it. It
 * sits in a side sheet of the window; a click on any source asks the window
 * to show that source. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-country-panel.h"
#include "xitu-dataset-search.h"
#include "xitu-figure-table.h"
#include "xitu-labels.h"

struct _XituCountryPanel
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkLabel    *name_label;
  GtkLabel    *subtitle_label;
  GtkWidget   *scroller;
  GtkWidget   *content;

  XituDataset *dataset;
  char           *code;
  XituLang        lang;
  XituNumberStyle numbers;
};

G_DEFINE_FINAL_TYPE (XituCountryPanel, xitu_country_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNTRY,
  PROP_LANG,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  CLOSE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- pieces ---------------------------------------------------------- */

static void
on_source_clicked (GtkButton        *button,
                   XituCountryPanel *self)
{
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, g_object_get_data (G_OBJECT (button), "source-id"));
}

static char *
publisher_of (XituCountryPanel *self,
              const char       *source_id)
{
  XituSource *source = xitu_dataset_lookup_source (self->dataset, source_id);

  if (source == NULL)
    return g_strdup (source_id);
  return xitu_lang_join (self->lang, xitu_source_get_publisher (source)->en, xitu_source_get_publisher (source)->zh);
}

static void
connect_source (XituCountryPanel *self,
                GtkWidget        *button,
                const char       *source_id)
{
  XituSource *source = xitu_dataset_lookup_source (self->dataset, source_id);

  if (source != NULL)
    gtk_widget_set_tooltip_text (button, xitu_source_get_display_title (source, self->lang));
  g_object_set_data_full (G_OBJECT (button), "source-id", g_strdup (source_id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_source_clicked), self);
}

static GtkWidget *
small_label (const char *text,
             const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
create_section_heading (const char *text)
{
  GtkWidget *label = xitu_text_label_new (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
create_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* One edition of a figure: the value, the edition, the publisher; a click
 * shows the source. */
static GtkWidget *
create_edition_button (XituCountryPanel *self,
                       XituFigure       *figure)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *value = xitu_describe_value (figure, self->lang, self->numbers);
  g_autofree char *publisher = publisher_of (self, xitu_figure_get_source (figure));
  g_autofree char *flags = xitu_dataset_figure_cell (self->dataset, figure, XITU_FIGURE_COLUMN_FLAGS, self->lang);
  g_autofree char *edition = NULL;
  g_autofree char *accessible = NULL;

  if (*flags != '\0')
    edition = g_strdup_printf ("%s · %s", xitu_figure_get_edition (figure), flags);
  else
    edition = g_strdup (xitu_figure_get_edition (figure));

  gtk_box_append (GTK_BOX (box), small_label (value, "figure-value"));
  gtk_box_append (GTK_BOX (box), small_label (edition, "caption"));
  gtk_box_append (GTK_BOX (box), small_label (publisher, "figure-source"));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "edition-button");
  gtk_widget_set_hexpand (button, TRUE);
  connect_source (self, button, xitu_figure_get_source (figure));

  /* Translators: what a screen reader says for one value in the country
   * panel: value, edition, publisher */
  accessible = g_strdup_printf (_("%s, %s, source: %s"), value, edition, publisher);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return button;
}

static GtkWidget *
create_year_row (XituCountryPanel *self,
                 GPtrArray        *editions)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *years = xitu_figure_format_years (g_ptr_array_index (editions, 0));
  GtkWidget *year = gtk_label_new (years);

  gtk_label_set_xalign (GTK_LABEL (year), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (year), 7);
  gtk_widget_set_valign (year, GTK_ALIGN_START);
  gtk_widget_set_margin_top (year, 8);
  gtk_widget_add_css_class (year, "numeric");
  gtk_widget_add_css_class (year, "dim-label");
  gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
  gtk_widget_set_hexpand (cells, TRUE);
  for (guint i = 0; i < editions->len; i++)
    gtk_box_append (GTK_BOX (cells), create_edition_button (self, g_ptr_array_index (editions, i)));

  gtk_widget_set_margin_start (box, 12);
  gtk_box_append (GTK_BOX (box), year);
  gtk_box_append (GTK_BOX (box), cells);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
add_figures (XituCountryPanel *self)
{
  g_autoptr(GPtrArray) groups = xitu_dataset_get_country_figure_groups (self->dataset, self->code);
  g_autofree char *previous = NULL;
  GtkWidget *list = NULL;

  gtk_box_append (GTK_BOX (self->content), create_section_heading (_("Figures")));
  if (groups->len == 0)
    gtk_box_append (GTK_BOX (self->content), xitu_text_label_new (_("No sourced figure for this country"),
                                                                  "no-figure"));

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *editions = g_ptr_array_index (groups, i);
      XituFigure *first = g_ptr_array_index (editions, 0);
      g_autofree char *kind = xitu_dataset_figure_cell (self->dataset, first, XITU_FIGURE_COLUMN_KIND, self->lang);
      g_autofree char *heading = NULL;

      /* A new block for each stage/metric (and measure: USGS and JORC
       * reserves are different numbers, not editions of one). */
      if (xitu_figure_get_measure (first) != NULL)
        heading = g_strdup_printf ("%s\n%s", kind, xitu_figure_get_measure (first));
      else
        heading = g_strdup (kind);
      if (g_strcmp0 (heading, previous) != 0)
        {
          GtkWidget *label = xitu_text_label_new (kind, "caption-heading");

          gtk_widget_set_margin_top (label, 6);
          gtk_box_append (GTK_BOX (self->content), label);
          if (xitu_figure_get_measure (first) != NULL)
            gtk_box_append (GTK_BOX (self->content), xitu_text_label_new (xitu_figure_get_measure (first),
                                                                          "measure-label"));
          list = create_list ();
          gtk_box_append (GTK_BOX (self->content), list);
          g_free (previous);
          previous = g_steal_pointer (&heading);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_year_row (self, editions));
    }
}

static char *
describe_facility (XituCountryPanel *self,
                   XituFacility     *facility)
{
  GString *text = g_string_new (NULL);
  const char * const *stages = xitu_facility_get_stages (facility);
  double capacity;
  const char *unit;

  if (xitu_facility_get_operator (facility) != NULL)
    g_string_append_printf (text, "%s · ", xitu_facility_get_operator (facility));
  g_string_append (text, xitu_facility_status_get_label (xitu_facility_get_status (facility)));
  for (guint i = 0; stages != NULL && stages[i] != NULL; i++)
    {
      XituStage *stage = xitu_dataset_lookup_stage (self->dataset, stages[i]);

      g_string_append (text, i == 0 ? " · " : ", ");
      g_string_append (text, stage != NULL ? xitu_text_get (xitu_stage_get_name (stage), self->lang) : stages[i]);
    }
  g_string_append (text, "\n");
  if (xitu_facility_get_capacity (facility, &capacity, &unit))
    {
      g_autofree char *number = xitu_format_number (capacity, XITU_DECIMALS_AUTO, self->lang, self->numbers);

      /* Translators: a plant's capacity, e.g. "Capacity 10,500 t/yr NdPr" */
      g_string_append_printf (text, _("Capacity %s %s"), number, unit != NULL ? unit : "");
    }
  else
    g_string_append (text, _("Capacity not disclosed"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
create_source_button (XituCountryPanel *self,
                      const char       *source_id)
{
  g_autofree char *publisher = publisher_of (self, source_id);
  GtkWidget *button = gtk_button_new_with_label (publisher);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_widget_add_css_class (button, "chip");
  gtk_widget_add_css_class (button, "source-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  connect_source (self, button, source_id);
  return button;
}

static void
add_facilities (XituCountryPanel *self)
{
  g_autoptr(GPtrArray) facilities = xitu_dataset_get_facilities_for_country (self->dataset, self->code);
  GtkWidget *list;

  if (facilities->len == 0)
    return;
  gtk_box_append (GTK_BOX (self->content), create_section_heading (_("Facilities")));
  list = create_list ();
  for (guint i = 0; i < facilities->len; i++)
    {
      XituFacility *facility = g_ptr_array_index (facilities, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = describe_facility (self, facility);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     xitu_text_get (xitu_facility_get_name (facility), self->lang));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_source_button (self, xitu_facility_get_source (facility)));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (self->content), list);
}

static void
add_claims (XituCountryPanel *self)
{
  g_autoptr(GPtrArray) claims = xitu_dataset_get_claims_for_country (self->dataset, self->code);
  GtkWidget *list;

  if (claims->len == 0)
    return;
  gtk_box_append (GTK_BOX (self->content), create_section_heading (_("Claims")));
  list = create_list ();
  for (guint i = 0; i < claims->len; i++)
    {
      XituClaim *claim = g_ptr_array_index (claims, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *spacer = gtk_label_new (NULL);

      gtk_widget_set_hexpand (spacer, TRUE);
      gtk_box_append (GTK_BOX (header), xitu_verdict_badge_new (xitu_claim_get_verdict (claim)));
      gtk_box_append (GTK_BOX (header), spacer);
      gtk_box_append (GTK_BOX (header), create_source_button (self, xitu_claim_get_source (claim)));
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), xitu_text_label_new (xitu_text_get (xitu_claim_get_text (claim), self->lang), NULL));
      gtk_widget_add_css_class (box, "panel-claim");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (self->content), list);
}

static const char *
kind_label (XituCountryKind kind)
{
  switch (kind)
    {
    case XITU_COUNTRY_KIND_BLOC:
      return C_("country kind", "Bloc");
    case XITU_COUNTRY_KIND_AGGREGATE:
      return C_("country kind", "Aggregate");
    case XITU_COUNTRY_KIND_COUNTRY:
    default:
      return C_("country kind", "Country");
    }
}

static void
rebuild (XituCountryPanel *self)
{
  GtkWidget *child;
  XituCountry *country;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;

  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  if (self->dataset == NULL || self->code == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }

  country = xitu_dataset_lookup_country (self->dataset, self->code);
  name = xitu_dataset_get_country_name (self->dataset, self->code, self->lang);
  /* Translators: the kind of entry and its code, e.g. "Country · CHN" */
  subtitle = g_strdup_printf (_("%s · %s"), country != NULL ? kind_label (xitu_country_get_kind (country)) : "",
                              self->code);
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  add_figures (self);
  add_facilities (self);
  add_claims (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

static void
on_close_clicked (XituCountryPanel *self)
{
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

/* ---- GObject --------------------------------------------------------- */

static void
xitu_country_panel_dispose (GObject *object)
{
  XituCountryPanel *self = XITU_COUNTRY_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_COUNTRY_PANEL);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (xitu_country_panel_parent_class)->dispose (object);
}

static void
xitu_country_panel_finalize (GObject *object)
{
  XituCountryPanel *self = XITU_COUNTRY_PANEL (object);

  g_free (self->code);

  G_OBJECT_CLASS (xitu_country_panel_parent_class)->finalize (object);
}

static void
xitu_country_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  XituCountryPanel *self = XITU_COUNTRY_PANEL (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      g_value_set_string (value, self->code);
      break;
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_country_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  XituCountryPanel *self = XITU_COUNTRY_PANEL (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_country_panel_set_lang (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_country_panel_class_init (XituCountryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_country_panel_dispose;
  object_class->finalize = xitu_country_panel_finalize;
  object_class->get_property = xitu_country_panel_get_property;
  object_class->set_property = xitu_country_panel_set_property;

  /**
   * XituCountryPanel:country:
   *
   * The code of the country shown, or %NULL.
   */
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /**
   * XituCountryPanel:lang:
   *
   * The XituLang of names and texts.
   */
  properties[PROP_LANG] = g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituCountryPanel::source-activated:
   * @source_id: the id of the source
   *
   * A source button was clicked: show that source.
   */
  signals[SOURCE_ACTIVATED] = g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * XituCountryPanel::close-requested:
   *
   * The close button was clicked.
   */
  signals[CLOSE_REQUESTED] = g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-country-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, XituCountryPanel, box);
  gtk_widget_class_bind_template_child (widget_class, XituCountryPanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, XituCountryPanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, XituCountryPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, XituCountryPanel, content);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "countrypanel");
}

static void
xitu_country_panel_init (XituCountryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
xitu_country_panel_new (void)
{
  return g_object_new (XITU_TYPE_COUNTRY_PANEL, NULL);
}

void
xitu_country_panel_set_country (XituCountryPanel *self,
                                XituDataset      *dataset,
                                const char       *code,
                                XituLang          lang)
{
  gboolean code_changed;

  g_return_if_fail (XITU_IS_COUNTRY_PANEL (self));
  g_return_if_fail (dataset == NULL || XITU_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  code_changed = g_strcmp0 (self->code, code) != 0;
  g_free (self->code);
  self->code = g_strdup (code);
  if (self->lang != lang)
    {
      self->lang = lang;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
    }
  rebuild (self);
  if (code_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

void
xitu_country_panel_set_lang (XituCountryPanel *self,
                             XituLang          lang)
{
  g_return_if_fail (XITU_IS_COUNTRY_PANEL (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

void
xitu_country_panel_set_numbers (XituCountryPanel *self,
                                XituNumberStyle   numbers)
{
  g_return_if_fail (XITU_IS_COUNTRY_PANEL (self));

  if (self->numbers == numbers)
    return;
  self->numbers = numbers;
  rebuild (self);
}

const char *
xitu_country_panel_get_country (XituCountryPanel *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY_PANEL (self), NULL);
  return self->code;
}
