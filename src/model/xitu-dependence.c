/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "xitu-dependence.h"

/* The import-share figures of one importer and stage that belong together:
 * same measure, edition and period. */
typedef struct
{
  const char *measure;
  const char *edition;
  int         year;
  int         year_end;
  GPtrArray  *figures;   /* borrowed from the query result */
} Group;

typedef struct
{
  const char *partner;
  XituRange   share;
  XituFigure *figure;
} Partner;

static void
group_clear (gpointer data)
{
  Group *group = data;

  g_ptr_array_unref (group->figures);
}

static void
term_clear (gpointer data)
{
  XituLookThroughTerm *term = data;

  g_free (term->partner);
  g_clear_object (&term->share_figure);
  g_clear_object (&term->upstream_figure);
  g_free (term->upstream_note);
}

void
xitu_dependence_free (XituDependence *self)
{
  if (self == NULL)
    return;
  g_free (self->importer);
  g_free (self->stage);
  g_free (self->supplier);
  g_free (self->upstream_stage);
  g_free (self->metric);
  g_free (self->measure);
  g_free (self->edition);
  g_clear_object (&self->imports_figure);
  g_ptr_array_unref (self->direct_figures);
  g_array_unref (self->terms);
  g_ptr_array_unref (self->missing);
  g_clear_object (&self->crma_figure);
  g_free (self->largest_partner);
  g_ptr_array_unref (self->context);
  g_ptr_array_unref (self->other_measures);
  g_free (self);
}

const char *
xitu_benchmark_status_to_string (XituBenchmarkStatus status)
{
  static const char * const names[] = { "unknown", "below", "possibly-above", "above" };

  g_return_val_if_fail (status <= XITU_BENCHMARK_ABOVE, NULL);
  return names[status];
}

const char *
xitu_upstream_kind_to_string (XituUpstreamKind kind)
{
  static const char * const names[] = { "figure", "user", "missing", "none" };

  g_return_val_if_fail (kind <= XITU_UPSTREAM_NONE, NULL);
  return names[kind];
}

/* Strictly above the cap: the CRMA says "no more than 65 %". */
XituBenchmarkStatus
xitu_benchmark_status (XituRange value,
                       double    cap)
{
  if (value.lo > cap)
    return XITU_BENCHMARK_ABOVE;
  if (value.hi > cap)
    return XITU_BENCHMARK_POSSIBLY_ABOVE;
  return XITU_BENCHMARK_BELOW;
}

/* The CRMA single-supplier cap as the dataset states it, else the
 * Regulation's 65 %. */
double
xitu_dependence_get_crma_cap (XituDataset  *dataset,
                              XituFigure  **figure)
{
  XituFigureQuery q = { .country = "EU27", .metric = "capacity-target" };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);
      const char *measure = xitu_figure_get_measure (f);

      if (xitu_figure_get_stage (f) == NULL && measure != NULL &&
          strstr (measure, "single") != NULL && xitu_figure_has_value (f))
        {
          if (figure != NULL)
            *figure = g_object_ref (f);
          return xitu_figure_get_value (f);
        }
    }
  if (figure != NULL)
    *figure = NULL;
  return XITU_CRMA_SINGLE_SUPPLIER_CAP;
}

/* A figure's value as the range it stands for: "90 %+" is [90, 100]. */
static XituRange
figure_range (XituFigure *figure)
{
  double v = xitu_figure_get_value (figure);
  XituFigureFlags flags = xitu_figure_get_flags (figure);
  XituRange r = { v, v };

  if (flags & XITU_FIGURE_MORE_THAN)
    r.hi = 100.0;
  if (flags & XITU_FIGURE_LESS_THAN)
    r.lo = 0.0;
  return r;
}

static XituRange
range_mul (XituRange a,
           XituRange b)
{
  XituRange r = { a.lo * b.lo / 100.0, a.hi * b.hi / 100.0 };
  return r;
}

