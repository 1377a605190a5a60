/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-figure-select.h"

#include <string.h>

gboolean
xitu_edition_revises (const char *edition,
                      const char *base)
{
  gsize n;

  if (edition == NULL || base == NULL)
    return FALSE;
  n = strlen (base);
  return strncmp (edition, base, n) == 0 && edition[n] == ' ';
}

static gboolean
same_family (const char *a,
             const char *b)
{
  return g_strcmp0 (a, b) == 0 || xitu_edition_revises (a, b) || xitu_edition_revises (b, a);
}

/* The edition a revision revises, or the edition itself. */
static const char *
family_root (GPtrArray  *figures,
             const char *edition)
{
  const char *root = edition;

  for (guint i = 0; i < figures->len; i++)
    {
      const char *other = xitu_figure_get_edition (g_ptr_array_index (figures, i));
      if (xitu_edition_revises (root, other))
        root = other;
    }
  return root;
}

static gboolean
usable (XituFigure *figure,
        int         year)
{
  return xitu_figure_get_year (figure) == xitu_figure_get_year_end (figure) &&
         (year == 0 || xitu_figure_get_year (figure) <= year) &&
         (xitu_figure_get_flags (figure) & XITU_FIGURE_PROJECTED) == 0;
}

void
xitu_selection_free (XituSelection *selection)
{
  if (selection == NULL)
    return;
  g_free (selection->edition);
  g_free (selection->measure);
  g_ptr_array_unref (selection->figures);
  g_free (selection);
}

XituFigure *
xitu_selection_lookup (XituSelection *selection,
                       const char    *country)
{
  for (guint i = 0; i < selection->figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (selection->figures, i);
      if (g_strcmp0 (xitu_figure_get_country (figure), country) == 0)
        return figure;
    }
  return NULL;
}

XituSelection *
xitu_dataset_select (XituDataset *self,
                     const char  *metric,
                     const char  *stage,
                     const char  *measure,
                     int          year,
                     const char  *edition)
{
  XituFigureQuery q = { .metric = metric, .stage = stage };
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  XituSelection *selection = g_new0 (XituSelection, 1);
  XituFigure *best = NULL;
  const char *root;
  gboolean strict;

  g_return_val_if_fail (XITU_IS_DATASET (self), selection);

  selection->figures = g_ptr_array_new_with_free_func (g_object_unref);
  found = xitu_dataset_find_figures (self, &q);   /* newest edition first */

  /* The latest year in the edition (family) asked for. */
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);

      if (!usable (f, year))
        continue;
      if (edition != NULL && !(g_strcmp0 (xitu_figure_get_edition (f), edition) == 0 ||
                               xitu_edition_revises (edition, xitu_figure_get_edition (f))))
        continue;
      if (best == NULL || xitu_figure_get_year (f) > xitu_figure_get_year (best))
        best = f;
    }
  if (best == NULL)
    return selection;

  selection->year = xitu_figure_get_year (best);
  root = family_root (found, edition != NULL ? edition : xitu_figure_get_edition (best));
  /* A base edition asked for by name is shown as published. */
  strict = edition != NULL && g_strcmp0 (root, edition) == 0;
  selection->edition = g_strdup (edition != NULL ? edition : root);

  if (measure == NULL)
    {
      measure = xitu_figure_get_measure (best);
      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          if (g_strcmp0 (xitu_figure_get_country (f), "CHN") == 0 &&
              xitu_figure_get_year (f) == selection->year && usable (f, year) &&
              same_family (xitu_figure_get_edition (f), root))
            {
              measure = xitu_figure_get_measure (f);
              break;
            }
        }
    }
  selection->measure = g_strdup (measure);

  /* Newest first: the first figure per country is its newest revision. */
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      const char *e = xitu_figure_get_edition (f);

      if (!usable (f, year) || xitu_figure_get_year (f) != selection->year ||
          g_strcmp0 (xitu_figure_get_measure (f), selection->measure) != 0)
        continue;
      if (strict ? g_strcmp0 (e, root) != 0
                 : !(g_strcmp0 (e, root) == 0 ||
                     (xitu_edition_revises (e, root) &&
                      (edition == NULL || g_strcmp0 (e, edition) == 0 || xitu_edition_revises (edition, e)))))
        continue;
      if (!g_hash_table_add (taken, (gpointer) xitu_figure_get_country (f)))
        continue;
      g_ptr_array_add (selection->figures, g_object_ref (f));
    }
  return selection;
}

XituFigure *
xitu_dataset_find_latest (XituDataset           *self,
                          const XituFigureQuery *query,
                          int                    year)
{
  XituFigureQuery q = *query;
  g_autoptr (GPtrArray) found = NULL;
  XituFigure *best = NULL;

  q.year = 0;
  found = xitu_dataset_find_figures (self, &q);
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);

      if ((xitu_figure_get_flags (f) & XITU_FIGURE_PROJECTED) ||
          (year > 0 && xitu_figure_get_year_end (f) > year))
        continue;
      /* Newest edition first: a later figure wins only with a later year. */
      if (best == NULL || xitu_figure_get_year_end (f) > xitu_figure_get_year_end (best))
        best = f;
    }
  return best;
}
