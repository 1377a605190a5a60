#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Xitu works offline: none of its own code may open a socket, resolve a name
# or fetch a URL (links open in the user's browser through GTK/the portal).
# This lists the undefined symbols of the static library, which holds all of
# Xitu's code, and fails on any networking API.
set -eu
lib=$1
found=$(nm -u "$lib" 2>/dev/null | awk '{print $2}' | grep -E \
  '^(socket|connect|bind|listen|accept|getaddrinfo|gethostbyname|curl_|soup_|g_socket_|g_network_|g_resolver_|g_tcp_|g_dbus_connection_new_for_address)' \
  | sort -u || true)
if [ -n "$found" ]; then
  echo "networking symbols used by Xitu's own code:" >&2
  echo "$found" >&2
  exit 1
fi
n=$(nm -u "$lib" | wc -l)
echo "no networking API among $n undefined symbols of $(basename "$lib")" >&2
