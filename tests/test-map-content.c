/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map as the view and `xitu export map` build it from the bundled
 * dataset: values, classes, texts in both languages, pins, tooltips, the
 * table, and the pixels the export path puts where. */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "xitu-map-content.h"
#include "xitu-test-data.h"
#include "xitu-test-util.h"

static XituDataset *dataset;
static XituWorld *world;
static XituMapNames *names;

static gboolean
setup (void)
{
  if (dataset == NULL)
    dataset = xitu_test_dataset_load_bundled ();
  if (dataset == NULL)
    return FALSE;
  if (world == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "maps", "countries-110m.json", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      world = xitu_world_new_from_file (file, &error);
      g_assert_no_error (error);
    }
  if (names == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("XITU_DATA_DIR"), "dataset", "country-names.json", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      names = xitu_map_names_new_from_file (file, &error);
      g_assert_no_error (error);
    }
  return TRUE;
}

static XituMapContent *
make (XituMapMetricKind kind,
      const char       *stage,
      int               year,
      XituMapClassing   classing,
      XituLang          lang)
{
  XituMapRequest request = { .kind = kind, .stage = stage, .year = year, .classing = classing, .lang = lang };

  return xitu_map_content_new (dataset, world, names, &request);
}

static const XituMapValue *
option_value (const XituMapOptions *o,
              guint                 numeric)
{
  for (gsize i = 0; i < o->n_values; i++)
    if (o->values[i].numeric == numeric)
      return &o->values[i];
  return NULL;
}

static void
test_texts (void)
{
  g_autoptr (XituMapContent) en = NULL;
  g_autoptr (XituMapContent) zh = NULL;
  g_autoptr (XituMapContent) both = NULL;
  const XituMapOptions *o;

  if (!setup ())
    return;

  en = make (XITU_MAP_METRIC_SHARE, "separation", 0, XITU_MAP_CLASSING_POLICY, XITU_LANG_EN);
  o = xitu_map_content_get_options (en);
  g_assert_cmpstr (o->title, ==, "Separation & refining: country shares of world output, 2024");
  g_assert_cmpstr (o->legend_title, ==, "Share of world output");
  g_assert_cmpstr (o->units, ==, "%");
  g_assert_cmpstr (o->no_data_label, ==, "No sourced figure");
  g_assert_nonnull (strstr (o->footer, "IEA"));
  g_assert_nonnull (strstr (o->footer, "Hatched: no sourced figure. "));
  g_assert_nonnull (strstr (o->disclaimer, "Natural Earth"));
  g_assert_nonnull (strstr (o->disclaimer, "de facto"));
  g_assert_true (o->world == world);
  /* Policy classes at 10, 40 and 65 %. */
  g_assert_cmpuint (o->n_breaks, ==, 3);
  g_assert_cmpfloat (o->breaks[2], ==, 65);
  g_assert_cmpstr (o->class_labels[0], ==, "< 10");
  g_assert_cmpstr (o->class_labels[2], ==, "40 – 65");
  g_assert_cmpstr (o->class_labels[3], ==, "≥ 65");
  g_assert_cmpfloat (option_value (o, 156)->value, ==, 91);
  g_assert_null (option_value (o, 250));
  g_assert_cmpuint (xitu_map_content_classify (en, 91), ==, 3);
  g_assert_cmpstr (o->stage_labels[XITU_MAP_STAGE_MAGNET], ==, "NdFeB magnets");
  g_assert_cmpstr (o->status_labels[XITU_MAP_STATUS_OPERATING], ==, "Operating");

  zh = make (XITU_MAP_METRIC_SHARE, "separation", 0, XITU_MAP_CLASSING_POLICY, XITU_LANG_ZH);
  o = xitu_map_content_get_options (zh);
  g_assert_cmpstr (o->title, ==, "分离与精炼：各国占全球产量的份额，2024年");
  g_assert_cmpstr (o->no_data_label, ==, "无来源数据");
  g_assert_nonnull (strstr (o->disclaimer, "实际控制线"));
  g_assert_cmpstr (o->stage_labels[XITU_MAP_STAGE_MINING], ==, "开采");

  both = make (XITU_MAP_METRIC_PRODUCTION, NULL, 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_BOTH);
  o = xitu_map_content_get_options (both);
  g_assert_nonnull (strstr (o->title, "稀土矿山产量"));
  g_assert_nonnull (strstr (o->title, "Rare-earth mine production"));
  g_assert_nonnull (strstr (o->units, "t REO"));
}

