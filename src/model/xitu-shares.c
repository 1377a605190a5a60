/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-shares.h"

XituShares *
xitu_shares_new (const char *stage,
                 int         year)
{
  XituShares *shares = g_new0 (XituShares, 1);

  shares->stage = g_strdup (stage);
  shares->year = year;
  shares->entries = g_array_new (FALSE, TRUE, sizeof (XituShare));
  shares->sources = g_ptr_array_new_with_free_func (g_free);
  return shares;
}

void
xitu_shares_free (XituShares *shares)
{
  if (shares == NULL)
    return;

  for (guint i = 0; i < shares->entries->len; i++)
    {
      XituShare *entry = &g_array_index (shares->entries, XituShare, i);
      g_clear_object (&entry->country);
      g_clear_object (&entry->figure);
    }
  g_array_unref (shares->entries);
  g_ptr_array_unref (shares->sources);
  g_free (shares->stage);
  g_free (shares->metric);
  g_free (shares->edition);
  g_free (shares->unit);
  g_free (shares);
}

guint
xitu_shares_get_n_entries (XituShares *shares)
{
  return shares->entries->len;
}

const XituShare *
xitu_shares_get_entry (XituShares *shares,
                       guint       i)
{
  g_return_val_if_fail (i < shares->entries->len, NULL);
  return &g_array_index (shares->entries, XituShare, i);
}

gboolean
xitu_shares_has_data (XituShares *shares)
{
  for (guint i = 0; i < shares->entries->len; i++)
    if (g_array_index (shares->entries, XituShare, i).kind != XITU_SHARE_UNATTRIBUTED)
      return TRUE;
  return FALSE;
}

void
xitu_shares_add (XituShares    *shares,
                 XituShareKind  kind,
                 XituCountry   *country,
                 XituFigure    *figure,
                 double         value)
{
  XituShare entry = { kind, NULL, NULL, value, 0.0 };

  if (country != NULL)
    entry.country = g_object_ref (country);
  if (figure != NULL)
    {
      const char *source = xitu_figure_get_source (figure);

      entry.figure = g_object_ref (figure);
      if (!g_ptr_array_find_with_equal_func (shares->sources, source, g_str_equal, NULL))
        g_ptr_array_add (shares->sources, g_strdup (source));
    }
  g_array_append_val (shares->entries, entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const XituShare *x = a;
  const XituShare *y = b;

  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  if (x->value != y->value)
    return x->value < y->value ? 1 : -1;
  if (x->country != NULL && y->country != NULL)
    return g_strcmp0 (xitu_country_get_code (x->country), xitu_country_get_code (y->country));
  return 0;
}

/* Turns values into percentages of `total` and appends what is left over as
 * unattributed: a rest that no source assigns to anyone is shown as such,
 * never spread over the named countries. */
void
xitu_shares_finish (XituShares *shares,
                    double      total,
                    gboolean    total_from_source)
{
  double attributed = 0.0;

  shares->total = total;
  shares->total_from_source = total_from_source;

  for (guint i = 0; i < shares->entries->len; i++)
    {
      XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      entry->share = total > 0.0 ? 100.0 * entry->value / total : 0.0;
      attributed += entry->value;
    }

  g_array_sort (shares->entries, compare_entries);

  if (total <= 0.0 || total - attributed > total * 1e-9)
    {
      double rest = total > 0.0 ? total - attributed : 0.0;
      XituShare entry = { XITU_SHARE_UNATTRIBUTED, NULL, NULL, rest,
                          total > 0.0 ? 100.0 * rest / total : 100.0 };

      g_array_append_val (shares->entries, entry);
    }
}

double
xitu_shares_get_share (XituShares *shares,
                       const char *country)
{
  for (guint i = 0; i < shares->entries->len; i++)
    {
      const XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      if (entry->country != NULL && g_strcmp0 (xitu_country_get_code (entry->country), country) == 0)
        return entry->share;
    }
  return 0.0;
}

double
xitu_shares_get_unattributed (XituShares *shares)
{
  for (guint i = 0; i < shares->entries->len; i++)
    {
      const XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      if (entry->kind == XITU_SHARE_UNATTRIBUTED)
        return entry->share;
    }
  return 0.0;
}

/* Herfindahl–Hirschman index over the named countries, shares in percent
 * (0–10,000). With an "other" or unattributed rest this is a lower bound. */
double
xitu_shares_hhi (XituShares *shares)
{
  double hhi = 0.0;

  for (guint i = 0; i < shares->entries->len; i++)
    {
      const XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      if (entry->kind == XITU_SHARE_COUNTRY)
        hhi += entry->share * entry->share;
    }
  return hhi;
}

double
xitu_shares_top_n (XituShares *shares,
                   guint       n)
{
  double sum = 0.0;
  guint taken = 0;

  for (guint i = 0; i < shares->entries->len && taken < n; i++)
    {
      const XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      if (entry->kind != XITU_SHARE_COUNTRY)
        continue;
      sum += entry->share;
      taken++;
    }
  return sum;
}

/* Complete when every part of the total is a named country, so HHI and the
 * top-n shares are exact rather than lower bounds. Rounding residues of the
 * source's world total (under 0.5 %) do not count. */
gboolean
xitu_shares_is_complete (XituShares *shares)
{
  for (guint i = 0; i < shares->entries->len; i++)
    {
      const XituShare *entry = &g_array_index (shares->entries, XituShare, i);

      if (entry->kind == XITU_SHARE_OTHER && entry->share >= 0.5)
        return FALSE;
      if (entry->kind == XITU_SHARE_UNATTRIBUTED && entry->share >= 0.5)
        return FALSE;
    }
  return xitu_shares_has_data (shares);
}
