#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Xitu's benchmarks side by side with the toolkit's floor and the peers.

bench/run.sh is the entry point (it builds, starts Xvfb and calls this);
run this directly only to run a part of it:

  bench.py --build BUILD [--runs N] [--warmup N] [--quick] [--no-peers]
           [--only ID,...] [--results-md bench/RESULTS.md] [--out DIR]

Every Xitu case and every peer task runs in a long-lived worker process
(`bench-* --serve`, `peers/peers.py --serve`) that is asked for one run at a
time, so Xitu's side and the peer's alternate run by run in the same
invocation, both warm, and the order flips every round. Start-up runs Xitu
and the floor window as fresh processes, alternating, and reads the
timestamp each prints on its first painted frame.

Exit status: 1 when a Xitu benchmark crashed or failed, 2 on bad usage;
never because a time is slow, and never because a peer is missing.
"""

import argparse
import datetime
import json
import os
import platform
import re
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
PEERS = os.path.join(HERE, 'peers', 'peers.py')
PEER_PYTHON = '/usr/bin/python3'
USGS_CSV_DEFAULT = os.path.normpath(os.path.join(TOP, '..', 'shared', 'data', 'usgs',
                                                 'MCS2026_Commodities_Data.csv'))

# What is measured. xitu: (program in BUILD/bench, case); peer: a task of
# peers/peers.py; target: how the figure is judged (see judge()).
MEASUREMENTS = [
    dict(id='startup', what='Start to first drawn frame, main window (Xvfb)',
         compared='floor window (AdwApplicationWindow + header bar)', target=('ratio-max', 1.3)),
    dict(id='memory', what='Peak memory after start (VmHWM)',
         compared='the same floor', target=('ratio-max', 1.3)),
    dict(id='map-render', what='Full map render 1920×1080 (image surface)',
         xitu=('bench-map', 'map-render'), target=('report',)),
    dict(id='map-widget-full', what='Full frame through the map widget (base layer redrawn, 1920×1080)',
         xitu=('bench-map-widget', 'widget-full-frame'), display=True, target=('report',)),
    dict(id='map-hover', what='Hover frame on the map (map widget, cached base layer)',
         xitu=('bench-map-widget', 'widget-hover'), display=True, compared='the widget\'s full frame',
         relative_to='map-widget-full', target=('fraction-max', 0.1)),
    dict(id='map-hover-api', what='Hover, renderer API only (hit-test + base blit + highlight)',
         xitu=('bench-map', 'map-hover'), compared='the full render (headless)',
         relative_to='map-render', target=('fraction-max', 0.1)),
    dict(id='map-export-png', what='Map export to PNG 1920×1080 (xitu_map_content_export + atomic write)',
         xitu=('bench-map', 'map-export-png'), peer='map-png',
         compared='geopandas 0.12 + matplotlib, same choropleth', target=('speedup-min', 20)),
    dict(id='png-cairo', what='PNG encoding of the 1920×1080 map: cairo\'s writer (what export used before)',
         xitu=('bench-png', 'png-cairo'), target=('report',)),
    dict(id='png-zlib1', what='Deflating the same map\'s RGB rows with zlib level 1, one thread (what export used before this round)',
         xitu=('bench-png', 'png-zlib1'), target=('report',)),
    dict(id='png-fast', what='PNG encoding of the same map: Xitu\'s writer (what export uses: RGB, no filter, its own deflater in bands)',
         xitu=('bench-png', 'png-fast'), compared='zlib level 1, one thread', relative_to='png-zlib1', target=('report',)),
    dict(id='map-png-bytes', what='Map to PNG in memory (the export without its fsync\'d atomic write)',
         xitu=('bench-map', 'map-png-bytes'), peer='map-png',
         compared='geopandas, as above (writes its file, no fsync)', target=('report',)),
    dict(id='map-export-process', what='Map to PNG 1920×1080, whole process (`xitu export map` vs a Python script)',
         process=('xitu-export-map', 'map-png', 'map-export-png'),
         compared='python3 + geopandas script, same values', target=('report',)),
    dict(id='chain-export-pdf', what='Chain chart export to PDF',
         xitu=('bench-charts', 'chain-export-pdf'), peer='chain-pdf',
         compared='matplotlib stacked bars, same table', target=('speedup-min', 20)),
    dict(id='chain-pdf-bytes', what='Chain chart to PDF in memory (the export without its fsync\'d atomic write)',
         xitu=('bench-charts', 'chain-pdf-bytes'), peer='chain-pdf',
         compared='matplotlib, as above (writes its file, no fsync)', target=('report',)),
    dict(id='chain-export-process', what='Chain chart to PDF, whole process (`xitu export chain` vs a Python script)',
         process=('xitu-export-chain', 'chain-pdf', 'chain-export-pdf'),
         compared='python3 + matplotlib script, same table', target=('report',)),
    dict(id='usgs-import', what='USGS MCS 2026 CSV import (3 MB)',
         xitu=('bench-import', 'usgs-import'), peer='usgs-import',
         compared='pandas read_csv + the same filtering', target=('speedup-min', 5)),
    dict(id='dataset-load', what='Dataset load at start',
         xitu=('bench-map', 'dataset-load'), compared='start-up (Xitu, above)',
         relative_to='startup', target=('fraction-max', 0.05)),
    dict(id='world-load-50m', what='Natural Earth 50m world load (in a thread, on the Map page\'s first visit)',
         xitu=('bench-map', 'world-load-50m'), compared='start-up (Xitu, above)',
         relative_to='startup', target=('share',)),
    dict(id='scenario', what='Scenario recompute (all importers, all stages)',
         external='bench-scenario', target=('abs-max-us', 50)),
]


class BenchError(Exception):
    pass


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# ---- workers ----------------------------------------------------------------

class Worker:
    """A --serve process: one request line in, "OK wall cpu" out."""

    def __init__(self, argv, env, name):
        self.name = name
        self.proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=None, text=True, bufsize=1)

    def run(self, case):
        try:
            self.proc.stdin.write(case + '\n')
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except (BrokenPipeError, OSError) as e:
            raise BenchError('%s: %s' % (self.name, e))
        if not line:
            code = self.proc.wait()
            raise BenchError('%s exited (status %d) while running %s' % (self.name, code, case))
        parts = line.split()
        if parts[0] != 'OK':
            raise BenchError('%s: %s' % (self.name, line.strip()))
        return float(parts[1]), float(parts[2])

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write('quit\n')
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


def stats(samples):
    s = sorted(samples)
    n = len(s)

    def q(p):
        pos = p * (n - 1)
        lo = int(pos)
        hi = min(lo + 1, n - 1)
        return s[lo] + (pos - lo) * (s[hi] - s[lo])
    return dict(n=n, median=q(0.5), min=s[0], max=s[-1], q1=q(0.25), q3=q(0.75), samples=samples)


# ---- the harness ------------------------------------------------------------

class Harness:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.out = os.path.abspath(args.out or os.path.join(self.build, 'bench-out'))
        os.makedirs(self.out, exist_ok=True)
        self.env = dict(os.environ)
        self.env.update({
            # Windows (start-up, the map widget) render as on a machine
            # without GPU: GSK's cairo renderer on X11.
            'GSK_RENDERER': 'cairo',
            'GDK_BACKEND': 'x11',
            'XITU_DATA_DIR': os.path.join(TOP, 'data'),
            'XITU_BENCH_DUMP_DIR': self.out,
            'XITU_BENCH_USGS_CSV': args.usgs_csv,
            'LC_ALL': 'C.UTF-8',
            'GSETTINGS_BACKEND': 'memory',
            'GSETTINGS_SCHEMA_DIR': os.path.join(self.build, 'data'),
        })
        self.workers = {}
        self.results = {}
        self.failures = []
        self.notes = []

    def bench_program(self, program):
        return os.path.join(self.build, 'bench', program)

    def xitu_cases(self, program):
        path = self.bench_program(program)
        if not os.access(path, os.X_OK):
            return None
        out = subprocess.run([path, '--list'], env=self.env, capture_output=True, text=True)
        if out.returncode == 77:
            return set()  # needs a display
        if out.returncode != 0:
            raise BenchError('%s --list failed (status %d): %s' % (program, out.returncode, out.stderr.strip()))
        return {line.split()[0] for line in out.stdout.splitlines() if line.strip()}

    def worker(self, key, argv):
        if key not in self.workers:
            self.workers[key] = Worker(argv, self.env, key)
        return self.workers[key]

    def peer_available(self, task):
        if self.args.no_peers:
            return 'peers not run (--quick / --no-peers)'
        if not os.access(PEER_PYTHON, os.X_OK):
            return PEER_PYTHON + ' not found'
        if task == 'usgs-import' and not os.path.exists(self.args.usgs_csv):
            return 'USGS CSV not found at ' + self.args.usgs_csv
        out = subprocess.run([PEER_PYTHON, PEERS, '--check', task], env=self.env,
                             capture_output=True, text=True)
        line = out.stdout.strip()
        return None if line == 'OK' else 'peer not installed (%s)' % (line or out.stderr.strip()[-200:])

    # A Xitu case, alone or alternating with its peer.
    def run_measurement(self, m):
        program, case = m['xitu']
        if program == 'bench-import' and not os.path.exists(self.args.usgs_csv):
            self.results[m['id']] = dict(status='skipped', note='USGS CSV not found at ' + self.args.usgs_csv)
            log('  %s: skipped, no %s' % (m['id'], self.args.usgs_csv))
            return
        if m.get('display') and not os.environ.get('DISPLAY'):
            self.results[m['id']] = dict(status='skipped', note='needs a display (bench/run.sh runs Xvfb)')
            log('  %s: skipped, no display' % m['id'])
            return
        cases = self.xitu_cases(program)
        if cases is None or case not in cases:
            self.results[m['id']] = dict(status='pending',
                                         note='%s %s is not built yet' % (program, case))
            log('  %s: not built yet (%s %s)' % (m['id'], program, case))
            return
        xitu = self.worker(program, [self.bench_program(program), '--serve'])
        peer = None
        peer_note = None
        if m.get('peer'):
            peer_note = self.peer_available(m['peer'])
            if peer_note is None:
                peer = self.worker('peers', [PEER_PYTHON, PEERS, '--serve'])
        runs, warmup = self.args.runs, self.args.warmup
        samples = {'xitu': ([], []), 'peer': ([], [])}
        sides = [('xitu', xitu, case)] + ([('peer', peer, m['peer'])] if peer else [])
        for i in range(warmup + runs):
            order = sides if i % 2 == 0 else sides[::-1]
            for side, w, name in order:
                try:
                    wall, cpu = w.run(name)
                except BenchError as e:
                    if side == 'xitu':
                        raise
                    # A peer that fails is reported, not a harness failure.
                    peer_note = 'peer failed: %s' % e
                    log('  %s: %s' % (m['id'], peer_note))
                    sides = [s for s in sides if s[0] != 'peer']
                    samples['peer'] = ([], [])
                    continue
                if i >= warmup:
                    samples[side][0].append(wall)
                    samples[side][1].append(cpu)
        r = dict(status='ok', xitu=dict(wall=stats(samples['xitu'][0]), cpu=stats(samples['xitu'][1])))
        if samples['peer'][0]:
            r['peer'] = dict(wall=stats(samples['peer'][0]), cpu=stats(samples['peer'][1]))
        if peer_note:
            r['peer_note'] = peer_note
        self.results[m['id']] = r
        log('  %s: xitu %.3f ms%s' % (m['id'], r['xitu']['wall']['median'] / 1000,
                                      ', peer %.1f ms' % (r['peer']['wall']['median'] / 1000)
                                      if 'peer' in r else ''))

    # The scenario engine's own benchmark (bench/bench-scenario.c, branch
    # analysis): runs of 2000 recomputes each; it prints the median per
    # recompute and exits 1 when over budget, which is not a crash here.
    def run_external(self, m):
        path = self.bench_program(m['external'])
        if not os.access(path, os.X_OK):
            self.results[m['id']] = dict(status='pending', note='%s is not built yet' % m['external'])
            log('  %s: not built yet (%s)' % (m['id'], m['external']))
            return
        dataset = os.path.join(TOP, 'data', 'dataset', 'xitu-dataset.json')
        out = subprocess.run([path, dataset, str(max(self.args.runs, 10))], env=self.env,
                             capture_output=True, text=True, timeout=600)
        text = out.stdout + out.stderr
        match = re.search(r'recompute[^\n]*?median\s+([0-9.]+) us\s+min\s+([0-9.]+)\s+q1\s+([0-9.]+)'
                          r'\s+q3\s+([0-9.]+)\s+max\s+([0-9.]+)[^\n]*\(n=(\d+)\)', text)
        if out.returncode not in (0, 1) or match is None:
            raise BenchError('%s failed (status %d): %s' % (m['external'], out.returncode, text.strip()[-400:]))
        median, lo, q1, q3, hi = (float(match.group(i)) for i in range(1, 6))
        st = dict(n=int(match.group(6)), median=median, min=lo, max=hi, q1=q1, q3=q3, samples=[])
        self.results[m['id']] = dict(status='ok', xitu=dict(wall=st), output=text.strip().splitlines())
        log('  %s: xitu %.2f µs per recompute' % (m['id'], median))

    # Whole processes, as a person runs them from a shell: `xitu export`
    # (loads the dataset, draws, writes) against the peer as a script
    # (imports, reads the table, draws, writes). Alternating, like the rest.
    def process_argv(self, name):
        if name == 'xitu-export-chain':
            return [os.path.join(self.build, 'src', 'xitu'), 'export', 'chain', '-o',
                    os.path.join(self.out, 'xitu-export-chain.pdf')]
        if name == 'xitu-export-map':
            return [os.path.join(self.build, 'src', 'xitu'), 'export', 'map', '--metric', 'production',
                    '--classing', 'log', '--no-pins', '--width', '1920', '--height', '1080', '-o',
                    os.path.join(self.out, 'xitu-export-map.png')]
        raise BenchError('unknown process ' + name)

    def run_process(self, m):
        xitu_name, peer_task, needs = m['process']
        argv = self.process_argv(xitu_name)
        if not os.access(argv[0], os.X_OK):
            self.results[m['id']] = dict(status='pending', note='%s is not built yet' % os.path.basename(argv[0]))
            return
        sides = [('xitu', argv)]
        note = None
        if self.results.get(needs, {}).get('status') != 'ok':
            note = 'the peer needs %s first (it writes the data the peer reads)' % needs
        else:
            note = self.peer_available(peer_task)
        if note is None:
            sides.append(('peer', [PEER_PYTHON, PEERS, peer_task, '1']))
        samples = {'xitu': [], 'peer': []}
        # A peer process takes seconds: 10 timed runs are enough here.
        warmup, runs = min(self.args.warmup, 1), min(self.args.runs, 10)
        for i in range(warmup + runs):
            for side, argv in (sides if i % 2 == 0 else sides[::-1]):
                t0 = time.monotonic_ns()
                done = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=300)
                us = (time.monotonic_ns() - t0) / 1000
                if done.returncode != 0:
                    if side == 'xitu':
                        raise BenchError('%s exited %d: %s' % (' '.join(argv[:3]), done.returncode,
                                                              done.stderr.strip()[-300:]))
                    note = 'peer failed: ' + done.stderr.strip()[-200:]
                    sides = sides[:1]
                    samples['peer'] = []
                    continue
                if i >= warmup:
                    samples[side].append(us)
        r = dict(status='ok', xitu=dict(wall=stats(samples['xitu'])))
        if samples['peer']:
            r['peer'] = dict(wall=stats(samples['peer']))
        if note:
            r['peer_note'] = note
        self.results[m['id']] = r
        log('  %s: xitu %.1f ms%s' % (m['id'], r['xitu']['wall']['median'] / 1000,
                                      ', peer %.1f ms' % (r['peer']['wall']['median'] / 1000) if 'peer' in r else ''))

    # ---- start-up and memory ----

    def startup_once(self, argv, env, timeout=60):
        t0 = time.monotonic_ns() // 1000
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        sel = selectors.DefaultSelector()
        sel.register(proc.stderr, selectors.EVENT_READ)
        buf = b''
        frame = None
        other = []
        deadline = time.monotonic() + timeout
        try:
            while frame is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BenchError('%s: no first frame within %d s' % (argv[0], timeout))
                if not sel.select(left):
                    continue
                chunk = os.read(proc.stderr.fileno(), 65536)
                if not chunk:
                    code = proc.wait()
                    raise BenchError('%s exited (status %d) before its first frame: %s' %
                                     (os.path.basename(argv[0]), code, ' | '.join(other)[-400:]))
                buf += chunk
                while b'\n' in buf:
                    line, buf = buf.split(b'\n', 1)
                    text = line.decode('utf-8', 'replace')
                    m = re.match(r'xitu-bench: first-frame (\d+)', text)
                    if m:
                        frame = int(m.group(1))
                    elif text.strip():
                        other.append(text.strip())
            status = {}
            with open('/proc/%d/status' % proc.pid) as f:
                for line in f:
                    key, _, value = line.partition(':')
                    status[key] = value.strip()
            hwm_kb = int(status['VmHWM'].split()[0])
            # CPU time so far (utime + stime, every thread, in clock ticks):
            # less disturbed than wall time when the machine is shared.
            with open('/proc/%d/stat' % proc.pid) as f:
                fields = f.read().rsplit(')', 1)[1].split()
            cpu_us = (int(fields[11]) + int(fields[12])) * 1e6 / os.sysconf('SC_CLK_TCK')
        finally:
            sel.close()
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            proc.stderr.close()
        return (frame - t0), cpu_us, hwm_kb, other

    def run_startup(self):
        if not os.environ.get('DISPLAY'):
            note = 'no display: run under xvfb-run (bench/run.sh does)'
            for k in ('startup', 'memory'):
                self.results[k] = dict(status='skipped', note=note)
            log('  startup: skipped, ' + note)
            return
        xitu_exe = os.path.join(self.build, 'src', 'xitu')
        floor_exe = self.bench_program('floor-window')
        for exe in (xitu_exe, floor_exe):
            if not os.access(exe, os.X_OK):
                raise BenchError('%s is not built' % exe)
        env = dict(self.env)
        env['XITU_BENCH_FIRST_FRAME'] = '1'
        sides = [('xitu', [xitu_exe]), ('floor', [floor_exe])]
        times = {'xitu': [], 'floor': []}
        cpu = {'xitu': [], 'floor': []}
        hwm = {'xitu': [], 'floor': []}
        messages = set()
        for i in range(self.args.warmup + self.args.runs):
            for side, argv in (sides if i % 2 == 0 else sides[::-1]):
                us, cpu_us, kb, other = self.startup_once(argv, env)
                messages.update('%s: %s' % (side, o) for o in other)
                if i >= self.args.warmup:
                    times[side].append(us)
                    cpu[side].append(cpu_us)
                    hwm[side].append(kb)
        self.results['startup'] = dict(status='ok',
                                       xitu=dict(wall=stats(times['xitu']), cpu=stats(cpu['xitu'])),
                                       floor=dict(wall=stats(times['floor']), cpu=stats(cpu['floor'])))
        self.results['memory'] = dict(status='ok', xitu=dict(kb=stats(hwm['xitu'])),
                                      floor=dict(kb=stats(hwm['floor'])))
        if messages:
            self.results['startup']['messages'] = sorted(messages)[:20]
        log('  startup: xitu %.1f ms, floor %.1f ms; VmHWM xitu %d KiB, floor %d KiB' % (
            statistics.median(times['xitu']) / 1000, statistics.median(times['floor']) / 1000,
            statistics.median(hwm['xitu']), statistics.median(hwm['floor'])))

    # ---- all of it ----

    def run(self):
        only = set(self.args.only.split(',')) if self.args.only else None
        for m in MEASUREMENTS:
            if only and m['id'] not in only:
                continue
            if m['id'] == 'memory':
                continue  # measured with start-up
            log('%s' % m['id'])
            try:
                if m['id'] == 'startup':
                    self.run_startup()
                elif m.get('external'):
                    self.run_external(m)
                elif m.get('process'):
                    self.run_process(m)
                else:
                    self.run_measurement(m)
            except BenchError as e:
                self.failures.append('%s: %s' % (m['id'], e))
                self.results[m['id']] = dict(status='failed', note=str(e))
                if m['id'] == 'startup':
                    self.results['memory'] = dict(status='failed', note=str(e))
                log('  FAILED: %s' % e)
                # A crashed worker is not reused.
                program = m.get('xitu', (m.get('external'),))[0]
                if program in self.workers:
                    self.workers.pop(program).close()
        for w in self.workers.values():
            w.close()


# ---- judging and reporting --------------------------------------------------

def median_of(r, side='xitu', key='wall'):
    return r[side][key]['median']


def judge(m, results):
    """(figure text, verdict) for one measurement."""
    r = results.get(m['id'])
    if r is None or r.get('status') != 'ok':
        return None, None
    kind = m['target'][0]
    if kind == 'report':
        if 'peer' in r:
            return '%.1f× faster' % (median_of(r, 'peer') / median_of(r)), 'reported'
        base = results.get(m.get('relative_to'), {})
        if base.get('status') == 'ok':
            return '%.1f× faster (CPU time: %.1f×)' % (median_of(base) / median_of(r),
                                                      median_of(base, key='cpu') / median_of(r, key='cpu')), 'reported'
        return None, 'reported'
    if kind == 'ratio-max':
        key = 'kb' if m['id'] == 'memory' else 'wall'
        ratio = median_of(r, 'xitu', key) / median_of(r, 'floor', key)
        return '%.2f× the floor' % ratio, 'met' if ratio <= m['target'][1] else 'missed'
    if kind == 'fraction-max':
        base = results.get(m['relative_to'])
        if base is None or base.get('status') != 'ok':
            return 'no %s figure to compare with' % m['relative_to'], None
        frac = median_of(r) / median_of(base)
        if m['target'][1] >= 0.1:
            text = '1/%.0f of it' % (1 / frac) if frac > 0 else '0'
        else:
            text = '%.2f %% of it' % (100 * frac)
        return text, 'met' if frac <= m['target'][1] else 'missed'
    if kind == 'share':
        base = results.get(m['relative_to'], {})
        if base.get('status') != 'ok':
            return None, 'reported'
        return '%.1f %% of it (CPU time: %.1f %%)' % (100 * median_of(r) / median_of(base),
                                                    100 * median_of(r, key='cpu') / median_of(base, key='cpu')), \
            'reported'
    if kind == 'speedup-min':
        if 'peer' not in r:
            return None, 'no peer'
        speedup = median_of(r, 'peer') / median_of(r)
        cpu = median_of(r, 'peer', 'cpu') / median_of(r, 'xitu', 'cpu')
        return '%.1f× faster (CPU time: %.1f×)' % (speedup, cpu), \
            'met' if speedup >= m['target'][1] else 'missed'
    if kind == 'abs-max-us':
        return None, 'met' if median_of(r) <= m['target'][1] else 'missed'
    return None, None


def fmt_time(us):
    if us >= 1e6:
        return '%.2f s' % (us / 1e6)
    if us >= 1e3:
        return '%.1f ms' % (us / 1e3) if us < 1e5 else '%.0f ms' % (us / 1e3)
    return '%.1f µs' % us


def fmt_side(s, key='wall'):
    if key == 'kb':
        st = s['kb']
        return '%.1f MiB (%.1f–%.1f)' % (st['median'] / 1024, st['min'] / 1024, st['max'] / 1024)
    st = s[key]
    return '%s (%s–%s)' % (fmt_time(st['median']), fmt_time(st['min']), fmt_time(st['max']))


TARGET_TEXT = {
    'ratio-max': lambda t: '≤ %g× the floor' % t[1],
    'fraction-max': lambda t: ('≤ 1/%d of it' % round(1 / t[1])) if t[1] >= 0.1 else '< %g %% of it' % (100 * t[1]),
    'speedup-min': lambda t: '≥ %g× faster' % t[1],
    'abs-max-us': lambda t: '≤ %g µs' % t[1],
    'report': lambda t: 'median reported',
    'share': lambda t: 'median reported',
}


def results_table(results):
    rows = ['| what | Xitu, median (min–max) | compared with, median (min–max) | result | target | verdict |',
            '| --- | --- | --- | --- | --- | --- |']
    for m in MEASUREMENTS:
        r = results.get(m['id'], dict(status='not run'))
        target = TARGET_TEXT[m['target'][0]](m['target'])
        compared = m.get('compared', '—')
        if r.get('status') != 'ok':
            rows.append('| %s | %s: %s | %s | — | %s | — |' % (
                m['what'], r.get('status'), r.get('note', ''), compared, target))
            continue
        key = 'kb' if m['id'] == 'memory' else 'wall'
        xitu = fmt_side(r['xitu'], key)
        if 'floor' in r:
            other = '%s: %s' % (compared, fmt_side(r['floor'], key))
        elif 'peer' in r:
            other = '%s: %s' % (compared, fmt_side(r['peer']))
        elif m.get('relative_to') and results.get(m['relative_to'], {}).get('status') == 'ok':
            other = '%s: %s' % (compared, fmt_side(results[m['relative_to']]['xitu']))
        elif r.get('peer_note'):
            other = '%s: %s' % (compared, r['peer_note'])
        else:
            other = compared
        figure, verdict = judge(m, results)
        rows.append('| %s | %s | %s | %s | %s | %s |' % (
            m['what'], xitu, other, figure or '—', target, '**%s**' % verdict if verdict else '—'))
    return '\n'.join(rows)


def cpu_table(results):
    rows = ['| what | Xitu CPU, median (IQR) | peer or floor CPU, median (IQR) | Xitu wall IQR | peer or floor wall IQR |',
            '| --- | --- | --- | --- | --- |']
    for m in MEASUREMENTS:
        r = results.get(m['id'], {})
        if r.get('status') != 'ok' or 'cpu' not in r.get('xitu', {}):
            continue

        def iqr(s, key):
            return '%s (%s–%s)' % (fmt_time(s[key]['median']), fmt_time(s[key]['q1']), fmt_time(s[key]['q3']))
        other = r.get('peer') or r.get('floor')
        rows.append('| %s | %s | %s | %s–%s | %s |' % (
            m['what'], iqr(r['xitu'], 'cpu'), iqr(other, 'cpu') if other else '—',
            fmt_time(r['xitu']['wall']['q1']), fmt_time(r['xitu']['wall']['q3']),
            '%s–%s' % (fmt_time(other['wall']['q1']), fmt_time(other['wall']['q3'])) if other else '—'))
    return '\n'.join(rows)


def first_line(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return 'unknown'


def machine_info():
    cpu = 'unknown'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    with open('/proc/meminfo') as f:
        mem_kb = int(f.readline().split()[1])

    def pkg(name):
        return first_line(['dpkg-query', '-W', '-f=${Version}', name]) if shutil.which('dpkg-query') else '?'

    def pymod(mod):
        out = subprocess.run([PEER_PYTHON, '-c', 'import %s; print(%s.__version__)' % (mod, mod)],
                             capture_output=True, text=True) if os.access(PEER_PYTHON, os.X_OK) else None
        return out.stdout.strip() if out is not None and out.returncode == 0 else 'not installed'
    return dict(
        nproc=os.cpu_count(), cpu=cpu, memory_gib=round(mem_kb / 1024 / 1024, 1),
        kernel=platform.release(), os=first_line(['sh', '-c', '. /etc/os-release; echo "$PRETTY_NAME"']),
        loadavg=open('/proc/loadavg').read().split()[:3],
        gtk=pkg('libgtk-4-1'), adwaita=pkg('libadwaita-1-0'), cairo=pkg('libcairo2'),
        python=platform.python_version(), geopandas=pymod('geopandas'),
        matplotlib=pymod('matplotlib'), pandas=pymod('pandas'),
    )


def machine_table(info, args, started, finished):
    return '\n'.join([
        '| | |', '| --- | --- |',
        '| date | %s (%s s) |' % (started, round(finished - time.mktime(time.strptime(started, '%Y-%m-%d %H:%M:%S')))),
        '| CPU | %s, nproc %s |' % (info['cpu'], info['nproc']),
        '| memory | %s GiB |' % info['memory_gib'],
        '| system | %s, Linux %s |' % (info['os'], info['kernel']),
        '| load average at start (1, 5, 15 min) | %s |' % ', '.join(info['loadavg']),
        '| toolkit | GTK %s, libadwaita %s, cairo %s; GSK_RENDERER=cairo under Xvfb 1920×1080×24 |' % (
            info['gtk'], info['adwaita'], info['cairo']),
        '| peers | Python %s, geopandas %s, matplotlib %s, pandas %s |' % (
            info['python'], info['geopandas'], info['matplotlib'], info['pandas']),
        '| runs | %d warm-up + %d timed per side, alternating |' % (args.warmup, args.runs),
    ])


def rewrite_section(text, name, body):
    begin, end = '<!-- bench:%s:begin -->' % name, '<!-- bench:%s:end -->' % name
    pattern = re.compile(re.escape(begin) + '.*?' + re.escape(end), re.S)
    block = '%s\n%s\n%s' % (begin, body, end)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text)
    return text.rstrip('\n') + '\n\n' + block + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--build', required=True, help='meson build directory (optimised)')
    ap.add_argument('--runs', type=int, default=15)
    ap.add_argument('--warmup', type=int, default=3)
    ap.add_argument('--quick', action='store_true', help='1 run each, no warm-up, no peers, RESULTS.md untouched')
    ap.add_argument('--no-peers', action='store_true')
    ap.add_argument('--only', help='comma-separated measurement ids')
    ap.add_argument('--out', help='where results.json and the exported files go (default BUILD/bench-out)')
    ap.add_argument('--results-md', help='RESULTS.md whose tables to rewrite')
    ap.add_argument('--usgs-csv', default=os.environ.get('XITU_BENCH_USGS_CSV', USGS_CSV_DEFAULT))
    args = ap.parse_args()
    if args.quick:
        args.runs, args.warmup, args.no_peers, args.results_md = 1, 0, True, None
    if args.runs < 1 or args.warmup < 0:
        ap.error('--runs must be at least 1 and --warmup not negative')

    started = datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S')
    info = machine_info()
    h = Harness(args)
    h.run()
    finished = time.time()

    doc = dict(machine=info, started=started, runs=args.runs, warmup=args.warmup,
               results=h.results, failures=h.failures)
    with open(os.path.join(h.out, 'results.json'), 'w') as f:
        json.dump(doc, f, indent=1)
    log('results: %s' % os.path.join(h.out, 'results.json'))

    table = results_table(h.results)
    print(table)
    if args.results_md:
        text = open(args.results_md, encoding='utf-8').read() if os.path.exists(args.results_md) else ''
        text = rewrite_section(text, 'machine', machine_table(info, args, started, finished))
        text = rewrite_section(text, 'results', table)
        text = rewrite_section(text, 'cpu', cpu_table(h.results))
        with open(args.results_md, 'w', encoding='utf-8') as f:
            f.write(text)
        log('rewrote the tables in %s' % args.results_md)

    for f in h.failures:
        log('FAILED: ' + f)
    return 1 if h.failures else 0


if __name__ == '__main__':
    sys.exit(main())
