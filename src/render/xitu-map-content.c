/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a map shows, assembled once from the dataset for the window and the
 * command line alike: the values (XituMapMetric) classed into colours, the
 * texts in the label language, the facility pins, the tooltips and the
 * table behind it. The renderer draws what this gives it and reads no
 * dataset; the widget shows it and holds no data logic. */
#include "xitu-map-content.h"
#include "xitu-chart-private.h"
#include "xitu-classify.h"

#include <math.h>
#include <string.h>

struct _XituMapContent
{
  GObject          parent_instance;

  XituDataset     *dataset;
  XituMapNames    *names;
  XituMapMetric   *metric;
  XituMapOptions  *options;
  GPtrArray       *facilities;   /* of XituFacility, parallel to the pins */
  XituMapRequest   request;      /* strings not kept: see the metric */
  XituChartOptions chart_opts;   /* for the shared tooltip and label helpers */
};

G_DEFINE_FINAL_TYPE (XituMapContent, xitu_map_content, G_TYPE_OBJECT)

static const char * const classing_names[XITU_N_MAP_CLASSINGS] = {
  "quantile", "equal-interval", "log", "policy",
};

const char *
xitu_map_classing_to_string (XituMapClassing classing)
{
  g_return_val_if_fail (classing < XITU_N_MAP_CLASSINGS, NULL);
  return classing_names[classing];
}

gboolean
xitu_map_classing_from_string (const char      *str,
                               XituMapClassing *classing)
{
  for (guint i = 0; i < XITU_N_MAP_CLASSINGS; i++)
    if (g_strcmp0 (str, classing_names[i]) == 0)
      {
        *classing = i;
        return TRUE;
      }
  return FALSE;
}

static void
xitu_map_content_finalize (GObject *object)
{
  XituMapContent *self = XITU_MAP_CONTENT (object);

  g_clear_pointer (&self->options, xitu_map_options_free);
  g_ptr_array_unref (self->facilities);
  g_clear_object (&self->metric);
  g_clear_object (&self->names);
  g_clear_object (&self->dataset);
  xitu_chart_options_clear (&self->chart_opts);
  G_OBJECT_CLASS (xitu_map_content_parent_class)->finalize (object);
}

static void
xitu_map_content_class_init (XituMapContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_map_content_finalize;
}

static void
xitu_map_content_init (XituMapContent *self)
{
  self->facilities = g_ptr_array_new_with_free_func (g_object_unref);
  xitu_chart_options_init (&self->chart_opts, XITU_CHART_RANKING);
}

/* The chart renderers' label helpers (names, sources, figure tooltips) work
 * on a drawing context; these need only its dataset and language. */
static XituChartCtx
label_ctx (XituMapContent *self)
{
  XituChartCtx ctx = { 0 };

  ctx.dataset = self->dataset;
  ctx.opts = &self->chart_opts;
  ctx.lang = self->request.lang;
  return ctx;
}

static char *
tr (XituMapContent *self,
    const char     *en,
    const char     *zh)
{
  return xitu_lang_join (self->request.lang, en, zh);
}

static const char *
colon (XituMapContent *self)
{
  return self->request.lang == XITU_LANG_ZH ? "：" : ": ";
}

/* ---- classes ------------------------------------------------------------ */

static gboolean
is_percent (XituMapContent *self)
{
  return g_strcmp0 (xitu_map_metric_get_unit (self->metric), "%") == 0;
}

static GArray *
values_to_classify (XituMapMetric *metric)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GHashTable) blocs = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < xitu_map_metric_get_n_values (metric); i++)
    {
      const XituMapMetricValue *v = xitu_map_metric_get_value (metric, i);

      /* A bloc's figure counts once, not once per member. */
      if (v->has_value && (v->via == NULL || g_hash_table_add (blocs, (gpointer) v->via)))
        g_array_append_val (values, v->value);
    }
  return values;
}

