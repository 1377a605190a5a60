/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-chart-picker.h"

#include <glib/gi18n.h>

struct _XituChartPicker
{
  GObject          parent_instance;

  XituChartWidget *chart;
  GtkDropDown     *year_dropdown;
  GtkDropDown     *edition_dropdown;  /* nullable */

  XituDataset     *dataset;
  GArray          *years;     /* of int, parallel to the dropdown; [0] 0 = latest */
  GStrv            editions;  /* parallel to the dropdown; [0] "" = newest */
  char            *preferred; /* edition asked for; NULL = newest */
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (XituChartPicker, xitu_chart_picker, G_TYPE_OBJECT)

static void
fill_years (XituChartPicker *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GArray) years = NULL;
  int zero = 0;

  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, zero);
  if (self->dataset != NULL)
    years = xitu_chart_list_years (self->dataset, xitu_chart_widget_get_options (self->chart));
  if (years != NULL && years->len > 0)
    {
      g_autofree char *latest = g_strdup_printf (_("Latest (%d)"), g_array_index (years, int, 0));
      gtk_string_list_append (model, latest);
    }
  else
    gtk_string_list_append (model, _("Latest"));
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (years, int, i));
      gtk_string_list_append (model, label);
      g_array_append_val (self->years, g_array_index (years, int, i));
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
}

/* Selects the preferred edition when the chart has it, else the newest, and
 * tells the chart which. */
static void
fill_editions (XituChartPicker *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) editions = NULL;
  guint selected = 0;

  gtk_string_list_append (model, _("Newest"));
  g_strv_builder_add (builder, "");
  if (self->dataset != NULL)
    editions = xitu_chart_list_editions (self->dataset, xitu_chart_widget_get_options (self->chart));
  for (guint i = 0; editions != NULL && editions[i] != NULL; i++)
    {
      gtk_string_list_append (model, editions[i]);
      g_strv_builder_add (builder, editions[i]);
      if (g_strcmp0 (editions[i], self->preferred) == 0)
        selected = i + 1;
    }
  g_strfreev (self->editions);
  self->editions = g_strv_builder_end (builder);
  gtk_drop_down_set_model (self->edition_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->edition_dropdown, selected);
  xitu_chart_widget_set_edition (self->chart, selected == 0 ? NULL : self->editions[selected]);
}

static void
refill (XituChartPicker *self)
{
  self->filling = TRUE;
  fill_years (self);
  if (self->edition_dropdown != NULL)
    fill_editions (self);
  self->filling = FALSE;
}

static void
on_year_selected (XituChartPicker *self)
{
  guint i = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || i >= self->years->len)
    return;
  xitu_chart_widget_set_year (self->chart, g_array_index (self->years, int, i));
}

static void
on_edition_selected (XituChartPicker *self)
{
  guint i = gtk_drop_down_get_selected (self->edition_dropdown);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || self->editions == NULL ||
      i >= g_strv_length (self->editions))
    return;
  xitu_chart_widget_set_edition (self->chart, i == 0 ? NULL : self->editions[i]);
}

static void
xitu_chart_picker_dispose (GObject *object)
{
  XituChartPicker *self = XITU_CHART_PICKER (object);

  g_clear_object (&self->chart);
  g_clear_object (&self->year_dropdown);
  g_clear_object (&self->edition_dropdown);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (xitu_chart_picker_parent_class)->dispose (object);
}

static void
xitu_chart_picker_finalize (GObject *object)
{
  XituChartPicker *self = XITU_CHART_PICKER (object);

  g_array_unref (self->years);
  g_strfreev (self->editions);
  g_free (self->preferred);
  G_OBJECT_CLASS (xitu_chart_picker_parent_class)->finalize (object);
}

static void
xitu_chart_picker_class_init (XituChartPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = xitu_chart_picker_dispose;
  object_class->finalize = xitu_chart_picker_finalize;
}

static void
xitu_chart_picker_init (XituChartPicker *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
}

XituChartPicker *
xitu_chart_picker_new (XituChartWidget *chart,
                       GtkDropDown     *year_dropdown,
                       GtkDropDown     *edition_dropdown)
{
  XituChartPicker *self;

  g_return_val_if_fail (XITU_IS_CHART_WIDGET (chart), NULL);
  g_return_val_if_fail (GTK_IS_DROP_DOWN (year_dropdown), NULL);
  g_return_val_if_fail (edition_dropdown == NULL || GTK_IS_DROP_DOWN (edition_dropdown), NULL);

  self = g_object_new (XITU_TYPE_CHART_PICKER, NULL);
  self->chart = g_object_ref (chart);
  self->year_dropdown = g_object_ref (year_dropdown);
  self->edition_dropdown = edition_dropdown != NULL ? g_object_ref (edition_dropdown) : NULL;
  g_signal_connect_object (year_dropdown, "notify::selected", G_CALLBACK (on_year_selected),
                           self, G_CONNECT_SWAPPED);
  if (edition_dropdown != NULL)
    g_signal_connect_object (edition_dropdown, "notify::selected", G_CALLBACK (on_edition_selected),
                             self, G_CONNECT_SWAPPED);
  refill (self);
  return self;
}

void
xitu_chart_picker_set_dataset (XituChartPicker *self,
                               XituDataset     *dataset)
{
  g_return_if_fail (XITU_IS_CHART_PICKER (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->filling = TRUE;
  xitu_chart_widget_set_year (self->chart, 0);
  xitu_chart_widget_set_edition (self->chart, NULL);
  xitu_chart_widget_set_dataset (self->chart, dataset);
  self->filling = FALSE;
  refill (self);
}

void
xitu_chart_picker_refresh (XituChartPicker *self)
{
  int year;

  g_return_if_fail (XITU_IS_CHART_PICKER (self));

  year = xitu_chart_widget_get_year (self->chart);
  refill (self);
  for (guint i = 1; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return;
      }
  xitu_chart_widget_set_year (self->chart, 0);
}

void
xitu_chart_picker_set_year (XituChartPicker *self,
                            int              year)
{
  g_return_if_fail (XITU_IS_CHART_PICKER (self));

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return;
      }
  /* A year between the ones with figures: still valid for the chart. */
  xitu_chart_widget_set_year (self->chart, year);
}

void
xitu_chart_picker_set_edition (XituChartPicker *self,
                               const char      *edition)
{
  g_return_if_fail (XITU_IS_CHART_PICKER (self));

  if (edition != NULL && edition[0] == '\0')
    edition = NULL;
  if (g_strcmp0 (self->preferred, edition) == 0)
    return;
  g_free (self->preferred);
  self->preferred = g_strdup (edition);
  if (self->edition_dropdown == NULL)
    return;
  self->filling = TRUE;
  fill_editions (self);
  self->filling = FALSE;
}