static GArray *
make_groups (GPtrArray *found,
             int        year)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (Group));

  g_array_set_clear_func (groups, group_clear);
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (found, i);
      Group *group = NULL;

      /* A year means "figures for periods ended by then", as everywhere
       * else (xitu_dataset_find_latest): a 2021–24 figure is not "up to 2023". */
      if (!xitu_figure_has_value (figure) || xitu_figure_get_partner (figure) == NULL ||
          (year != 0 && xitu_figure_get_year_end (figure) > year))
        continue;

      for (guint g = 0; g < groups->len && group == NULL; g++)
        {
          Group *candidate = &g_array_index (groups, Group, g);

          if (g_strcmp0 (candidate->measure, xitu_figure_get_measure (figure)) == 0 &&
              g_strcmp0 (candidate->edition, xitu_figure_get_edition (figure)) == 0 &&
              candidate->year == xitu_figure_get_year (figure) &&
              candidate->year_end == xitu_figure_get_year_end (figure))
            group = candidate;
        }
      if (group == NULL)
        {
          Group fresh = { xitu_figure_get_measure (figure), xitu_figure_get_edition (figure),
                          xitu_figure_get_year (figure), xitu_figure_get_year_end (figure),
                          g_ptr_array_new () };

          g_array_append_val (groups, fresh);
          group = &g_array_index (groups, Group, groups->len - 1);
        }
      g_ptr_array_add (group->figures, figure);
    }
  return groups;
}

static gboolean
group_wanted (const Group               *group,
              const XituDependenceQuery *q,
              gboolean                   by_elements)
{
  if (q->measure != NULL)
    return g_strcmp0 (group->measure, q->measure) == 0;
  if (by_elements)
    return xitu_elements_named_in (q->elements, group->measure);
  /* The general figures: measures that name no single element. */
  return !xitu_elements_named_in (XITU_ELEMENTS_EVERY, group->measure);
}

/* The latest period first; groups come newest edition first already. */
static const Group *
pick_group (GArray                    *groups,
            const XituDependenceQuery *q,
            gboolean                   by_elements)
{
  const Group *best = NULL;

  for (guint g = 0; g < groups->len; g++)
    {
      const Group *group = &g_array_index (groups, Group, g);

      if (!group_wanted (group, q, by_elements))
        continue;
      if (best == NULL || group->year_end > best->year_end)
        best = group;
    }
  return best;
}

/* One entry per partner; a partner with two figures (a stated range given
 * as its low and high end) gets their span. */
static GArray *
group_partners (const Group *group)
{
  GArray *partners = g_array_new (FALSE, TRUE, sizeof (Partner));

  for (guint i = 0; i < group->figures->len; i++)
    {
      XituFigure *figure = g_ptr_array_index (group->figures, i);
      const char *code = xitu_figure_get_partner (figure);
      XituRange r = figure_range (figure);
      Partner *p = NULL;

      for (guint k = 0; k < partners->len && p == NULL; k++)
        if (g_str_equal (g_array_index (partners, Partner, k).partner, code))
          p = &g_array_index (partners, Partner, k);
      if (p == NULL)
        {
          Partner fresh = { code, r, figure };
          g_array_append_val (partners, fresh);
        }
      else
        {
          p->share.lo = MIN (p->share.lo, r.lo);
          p->share.hi = MAX (p->share.hi, r.hi);
        }
    }
  return partners;
}

static void
find_imports (XituDataset    *dataset,
              XituDependence *self)
{
  XituFigureQuery q = { .country = self->importer, .stage = self->stage, .metric = "imports",
                        .edition = self->edition, .year = self->year };
  g_autoptr(GPtrArray) found = xitu_dataset_find_figures (dataset, &q);

  self->imports_t = NAN;
  for (guint i = 0; i < found->len; i++)
    {
      XituFigure *f = g_ptr_array_index (found, i);

      if (xitu_figure_has_value (f) && g_strcmp0 (xitu_figure_get_unit (f), "t") == 0 &&
          g_strcmp0 (xitu_figure_get_measure (f), self->measure) == 0 &&
          xitu_figure_get_year_end (f) == self->year_end)
        {
          self->imports_t = xitu_figure_get_value (f);
          self->imports_figure = g_object_ref (f);
          return;
        }
    }
}

