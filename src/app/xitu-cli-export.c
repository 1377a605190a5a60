/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xitu-cli-export.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "xitu-chart.h"
#include "xitu-data-paths.h"
#include "xitu-dataset-loader.h"
#include "xitu-export.h"
#include "xitu-map-content.h"
#include "xitu-scenario-file.h"

#define EXIT_USAGE 2

typedef struct
{
  char     *output;
  char     *format;
  char     *year;
  char     *edition;
  char     *compare_edition;
  char     *metric;
  char     *countries;
  char     *width;
  char     *height;
  char     *scale;
  char     *dpi;
  char     *theme;
  char     *lang;
  char     *numbers;
  char     *dataset;
  char     *stage;
  char     *classing;
  char     *boundaries;
  gboolean  no_pins;
  char     *preset;
  char     *cut;
  char     *scenario;
  char     *timeline;
  gboolean  help;
} CliArgs;

static void
cli_args_clear (CliArgs *args)
{
  g_free (args->output);
  g_free (args->format);
  g_free (args->year);
  g_free (args->edition);
  g_free (args->compare_edition);
  g_free (args->metric);
  g_free (args->countries);
  g_free (args->width);
  g_free (args->height);
  g_free (args->scale);
  g_free (args->dpi);
  g_free (args->theme);
  g_free (args->lang);
  g_free (args->numbers);
  g_free (args->dataset);
  g_free (args->stage);
  g_free (args->classing);
  g_free (args->boundaries);
  g_free (args->preset);
  g_free (args->cut);
  g_free (args->scenario);
  g_free (args->timeline);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliArgs, cli_args_clear)

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("xitu export: %s\n", message);
  g_printerr ("%s\n", _("Run “xitu export --help” for the kinds of chart and the options."));
  return EXIT_USAGE;
}

