/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-import-result.h"

G_BEGIN_DECLS

/* The chapter of the long data release that holds rare earths. */
#define XITU_USGS_CHAPTER "RARE EARTHS"

/* Imports the rare-earth figures of a USGS Mineral Commodity Summaries data
 * release: the long format of MCS 2025 and later (one value per row, all
 * commodities; rows of other chapters are counted and passed over) or the
 * older wide per-commodity world tables (Prod_t_YYYY columns). Either way
 * the result holds production (stage mining, t), reserves (t),
 * net-import-reliance (%), import-share (%, US imports by partner) and
 * price (USD/kg) figures, one source per edition, and the countries they
 * name. Fails only when the file cannot be read as such a table; bad rows
 * are skipped and listed in the result. */
XituImportResult *xitu_usgs_import_data        (const char               *data,
                                                gsize                     len,
                                                const char               *display_name,
                                                const XituImportOptions  *options,
                                                GError                  **error);

/* The source record of an edition's data release ("MCS 2026" →
 * usgs-mcs2026-data-release, U.S. Geological Survey, DOI URL when known). */
XituSource       *xitu_usgs_make_source        (const char               *edition,
                                                const char               *source_id);

/* "MCS2024", "mcs2024-raree_world.csv", "MCS 2026" → "MCS 2024" / … ;
 * NULL when the text names no edition. */
char             *xitu_usgs_edition_from_name  (const char               *name);

/* A Value cell: "270,000", "NA" (not-available), "W" (withheld), "E" (net
 * exporter: not-available, *net_exporter set), "—" (zero), ">95"
 * (more-than), "<0.5" (less-than), a trailing "e" (estimated). */
gboolean          xitu_usgs_parse_value        (const char               *text,
                                                double                   *value,
                                                XituFigureFlags          *flags,
                                                gboolean                 *net_exporter);

/* A Year cell: "2025", "2025e" (estimated), "2021–24" / "2021-2024" (a
 * range: year 2021, year_end 2024). */
gboolean          xitu_usgs_parse_year         (const char               *text,
                                                int                      *year,
                                                int                      *year_end,
                                                gboolean                 *estimated);

G_END_DECLS
