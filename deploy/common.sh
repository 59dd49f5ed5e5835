# shellcheck shell=bash
# shellcheck disable=SC2034 # the constants are used by the scripts that source this file
# Sourced by install.sh, uninstall.sh and backup.sh: where things live on the installed system
# (with --root DIR, inside DIR) and the helpers the three share, so they never disagree.

readonly PROGRAM_DIR=/opt/intake
readonly PROGRAM_LINK=/usr/local/bin/intake
readonly DATA_DIR=/var/lib/intake
readonly DATABASE=intake.db
readonly ONION_DIR=/var/lib/tor/intake
readonly UNIT_FILE=/etc/systemd/system/intake.service
readonly TORRC=/etc/tor/torrc
readonly TOR_FRAGMENT=/etc/tor/torrc.d/intake.conf
readonly TOR_INCLUDE='%include /etc/tor/torrc.d/*.conf'
readonly APPARMOR_PROFILE=/etc/apparmor.d/system_tor
readonly APPARMOR_LOCAL=/etc/apparmor.d/local/system_tor
# Debian's tor runs confined by the profile system_tor, which otherwise forbids connecting to the socket.
readonly APPARMOR_RULE='/run/intake/intake.sock rw,'
readonly SERVICE_USER=intake
readonly TOR_GROUP=debian-tor

die() {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
  exit 1
}

step() {
  printf '==> %s\n' "$*"
}

require_root_user() {
  [ "$(id -u)" -eq 0 ] || die "run me as root (sudo bash $0 …)"
}

# The absolute path of the tree given to --root; / itself is the real mode, without --root.
tree_root() {
  [ -d "$1" ] || die "--root $1: no such directory"
  local path
  path=$(cd "$1" && pwd -P)
  [ "$path" != / ] || die "--root /: leave --root out to install on this machine"
  printf '%s\n' "$path"
}

# Managing the service needs systemd as PID 1 (not so in most containers).
require_systemd() {
  [ -d /run/systemd/system ] || die "systemd is not running on this machine, so the service cannot be managed here. To prepare a directory tree instead, use --root DIR."
}

# Field 3 (the numeric id) of NAME in a passwd or group file, or nothing.
numeric_id() {
  local name=$1 file=$2
  [ -f "$file" ] || return 0
  awk -F: -v name="$name" '$1 == name { print $3; exit }' "$file"
}

apparmor_active() {
  [ "$(cat /sys/module/apparmor/parameters/enabled 2>/dev/null)" = Y ] && command -v apparmor_parser >/dev/null
}

# Loads the edited system_tor profile into the kernel (real mode only: a tree has no kernel).
reload_tor_apparmor() {
  if [ -f "$APPARMOR_PROFILE" ] && apparmor_active; then
    step "reloading the AppArmor profile system_tor"
    apparmor_parser --replace "$APPARMOR_PROFILE"
  fi
}
