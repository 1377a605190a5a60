# SPDX-License-Identifier: GPL-3.0-or-later
"""The tools a user would otherwise pick, doing what Xitu's benchmarks do.

Each task has a setup (imports, reading inputs that Xitu also has in memory
before its timed part) and a timed body. Run with /usr/bin/python3 (Debian's
python3-geopandas, python3-matplotlib, python3-pandas):

  peers.py --serve          read a task name per line on stdin, run it once,
                            answer "OK <wall µs> <CPU µs>" (bench.py alternates
                            these with Xitu's side)
  peers.py --check TASK     print "OK" when the task's modules import, else why
  peers.py TASK [RUNS]      run on its own and print the times

Inputs come from the environment that bench.py sets:
  XITU_DATA_DIR        the source tree's data/ (Natural Earth TopoJSON)
  XITU_BENCH_DUMP_DIR  where Xitu's benchmarks wrote the values they drew
                       (map-values.csv, chain-table.csv); outputs go there too
  XITU_BENCH_USGS_CSV  the USGS MCS 2026 data release
"""

import os
import sys
import time


def dump_dir():
    return os.environ.get('XITU_BENCH_DUMP_DIR') or '/tmp'


def data_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get('XITU_DATA_DIR') or os.path.join(here, '..', '..', 'data')


def use_fonts(matplotlib):
    # Chinese in titles needs a CJK fallback, as Xitu gets from fontconfig.
    matplotlib.rcParams['font.family'] = ['DejaVu Sans', 'WenQuanYi Micro Hei']


# Xitu's map palette (light theme): Viridis sampled at 0, 1/4, 1/2, 3/4, 1,
# pale for low classes, dark for high; no data grey and hatched.
VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725']


def lerp_hex(a, b, f):
    pa = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    pb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return tuple((x + f * (y - x)) / 255 for x, y in zip(pa, pb))


def class_colors(n):
    out = []
    for k in range(n):
        t = 1 - (k / (n - 1) if n > 1 else 0.5)
        p = t * (len(VIRIDIS) - 1)
        i = min(int(p), len(VIRIDIS) - 2)
        out.append(lerp_hex(VIRIDIS[i], VIRIDIS[i + 1], p - i))
    return out


# ---- map: the same choropleth with geopandas + matplotlib -------------------

class MapPng:
    modules = ('geopandas', 'matplotlib', 'pyproj')

    def setup(self):
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
        import geopandas as gpd
        import numpy as np
        import pandas as pd
        from shapely.geometry import Polygon
        use_fonts(matplotlib)
        self.plt, self.gpd, self.np, self.pd = plt, gpd, np, pd

        path = os.path.join(dump_dir(), 'map-values.csv')
        title, breaks, rows = None, [], []
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if line.startswith('# title,'):
                    title = line[len('# title,'):]
                elif line.startswith('# breaks,'):
                    breaks = [float(x) for x in line.split(',')[1:]]
                elif line and line[0].isdigit():
                    numeric, value = line.split(',')
                    rows.append((int(numeric), float(value)))
        self.title, self.breaks = title, breaks
        self.values = pd.DataFrame(rows, columns=['numeric', 'value'])

        # The geometry is in memory on both sides before the timed part.
        world = gpd.read_file(os.path.join(data_dir(), 'maps', 'countries-110m.json'))
        world = world.set_crs('EPSG:4326')
        world['numeric'] = pd.to_numeric(world['id'], errors='coerce')
        self.world = world
        # The sphere's outline, as Xitu draws the ocean behind the countries.
        edge = [(-180, lat) for lat in range(-90, 91)] + [(180, lat) for lat in range(90, -91, -1)]
        self.sphere = gpd.GeoSeries([Polygon(edge)], crs='EPSG:4326')
        self.out = os.path.join(dump_dir(), 'peer-map.png')

    def run(self):
        plt, np = self.plt, self.np
        from matplotlib.patches import Patch
        world = self.world.to_crs('+proj=eqearth')
        sphere = self.sphere.to_crs('+proj=eqearth')
        merged = world.merge(self.values, on='numeric', how='left')
        has = merged['value'].notna()
        colors = class_colors(len(self.breaks) + 1)
        classes = np.digitize(merged.loc[has, 'value'].to_numpy(), self.breaks)

        fig, ax = plt.subplots(figsize=(19.2, 10.8), dpi=100)
        fig.subplots_adjust(left=0.005, right=0.995, top=0.93, bottom=0.1)
        sphere.plot(ax=ax, color='#dde9f2', edgecolor='#a9bccb', linewidth=0.8)
        merged[~has].plot(ax=ax, color='#d4d4d4', hatch='///', edgecolor='white', linewidth=0.5)
        merged[has].plot(ax=ax, color=[colors[c] for c in classes], edgecolor='white', linewidth=0.5)
        ax.set_axis_off()
        ax.set_title(self.title, loc='left', fontsize=20, fontweight='bold')
        b = self.breaks
        labels = ['< {:,.0f}'.format(b[0])]
        labels += ['{:,.0f} – {:,.0f}'.format(b[i], b[i + 1]) for i in range(len(b) - 1)]
        labels += ['≥ {:,.0f}'.format(b[-1])]
        handles = [Patch(facecolor=c, label=l) for c, l in zip(colors, labels)]
        handles.append(Patch(facecolor='#d4d4d4', hatch='///', label='No data'))
        ax.legend(handles=handles, title='Mine production (t REO)', loc='lower left',
                  ncol=len(handles), frameon=False, bbox_to_anchor=(0, -0.08))
        fig.text(0.01, 0.03, 'Source: USGS Mineral Commodity Summaries 2026 (rare earths).', fontsize=11)
        fig.text(0.01, 0.01, 'Boundaries: Natural Earth, de facto', fontsize=11, color='#5e5e5e')
        fig.savefig(self.out, dpi=100)
        plt.close(fig)


