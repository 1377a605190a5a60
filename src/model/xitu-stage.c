/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-stage.h"

struct _XituStage
{
  GObject   parent_instance;
  char     *id;
  XituText  name;
  XituText  product;
  int       order;
};

G_DEFINE_FINAL_TYPE (XituStage, xitu_stage, G_TYPE_OBJECT)

static void
xitu_stage_finalize (GObject *object)
{
  XituStage *self = XITU_STAGE (object);

  g_free (self->id);
  xitu_text_clear (&self->name);
  xitu_text_clear (&self->product);

  G_OBJECT_CLASS (xitu_stage_parent_class)->finalize (object);
}

static void
xitu_stage_class_init (XituStageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_stage_finalize;
}

static void
xitu_stage_init (XituStage *self)
{
}

XituStage *
xitu_stage_new (const char *id,
                int         order,
                const char *name_en,
                const char *name_zh)
{
  XituStage *self = g_object_new (XITU_TYPE_STAGE, NULL);

  self->id = g_strdup (id);
  self->order = order;
  xitu_text_set (&self->name, name_en, name_zh);
  return self;
}

const char *
xitu_stage_get_id (XituStage *self)
{
  g_return_val_if_fail (XITU_IS_STAGE (self), NULL);
  return self->id;
}

int
xitu_stage_get_order (XituStage *self)
{
  g_return_val_if_fail (XITU_IS_STAGE (self), 0);
  return self->order;
}

const XituText *
xitu_stage_get_name (XituStage *self)
{
  g_return_val_if_fail (XITU_IS_STAGE (self), NULL);
  return &self->name;
}

const XituText *
xitu_stage_get_product (XituStage *self)
{
  g_return_val_if_fail (XITU_IS_STAGE (self), NULL);
  return &self->product;
}

void
xitu_stage_set_product (XituStage  *self,
                        const char *en,
                        const char *zh)
{
  g_return_if_fail (XITU_IS_STAGE (self));
  xitu_text_set (&self->product, en, zh);
}