static void
find_context (XituDataset    *dataset,
              XituDependence *self)
{
  static const char * const metrics[] = { "net-import-reliance", "dependence-headline" };

  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    {
      XituFigureQuery q = { .country = self->importer, .metric = metrics[m], .any_partner = TRUE };
      g_autoptr(GPtrArray) found = xitu_dataset_find_figures (dataset, &q);
      g_autoptr(GPtrArray) picked = g_ptr_array_new ();

      /* The latest period of each measure, newest edition. */
      for (guint i = 0; i < found->len; i++)
        {
          XituFigure *f = g_ptr_array_index (found, i);
          const char *partner = xitu_figure_get_partner (f);
          gboolean seen = FALSE;

          if (partner != NULL && g_strcmp0 (partner, self->supplier) != 0)
            continue;
          for (guint k = 0; k < picked->len && !seen; k++)
            {
              XituFigure *other = g_ptr_array_index (picked, k);

              if (g_strcmp0 (xitu_figure_get_measure (other), xitu_figure_get_measure (f)) != 0)
                continue;
              seen = TRUE;
              if (xitu_figure_get_year_end (f) > xitu_figure_get_year_end (other))
                g_ptr_array_index (picked, k) = f;
            }
          if (!seen)
            g_ptr_array_add (picked, f);
        }
      for (guint k = 0; k < picked->len; k++)
        g_ptr_array_add (self->context, g_object_ref (g_ptr_array_index (picked, k)));
    }
}

static const XituUpstreamOverride *
find_override (const XituDependenceQuery *q,
               const char                *country,
               const char                *stage)
{
  for (guint i = 0; i < q->n_overrides; i++)
    if (g_strcmp0 (q->overrides[i].country, country) == 0 &&
        g_strcmp0 (q->overrides[i].stage, stage) == 0)
      return &q->overrides[i];
  return NULL;
}

/* The partner's own dependence on the supplier one stage up, from its
 * import-share figures for the period the importer's figures end in. */
static void
fill_upstream (XituDataset               *dataset,
               const XituDependenceQuery *q,
               XituDependence            *self,
               XituLookThroughTerm       *term)
{
  const XituUpstreamOverride *o = NULL;
  XituRange unknown = { 0.0, 100.0 };

  term->upstream_kind = XITU_UPSTREAM_MISSING;
  term->upstream = unknown;

  if (term->partner != NULL)
    o = find_override (q, term->partner, self->upstream_stage);
  if (o != NULL)
    {
      term->upstream_kind = XITU_UPSTREAM_USER;
      term->upstream = xitu_range_point (CLAMP (o->value, 0.0, 100.0));
      term->upstream_note = g_strdup (o->note);
    }
  else if (term->partner != NULL && g_strcmp0 (term->partner, XITU_OTHER_CODE) != 0)
    {
      XituDependenceQuery sub = { .importer = term->partner, .stage = self->upstream_stage,
                                  .supplier = self->supplier, .year = self->year_end };
      g_autoptr(XituDependence) up = xitu_dependence_compute (dataset, &sub);

      if (up->has_figures)
        {
          term->upstream_kind = XITU_UPSTREAM_FIGURE;
          term->upstream = up->direct;
          if (up->direct_figures->len > 0)
            term->upstream_figure = g_object_ref (g_ptr_array_index (up->direct_figures, 0));
        }
    }

  if (term->upstream_kind == XITU_UPSTREAM_MISSING)
    g_ptr_array_add (self->missing, g_strdup (term->partner != NULL ? term->partner : "rest"));
  term->contribution = range_mul (term->share, term->upstream);
}

static void
add_term (XituDataset               *dataset,
          const XituDependenceQuery *q,
          XituDependence            *self,
          const char                *partner,
          XituRange                  share,
          XituFigure                *figure)
{
  XituLookThroughTerm term = { g_strdup (partner), share, NULL };

  if (figure != NULL)
    term.share_figure = g_object_ref (figure);
  fill_upstream (dataset, q, self, &term);
  self->look_through.lo += term.contribution.lo;
  self->look_through.hi += term.contribution.hi;
  g_array_append_val (self->terms, term);
}

