#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every view, in English and in Chinese: switch to each page by its tab,
check it shows its content (not an error page), and keep a screenshot.

    test-walk.py XITU en|zh_CN
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()

exe, lang = sys.argv[1], sys.argv[2]
env = {}
if lang != 'en':
    env = {'LANGUAGE': lang, 'LANG': 'C.UTF-8'}
cjk = re.compile('[\u4e00-\u9fff]')

app = xituui.App(exe, env=env)
try:
    # The chain chart describes itself to screen readers in the label
    # language, which follows the interface.
    chart = app.find(lambda n: n.getRoleName() == 'image' and len(n.description or '') > 40,
                     what='the chain chart with its description')
    if lang == 'en':
        assert 'China' in chart.description, chart.description
    else:
        assert '中国' in chart.description, chart.description

    tabs = xituui.find_all(app.root, lambda n: n.getRoleName() == 'page tab')
    names = []
    for tab in tabs:
        if tab.name not in names:
            names.append(tab.name)
    assert len(names) >= 5, names
    for name in names:
        if lang != 'en':
            assert cjk.search(name), 'view title not translated: %r' % name
        tab = app.find(lambda n, name=name: n.getRoleName() == 'page tab' and n.name == name,
                       what='the %s tab' % name)
        tab.queryAction().doAction(0)
        xituui.wait_for(lambda: tab.getState().contains(app.pyatspi.STATE_SELECTED), 10,
                        '%s selected' % name)
        bad = xituui.find_all(app.root, lambda n: n.getRoleName() == 'label' and
                              (n.name or '') in ('The Dataset Could Not Be Loaded', '无法加载数据集'))
        assert not [b for b in bad if xituui.extents(b)[3] > 0], 'error page on %s' % name
        slug = re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-') or 'view%d' % names.index(name)
        app.screenshot('walk-%s-%s' % (lang, slug))
    print('ok: %d views in %s: %s' % (len(names), lang, ', '.join(names)), file=sys.stderr)
finally:
    app.close()