static const char *
help_text (void)
{
  return _("Usage:\n"
           "  xitu export KIND [OPTION…] -o FILE\n"
           "\n"
           "Draws a chart or the world map of the Xitu dataset to a PNG, PDF or SVG file, or\n"
           "writes the data behind it as CSV, without opening a window. Every chart and map\n"
           "carries its title, its sources and the data edition.\n"
           "\n"
           "Kinds:\n"
           "  chain        country shares of each stage of the chain (mining → separation\n"
           "               → metal & alloy → magnets), with China's share, HHI and top-3\n"
           "  ranking      countries ranked for one metric (--metric), optionally with a\n"
           "               second edition beside (--compare-edition)\n"
           "  dependence   importers' dependence on China, each bar naming its measure,\n"
           "               with the EU CRMA 65 % single-supplier line\n"
           "  lookthrough  importers' dependence on China per stage, direct and looked\n"
           "               through their other suppliers to what those import from China\n"
           "               one stage up (a range where that is unknown), with the 65 %\n"
           "               line (--countries, --year)\n"
           "  timeseries   a metric over the years for some countries (--metric,\n"
           "               --countries); editions as distinct markers, gaps not filled\n"
           "  scenario     a supplier cuts its exports of a stage: each importer's shortfall\n"
           "               (%, t/yr where the data allow), months of stock, knock-on\n"
           "               downstream; the inputs and assumptions printed under the chart\n"
           "               (--preset, --cut, --stage, --scenario)\n"
           "  buildout     capacity outside China per stage, 2025–2035, as % of today's\n"
           "               world output, against the claim's 12–24 months, with the\n"
           "               verdict and its bottleneck stage (--timeline, --scenario)\n"
           "  timeline     export controls, suspensions, deals and plant start-ups by\n"
           "               country, facilities as announced-vs-actual bars (--countries)\n"
           "  map          the world map of one metric (--metric, --stage, --classing), with\n"
           "               facility pins, legend, sources and the boundary disclaimer; as\n"
           "               CSV, the metric by country with each figure's source\n"
           "  data         every figure in the dataset with its source (CSV only)\n"
           "\n"
           "Options:\n"
           "  -o, --output=FILE            file to write (required); replaced atomically\n"
           "  -f, --format=FORMAT          png, pdf, svg or csv (default: from FILE's extension)\n"
           "  --year=YEAR                  latest year to show (default: the latest with figures)\n"
           "  --edition=EDITION            source edition, e.g. \"MCS 2025\" (default: newest)\n"
           "  --compare-edition=EDITION    ranking: a second edition shown beside the first\n"
           "  --metric=METRIC              ranking: production, reserves, separation-share\n"
           "                               (default production); timeseries: production,\n"
           "                               reserves, separation-share, net-import-reliance,\n"
           "                               import-share, price (default production); map:\n"
           "                               separation-share (or separation), mining-share,\n"
           "                               magnet-share, production, reserves, dependence\n"
           "                               (on China, separation), metal-dependence\n"
           "                               (default separation-share)\n"
           "  --stage=STAGE                map: the stage of a share or dependence metric\n"
           "                               (mining, separation, metal, magnet); scenario:\n"
           "                               the stages cut, comma-separated, e.g.\n"
           "                               separation,metal\n"
           "  --classing=METHOD            map: quantile, equal-interval, log or policy\n"
           "                               (10 / 40 / 65 %, shares only; default quantile)\n"
           "  --no-pins                    map: leave out the facility pins\n"
           "  --boundaries=FILE            map: a GeoJSON or TopoJSON file of country\n"
           "                               boundaries instead of the bundled Natural Earth\n"
           "                               1:50m (ISO 3166-1 numeric ids)\n"
           "  --countries=CODES            timeseries, dependence, lookthrough and timeline:\n"
           "                               comma-separated codes, e.g. CHN,USA or USA,EU27,JPN\n"
           "  --preset=PRESET              scenario: start from a preset tied to a real measure:\n"
           "                               mofcom-gac-2025-18 (April 2025 controls, No. 18),\n"
           "                               mofcom-2025-october (October 2025 controls, suspended),\n"
           "                               separation-embargo (full separation embargo,\n"
           "                               hypothetical); or april, october, embargo\n"
           "  --cut=PERCENT                scenario: the supplier cuts its exports by 0–100 %\n"
           "  --timeline=ASSUMPTION        buildout: as-announced, slippage or lead-times\n"
           "  --scenario=FILE              scenario and buildout: the inputs from a scenario\n"
           "                               file saved by the Scenarios view (docs/scenario-\n"
           "                               format.md); --preset, --stage, --cut and --timeline\n"
           "                               apply on top of it, in that order\n"
           "  --width=PX, --height=PX      size in logical pixels (default 960 × 600;\n"
           "                               a PDF page is 10 × 6.25 in at that size; the\n"
           "                               timeline's default grows with its rows and years)\n"
           "  --scale=N                    PNG pixels per logical pixel (default 1)\n"
           "  --dpi=N                      PNG resolution; sets the scale to N / 96\n"
           "                               (--dpi=300 for print)\n"
           "  --theme=light|dark           colours (default light)\n"
           "  --lang=en|zh_CN|both         language of every label (default en)\n"
           "  --numbers=plain|wanyi        Chinese labels: 270,000 or 27万 (default plain)\n"
           "  --dataset=FILE               a dataset file instead of the bundled one\n"
           "  -h, --help                   show this help\n"
           "\n"
           "The bundled dataset is read from $XITU_DATA_DIR/dataset/xitu-dataset.json,\n"
           "else from the installed data folder.\n"
           "\n"
           "Examples:\n"
           "  xitu export chain --year 2025 --lang zh_CN --format pdf -o chain.pdf\n"
           "  xitu export ranking --metric reserves --edition \"MCS 2026\" \\\n"
           "      --compare-edition \"MCS 2025\" -o reserves.svg\n"
           "  xitu export timeseries --metric production --countries CHN,USA --dpi 300 -o prod.png\n"
           "  xitu export map --metric separation --year 2024 --format pdf -o map.pdf\n"
           "  xitu export map --metric production --lang zh_CN --scale 2 -o production.png\n"
           "  xitu export map --metric reserves --format csv -o reserves.csv\n"
           "  xitu export scenario --preset embargo --format pdf -o embargo.pdf\n"
           "  xitu export scenario --preset april --cut 50 --stage separation,metal -o april.svg\n"
           "  xitu export buildout --timeline lead-times --lang zh_CN -o buildout.png\n"
           "  xitu export timeline --countries CHN,USA -o timeline.pdf\n"
           "  xitu export lookthrough --countries USA,JPN --lang zh_CN -o lookthrough.svg\n"
           "  xitu export data --format csv -o all.csv\n"
           "\n"
           "Exit status: 0 on success, 2 for a bad argument, dataset file or output path\n"
           "(the message says which), 1 if drawing failed.\n");
}

