/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-chart-footer.h"

#include <string.h>

struct _XituFooter
{
  XituDataset *dataset;
  XituLang     lang;
  GPtrArray   *labels;   /* of char*: "publisher, edition", in order of use */
  GPtrArray   *notes;    /* of char* */
  char        *data_edition;
};

XituFooter *
xitu_footer_new (XituDataset *dataset,
                 XituLang     lang)
{
  XituFooter *footer = g_new0 (XituFooter, 1);

  g_return_val_if_fail (XITU_IS_DATASET (dataset), footer);

  footer->dataset = g_object_ref (dataset);
  footer->lang = lang;
  footer->labels = g_ptr_array_new_with_free_func (g_free);
  footer->notes = g_ptr_array_new_with_free_func (g_free);
  return footer;
}

void
xitu_footer_free (XituFooter *footer)
{
  if (footer == NULL)
    return;
  g_clear_object (&footer->dataset);
  g_clear_pointer (&footer->labels, g_ptr_array_unref);
  g_clear_pointer (&footer->notes, g_ptr_array_unref);
  g_free (footer->data_edition);
  g_free (footer);
}

/* "International Energy Agency (IEA)" → "IEA": the short form the footer
 * wants, when the publisher's name carries one. */
static char *
short_publisher (const char *publisher)
{
  const char *open, *close;

  if (publisher == NULL)
    return NULL;
  open = strrchr (publisher, '(');
  close = open != NULL ? strchr (open, ')') : NULL;
  if (open != NULL && close != NULL && close[1] == '\0' && close - open - 1 > 1 && close - open - 1 <= 16)
    return g_strndup (open + 1, close - open - 1);
  return g_strdup (publisher);
}

static char *
source_label (XituFooter *footer,
              const char *source_id,
              const char *edition)
{
  XituSource *source = xitu_dataset_lookup_source (footer->dataset, source_id);
  g_autofree char *publisher = NULL;
  const char *when = edition;

  if (source == NULL)
    return g_strdup (source_id);

  publisher = short_publisher (xitu_text_get (xitu_source_get_publisher (source), footer->lang));
  if (when == NULL || *when == '\0')
    when = xitu_source_get_date (source);
  if (publisher == NULL || *publisher == '\0')
    {
      g_free (publisher);
      publisher = g_strdup (xitu_source_get_title (source));
    }
  if (when == NULL || *when == '\0')
    return g_strdup (publisher);
  /* An edition that already names its publisher ("USGS MCS 2026") stands
   * alone. */
  if (publisher != NULL && g_str_has_prefix (when, publisher))
    return g_strdup (when);
  return g_strdup_printf (footer->lang == XITU_LANG_ZH ? "%s %s" : "%s, %s", publisher, when);
}

void
xitu_footer_add_source (XituFooter *footer,
                        const char *source_id,
                        const char *edition)
{
  g_autofree char *label = NULL;

  g_return_if_fail (source_id != NULL);

  label = source_label (footer, source_id, edition);
  if (!g_ptr_array_find_with_equal_func (footer->labels, label, g_str_equal, NULL))
    g_ptr_array_add (footer->labels, g_steal_pointer (&label));
}

void
xitu_footer_add_figures (XituFooter *footer,
                         GPtrArray  *figures)
{
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (figures, i);

      xitu_footer_add_source (footer, xitu_figure_get_source (figure),
                              xitu_figure_get_edition (figure));
    }
}

void
xitu_footer_add_note (XituFooter *footer,
                      const char *note)
{
  if (note != NULL && *note != '\0' &&
      !g_ptr_array_find_with_equal_func (footer->notes, note, g_str_equal, NULL))
    g_ptr_array_add (footer->notes, g_strdup (note));
}

void
xitu_footer_set_data_edition (XituFooter *footer,
                              const char *edition)
{
  g_free (footer->data_edition);
  footer->data_edition = g_strdup (edition);
}

