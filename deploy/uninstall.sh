#!/usr/bin/env bash
# Removes what install.sh installed. Keeps the testimonies (/var/lib/intake), Tor's onion keys
# (the .onion address) and the intake user unless --purge-data. Idempotent. See deploy/README.md.
set -euo pipefail

deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$deploy_dir/common.sh"

usage() {
  cat <<'EOF'
Usage: uninstall.sh [--purge-data] [--root DIR]

Stops and removes the Testimonio intake service, as root: the systemd unit, /opt/intake,
/usr/local/bin/intake, Tor's configuration fragment and the AppArmor rule. Running it again
changes nothing.

Kept unless --purge-data: /var/lib/intake (the stored ciphertext and the export key),
/var/lib/tor/intake (the onion keys: the .onion address) and the user intake.

  --purge-data  also delete those, for good: the .onion address cannot be recovered
  --root DIR    remove from the directory tree DIR instead of / (for tests): no systemctl
  --help        show this help
EOF
}

root=""
root_args=()
purge=no
tmp=""
tor_changed=no

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --purge-data)
        purge=yes
        shift
        ;;
      --root)
        [ $# -ge 2 ] || die "--root needs a directory (see --help)"
        root=$(tree_root "$2")
        root_args=(--root "$root")
        shift 2
        ;;
      --help | -h)
        usage
        exit 0
        ;;
      *) die "unknown argument '$1' (see --help)" ;;
    esac
  done
}

remove_path() {
  local path=$1
  if [ -e "$path" ] || [ -L "$path" ]; then
    rm -rf -- "$path"
    step "removed $path"
  fi
}

# Removes every copy of LINE from FILE, keeping the file's mode and owner; sets the variable
# named FLAG to yes when it did.
remove_line() {
  local file=$1 line=$2 flag=$3
  if [ -f "$file" ] && grep -qxF -- "$line" "$file"; then
    awk -v line="$line" '$0 != line' "$file" >"$tmp/without"
    cat "$tmp/without" >"$file"
    step "removed '$line' from $file"
    printf -v "$flag" yes
  fi
}

stop_service() {
  if [ -e "$UNIT_FILE" ]; then
    step "stopping and disabling intake.service"
    systemctl disable --now intake.service
  fi
}

remove_program() {
  local link=$root$PROGRAM_LINK
  # Only our own link: a file of the same name that someone else put there stays.
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$PROGRAM_DIR/intake" ]; then
    remove_path "$link"
  fi
  # .new and .old are what an interrupted install.sh can leave beside it.
  remove_path "$root$PROGRAM_DIR"
  remove_path "$root$PROGRAM_DIR.new"
  remove_path "$root$PROGRAM_DIR.old"
}

# The %include line stays in torrc: it is harmless without fragments, and others may use it.
remove_tor_configuration() {
  if [ -e "$root$TOR_FRAGMENT" ]; then
    remove_path "$root$TOR_FRAGMENT"
    tor_changed=yes
  fi
  remove_line "$root$APPARMOR_LOCAL" "$APPARMOR_RULE" tor_changed
  if [ -z "$root" ] && [ "$tor_changed" = yes ]; then
    reload_tor_apparmor
    systemctl try-restart tor.service
  fi
}

remove_unit() {
  if [ -e "$root$UNIT_FILE" ]; then
    remove_path "$root$UNIT_FILE"
    if [ -z "$root" ]; then
      systemctl daemon-reload
    fi
  fi
}

purge_data() {
  remove_path "$root$DATA_DIR"
  remove_path "$root$ONION_DIR"
  if [ -n "$(numeric_id "$SERVICE_USER" "$root/etc/passwd")" ]; then
    userdel "${root_args[@]}" "$SERVICE_USER"
    step "removed the user $SERVICE_USER"
  fi
  # userdel leaves the user's own group behind where USERGROUPS_ENAB is off.
  if [ -n "$(numeric_id "$SERVICE_USER" "$root/etc/group")" ]; then
    groupdel "${root_args[@]}" "$SERVICE_USER"
    step "removed the group $SERVICE_USER"
  fi
  echo "Purged: the stored testimonies, the export key, Tor's onion keys (that .onion address is gone for good) and the user $SERVICE_USER."
}

main() {
  parse_args "$@"
  require_root_user
  if [ -z "$root" ]; then
    require_systemd
    stop_service
  fi
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT

  remove_program
  remove_tor_configuration
  remove_unit
  if [ "$purge" = yes ]; then
    purge_data
  else
    echo "Kept: $root$DATA_DIR (the stored ciphertext and the export key), $root$ONION_DIR (the .onion address) and the user $SERVICE_USER. --purge-data deletes them."
  fi
}

main "$@"
