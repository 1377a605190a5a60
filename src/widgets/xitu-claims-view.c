/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Claims from the news, each with its source, the figures it is held
 * against and the verdict; below them every source of the dataset. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-claim-check.h"
#include "xitu-claims-view.h"
#include "xitu-dataset-search.h"
#include "xitu-figure-table.h"
#include "xitu-labels.h"

struct _XituClaimsView
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkWidget          *clamp;
  GtkDropDown        *verdict_dropdown;
  GtkDropDown        *language_dropdown;
  GtkLabel           *count_label;
  GtkListBox         *claims_list;
  GtkListBox         *sources_list;

  XituDataset        *dataset;
  XituLang            lang;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GHashTable         *source_rows;

  GtkWidget          *scroll_target;
  guint               scroll_tick;
  guint               scroll_tries;
};

G_DEFINE_FINAL_TYPE (XituClaimsView, xitu_claims_view, GTK_TYPE_WIDGET)

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

/* Item 0 of the language filter is "all languages". */
static const char * const languages[] = { NULL, "zh", "en" };

/* ---- one claim ------------------------------------------------------- */

static const char *
source_language (XituClaimsView *self,
                 XituSource     *source)
{
  return source != NULL && xitu_source_get_language (source) != NULL ? xitu_source_get_language (source) : "en";
}

static void
on_show_source_clicked (GtkButton      *button,
                        XituClaimsView *self)
{
  xitu_claims_view_show_source (self, g_object_get_data (G_OBJECT (button), "source-id"));
}

static GtkWidget *
create_heading (const char *text)
{
  GtkWidget *label = xitu_text_label_new (text, "caption-heading");

  gtk_widget_set_margin_top (label, 6);
  return label;
}

static GtkWidget *
create_source_part (XituClaimsView *self,
                    XituClaim      *claim,
                    XituSource     *source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button;
  const char *original = NULL;
  const char *translation = NULL;

  gtk_box_append (GTK_BOX (box), create_heading (_("Source")));
  if (source == NULL)
    {
      gtk_box_append (GTK_BOX (box), xitu_text_label_new (xitu_claim_get_source (claim), NULL));
      return box;
    }

  original = xitu_source_get_title (source);
  translation = xitu_source_get_translated_title (source);

  gtk_box_append (GTK_BOX (box), xitu_text_label_new (original, "source-title"));
  if (translation != NULL)
    gtk_box_append (GTK_BOX (box), xitu_text_label_new (translation, "dim-label"));

  button = gtk_button_new_with_label (_("Show in sources"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "inline-button");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (button), "source-id", g_strdup (xitu_source_get_id (source)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_show_source_clicked), self);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
create_figures_part (XituClaimsView *self,
                     XituClaim      *claim)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autoptr(GPtrArray) figures = xitu_dataset_get_claim_figures (self->dataset, claim);

  gtk_box_append (GTK_BOX (box), create_heading (_("Held against")));
  if (figures->len == 0)
    gtk_box_append (GTK_BOX (box), xitu_text_label_new (_("No sourced figure"), "no-figure"));
  for (guint i = 0; i < figures->len; i++)
    {
      g_autofree char *line = xitu_describe_figure (self->dataset, g_ptr_array_index (figures, i), self->lang);
      g_autofree char *bullet = g_strconcat ("• ", line, NULL);

      gtk_box_append (GTK_BOX (box), xitu_text_label_new (bullet, "claim-figure"));
    }
  return box;
}

/* Where the claim carries a check, the verdict the data gives, computed
 * within the stated tolerance, beside the one the dataset records. */
static GtkWidget *
create_check_part (XituClaimsView *self,
                   XituClaim      *claim)
{
  g_autoptr(XituClaimCheck) check = xitu_claim_check (self->dataset, claim);
  g_autofree char *figure = NULL;
  g_autofree char *text = NULL;
  GtkWidget *box;

  if (!check->has_check || !check->computed)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (box), create_heading (_("Computed from the data")));
  figure = xitu_describe_figure (self->dataset, check->figure, self->lang);
  if (check->relative)
    /* Translators: computed verdict, the claimed number, the figure, the relative difference and tolerance */
    text = g_strdup_printf (_("%s: claimed %g against %s (off by %.1f %%, tolerance %.1f %%)"),
                            xitu_verdict_get_label (check->verdict), check->claimed, figure,
                            100.0 * check->difference, 100.0 * check->tolerance);
  else
    /* Translators: computed verdict, the claimed share, the figure, the difference and tolerance in points */
    text = g_strdup_printf (_("%s: claimed %g %% against %s (off by %.1f points, tolerance %.1f)"),
                            xitu_verdict_get_label (check->verdict), check->claimed, figure,
                            check->difference, check->tolerance);
  gtk_box_append (GTK_BOX (box), xitu_text_label_new (text, "claim-check"));
  if (!check->agrees)
    gtk_box_append (GTK_BOX (box), xitu_text_label_new (_("This differs from the recorded verdict; "
                                                          "see the explanation."), "dim-label"));
  return box;
}

