/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xitu-dataset.h"

G_BEGIN_DECLS

#define XITU_DATASET_ERROR (xitu_dataset_error_quark ())

typedef enum
{
  XITU_DATASET_ERROR_IO,
  XITU_DATASET_ERROR_TOO_LARGE,
  XITU_DATASET_ERROR_EMPTY,
  XITU_DATASET_ERROR_NOT_UTF8,
  XITU_DATASET_ERROR_NOT_JSON,
  XITU_DATASET_ERROR_TOO_DEEP,
  XITU_DATASET_ERROR_UNSUPPORTED_FORMAT,
  XITU_DATASET_ERROR_WRONG_TYPE,
  XITU_DATASET_ERROR_MISSING_MEMBER,
  XITU_DATASET_ERROR_UNKNOWN_MEMBER,
  XITU_DATASET_ERROR_INVALID_VALUE,
  XITU_DATASET_ERROR_OUT_OF_RANGE,
  XITU_DATASET_ERROR_UNKNOWN_REFERENCE,
  XITU_DATASET_ERROR_DUPLICATE_ID,
  XITU_DATASET_ERROR_UNKNOWN_UNIT,
} XituDatasetError;

/* A dataset file larger than this is refused before it is read. */
#define XITU_DATASET_MAX_SIZE (32 * 1024 * 1024)

GQuark       xitu_dataset_error_quark  (void);
XituDataset *xitu_dataset_load_file    (GFile       *file,
                                        GError     **error);
XituDataset *xitu_dataset_load_data    (const char  *data,
                                        gsize        length,
                                        const char  *display_name,
                                        GError     **error);

G_END_DECLS
