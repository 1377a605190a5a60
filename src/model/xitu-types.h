/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language that data labels (country, stage, source and claim texts) are
 * shown in. The interface language is gettext's business; this one is a
 * preference because analysts often want Chinese labels in an English UI. */
typedef enum
{
  XITU_LANG_EN,
  XITU_LANG_ZH,
  XITU_LANG_BOTH,
} XituLang;

typedef enum /*< flags >*/
{
  XITU_FIGURE_NONE          = 0,
  XITU_FIGURE_ESTIMATED     = 1 << 0,
  XITU_FIGURE_WITHHELD      = 1 << 1,
  XITU_FIGURE_MORE_THAN     = 1 << 2,
  XITU_FIGURE_LESS_THAN     = 1 << 3,
  XITU_FIGURE_NOT_AVAILABLE = 1 << 4,
  XITU_FIGURE_PROJECTED     = 1 << 5,
  XITU_FIGURE_REVISED       = 1 << 6,
  XITU_FIGURE_ROUNDED       = 1 << 7,
} XituFigureFlags;

typedef enum
{
  XITU_VERDICT_SUPPORTED,
  XITU_VERDICT_PARTLY_SUPPORTED,
  XITU_VERDICT_CONTRADICTED,
  XITU_VERDICT_OUTDATED,
  XITU_VERDICT_DIFFERENT_METRIC,
  XITU_VERDICT_UNIT_ERROR,
  XITU_VERDICT_UNVERIFIED,
  XITU_N_VERDICTS
} XituVerdict;

typedef enum
{
  XITU_COUNTRY_KIND_COUNTRY,
  XITU_COUNTRY_KIND_BLOC,
  XITU_COUNTRY_KIND_AGGREGATE,
} XituCountryKind;

#define XITU_WORLD_CODE  "WLD"
#define XITU_OTHER_CODE  "OTH"
#define XITU_CHINA_CODE  "CHN"

/* A text that the dataset carries in both languages. */
typedef struct
{
  char *en;
  char *zh;
} XituText;

void            xitu_text_set                 (XituText        *text,
                                               const char      *en,
                                               const char      *zh);
void            xitu_text_clear               (XituText        *text);
const char     *xitu_text_get                 (const XituText  *text,
                                               XituLang         lang);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XituText, xitu_text_clear)

const char     *xitu_lang_pick                (XituLang         lang,
                                               const char      *en,
                                               const char      *zh);
char           *xitu_lang_join                (XituLang         lang,
                                               const char      *en,
                                               const char      *zh);
const char     *xitu_lang_to_string           (XituLang         lang);
gboolean        xitu_lang_from_string         (const char      *str,
                                               XituLang        *lang);

const char     *xitu_figure_flag_to_string    (XituFigureFlags  flag);
XituFigureFlags xitu_figure_flag_from_string  (const char      *str);

const char     *xitu_verdict_to_string        (XituVerdict      verdict);
gboolean        xitu_verdict_from_string      (const char      *str,
                                               XituVerdict     *verdict);

G_END_DECLS