static gboolean
parse_number (const char *option,
              const char *text,
              double      min,
              double      max,
              double     *out,
              int        *status)
{
  char *end = NULL;
  double value;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (value) || value < min || value > max)
    {
      *status = usage_error (_("%s: “%s” is not a number from %g to %g"), option, text, min, max);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

static gboolean
parse_lang (const char *text,
            XituLang   *lang)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  if (strcmp (lower, "en") == 0 || g_str_has_prefix (lower, "en_") || g_str_has_prefix (lower, "en-"))
    *lang = XITU_LANG_EN;
  else if (strcmp (lower, "zh") == 0 || g_str_has_prefix (lower, "zh_cn") || g_str_has_prefix (lower, "zh-cn") ||
           g_str_has_prefix (lower, "zh-hans"))
    *lang = XITU_LANG_ZH;
  else if (strcmp (lower, "both") == 0)
    *lang = XITU_LANG_BOTH;
  else
    return FALSE;
  return TRUE;
}

static XituDataset *
load_dataset (const char *path,
              int        *status)
{
  g_autofree char *bundled = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  XituDataset *dataset;

  if (path == NULL)
    path = bundled = xitu_bundled_dataset_path ();
  file = g_file_new_for_commandline_arg (path);
  dataset = xitu_dataset_load_file (file, &error);
  if (dataset == NULL)
    {
      *status = usage_error (_("could not read the dataset: %s"), error->message);
      return NULL;
    }
  return dataset;
}

/* ---- the map -------------------------------------------------------------- */

static char *
join_years (GArray *years)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? ", " : "", g_array_index (years, int, i));
  return g_string_free (text, FALSE);
}

/* What a person can get wrong about the map before anything is drawn: the
 * metric, its stage, a year before any figure, an edition the metric does
 * not have. */
static int
check_map_request (XituDataset    *dataset,
                   const CliArgs  *args,
                   XituMapRequest *request,
                   char          **stage)
{
  XituMapClassing classing = XITU_MAP_CLASSING_QUANTILE;
  const char *metric = args->metric != NULL ? args->metric : "separation-share";
  g_auto (GStrv) stages = NULL;
  g_auto (GStrv) editions = NULL;
  g_autoptr (GArray) years = NULL;

  if (!xitu_map_metric_parse_id (metric, &request->kind, stage))
    return usage_error (_("unknown map metric “%s”: use separation-share, mining-share, magnet-share, "
                          "production, reserves, dependence or metal-dependence"), metric);
  if (args->stage != NULL)
    {
      if (!xitu_map_metric_kind_has_stage (request->kind))
        return usage_error (_("--stage: the metric “%s” has no stage"), metric);
      g_free (*stage);
      *stage = g_strdup (args->stage);
    }
  stages = xitu_map_metric_list_stages (dataset, request->kind);
  if (*stage != NULL && !g_strv_contains ((const char * const *) stages, *stage))
    {
      g_autofree char *known = g_strjoinv (", ", stages);
      return usage_error (_("no figures for “%s” at the stage “%s”; stages with figures: %s"),
                          metric, *stage, known);
    }
  request->stage = *stage;

  if (args->classing != NULL && !xitu_map_classing_from_string (args->classing, &classing))
    return usage_error (_("unknown classing “%s”: use quantile, equal-interval, log or policy"), args->classing);
  request->classing = classing;

  years = xitu_map_metric_list_years (dataset, request->kind, request->stage);
  if (years->len == 0)
    return usage_error (_("the dataset has no figures for the map metric “%s”"), metric);
  if (request->year != 0 && request->year < g_array_index (years, int, 0))
    {
      g_autofree char *known = join_years (years);
      return usage_error (_("--year: no figures for “%s” up to %d; years with figures: %s"),
                          metric, request->year, known);
    }

  editions = xitu_map_metric_list_editions (dataset, request->kind, request->stage);
  if (args->edition != NULL && !g_strv_contains ((const char * const *) editions, args->edition))
    {
      g_autofree char *known = g_strjoinv ("”, “", editions);
      return usage_error (_("--edition: “%s” has no figures for “%s”; editions: “%s”"),
                          args->edition, metric, known);
    }
  request->edition = args->edition;
  request->hide_pins = args->no_pins;
  return 0;
}

