/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-dataset-writer.h"

#include <math.h>
#include <string.h>

/* json-glib prints 0.1 as 0.10000000000000001; people read these files. */
char *
xitu_json_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (isfinite (value), g_strdup ("0"));

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value == 0 ? 0.0 : value);

  /* The shortest %g that reads back as the same double; %.17g always does.
   * g_ascii_formatd ignores the locale's decimal comma. */
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

void
xitu_json_append_string (GString    *out,
                         const char *str)
{
  g_autofree char *valid = g_utf8_make_valid (str, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* Members of one object, written as "key": value pairs on one line. */
typedef struct
{
  GString *out;
  gboolean first;
} Object;

static void
object_begin (Object  *o,
              GString *out)
{
  o->out = out;
  o->first = TRUE;
  g_string_append (out, "{ ");
}

static void
object_key (Object     *o,
            const char *key)
{
  if (!o->first)
    g_string_append (o->out, ", ");
  o->first = FALSE;
  xitu_json_append_string (o->out, key);
  g_string_append (o->out, ": ");
}

static void
object_end (Object *o)
{
  g_string_append (o->out, " }");
}

static void
add_string (Object     *o,
            const char *key,
            const char *value)
{
  if (value == NULL)
    return;
  object_key (o, key);
  xitu_json_append_string (o->out, value);
}

static void
add_int (Object     *o,
         const char *key,
         gint64      value)
{
  object_key (o, key);
  g_string_append_printf (o->out, "%" G_GINT64_FORMAT, value);
}

static void
add_number (Object     *o,
            const char *key,
            double      value)
{
  g_autofree char *text = xitu_json_format_number (value);

  object_key (o, key);
  g_string_append (o->out, text);
}

static void
add_text (Object     *o,
          const char *key,
          const char *en,
          const char *zh)
{
  Object text;

  if (en == NULL && zh == NULL)
    return;
  object_key (o, key);
  object_begin (&text, o->out);
  add_string (&text, "en", en);
  add_string (&text, "zh", zh);
  object_end (&text);
}

static void
write_stage (GString   *out,
             XituStage *stage)
{
  const XituText *name = xitu_stage_get_name (stage);
  const XituText *product = xitu_stage_get_product (stage);
  Object o;

  object_begin (&o, out);
  add_string (&o, "id", xitu_stage_get_id (stage));
  add_int (&o, "order", xitu_stage_get_order (stage));
  add_text (&o, "name", name->en, name->zh);
  add_text (&o, "product", product->en, product->zh);
  object_end (&o);
}

static void
write_country (GString     *out,
               XituCountry *country)
{
  static const char * const kinds[] = { "country", "bloc", "aggregate" };
  const char * const *members = xitu_country_get_members (country);
  Object o;

  object_begin (&o, out);
  add_string (&o, "code", xitu_country_get_code (country));
  add_int (&o, "numeric", xitu_country_get_numeric (country));
  add_string (&o, "kind", kinds[xitu_country_get_kind (country)]);
  add_text (&o, "name", xitu_country_get_name_en (country), xitu_country_get_name_zh (country));
  if (members != NULL && members[0] != NULL)
    {
      object_key (&o, "members");
      g_string_append_c (out, '[');
      for (guint i = 0; members[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          xitu_json_append_string (out, members[i]);
        }
      g_string_append_c (out, ']');
    }
  object_end (&o);
}

static void
write_source (GString    *out,
              XituSource *source)
{
  const XituText *publisher = xitu_source_get_publisher (source);
  const XituText *translation = xitu_source_get_title_translation (source);
  Object o;

  object_begin (&o, out);
  add_string (&o, "id", xitu_source_get_id (source));
  add_text (&o, "publisher", publisher->en, publisher->zh);
  add_string (&o, "title", xitu_source_get_title (source));
  add_text (&o, "title_translation", translation->en, translation->zh);
  add_string (&o, "language", xitu_source_get_language (source));
  add_string (&o, "date", xitu_source_get_date (source));
  add_string (&o, "url", xitu_source_get_url (source));
  add_string (&o, "kind", xitu_source_get_kind (source));
  add_string (&o, "tag", xitu_source_get_tag (source));
  add_string (&o, "licence", xitu_source_get_licence (source));
  add_string (&o, "via", xitu_source_get_via (source));
  object_end (&o);
}

static void
write_flags (Object          *o,
             XituFigureFlags  flags)
{
  gboolean first = TRUE;

  if (flags == XITU_FIGURE_NONE)
    return;
  object_key (o, "flags");
  g_string_append_c (o->out, '[');
  for (guint bit = 0; bit < 32; bit++)
    {
      const char *name = xitu_figure_flag_to_string (flags & (1u << bit));

      if ((flags & (1u << bit)) == 0 || name == NULL)
        continue;
      if (!first)
        g_string_append (o->out, ", ");
      first = FALSE;
      xitu_json_append_string (o->out, name);
    }
  g_string_append_c (o->out, ']');
}

static void
write_figure (GString    *out,
              XituFigure *figure)
{
  const XituText *note = xitu_figure_get_note (figure);
  Object o;

  object_begin (&o, out);
  add_string (&o, "id", xitu_figure_get_id (figure));
  add_string (&o, "country", xitu_figure_get_country (figure));
  add_string (&o, "partner", xitu_figure_get_partner (figure));
  add_string (&o, "stage", xitu_figure_get_stage (figure));
  add_string (&o, "metric", xitu_figure_get_metric (figure));
  add_string (&o, "measure", xitu_figure_get_measure (figure));
  add_int (&o, "year", xitu_figure_get_year (figure));
  if (xitu_figure_get_year_end (figure) != xitu_figure_get_year (figure))
    add_int (&o, "year_end", xitu_figure_get_year_end (figure));
  if (xitu_figure_has_value (figure))
    add_number (&o, "value", xitu_figure_get_value (figure));
  add_string (&o, "unit", xitu_figure_get_unit (figure));
  add_string (&o, "source", xitu_figure_get_source (figure));
  add_string (&o, "edition", xitu_figure_get_edition (figure));
  write_flags (&o, xitu_figure_get_flags (figure));
  add_text (&o, "note", note->en, note->zh);
  object_end (&o);
}

static void
write_list (GString    *out,
            const char *name,
            GPtrArray  *items,
            void      (*write) (GString *, gpointer))
{
  if (items == NULL)
    return;

  g_string_append (out, ",\n  ");
  xitu_json_append_string (out, name);
  g_string_append (out, ": [");
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      write (out, g_ptr_array_index (items, i));
    }
  g_string_append (out, items->len > 0 ? "\n  ]" : "]");
}

char *
xitu_dataset_write_json (const char *title_en,
                         const char *title_zh,
                         GPtrArray  *stages,
                         GPtrArray  *countries,
                         GPtrArray  *sources,
                         GPtrArray  *figures,
                         gsize      *length)
{
  GString *out = g_string_new ("{\n  \"format\": \"xitu-dataset\",\n  \"version\": 1");

  if (title_en != NULL)
    {
      Object o = { out, TRUE };

      g_string_append (out, ",\n  \"title\": ");
      object_begin (&o, out);
      add_string (&o, "en", title_en);
      add_string (&o, "zh", title_zh);
      object_end (&o);
    }

  write_list (out, "stages", stages, (void (*) (GString *, gpointer)) write_stage);
  write_list (out, "countries", countries, (void (*) (GString *, gpointer)) write_country);
  write_list (out, "sources", sources, (void (*) (GString *, gpointer)) write_source);
  write_list (out, "figures", figures, (void (*) (GString *, gpointer)) write_figure);
  g_string_append (out, "\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
