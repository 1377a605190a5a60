#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""with-xvfb.py [--screen WxHxD] COMMAND…: runs COMMAND under an Xvfb of its
own and exits with its status. Tests run side by side: `xvfb-run -a` races
for the first free display, and a display just given up can lose its socket
to the old server's clean-up. So each server gets a random display number,
is retried on another when that one is taken, and says when it is ready
(-displayfd). -noreset: an X server resets when its last client leaves, and
a client that connects during the reset gets "cannot open display" (the
accessibility bus launcher comes and goes just before the app starts).
Exit 77 (skip) when Xvfb is not installed."""
import os
import random
import shutil
import subprocess
import sys
import tempfile


def start_server(screen, log):
    """(process, display) of a running Xvfb, or (None, None)."""
    for _ in range(20):
        number = random.randrange(100, 10000)
        read_end, write_end = os.pipe()
        server = subprocess.Popen(['Xvfb', ':%d' % number, '-displayfd', str(write_end),
                                   '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'],
                                  pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                                  stderr=log)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            display = pipe.readline().strip()
        if display:
            return server, display
        server.wait()   # that display was taken: another number
    return None, None


def main(argv):
    screen = '1280x1024x24'
    if len(argv) > 2 and argv[1] == '--screen':
        screen, argv = argv[2], argv[2:]
    command = argv[1:]
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which('Xvfb') is None:
        print('Xvfb missing: skipping', file=sys.stderr)
        return 77
    with tempfile.TemporaryFile(mode='w+') as log:
        server, display = start_server(screen, log)
        if server is None:
            print('Xvfb did not start', file=sys.stderr)
            return 1
        try:
            status = subprocess.call(command, env=dict(os.environ, DISPLAY=':' + display))
        finally:
            server.terminate()
            server.wait()
        if status != 0:
            log.seek(0)
            print('Xvfb :%s said:\n%s' % (display, log.read()), file=sys.stderr)
        return status


if __name__ == '__main__':
    sys.exit(main(sys.argv))