static GArray *
make_breaks (XituMapContent *self)
{
  static const double policy[] = XITU_MAP_POLICY_BREAKS;
  g_autoptr (GArray) values = values_to_classify (self->metric);
  XituClassifyMethod method = XITU_CLASSIFY_QUANTILE;
  GArray *breaks;

  switch (self->request.classing)
    {
    case XITU_MAP_CLASSING_POLICY:
      /* Policy thresholds are shares; tonnes fall back to quantiles. */
      if (is_percent (self))
        return xitu_classify_fixed (policy, G_N_ELEMENTS (policy), NULL);
      break;
    case XITU_MAP_CLASSING_EQUAL_INTERVAL:
      method = XITU_CLASSIFY_EQUAL_INTERVAL;
      break;
    case XITU_MAP_CLASSING_LOG:
      method = XITU_CLASSIFY_LOG;
      break;
    case XITU_MAP_CLASSING_QUANTILE:
    case XITU_N_MAP_CLASSINGS:
    default:
      break;
    }
  breaks = xitu_classify_breaks (method, (const double *) (gpointer) values->data, values->len,
                                 XITU_MAP_N_CLASSES, NULL);
  /* No value (or no positive one on a log scale): one class. */
  return breaks != NULL ? breaks : g_array_new (FALSE, FALSE, sizeof (double));
}

static char *
format_value (XituMapContent *self,
              double          value)
{
  return xitu_format_number (value, XITU_DECIMALS_AUTO, self->request.lang, self->request.numbers);
}

static GPtrArray *
make_class_labels (XituMapContent *self,
                   GArray         *breaks)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  guint n = breaks->len;

  if (n == 0)
    {
      g_autoptr (GArray) values = values_to_classify (self->metric);
      double lo = INFINITY, hi = -INFINITY;

      for (guint i = 0; i < values->len; i++)
        {
          lo = MIN (lo, g_array_index (values, double, i));
          hi = MAX (hi, g_array_index (values, double, i));
        }
      if (values->len == 0)
        g_ptr_array_add (labels, g_strdup ("–"));
      else if (lo == hi)
        g_ptr_array_add (labels, format_value (self, lo));
      else
        {
          g_autofree char *a = format_value (self, lo);
          g_autofree char *b = format_value (self, hi);
          g_ptr_array_add (labels, g_strdup_printf ("%s – %s", a, b));
        }
    }
  for (guint i = 0; n > 0 && i <= n; i++)
    {
      g_autofree char *lo = i > 0 ? format_value (self, g_array_index (breaks, double, i - 1)) : NULL;
      g_autofree char *hi = i < n ? format_value (self, g_array_index (breaks, double, i)) : NULL;

      if (lo == NULL)
        g_ptr_array_add (labels, g_strdup_printf ("< %s", hi));
      else if (hi == NULL)
        g_ptr_array_add (labels, g_strdup_printf ("≥ %s", lo));
      else
        g_ptr_array_add (labels, g_strdup_printf ("%s – %s", lo, hi));
    }
  g_ptr_array_add (labels, NULL);
  return labels;
}

/* ---- texts -------------------------------------------------------------- */

static char *
stage_name (XituMapContent *self,
            const char     *stage)
{
  XituChartCtx ctx = label_ctx (self);

  return xitu_chart_stage_name (&ctx, stage);
}

static char *
year_text (XituMapContent *self,
           int             year)
{
  g_autofree char *zh = g_strdup_printf ("%d年", year);
  g_autofree char *en = g_strdup_printf ("%d", year);

  return tr (self, en, zh);
}

