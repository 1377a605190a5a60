# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared harness for the end-to-end tests: starts the built Xitu under Xvfb
with a private D-Bus session and the accessibility bus, and finds widgets by
role and accessible name, as a person using a screen reader would."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


def reexec_under_xvfb():
    """Run this script again under an Xvfb of its own (../with-xvfb.py, free
    of xvfb-run -a's race when tests run side by side), then
    dbus-run-session (in that order: the other order breaks pointer
    clicks)."""
    if os.environ.get('XITU_UI_INNER') == '1':
        return
    if shutil.which('Xvfb') is None or shutil.which('dbus-run-session') is None:
        print('Xvfb or dbus-run-session missing: skipping', file=sys.stderr)
        sys.exit(SKIP)
    scratch = tempfile.mkdtemp(prefix='xitu-ui-')
    env = dict(os.environ, XITU_UI_INNER='1', XDG_CACHE_HOME=scratch + '/cache',
               XDG_CONFIG_HOME=scratch + '/config', XDG_DATA_HOME=scratch + '/data',
               XDG_RUNTIME_DIR=scratch + '/run', HOME=scratch, GSK_RENDERER='cairo',
               GTK_A11Y='atspi')
    env.pop('NO_AT_BRIDGE', None)
    os.makedirs(scratch + '/run', mode=0o700)
    with_xvfb = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'with-xvfb.py')
    cmd = ['/usr/bin/python3', with_xvfb, '--screen', '1400x900x24', 'dbus-run-session', '--',
           '/usr/bin/python3'] + sys.argv
    sys.exit(subprocess.call(cmd, env=env))


def wait_for(predicate, timeout=20.0, what='condition'):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:  # the tree changes under us while the app starts
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError('timed out waiting for ' + what)


class App:
    def __init__(self, exe, env=None):
        import gi
        gi.require_version('Gio', '2.0')
        from gi.repository import Gio
        a11y = Gio.Settings.new('org.gnome.desktop.interface')
        a11y.set_boolean('toolkit-accessibility', True)
        self.bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'])
        # GTK connects to the accessibility bus once, at start: it must be up.
        wait_for(lambda: subprocess.call(
            ['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus', '--object-path',
             '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0, 20, 'the accessibility bus')
        self.proc = subprocess.Popen([exe], env=dict(os.environ, **(env or {})))
        import pyatspi
        self.pyatspi = pyatspi
        self.root = wait_for(self._find_app, 30, 'the app on the accessibility bus')

    def _find_app(self):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name in ('xitu', 'Xitu'):
                return child
        return None

    def find(self, predicate, timeout=20.0, what='widget'):
        return wait_for(lambda: self._search(self.root, predicate), timeout, what)

    def _search(self, node, predicate, depth=0):
        if node is None or depth > 40:
            return None
        if predicate(node):
            return node
        for i in range(node.childCount):
            found = self._search(node.getChildAtIndex(i), predicate, depth + 1)
            if found is not None:
                return found
        return None

    def find_text(self, needle, timeout=20.0):
        return self.find(lambda n: n is not None and needle in (n.name or ''), timeout,
                         'a widget showing %r' % needle)

    def screenshot(self, name):
        out = os.environ.get('XITU_ARTIFACTS', os.path.join(os.getcwd(), 'artifacts'))
        os.makedirs(out, exist_ok=True)
        subprocess.call(['import', '-window', 'root', os.path.join(out, name + '.png')])

    def close(self):
        self.bus.terminate()
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---- helpers for the views' tests -------------------------------------------

def find_all(node, predicate, prune=None, limit=None, depth=0, found=None):
    """Nodes under `node` (itself included) that match, in tree order; no
    descent below nodes for which `prune` is true. Every step is a D-Bus
    call, so stop at `limit` matches and prune what cannot hold the target."""
    if found is None:
        found = []
    if node is None or depth > 40 or (limit is not None and len(found) >= limit):
        return found
    try:
        if predicate(node):
            found.append(node)
        if prune is not None and depth > 0 and prune(node):
            return found
        count = node.childCount
    except Exception:  # a node that went away while we walked
        return found
    for i in range(count):
        if limit is not None and len(found) >= limit:
            break
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            child = None
        find_all(child, predicate, prune, limit, depth + 1, found)
    return found


def find_in(node, predicate, prune=None):
    """The first node under `node` that matches, or None."""
    found = find_all(node, predicate, prune, limit=1)
    return found[0] if found else None


def extents(node):
    """(x, y, width, height) in window coordinates. GTK 4 reports positions
    relative to the toplevel, which is what xdotool's --window wants."""
    import pyatspi
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return e.x, e.y, e.width, e.height


def xdotool(*args):
    subprocess.check_call(('xdotool',) + args)


def window_id():
    out = subprocess.check_output(['xdotool', 'search', '--sync', '--onlyvisible', '--name', '^(Xitu|稀土)$'])
    return out.split()[0].decode()


def click(node):
    """A real pointer click in the middle of the node (for widgets that have
    no accessible action, such as column headers)."""
    x, y, w, h = extents(node)
    if w <= 0 or h <= 0:
        raise AssertionError('%r has no size on screen' % node.name)
    xdotool('mousemove', '--window', window_id(), str(x + w // 2), str(y + h // 2), 'click', '1')


def focus_by_tab(app, node, what, presses=30):
    """Tab until `node` has the keyboard focus, as a keyboard user does."""
    for _ in range(presses):
        if node.getState().contains(app.pyatspi.STATE_FOCUSED):
            return
        key('Tab')
        time.sleep(0.2)
    raise AssertionError('Tab never reached ' + what)


def key(*keys):
    """Key presses to the window, e.g. key('ctrl+f')."""
    wid = window_id()
    xdotool('windowfocus', '--sync', wid)
    xdotool('key', '--window', wid, '--clearmodifiers', *keys)


# The big table views are not where most widgets are: do not walk them.
HEAVY = ('XituDataView', 'XituClaimsView', 'XituMapView')


def prune_heavy(node):
    return node.name in HEAVY


def open_tab(app, name):
    """Selects a view by its tab, as the view switcher's action does."""
    tab = app.find(lambda n: n.getRoleName() == 'page tab' and n.name == name, what='the %s tab' % name)
    tab.queryAction().doAction(0)
    wait_for(lambda: tab.getState().contains(app.pyatspi.STATE_SELECTED), 10, '%s selected' % name)


def view_node(app, type_name):
    return wait_for(lambda: find_in(app.root, lambda n: n.name == type_name, prune_heavy), 20, type_name)


def chart_description(view, start):
    """The accessible description of the chart under `view` that starts with
    `start`, or None."""
    charts = find_all(view, lambda n: n.getRoleName() == 'image' and (n.description or '').startswith(start))
    return charts[0].description if charts else None
