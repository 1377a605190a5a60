/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chain as text: one row per stage with the year of its figures, China's
 * share, the concentration and the top producers. It is what a screen reader
 * reads next to the chain chart, and what the window shows first. */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-concentration.h"
#include "xitu-stage-overview.h"
#include "xitu-format.h"

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

static GtkWidget *
create_row (XituStageOverview *self,
            XituStage         *stage)
{
  g_autoptr(XituShares) shares = xitu_dataset_get_stage_shares (self->dataset, xitu_stage_get_id (stage),
                                                                self->year, NULL);
  g_autofree char *subtitle = describe_shares (self, shares);
  g_autofree char *china = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value;

  if (xitu_shares_has_data (shares))
    /* Translators: China's share of a stage, e.g. "China 91.0 %" */
    china = g_strdup_printf (_("China %.1f %%"), xitu_shares_get_share (shares, XITU_CHINA_CODE));
  else
    china = g_strdup (_("No sourced figure"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), xitu_text_get (xitu_stage_get_name (stage), self->lang));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  value = gtk_label_new (china);
  gtk_widget_add_css_class (value, xitu_shares_has_data (shares) ? "china-share" : "no-figure");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "stage-row");
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