static char *
make_title (XituMapContent *self)
{
  XituMapMetric *m = self->metric;
  int year = xitu_map_metric_get_year (m) > 0 ? xitu_map_metric_get_year (m) : xitu_map_metric_get_year_asked (m);
  g_autofree char *stage = stage_name (self, xitu_map_metric_get_stage (m));
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *title = NULL;

  switch (xitu_map_metric_get_kind (m))
    {
    case XITU_MAP_METRIC_SHARE:
      {
        XituStage *s = xitu_dataset_lookup_stage (self->dataset, xitu_map_metric_get_stage (m));
        const XituText *name = s != NULL ? xitu_stage_get_name (s) : NULL;

        en = g_strdup_printf ("%s: country shares of world output", name ? name->en : stage);
        zh = g_strdup_printf ("%s：各国占全球产量的份额", name ? name->zh : stage);
      }
      break;
    case XITU_MAP_METRIC_PRODUCTION:
      en = g_strdup ("Rare-earth mine production");
      zh = g_strdup ("稀土矿山产量");
      break;
    case XITU_MAP_METRIC_RESERVES:
      en = g_strdup ("Rare-earth reserves");
      zh = g_strdup ("稀土储量");
      break;
    case XITU_MAP_METRIC_DEPENDENCE:
    case XITU_N_MAP_METRICS:
    default:
      {
        XituStage *s = xitu_dataset_lookup_stage (self->dataset, xitu_map_metric_get_stage (m));
        const XituText *name = s != NULL ? xitu_stage_get_name (s) : NULL;

        en = g_strdup_printf ("Share of imports from China: %s", name ? name->en : stage);
        zh = g_strdup_printf ("自中国进口的份额：%s", name ? name->zh : stage);
      }
      break;
    }

  title = tr (self, en, zh);
  if (year > 0)
    {
      g_autofree char *y = year_text (self, year);
      /* Dependence figures are each importer's latest, of several years. */
      if (xitu_map_metric_get_kind (m) == XITU_MAP_METRIC_DEPENDENCE)
        {
          g_autofree char *as_of = tr (self, "latest up to", "截至");
          char *full = self->request.lang == XITU_LANG_ZH ? g_strdup_printf ("%s（%s%s）", title, as_of, y)
                                                         : g_strdup_printf ("%s, %s %s", title, as_of, y);
          g_free (title);
          title = full;
        }
      else
        {
          char *full = g_strdup_printf (self->request.lang == XITU_LANG_ZH ? "%s，%s" : "%s, %s", title, y);
          g_free (title);
          title = full;
        }
    }
  if (!xitu_map_metric_has_data (m))
    {
      g_autofree char *none = tr (self, "no sourced figure", "无来源数据");
      char *full = g_strdup_printf (self->request.lang == XITU_LANG_ZH ? "%s（%s）" : "%s — %s", title, none);
      g_free (title);
      title = full;
    }
  return g_steal_pointer (&title);
}

static char *
legend_title (XituMapContent *self)
{
  switch (xitu_map_metric_get_kind (self->metric))
    {
    case XITU_MAP_METRIC_SHARE:
      return tr (self, "Share of world output", "占全球产量份额");
    case XITU_MAP_METRIC_PRODUCTION:
      return tr (self, "Mine production", "矿山产量");
    case XITU_MAP_METRIC_RESERVES:
      return tr (self, "Reserves", "储量");
    case XITU_MAP_METRIC_DEPENDENCE:
    case XITU_N_MAP_METRICS:
    default:
      return tr (self, "Share of imports from China", "自中国进口份额");
    }
}

static char *
units_text (XituMapContent *self)
{
  if (is_percent (self))
    return g_strdup ("%");
  return tr (self, "t REO", "吨稀土氧化物");
}

static char *
make_footer (XituMapContent *self)
{
  g_autoptr (XituFooter) footer = xitu_footer_new (self->dataset, self->request.lang);
  g_autoptr (GPtrArray) figures = g_ptr_array_new ();
  XituMapMetric *m = self->metric;
  gboolean via = FALSE, from_source = FALSE;
  double total = xitu_map_metric_get_total (m, &from_source);

  for (guint i = 0; i < xitu_map_metric_get_n_values (m); i++)
    {
      const XituMapMetricValue *v = xitu_map_metric_get_value (m, i);

      g_ptr_array_add (figures, v->figure);
      if (v->high != NULL)
        g_ptr_array_add (figures, v->high);
      via |= v->via != NULL;
    }
  xitu_footer_add_figures (footer, figures);

  if (isfinite (total))
    {
      g_autofree char *t = xitu_format_quantity (total, "t", self->request.lang, self->request.numbers);
      g_autofree char *en = g_strdup_printf ("Shares of mine production (t REO) in the %s of %s",
                                             from_source ? "source's world total" : "sum of the countries", t);
      g_autofree char *zh = g_strdup_printf ("份额按矿山产量（吨稀土氧化物）占%s%s计算",
                                             from_source ? "来源给出的全球总量" : "各国合计", t);
      g_autofree char *note = tr (self, en, zh);
      xitu_footer_add_note (footer, note);
    }
  if (xitu_map_metric_get_kind (m) == XITU_MAP_METRIC_DEPENDENCE)
    {
      g_autofree char *note = tr (self, "Each importer's latest figure; ranges as their sources give them",
                                  "各进口方的最新数据；区间按来源原样给出");
      xitu_footer_add_note (footer, note);
    }
  if (via)
    {
      g_autofree char *note = tr (self, "EU member states show the EU-27's figure",
                                  "欧盟成员国显示欧盟27国的整体数据");
      xitu_footer_add_note (footer, note);
    }
  {
    g_autofree char *note = tr (self, "Hatched: no sourced figure", "斜线：无来源数据");
    xitu_footer_add_note (footer, note);
  }
  return xitu_footer_get_text (footer);
}

