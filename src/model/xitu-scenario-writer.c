/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a scenario file. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "xitu-scenario-file.h"
#include "xitu-scenario-private.h"

static void
append_string (GString    *out,
               const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* Integers as integers, anything else as the shortest decimal that reads
 * back as the same double. */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

static void
member (GString    *out,
        int         indent,
        const char *name)
{
  g_string_append_printf (out, "%*s\"%s\": ", indent, "", name);
}

static void
member_string (GString    *out,
               int         indent,
               const char *name,
               const char *value,
               gboolean    last)
{
  member (out, indent, name);
  append_string (out, value);
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_number (GString    *out,
               int         indent,
               const char *name,
               double      value,
               gboolean    last)
{
  member (out, indent, name);
  append_number (out, value);
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_bool (GString    *out,
             int         indent,
             const char *name,
             gboolean    value,
             gboolean    last)
{
  member (out, indent, name);
  g_string_append (out, value ? "true" : "false");
  g_string_append (out, last ? "\n" : ",\n");
}

static void
member_strv (GString            *out,
             int                 indent,
             const char         *name,
             const char * const *values,
             gboolean            last)
{
  member (out, indent, name);
  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, values[i]);
    }
  g_string_append (out, last ? "]\n" : "],\n");
}

static void
write_disruption (XituScenario *self,
                  GString      *out)
{
  const XituDisruptionParams *d = &self->disruption;

  g_string_append (out, "  \"disruption\": {\n");
  member_string (out, 4, "supplier", d->supplier, FALSE);
  member_strv (out, 4, "stages", (const char * const *) self->cut_stages, FALSE);
  if (d->elements != XITU_ELEMENTS_ALL)
    {
      g_auto(GStrv) symbols = xitu_elements_to_strv (d->elements);

      member_strv (out, 4, "elements", (const char * const *) symbols, FALSE);
    }
  member_bool (out, 4, "look_through", d->look_through, FALSE);
  member_number (out, 4, "cut", d->cut, FALSE);
  member_number (out, 4, "duration_months", d->duration_months, FALSE);
  member_string (out, 4, "spare", d->spare_basis == XITU_SPARE_AUTO ? "auto" : "user", FALSE);
  member_number (out, 4, "headroom", d->headroom, FALSE);
  member_number (out, 4, "stock_months", d->stock_months, FALSE);
  member_number (out, 4, "recycling", d->recycling, FALSE);
  member_number (out, 4, "import_reliance", d->import_reliance, TRUE);
  g_string_append (out, "  },\n");
}

static void
write_upstream (XituScenario *self,
                GString      *out)
{
  g_string_append (out, "  \"upstream\": [");
  for (guint i = 0; i < self->overrides->len; i++)
    {
      const XituUpstreamOverride *o = &g_array_index (self->overrides, XituUpstreamOverride, i);

      g_string_append (out, i > 0 ? ",\n    {\n" : "\n    {\n");
      member_string (out, 6, "country", o->country, FALSE);
      member_string (out, 6, "stage", o->stage, FALSE);
      member_number (out, 6, "value", o->value, o->note == NULL);
      if (o->note != NULL)
        member_string (out, 6, "note", o->note, TRUE);
      g_string_append (out, "    }");
    }
  g_string_append (out, self->overrides->len > 0 ? "\n  ],\n" : "],\n");
}

static void
write_buildout (XituScenario *self,
                GString      *out)
{
  const XituBuildoutParams *b = &self->buildout;

  g_string_append (out, "  \"buildout\": {\n");
  member_string (out, 4, "exclude", b->exclude, FALSE);
  member_string (out, 4, "timeline", xitu_timeline_to_string (b->timeline), FALSE);
  member_number (out, 4, "slippage_years", b->slippage_years, FALSE);
  member_string (out, 4, "lead_time_end", b->lead_time_end == XITU_LEAD_TIME_LOW ? "low" : "high",
                 FALSE);
  member_bool (out, 4, "convert_units", b->convert_units, FALSE);
  g_string_append (out, "    \"target\": { \"kind\": ");
  append_string (out, xitu_target_kind_to_string (b->target_kind));
  g_string_append (out, ", \"value\": ");
  append_number (out, b->target_value);
  g_string_append (out, " },\n");
  member_string (out, 4, "importer", b->importer, FALSE);
  g_string_append (out, "    \"demand\": [");
  for (guint i = 0; i < self->demand->len; i++)
    {
      const XituStageDemand *d = &g_array_index (self->demand, XituStageDemand, i);

      g_string_append (out, i > 0 ? ", { \"stage\": " : " { \"stage\": ");
      append_string (out, d->stage);
      g_string_append (out, ", \"t\": ");
      append_number (out, d->t);
      g_string_append (out, " }");
    }
  g_string_append (out, self->demand->len > 0 ? " ]\n" : "]\n");
  g_string_append (out, "  },\n");
}

static void
write_intensity (XituScenario *self,
                 GString      *out)
{
  g_string_append (out, "  \"intensity\": {\n");
  member_number (out, 4, "separation_recovery", self->intensity.separation_recovery, FALSE);
  member_number (out, 4, "ndpr_share", self->intensity.ndpr_share, FALSE);
  member_number (out, 4, "metal_per_oxide", self->intensity.metal_per_oxide, FALSE);
  member_number (out, 4, "re_per_magnet", self->intensity.re_per_magnet, TRUE);
  g_string_append (out, "  }\n");
}

/* The whole scenario as the documented JSON, every member written out so
 * that a file says exactly what was assumed. */
char *
xitu_scenario_to_data (XituScenario *self,
                       gsize        *length)
{
  GString *out = g_string_new ("{\n");

  g_return_val_if_fail (XITU_IS_SCENARIO (self), NULL);

  member_string (out, 2, "format", "xitu-scenario", FALSE);
  member_number (out, 2, "version", 1, FALSE);
  if (self->name != NULL)
    member_string (out, 2, "name", self->name, FALSE);
  if (self->preset != NULL)
    member_string (out, 2, "preset", self->preset, FALSE);
  write_disruption (self, out);
  write_upstream (self, out);
  write_buildout (self, out);
  write_intensity (self, out);
  g_string_append (out, "}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
xitu_scenario_save_file (XituScenario  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) io_error = NULL;
  gsize length;

  g_return_val_if_fail (XITU_IS_SCENARIO (self), FALSE);

  data = xitu_scenario_to_data (self, &length);
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &io_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, XITU_SCENARIO_ERROR, XITU_SCENARIO_ERROR_IO,
                   /* Translators: a file name, then why it cannot be written. */
                   _("%s: cannot write the file: %s"), name, io_error->message);
      return FALSE;
    }
  return TRUE;
}