guint
xitu_footer_get_n_sources (XituFooter *footer)
{
  return footer->labels->len;
}

const char *
xitu_footer_get_source_label (XituFooter *footer,
                              guint       i)
{
  g_return_val_if_fail (i < footer->labels->len, NULL);
  return g_ptr_array_index (footer->labels, i);
}

char *
xitu_footer_default_data_edition (XituDataset *dataset,
                                  XituLang     lang)
{
  GListModel *sources = xitu_dataset_get_sources (dataset);
  guint n = g_list_model_get_n_items (sources);
  g_autofree char *newest = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (XituSource) source = g_list_model_get_item (sources, i);
      const char *date = xitu_source_get_date (source);

      if (date != NULL && g_strcmp0 (date, newest) > 0)
        {
          g_free (newest);
          newest = g_strdup (date);
        }
    }
  if (newest == NULL)
    return g_strdup (xitu_lang_pick (lang, "Xitu dataset", "稀土数据集"));
  /* Month precision is enough to tell editions apart. */
  if (strlen (newest) > 7)
    newest[7] = '\0';
  if (lang == XITU_LANG_ZH)
    return g_strdup_printf ("稀土数据集（截至 %s）", newest);
  return g_strdup_printf ("Xitu dataset of %s", newest);
}

char *
xitu_footer_get_text (XituFooter *footer)
{
  GString *text = g_string_new (NULL);
  gboolean zh = footer->lang == XITU_LANG_ZH;
  const char *list_sep = zh ? "；" : "; ";
  const char *end = zh ? "。" : ". ";
  g_autofree char *edition = NULL;

  if (footer->labels->len > 0)
    {
      g_string_append (text, zh ? "来源：" : "Sources: ");
      for (guint i = 0; i < footer->labels->len; i++)
        {
          if (i > 0)
            g_string_append (text, list_sep);
          g_string_append (text, g_ptr_array_index (footer->labels, i));
        }
      g_string_append (text, end);
    }
  else
    {
      g_string_append (text, zh ? "来源：无。" : "Sources: none. ");
    }

  for (guint i = 0; i < footer->notes->len; i++)
    {
      g_string_append (text, g_ptr_array_index (footer->notes, i));
      g_string_append (text, end);
    }

  edition = footer->data_edition != NULL ? g_strdup (footer->data_edition)
                                         : xitu_footer_default_data_edition (footer->dataset, footer->lang);
  g_string_append (text, zh ? "数据：" : "Data: ");
  g_string_append (text, edition);
  g_string_append (text, zh ? "。" : ".");
  return g_string_free (text, FALSE);
}

static PangoLayout *
footer_layout (XituFooter *footer,
               cairo_t    *cr,
               double      width,
               double      scale)
{
  g_autofree char *text = xitu_footer_get_text (footer);
  PangoLayout *layout = xitu_text_layout_new (cr, text, XITU_TEXT_FOOTER, scale, footer->lang);

  xitu_text_wrap (layout, width);
  return layout;
}

double
xitu_footer_measure (XituFooter *footer,
                     cairo_t    *cr,
                     double      width,
                     double      scale)
{
  g_autoptr (PangoLayout) layout = footer_layout (footer, cr, width, scale);
  double height;

  xitu_text_get_size (layout, NULL, &height);
  return height;
}

XituRect
xitu_footer_draw (XituFooter        *footer,
                  cairo_t           *cr,
                  const XituPalette *palette,
                  double             x,
                  double             bottom,
                  double             width,
                  double             scale)
{
  g_autoptr (PangoLayout) layout = footer_layout (footer, cr, width, scale);
  XituRect box;

  cairo_save (cr);
  xitu_palette_set_source (cr, palette->muted);
  box = xitu_text_draw_layout (cr, layout, x, bottom, XITU_ALIGN_START, XITU_ALIGN_END);
  cairo_restore (cr);
  return box;
}
