/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "xitu-test-data.h"
#include "xitu-dataset-loader.h"

static void
country (XituDataset     *ds,
         const char      *code,
         guint            numeric,
         XituCountryKind  kind,
         const char      *en,
         const char      *zh)
{
  g_autoptr (XituCountry) c = xitu_country_new (code, numeric, kind, en, zh);
  xitu_dataset_add_country (ds, c);
}

static void
source (XituDataset *ds,
        const char  *id,
        const char  *publisher_en,
        const char  *publisher_zh,
        const char  *title,
        const char  *date)
{
  g_autoptr (XituSource) s = xitu_source_new (id, title, "en", date, "official-statistics");
  xitu_source_set_publisher (s, publisher_en, publisher_zh);
  xitu_source_set_url (s, "https://example.org/source");
  xitu_dataset_add_source (ds, s);
}

static XituFigure *
figure (XituDataset *ds,
        const char  *country_code,
        const char  *stage,
        const char  *metric,
        int          year,
        double       value,
        const char  *unit,
        const char  *source_id,
        const char  *edition)
{
  g_autoptr (XituFigure) f = xitu_figure_new (country_code, metric, year, value, unit, source_id, edition);
  static guint counter;
  g_autofree char *id = g_strdup_printf ("f%u", ++counter);

  xitu_figure_set_id (f, id);
  if (stage != NULL)
    xitu_figure_set_stage (f, stage);
  xitu_dataset_add_figure (ds, f);
  return f;
}

static void
production (XituDataset *ds,
            const char  *edition,
            const char  *src,
            int          year,
            gboolean     estimated,
            const char * const *codes,
            const double *values)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      XituFigure *f = figure (ds, codes[i], "mining", "production", year, values[i], "t", src, edition);
      if (estimated)
        xitu_figure_set_flags (f, XITU_FIGURE_ESTIMATED);
    }
}