static void
fill_from_group (XituDataset               *dataset,
                 const XituDependenceQuery *q,
                 XituDependence            *self,
                 const Group               *group)
{
  g_autoptr(GArray) partners = group_partners (group);
  XituRange named = { 0.0, 0.0 }, other = { 0.0, 0.0 }, rest;
  const Partner *largest = NULL;

  self->has_figures = TRUE;
  self->metric = g_strdup ("import-share");
  self->measure = g_strdup (group->measure);
  self->edition = g_strdup (group->edition);
  self->year = group->year;
  self->year_end = group->year_end;

  for (guint k = 0; k < partners->len; k++)
    {
      const Partner *p = &g_array_index (partners, Partner, k);

      named.lo += p->share.lo;
      named.hi += p->share.hi;
      if (g_str_equal (p->partner, XITU_OTHER_CODE))
        other = p->share;
      else if (largest == NULL || p->share.hi > largest->share.hi)
        largest = p;
      if (g_str_equal (p->partner, self->supplier))
        {
          self->has_direct = TRUE;
          self->direct = p->share;
        }
    }
  for (guint i = 0; i < group->figures->len; i++)
    {
      XituFigure *f = g_ptr_array_index (group->figures, i);

      if (g_str_equal (xitu_figure_get_partner (f), self->supplier))
        g_ptr_array_add (self->direct_figures, g_object_ref (f));
    }

  /* What the named partners leave; under half a point is rounding. */
  rest.lo = MAX (0.0, 100.0 - named.hi);
  rest.hi = MAX (0.0, 100.0 - named.lo);
  if (rest.hi < 0.5)
    rest.lo = rest.hi = 0.0;

  if (!self->has_direct)
    {
      /* Not named: anything from nothing to all of "other" and the rest. */
      self->direct.lo = 0.0;
      self->direct.hi = other.hi + rest.hi;
    }

  if (largest != NULL)
    {
      XituRange unnamed = { 0.0, other.hi + rest.hi };

      self->largest_partner = g_strdup (largest->partner);
      self->largest_share = largest->share;
      self->crma_direct = xitu_benchmark_status (largest->share, self->crma_cap);
      for (guint k = 0; k < partners->len; k++)
        {
          const Partner *p = &g_array_index (partners, Partner, k);

          if (!g_str_equal (p->partner, XITU_OTHER_CODE))
            self->crma_direct = MAX (self->crma_direct,
                                     xitu_benchmark_status (p->share, self->crma_cap));
        }
      self->crma_direct = MAX (self->crma_direct,
                               MIN (xitu_benchmark_status (unnamed, self->crma_cap),
                                    XITU_BENCHMARK_POSSIBLY_ABOVE));
    }

  self->look_through = self->direct;
  if (self->upstream_stage == NULL)
    return;

  self->has_look_through = TRUE;
  for (guint k = 0; k < partners->len; k++)
    {
      const Partner *p = &g_array_index (partners, Partner, k);

      if (g_str_equal (p->partner, self->supplier) || g_str_equal (p->partner, self->importer))
        continue;
      /* An unnamed supplier may hide in "other": that share is in direct. */
      if (!self->has_direct && g_str_equal (p->partner, XITU_OTHER_CODE))
        continue;
      add_term (dataset, q, self, p->partner, p->share, p->figure);
    }
  if (self->has_direct && rest.hi > 0.0)
    add_term (dataset, q, self, NULL, rest, NULL);

  self->look_through.hi = MIN (self->look_through.hi, 100.0);
  self->look_through.lo = MIN (self->look_through.lo, self->look_through.hi);
  self->crma_look_through = xitu_benchmark_status (self->look_through, self->crma_cap);
}

