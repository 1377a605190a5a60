#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""with-xvfb.py [--screen WxHxD] COMMAND…: runs COMMAND under an Xvfb of its
own and exits with its status. The server picks a free display itself
(-displayfd), so tests that run side by side never race for one, as they
do with `xvfb-run -a`. Exit 77 (skip) when Xvfb is not installed."""
import os
import shutil
import subprocess
import sys


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
    read_end, write_end = os.pipe()
    server = subprocess.Popen(['Xvfb', '-displayfd', str(write_end), '-screen', '0', screen,
                               '-nolisten', 'tcp'], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = pipe.readline().strip()
    if not display:
        print('Xvfb did not start', file=sys.stderr)
        server.kill()
        return 1
    try:
        return subprocess.call(command, env=dict(os.environ, DISPLAY=':' + display))
    finally:
        server.terminate()
        server.wait()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
