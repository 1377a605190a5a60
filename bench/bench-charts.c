/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Charts and their export: what the Export… dialog and `xitu export` do.
 *
 *   chain-render       the chain chart (stacked country shares per stage,
 *                      latest year) drawn at 960×600 on an image surface
 *   chain-export-pdf   the chain chart exported as PDF through
 *                      xitu_export_chart(), file written atomically
 *   chain-export-png   the same as PNG (960×600 at scale 1)
 *   chain-pdf-bytes    the PDF made in memory (xitu_export_render()), not
 *                      written: the export without its durable write (the
 *                      atomic replace fsyncs, whose time depends on the disk)
 *
 * The dataset is in memory before timing, as it is in the app. With
 * XITU_BENCH_DUMP_DIR set, the table behind the chart (what the CSV export
 * writes) goes there as chain-table.csv for the matplotlib peer, and the
 * exported files are kept there to be looked at.
 */
#include <cairo.h>
#include <glib/gstdio.h>

#include "bench-data.h"
#include "bench-common.h"
#include "xitu-chart.h"
#include "xitu-export.h"

static struct
{
  XituDataset      *dataset;
  XituChartOptions  options;
  char             *dir;
  gboolean          keep;
} bench;

static void
dump_table (void)
{
  g_autoptr(XituTable) table = xitu_chart_get_table (bench.dataset, &bench.options);
  g_autofree char *csv = xitu_table_to_csv (table);
  g_autofree char *path = g_build_filename (bench.dir, "chain-table.csv", NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, csv, -1, &error))
    g_error ("%s", error->message);
}

static void
setup_chain (gpointer data)
{
  const char *dir = g_getenv ("XITU_BENCH_DUMP_DIR");

  if (bench.dataset != NULL)
    return;
  bench.dataset = xitu_bench_load_dataset ();
  xitu_chart_options_init (&bench.options, XITU_CHART_CHAIN);
  bench.keep = dir != NULL && *dir != '\0';
  bench.dir = g_strdup (bench.keep ? dir : g_get_tmp_dir ());
  g_mkdir_with_parents (bench.dir, 0755);
  if (bench.keep)
    dump_table ();
}

static void
chain_render (gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, XITU_EXPORT_DEFAULT_WIDTH,
                                                         XITU_EXPORT_DEFAULT_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  XituChartResult *result = xitu_chart_draw (bench.dataset, &bench.options, cr, XITU_EXPORT_DEFAULT_WIDTH,
                                             XITU_EXPORT_DEFAULT_HEIGHT);

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    g_error ("chain chart: %s", cairo_status_to_string (cairo_status (cr)));
  xitu_chart_result_free (result);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
export_chain (XituExportFormat format,
              const char      *name)
{
  g_autofree char *path = g_build_filename (bench.dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!xitu_export_chart (bench.dataset, &bench.options, format, XITU_EXPORT_DEFAULT_WIDTH,
                          XITU_EXPORT_DEFAULT_HEIGHT, 1.0, file, &error))
    g_error ("%s", error->message);
}

static void
chain_export_pdf (gpointer data)
{
  export_chain (XITU_EXPORT_PDF, "xitu-bench-chain.pdf");
}

static void
chain_export_png (gpointer data)
{
  export_chain (XITU_EXPORT_PNG, "xitu-bench-chain.png");
}

static void
chain_pdf_bytes (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = xitu_export_render (bench.dataset, &bench.options, XITU_EXPORT_PDF,
                                                XITU_EXPORT_DEFAULT_WIDTH, XITU_EXPORT_DEFAULT_HEIGHT, 1.0,
                                                &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  static const XituBenchCase cases[] = {
    { "chain-render", "chain chart, 960x600 image surface", setup_chain, chain_render, NULL },
    { "chain-export-pdf", "chain chart exported as PDF (960x600 px page)", setup_chain, chain_export_pdf, NULL },
    { "chain-export-png", "chain chart exported as PNG (960x600)", setup_chain, chain_export_png, NULL },
    { "chain-pdf-bytes", "chain chart as PDF in memory, not written", setup_chain, chain_pdf_bytes, NULL },
  };
  int status = xitu_bench_main (argc, argv, cases, G_N_ELEMENTS (cases));

  if (bench.dir != NULL && !bench.keep)
    {
      g_autofree char *pdf = g_build_filename (bench.dir, "xitu-bench-chain.pdf", NULL);
      g_autofree char *png = g_build_filename (bench.dir, "xitu-bench-chain.png", NULL);

      g_unlink (pdf);
      g_unlink (png);
    }
  if (bench.dataset != NULL)
    xitu_chart_options_clear (&bench.options);
  g_clear_object (&bench.dataset);
  g_free (bench.dir);
  return status;
}