/* ---- pins --------------------------------------------------------------- */

static XituMapStage
pin_stage (XituFacility *facility)
{
  static const char * const stages[XITU_MAP_N_STAGES] = { "mining", "separation", "metal", "magnet" };

  /* The furthest stage downstream: what the plant makes. */
  for (int i = XITU_MAP_N_STAGES - 1; i >= 0; i--)
    if (xitu_facility_has_stage (facility, stages[i]))
      return i;
  return XITU_MAP_STAGE_MINING;
}

static XituMapStatus
pin_status (XituFacility *facility)
{
  const char *status = xitu_facility_get_status (facility);

  if (g_strcmp0 (status, "operating") == 0)
    return XITU_MAP_STATUS_OPERATING;
  if (g_strcmp0 (status, "construction") == 0 || g_strcmp0 (status, "commissioning") == 0)
    return XITU_MAP_STATUS_CONSTRUCTION;
  return XITU_MAP_STATUS_ANNOUNCED;
}

/* Pins are sized by capacity in tonnes a year of what each plant makes;
 * a capacity in another unit, or none, draws the smallest pin. */
static double
pin_capacity (XituFacility *facility)
{
  double capacity;
  const char *unit;

  if (!xitu_facility_get_capacity (facility, &capacity, &unit) || unit == NULL || !g_str_has_prefix (unit, "t/yr"))
    return NAN;
  return capacity;
}

static GArray *
make_pins (XituMapContent *self,
           GPtrArray      *names)
{
  GListModel *facilities = xitu_dataset_get_facilities (self->dataset);
  GArray *pins = g_array_new (FALSE, TRUE, sizeof (XituMapPin));

  if (self->request.hide_pins)
    return pins;
  for (guint i = 0; i < g_list_model_get_n_items (facilities); i++)
    {
      g_autoptr (XituFacility) f = g_list_model_get_item (facilities, i);
      XituMapPin pin = { 0 };
      char *name = tr (self, xitu_facility_get_name (f)->en, xitu_facility_get_name (f)->zh);

      pin.lon = xitu_facility_get_lon (f);
      pin.lat = xitu_facility_get_lat (f);
      pin.stage = pin_stage (f);
      pin.status = pin_status (f);
      pin.capacity = pin_capacity (f);
      pin.name = name;
      g_ptr_array_add (names, name);
      g_array_append_val (pins, pin);
      g_ptr_array_add (self->facilities, g_steal_pointer (&f));
    }
  return pins;
}

/* ---- assembly ----------------------------------------------------------- */