static GtkWidget *
create_countries_part (XituClaimsView *self,
                       XituClaim      *claim)
{
  const char * const *countries = xitu_claim_get_countries (claim);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Countries:")));
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), "dim-label");
  for (guint i = 0; countries != NULL && countries[i] != NULL; i++)
    {
      g_autofree char *name = xitu_dataset_get_country_name (self->dataset, countries[i], self->lang);
      GtkWidget *button = gtk_button_new_with_label (name);

      gtk_widget_add_css_class (button, "chip");
      gtk_widget_set_tooltip_text (button, _("Show the country’s figures"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-country");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", countries[i]);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static GtkWidget *
create_claim_row (gpointer item,
                  gpointer user_data)
{
  XituClaimsView *self = user_data;
  XituClaim *claim = item;
  XituSource *source = xitu_dataset_lookup_source (self->dataset, xitu_claim_get_source (claim));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *outlet;
  GtkWidget *check;
  g_autofree char *outlet_text = NULL;
  const char *original, *translation;

  if (source != NULL)
    {
      g_autofree char *publisher = xitu_lang_join (self->lang, xitu_source_get_publisher (source)->en,
                                                   xitu_source_get_publisher (source)->zh);

      /* Translators: an outlet and a date, "Sohu Finance · 2025-11-09" */
      outlet_text = g_strdup_printf (_("%s · %s"), publisher, xitu_source_get_date (source));
    }
  outlet = gtk_label_new (outlet_text);
  gtk_label_set_xalign (GTK_LABEL (outlet), 1.0);
  gtk_label_set_wrap (GTK_LABEL (outlet), TRUE);
  gtk_widget_set_hexpand (outlet, TRUE);
  gtk_widget_add_css_class (outlet, "dim-label");
  gtk_box_append (GTK_BOX (header), xitu_verdict_badge_new (xitu_claim_get_verdict (claim)));
  gtk_box_append (GTK_BOX (header), outlet);
  gtk_box_append (GTK_BOX (box), header);

  xitu_dataset_get_claim_wording (self->dataset, claim, &original, &translation);
  gtk_box_append (GTK_BOX (box), xitu_text_label_new (original, "claim-original"));
  if (translation != NULL)
    gtk_box_append (GTK_BOX (box), xitu_text_label_new (translation, "claim-translation"));

  gtk_box_append (GTK_BOX (box), create_figures_part (self, claim));
  check = create_check_part (self, claim);
  if (check != NULL)
    gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), create_heading (_("Why this verdict")));
  gtk_box_append (GTK_BOX (box), xitu_text_label_new (xitu_text_get (xitu_claim_get_explanation (claim), self->lang),
                                                      "claim-explanation"));
  gtk_box_append (GTK_BOX (box), create_source_part (self, claim, source));
  gtk_box_append (GTK_BOX (box), create_countries_part (self, claim));

  gtk_widget_add_css_class (box, "claim-card");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* ---- sources --------------------------------------------------------- */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_uri_launched (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(XituClaimsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the link: %s"), error->message);

      g_signal_emit (self, signals[TOAST], 0, message);
    }
}
#endif

static void
on_open_url_clicked (GtkButton      *button,
                     XituClaimsView *self)
{
  const char *url = g_object_get_data (G_OBJECT (button), "url");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (url);

  gtk_uri_launcher_launch (launcher, parent, NULL, on_uri_launched, g_object_ref (self));
#else
  gtk_show_uri (parent, url, GDK_CURRENT_TIME);
#endif
}

static char *
describe_source (XituClaimsView *self,
                 XituSource     *source)
{
  const XituText *publisher = xitu_source_get_publisher (source);
  g_autofree char *who = xitu_lang_join (self->lang, publisher->en, publisher->zh);
  const char *language = source_language (self, source);
  const char *translation = NULL;
  g_autofree char *meta = NULL;

  /* The translation only where the reader's language is not the original's. */
  if (self->lang == XITU_LANG_BOTH || g_strcmp0 (language, xitu_lang_to_string (self->lang)) != 0)
    translation = xitu_source_get_translated_title (source);

  /* Translators: publisher, kind of source and date, e.g.
   * "U.S. Geological Survey · Official statistics · 2026-02-06" */
  meta = g_strdup_printf (_("%s · %s · %s"), who, xitu_source_kind_get_label (xitu_source_get_kind (source)),
                          xitu_source_get_date (source));
  if (translation == NULL)
    return g_steal_pointer (&meta);
  return g_strdup_printf ("%s\n%s", translation, meta);
}

static GtkWidget *
create_source_row (XituClaimsView *self,
                   XituSource     *source)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_source (self, source);
  const char *tag = xitu_source_get_tag (source);
  GtkWidget *tag_label;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), xitu_source_get_title (source));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (tag != NULL)
    {
      tag_label = gtk_label_new (xitu_source_tag_get_label (tag));
      gtk_widget_add_css_class (tag_label, "source-tag");
      gtk_widget_add_css_class (tag_label, g_strcmp0 (tag, "primary") == 0 ? "primary" : "secondary");
      gtk_widget_set_valign (tag_label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag_label);
    }

  if (xitu_source_get_url (source) != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("adw-external-link-symbolic");

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, xitu_source_get_url (source));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open in the web browser"), -1);
      g_object_set_data_full (G_OBJECT (button), "url", g_strdup (xitu_source_get_url (source)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_open_url_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_widget_add_css_class (row, "source-row");
  return row;
}

static void
rebuild_sources (XituClaimsView *self)
{
  GtkWidget *child;
  GListModel *sources;

  g_hash_table_remove_all (self->source_rows);
  self->scroll_target = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_list))) != NULL)
    gtk_list_box_remove (self->sources_list, child);
  if (self->dataset == NULL)
    return;

  sources = xitu_dataset_get_sources (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(XituSource) source = g_list_model_get_item (sources, i);
      GtkWidget *row = create_source_row (self, source);

      gtk_list_box_append (self->sources_list, row);
      g_hash_table_insert (self->source_rows, g_strdup (xitu_source_get_id (source)), row);
    }
}

