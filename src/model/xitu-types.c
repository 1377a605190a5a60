/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-types.h"

static const char * const lang_names[] = { "en", "zh", "both" };

static const char * const flag_names[] = {
  "estimated", "withheld", "more-than", "less-than",
  "not-available", "projected", "revised", "rounded",
};

static const char * const verdict_names[] = {
  "supported", "partly-supported", "contradicted", "outdated",
  "different-metric", "unit-error", "unverified",
};

G_STATIC_ASSERT (G_N_ELEMENTS (verdict_names) == XITU_N_VERDICTS);

void
xitu_text_set (XituText   *text,
               const char *en,
               const char *zh)
{
  g_free (text->en);
  g_free (text->zh);
  text->en = g_strdup (en);
  text->zh = g_strdup (zh);
}

void
xitu_text_clear (XituText *text)
{
  g_clear_pointer (&text->en, g_free);
  g_clear_pointer (&text->zh, g_free);
}

const char *
xitu_text_get (const XituText *text,
               XituLang        lang)
{
  return xitu_lang_pick (lang, text->en, text->zh);
}

/* A missing translation falls back to the other language rather than to an
 * empty label: a label in the wrong language beats a blank bar. */
const char *
xitu_lang_pick (XituLang    lang,
                const char *en,
                const char *zh)
{
  if (lang == XITU_LANG_ZH && zh != NULL && *zh != '\0')
    return zh;
  return en != NULL ? en : zh;
}

char *
xitu_lang_join (XituLang    lang,
                const char *en,
                const char *zh)
{
  if (lang != XITU_LANG_BOTH || zh == NULL || *zh == '\0' || g_strcmp0 (en, zh) == 0)
    return g_strdup (xitu_lang_pick (lang, en, zh));
  return g_strdup_printf ("%s %s", zh, en);
}

const char *
xitu_lang_to_string (XituLang lang)
{
  g_return_val_if_fail (lang <= XITU_LANG_BOTH, NULL);
  return lang_names[lang];
}

gboolean
xitu_lang_from_string (const char *str,
                       XituLang   *lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (lang_names); i++)
    if (g_strcmp0 (str, lang_names[i]) == 0)
      {
        *lang = i;
        return TRUE;
      }
  return FALSE;
}

const char *
xitu_figure_flag_to_string (XituFigureFlags flag)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
    if (flag == (1u << i))
      return flag_names[i];
  return NULL;
}

XituFigureFlags
xitu_figure_flag_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
    if (g_strcmp0 (str, flag_names[i]) == 0)
      return 1u << i;
  return XITU_FIGURE_NONE;
}

const char *
xitu_verdict_to_string (XituVerdict verdict)
{
  g_return_val_if_fail (verdict < XITU_N_VERDICTS, NULL);
  return verdict_names[verdict];
}

gboolean
xitu_verdict_from_string (const char  *str,
                          XituVerdict *verdict)
{
  for (guint i = 0; i < G_N_ELEMENTS (verdict_names); i++)
    if (g_strcmp0 (str, verdict_names[i]) == 0)
      {
        *verdict = i;
        return TRUE;
      }
  return FALSE;
}
