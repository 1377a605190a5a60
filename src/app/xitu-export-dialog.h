/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "xitu-exportable.h"

G_BEGIN_DECLS

#define XITU_TYPE_EXPORT_DIALOG (xitu_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (XituExportDialog, xitu_export_dialog, XITU, EXPORT_DIALOG, AdwWindow)

/* Size presets, in logical pixels (a PDF page is 0.75 pt per pixel). */
typedef enum
{
  XITU_EXPORT_SIZE_1200_800,
  XITU_EXPORT_SIZE_1920_1080,
  XITU_EXPORT_SIZE_A4_LANDSCAPE,   /* 842 × 595 pt */
  XITU_EXPORT_SIZE_CUSTOM,
  XITU_N_EXPORT_SIZES
} XituExportSize;

typedef enum
{
  XITU_EXPORT_RESOLUTION_1X,
  XITU_EXPORT_RESOLUTION_2X,
  XITU_EXPORT_RESOLUTION_300_DPI,
  XITU_N_EXPORT_RESOLUTIONS
} XituExportResolution;

/* One dialog for every exportable view: format, size, PNG scale and label
 * language, then a file chooser (portal-friendly: GtkFileChooserNative on
 * GTK 4.8, GtkFileDialog from 4.10) that asks before replacing a file.
 * Writes atomically; any failure is told as a toast (and in the dialog),
 * success as "Exported to NAME".
 *
 * For the end-to-end tests only: with XITU_EXPORT_TEST_PATH set, Export…
 * writes there without showing the chooser (and so without its overwrite
 * question). */
XituExportDialog *xitu_export_dialog_new         (GtkWindow          *parent,
                                                  XituExportable     *exportable,
                                                  XituLang            lang,
                                                  GSettings          *settings);

void              xitu_export_dialog_set_format  (XituExportDialog   *self,
                                                  XituExportFormat    format);
XituExportFormat  xitu_export_dialog_get_format  (XituExportDialog   *self);
void              xitu_export_dialog_set_size    (XituExportDialog   *self,
                                                  XituExportSize      size,
                                                  double              width,
                                                  double              height);
void              xitu_export_dialog_get_size    (XituExportDialog   *self,
                                                  double             *width,
                                                  double             *height);
void              xitu_export_dialog_set_scale   (XituExportDialog     *self,
                                                  XituExportResolution  scale);
double            xitu_export_dialog_get_scale   (XituExportDialog   *self);
void              xitu_export_dialog_set_lang    (XituExportDialog   *self,
                                                  XituLang            lang);
XituLang          xitu_export_dialog_get_lang    (XituExportDialog   *self);

/* "chain-2025.pdf": the view's name with the chosen format's extension. */
char             *xitu_export_dialog_get_suggested_name (XituExportDialog *self);

/* Exports with the choices made to `file` (what the chooser's answer
 * leads to). Tells the outcome as a toast on the parent window and
 * returns it in `message`. */
gboolean          xitu_export_dialog_export_to   (XituExportDialog   *self,
                                                  GFile              *file,
                                                  char              **message);

G_END_DECLS
