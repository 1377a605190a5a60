/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "xitu-types.h"

G_BEGIN_DECLS

#define XITU_TYPE_CLAIM (xitu_claim_get_type ())
G_DECLARE_FINAL_TYPE (XituClaim, xitu_claim, XITU, CLAIM, GObject)

/* A quantitative statement from the news, the figures it is held against and
 * the verdict. When it carries a check (figure, claimed value, tolerance)
 * the verdict can be computed from the data rather than typed in. */
XituClaim          *xitu_claim_new              (const char         *id,
                                                 const char         *source,
                                                 XituVerdict         verdict);
const char         *xitu_claim_get_id           (XituClaim          *self);
const char         *xitu_claim_get_source       (XituClaim          *self);
XituVerdict         xitu_claim_get_verdict      (XituClaim          *self);
const XituText     *xitu_claim_get_text         (XituClaim          *self);
const XituText     *xitu_claim_get_explanation  (XituClaim          *self);
const char * const *xitu_claim_get_countries    (XituClaim          *self);
const char * const *xitu_claim_get_figures      (XituClaim          *self);
gboolean            xitu_claim_get_check        (XituClaim          *self,
                                                 const char        **figure,
                                                 double             *claimed,
                                                 double             *tolerance);
gboolean            xitu_claim_mentions         (XituClaim          *self,
                                                 const char         *country);

void                xitu_claim_set_text         (XituClaim          *self,
                                                 const char         *en,
                                                 const char         *zh);
void                xitu_claim_set_explanation  (XituClaim          *self,
                                                 const char         *en,
                                                 const char         *zh);
void                xitu_claim_set_countries    (XituClaim          *self,
                                                 const char * const *countries);
void                xitu_claim_set_figures      (XituClaim          *self,
                                                 const char * const *figures);
void                xitu_claim_set_check        (XituClaim          *self,
                                                 const char         *figure,
                                                 double              claimed,
                                                 double              tolerance);

G_END_DECLS
