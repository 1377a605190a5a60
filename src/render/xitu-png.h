/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* An ARGB32 or RGB24 image surface as the bytes of a PNG file, made for
 * speed: 8-bit RGB when every pixel is opaque (RGBA, unpremultiplied, when
 * not), no row filter, compressed by xitu-deflate (matches with the pixel
 * before and the pixels above only), a large image in bands on all
 * processors as one deflate stream. For flat-coloured maps and charts
 * that is about ten times faster than cairo_surface_write_to_png_stream()
 * on one core, and twice as fast as zlib at level 1, for a file of about
 * the same size; the pixels are the same. `dpi` goes into the pHYs chunk
 * so that image programs print the image at its size (0: no pHYs). NULL
 * and `error` set (XITU_EXPORT_ERROR_RENDER) should the encoder fail. */
GBytes *xitu_png_encode        (cairo_surface_t  *surface,
                                double            dpi,
                                GError          **error);
/* The same for an image the caller knows to be opaque (it painted every
 * pixel opaque): RGB without reading the pixels' alpha first. */
GBytes *xitu_png_encode_opaque (cairo_surface_t  *surface,
                                double            dpi,
                                GError          **error);

G_END_DECLS
