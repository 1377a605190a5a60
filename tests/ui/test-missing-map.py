#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Without the map files the charts still work and the Map page says why."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

data = tempfile.mkdtemp(prefix='xitu-nomap-')
os.symlink(os.path.join(os.environ['XITU_DATA_DIR'], 'dataset'), os.path.join(data, 'dataset'))

app = xituui.App(sys.argv[1], env={'XITU_DATA_DIR': data})
try:
    app.find_text('China 91.0 %')
    tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Map', what='the Map tab')
    tab.queryAction().doAction(0)
    app.find_text('The Map Could Not Be Loaded')
    app.find_text('countries-110m.json')
    app.screenshot('missing-map')
    print('ok: charts work, the Map page names the missing file', file=sys.stderr)
finally:
    app.close()