static void
build_options (XituMapContent *self,
               XituWorld      *world)
{
  static const struct { const char *en, *zh; } statuses[XITU_MAP_N_STATUSES] = {
    { "Operating", "运营中" },
    { "Under construction or commissioning", "在建或调试中" },
    { "Announced", "已宣布" },
  };
  static const char * const stages[XITU_MAP_N_STAGES] = { "mining", "separation", "metal", "magnet" };
  g_autoptr (GArray) values = g_array_new (FALSE, TRUE, sizeof (XituMapValue));
  g_autoptr (GArray) breaks = make_breaks (self);
  g_autoptr (GPtrArray) labels = make_class_labels (self, breaks);
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) pins = make_pins (self, strings);
  g_autofree char *title = make_title (self);
  g_autofree char *legend = legend_title (self);
  g_autofree char *units = units_text (self);
  g_autofree char *no_data = tr (self, "No sourced figure", "无来源数据");
  g_autofree char *footer = make_footer (self);
  g_autofree char *disclaimer =
    tr (self, "Boundaries: Natural Earth, drawn as de facto; no judgement on the status of any territory.",
        "边界：Natural Earth，按实际控制线绘制，不代表对任何领土地位的判断。");
  XituMapOptions o = { 0 };

  for (guint i = 0; i < xitu_map_metric_get_n_values (self->metric); i++)
    {
      const XituMapMetricValue *v = xitu_map_metric_get_value (self->metric, i);
      XituMapValue mv = { v->numeric, v->has_value ? v->value : NAN, v->has_value };

      g_array_append_val (values, mv);
    }

  o.world = world;
  o.values = (const XituMapValue *) (gpointer) values->data;
  o.n_values = values->len;
  o.breaks = (const double *) (gpointer) breaks->data;
  o.n_breaks = breaks->len;
  o.class_labels = (const char * const *) labels->pdata;
  o.title = title;
  o.legend_title = legend;
  o.units = units;
  o.no_data_label = no_data;
  o.footer = footer;
  o.disclaimer = disclaimer;
  o.pins = (const XituMapPin *) (gpointer) pins->data;
  o.n_pins = pins->len;
  for (guint i = 0; i < XITU_MAP_N_STAGES; i++)
    {
      char *label = stage_name (self, stages[i]);

      g_ptr_array_add (strings, label);
      o.stage_labels[i] = label;
    }
  for (guint i = 0; i < XITU_MAP_N_STATUSES; i++)
    {
      char *label = tr (self, statuses[i].en, statuses[i].zh);

      g_ptr_array_add (strings, label);
      o.status_labels[i] = label;
    }
  o.dark = self->request.dark;
  self->options = xitu_map_options_copy (&o);
}

XituMapContent *
xitu_map_content_new (XituDataset          *dataset,
                      XituWorld            *world,
                      XituMapNames         *names,
                      const XituMapRequest *request)
{
  XituMapContent *self;

  g_return_val_if_fail (XITU_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (world == NULL || XITU_IS_WORLD (world), NULL);
  g_return_val_if_fail (names == NULL || XITU_IS_MAP_NAMES (names), NULL);
  g_return_val_if_fail (request != NULL && request->kind < XITU_N_MAP_METRICS, NULL);

  self = g_object_new (XITU_TYPE_MAP_CONTENT, NULL);
  self->dataset = g_object_ref (dataset);
  self->names = names != NULL ? g_object_ref (names) : NULL;
  self->request = *request;
  self->request.stage = NULL;
  self->request.edition = NULL;
  self->chart_opts.lang = request->lang;
  self->chart_opts.numbers = request->numbers;
  self->metric = xitu_map_metric_new (dataset, request->kind, request->stage, request->year, request->edition);
  build_options (self, world);
  return self;
}

/* ---- accessors ---------------------------------------------------------- */

const XituMapOptions *
xitu_map_content_get_options (XituMapContent *self)
{
  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  return self->options;
}

XituMapMetric *
xitu_map_content_get_metric (XituMapContent *self)
{
  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  return self->metric;
}

XituLang
xitu_map_content_get_lang (XituMapContent *self)
{
  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), XITU_LANG_EN);
  return self->request.lang;
}

XituFacility *
xitu_map_content_get_pin_facility (XituMapContent *self,
                                   guint           index)
{
  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  return index < self->facilities->len ? g_ptr_array_index (self->facilities, index) : NULL;
}

guint
xitu_map_content_classify (XituMapContent *self,
                           double          value)
{
  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), 0);
  return xitu_classify_value (self->options->breaks, self->options->n_breaks, value);
}

/* ---- tooltips ----------------------------------------------------------- */

char *
xitu_map_content_country_name (XituMapContent *self,
                               guint           numeric,
                               const char     *map_name)
{
  const XituMapName *name;
  XituCountry *country;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);

  name = self->names != NULL ? xitu_map_names_lookup_feature (self->names, numeric, map_name) : NULL;
  if (name != NULL)
    return xitu_map_name_dup_label (name, self->request.lang);
  country = numeric != 0 ? xitu_dataset_lookup_country_numeric (self->dataset, numeric) : NULL;
  if (country != NULL)
    return tr (self, xitu_country_get_name_en (country), xitu_country_get_name_zh (country));
  return g_strdup (map_name != NULL ? map_name : "");
}

