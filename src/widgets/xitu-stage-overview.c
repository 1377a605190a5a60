/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chain as text: one row per stage with the year of its figures, China's
 * share, the concentration and the top producers. It is what a screen reader
 * reads next to the chain chart, and what the window shows first. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-concentration.h"
#include "xitu-stage-overview.h"
#include "xitu-format.h"
#include "xitu-labels.h"

struct _XituStageOverview
{
  GtkWidget    parent_instance;
  GtkWidget   *list;
  XituDataset *dataset;
  int          year;
  XituLang     lang;
  XituHhiStandard standard;
};

G_DEFINE_FINAL_TYPE (XituStageOverview, xitu_stage_overview, GTK_TYPE_WIDGET)

static char *
describe_top (XituShares *shares,
              XituLang    lang)
{
  GString *text = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; i < xitu_shares_get_n_entries (shares) && shown < 3; i++)
    {
      const XituShare *entry = xitu_shares_get_entry (shares, i);

      if (entry->kind != XITU_SHARE_COUNTRY)
        continue;
      if (shown++ > 0)
        g_string_append (text, lang == XITU_LANG_ZH ? "、" : ", ");
      /* Translators: a country and its share of a stage, e.g. "China 69.2 %" */
      g_string_append_printf (text, _("%s %.1f %%"), xitu_country_get_name (entry->country, lang),
                              entry->share);
    }
  return g_string_free (text, FALSE);
}

static const char *
class_label (XituConcentrationClass klass)
{
  switch (klass)
    {
    case XITU_CONCENTRATION_UNCONCENTRATED:
      return _("unconcentrated");
    case XITU_CONCENTRATION_MODERATE:
      return _("moderately concentrated");
    case XITU_CONCENTRATION_HIGH:
      return _("highly concentrated");
    case XITU_CONCENTRATION_NOT_HIGH:
      return _("not highly concentrated");
    case XITU_CONCENTRATION_UNKNOWN:
    default:
      return _("concentration unknown");
    }
}

static const char *
standard_label (XituHhiStandard standard)
{
  switch (standard)
    {
    case XITU_HHI_US_2023:
      return _("US 2023");
    case XITU_HHI_EU_2004:
      return _("EU");
    case XITU_HHI_US_2010:
    default:
      return _("US 2010");
    }
}

/* The class under the chosen thresholds; with an unattributed rest the
 * index is a range and so may be the class. */
static char *
describe_class (XituConcentration *c,
                XituHhiStandard    standard)
{
  XituConcentrationClass lo, hi;

  if (!xitu_concentration_get_class (c, standard, &lo, &hi))
    return g_strdup (class_label (XITU_CONCENTRATION_UNKNOWN));
  if (lo == hi)
    /* Translators: e.g. "highly concentrated (US 2010)" */
    return g_strdup_printf (_("%s (%s)"), class_label (lo), standard_label (standard));
  /* Translators: a range of classes, e.g. "moderately to highly concentrated (US 2010)" */
  return g_strdup_printf (_("%s to %s (%s)"), class_label (lo), class_label (hi), standard_label (standard));
}

static char *
describe_shares (XituStageOverview *self,
                 XituShares        *shares)
{
  g_autoptr(XituConcentration) c = xitu_concentration_new_from_shares (shares, self->year);
  g_autofree char *top = NULL;
  g_autofree char *klass = NULL;
  g_autofree char *hhi = NULL;

  if (!xitu_shares_has_data (shares))
    return g_strdup (_("No sourced figure for this stage"));

  top = describe_top (shares, self->lang);
  klass = describe_class (c, self->standard);
  /* With an unattributed rest the index is only known as a range. */
  hhi = xitu_format_number (c->hhi_lo, 0, self->lang, XITU_NUMBERS_PLAIN);
  if (xitu_concentration_is_lower_bound (c))
    {
      g_autofree char *lo = g_steal_pointer (&hhi);
      g_autofree char *hi = xitu_format_number (c->hhi_hi, 0, self->lang, XITU_NUMBERS_PLAIN);

      hhi = g_strdup_printf ("%s–%s", lo, hi);
    }
  return g_strdup_printf (_("%d · %s · HHI %s, %s · %s"),
                          shares->year, top, hhi, klass, shares->edition);
}

/* ---- rows --------------------------------------------------------------- */

/* Between the title column and the value, as libadwaita's stylesheet
 * spaces a row's header box (its border-spacing, which a custom layout
 * cannot read). */
#define HEADER_SPACING 6

/* The rows are built as AdwActionRow builds its own, with the classes its
 * stylesheet styles (row > box.header > box.title > label.title,
 * label.subtitle) and the same pixels, but for the header's layout. There,
 * GTK measures the title column's width for the row's height (to allocate
 * and to align it), and for a wrapping label that is a binary search over
 * layouts of its text. Here the title column takes the width the value
 * leaves, measured without a height, and is centred by hand: 120 text
 * layouts before the first frame instead of 262. */
static GtkSizeRequestMode
header_request_mode (GtkWidget *header)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The header's two children: the title column, then the value. */
static void
header_children (GtkWidget  *header,
                 GtkWidget **title,
                 GtkWidget **value)
{
  *title = gtk_widget_get_first_child (header);
  *value = gtk_widget_get_next_sibling (*title);
}

/* The value's width within `width`: its natural one where there is room. */
static int
value_width (GtkWidget *title,
             GtkWidget *value,
             int        width)
{
  int title_min, value_min, value_nat;

  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, &title_min, NULL, NULL, NULL);
  gtk_widget_measure (value, GTK_ORIENTATION_HORIZONTAL, -1, &value_min, &value_nat, NULL, NULL);
  return CLAMP (width - HEADER_SPACING - title_min, value_min, value_nat);
}

