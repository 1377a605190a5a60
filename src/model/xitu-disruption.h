/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-dependence.h"
#include "xitu-intensity.h"

G_BEGIN_DECLS

/* The disruption scenario: a supplier cuts its exports of one or more
 * stages' products; what each importer loses, how long its stock lasts, and
 * what that does downstream. Formulas and assumptions: docs/methodology.md,
 * "Disruption".
 *
 * Binding the engine to the structural inputs (supplier, stages, elements,
 * look-through, overrides, intensity factors) reads the dataset once;
 * xitu_disruption_run() then recomputes every importer × stage from the
 * slider inputs without touching the dataset or allocating. */

#define XITU_TYPE_DISRUPTION (xitu_disruption_get_type ())
G_DECLARE_FINAL_TYPE (XituDisruption, xitu_disruption, XITU, DISRUPTION, GObject)

typedef enum
{
  XITU_SPARE_AUTO,   /* facility capacity minus output where the dataset has both, else headroom */
  XITU_SPARE_USER,   /* the user's headroom at every stage */
} XituSpareBasis;

typedef struct
{
  /* Structure: a change here rebinds (reads the dataset again). */
  char           supplier[16];      /* country code; "CHN" */
  guint          stages;            /* bit i: the i-th stage (upstream first) is cut */
  XituElements   elements;          /* XITU_ELEMENTS_ALL, or the elements the measure covers */
  gboolean       look_through;      /* items made abroad from the supplier's material are covered */
  XituIntensity  intensity;

  /* Sliders: read on every run. */
  double         cut;               /* % of the supplier's exports of the product, 0–100 */
  double         duration_months;   /* ≥ 0 */
  XituSpareBasis spare_basis;
  double         headroom;          /* % of world output at the stage that others could add */
  double         stock_months;      /* importers' stock, months of consumption */
  double         recycling;         /* % of consumption met by recycling, 0–100 */
  double         import_reliance;   /* % of primary consumption that is imported, 0–100 */
} XituDisruptionParams;

typedef enum
{
  XITU_CELL_NO_DATA,   /* no import-share figure for this importer and stage */
  XITU_CELL_NOT_CUT,   /* the stage is not cut (knock-on may still apply) */
  XITU_CELL_SUPPLIER,  /* the importer is the supplier */
  XITU_CELL_CUT,
} XituCellStatus;

typedef struct
{
  XituCellStatus status;
  gboolean       scope_fallback;        /* no figure for the elements: all-RE figure used */
  XituRange      share;                 /* supplier's share of imports (look-through if set), % */
  XituRange      exposure;              /* % of consumption supplied by the supplier */
  XituRange      shortfall;             /* % of consumption lost while the cut lasts */
  XituRange      shortfall_after_stock; /* % averaged over the duration once stock is drawn */
  XituRange      stock_months_left;     /* months until stock runs out (INFINITY: never) */
  gboolean       has_tonnes;            /* the dataset gives imports in t for this basis */
  XituRange      shortfall_t;           /* t/yr of the stage's product */

  /* Knock-on from a cut stage upstream (the worst one), an upper bound: as
   * if all of the importer's output at this stage were made at home from
   * the cut product. */
  gboolean       has_knock_on;
  int            knock_on_from;         /* stage index */
  XituRange      knock_on;              /* % of the importer's output at this stage */
  gboolean       has_knock_on_t;
  XituRange      knock_on_t;            /* t/yr of this stage's product, via intensity factors */
} XituDisruptionCell;

typedef struct
{
  const char *id;
  const char *unit;              /* the stage's quantity basis */
  gboolean    cut;
  gboolean    supplier_share_known;
  double      supplier_share;    /* % of world output (100 assumed when unknown) */
  int         supplier_share_year;
  double      world_t;           /* world output in t, or NAN */
  gboolean    spare_from_data;   /* capacity − output known for at least one country */
  double      spare_data;        /* % of world output, when spare_from_data */
  guint       spare_countries;   /* countries counted */
  double      spare_used;        /* % of world output used in the last run */
  double      effective_cut;     /* % of the supplier's exports not replaced, last run */
  double      chain_factor[XITU_MAX_STAGES]; /* units of stage j per unit of this stage, or NAN */
} XituDisruptionStage;

void                       xitu_disruption_params_init_default (XituDisruptionParams       *params);
gboolean                   xitu_disruption_params_same_structure (const XituDisruptionParams *a,
                                                                  const XituDisruptionParams *b);

XituDisruption            *xitu_disruption_new            (XituDataset                *dataset);
XituDataset               *xitu_disruption_get_dataset    (XituDisruption             *self);
void                       xitu_disruption_set_overrides  (XituDisruption             *self,
                                                           const XituUpstreamOverride *overrides,
                                                           guint                       n_overrides);
void                       xitu_disruption_bind           (XituDisruption             *self,
                                                           const XituDisruptionParams *params);
gboolean                   xitu_disruption_run            (XituDisruption             *self,
                                                           const XituDisruptionParams *params);

guint                      xitu_disruption_get_n_importers (XituDisruption            *self);
const char                *xitu_disruption_get_importer   (XituDisruption             *self,
                                                           guint                       importer);
guint                      xitu_disruption_get_n_stages   (XituDisruption             *self);
const XituDisruptionStage *xitu_disruption_get_stage      (XituDisruption             *self,
                                                           guint                       stage);
const XituDisruptionCell  *xitu_disruption_get_cell       (XituDisruption             *self,
                                                           guint                       importer,
                                                           guint                       stage);
XituDependence            *xitu_disruption_get_dependence (XituDisruption             *self,
                                                           guint                       importer,
                                                           guint                       stage);
int                        xitu_disruption_find_importer  (XituDisruption             *self,
                                                           const char                 *code);

/* Presets tied to real measures. */
typedef struct
{
  const char         *id;
  const char         *title_en;
  const char         *title_zh;
  const char * const *event_ids;     /* dataset events, NULL-terminated; empty for a hypothesis */
  const char         *elements;      /* comma-separated symbols, NULL for all */
  const char * const *stages;        /* stage ids cut */
  gboolean            look_through;
  double              cut;
  double              duration_months;
  const char         *note_en;
} XituDisruptionPreset;

const XituDisruptionPreset *xitu_disruption_get_presets    (guint                      *n_presets);
const XituDisruptionPreset *xitu_disruption_find_preset    (const char                 *id);
gboolean                   xitu_disruption_params_apply_preset (XituDisruptionParams       *params,
                                                               XituDataset                *dataset,
                                                               const XituDisruptionPreset *preset);

G_END_DECLS
