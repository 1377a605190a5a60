/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-country.h"

struct _XituCountry
{
  GObject          parent_instance;
  char            *code;
  char            *name_en;
  char            *name_zh;
  GStrv            members;
  guint            numeric;
  XituCountryKind  kind;
};

G_DEFINE_FINAL_TYPE (XituCountry, xitu_country, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NUMERIC,
  PROP_NAME_EN,
  PROP_NAME_ZH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
xitu_country_finalize (GObject *object)
{
  XituCountry *self = XITU_COUNTRY (object);

  g_free (self->code);
  g_free (self->name_en);
  g_free (self->name_zh);
  g_strfreev (self->members);

  G_OBJECT_CLASS (xitu_country_parent_class)->finalize (object);
}

static void
xitu_country_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  XituCountry *self = XITU_COUNTRY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NUMERIC:
      g_value_set_uint (value, self->numeric);
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, self->name_en);
      break;
    case PROP_NAME_ZH:
      g_value_set_string (value, self->name_zh);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xitu_country_class_init (XituCountryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xitu_country_finalize;
  object_class->get_property = xitu_country_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMERIC] =
    g_param_spec_uint ("numeric", NULL, NULL, 0, 999, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_EN] =
    g_param_spec_string ("name-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_ZH] =
    g_param_spec_string ("name-zh", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xitu_country_init (XituCountry *self)
{
}

XituCountry *
xitu_country_new (const char      *code,
                  guint            numeric,
                  XituCountryKind  kind,
                  const char      *name_en,
                  const char      *name_zh)
{
  XituCountry *self;

  g_return_val_if_fail (code != NULL, NULL);

  self = g_object_new (XITU_TYPE_COUNTRY, NULL);
  self->code = g_strdup (code);
  self->numeric = numeric;
  self->kind = kind;
  self->name_en = g_strdup (name_en);
  self->name_zh = g_strdup (name_zh);
  return self;
}

const char *
xitu_country_get_code (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), NULL);
  return self->code;
}

guint
xitu_country_get_numeric (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), 0);
  return self->numeric;
}

XituCountryKind
xitu_country_get_kind (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), 0);
  return self->kind;
}

const char *
xitu_country_get_name_en (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), NULL);
  return self->name_en;
}

const char *
xitu_country_get_name_zh (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), NULL);
  return self->name_zh;
}

const char *
xitu_country_get_name (XituCountry *self,
                       XituLang     lang)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), NULL);
  return xitu_lang_pick (lang, self->name_en, self->name_zh);
}

const char * const *
xitu_country_get_members (XituCountry *self)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), NULL);
  return (const char * const *) self->members;
}

void
xitu_country_set_members (XituCountry        *self,
                          const char * const *members)
{
  g_return_if_fail (XITU_IS_COUNTRY (self));
  g_strfreev (self->members);
  self->members = g_strdupv ((char **) members);
}

gboolean
xitu_country_has_member (XituCountry *self,
                         const char  *code)
{
  g_return_val_if_fail (XITU_IS_COUNTRY (self), FALSE);
  return self->members != NULL && g_strv_contains ((const char * const *) self->members, code);
}
