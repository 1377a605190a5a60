/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-country.h"

G_BEGIN_DECLS

/* One row of the country table (data/iso-3166-countries.json). */
typedef struct
{
  char            *code;     /* ISO 3166-1 alpha-3, or WLD / OTH */
  char            *en;
  char            *zh;
  guint            numeric;  /* ISO 3166-1 numeric; 0 for aggregates */
  XituCountryKind  kind;
} XituCountryInfo;

/* Country codes, numbers and names in both languages, and the spellings that
 * outside files use for them (data/usgs-country-names.json). Importers map
 * names and trade codes to ISO codes through it and take the countries a
 * stored import needs from it. */
typedef struct _XituCountryNames XituCountryNames;

XituCountryNames      *xitu_country_names_new            (void);
void                   xitu_country_names_free           (XituCountryNames      *self);

/* The tables compiled into the program (GResource), loaded once. */
XituCountryNames      *xitu_country_names_get_default    (void);

/* Loads the code table (format "xitu-country-table"); every English name in
 * it also becomes a name that matches. */
gboolean               xitu_country_names_load_table     (XituCountryNames      *self,
                                                          const char            *data,
                                                          gsize                  len,
                                                          const char            *display_name,
                                                          GError               **error);
/* Loads extra spellings (format "xitu-country-names"); their codes must be
 * in the code table loaded before. */
gboolean               xitu_country_names_load_names     (XituCountryNames      *self,
                                                          const char            *data,
                                                          gsize                  len,
                                                          const char            *display_name,
                                                          GError               **error);

const XituCountryInfo *xitu_country_names_lookup_code    (XituCountryNames      *self,
                                                          const char            *code);
const XituCountryInfo *xitu_country_names_lookup_numeric (XituCountryNames      *self,
                                                          guint                  numeric);
/* The code for a name as a file spells it ("Burma", "Korea, Republic of",
 * "World total"), ignoring case, spacing, apostrophe style and trailing
 * footnote digits; NULL when unknown. */
const char            *xitu_country_names_match          (XituCountryNames      *self,
                                                          const char            *name);
guint                  xitu_country_names_get_n_codes    (XituCountryNames      *self);

char                  *xitu_country_names_normalize      (const char            *name);
XituCountry           *xitu_country_info_to_country      (const XituCountryInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituCountryNames, xitu_country_names_free)

G_END_DECLS
