#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window opens on the bundled data and shows China's separation share."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

exe = sys.argv[1]
app = xituui.App(exe)
try:
    row = app.find_text('Separation & refining')
    share = app.find_text('China 91.0 %')
    app.screenshot('window-en')
    print('ok: window shows %r and %r' % (row.name, share.name), file=sys.stderr)
finally:
    app.close()