static XituWorld *
load_boundaries (const char *path,
                 int        *status)
{
  g_autoptr (GError) error = NULL;
  XituWorld *world;

  if (path == NULL)
    world = xitu_load_bundled_world ("50m", &error);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
      world = xitu_world_new_from_file (file, &error);
    }
  if (world == NULL)
    *status = usage_error (_("could not read the boundaries: %s"), error->message);
  return world;
}

static int
export_map (CliArgs                *args,
            XituExportFormat        format,
            double                  width,
            double                  height,
            double                  scale,
            XituChartOptions       *options)
{
  g_autoptr (XituDataset) dataset = NULL;
  g_autoptr (XituWorld) world = NULL;
  g_autoptr (XituMapNames) names = NULL;
  g_autoptr (XituMapContent) content = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GFile) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stage = NULL;
  XituMapRequest request = { 0 };
  int status = 0;

  if (args->compare_edition != NULL || args->countries != NULL)
    status = usage_error (_("--compare-edition and --countries do not apply to the map"));
  if (status == 0)
    dataset = load_dataset (args->dataset, &status);
  if (status == 0)
    {
      request.year = options->year;
      request.lang = options->lang;
      request.numbers = options->numbers;
      request.dark = options->theme == XITU_THEME_DARK;
      status = check_map_request (dataset, args, &request, &stage);
    }
  if (status == 0)
    world = load_boundaries (args->boundaries, &status);
  if (status == 0)
    {
      /* Without the names file the map still draws, with the dataset's names. */
      names = xitu_load_bundled_map_names (&error);
      if (names == NULL)
        g_printerr ("xitu export: %s\n", error->message);
      g_clear_error (&error);

      content = xitu_map_content_new (dataset, world, names, &request);
      bytes = xitu_map_content_export (content, NULL, 0, 0, 0, format, width, height, scale, &error);
      if (bytes == NULL)
        {
          g_printerr ("xitu export: %s\n", error->message);
          status = g_error_matches (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE) ? EXIT_USAGE : 1;
        }
    }
  if (status == 0)
    {
      output = g_file_new_for_commandline_arg (args->output);
      if (!xitu_export_write_atomic (output, bytes, &error))
        status = usage_error ("%s", error->message);
    }
  xitu_chart_options_clear (options);
  return status;
}

/* ---- scenarios -------------------------------------------------------- */

static const char *
preset_id (const char *name)
{
  static const struct { const char *alias, *id; } aliases[] = {
    { "april", "mofcom-gac-2025-18" },
    { "october", "mofcom-2025-october" },
    { "embargo", "separation-embargo" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (name, aliases[i].alias) == 0)
      return aliases[i].id;
  return name;
}

static gboolean
apply_stages (XituScenario *scenario,
              XituDataset  *dataset,
              const char   *list,
              int          *status)
{
  g_auto (GStrv) ids = g_strsplit (list, ",", -1);
  XituDisruptionParams params;
  guint stages = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      int index = xitu_analysis_stage_index (dataset, g_strstrip (ids[i]));

      if (index < 0)
        {
          *status = usage_error (_("--stage: unknown stage “%s”: use mining, separation, metal or magnet"), ids[i]);
          return FALSE;
        }
      stages |= 1u << index;
    }
  xitu_scenario_get_disruption (scenario, dataset, &params);
  params.stages = stages;
  xitu_scenario_set_disruption (scenario, dataset, &params);
  return TRUE;
}

