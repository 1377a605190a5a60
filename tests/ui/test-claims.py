#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Claims & Sources: a claim with its verdict and the Chinese title of the
article it comes from; a country button opens the country panel
(win.show-country) with China's figures and their sources; a source button
in the panel brings up that source in the list."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

# The seed article of the "within two years" claim, in its original title.
SEED_TITLE = '美国财长贝森特:我坚信美国有能力在两年内找到中国稀土的平替'


def named(role, name):
    return lambda n: n.getRoleName() == role and n.name == name


# The table of the Data view and the view switchers hold hundreds of nodes,
# each a D-Bus round trip away: leave them out of searches here.
def other_views(n):
    return n.getRoleName() in ('tree table', 'page tab list')


def on_screen(node):
    x, y, w, h = xituui.extents(node)
    return w > 0 and h > 0


exe = sys.argv[1]
app = xituui.App(exe)
try:
    app.find_text('Separation & refining')
    app.find(named('page tab', 'Claims & Sources'), what='the Claims & Sources tab').queryAction().doAction(0)
    claims = xituui.wait_for(lambda: xituui.find_in(app.root, named('list', 'Claims'), other_views), 30,
                             'the list of claims')
    flap = xituui.find_in(app.root, named('filler', 'AdwFlap'), other_views)

    # A verdict in words (the badge's colour is not the only cue).
    supported = xituui.wait_for(lambda: xituui.find_in(claims, named('label', 'Supported')), 20,
                                'a claim marked "Supported"')
    assert on_screen(supported)
    title = xituui.wait_for(lambda: xituui.find_in(claims, named('label', SEED_TITLE)), 20,
                            'the Chinese title of the seed article')
    assert on_screen(title)
    count = xituui.find_in(claims.parent, named('label', '11 claims'))
    assert count is not None, 'no "11 claims"'

    # The country button of a claim activates win.show-country for CHN.
    china = xituui.find_in(claims, named('push button', 'China'))
    assert china is not None, 'no country button "China" in the claims'
    china.queryAction().doAction(0)
    # The panel is the flap's own child, next to the views.
    panel = xituui.wait_for(lambda: [c for c in flap if c is not None and c.getRoleName() == 'panel' and
                                     c.name == 'China'], 20, 'the country panel named China')[0]
    subtitle = xituui.find_in(panel, named('label', 'Country · CHN'))
    assert subtitle is not None, 'no "Country · CHN" in the panel'
    xituui.wait_for(lambda: on_screen(subtitle), 20, 'the panel on screen')
    assert xituui.find_in(panel, named('label', 'China')) is not None
    value = xituui.wait_for(
        lambda: xituui.find_in(panel, lambda n: n.getRoleName() == 'push button' and
                               (n.name or '').startswith('270,000 t, MCS 2026') and
                               'source: U.S. Geological Survey' in n.name),
        20, "China's 270,000 t with its source")
    app.screenshot('claims-country-panel')

    # Its source button shows the source in the list of sources.
    import pyatspi
    value.queryAction().doAction(0)
    sources = xituui.find_in(claims.parent, named('list', 'Sources'), other_views)
    row = xituui.wait_for(
        lambda: xituui.find_in(sources, lambda n: n.getRoleName() == 'list item' and
                               n.getState().contains(pyatspi.STATE_SELECTED)),
        20, 'a selected source')
    assert row.name == 'Mineral Commodity Summaries 2026: Rare Earths', row.name
    xituui.wait_for(lambda: 0 <= xituui.extents(row)[1] < 900, 20, 'the source scrolled into view')
    app.screenshot('claims-source')
    print('ok: claim, seed title, panel for China, source %r' % row.name, file=sys.stderr)
finally:
    app.close()