static void
test_classes (void)
{
  g_autoptr (XituMapContent) quantile = NULL;
  g_autoptr (XituMapContent) log = NULL;
  g_autoptr (XituMapContent) policy = NULL;
  g_autoptr (XituMapContent) wanyi = NULL;
  XituMapRequest request = { .kind = XITU_MAP_METRIC_PRODUCTION, .lang = XITU_LANG_ZH,
                             .numbers = XITU_NUMBERS_WANYI };
  const XituMapOptions *o;

  if (!setup ())
    return;

  quantile = make (XITU_MAP_METRIC_PRODUCTION, NULL, 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_EN);
  o = xitu_map_content_get_options (quantile);
  /* Four sourced zeros: the lowest quantile break merges into zero. */
  g_assert_cmpuint (o->n_breaks, >=, 2);
  g_assert_cmpuint (o->n_breaks, <=, XITU_MAP_N_CLASSES - 1);
  for (gsize i = 1; i < o->n_breaks; i++)
    g_assert_cmpfloat (o->breaks[i], >, o->breaks[i - 1]);
  /* China is in the top class, a sourced zero in the bottom one. */
  g_assert_cmpuint (xitu_map_content_classify (quantile, 270000), ==, o->n_breaks);
  g_assert_cmpuint (xitu_map_content_classify (quantile, 0), ==, 0);
  g_assert_true (option_value (o, 124)->has_value);
  g_assert_cmpfloat (option_value (o, 124)->value, ==, 0);

  log = make (XITU_MAP_METRIC_PRODUCTION, NULL, 0, XITU_MAP_CLASSING_LOG, XITU_LANG_EN);
  o = xitu_map_content_get_options (log);
  g_assert_cmpuint (o->n_breaks, ==, XITU_MAP_N_CLASSES - 1);
  /* Equal steps of log10 between 110 t and 270,000 t. */
  g_assert_cmpfloat_with_epsilon (log10 (o->breaks[1]) - log10 (o->breaks[0]),
                                  log10 (o->breaks[2]) - log10 (o->breaks[1]), 1e-9);

  /* Policy thresholds are shares: tonnes are classed by quantile. */
  policy = make (XITU_MAP_METRIC_PRODUCTION, NULL, 0, XITU_MAP_CLASSING_POLICY, XITU_LANG_EN);
  g_assert_cmpfloat (xitu_map_content_get_options (policy)->breaks[0], ==,
                     xitu_map_content_get_options (quantile)->breaks[0]);

  /* Chinese labels in 万 when asked. */
  wanyi = xitu_map_content_new (dataset, world, names, &request);
  o = xitu_map_content_get_options (wanyi);
  g_assert_nonnull (strstr (o->class_labels[o->n_breaks], "万"));
  g_assert_cmpstr (o->units, ==, "吨稀土氧化物");
}

