/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-bands.h"

#include <math.h>

#include "xitu-parallel.h"

#define MAX_BANDS     4
#define MIN_BAND_ROWS 64

typedef struct
{
  cairo_t          *crs[MAX_BANDS];
  XituBandDrawFunc  draw;
  gpointer          user_data;
} Bands;

static void
draw_band (guint    index,
           gpointer data)
{
  Bands *bands = data;

  bands->draw (bands->crs[index], bands->user_data);
}

/* The target's pixel rows [*first, *end) under the user-space rectangle. */
static void
pixel_rows (cairo_t *cr,
            double   x,
            double   y,
            double   w,
            double   h,
            int     *first,
            int     *end)
{
  cairo_surface_t *target = cairo_get_target (cr);
  const double corners[4][2] = { { x, y }, { x + w, y }, { x, y + h }, { x + w, y + h } };
  double ox, oy, sx, sy, top = INFINITY, bottom = -INFINITY;

  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double dx = corners[i][0], dy = corners[i][1];

      cairo_user_to_device (cr, &dx, &dy);
      top = MIN (top, dy * sy + oy);
      bottom = MAX (bottom, dy * sy + oy);
    }
  /* Antialiasing reaches into the rows the edges only touch. */
  *first = (int) CLAMP (floor (top) - 1, 0, cairo_image_surface_get_height (target));
  *end = (int) CLAMP (ceil (bottom) + 1, *first, cairo_image_surface_get_height (target));
}

/* A cairo_t on rows [first, end) of cr's target, set up as cr is. */
static cairo_t *
band_context (cairo_t                      *cr,
              const cairo_rectangle_list_t *clip,
              int                           first,
              int                           end)
{
  cairo_surface_t *target = cairo_get_target (cr);
  int stride = cairo_image_surface_get_stride (target);
  cairo_surface_t *surface;
  cairo_matrix_t ctm;
  double ox, oy, sx, sy;
  cairo_t *band;

  surface = cairo_image_surface_create_for_data (cairo_image_surface_get_data (target) + (gsize) first * stride,
                                                 cairo_image_surface_get_format (target),
                                                 cairo_image_surface_get_width (target),
                                                 end - first, stride);
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_set_device_offset (surface, ox, oy - first);
  cairo_surface_set_device_scale (surface, sx, sy);
  band = cairo_create (surface);
  cairo_surface_destroy (surface);

  cairo_get_matrix (cr, &ctm);
  cairo_set_matrix (band, &ctm);
  for (int i = 0; i < clip->num_rectangles; i++)
    cairo_rectangle (band, clip->rectangles[i].x, clip->rectangles[i].y,
                     clip->rectangles[i].width, clip->rectangles[i].height);
  cairo_clip (band);
  cairo_set_antialias (band, cairo_get_antialias (cr));
  cairo_set_tolerance (band, cairo_get_tolerance (cr));
  cairo_set_fill_rule (band, cairo_get_fill_rule (cr));
  return band;
}

gboolean
xitu_draw_in_bands (cairo_t          *cr,
                    double            x,
                    double            y,
                    double            w,
                    double            h,
                    guint             n_bands,
                    XituBandDrawFunc  draw,
                    gpointer          user_data)
{
  cairo_surface_t *target;
  cairo_rectangle_list_t *clip;
  Bands bands = { { NULL }, draw, user_data };
  int first, end;

  g_return_val_if_fail (cr != NULL && draw != NULL, FALSE);

  target = cairo_get_target (cr);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      (cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32 &&
       cairo_image_surface_get_format (target) != CAIRO_FORMAT_RGB24))
    return FALSE;
  if (n_bands == 0)
    n_bands = g_get_num_processors ();
  n_bands = MIN (n_bands, MAX_BANDS);
  pixel_rows (cr, x, y, w, h, &first, &end);
  n_bands = MIN (n_bands, (guint) (end - first) / MIN_BAND_ROWS);
  if (n_bands < 2)
    return FALSE;
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS)
    {
      cairo_rectangle_list_destroy (clip);
      return FALSE;
    }

  cairo_surface_flush (target);
  for (guint i = 0; i < n_bands; i++)
    {
      int from = first + (int) ((gint64) (end - first) * i / n_bands);
      int to = first + (int) ((gint64) (end - first) * (i + 1) / n_bands);

      bands.crs[i] = band_context (cr, clip, from, to);
    }
  cairo_rectangle_list_destroy (clip);

  xitu_parallel_run (n_bands, 0, draw_band, &bands);

  for (guint i = 0; i < n_bands; i++)
    {
      if (cairo_status (bands.crs[i]) != CAIRO_STATUS_SUCCESS)
        g_warning ("A band of the drawing failed: %s", cairo_status_to_string (cairo_status (bands.crs[i])));
      cairo_destroy (bands.crs[i]);
    }
  cairo_surface_mark_dirty_rectangle (target, 0, first, cairo_image_surface_get_width (target), end - first);
  return TRUE;
}
