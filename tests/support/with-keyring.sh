#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with a private HOME, its own D-Bus session and an unlocked gnome-keyring
# (the Secret Service QtKeychain talks to), so keychain tests never touch a real keyring.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export LARDER_TEST_HOME="$home"
dbus-run-session -- sh -c '
  eval "$(printf larder-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null 2>&1
  export GNOME_KEYRING_CONTROL
  exec "$@"' sh "$@"