XituDependence *
xitu_dependence_compute (XituDataset               *dataset,
                         const XituDependenceQuery *query)
{
  XituDependence *self = g_new0 (XituDependence, 1);
  XituFigureQuery fq = { .country = query->importer, .stage = query->stage,
                         .metric = "import-share", .any_partner = TRUE };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) groups = NULL;
  const Group *group = NULL;
  int index;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query->importer != NULL && query->stage != NULL, NULL);

  self->importer = g_strdup (query->importer);
  self->stage = g_strdup (query->stage);
  self->supplier = g_strdup (query->supplier != NULL ? query->supplier : XITU_CHINA_CODE);
  self->direct_figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = g_array_new (FALSE, TRUE, sizeof (XituLookThroughTerm));
  g_array_set_clear_func (self->terms, term_clear);
  self->missing = g_ptr_array_new_with_free_func (g_free);
  self->context = g_ptr_array_new_with_free_func (g_object_unref);
  self->other_measures = g_ptr_array_new_with_free_func (g_free);
  self->imports_t = NAN;
  self->crma_cap = xitu_dependence_get_crma_cap (dataset, &self->crma_figure);

  index = xitu_analysis_stage_index (dataset, query->stage);
  if (index > 0)
    {
      const char *ids[XITU_MAX_STAGES];

      xitu_analysis_get_stage_ids (dataset, ids);
      self->upstream_stage = g_strdup (ids[index - 1]);
    }

  find_context (dataset, self);

  /* The importer is its own supplier: nothing to depend on. */
  if (g_str_equal (self->importer, self->supplier))
    return self;

  found = xitu_dataset_find_figures (dataset, &fq);
  groups = make_groups (found, query->year);
  if (query->elements != XITU_ELEMENTS_ALL && query->measure == NULL)
    {
      group = pick_group (groups, query, TRUE);
      self->scope_fallback = group == NULL;
    }
  if (group == NULL)
    group = pick_group (groups, query, FALSE);

  for (guint g = 0; g < groups->len; g++)
    {
      const Group *other = &g_array_index (groups, Group, g);

      if ((group == NULL || g_strcmp0 (other->measure, group->measure) != 0) &&
          !g_ptr_array_find_with_equal_func (self->other_measures, other->measure,
                                             g_str_equal, NULL))
        g_ptr_array_add (self->other_measures, g_strdup (other->measure));
    }

  if (group == NULL)
    {
      self->scope_fallback = FALSE;
      return self;
    }

  fill_from_group (dataset, query, self, group);
  find_imports (dataset, self);
  return self;
}

static gboolean
is_importer_figure (XituFigure *figure)
{
  const char *metric = xitu_figure_get_metric (figure);

  return g_str_equal (metric, "import-share") || g_str_equal (metric, "net-import-reliance") ||
         g_str_equal (metric, "dependence-headline");
}

/* Countries and blocs with a dependence figure of any kind, in the
 * dataset's order of countries. */
char **
xitu_dependence_list_importers (XituDataset *dataset)
{
  GListModel *countries = xitu_dataset_get_countries (dataset);
  GListModel *figures = xitu_dataset_get_figures (dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(XituFigure) figure = g_list_model_get_item (figures, i);

      if (is_importer_figure (figure))
        g_hash_table_add (seen, (gpointer) xitu_figure_get_country (figure));
    }
  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(XituCountry) country = g_list_model_get_item (countries, i);

      if (g_hash_table_contains (seen, xitu_country_get_code (country)))
        g_strv_builder_add (builder, xitu_country_get_code (country));
    }
  return g_strv_builder_end (builder);
}

/* Every importer × every stage, importers in dataset order, stages
 * upstream first; cells without figures are included (has_figures FALSE)
 * so that a table can say "no sourced figure". */
GPtrArray *
xitu_dependence_list (XituDataset                *dataset,
                      const char                 *supplier,
                      int                         year,
                      const XituUpstreamOverride *overrides,
                      guint                       n_overrides)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) xitu_dependence_free);
  g_auto(GStrv) importers = xitu_dependence_list_importers (dataset);
  const char *stages[XITU_MAX_STAGES];
  guint n_stages = xitu_analysis_get_stage_ids (dataset, stages);

  for (guint i = 0; importers[i] != NULL; i++)
    for (guint s = 0; s < n_stages; s++)
      {
        XituDependenceQuery q = { .importer = importers[i], .stage = stages[s],
                                  .supplier = supplier, .year = year,
                                  .overrides = overrides, .n_overrides = n_overrides };

        g_ptr_array_add (list, xitu_dependence_compute (dataset, &q));
      }
  return list;
}
