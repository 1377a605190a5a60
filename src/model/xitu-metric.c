/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-metric.h"

typedef struct
{
  const char *id;
  const char *en;
  const char *zh;
} Name;

/* In the order a reader goes through them: output, then reserves, then the
 * shares and dependence figures, then prices and times. */
static const Name metric_names[] = {
  { "production",          "production",          "产量" },
  { "reserves",            "reserves",            "储量" },
  { "share",               "share",               "份额" },
  { "top3-share",          "top-3 share",         "前三国份额" },
  { "import-share",        "import share",        "进口份额" },
  { "net-import-reliance", "net import reliance", "净进口依存度" },
  { "dependence-headline", "dependence (headline)", "依赖度（公开表述）" },
  { "imports",             "imports",             "进口量" },
  { "price",               "price",               "价格" },
  { "lead-time",           "lead time",           "建设周期" },
  { "capacity-target",     "capacity target",     "产能目标" },
};

/* The units of the format; Chinese statistics write 吨 for t. */
static const Name unit_names[] = {
  { "t",      "t",      "吨" },
  { "kg",     "kg",     "千克" },
  { "USD",    "USD",    "美元" },
  { "USD/kg", "USD/kg", "美元/千克" },
  { "years",  "years",  "年" },
  { "months", "months", "个月" },
  { "%",      "%",      "%" },
};

/* Indexed by the bit of the flag. */
static const Name flag_names[] = {
  { "estimated",     "estimated",     "估计" },
  { "withheld",      "withheld",      "未公开" },
  { "more-than",     "more than",     "大于" },
  { "less-than",     "less than",     "小于" },
  { "not-available", "not available", "无数据" },
  { "projected",     "projected",     "预测" },
  { "revised",       "revised",       "修订" },
  { "rounded",       "rounded",       "取整" },
};

/* An unknown metric is shown as its id: a newer dataset may bring one. */
const char *
xitu_metric_get_name (const char *metric,
                      XituLang    lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (metric_names); i++)
    if (g_strcmp0 (metric, metric_names[i].id) == 0)
      return xitu_lang_pick (lang, metric_names[i].en, metric_names[i].zh);
  return metric;
}

const char *
xitu_unit_get_name (const char *unit,
                    XituLang    lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_names); i++)
    if (g_strcmp0 (unit, unit_names[i].id) == 0)
      return xitu_lang_pick (lang, unit_names[i].en, unit_names[i].zh);
  return unit;
}

int
xitu_metric_get_order (const char *metric)
{
  for (guint i = 0; i < G_N_ELEMENTS (metric_names); i++)
    if (g_strcmp0 (metric, metric_names[i].id) == 0)
      return i;
  return G_N_ELEMENTS (metric_names);
}

const char *
xitu_figure_flag_get_name (XituFigureFlags flag,
                           XituLang        lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
    if (flag == (1u << i))
      return xitu_lang_pick (lang, flag_names[i].en, flag_names[i].zh);
  return NULL;
}

/* "estimated, revised" / "估计、修订"; empty for no flags. */
char *
xitu_figure_flags_describe (XituFigureFlags flags,
                            XituLang        lang)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
    {
      if ((flags & (1u << i)) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, lang == XITU_LANG_ZH ? "、" : ", ");
      g_string_append (text, xitu_figure_flag_get_name (1u << i, lang));
    }
  return g_string_free (text, FALSE);
}