char *
xitu_map_content_describe_country (XituMapContent *self,
                                   guint           numeric,
                                   const char     *map_name)
{
  g_autofree char *name = NULL;
  const XituMapMetricValue *v;
  XituChartCtx ctx;
  g_autofree char *extra = NULL;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);

  name = xitu_map_content_country_name (self, numeric, map_name);
  v = numeric != 0 ? xitu_map_metric_lookup (self->metric, numeric) : NULL;
  if (v == NULL)
    {
      int year = xitu_map_metric_get_year (self->metric) > 0 ? xitu_map_metric_get_year (self->metric)
                                                               : xitu_map_metric_get_year_asked (self->metric);
      g_autofree char *none = tr (self, "No sourced figure", "无来源数据");

      if (year > 0)
        {
          g_autofree char *y = year_text (self, year);
          return g_strdup_printf (self->request.lang == XITU_LANG_ZH ? "%s\n%s（%s）" : "%s\n%s (%s)",
                                  name, none, y);
        }
      return g_strdup_printf ("%s\n%s", name, none);
    }

  ctx = label_ctx (self);
  if (v->has_value && xitu_map_metric_get_kind (self->metric) == XITU_MAP_METRIC_SHARE &&
      isfinite (xitu_map_metric_get_total (self->metric, NULL)))
    {
      /* The figure is the country's production; the share is ours. */
      g_autofree char *pct = xitu_format_percent (v->value, 1, self->request.lang);
      g_autofree char *of = tr (self, "of the world total", "占全球总量");
      extra = self->request.lang == XITU_LANG_ZH ? g_strdup_printf ("%s%s", of, pct)
                                                 : g_strdup_printf ("%s %s", pct, of);
    }
  else if (v->high != NULL)
    {
      g_autofree char *high = xitu_format_figure (v->high, self->request.lang, self->request.numbers);
      g_autofree char *up_to = tr (self, "up to", "最高");
      extra = g_strdup_printf ("%s %s", up_to, high);
    }
  if (v->via != NULL)
    {
      g_autofree char *bloc = xitu_chart_country_name (&ctx, v->via);
      g_autofree char *figure = tr (self, "figure", "整体数据");
      g_autofree char *whose = self->request.lang == XITU_LANG_ZH ? g_strconcat (bloc, figure, NULL)
                                                                  : g_strdup_printf ("%s %s", bloc, figure);
      char *joined = extra != NULL ? g_strdup_printf ("%s · %s", extra, whose) : g_strdup (whose);

      g_free (extra);
      extra = joined;
    }
  return xitu_chart_figure_tooltip (&ctx, v->figure, name, extra);
}

