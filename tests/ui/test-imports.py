#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stored imports load at start on top of the bundled data; a damaged one is
reported and skipped, and the bundled data still loads."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

exe = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
fixture = os.path.join(here, '..', 'data', 'import', 'usgs-wide-quirks.csv')

# Store an import the way a user would from the command line (20 figures) …
subprocess.check_call([exe, 'import', fixture], stdout=subprocess.DEVNULL)
# … and damage another stored import.
store = os.path.join(os.environ['XDG_DATA_HOME'], 'xitu', 'imports')
with open(os.path.join(store, 'usgs-long-damaged.json'), 'w') as f:
    f.write('{"format": "xitu-dataset", "version": 1, "figures": [')

app = xituui.App(exe)
try:
    app.find_text('could not be read and was skipped')
    tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Data', what='the Data tab')
    tab.queryAction().doAction(0)
    # 179 bundled figures and the 20 imported ones, side by side.
    app.find(lambda n: n.getRoleName() == 'label' and n.name == '199 figures', what='"199 figures"')
    app.screenshot('imports-en')

    # Removing the import in Preferences restores the bundled data alone.
    subprocess.call(['xdotool', 'key', '--clearmodifiers', 'ctrl+comma'])
    remove = app.find(lambda n: n.getRoleName() == 'push button' and (n.name or '').startswith('Remove “'),
                      what='the Remove button of the import')
    remove.queryAction().doAction(0)
    app.find(lambda n: n.getRoleName() == 'label' and n.name == '179 figures', what='"179 figures" again')
    app.find_text('No imported data')
    app.screenshot('imports-removed-en')
    print('ok: import merged, damaged one reported', file=sys.stderr)
finally:
    app.close()