static void
header_measure (GtkWidget      *header,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  GtkWidget *title, *value;
  int title_min, title_nat, value_min, value_nat;

  header_children (header, &title, &value);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (title, orientation, -1, &title_min, &title_nat, NULL, NULL);
      gtk_widget_measure (value, orientation, -1, &value_min, &value_nat, NULL, NULL);
      *minimum = title_min + HEADER_SPACING + value_min;
      *natural = title_nat + HEADER_SPACING + value_nat;
      return;
    }

  if (for_size < 0)
    {
      gtk_widget_measure (title, orientation, -1, &title_min, &title_nat, NULL, NULL);
      gtk_widget_measure (value, orientation, -1, &value_min, &value_nat, NULL, NULL);
    }
  else
    {
      int width = value_width (title, value, for_size);

      gtk_widget_measure (title, orientation, MAX (for_size - HEADER_SPACING - width, 0),
                          &title_min, &title_nat, NULL, NULL);
      gtk_widget_measure (value, orientation, width, &value_min, &value_nat, NULL, NULL);
    }
  *minimum = MAX (title_min, value_min);
  *natural = MAX (title_nat, value_nat);
}

static void
header_allocate (GtkWidget *header,
                 int        width,
                 int        height,
                 int        baseline)
{
  GtkWidget *title, *value;
  int value_w, title_w, title_h;
  gboolean rtl = gtk_widget_get_direction (header) == GTK_TEXT_DIR_RTL;

  header_children (header, &title, &value);
  value_w = value_width (title, value, width);
  title_w = MAX (width - HEADER_SPACING - value_w, 0);
  /* Centred here rather than by its valign: GTK would measure its width
   * for the height to align it. */
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, title_w, NULL, &title_h, NULL, NULL);
  title_h = MIN (title_h, height);
  gtk_widget_size_allocate (title, &(GtkAllocation) { rtl ? width - title_w : 0, (height - title_h) / 2,
                                                      title_w, title_h }, -1);
  gtk_widget_size_allocate (value, &(GtkAllocation) { rtl ? 0 : width - value_w, 0, value_w, height }, -1);
}

static GtkWidget *
create_row (XituStageOverview *self,
            XituStage         *stage)
{
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (self->dataset, xitu_stage_get_id (stage),
                                                                self->year, NULL);
  g_autofree char *subtitle = describe_shares (self, shares);
  g_autofree char *china = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *name = xitu_text_get (xitu_stage_get_name (stage), self->lang);
  GtkWidget *title = xitu_text_label_new (name, "title");
  GtkWidget *description = xitu_text_label_new (subtitle, "subtitle");
  GtkWidget *value;

  if (xitu_shares_has_data (shares))
    /* Translators: China's share of a stage, e.g. "China 91.0 %" */
    china = g_strdup_printf (_("China %.1f %%"), xitu_shares_get_share (shares, XITU_CHINA_CODE));
  else
    china = g_strdup (_("No sourced figure"));
  value = gtk_label_new (china);
  gtk_widget_add_css_class (value, xitu_shares_has_data (shares) ? "china-share" : "no-figure");
  gtk_widget_set_valign (value, GTK_ALIGN_CENTER);

  gtk_widget_add_css_class (title_box, "title");
  gtk_box_append (GTK_BOX (title_box), title);
  gtk_box_append (GTK_BOX (title_box), description);

  gtk_widget_add_css_class (header, "header");
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), title_box);
  gtk_box_append (GTK_BOX (header), value);
  /* A box still, for the stylesheet's selectors; laid out as above. */
  gtk_widget_set_layout_manager (header, gtk_custom_layout_new (header_request_mode, header_measure,
                                                                header_allocate));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "stage-row");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, description, NULL,
                                  -1);
  return row;
}

static void
rebuild (XituStageOverview *self)
{
  GtkWidget *child;
  GListModel *stages;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  if (self->dataset == NULL)
    return;

  stages = xitu_dataset_get_stages (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(XituStage) stage = g_list_model_get_item (stages, i);

      gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (self, stage));
    }
}

static void
xitu_stage_overview_dispose (GObject *object)
{
  XituStageOverview *self = XITU_STAGE_OVERVIEW (object);

  g_clear_pointer (&self->list, gtk_widget_unparent);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (xitu_stage_overview_parent_class)->dispose (object);
}

static void
xitu_stage_overview_class_init (XituStageOverviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = xitu_stage_overview_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
xitu_stage_overview_init (XituStageOverview *self)
{
  self->year = 2100;
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stages of the chain"), -1);
}

GtkWidget *
xitu_stage_overview_new (void)
{
  return g_object_new (XITU_TYPE_STAGE_OVERVIEW, NULL);
}

void
xitu_stage_overview_set_dataset (XituStageOverview *self,
                                 XituDataset       *dataset)
{
  g_return_if_fail (XITU_IS_STAGE_OVERVIEW (self));

  if (g_set_object (&self->dataset, dataset))
    rebuild (self);
}

void
xitu_stage_overview_set_year (XituStageOverview *self,
                              int                year)
{
  g_return_if_fail (XITU_IS_STAGE_OVERVIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  rebuild (self);
}

void
xitu_stage_overview_set_lang (XituStageOverview *self,
                              XituLang           lang)
{
  g_return_if_fail (XITU_IS_STAGE_OVERVIEW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  rebuild (self);
}

void
xitu_stage_overview_set_hhi_standard (XituStageOverview *self,
                                      XituHhiStandard    standard)
{
  g_return_if_fail (XITU_IS_STAGE_OVERVIEW (self));

  if (self->standard == standard)
    return;
  self->standard = standard;
  rebuild (self);
}