static void
test_tooltips (void)
{
  g_autoptr (XituMapContent) sep = NULL;
  g_autoptr (XituMapContent) mining = NULL;
  g_autoptr (XituMapContent) metal = NULL;
  g_autoptr (XituMapContent) zh = NULL;
  g_autofree char *china = NULL;
  g_autofree char *france = NULL;
  g_autofree char *kosovo = NULL;
  g_autofree char *share = NULL;
  g_autofree char *eu = NULL;
  g_autofree char *zh_china = NULL;
  g_autofree char *pin = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *suggested = NULL;

  if (!setup ())
    return;

  sep = make (XITU_MAP_METRIC_SHARE, "separation", 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_EN);
  china = xitu_map_content_describe_country (sep, 156, "China");
  g_test_message ("%s", china);
  g_assert_true (g_str_has_prefix (china, "China\n91 %"));
  g_assert_nonnull (strstr (china, "2024"));
  g_assert_nonnull (strstr (china, "IEA commentary 2025-10-23"));
  g_assert_nonnull (strstr (china, "Source: "));
  france = xitu_map_content_describe_country (sep, 250, "France");
  g_assert_cmpstr (france, ==, "France\nNo sourced figure (2024)");
  kosovo = xitu_map_content_describe_country (sep, 0, "Kosovo");
  g_assert_true (g_str_has_prefix (kosovo, "Kosovo\n"));

  mining = make (XITU_MAP_METRIC_SHARE, "mining", 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_EN);
  share = xitu_map_content_describe_country (mining, 156, "China");
  g_test_message ("%s", share);
  g_assert_nonnull (strstr (share, "270,000 t"));
  g_assert_nonnull (strstr (share, "69.2 % of the world total"));
  g_assert_nonnull (strstr (share, "MCS 2026"));

  metal = make (XITU_MAP_METRIC_DEPENDENCE, "metal", 0, XITU_MAP_CLASSING_POLICY, XITU_LANG_EN);
  eu = xitu_map_content_describe_country (metal, 276, "Germany");
  g_test_message ("%s", eu);
  g_assert_true (g_str_has_prefix (eu, "Germany\n"));
  g_assert_nonnull (strstr (eu, "46.3 %"));
  g_assert_nonnull (strstr (eu, "EU-27"));

  zh = make (XITU_MAP_METRIC_SHARE, "separation", 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_ZH);
  zh_china = xitu_map_content_describe_country (zh, 156, "China");
  g_test_message ("%s", zh_china);
  g_assert_true (g_str_has_prefix (zh_china, "中国\n"));
  g_assert_nonnull (strstr (zh_china, "来源"));

  /* Every facility is a pin, with its name, capacity, status and source. */
  g_assert_cmpuint (xitu_map_content_get_options (sep)->n_pins, ==,
                    g_list_model_get_n_items (xitu_dataset_get_facilities (dataset)));
  pin = xitu_map_content_describe_pin (sep, 0);
  g_test_message ("%s", pin);
  g_assert_true (g_str_has_prefix (pin, "Mountain Pass"));
  g_assert_nonnull (strstr (pin, "45,455"));
  g_assert_nonnull (strstr (pin, "Operating"));
  g_assert_nonnull (strstr (pin, "Source: "));
  g_assert_null (xitu_map_content_describe_pin (sep, 999));

  summary = xitu_map_content_get_summary (mining);
  g_assert_nonnull (strstr (summary, "China 69.2 %"));
  suggested = xitu_map_content_get_suggested_name (sep);
  g_assert_cmpstr (suggested, ==, "map-separation-share-2024");
}

static void
test_pins (void)
{
  g_autoptr (XituMapContent) content = NULL;
  XituMapRequest request = { .kind = XITU_MAP_METRIC_RESERVES, .hide_pins = TRUE };
  const XituMapOptions *o;
  gboolean magnet_pin = FALSE, sized = FALSE, unsized = FALSE;

  if (!setup ())
    return;

  content = make (XITU_MAP_METRIC_RESERVES, NULL, 0, XITU_MAP_CLASSING_LOG, XITU_LANG_EN);
  o = xitu_map_content_get_options (content);
  for (gsize i = 0; i < o->n_pins; i++)
    {
      XituFacility *f = xitu_map_content_get_pin_facility (content, i);

      g_assert_cmpfloat (o->pins[i].lon, ==, xitu_facility_get_lon (f));
      if (g_strcmp0 (xitu_facility_get_id (f), "mp-independence") == 0)
        {
          /* Metal and magnets: drawn as what it makes, still commissioning. */
          g_assert_cmpint (o->pins[i].stage, ==, XITU_MAP_STAGE_MAGNET);
          g_assert_cmpint (o->pins[i].status, ==, XITU_MAP_STATUS_CONSTRUCTION);
          magnet_pin = TRUE;
        }
      sized |= isfinite (o->pins[i].capacity);
      unsized |= !isfinite (o->pins[i].capacity);
    }
  g_assert_true (magnet_pin);
  g_assert_true (sized);
  g_assert_true (unsized);
  g_clear_object (&content);

  content = xitu_map_content_new (dataset, world, names, &request);
  g_assert_cmpuint (xitu_map_content_get_options (content)->n_pins, ==, 0);
}

