/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xitu-analysis.h"
#include "xitu-intensity.h"

G_BEGIN_DECLS

/* The build-out scenario: capacity outside one country (China) per stage
 * and year, as facilities start under a timeline assumption, against
 * today's world output and an importer's demand; and the "can X replace
 * China within N months?" question. Formulas: docs/methodology.md,
 * "Build-out". */

typedef enum
{
  XITU_TIMELINE_AS_ANNOUNCED,  /* the operator's announced start */
  XITU_TIMELINE_SLIPPAGE,      /* announced start + historical slippage */
  XITU_TIMELINE_LEAD_TIMES,    /* financing year + lead time from the literature */
} XituTimeline;

typedef enum
{
  XITU_LEAD_TIME_LOW,
  XITU_LEAD_TIME_HIGH,
} XituLeadTimeEnd;

typedef enum
{
  XITU_TARGET_SHARE_OF_WORLD,  /* % of today's world output at the stage */
  XITU_TARGET_SHARE_OF_DEMAND, /* % of the importer's demand at the stage */
  XITU_TARGET_QUANTITY,        /* t/yr in the stage's basis unit */
} XituTargetKind;

#define XITU_BUILDOUT_FIRST_YEAR 2025
#define XITU_BUILDOUT_LAST_YEAR  2035
#define XITU_BUILDOUT_N_YEARS    (XITU_BUILDOUT_LAST_YEAR - XITU_BUILDOUT_FIRST_YEAR + 1)

typedef struct
{
  char            exclude[16];       /* capacity outside this country: "CHN" */
  XituTimeline    timeline;
  double          slippage_years;    /* used only when the dataset has no facility with both years */
  XituLeadTimeEnd lead_time_end;
  gboolean        convert_units;     /* convert t NdPr etc. through the intensity factors */
  XituIntensity   intensity;
  XituTargetKind  target_kind;
  double          target_value;      /* % or t/yr */
  char            importer[16];      /* whose demand: "USA" */
  double          demand_t[XITU_MAX_STAGES]; /* the importer's demand per stage, t/yr; 0 = not set */
} XituBuildoutParams;

typedef enum
{
  XITU_START_IN_OUTPUT,   /* operating before the base year: part of today's output */
  XITU_START_ACTUAL,      /* started after the base year, as recorded */
  XITU_START_ANNOUNCED,   /* the announced start */
  XITU_START_SLIPPED,     /* announced start + slippage */
  XITU_START_LEAD_TIME,   /* financing (or now) + lead time */
  XITU_START_NOW,         /* commissioning without a year: from the first year */
} XituStartBasis;

typedef struct
{
  XituFacility   *facility;
  const char     *stage;          /* where its capacity counts */
  double          capacity;       /* as the dataset gives it, NAN if not disclosed */
  const char     *unit;
  double          capacity_basis; /* in the stage's basis unit, NAN if not converted */
  gboolean        converted;      /* through an assumed intensity factor */
  int             start_year;     /* under the timeline assumption; 0 unknown */
  XituStartBasis  start_basis;
  gboolean        counted;        /* adds to the capacity series */
  const char     *why_not;        /* when not counted */
} XituBuildoutFacility;

typedef struct
{
  const char *id;
  const char *unit;
  gboolean    has_world;
  double      world_t;            /* today's world output in the basis unit */
  gboolean    world_derived;      /* from the stage upstream through intensity factors */
  int         world_year;
  gboolean    has_base;
  double      base_t;             /* today's output outside the excluded country */
  double      excluded_share;     /* excluded country's share of world output, % */
  int         base_year;
  double      added_t[XITU_BUILDOUT_N_YEARS];
  double      capacity_t[XITU_BUILDOUT_N_YEARS];      /* base + added (added only without base) */
  double      share_of_world[XITU_BUILDOUT_N_YEARS];  /* %, NAN without a basis */
  gboolean    has_demand;
  double      demand_t;
  gboolean    demand_from_data;   /* the importer's imports in t stand in for demand */
  double      share_of_demand[XITU_BUILDOUT_N_YEARS]; /* %, NAN without demand */
  gboolean    has_target;
  double      target_t;
  int         target_year;        /* first year at or above target; 0 = not by LAST_YEAR */
} XituBuildoutStage;

typedef struct
{
  XituBuildoutParams params;
  guint              n_stages;
  XituBuildoutStage  stages[XITU_MAX_STAGES];
  GArray            *facilities;        /* of XituBuildoutFacility */
  gboolean           slippage_from_data;
  guint              slippage_n;        /* facilities the slippage comes from */
  double             slippage_years;    /* used */
  double             lead_mine[2];      /* years, [LOW], [HIGH] */
  double             lead_plant[2];
  gboolean           lead_from_data;
  GPtrArray         *lead_figures;      /* of XituFigure */
} XituBuildout;

void          xitu_buildout_params_init_default (XituBuildoutParams       *params);
XituBuildout *xitu_buildout_compute             (XituDataset              *dataset,
                                                 const XituBuildoutParams *params);
void          xitu_buildout_free                (XituBuildout             *self);
int           xitu_buildout_year_index          (int                       year);
const char   *xitu_timeline_to_string           (XituTimeline              timeline);
gboolean      xitu_timeline_from_string         (const char               *str,
                                                 XituTimeline             *timeline);
const char   *xitu_target_kind_to_string        (XituTargetKind            kind);
gboolean      xitu_target_kind_from_string      (const char               *str,
                                                 XituTargetKind           *kind);
const char   *xitu_start_basis_to_string        (XituStartBasis            basis);

/* "Can `importer` replace the excluded country within `months`?" */
typedef enum
{
  XITU_REPLACE_FRAME_IMPORTER,  /* the importer's own need, in t */
  XITU_REPLACE_FRAME_WORLD,     /* no tonnes for the importer: the excluded country's whole output */
} XituReplaceFrame;

typedef enum
{
  XITU_REPLACE_YES,
  XITU_REPLACE_NO,
  XITU_REPLACE_UNDETERMINED,
} XituReplaceVerdict;

typedef enum
{
  XITU_STAGE_REPLACED,     /* new capacity by the deadline ≥ need */
  XITU_STAGE_SHORT,        /* less than the need */
  XITU_STAGE_NO_BASIS,     /* no need in t can be set from the data or the user */
  XITU_STAGE_NOT_NEEDED,   /* need is zero */
} XituReplaceStageStatus;

typedef struct
{
  const char             *id;
  XituReplaceStageStatus  status;
  double                  need_t;
  double                  added_t;       /* new capacity online by the deadline */
  double                  unmet;         /* % of the need not met by the deadline */
  int                     reach_year;    /* first year new capacity ≥ need; 0 not by LAST_YEAR */
  int                     earliest_new;  /* first year a project not yet listed could produce */
} XituReplaceStage;

typedef struct
{
  char               *importer;
  int                 from_year;
  int                 months;
  int                 deadline_year;
  double              fraction;       /* % of the supply from the excluded country to replace */
  XituReplaceFrame    frame;
  XituReplaceVerdict  verdict;
  int                 bottleneck;     /* stage index, -1 if none */
  guint               n_stages;
  XituReplaceStage    stages[XITU_MAX_STAGES];
  char               *summary;        /* one English sentence for the view and the tests */
} XituReplacement;

XituReplacement *xitu_buildout_replace          (XituBuildout             *self,
                                                 XituDataset              *dataset,
                                                 int                       from_year,
                                                 int                       months,
                                                 double                    fraction);
void             xitu_replacement_free          (XituReplacement          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituBuildout, xitu_buildout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XituReplacement, xitu_replacement_free)

G_END_DECLS
