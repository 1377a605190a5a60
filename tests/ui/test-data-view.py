#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Data view: every figure in a table that a search narrows down, with a
count that follows, Ctrl+F to the search, and sorting by a column header."""
import csv
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xituui  # noqa: E402

xituui.reexec_under_xvfb()


def is_label(name):
    return lambda n: n.getRoleName() == 'label' and n.name == name


def count_label(app):
    return app.find(lambda n: n.getRoleName() == 'label' and (n.name or '').endswith(' figures'),
                    what='the count label')


def rows(table):
    """The rows on screen, top to bottom, as lists of cell texts."""
    found = []
    for row in xituui.find_all(table, lambda n: n.getRoleName() == 'table row'):
        cells = [xituui.find_in(cell, lambda n: n.getRoleName() == 'label')
                 for cell in xituui.find_all(row, lambda n: n.getRoleName() == 'table cell')]
        if len(cells) != 8:
            continue  # the header row holds column titles, not cells
        x, y, w, h = xituui.extents(row)
        if h > 0:
            found.append((y, [c.name for c in cells]))
    return [texts for y, texts in sorted(found)]


def number(text):
    """A Value cell as a number: "1,386,600,000", "> 90"; no number last."""
    text = text.replace(',', '').lstrip('<> ')
    try:
        return float(text)
    except ValueError:
        return float('inf')


exe = sys.argv[1]
app = xituui.App(exe)
try:
    app.find_text('Separation & refining')

    # The view switcher's tab, found by its name.
    tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == 'Data', what='the Data tab')
    tab.queryAction().doAction(0)
    table = app.find(lambda n: n.getRoleName() == 'tree table' and n.name == 'Figures', what='the table')
    xituui.wait_for(lambda: count_label(app).name == '179 figures', 20, '"179 figures"')

    # Ctrl+F from the table puts the cursor in the search entry.
    entry = app.find(lambda n: n.getRoleName() == 'entry' and n.name == 'Search figures')
    import pyatspi
    xituui.click(xituui.find_in(table, is_label('United States')))
    xituui.wait_for(lambda: not entry.getState().contains(pyatspi.STATE_FOCUSED), 10, 'focus in the table')
    xituui.key('ctrl+f')
    xituui.wait_for(lambda: entry.getState().contains(pyatspi.STATE_FOCUSED), 10, 'focus in the search entry')

    entry.queryEditableText().setTextContents('China')
    shown = xituui.wait_for(lambda: count_label(app).name if count_label(app).name.endswith(' of 179 figures')
                            else None, 20, 'the count to change')
    n_shown = int(shown.split()[0])
    assert 0 < n_shown < 179, shown
    xituui.wait_for(lambda: xituui.find_in(table, is_label('270,000')), 20, 'a row with 270,000')
    on_screen = rows(table)
    assert len(on_screen) == n_shown, (len(on_screen), n_shown)  # all of them fit on screen
    assert any(r[0] == 'China' and r[3] == '270,000' and r[4] == 't' for r in on_screen), on_screen
    values = [number(r[3]) for r in on_screen]
    assert values != sorted(values), 'already sorted before the click: %r' % values

    # Sort by the Value column: ascending, then descending.
    header = xituui.find_in(table, is_label('Value'))
    xituui.click(header)
    xituui.wait_for(lambda: [number(r[3]) for r in rows(table)] == sorted(values), 20, 'ascending values')
    xituui.click(header)
    xituui.wait_for(lambda: [number(r[3]) for r in rows(table)] == sorted(values, reverse=True), 20,
                    'descending values')
    first = rows(table)[0]
    app.screenshot('data-view')

    # Export CSV: the rows shown, in the order shown, with their sources.
    out = os.path.join(tempfile.mkdtemp(prefix='xitu-export-'), 'china.csv')
    export = app.find(lambda n: n.getRoleName() == 'push button' and 'Export CSV' in (n.name or ''))
    export.queryAction().doAction(0)
    # The dialog is a toplevel of its own, next to the main window.
    dialog = xituui.wait_for(lambda: [w for w in app.root if w is not None and w.name == 'Export Figures as CSV'],
                             20, 'the export dialog')[0]
    name = xituui.wait_for(lambda: xituui.find_in(dialog, lambda n: n.getRoleName() == 'text' and n.name == 'Name:'),
                           20, 'the file name entry')
    name.queryEditableText().setTextContents(out)
    save = xituui.find_in(dialog, lambda n: n.getRoleName() == 'push button' and
                          (n.name or '').endswith(' Export'))
    save.queryAction().doAction(0)
    xituui.wait_for(lambda: os.path.exists(out), 20, 'the CSV file')
    with open(out, newline='', encoding='utf-8') as f:
        table_rows = list(csv.reader(f))
    header, body = table_rows[0], table_rows[1:]
    assert header[:2] == ['country_code', 'country'] and 'source_url' in header, header
    assert len(body) == n_shown, (len(body), n_shown)
    col = {h: i for i, h in enumerate(header)}
    assert body[0][col['value']] == '1386600000', body[0]  # the order shown: largest first
    assert all(r[col['source_id']] and r[col['source_title']] for r in body), 'a row without its source'
    china = [r for r in body if r[col['country_code']] == 'CHN' and r[col['value']] == '270000']
    assert china and china[0][col['source_url']].startswith('https://'), china
    toast = xituui.wait_for(lambda: xituui.find_in(app.root, lambda n: n.getRoleName() == 'label' and
                                                   (n.name or '').startswith('Exported %d figures' % n_shown),
                                                   lambda n: n.getRoleName() in ('tree table', 'table', 'list', 'page tab list')),
                            20, 'the toast')
    shutil.rmtree(os.path.dirname(out))
    print('ok: %s; largest first: %r; %s' % (shown, first, toast.name), file=sys.stderr)
finally:
    app.close()
