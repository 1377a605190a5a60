/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-analysis.h"

G_BEGIN_DECLS

/* How much an importer depends on a supplier (China unless asked) at one
 * stage: directly, as the dataset's import-share figures state it, and
 * "looked through" the other partners to what they depend on upstream.
 * Formulas: docs/methodology.md, "Dependence". */

/* A user-set value for a partner's dependence on the supplier at a stage,
 * where the dataset has none (e.g. "Lynas Malaysia runs on Australian
 * concentrate: 0 %"). It is an assumption and is reported as one. */
typedef struct
{
  const char *country;
  const char *stage;
  double      value;   /* %, 0–100 */
  const char *note;
} XituUpstreamOverride;

typedef struct
{
  const char                 *importer;
  const char                 *stage;
  const char                 *supplier;     /* NULL: China */
  const char                 *measure;      /* NULL: pick (see elements) */
  int                         year;         /* 0: latest */
  XituElements                elements;     /* prefer measures naming these elements */
  const XituUpstreamOverride *overrides;
  guint                       n_overrides;
} XituDependenceQuery;

typedef enum
{
  XITU_BENCHMARK_UNKNOWN,
  XITU_BENCHMARK_BELOW,
  XITU_BENCHMARK_POSSIBLY_ABOVE,  /* the range straddles the cap */
  XITU_BENCHMARK_ABOVE,
} XituBenchmarkStatus;

typedef enum
{
  XITU_UPSTREAM_FIGURE,    /* from the partner's own import-share figures */
  XITU_UPSTREAM_USER,      /* an override: an assumption */
  XITU_UPSTREAM_MISSING,   /* not in the dataset: taken as 0 and as 100 % */
  XITU_UPSTREAM_NONE,      /* the stage has nothing upstream */
} XituUpstreamKind;

typedef struct
{
  char             *partner;         /* code ("MYS", "OTH"), or NULL for the unattributed rest */
  XituRange         share;           /* importer's share from the partner, % */
  XituFigure       *share_figure;    /* NULL for the rest */
  XituUpstreamKind  upstream_kind;
  XituRange         upstream;        /* partner's dependence on the supplier upstream, % */
  XituFigure       *upstream_figure; /* when upstream_kind is FIGURE */
  char             *upstream_note;   /* when upstream_kind is USER */
  XituRange         contribution;    /* share × upstream / 100, percentage points */
} XituLookThroughTerm;

typedef struct
{
  char                *importer;
  char                *stage;
  char                *supplier;
  char                *upstream_stage;  /* NULL at the first stage */

  /* The import-share figures used: one importer, stage, measure, edition
   * and period. has_figures is FALSE when there are none. */
  gboolean             has_figures;
  char                *metric;          /* always "import-share" */
  char                *measure;         /* "weight", "value", "usgs-import-sources", … */
  char                *edition;
  int                  year;
  int                  year_end;
  gboolean             scope_fallback;  /* elements were asked, no figure names them */
  double               imports_t;       /* total imports in t for the same basis, or NAN */
  XituFigure          *imports_figure;

  /* Direct: the supplier's share of the importer's imports. When the
   * supplier is not named, [0, rest]. A range when the source gives one
   * ("60–70 %") or the figure is a bound ("90 %+"). */
  gboolean             has_direct;
  XituRange            direct;
  GPtrArray           *direct_figures;  /* of XituFigure */

  /* Look-through: direct + Σ share(p) × upstream(p), missing upstream
   * dependence taken as 0 (lo) and 100 % (hi). */
  gboolean             has_look_through;
  XituRange            look_through;
  GArray              *terms;           /* of XituLookThroughTerm, partners other than the supplier */
  GPtrArray           *missing;         /* of char*: partners ("JPN", "OTH", "rest") whose upstream is missing */

  /* EU CRMA single-supplier benchmark (Regulation (EU) 2024/1252, Art. 5(1)),
   * applied to any importer as a yardstick. */
  double               crma_cap;        /* % */
  XituFigure          *crma_figure;     /* the dataset's figure for the cap, if any */
  char                *largest_partner; /* named partner with the largest share */
  XituRange            largest_share;
  XituBenchmarkStatus  crma_direct;     /* any single country above the cap */
  XituBenchmarkStatus  crma_look_through;

  /* Figures of other kinds about the importer (net import reliance,
   * headline dependence) and other import-share measures: shown beside,
   * never combined with the above. */
  GPtrArray           *context;         /* of XituFigure */
  GPtrArray           *other_measures;  /* of char* */
} XituDependence;

#define XITU_CRMA_SINGLE_SUPPLIER_CAP 65.0

XituDependence      *xitu_dependence_compute           (XituDataset                *dataset,
                                                        const XituDependenceQuery  *query);
void                 xitu_dependence_free              (XituDependence             *self);
char               **xitu_dependence_list_importers    (XituDataset                *dataset);
GPtrArray           *xitu_dependence_list              (XituDataset                *dataset,
                                                        const char                 *supplier,
                                                        int                         year,
                                                        const XituUpstreamOverride *overrides,
                                                        guint                       n_overrides);
double               xitu_dependence_get_crma_cap      (XituDataset                *dataset,
                                                        XituFigure                **figure);
XituBenchmarkStatus  xitu_benchmark_status             (XituRange                   value,
                                                        double                      cap);
const char          *xitu_benchmark_status_to_string   (XituBenchmarkStatus         status);
const char          *xitu_upstream_kind_to_string      (XituUpstreamKind            kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituDependence, xitu_dependence_free)

G_END_DECLS