static char *
status_label (XituMapContent *self,
              const char     *status)
{
  static const struct { const char *id, *en, *zh; } words[] = {
    { "operating", "Operating", "运营中" },
    { "construction", "Under construction", "在建" },
    { "commissioning", "Commissioning", "调试中" },
    { "announced", "Announced", "已宣布" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (status, words[i].id) == 0)
      return tr (self, words[i].en, words[i].zh);
  return g_strdup (status != NULL ? status : "");
}

char *
xitu_map_content_describe_pin (XituMapContent *self,
                               guint           index)
{
  XituFacility *f;
  XituChartCtx ctx;
  GString *tip;
  const char * const *stages;
  const XituText *note;
  double capacity;
  const char *unit;
  g_autofree char *country = NULL;
  g_autofree char *status = NULL;
  g_autofree char *source = NULL;
  g_autofree char *source_word = NULL;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  if ((f = xitu_map_content_get_pin_facility (self, index)) == NULL)
    return NULL;

  ctx = label_ctx (self);
  tip = g_string_new (NULL);
  g_string_append (tip, self->options->pins[index].name);

  country = xitu_chart_country_name (&ctx, xitu_facility_get_country (f));
  g_string_append_c (tip, '\n');
  if (xitu_facility_get_operator (f) != NULL)
    g_string_append_printf (tip, "%s · ", xitu_facility_get_operator (f));
  g_string_append (tip, country);

  g_string_append_c (tip, '\n');
  stages = xitu_facility_get_stages (f);
  for (guint i = 0; stages != NULL && stages[i] != NULL; i++)
    {
      g_autofree char *stage = stage_name (self, stages[i]);
      g_string_append_printf (tip, "%s%s", i > 0 ? ", " : "", stage);
    }
  status = status_label (self, xitu_facility_get_status (f));
  g_string_append_printf (tip, " · %s", status);

  if (xitu_facility_get_capacity (f, &capacity, &unit))
    {
      g_autofree char *word = tr (self, "Capacity", "产能");
      g_autofree char *value = xitu_format_quantity (capacity, unit, self->request.lang, self->request.numbers);
      g_string_append_printf (tip, "\n%s%s%s", word, colon (self), value);
    }
  note = xitu_facility_get_capacity_note (f);
  if (note != NULL && xitu_text_get (note, self->request.lang) != NULL)
    g_string_append_printf (tip, "\n%s", xitu_text_get (note, self->request.lang));

  source_word = tr (self, "Source", "来源");
  source = xitu_chart_source_title (&ctx, xitu_facility_get_source (f));
  g_string_append_printf (tip, "\n%s%s%s", source_word, colon (self), source);
  return g_string_free (tip, FALSE);
}

static int
compare_by_value (gconstpointer a,
                  gconstpointer b)
{
  const XituMapMetricValue *x = *(const XituMapMetricValue **) a;
  const XituMapMetricValue *y = *(const XituMapMetricValue **) b;

  return (y->value > x->value) - (y->value < x->value);
}

char *
xitu_map_content_get_summary (XituMapContent *self)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
  GString *text;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);

  text = g_string_new (self->options->title);
  for (guint i = 0; i < xitu_map_metric_get_n_values (self->metric); i++)
    {
      const XituMapMetricValue *v = xitu_map_metric_get_value (self->metric, i);
      if (v->has_value && v->via == NULL)
        g_ptr_array_add (sorted, (gpointer) v);
    }
  g_ptr_array_sort (sorted, compare_by_value);
  for (guint i = 0; i < sorted->len && i < 3; i++)
    {
      const XituMapMetricValue *v = g_ptr_array_index (sorted, i);
      g_autofree char *name = xitu_map_content_country_name (self, v->numeric, NULL);
      g_autofree char *value = is_percent (self) ? xitu_format_percent (v->value, 1, self->request.lang)
                                                 : xitu_format_quantity (v->value, xitu_map_metric_get_unit (self->metric),
                                                                         self->request.lang, self->request.numbers);

      g_string_append (text, i == 0 ? (self->request.lang == XITU_LANG_ZH ? "：" : ": ")
                                    : (self->request.lang == XITU_LANG_ZH ? "，" : ", "));
      g_string_append_printf (text, "%s %s", name, value);
    }
  return g_string_free (text, FALSE);
}

char *
xitu_map_content_get_suggested_name (XituMapContent *self)
{
  g_autofree char *id = NULL;
  int year;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);

  id = xitu_map_metric_to_id (xitu_map_metric_get_kind (self->metric), xitu_map_metric_get_stage (self->metric));
  year = xitu_map_metric_get_year (self->metric);
  return year > 0 ? g_strdup_printf ("map-%s-%d", id, year) : g_strdup_printf ("map-%s", id);
}

/* ---- data and export ---------------------------------------------------- */

