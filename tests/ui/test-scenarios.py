#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scenarios and Timeline as a person uses them: open Scenarios, pick the
"full separation embargo" preset from the Preset list, and the disruption
chart tells a screen reader what the United States loses; open Timeline
and the April 2025 measure (MOFCOM & GAC No. 18) is there; from the
keyboard, a measure on the timeline opens its source in Claims & Sources."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

EMBARGO = 'Full embargo on separated rare earths (hypothetical)'
exe = sys.argv[1]
app = xituui.App(exe)
try:
    xituui.open_tab(app, 'Scenarios')
    view = xituui.view_node(app, 'XituScenariosView')
    before = xituui.wait_for(lambda: xituui.chart_description(view, 'If China cuts'), 20, 'the disruption chart')
    assert 'by 50' in before, before

    # The Preset list, as a person opens it: a click, then the measure.
    preset = xituui.find_in(view, lambda n: n.getRoleName() == 'combo box' and (n.name or '').startswith('Preset'))
    assert preset is not None, 'no Preset list'
    xituui.click(preset)
    item = xituui.wait_for(lambda: xituui.find_in(app.root, lambda n: n.getRoleName() == 'label' and n.name == EMBARGO,
                                                  xituui.prune_heavy), 20, 'the embargo in the Preset list')
    xituui.wait_for(lambda: xituui.extents(item)[3] > 0, 10, 'the Preset list on screen')
    # The list is a popover, a surface of its own: its items' positions are
    # not the window's, so choose with the keys. The embargo is the last.
    xituui.key('End')
    xituui.key('Return')

    # The chart says what the United States loses, in its description.
    after = xituui.wait_for(lambda: (lambda d: d if d and 'by 100' in d else None)(
        xituui.chart_description(view, 'If China cuts')), 20, 'the embargo in the chart')
    assert 'United States: Separation & refining shortfall 71 % · % only' in after, after
    assert 'for 12 months' in after, after
    cut = xituui.find_in(view, lambda n: n.getRoleName() == 'slider' and (n.name or '').startswith('Cut'))
    assert cut.queryValue().currentValue == 100, cut.queryValue().currentValue
    buildout = xituui.chart_description(view, 'Capacity outside China')
    assert buildout is not None and 'bottleneck: Mining' in buildout, buildout
    time.sleep(1)
    app.screenshot('scenarios-embargo-en')

    xituui.open_tab(app, 'Timeline')
    timeline = xituui.view_node(app, 'XituTimelineView')
    described = xituui.wait_for(lambda: xituui.chart_description(timeline, 'Measures, deals and plants'), 20,
                                'the timeline chart')
    assert 'MOFCOM & GAC Announcement No. 18 [2025]' in described, described
    assert '(in force)' in described and '(suspended)' in described, described
    time.sleep(1)
    app.screenshot('timeline-en')

    # From the keyboard: the chart's first item is China's name, the next
    # its first measure (the 2023 technology catalogue); Enter opens that
    # measure's source in Claims & Sources.
    chart = xituui.find_in(timeline, lambda n: n.getRoleName() == 'image')
    xituui.focus_by_tab(app, chart, 'the timeline')
    xituui.key('Home')
    xituui.key('Right')
    xituui.wait_for(lambda: 'Catalogue of Technologies' in (chart.name or ''), 10, 'the catalogue focused')
    xituui.key('Return')
    claims_tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Claims & Sources',
                          what='the Claims & Sources tab')
    xituui.wait_for(lambda: claims_tab.getState().contains(app.pyatspi.STATE_SELECTED), 10,
                    'Claims & Sources shown')
    print('ok: %s' % after[after.index('United States'):][:80], file=sys.stderr)
finally:
    app.close()