/* ---- filters --------------------------------------------------------- */

static int
selected_verdict (XituClaimsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->verdict_dropdown);

  /* Item 0 is "all verdicts"; item i is verdict i - 1. */
  return selected == 0 || selected > XITU_N_VERDICTS ? -1 : (int) selected - 1;
}

static const char *
selected_language (XituClaimsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  return selected < G_N_ELEMENTS (languages) ? languages[selected] : NULL;
}

static gboolean
filter_claim (gpointer item,
              gpointer user_data)
{
  XituClaimsView *self = user_data;

  return self->dataset != NULL &&
         xitu_dataset_claim_matches (self->dataset, item, selected_verdict (self), selected_language (self));
}

static void
update_count (XituClaimsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->dataset != NULL ? g_list_model_get_n_items (xitu_dataset_get_claims (self->dataset)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u claim", "%u claims", total), total);
  else
    /* Translators: after filtering, e.g. "3 of 11 claims" */
    text = g_strdup_printf (ngettext ("%u of %u claim", "%u of %u claims", total), shown, total);
  gtk_label_set_text (self->count_label, text);
}

static void
on_filter_changed (XituClaimsView *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_dropdowns (XituClaimsView *self)
{
  g_autoptr(GtkStringList) verdicts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) langs = gtk_string_list_new (NULL);

  gtk_string_list_append (verdicts, _("All verdicts"));
  for (guint i = 0; i < XITU_N_VERDICTS; i++)
    gtk_string_list_append (verdicts, xitu_verdict_get_label (i));
  gtk_string_list_append (langs, _("All languages"));
  gtk_string_list_append (langs, _("Chinese sources"));
  gtk_string_list_append (langs, _("English sources"));
  gtk_drop_down_set_model (self->verdict_dropdown, G_LIST_MODEL (verdicts));
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (langs));
}

static void
rebuild (XituClaimsView *self)
{
  /* Binding again builds every card anew, in the current language. */
  gtk_list_box_bind_model (self->claims_list, G_LIST_MODEL (self->filtered), create_claim_row, self, NULL);
  rebuild_sources (self);
  update_count (self);
}