XituTable *
xitu_map_content_get_table (XituMapContent *self)
{
  static const char * const header[] = {
    "map_metric", "numeric", "country", "country_name_en", "country_name_zh", "value", "value_high",
    "unit", "via", "stage", "metric", "measure", "year", "year_end", "figure_value", "figure_unit",
    "flags", "edition", "source_id", "source_publisher", "source_title", "source_date", "source_url", NULL,
  };
  g_autofree char *id = NULL;
  XituTable *table;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);

  id = xitu_map_metric_to_id (xitu_map_metric_get_kind (self->metric), xitu_map_metric_get_stage (self->metric));
  table = xitu_table_new (header);
  for (guint i = 0; i < xitu_map_metric_get_n_values (self->metric); i++)
    {
      const XituMapMetricValue *v = xitu_map_metric_get_value (self->metric, i);
      XituFigure *f = v->figure;
      XituCountry *country = xitu_dataset_lookup_country (self->dataset, v->country);
      XituSource *source = xitu_dataset_lookup_source (self->dataset, xitu_figure_get_source (f));
      const XituMapName *name = self->names != NULL ? xitu_map_names_lookup_numeric (self->names, v->numeric) : NULL;
      g_autofree char *numeric = g_strdup_printf ("%03u", v->numeric);
      g_autofree char *value = v->has_value ? xitu_format_machine (v->value) : NULL;
      g_autofree char *high = v->high != NULL ? xitu_format_machine (xitu_figure_get_value (v->high)) : NULL;
      g_autofree char *year = g_strdup_printf ("%d", xitu_figure_get_year (f));
      g_autofree char *year_end = g_strdup_printf ("%d", xitu_figure_get_year_end (f));
      g_autofree char *figure_value = xitu_figure_has_value (f) ? xitu_format_machine (xitu_figure_get_value (f)) : NULL;
      g_autofree char *flags = xitu_figure_flags_string (f);

      xitu_table_add_row (table, id, numeric, v->country,
                          name != NULL ? name->en : country != NULL ? xitu_country_get_name_en (country) : NULL,
                          name != NULL ? name->zh : country != NULL ? xitu_country_get_name_zh (country) : NULL,
                          value, high, xitu_map_metric_get_unit (self->metric), v->via,
                          xitu_figure_get_stage (f), xitu_figure_get_metric (f), xitu_figure_get_measure (f),
                          year, year_end, figure_value, xitu_figure_get_unit (f), flags,
                          xitu_figure_get_edition (f), xitu_figure_get_source (f),
                          source != NULL ? xitu_text_get (xitu_source_get_publisher (source), XITU_LANG_EN) : NULL,
                          source != NULL ? xitu_source_get_title (source) : NULL,
                          source != NULL ? xitu_source_get_date (source) : NULL,
                          source != NULL ? xitu_source_get_url (source) : NULL);
    }
  return table;
}

char *
xitu_map_content_draw (XituMapContent  *self,
                       cairo_t         *cr,
                       double           width,
                       double           height,
                       XituWorld       *world,
                       double           zoom,
                       double           centre_x,
                       double           centre_y,
                       char           **summary)
{
  g_autoptr (XituMapOptions) options = NULL;
  g_autoptr (XituMapHits) hits = NULL;

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  g_return_val_if_fail (world == NULL || XITU_IS_WORLD (world), NULL);

  options = xitu_map_options_copy (self->options);
  if (world != NULL)
    g_set_object (&options->world, world);
  options->zoom = zoom > 0 ? zoom : 1;
  options->centre_x = zoom > 0 ? centre_x : 0;
  options->centre_y = zoom > 0 ? centre_y : 0;
  hits = xitu_map_renderer_draw (cr, width, height, options);
  if (summary != NULL)
    *summary = xitu_map_content_get_summary (self);
  return g_strdup (options->title);
}

typedef struct
{
  XituMapContent *content;
  XituWorld      *world;
  double          zoom;
  double          centre_x;
  double          centre_y;
} MapDrawing;

static char *
draw_map (cairo_t  *cr,
          double    width,
          double    height,
          char    **summary,
          gpointer  user_data)
{
  MapDrawing *d = user_data;

  return xitu_map_content_draw (d->content, cr, width, height, d->world, d->zoom, d->centre_x, d->centre_y, summary);
}

GBytes *
xitu_map_content_export (XituMapContent    *self,
                         XituWorld         *world,
                         double             zoom,
                         double             centre_x,
                         double             centre_y,
                         XituExportFormat   format,
                         double             width,
                         double             height,
                         double             scale,
                         GError           **error)
{
  MapDrawing drawing = { self, world, zoom, centre_x, centre_y };

  g_return_val_if_fail (XITU_IS_MAP_CONTENT (self), NULL);
  g_return_val_if_fail (world == NULL || XITU_IS_WORLD (world), NULL);

  if (format == XITU_EXPORT_CSV)
    {
      g_autoptr (XituTable) table = xitu_map_content_get_table (self);
      char *csv = xitu_table_to_csv (table);

      return g_bytes_new_take (csv, strlen (csv));
    }
  /* The map paints its page before anything else. */
  return xitu_export_render_opaque_drawing (format, width, height, scale, draw_map, &drawing, error);
}
