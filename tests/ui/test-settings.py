#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Corrupt stored settings never stop Xitu: it starts with the defaults."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

keyfile_dir = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
os.makedirs(keyfile_dir, exist_ok=True)
with open(os.path.join(keyfile_dir, 'keyfile'), 'w') as f:
    f.write('[io/github/xituatlas/Xitu]\n'
            "window-width='wide'\n"
            'window-height=-99999\n'
            'label-language=42\n'
            "number-style='roman'\n"
            "last-view='no-such-view'\n"
            'default-edition=[1, 2\n'
            '\x00\xff garbage line\n')

app = xituui.App(sys.argv[1], env={'GSETTINGS_BACKEND': 'keyfile'})
try:
    app.find_text('Separation & refining')
    app.find_text('China 91.0 %')
    app.screenshot('corrupt-settings')
    print('ok: started on defaults despite corrupt settings', file=sys.stderr)
finally:
    app.close()
