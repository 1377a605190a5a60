/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "xitu-figure-csv.h"
#include "xitu-figure-table.h"

static const char * const header[] = {
  "country_code", "country", "partner_code", "partner", "stage", "metric", "measure",
  "year", "year_end", "value", "unit", "flags", "edition",
  "source_id", "source_publisher", "source_title", "source_url", "note",
};

void
xitu_csv_append_field (GString    *out,
                       const char *field)
{
  if (field == NULL)
    return;
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      xitu_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

/* "estimated;revised": the format's own flag names, for machines. */
static char *
machine_flags (XituFigureFlags flags)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 0; bit < 32; bit++)
    {
      const char *name;

      if ((flags & (1u << bit)) == 0 || (name = xitu_figure_flag_to_string (1u << bit)) == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ';');
      g_string_append (text, name);
    }
  return g_string_free (text, FALSE);
}

/* Shortest text that reads back as the same double, never in the locale's
 * decimal style. */
static char *
machine_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

static void
append_figure (GString     *out,
               XituDataset *dataset,
               XituFigure  *figure,
               XituLang     lang)
{
  XituSource *source = xitu_dataset_lookup_source (dataset, xitu_figure_get_source (figure));
  g_autofree char *country = xitu_dataset_get_country_name (dataset, xitu_figure_get_country (figure), lang);
  g_autofree char *partner = xitu_dataset_get_country_name (dataset, xitu_figure_get_partner (figure), lang);
  g_autofree char *year = g_strdup_printf ("%d", xitu_figure_get_year (figure));
  g_autofree char *year_end = g_strdup_printf ("%d", xitu_figure_get_year_end (figure));
  g_autofree char *value = xitu_figure_has_value (figure) ? machine_number (xitu_figure_get_value (figure)) : NULL;
  g_autofree char *flags = machine_flags (xitu_figure_get_flags (figure));
  g_autofree char *publisher = NULL;
  const XituText *note = xitu_figure_get_note (figure);
  const char *fields[G_N_ELEMENTS (header)];

  if (source != NULL)
    publisher = xitu_lang_join (lang, xitu_source_get_publisher (source)->en,
                                xitu_source_get_publisher (source)->zh);

  fields[0] = xitu_figure_get_country (figure);
  fields[1] = country;
  fields[2] = xitu_figure_get_partner (figure);
  fields[3] = partner;
  fields[4] = xitu_figure_get_stage (figure);
  fields[5] = xitu_figure_get_metric (figure);
  fields[6] = xitu_figure_get_measure (figure);
  fields[7] = year;
  fields[8] = year_end;
  fields[9] = value;
  fields[10] = xitu_figure_get_unit (figure);
  fields[11] = flags;
  fields[12] = xitu_figure_get_edition (figure);
  fields[13] = xitu_figure_get_source (figure);
  fields[14] = publisher;
  fields[15] = source != NULL ? xitu_source_get_title (source) : NULL;
  fields[16] = source != NULL ? xitu_source_get_url (source) : NULL;
  fields[17] = xitu_text_get (note, lang);
  append_row (out, fields, G_N_ELEMENTS (fields));
}

char *
xitu_figure_csv_build (XituDataset *dataset,
                       GListModel  *figures,
                       XituLang     lang)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (figures), NULL);

  append_row (out, header, G_N_ELEMENTS (header));
  n = g_list_model_get_n_items (figures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      append_figure (out, dataset, figure, lang);
    }
  return g_string_free (out, FALSE);
}

/* g_file_replace_contents writes a temporary file and renames it over the
 * target: a failed or cancelled export never leaves half a file behind. */
gboolean
xitu_figure_csv_write (XituDataset   *dataset,
                       GListModel    *figures,
                       XituLang       lang,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *csv = xitu_figure_csv_build (dataset, figures, lang);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}