static void
test_table (void)
{
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (XituTable) table = NULL;
  g_autofree char *csv = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  gboolean china = FALSE, myanmar = FALSE;

  if (!setup ())
    return;

  content = make (XITU_MAP_METRIC_RESERVES, NULL, 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_EN);
  table = xitu_map_content_get_table (content);
  csv = xitu_table_to_csv (table);
  rows = xitu_test_parse_csv (csv);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, xitu_map_metric_get_n_values (xitu_map_content_get_metric (content)) + 1);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[0], ==, "map_metric");
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row[0], ==, "reserves");
      if (g_strcmp0 (row[2], "CHN") == 0)
        {
          g_assert_cmpstr (row[1], ==, "156");
          g_assert_cmpstr (row[4], ==, "中国");
          g_assert_cmpstr (row[5], ==, "44000000");
          g_assert_cmpstr (row[7], ==, "t");
          g_assert_cmpstr (row[17], ==, "MCS 2026");
          g_assert_cmpstr (row[18], ==, "usgs-mcs2026");
          china = TRUE;
        }
      if (g_strcmp0 (row[2], "MMR") == 0)
        {
          /* A figure without a number: an empty value, the flag says why. */
          g_assert_cmpstr (row[5], ==, "");
          g_assert_cmpstr (row[16], ==, "not-available");
          myanmar = TRUE;
        }
    }
  g_assert_true (china);
  g_assert_true (myanmar);
}

/* Through the export path: the PNG has China in its class's colour. */
static void
test_export_pixels (void)
{
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (GBytes) png = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (XituMapHits) hits = NULL;
  g_autoptr (XituMapOptions) light = NULL;
  cairo_surface_t *probe, *surface;
  XituMapTransform t;
  double x, y, rgb[3];
  gsize len;
  const guint8 *data;
  XituRgba pixel, expected;
  guint klass;

  if (!setup ())
    return;

  content = make (XITU_MAP_METRIC_PRODUCTION, NULL, 0, XITU_MAP_CLASSING_QUANTILE, XITU_LANG_EN);
  png = xitu_map_content_export (content, NULL, 0, 0, 0, XITU_EXPORT_PNG, 1200, 700, 2, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png, &len);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);

  /* Where China is: the same layout drawn at the PNG's pixel size. */
  light = xitu_map_options_copy (xitu_map_content_get_options (content));
  light->dark = FALSE;
  probe = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2400, 1400);
  {
    cairo_t *cr = cairo_create (probe);
    cairo_scale (cr, 2, 2);
    hits = xitu_map_renderer_draw (cr, 1200, 700, light);
    cairo_destroy (cr);
  }
  cairo_surface_destroy (probe);
  xitu_map_hits_get_transform (hits, &t);
  /* Qinghai, well inside China. */
  xitu_map_transform_project (&t, 96.0, 35.5, &x, &y);
  g_assert_cmpint (xitu_map_hits_country_at (hits, x, y), >=, 0);
  g_assert_cmpuint (xitu_map_hits_get_country_numeric (hits, xitu_map_hits_country_at (hits, x, y)), ==, 156);

  {
    g_autofree char *dir = xitu_test_tmpdir ();
    g_autofree char *path = g_build_filename (dir, "map.png", NULL);

    g_assert_true (g_file_set_contents (path, (const char *) data, len, NULL));
    surface = cairo_image_surface_create_from_png (path);
    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 2400);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1400);
    g_unlink (path);
    g_rmdir (dir);
  }

  klass = xitu_map_content_classify (content, 270000);
  g_assert_cmpuint (klass, ==, light->n_breaks);
  xitu_map_renderer_class_color (light, klass, rgb);
  expected = (XituRgba) { rgb[0], rgb[1], rgb[2], 1 };
  pixel = xitu_test_pixel (surface, (int) (x * 2), (int) (y * 2));
  if (!xitu_rgba_near (pixel, expected, 3))
    g_error ("China at (%g, %g) is #%02x%02x%02x, expected its class colour #%02x%02x%02x", x, y,
             (int) (pixel.red * 255), (int) (pixel.green * 255), (int) (pixel.blue * 255),
             (int) (rgb[0] * 255), (int) (rgb[1] * 255), (int) (rgb[2] * 255));
  xitu_test_save (surface, "map-export-production");
  cairo_surface_destroy (surface);
}

