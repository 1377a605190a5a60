/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-facility.h"

struct _XituFacility
{
  GObject   parent_instance;
  char     *id;
  char     *country;
  char     *status;
  char     *source;
  char     *operator_name;
  char     *capacity_unit;
  XituText  name;
  XituText  capacity_note;
  GStrv     stages;
  double    lat;
  double    lon;
  double    capacity;
  int       announced;
  int       start_announced;
  int       start_actual;
  guint     has_capacity : 1;
};

G_DEFINE_FINAL_TYPE (XituFacility, xitu_facility, G_TYPE_OBJECT)

static void
xitu_facility_finalize (GObject *object)
{
  XituFacility *self = XITU_FACILITY (object);

  g_free (self->id);
  g_free (self->country);
  g_free (self->status);
  g_free (self->source);
  g_free (self->operator_name);
  g_free (self->capacity_unit);
  xitu_text_clear (&self->name);
  xitu_text_clear (&self->capacity_note);
  g_strfreev (self->stages);

  G_OBJECT_CLASS (xitu_facility_parent_class)->finalize (object);
}

static void
xitu_facility_class_init (XituFacilityClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_facility_finalize;
}

static void
xitu_facility_init (XituFacility *self)
{
}

XituFacility *
xitu_facility_new (const char *id,
                   const char *country,
                   const char *status,
                   double      lat,
                   double      lon,
                   const char *source)
{
  XituFacility *self = g_object_new (XITU_TYPE_FACILITY, NULL);

  self->id = g_strdup (id);
  self->country = g_strdup (country);
  self->status = g_strdup (status);
  self->lat = lat;
  self->lon = lon;
  self->source = g_strdup (source);
  return self;
}

#define XITU_FACILITY_GETTER(type, field, fallback)           \
  type                                                        \
  xitu_facility_get_##field (XituFacility *self)              \
  {                                                           \
    g_return_val_if_fail (XITU_IS_FACILITY (self), fallback); \
    return self->field;                                       \
  }

XITU_FACILITY_GETTER (const char *, id, NULL)
XITU_FACILITY_GETTER (const char *, country, NULL)
XITU_FACILITY_GETTER (const char *, status, NULL)
XITU_FACILITY_GETTER (const char *, source, NULL)
XITU_FACILITY_GETTER (double, lat, 0.0)
XITU_FACILITY_GETTER (double, lon, 0.0)
XITU_FACILITY_GETTER (int, announced, 0)
XITU_FACILITY_GETTER (int, start_announced, 0)
XITU_FACILITY_GETTER (int, start_actual, 0)

const char *
xitu_facility_get_operator (XituFacility *self)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), NULL);
  return self->operator_name;
}

const XituText *
xitu_facility_get_name (XituFacility *self)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), NULL);
  return &self->name;
}

const XituText *
xitu_facility_get_capacity_note (XituFacility *self)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), NULL);
  return &self->capacity_note;
}

const char * const *
xitu_facility_get_stages (XituFacility *self)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), NULL);
  return (const char * const *) self->stages;
}

gboolean
xitu_facility_has_stage (XituFacility *self,
                         const char   *stage)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), FALSE);
  return self->stages != NULL && g_strv_contains ((const char * const *) self->stages, stage);
}

gboolean
xitu_facility_get_capacity (XituFacility  *self,
                            double        *capacity,
                            const char   **unit)
{
  g_return_val_if_fail (XITU_IS_FACILITY (self), FALSE);

  if (!self->has_capacity)
    return FALSE;
  if (capacity != NULL)
    *capacity = self->capacity;
  if (unit != NULL)
    *unit = self->capacity_unit;
  return TRUE;
}

void
xitu_facility_set_name (XituFacility *self,
                        const char   *en,
                        const char   *zh)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  xitu_text_set (&self->name, en, zh);
}

void
xitu_facility_set_operator (XituFacility *self,
                            const char   *operator_name)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  g_free (self->operator_name);
  self->operator_name = g_strdup (operator_name);
}

void
xitu_facility_set_stages (XituFacility       *self,
                          const char * const *stages)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  g_strfreev (self->stages);
  self->stages = g_strdupv ((char **) stages);
}

void
xitu_facility_set_capacity (XituFacility *self,
                            double        capacity,
                            const char   *unit)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  self->has_capacity = TRUE;
  self->capacity = capacity;
  g_free (self->capacity_unit);
  self->capacity_unit = g_strdup (unit);
}

void
xitu_facility_set_capacity_note (XituFacility *self,
                                 const char   *en,
                                 const char   *zh)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  xitu_text_set (&self->capacity_note, en, zh);
}

void
xitu_facility_set_years (XituFacility *self,
                         int           announced,
                         int           start_announced,
                         int           start_actual)
{
  g_return_if_fail (XITU_IS_FACILITY (self));
  self->announced = announced;
  self->start_announced = start_announced;
  self->start_actual = start_actual;
}