/* The scenario to draw: a file's, then a preset, stages, cut and timeline
 * on top of it. NULL with a usage error. */
static XituScenario *
build_scenario (CliArgs     *args,
                XituDataset *dataset,
                int         *status)
{
  g_autoptr (XituScenario) scenario = NULL;
  g_autoptr (GError) error = NULL;

  if (args->scenario != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (args->scenario);
      scenario = xitu_scenario_load_file (file, dataset, &error);
      if (scenario == NULL)
        {
          *status = usage_error (_("could not read the scenario: %s"), error->message);
          return NULL;
        }
    }
  else
    scenario = xitu_scenario_new ();

  if (args->preset != NULL && !xitu_scenario_apply_preset (scenario, dataset, preset_id (args->preset)))
    {
      *status = usage_error (_("unknown preset “%s”: use mofcom-gac-2025-18 (april), mofcom-2025-october (october) or separation-embargo (embargo)"),
                             args->preset);
      return NULL;
    }
  if (args->stage != NULL && !apply_stages (scenario, dataset, args->stage, status))
    return NULL;
  if (args->cut != NULL)
    {
      XituDisruptionParams params;
      double cut;

      if (!parse_number ("--cut", args->cut, 0, 100, &cut, status))
        return NULL;
      xitu_scenario_get_disruption (scenario, dataset, &params);
      params.cut = cut;
      xitu_scenario_set_disruption (scenario, dataset, &params);
    }
  if (args->timeline != NULL)
    {
      XituBuildoutParams params;
      XituTimeline timeline;

      if (!xitu_timeline_from_string (args->timeline, &timeline))
        {
          *status = usage_error (_("--timeline: unknown assumption “%s”: use as-announced, slippage or lead-times"),
                                 args->timeline);
          return NULL;
        }
      xitu_scenario_get_buildout (scenario, dataset, &params);
      params.timeline = timeline;
      xitu_scenario_set_buildout (scenario, dataset, &params);
    }
  return g_steal_pointer (&scenario);
}