/* The PNG is the picture drawn: decoded, every pixel is the one the same
 * draw call puts on an image surface of that size (the writer stores RGB,
 * the map being opaque). */
static void
test_export_png_pixels (void)
{
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (GBytes) png = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *drawn, *decoded;
  const guint8 *data;
  gsize len;
  cairo_t *cr;

  if (!setup ())
    return;

  content = make (XITU_MAP_METRIC_SHARE, "separation", 0, XITU_MAP_CLASSING_POLICY, XITU_LANG_ZH);
  png = xitu_map_content_export (content, NULL, 0, 0, 0, XITU_EXPORT_PNG, 960, 540, 1, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png, &len);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (data[25], ==, 2);  /* colour type RGB */

  dir = xitu_test_tmpdir ();
  path = g_build_filename (dir, "map.png", NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, len, NULL));
  decoded = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, 960);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, 540);
  g_unlink (path);
  g_rmdir (dir);

  drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 960, 540);
  cr = cairo_create (drawn);
  title = xitu_map_content_draw (content, cr, 960, 540, NULL, 0, 0, 0, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);
  for (int y = 0; y < 540; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (drawn) +
                                                             (gsize) y * cairo_image_surface_get_stride (drawn));
      const guint32 *b = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (decoded) +
                                                             (gsize) y * cairo_image_surface_get_stride (decoded));

      for (int x = 0; x < 960; x++)
        if (a[x] != b[x])
          g_error ("PNG pixel (%d, %d) is %08x, drawn %08x", x, y, b[x], a[x]);
    }
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (decoded);
}

static void
test_export_vector (void)
{
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GBytes) svg = NULL;
  g_autoptr (GBytes) csv = NULL;
  g_autoptr (GBytes) bad = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *svg_text = NULL;

  if (!setup ())
    return;

  content = make (XITU_MAP_METRIC_SHARE, "separation", 2024, XITU_MAP_CLASSING_POLICY, XITU_LANG_ZH);
  pdf = xitu_map_content_export (content, NULL, 0, 0, 0, XITU_EXPORT_PDF, 842 / 0.75, 595 / 0.75, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  svg = xitu_map_content_export (content, NULL, 2, 1.5, 0.5, XITU_EXPORT_SVG, 960, 600, 1, &error);
  g_assert_no_error (error);
  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  /* Real text: the title and the disclaimer, in Chinese. */
  g_assert_nonnull (strstr (svg_text, "分离与精炼"));
  g_assert_nonnull (strstr (svg_text, "<text"));
  g_assert_nonnull (strstr (svg_text, "Natural Earth"));

  csv = xitu_map_content_export (content, NULL, 0, 0, 0, XITU_EXPORT_CSV, 960, 600, 1, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (csv, NULL), "map_metric,numeric,country"));

  bad = xitu_map_content_export (content, NULL, 0, 0, 0, XITU_EXPORT_PNG, 5, 5, 1, &error);
  g_assert_null (bad);
  g_assert_error (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map-content/texts", test_texts);
  g_test_add_func ("/map-content/classes", test_classes);
  g_test_add_func ("/map-content/tooltips", test_tooltips);
  g_test_add_func ("/map-content/pins", test_pins);
  g_test_add_func ("/map-content/table", test_table);
  g_test_add_func ("/map-content/export-pixels", test_export_pixels);
  g_test_add_func ("/map-content/export-png-pixels", test_export_png_pixels);
  g_test_add_func ("/map-content/export-vector", test_export_vector);
  status = g_test_run ();
  g_clear_object (&dataset);
  g_clear_object (&world);
  g_clear_object (&names);
  return status;
}
