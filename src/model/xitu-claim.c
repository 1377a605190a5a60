/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-claim.h"

struct _XituClaim
{
  GObject      parent_instance;
  char        *id;
  char        *source;
  XituText     text;
  XituText     explanation;
  GStrv        countries;
  GStrv        figures;
  char        *check_figure;
  double       check_claimed;
  double       check_tolerance;
  XituVerdict  verdict;
};

G_DEFINE_FINAL_TYPE (XituClaim, xitu_claim, G_TYPE_OBJECT)

static void
xitu_claim_finalize (GObject *object)
{
  XituClaim *self = XITU_CLAIM (object);

  g_free (self->id);
  g_free (self->source);
  xitu_text_clear (&self->text);
  xitu_text_clear (&self->explanation);
  g_strfreev (self->countries);
  g_strfreev (self->figures);
  g_free (self->check_figure);

  G_OBJECT_CLASS (xitu_claim_parent_class)->finalize (object);
}

static void
xitu_claim_class_init (XituClaimClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_claim_finalize;
}

static void
xitu_claim_init (XituClaim *self)
{
}

XituClaim *
xitu_claim_new (const char  *id,
                const char  *source,
                XituVerdict  verdict)
{
  XituClaim *self = g_object_new (XITU_TYPE_CLAIM, NULL);

  self->id = g_strdup (id);
  self->source = g_strdup (source);
  self->verdict = verdict;
  return self;
}

const char *
xitu_claim_get_id (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return self->id;
}

const char *
xitu_claim_get_source (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return self->source;
}

XituVerdict
xitu_claim_get_verdict (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), XITU_VERDICT_UNVERIFIED);
  return self->verdict;
}

const XituText *
xitu_claim_get_text (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return &self->text;
}

const XituText *
xitu_claim_get_explanation (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return &self->explanation;
}

const char * const *
xitu_claim_get_countries (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return (const char * const *) self->countries;
}

const char * const *
xitu_claim_get_figures (XituClaim *self)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), NULL);
  return (const char * const *) self->figures;
}

gboolean
xitu_claim_get_check (XituClaim   *self,
                      const char **figure,
                      double      *claimed,
                      double      *tolerance)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), FALSE);

  if (self->check_figure == NULL)
    return FALSE;
  if (figure != NULL)
    *figure = self->check_figure;
  if (claimed != NULL)
    *claimed = self->check_claimed;
  if (tolerance != NULL)
    *tolerance = self->check_tolerance;
  return TRUE;
}

gboolean
xitu_claim_mentions (XituClaim  *self,
                     const char *country)
{
  g_return_val_if_fail (XITU_IS_CLAIM (self), FALSE);
  return self->countries != NULL && g_strv_contains ((const char * const *) self->countries, country);
}

void
xitu_claim_set_text (XituClaim  *self,
                     const char *en,
                     const char *zh)
{
  g_return_if_fail (XITU_IS_CLAIM (self));
  xitu_text_set (&self->text, en, zh);
}

void
xitu_claim_set_explanation (XituClaim  *self,
                            const char *en,
                            const char *zh)
{
  g_return_if_fail (XITU_IS_CLAIM (self));
  xitu_text_set (&self->explanation, en, zh);
}

void
xitu_claim_set_countries (XituClaim          *self,
                          const char * const *countries)
{
  g_return_if_fail (XITU_IS_CLAIM (self));
  g_strfreev (self->countries);
  self->countries = g_strdupv ((char **) countries);
}

void
xitu_claim_set_figures (XituClaim          *self,
                        const char * const *figures)
{
  g_return_if_fail (XITU_IS_CLAIM (self));
  g_strfreev (self->figures);
  self->figures = g_strdupv ((char **) figures);
}

void
xitu_claim_set_check (XituClaim  *self,
                      const char *figure,
                      double      claimed,
                      double      tolerance)
{
  g_return_if_fail (XITU_IS_CLAIM (self));
  g_free (self->check_figure);
  self->check_figure = g_strdup (figure);
  self->check_claimed = claimed;
  self->check_tolerance = tolerance;
}
