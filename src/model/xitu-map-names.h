/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_MAP_NAMES_ERROR (xitu_map_names_error_quark ())

typedef enum
{
  XITU_MAP_NAMES_ERROR_SYNTAX,     /* not JSON, not UTF-8 */
  XITU_MAP_NAMES_ERROR_FORMAT,     /* not a "xitu-country-names" v1 file */
  XITU_MAP_NAMES_ERROR_STRUCTURE,  /* a member missing, of the wrong type or repeated */
} XituMapNamesError;

/* The name of one feature of the world map in both languages. Features with
 * an ISO 3166-1 numeric code are found by it; the few without one (Kosovo,
 * N. Cyprus, Somaliland…) by the name the geometry file gives them. */
typedef struct
{
  guint  numeric;   /* 0 for a feature without a code */
  char  *alpha3;    /* NULL for a feature without a code */
  char  *map_name;  /* the feature's name in the geometry file */
  char  *en;
  char  *zh;
} XituMapName;

#define XITU_TYPE_MAP_NAMES (xitu_map_names_get_type ())
G_DECLARE_FINAL_TYPE (XituMapNames, xitu_map_names, XITU, MAP_NAMES, GObject)

GQuark              xitu_map_names_error_quark     (void);

/* Reads data/dataset/country-names.json (format "xitu-country-names",
 * "countries" and "unnumbered"). Errors name the file and the JSON path. */
XituMapNames       *xitu_map_names_new_from_bytes  (GBytes             *bytes,
                                                    const char         *display_name,
                                                    GError            **error);
XituMapNames       *xitu_map_names_new_from_file   (GFile              *file,
                                                    GError            **error);

guint               xitu_map_names_get_n_names     (XituMapNames       *self);
const XituMapName  *xitu_map_names_get_name        (XituMapNames       *self,
                                                    guint               index);
const XituMapName  *xitu_map_names_lookup_numeric  (XituMapNames       *self,
                                                    guint               numeric);
const XituMapName  *xitu_map_names_lookup_alpha3   (XituMapNames       *self,
                                                    const char         *alpha3);
const XituMapName  *xitu_map_names_lookup_map_name (XituMapNames       *self,
                                                    const char         *map_name);
/* By numeric code when it is not 0, else by the geometry's name. */
const XituMapName  *xitu_map_names_lookup_feature  (XituMapNames       *self,
                                                    guint               numeric,
                                                    const char         *map_name);

/* Names that match `query` in English or Chinese (or as an alpha-3 code),
 * ignoring case, accents and spacing: exact matches first, then names that
 * start with it, then names with a word that starts with it, then names
 * that contain it; shorter names first within each. At most `max` (0: no
 * limit). Returns borrowed XituMapName pointers. */
GPtrArray          *xitu_map_names_search          (XituMapNames       *self,
                                                    const char         *query,
                                                    guint               max);

/* The name in `lang`; "中文 English" for both. Newly allocated. */
char               *xitu_map_name_dup_label        (const XituMapName  *name,
                                                    XituLang            lang);

/* The form names are compared in: NFKD, case folded, marks and spacing
 * stripped to single spaces. */
char               *xitu_map_names_fold            (const char         *text);

G_END_DECLS