# ---- chain chart: matplotlib stacked bars of the same table ------------------

class ChainPdf:
    modules = ('matplotlib', 'pandas')

    def setup(self):
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
        import pandas as pd
        use_fonts(matplotlib)
        self.plt, self.pd = plt, pd
        # The table Xitu's chain chart draws, as its CSV export writes it.
        table = pd.read_csv(os.path.join(dump_dir(), 'chain-table.csv'))
        self.table = table
        self.out = os.path.join(dump_dir(), 'peer-chain.pdf')

    def run(self):
        plt, pd = self.plt, self.pd
        t = self.table
        # Segments: each country's share, the source's "other countries",
        # and what no source attributes; the world total is not a segment.
        t = t[t['item'] != 'world total']
        label = t['country_name_en'].where(t['item'] == 'country share', t['item'].str.capitalize())
        t = t.assign(label=label)
        stages = list(dict.fromkeys(t['stage']))
        wide = t.pivot_table(index='stage', columns='label', values='share_percent',
                             aggfunc='sum', sort=False).reindex(stages).fillna(0)
        # Largest holders first within each bar, as Xitu stacks them.
        wide = wide[wide.sum().sort_values(ascending=False).index]
        fig, ax = plt.subplots(figsize=(9.6, 6.0), dpi=100)
        wide.plot.bar(stacked=True, ax=ax, colormap='tab20', width=0.6)
        ax.set_ylim(0, 100)
        ax.set_ylabel('Share of world total (%)')
        ax.set_xlabel('')
        ax.set_title('Where each stage of the rare-earth chain sits · 稀土产业链', loc='left')
        ax.legend(ncol=1, fontsize=7, loc='center left', bbox_to_anchor=(1.0, 0.5), frameon=False)
        sources = t[['source_publisher', 'edition']].dropna().drop_duplicates()
        fig.text(0.01, 0.01, 'Sources: ' + '; '.join('%s, %s' % tuple(r) for r in sources.to_numpy()),
                 fontsize=7)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        fig.savefig(self.out)
        plt.close(fig)


# ---- USGS import: pandas read_csv and the same filtering ---------------------