int
xitu_cli_export (int    argc,
                 char **argv)
{
  g_auto (CliArgs) args = { 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, NULL, NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, NULL, NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, &args.year, NULL, NULL },
    { "edition", 0, 0, G_OPTION_ARG_STRING, &args.edition, NULL, NULL },
    { "compare-edition", 0, 0, G_OPTION_ARG_STRING, &args.compare_edition, NULL, NULL },
    { "metric", 0, 0, G_OPTION_ARG_STRING, &args.metric, NULL, NULL },
    { "countries", 0, 0, G_OPTION_ARG_STRING, &args.countries, NULL, NULL },
    { "width", 0, 0, G_OPTION_ARG_STRING, &args.width, NULL, NULL },
    { "height", 0, 0, G_OPTION_ARG_STRING, &args.height, NULL, NULL },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &args.scale, NULL, NULL },
    { "dpi", 0, 0, G_OPTION_ARG_STRING, &args.dpi, NULL, NULL },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &args.theme, NULL, NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang, NULL, NULL },
    { "numbers", 0, 0, G_OPTION_ARG_STRING, &args.numbers, NULL, NULL },
    { "dataset", 0, 0, G_OPTION_ARG_FILENAME, &args.dataset, NULL, NULL },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &args.stage, NULL, NULL },
    { "classing", 0, 0, G_OPTION_ARG_STRING, &args.classing, NULL, NULL },
    { "boundaries", 0, 0, G_OPTION_ARG_FILENAME, &args.boundaries, NULL, NULL },
    { "no-pins", 0, 0, G_OPTION_ARG_NONE, &args.no_pins, NULL, NULL },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &args.preset, NULL, NULL },
    { "cut", 0, 0, G_OPTION_ARG_STRING, &args.cut, NULL, NULL },
    { "scenario", 0, 0, G_OPTION_ARG_FILENAME, &args.scenario, NULL, NULL },
    { "timeline", 0, 0, G_OPTION_ARG_STRING, &args.timeline, NULL, NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &args.help, NULL, NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (XituDataset) dataset = NULL;
  g_autoptr (GFile) output = NULL;
  g_auto (GStrv) rest = NULL;
  XituChartOptions options;
  XituChartKind kind = XITU_CHART_CHAIN;
  XituExportFormat format;
  gboolean data_only = FALSE;
  gboolean map = FALSE;
  double width = XITU_EXPORT_DEFAULT_WIDTH, height = XITU_EXPORT_DEFAULT_HEIGHT, scale = 1;
  int status = 0;
  int first = 0;

  /* Skip the program name and the "export" command word. */
  if (argc > 0 && g_strcmp0 (argv[0], "export") != 0)
    first = 1;
  if (first < argc && g_strcmp0 (argv[first], "export") == 0)
    first++;
  {
    GStrvBuilder *builder = g_strv_builder_new ();
    g_strv_builder_add (builder, "xitu export");
    for (int i = first; i < argc; i++)
      g_strv_builder_add (builder, argv[i]);
    rest = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
  }

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse_strv (context, &rest, &error))
    return usage_error ("%s", error->message);

  if (args.help)
    {
      g_print ("%s", help_text ());
      return 0;
    }

  /* The kind, and nothing else, is left. */
  if (g_strv_length (rest) < 2)
    return usage_error (_("which chart? Give one of chain, ranking, dependence, lookthrough, timeseries, scenario, buildout, timeline, map or data"));
  if (g_strv_length (rest) > 2)
    return usage_error (_("unexpected argument “%s” after the chart kind"), rest[2]);
  if (g_strcmp0 (rest[1], "data") == 0)
    data_only = TRUE;
  else if (g_strcmp0 (rest[1], "map") == 0)
    map = TRUE;
  else if (!xitu_chart_kind_from_string (rest[1], &kind))
    return usage_error (_("unknown chart “%s”: use chain, ranking, dependence, lookthrough, timeseries, scenario, buildout, timeline, map or data"), rest[1]);

  if (args.output == NULL || *args.output == '\0')
    return usage_error (_("no output file: give one with -o FILE"));

  if (args.format != NULL)
    {
      if (!xitu_export_format_from_string (args.format, &format))
        return usage_error (_("unknown format “%s”: use png, pdf, svg or csv"), args.format);
    }
  else if (!xitu_export_format_from_path (args.output, &format))
    return usage_error (_("cannot tell the format from “%s”: add --format png, pdf, svg or csv"), args.output);
  if (data_only && format != XITU_EXPORT_CSV)
    return usage_error (_("“data” is written as CSV only: use --format csv"));

  xitu_chart_options_init (&options, kind);

  if (args.year != NULL)
    {
      double year;
      if (!parse_number ("--year", args.year, 1900, 2100, &year, &status))
        return status;
      if (year != floor (year))
        return usage_error (_("--year: “%s” is not a whole year"), args.year);
      options.year = (int) year;
    }
  if ((args.width != NULL && !parse_number ("--width", args.width, 16, 16384, &width, &status)) ||
      (args.height != NULL && !parse_number ("--height", args.height, 16, 16384, &height, &status)) ||
      (args.scale != NULL && !parse_number ("--scale", args.scale, 0.1, 16, &scale, &status)))
    return status;
  if (args.dpi != NULL)
    {
      double dpi;
      if (args.scale != NULL)
        return usage_error (_("give either --scale or --dpi, not both"));
      if (!parse_number ("--dpi", args.dpi, 10, 1536, &dpi, &status))
        return status;
      scale = dpi / 96.0;
    }
  if (args.theme != NULL && !xitu_theme_from_string (args.theme, &options.theme))
    return usage_error (_("unknown theme “%s”: use light or dark"), args.theme);
  if (args.lang != NULL && !parse_lang (args.lang, &options.lang))
    return usage_error (_("unknown language “%s”: use en, zh_CN or both"), args.lang);
  if (args.numbers != NULL && !xitu_number_style_from_string (args.numbers, &options.numbers))
    return usage_error (_("unknown number style “%s”: use plain or wanyi"), args.numbers);
  if ((args.preset != NULL || args.cut != NULL) && (map || data_only || kind != XITU_CHART_DISRUPTION))
    return usage_error (_("--preset and --cut apply to scenario charts only"));
  if (args.timeline != NULL && (map || data_only || kind != XITU_CHART_BUILDOUT))
    return usage_error (_("--timeline applies to buildout charts only"));
  if (args.scenario != NULL && (map || data_only || (kind != XITU_CHART_DISRUPTION && kind != XITU_CHART_BUILDOUT)))
    return usage_error (_("--scenario applies to scenario and buildout charts only"));
  if (map)
    return export_map (&args, format, width, height, scale, &options);
  if (args.classing != NULL || args.boundaries != NULL || args.no_pins)
    return usage_error (_("--classing, --boundaries and --no-pins apply to the map only"));
  if (args.stage != NULL && (data_only || kind != XITU_CHART_DISRUPTION))
    return usage_error (_("--stage applies to the map and scenario charts only"));
  if (args.compare_edition != NULL && kind != XITU_CHART_RANKING)
    return usage_error (_("--compare-edition applies to ranking charts only"));
  if (args.countries != NULL && kind != XITU_CHART_TIMESERIES && kind != XITU_CHART_DEPENDENCE &&
      kind != XITU_CHART_LOOK_THROUGH && kind != XITU_CHART_TIMELINE)
    return usage_error (_("--countries applies to timeseries, dependence, lookthrough and timeline charts only"));
  if (args.metric != NULL && kind != XITU_CHART_RANKING && kind != XITU_CHART_TIMESERIES)
    return usage_error (_("--metric applies to ranking, timeseries and map only"));

  options.edition = g_strdup (args.edition);
  options.compare_edition = g_strdup (args.compare_edition);
  options.metric = g_strdup (args.metric);
  if (args.countries != NULL)
    {
      options.countries = g_strsplit (args.countries, ",", -1);
      for (guint i = 0; options.countries[i] != NULL; i++)
        {
          g_strstrip (options.countries[i]);
          if (*options.countries[i] == '\0')
            {
              xitu_chart_options_clear (&options);
              return usage_error (_("--countries: empty code in “%s”"), args.countries);
            }
        }
    }

  dataset = load_dataset (args.dataset, &status);
  if (dataset == NULL)
    {
      xitu_chart_options_clear (&options);
      return status;
    }

  if (!data_only && (kind == XITU_CHART_DISRUPTION || kind == XITU_CHART_BUILDOUT))
    {
      options.scenario = build_scenario (&args, dataset, &status);
      if (options.scenario == NULL)
        {
          xitu_chart_options_clear (&options);
          return status;
        }
    }
  /* The timeline grows with its rows: its own size unless one is given. */
  if (!data_only && args.width == NULL && args.height == NULL)
    xitu_chart_get_natural_size (dataset, &options, &width, &height);

  output = g_file_new_for_commandline_arg (args.output);
  if (data_only)
    {
      if (!xitu_export_figures (dataset, output, &error))
        status = usage_error ("%s", error->message);
      xitu_chart_options_clear (&options);
      return status;
    }

  if (!xitu_chart_validate (dataset, &options, &error))
    {
      status = usage_error ("%s", error->message);
      xitu_chart_options_clear (&options);
      return status;
    }

  {
    g_autoptr (GBytes) bytes = xitu_export_render (dataset, &options, format, width, height, scale, &error);

    if (bytes == NULL)
      {
        g_printerr ("xitu export: %s\n", error->message);
        status = g_error_matches (error, XITU_EXPORT_ERROR, XITU_EXPORT_ERROR_INVALID_SIZE) ? EXIT_USAGE : 1;
      }
    else if (!xitu_export_write_atomic (output, bytes, &error))
      status = usage_error ("%s", error->message);
  }
  xitu_chart_options_clear (&options);
  return status;
}
