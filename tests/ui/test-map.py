#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Map view as a person uses it: open it, Ctrl+F, type a country's name
in Chinese or English, Enter, and the map selects and says China; a click
on it opens the country panel where the window has one. Then Export… (Ctrl+E)
from the Chain and the Map views, through the dialog, writes a PNG of the
chosen size. XITU_EXPORT_TEST_PATH stands in for the file chooser, which a
test cannot drive (src/app/xitu-export-dialog.h)."""
import os
import shutil
import struct
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()


def skip_big(node):
    """Subtrees that cannot hold what these tests look for: every step of a
    search is a D-Bus call, and the Data view's table has a thousand cells."""
    return node.getRoleName() in ('tree table', 'table', 'page tab list')


def find_all(node, predicate, limit=None):
    return xituui.find_all(node, predicate, prune=skip_big, limit=limit)


key = xituui.key
click_middle = xituui.click


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    assert head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG: %r' % head[:8]
    return struct.unpack('>II', head[16:24])


def status(app):
    found = find_all(app.root, lambda n: n.getRoleName() == 'label' and (n.name or '').startswith('Selected: '), 1)
    return found[0].name if found else None


def search(app, entry, text):
    """Ctrl+F from the map, the name typed into the entry, Enter."""
    import pyatspi
    key('Escape')
    key('ctrl+f')
    xituui.wait_for(lambda: entry.getState().contains(pyatspi.STATE_FOCUSED), 10, 'focus in the search entry')
    entry.queryEditableText().setTextContents(text)
    xituui.wait_for(lambda: find_all(app.root, lambda n: n.getRoleName() == 'label' and
                                     (n.name or '').startswith('Enter: go to ')), 10, 'the search hint')
    key('Return')
    return xituui.wait_for(lambda: status(app), 10, 'a selection after searching %r' % text)


def export_png(app, out, what):
    """Ctrl+E, the dialog's Export… button; the file and the toast."""
    key('ctrl+e')
    dialog = xituui.wait_for(lambda: [w for w in app.root if w is not None and w.name == 'Export'], 20,
                             'the export dialog')[0]
    # GTK 4.8 names a button with a mnemonic "_Export… Export…".
    button = xituui.wait_for(lambda: find_all(dialog, lambda n: n.getRoleName() == 'push button' and
                                              (n.name or '').endswith('Export…')), 10, 'the Export… button')[0]
    button.queryAction().doAction(0)
    xituui.wait_for(lambda: os.path.exists(out), 30, 'the exported ' + what)
    # A toast lasts a few seconds: look where it is, not in the pages' lists.
    toast = xituui.wait_for(lambda: xituui.find_all(app.root, lambda n: n.getRoleName() == 'label' and
                                                    n.name == 'Exported to ' + os.path.basename(out),
                                                    prune=lambda n: skip_big(n) or n.getRoleName() in
                                                    ('scroll pane', 'list', 'list box'), limit=1),
                            20, 'the toast for the ' + what)
    return png_size(out), toast[0].name


exe = sys.argv[1]
scratch = tempfile.mkdtemp(prefix='xitu-map-test-')
out = os.path.join(scratch, 'export.png')
app = xituui.App(exe, env={'XITU_EXPORT_TEST_PATH': out})
try:
    app.find_text('Separation & refining')
    tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Map', what='the Map tab')
    tab.queryAction().doAction(0)
    entry = app.find(lambda n: n.getRoleName() == 'entry' and n.name == 'Find a country', what='the search entry')
    the_map = app.find(lambda n: n.getRoleName() == 'image' and 'country shares of world output' in (n.name or ''),
                       what='the map')

    # In Chinese, then in English: the same country, selected and said.
    selected = search(app, entry, '中国')
    assert selected.startswith('Selected: China · 91 %'), selected
    assert 'Selected: China' in (the_map.description or ''), the_map.description
    app.screenshot('map-search-zh')
    key('Escape')
    reset = app.find(lambda n: n.getRoleName() == 'push button' and n.name == 'Reset View', what='Reset View')
    reset.queryAction().doAction(0)
    selected_en = search(app, entry, 'china')
    assert selected_en == selected, (selected_en, selected)

    # The search zoomed onto China: a click in the middle of the map is on
    # China, and opens the country panel where there is one.
    click_middle(the_map)
    xituui.wait_for(lambda: status(app) == selected, 10, 'China still selected after the click')
    has_panel = find_all(app.root, lambda n: n.getRoleName() == 'push button' and
                         n.name == 'Close the country panel')
    if has_panel:
        xituui.wait_for(lambda: find_all(app.root, lambda n: n.getRoleName() in ('label', 'heading') and
                                         n.name == 'China'), 10, 'China in the country panel')
    app.screenshot('map-selected')

    # Export… from the Map and from the Chain: 1200 × 800 at 1×.
    size, toast = export_png(app, out, 'map')
    assert size == (1200, 800), size
    os.unlink(out)
    chain = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Chain', what='the Chain tab')
    chain.queryAction().doAction(0)
    size, toast = export_png(app, out, 'chain chart')
    assert size == (1200, 800), size
    print('ok: %s; %s; panel: %s' % (selected, toast, bool(has_panel)), file=sys.stderr)
finally:
    app.close()
    shutil.rmtree(scratch, ignore_errors=True)
