/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-import-result.h"

G_BEGIN_DECLS

/* Imports a UN Comtrade CSV (the Comtrade+ API / download header, see
 * docs/import.md). For each reporter, flow, stage and year:
 *
 * - import-share (flow M) or export-share (flow X): each partner's share of
 *   the reporter's trade, measure "value" (primaryValue) and, where net
 *   weights are given, measure "weight";
 * - imports / exports: the total, in USD and in t.
 *
 * The World row (partner 0) is the denominator when the file has it and is
 * never summed with the partners; without it the denominator is the sum of
 * the partners, and the figures say so. Aggregate rows and areas "nes" are
 * left out of the sums. HS codes map to stages: 2846, 2846.10, 2846.90 →
 * separation, 2805.30 → metal, 8505.11 → magnet (which also counts magnets
 * without rare earths; the figures carry that caveat). */
XituImportResult *xitu_comtrade_import_data      (const char               *data,
                                                  gsize                     len,
                                                  const char               *display_name,
                                                  const XituImportOptions  *options,
                                                  GError                  **error);

/* "2846", "284690", "2846.90" → "separation"; NULL for codes Xitu does not
 * map to a stage. */
const char       *xitu_comtrade_stage_for_hs     (const char               *cmd_code);

/* A Comtrade reporter or partner code as an ISO 3166-1 alpha-3 code and
 * numeric: the codes where Comtrade differs from ISO (842 → USA 840,
 * 490 "Other Asia, nes" → TWN 158, …) and the ISO numerics otherwise.
 * FALSE for World, areas and groups. */
gboolean          xitu_comtrade_map_code         (guint                     code,
                                                  const char              **alpha3,
                                                  guint                    *numeric);

XituSource       *xitu_comtrade_make_source      (const char               *source_id,
                                                  const char               *date);

G_END_DECLS
