/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "xitu-figure-table.h"
#include "xitu-labels.h"
#include "xitu-metric.h"

typedef struct
{
  const char *label;
  const char *style_class;
  const char *icon_name;
} VerdictLook;

/* Indexed by XituVerdict. */
static const VerdictLook looks[] = {
  { N_("Supported"),        "verdict-good",    "emblem-ok-symbolic" },
  { N_("Partly supported"), "verdict-caution", "dialog-warning-symbolic" },
  { N_("Contradicted"),     "verdict-bad",     "dialog-error-symbolic" },
  { N_("Outdated"),         "verdict-caution", "dialog-warning-symbolic" },
  { N_("Different metric"), "verdict-caution", "dialog-warning-symbolic" },
  { N_("Unit error"),       "verdict-bad",     "dialog-error-symbolic" },
  { N_("Unverified"),       "verdict-neutral", "dialog-question-symbolic" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (looks) == XITU_N_VERDICTS);

const char *
xitu_verdict_get_label (XituVerdict verdict)
{
  g_return_val_if_fail (verdict < XITU_N_VERDICTS, NULL);
  return _(looks[verdict].label);
}

const char *
xitu_verdict_get_style_class (XituVerdict verdict)
{
  g_return_val_if_fail (verdict < XITU_N_VERDICTS, NULL);
  return looks[verdict].style_class;
}

GtkWidget *
xitu_verdict_badge_new (XituVerdict verdict)
{
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *label;

  g_return_val_if_fail (verdict < XITU_N_VERDICTS, NULL);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  icon = gtk_image_new_from_icon_name (looks[verdict].icon_name);
  label = gtk_label_new (_(looks[verdict].label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "verdict-badge");
  gtk_widget_add_css_class (box, looks[verdict].style_class);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (box, _("Verdict"));
  return box;
}

const char *
xitu_source_kind_get_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } kinds[] = {
    { "official-statistics", NC_("source kind", "Official statistics") },
    { "agency",              NC_("source kind", "Agency") },
    { "government",          NC_("source kind", "Government") },
    { "company",             NC_("source kind", "Company") },
    { "news",                NC_("source kind", "News") },
    { "research",            NC_("source kind", "Research") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].kind) == 0)
      return g_dpgettext2 (NULL, "source kind", kinds[i].label);
  return kind;
}

const char *
xitu_source_tag_get_label (const char *tag)
{
  if (g_strcmp0 (tag, "primary") == 0)
    /* Translators: a source read in the publisher's own document */
    return C_("source tag", "Primary");
  if (g_strcmp0 (tag, "secondary") == 0)
    /* Translators: a source known through another source that quotes it */
    return C_("source tag", "Secondary");
  return tag;
}

const char *
xitu_facility_status_get_label (const char *status)
{
  static const struct { const char *status; const char *label; } statuses[] = {
    { "operating",     NC_("facility status", "operating") },
    { "commissioning", NC_("facility status", "commissioning") },
    { "construction",  NC_("facility status", "under construction") },
    { "announced",     NC_("facility status", "announced") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (status, statuses[i].status) == 0)
      return g_dpgettext2 (NULL, "facility status", statuses[i].label);
  return status;
}

char *
xitu_describe_value (XituFigure      *figure,
                     XituLang         lang,
                     XituNumberStyle  numbers)
{
  g_autofree char *value = xitu_format_figure_number (figure, lang, numbers);
  const char *unit = xitu_figure_get_unit (figure);

  if (!xitu_figure_has_value (figure) || unit == NULL)
    return g_steal_pointer (&value);
  /* "91 %" in English, "91%" and "270,000吨" run together in Chinese. */
  if (lang == XITU_LANG_ZH)
    return g_strconcat (value, xitu_unit_get_name (unit, lang), NULL);
  return g_strdup_printf ("%s %s", value, unit);
}

char *
xitu_describe_figure (XituDataset *dataset,
                      XituFigure  *figure,
                      XituLang     lang)
{
  g_autofree char *country = xitu_dataset_figure_cell (dataset, figure, XITU_FIGURE_COLUMN_COUNTRY, lang);
  g_autofree char *kind = xitu_dataset_figure_cell (dataset, figure, XITU_FIGURE_COLUMN_KIND, lang);
  g_autofree char *years = xitu_dataset_figure_cell (dataset, figure, XITU_FIGURE_COLUMN_YEAR, lang);
  /* Claims quote numbers as the news wrote them: plain. */
  g_autofree char *value = xitu_describe_value (figure, lang, XITU_NUMBERS_PLAIN);
  g_autofree char *publisher = xitu_dataset_figure_cell (dataset, figure, XITU_FIGURE_COLUMN_SOURCE, lang);

  /* Translators: country, stage and metric, years, value with unit, then
   * the source's edition and publisher, e.g. "China · Mining · production ·
   * 2025: 270,000 t (MCS 2026, U.S. Geological Survey)" */
  return g_strdup_printf (_("%1$s · %2$s · %3$s: %4$s (%5$s, %6$s)"), country, kind, years, value,
                          xitu_figure_get_edition (figure), publisher);
}

GtkWidget *
xitu_text_label_new (const char *text,
                     const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}