class UsgsImport:
    modules = ('pandas',)

    def setup(self):
        import json
        import numpy as np
        import pandas as pd
        self.np, self.pd = np, pd
        self.path = os.environ.get('XITU_BENCH_USGS_CSV',
                                   '/work/shared/data/usgs/MCS2026_Commodities_Data.csv')
        # The same name tables Xitu's importer matches countries with.
        names = {}
        with open(os.path.join(data_dir(), 'iso-3166-countries.json'), encoding='utf-8') as f:
            for c in json.load(f)['countries']:
                names[self.normalize(c['en'])] = c['code']
        with open(os.path.join(data_dir(), 'usgs-country-names.json'), encoding='utf-8') as f:
            for name, code in json.load(f)['names'].items():
                names[self.normalize(name)] = code
        self.names = pd.Series(names, name='code')
        self.rows = 0

    @staticmethod
    def normalize(name):
        import re
        import unicodedata
        s = unicodedata.normalize('NFC', name).casefold().replace('\u2019', "'")
        s = re.sub(r'\s+', ' ', s).strip()
        return re.sub(r'\d+$', '', s).strip()

    def run(self):
        pd, np = self.pd, self.np
        df = pd.read_csv(self.path, encoding='cp1252', dtype=str, keep_default_na=False)
        # The rare-earth chapter of the long release, as Xitu's importer keeps it.
        re_ = df[df['MCS chapter'].str.strip().str.upper() == 'RARE EARTHS']
        re_ = re_.apply(lambda col: col.str.strip())
        section, stat, detail = re_['Section'], re_['Statistics'].str.lower(), re_['Statistics_detail']

        # What each row is: the same statistics, sections and details.
        metric = pd.Series(None, index=re_.index, dtype=object)
        stage = pd.Series(None, index=re_.index, dtype=object)
        prod = stat == 'production'
        world = section.str[:5].str.lower() == 'world'
        metric[prod & (world | detail.str.endswith('Mineral concentrates'))] = 'production'
        stage[prod & (world | detail.str.endswith('Mineral concentrates'))] = 'mining'
        metric[prod & detail.str.endswith('Compounds and metals')] = 'production'
        stage[prod & detail.str.endswith('Compounds and metals')] = 'separation'
        metric[stat == 'reserves'] = 'reserves'
        nir = stat == 'net import reliance'
        metric[nir] = 'net-import-reliance'
        tail = detail.str.rsplit(': ', n=1).str[-1].str.lower()
        stage[nir & tail.str.contains('concentrate')] = 'mining'
        stage[nir & tail.str.contains('compound')] = 'separation'
        imp = stat.str.startswith('import sources')
        metric[imp] = 'import-share'
        stage[imp] = 'separation'
        metric[stat == 'price'] = 'price'
        re_ = re_.assign(metric=metric, stage=stage)
        re_ = re_[re_['metric'].notna()]

        # Country names to ISO codes through the same tables.
        key = re_['Country'].map(self.normalize)
        re_ = re_.assign(code=key.map(self.names))
        re_ = re_[re_['code'].notna()]

        # Value cells: "270,000", "NA", "W", "E", "—" (zero), ">95", "<0.5", "1,000e".
        v = re_['Value']
        flags = pd.Series('', index=v.index)
        flags[v.isin(['NA', 'E'])] = 'not-available'
        flags[v == 'W'] = 'withheld'
        flags[v.str.startswith('>')] = 'more-than'
        flags[v.str.startswith('<')] = 'less-than'
        flags[v.str.endswith('e')] = 'estimated'
        num = v.str.replace(',', '', regex=False).str.lstrip('><').str.rstrip('e')
        num = num.where(v != '\u2014', '0')
        value = pd.to_numeric(num, errors='coerce')
        value = value.where(~re_['Unit'].str.lower().str.startswith('thousand'), value * 1000)
        # Year cells: "2025", "2025e", "2021–24".
        y = re_['Year'].str.extract(r'^(\d{4})(e?)')
        self.result = re_.assign(value=value, flags=flags,
                                 year=pd.to_numeric(y[0], errors='coerce'),
                                 estimated=y[1] == 'e')
        self.rows = len(self.result)


TASKS = {
    'map-png': MapPng,
    'chain-pdf': ChainPdf,
    'usgs-import': UsgsImport,
}


def check(name):
    import importlib
    for module in TASKS[name].modules:
        try:
            importlib.import_module(module)
        except Exception as e:  # any failure to import means "not installed here"
            return '%s: %s' % (module, e)
    return 'OK'


def time_once(task):
    wall, cpu = time.perf_counter(), time.process_time()
    task.run()
    return (time.perf_counter() - wall) * 1e6, (time.process_time() - cpu) * 1e6


def serve():
    ready = {}
    for line in sys.stdin:
        name = line.strip()
        if not name:
            continue
        if name == 'quit':
            break
        try:
            if name not in TASKS:
                raise KeyError('unknown task ' + name)
            if name not in ready:
                ready[name] = TASKS[name]()
                ready[name].setup()
            wall, cpu = time_once(ready[name])
            print('OK %.1f %.1f' % (wall, cpu), flush=True)
        except Exception as e:
            print('ERR %s: %s' % (type(e).__name__, str(e).replace('\n', ' ')), flush=True)


def main(argv):
    if len(argv) >= 2 and argv[1] == '--serve':
        serve()
        return 0
    if len(argv) == 3 and argv[1] == '--check':
        print(check(argv[2]))
        return 0
    if len(argv) >= 2 and argv[1] in TASKS:
        task = TASKS[argv[1]]()
        task.setup()
        for _ in range(int(argv[2]) if len(argv) > 2 else 1):
            print('%s: %.1f ms wall, %.1f ms CPU' % ((argv[1],) + tuple(x / 1000 for x in time_once(task))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