XituDataset *
xitu_test_dataset_new (void)
{
  XituDataset *ds = xitu_dataset_new ();
  static const char * const mine_codes[] = {
    "USA", "AUS", "BRA", "MMR", "CHN", "IND", "MDG", "MYS", "NGA", "RUS", "THA", "VNM", "OTH", "WLD", NULL
  };
  static const double mcs26_2024[] = { 45500, 29000, 560, 27000, 270000, 2900, 1400, 140, 1500, 2600, 2100, 300, 1000, 380000 };
  static const double mcs26_2025[] = { 51000, 29000, 2000, 22000, 270000, 2900, 2700, 110, 1500, 2600, 4800, 150, 550, 390000 };
  static const double mcs25_2023[] = { 41600, 16000, 140, 43000, 255000, 2900, 2100, 310, 7200, 2500, 3600, 300, 1440, 376000 };
  static const double mcs25_2024[] = { 45000, 13000, 20, 31000, 270000, 2900, 2000, 130, 13000, 2500, 13000, 300, 1100, 390000 };
  XituFigure *f;

  {
    g_autoptr (XituStage) mining = xitu_stage_new ("mining", 1, "Mining", "采矿");
    g_autoptr (XituStage) separation = xitu_stage_new ("separation", 2, "Separation & refining", "分离与精炼");
    g_autoptr (XituStage) metal = xitu_stage_new ("metal", 3, "Metal & alloy", "金属与合金");
    g_autoptr (XituStage) magnet = xitu_stage_new ("magnet", 4, "Magnets", "磁体");
    xitu_dataset_add_stage (ds, magnet);
    xitu_dataset_add_stage (ds, mining);
    xitu_dataset_add_stage (ds, metal);
    xitu_dataset_add_stage (ds, separation);
  }

  country (ds, "CHN", 156, XITU_COUNTRY_KIND_COUNTRY, "China", "中国");
  country (ds, "USA", 840, XITU_COUNTRY_KIND_COUNTRY, "United States", "美国");
  country (ds, "AUS", 36, XITU_COUNTRY_KIND_COUNTRY, "Australia", "澳大利亚");
  country (ds, "BRA", 76, XITU_COUNTRY_KIND_COUNTRY, "Brazil", "巴西");
  country (ds, "MMR", 104, XITU_COUNTRY_KIND_COUNTRY, "Myanmar", "缅甸");
  country (ds, "IND", 356, XITU_COUNTRY_KIND_COUNTRY, "India", "印度");
  country (ds, "MDG", 450, XITU_COUNTRY_KIND_COUNTRY, "Madagascar", "马达加斯加");
  country (ds, "MYS", 458, XITU_COUNTRY_KIND_COUNTRY, "Malaysia", "马来西亚");
  country (ds, "NGA", 566, XITU_COUNTRY_KIND_COUNTRY, "Nigeria", "尼日利亚");
  country (ds, "RUS", 643, XITU_COUNTRY_KIND_COUNTRY, "Russia", "俄罗斯");
  country (ds, "THA", 764, XITU_COUNTRY_KIND_COUNTRY, "Thailand", "泰国");
  country (ds, "VNM", 704, XITU_COUNTRY_KIND_COUNTRY, "Vietnam", "越南");
  country (ds, "CAN", 124, XITU_COUNTRY_KIND_COUNTRY, "Canada", "加拿大");
  country (ds, "GRL", 304, XITU_COUNTRY_KIND_COUNTRY, "Greenland", "格陵兰");
  country (ds, "JPN", 392, XITU_COUNTRY_KIND_COUNTRY, "Japan", "日本");
  country (ds, "EU27", 0, XITU_COUNTRY_KIND_BLOC, "EU-27", "欧盟27国");
  country (ds, "WLD", 0, XITU_COUNTRY_KIND_AGGREGATE, "World", "世界");
  country (ds, "OTH", 0, XITU_COUNTRY_KIND_AGGREGATE, "Other countries", "其他国家");

  source (ds, "usgs-mcs-2026", "USGS", "美国地质调查局", "Mineral Commodity Summaries 2026: Rare Earths", "2026-02-06");
  source (ds, "usgs-mcs-2026-errata", "USGS", "美国地质调查局", "Mineral Commodity Summaries 2026, version 1.3", "2026-05-27");
  source (ds, "usgs-mcs-2025", "USGS", "美国地质调查局", "Mineral Commodity Summaries 2025: Rare Earths", "2025-01-31");
  source (ds, "iea-gcmo-2024", "IEA", "国际能源署", "Global Critical Minerals Outlook 2024", "2024-05-17");
  source (ds, "iea-2025-10", "IEA", "国际能源署", "With new export controls, critical minerals supply security, \"quoted\"", "2025-10-23");
  source (ds, "eurostat-2025", "Eurostat", "欧盟统计局", "EU imports of rare earth metals, 2024", "2025-04-09");
  source (ds, "jogmec-2025", "JOGMEC via WSJ", "日本金属矿物资源机构（经《华尔街日报》）", "Japan rare earth imports", "2025-07-27");
  source (ds, "ec-2023", "European Commission", "欧盟委员会", "Critical Raw Materials Act launch", "2023-03-16");
  source (ds, "comtrade-2024", "UN Comtrade", "联合国商品贸易统计数据库", "HS 2846 imports of China, 2024", "2025-03-01");

  production (ds, "MCS 2026", "usgs-mcs-2026", 2024, FALSE, mine_codes, mcs26_2024);
  production (ds, "MCS 2026", "usgs-mcs-2026", 2025, TRUE, mine_codes, mcs26_2025);
  production (ds, "MCS 2025", "usgs-mcs-2025", 2023, FALSE, mine_codes, mcs25_2023);
  production (ds, "MCS 2025", "usgs-mcs-2025", 2024, TRUE, mine_codes, mcs25_2024);

  /* Reserves (USGS basis); NA countries carry the flag and no value. */
  {
    static const char * const codes[] = { "CHN", "BRA", "AUS", "RUS", "VNM", "USA", "GRL", "CAN", "MYS", "IND", "MMR", NULL };
    static const double r26[] = { 44000000, 21000000, 6300000, 3800000, 3500000, 1900000, 1500000, 830000, 710000, -1, -1 };
    static const double r25[] = { 44000000, 21000000, 5700000, 3800000, 3500000, 1900000, 1500000, 830000, -1, 6900000, -1 };

    for (guint i = 0; codes[i] != NULL; i++)
      {
        f = figure (ds, codes[i], NULL, "reserves", 2025, r26[i] < 0 ? 0 : r26[i], "t", "usgs-mcs-2026", "MCS 2026");
        xitu_figure_set_measure (f, "usgs");
        if (r26[i] < 0)
          xitu_figure_set_flags (f, XITU_FIGURE_NOT_AVAILABLE);
        f = figure (ds, codes[i], NULL, "reserves", 2024, r25[i] < 0 ? 0 : r25[i], "t", "usgs-mcs-2025", "MCS 2025");
        xitu_figure_set_measure (f, "usgs");
        if (r25[i] < 0)
          xitu_figure_set_flags (f, XITU_FIGURE_NOT_AVAILABLE);
      }
    /* The errata edition revises Brazil only. */
    f = figure (ds, "BRA", NULL, "reserves", 2025, 11000000, "t", "usgs-mcs-2026-errata", "MCS 2026 v1.3");
    xitu_figure_set_measure (f, "usgs");
    xitu_figure_set_flags (f, XITU_FIGURE_REVISED);
    f = figure (ds, "AUS", NULL, "reserves", 2025, 3300000, "t", "usgs-mcs-2026", "MCS 2026");
    xitu_figure_set_measure (f, "jorc");
  }

  /* Separation and magnets: IEA states China's share only. */
  figure (ds, "CHN", "separation", "share", 2023, 92, "%", "iea-gcmo-2024", "GCMO 2024");
  figure (ds, "CHN", "separation", "share", 2024, 91, "%", "iea-2025-10", "IEA commentary 2025-10");
  figure (ds, "CHN", "magnet", "share", 2024, 94, "%", "iea-2025-10", "IEA commentary 2025-10");

  /* Dependence. */
  f = figure (ds, "USA", "separation", "import-share", 2021, 71, "%", "usgs-mcs-2026", "MCS 2026");
  xitu_figure_set_partner (f, "CHN");
  xitu_figure_set_year_end (f, 2024);
  xitu_figure_set_measure (f, "value");
  f = figure (ds, "USA", "separation", "import-share", 2020, 70, "%", "usgs-mcs-2025", "MCS 2025");
  xitu_figure_set_partner (f, "CHN");
  xitu_figure_set_year_end (f, 2023);
  xitu_figure_set_measure (f, "value");
  for (int y = 2021; y <= 2025; y++)
    {
      static const double nir[] = { 95, 95, 90, 53, 67 };
      f = figure (ds, "USA", NULL, "net-import-reliance", y, nir[y - 2021], "%", "usgs-mcs-2026", "MCS 2026");
      if (y <= 2023)
        xitu_figure_set_flags (f, XITU_FIGURE_MORE_THAN);
      if (y == 2025)
        xitu_figure_set_flags (f, XITU_FIGURE_ESTIMATED);
    }
  f = figure (ds, "USA", NULL, "net-import-reliance", 2024, 80, "%", "usgs-mcs-2025", "MCS 2025");
  xitu_figure_set_flags (f, XITU_FIGURE_ESTIMATED);
  f = figure (ds, "EU27", "metal", "import-share", 2024, 46.3, "%", "eurostat-2025", "Eurostat 2025-04");
  xitu_figure_set_partner (f, "CHN");
  xitu_figure_set_measure (f, "weight");
  f = figure (ds, "EU27", NULL, "dependence-headline", 2023, 98, "%", "ec-2023", "CRMA 2023");
  xitu_figure_set_partner (f, "CHN");
  f = figure (ds, "JPN", "separation", "import-share", 2024, 70, "%", "jogmec-2025", "JOGMEC 2025");
  xitu_figure_set_partner (f, "CHN");
  xitu_figure_set_measure (f, "value");
  f = figure (ds, "CHN", "separation", "import-share", 2024, 59, "%", "comtrade-2024", "Comtrade 2024");
  xitu_figure_set_partner (f, "MMR");
  xitu_figure_set_measure (f, "value");

  /* For the timeline: a measure in force, a suspended one, a plant. */
  {
    g_autoptr (XituEvent) no18 = xitu_event_new ("cn-no18", "2025-04-04", "CHN", "export-control", "ec-2023");
    g_autoptr (XituEvent) no61 = xitu_event_new ("cn-no61", "2025-10-09", "CHN", "export-control", "ec-2023");
    g_autoptr (XituFacility) plant = xitu_facility_new ("us-plant", "USA", "construction", 33, -97, "usgs-mcs-2026");

    xitu_event_set_status (no18, "in-force");
    xitu_event_set_title (no18, "Announcement No. 18 [2025]: export licences", "公告2025年第18号：出口许可");
    xitu_event_set_status (no61, "suspended");
    xitu_event_set_title (no61, "Announcement No. 61 [2025]: items made abroad", "公告2025年第61号：境外物项");
    xitu_dataset_add_event (ds, no18);
    xitu_dataset_add_event (ds, no61);
    xitu_facility_set_name (plant, "A magnet plant", "一座磁体厂");
    xitu_facility_set_stages (plant, (const char * const []) { "magnet", NULL });
    xitu_facility_set_capacity (plant, 1000, "t/yr magnets");
    xitu_facility_set_years (plant, 2023, 2025, 0);
    xitu_dataset_add_facility (ds, plant);
  }
  return ds;
}

XituDataset *
xitu_test_dataset_load_bundled (void)
{
  const char *dir = g_getenv ("XITU_DATA_DIR");
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  XituDataset *dataset;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "dataset", "xitu-dataset.json", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  file = g_file_new_for_path (path);
  dataset = xitu_dataset_load_file (file, &error);
  g_assert_no_error (error);
  return dataset;
}
