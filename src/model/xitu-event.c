/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-event.h"

struct _XituEvent
{
  GObject   parent_instance;
  char     *id;
  char     *date;
  char     *end_date;
  char     *country;
  char     *kind;
  char     *status;
  char     *source;
  XituText  title;
  XituText  detail;
};

G_DEFINE_FINAL_TYPE (XituEvent, xitu_event, G_TYPE_OBJECT)

static void
xitu_event_finalize (GObject *object)
{
  XituEvent *self = XITU_EVENT (object);

  g_free (self->id);
  g_free (self->date);
  g_free (self->end_date);
  g_free (self->country);
  g_free (self->kind);
  g_free (self->status);
  g_free (self->source);
  xitu_text_clear (&self->title);
  xitu_text_clear (&self->detail);

  G_OBJECT_CLASS (xitu_event_parent_class)->finalize (object);
}

static void
xitu_event_class_init (XituEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_event_finalize;
}

static void
xitu_event_init (XituEvent *self)
{
}

XituEvent *
xitu_event_new (const char *id,
                const char *date,
                const char *country,
                const char *kind,
                const char *source)
{
  XituEvent *self = g_object_new (XITU_TYPE_EVENT, NULL);

  self->id = g_strdup (id);
  self->date = g_strdup (date);
  self->country = g_strdup (country);
  self->kind = g_strdup (kind);
  self->source = g_strdup (source);
  return self;
}

#define XITU_EVENT_STRING_GETTER(field)                  \
  const char *                                           \
  xitu_event_get_##field (XituEvent *self)               \
  {                                                      \
    g_return_val_if_fail (XITU_IS_EVENT (self), NULL);   \
    return self->field;                                  \
  }

XITU_EVENT_STRING_GETTER (id)
XITU_EVENT_STRING_GETTER (date)
XITU_EVENT_STRING_GETTER (end_date)
XITU_EVENT_STRING_GETTER (country)
XITU_EVENT_STRING_GETTER (kind)
XITU_EVENT_STRING_GETTER (status)
XITU_EVENT_STRING_GETTER (source)

const XituText *
xitu_event_get_title (XituEvent *self)
{
  g_return_val_if_fail (XITU_IS_EVENT (self), NULL);
  return &self->title;
}

const XituText *
xitu_event_get_detail (XituEvent *self)
{
  g_return_val_if_fail (XITU_IS_EVENT (self), NULL);
  return &self->detail;
}

void
xitu_event_set_end_date (XituEvent  *self,
                         const char *end_date)
{
  g_return_if_fail (XITU_IS_EVENT (self));
  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
}

void
xitu_event_set_status (XituEvent  *self,
                       const char *status)
{
  g_return_if_fail (XITU_IS_EVENT (self));
  g_free (self->status);
  self->status = g_strdup (status);
}

void
xitu_event_set_title (XituEvent  *self,
                      const char *en,
                      const char *zh)
{
  g_return_if_fail (XITU_IS_EVENT (self));
  xitu_text_set (&self->title, en, zh);
}

void
xitu_event_set_detail (XituEvent  *self,
                       const char *en,
                       const char *zh)
{
  g_return_if_fail (XITU_IS_EVENT (self));
  xitu_text_set (&self->detail, en, zh);
}
