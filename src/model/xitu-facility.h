/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_FACILITY (xitu_facility_get_type ())
G_DECLARE_FINAL_TYPE (XituFacility, xitu_facility, XITU, FACILITY, GObject)

/* A mine or plant. Years are 0 where the source gives none: an unknown start
 * is not the same as a start in year zero, and is never guessed. */
XituFacility       *xitu_facility_new                 (const char         *id,
                                                       const char         *country,
                                                       const char         *status,
                                                       double              lat,
                                                       double              lon,
                                                       const char         *source);
const char         *xitu_facility_get_id              (XituFacility       *self);
const char         *xitu_facility_get_country         (XituFacility       *self);
const char         *xitu_facility_get_status          (XituFacility       *self);
const char         *xitu_facility_get_source          (XituFacility       *self);
const char         *xitu_facility_get_operator        (XituFacility       *self);
const XituText     *xitu_facility_get_name            (XituFacility       *self);
const XituText     *xitu_facility_get_capacity_note   (XituFacility       *self);
const char * const *xitu_facility_get_stages          (XituFacility       *self);
gboolean            xitu_facility_has_stage           (XituFacility       *self,
                                                       const char         *stage);
double              xitu_facility_get_lat             (XituFacility       *self);
double              xitu_facility_get_lon             (XituFacility       *self);
gboolean            xitu_facility_get_capacity        (XituFacility       *self,
                                                       double             *capacity,
                                                       const char        **unit);
int                 xitu_facility_get_announced       (XituFacility       *self);
int                 xitu_facility_get_start_announced (XituFacility       *self);
int                 xitu_facility_get_start_actual    (XituFacility       *self);

void                xitu_facility_set_name            (XituFacility       *self,
                                                       const char         *en,
                                                       const char         *zh);
void                xitu_facility_set_operator        (XituFacility       *self,
                                                       const char         *operator_name);
void                xitu_facility_set_stages          (XituFacility       *self,
                                                       const char * const *stages);
void                xitu_facility_set_capacity        (XituFacility       *self,
                                                       double              capacity,
                                                       const char         *unit);
void                xitu_facility_set_capacity_note   (XituFacility       *self,
                                                       const char         *en,
                                                       const char         *zh);
void                xitu_facility_set_years           (XituFacility       *self,
                                                       int                 announced,
                                                       int                 start_announced,
                                                       int                 start_actual);

G_END_DECLS