/* ---- scrolling to a source ------------------------------------------- */

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  XituClaimsView *self = XITU_CLAIMS_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double x, y;

  /* The view may have just been switched to: wait for its layout. */
  if (self->scroll_target == NULL || !gtk_widget_get_mapped (self->scroll_target) ||
      gtk_widget_get_height (self->scroll_target) == 0 ||
      !gtk_widget_translate_coordinates (self->scroll_target, self->clamp, 0, 0, &x, &y))
    {
      if (++self->scroll_tries < 60)
        return G_SOURCE_CONTINUE;
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (adjustment, y - 24);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/* ---- GObject --------------------------------------------------------- */

static void
xitu_claims_view_dispose (GObject *object)
{
  XituClaimsView *self = XITU_CLAIMS_VIEW (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  self->scroll_target = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), XITU_TYPE_CLAIMS_VIEW);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->source_rows, g_hash_table_unref);

  G_OBJECT_CLASS (xitu_claims_view_parent_class)->dispose (object);
}

static void
xitu_claims_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  XituClaimsView *self = XITU_CLAIMS_VIEW (object);

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
xitu_claims_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  XituClaimsView *self = XITU_CLAIMS_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANG:
      xitu_claims_view_set_lang (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_claims_view_class_init (XituClaimsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xitu_claims_view_dispose;
  object_class->get_property = xitu_claims_view_get_property;
  object_class->set_property = xitu_claims_view_set_property;

  /**
   * XituClaimsView:lang:
   *
   * The XituLang of names and explanations.
   */
  properties[PROP_LANG] = g_param_spec_int ("lang", NULL, NULL, XITU_LANG_EN, XITU_LANG_BOTH, XITU_LANG_EN,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XituClaimsView::toast:
   * @message: what to tell the user
   *
   * A link could not be opened.
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xituatlas/Xitu/ui/xitu-claims-view.ui");
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, clamp);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, verdict_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, claims_list);
  gtk_widget_class_bind_template_child (widget_class, XituClaimsView, sources_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
xitu_claims_view_init (XituClaimsView *self)
{
  GtkWidget *placeholder;

  self->source_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_dropdowns (self);
  self->filter = gtk_custom_filter_new (filter_claim, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  placeholder = gtk_label_new (_("No claims with this verdict from sources in this language"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->claims_list, placeholder);
  rebuild (self);
}

GtkWidget *
xitu_claims_view_new (void)
{
  return g_object_new (XITU_TYPE_CLAIMS_VIEW, NULL);
}

void
xitu_claims_view_set_dataset (XituClaimsView *self,
                              XituDataset    *dataset)
{
  g_return_if_fail (XITU_IS_CLAIMS_VIEW (self));
  g_return_if_fail (dataset == NULL || XITU_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  gtk_filter_list_model_set_model (self->filtered, dataset != NULL ? xitu_dataset_get_claims (dataset) : NULL);
  rebuild (self);
}

void
xitu_claims_view_set_lang (XituClaimsView *self,
                           XituLang        lang)
{
  g_return_if_fail (XITU_IS_CLAIMS_VIEW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

/* verdict -1 for any; language "zh", "en" or NULL for any. */
void
xitu_claims_view_set_filter (XituClaimsView *self,
                             int             verdict,
                             const char     *language)
{
  guint lang_item = 0;

  g_return_if_fail (XITU_IS_CLAIMS_VIEW (self));

  for (guint i = 1; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      lang_item = i;
  gtk_drop_down_set_selected (self->verdict_dropdown, verdict >= 0 && verdict < XITU_N_VERDICTS ? verdict + 1 : 0);
  gtk_drop_down_set_selected (self->language_dropdown, lang_item);
}

/* Selects the source's row and scrolls it into view. FALSE for a source
 * the dataset does not have. */
gboolean
xitu_claims_view_show_source (XituClaimsView *self,
                              const char     *source_id)
{
  GtkWidget *row;

  g_return_val_if_fail (XITU_IS_CLAIMS_VIEW (self), FALSE);

  row = source_id != NULL ? g_hash_table_lookup (self->source_rows, source_id) : NULL;
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->sources_list, GTK_LIST_BOX_ROW (row));
  gtk_widget_grab_focus (row);
  self->scroll_target = row;
  self->scroll_tries = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, NULL, NULL);
  return TRUE;
}
