#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window opens on the bundled data and shows China's separation share;
choosing another year in the Chain view's Year list changes what the chain
chart tells a screen reader."""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()


def chain_description(view):
    return xituui.chart_description(view, 'Who holds each stage')


exe = sys.argv[1]
app = xituui.App(exe)
try:
    row = app.find_text('Separation & refining')
    share = app.find_text('China 91.0 %')
    app.screenshot('window-en')
    print('ok: window shows %r and %r' % (row.name, share.name), file=sys.stderr)

    xituui.open_tab(app, 'Chain')
    view = xituui.view_node(app, 'XituChainView')
    before = xituui.wait_for(lambda: chain_description(view), 20, 'the chain chart')
    latest = re.search(r'chain, (\d{4})\.', before)
    assert latest is not None, before

    # The Year list, opened with a click; the oldest year is the last item.
    years = xituui.find_in(view, lambda n: n.getRoleName() == 'combo box' and n.name == 'Year')
    assert years is not None, 'no Year list'
    xituui.click(years)
    # The list is the drop-down's popover, its child in the tree.
    items = xituui.wait_for(lambda: xituui.find_all(
        years, lambda n: n.getRoleName() == 'label' and re.fullmatch(r'\d{4}', n.name or '')),
        20, 'the years in the Year list')
    oldest = min(int(n.name) for n in items)
    print('the Year list: %s' % ', '.join(n.name for n in items), file=sys.stderr)
    assert oldest < int(latest.group(1)), (oldest, before)
    xituui.wait_for(lambda: xituui.extents(items[0])[3] > 0, 10, 'the Year list on screen')
    xituui.key('End')
    xituui.key('Return')

    after = xituui.wait_for(lambda: (lambda d: d if d and d != before else None)(chain_description(view)),
                            20, 'the chain chart redrawn for %d' % oldest)
    assert after.startswith('Who holds each stage of the rare-earth chain, %d.' % oldest), after
    time.sleep(0.5)
    app.screenshot('window-chain-%d-en' % oldest)
    print('ok: the chain chart now describes %d' % oldest, file=sys.stderr)
finally:
    app.close()
