/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-source.h"

struct _XituSource
{
  GObject   parent_instance;
  char     *id;
  char     *title;
  char     *language;
  char     *date;
  char     *kind;
  char     *url;
  char     *tag;
  char     *licence;
  char     *via;
  XituText  publisher;
  XituText  title_translation;
};

G_DEFINE_FINAL_TYPE (XituSource, xitu_source, G_TYPE_OBJECT)

static void
xitu_source_finalize (GObject *object)
{
  XituSource *self = XITU_SOURCE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->language);
  g_free (self->date);
  g_free (self->kind);
  g_free (self->url);
  g_free (self->tag);
  g_free (self->licence);
  g_free (self->via);
  xitu_text_clear (&self->publisher);
  xitu_text_clear (&self->title_translation);

  G_OBJECT_CLASS (xitu_source_parent_class)->finalize (object);
}

static void
xitu_source_class_init (XituSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xitu_source_finalize;
}

static void
xitu_source_init (XituSource *self)
{
}

XituSource *
xitu_source_new (const char *id,
                 const char *title,
                 const char *language,
                 const char *date,
                 const char *kind)
{
  XituSource *self = g_object_new (XITU_TYPE_SOURCE, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->language = g_strdup (language);
  self->date = g_strdup (date);
  self->kind = g_strdup (kind);
  return self;
}

#define XITU_SOURCE_STRING_GETTER(field)                   \
  const char *                                             \
  xitu_source_get_##field (XituSource *self)               \
  {                                                        \
    g_return_val_if_fail (XITU_IS_SOURCE (self), NULL);    \
    return self->field;                                    \
  }

#define XITU_SOURCE_STRING_SETTER(field)                   \
  void                                                     \
  xitu_source_set_##field (XituSource *self,               \
                           const char *value)              \
  {                                                        \
    g_return_if_fail (XITU_IS_SOURCE (self));              \
    g_free (self->field);                                  \
    self->field = g_strdup (value);                        \
  }

XITU_SOURCE_STRING_GETTER (id)
XITU_SOURCE_STRING_GETTER (title)
XITU_SOURCE_STRING_GETTER (language)
XITU_SOURCE_STRING_GETTER (date)
XITU_SOURCE_STRING_GETTER (kind)
XITU_SOURCE_STRING_GETTER (url)
XITU_SOURCE_STRING_GETTER (tag)
XITU_SOURCE_STRING_GETTER (licence)
XITU_SOURCE_STRING_GETTER (via)
XITU_SOURCE_STRING_SETTER (url)
XITU_SOURCE_STRING_SETTER (tag)
XITU_SOURCE_STRING_SETTER (licence)
XITU_SOURCE_STRING_SETTER (via)

const XituText *
xitu_source_get_publisher (XituSource *self)
{
  g_return_val_if_fail (XITU_IS_SOURCE (self), NULL);
  return &self->publisher;
}

const XituText *
xitu_source_get_title_translation (XituSource *self)
{
  g_return_val_if_fail (XITU_IS_SOURCE (self), NULL);
  return &self->title_translation;
}

void
xitu_source_set_publisher (XituSource *self,
                           const char *en,
                           const char *zh)
{
  g_return_if_fail (XITU_IS_SOURCE (self));
  xitu_text_set (&self->publisher, en, zh);
}

void
xitu_source_set_title_translation (XituSource *self,
                                   const char *en,
                                   const char *zh)
{
  g_return_if_fail (XITU_IS_SOURCE (self));
  xitu_text_set (&self->title_translation, en, zh);
}

/* The title in the reader's language: the original when it is already in
 * that language, otherwise the translation, otherwise the original. */
const char *
xitu_source_get_display_title (XituSource *self,
                               XituLang    lang)
{
  const char *want = lang == XITU_LANG_ZH ? "zh" : "en";
  const char *translated;

  g_return_val_if_fail (XITU_IS_SOURCE (self), NULL);

  if (g_strcmp0 (self->language, want) == 0)
    return self->title;
  translated = lang == XITU_LANG_ZH ? self->title_translation.zh : self->title_translation.en;
  return translated != NULL ? translated : self->title;
}

gboolean
xitu_source_is_primary (XituSource *self)
{
  g_return_val_if_fail (XITU_IS_SOURCE (self), FALSE);
  return g_strcmp0 (self->tag, "primary") == 0;
}
