/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-figure.h"

struct _XituFigure
{
  GObject          parent_instance;
  char            *id;
  char            *country;
  char            *partner;
  char            *stage;
  char            *metric;
  char            *unit;
  char            *source;
  char            *edition;
  char            *measure;
  XituText         note;
  double           value;
  int              year;
  int              year_end;
  XituFigureFlags  flags;
};

G_DEFINE_FINAL_TYPE (XituFigure, xitu_figure, G_TYPE_OBJECT)

static void
xitu_figure_finalize (GObject *object)
{
  XituFigure *self = XITU_FIGURE (object);

  g_free (self->id);
  g_free (self->country);
  g_free (self->partner);
  g_free (self->stage);
  g_free (self->metric);
  g_free (self->unit);
  g_free (self->source);
  g_free (self->edition);
  g_free (self->measure);
  xitu_text_clear (&self->note);

  G_OBJECT_CLASS (xitu_figure_parent_class)->finalize (object);
}

static void
xitu_figure_class_init (XituFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_figure_finalize;
}

static void
xitu_figure_init (XituFigure *self)
{
}

XituFigure *
xitu_figure_new (const char *country,
                 const char *metric,
                 int         year,
                 double      value,
                 const char *unit,
                 const char *source,
                 const char *edition)
{
  XituFigure *self = g_object_new (XITU_TYPE_FIGURE, NULL);

  self->country = g_strdup (country);
  self->metric = g_strdup (metric);
  self->year = year;
  self->year_end = year;
  self->value = value;
  self->unit = g_strdup (unit);
  self->source = g_strdup (source);
  self->edition = g_strdup (edition);
  return self;
}

XituFigure *
xitu_figure_copy (XituFigure *self)
{
  XituFigure *copy;

  g_return_val_if_fail (XITU_IS_FIGURE (self), NULL);

  copy = xitu_figure_new (self->country, self->metric, self->year, self->value,
                          self->unit, self->source, self->edition);
  copy->id = g_strdup (self->id);
  copy->partner = g_strdup (self->partner);
  copy->stage = g_strdup (self->stage);
  copy->measure = g_strdup (self->measure);
  copy->year_end = self->year_end;
  copy->flags = self->flags;
  xitu_text_set (&copy->note, self->note.en, self->note.zh);
  return copy;
}

#define XITU_FIGURE_STRING_ACCESSORS(field)               \
  const char *                                            \
  xitu_figure_get_##field (XituFigure *self)              \
  {                                                       \
    g_return_val_if_fail (XITU_IS_FIGURE (self), NULL);   \
    return self->field;                                   \
  }

XITU_FIGURE_STRING_ACCESSORS (id)
XITU_FIGURE_STRING_ACCESSORS (country)
XITU_FIGURE_STRING_ACCESSORS (partner)
XITU_FIGURE_STRING_ACCESSORS (stage)
XITU_FIGURE_STRING_ACCESSORS (metric)
XITU_FIGURE_STRING_ACCESSORS (unit)
XITU_FIGURE_STRING_ACCESSORS (source)
XITU_FIGURE_STRING_ACCESSORS (edition)
XITU_FIGURE_STRING_ACCESSORS (measure)

#define XITU_FIGURE_STRING_SETTER(field)                  \
  void                                                    \
  xitu_figure_set_##field (XituFigure *self,              \
                           const char *value)             \
  {                                                       \
    g_return_if_fail (XITU_IS_FIGURE (self));             \
    g_free (self->field);                                 \
    self->field = g_strdup (value);                       \
  }

XITU_FIGURE_STRING_SETTER (id)
XITU_FIGURE_STRING_SETTER (partner)
XITU_FIGURE_STRING_SETTER (stage)
XITU_FIGURE_STRING_SETTER (measure)

int
xitu_figure_get_year (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), 0);
  return self->year;
}

int
xitu_figure_get_year_end (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), 0);
  return self->year_end;
}

double
xitu_figure_get_value (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), 0.0);
  return self->value;
}

XituFigureFlags
xitu_figure_get_flags (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), 0);
  return self->flags;
}

const XituText *
xitu_figure_get_note (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), NULL);
  return &self->note;
}

/* Withheld and "NA" figures are kept (their absence is information) but
 * carry no number to compute with. */
gboolean
xitu_figure_has_value (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), FALSE);
  return (self->flags & (XITU_FIGURE_WITHHELD | XITU_FIGURE_NOT_AVAILABLE)) == 0;
}

gboolean
xitu_figure_covers_year (XituFigure *self,
                         int         year)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), FALSE);
  return year >= self->year && year <= self->year_end;
}

char *
xitu_figure_format_years (XituFigure *self)
{
  g_return_val_if_fail (XITU_IS_FIGURE (self), NULL);

  if (self->year_end == self->year)
    return g_strdup_printf ("%d", self->year);
  return g_strdup_printf ("%d–%02d", self->year, self->year_end % 100);
}

void
xitu_figure_set_year_end (XituFigure *self,
                          int         year_end)
{
  g_return_if_fail (XITU_IS_FIGURE (self));
  self->year_end = MAX (year_end, self->year);
}

void
xitu_figure_set_flags (XituFigure      *self,
                       XituFigureFlags  flags)
{
  g_return_if_fail (XITU_IS_FIGURE (self));
  self->flags = flags;
}

void
xitu_figure_set_note (XituFigure *self,
                      const char *en,
                      const char *zh)
{
  g_return_if_fail (XITU_IS_FIGURE (self));
  xitu_text_set (&self->note, en, zh);
}
