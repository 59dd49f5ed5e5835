#!/usr/bin/env bash
# Backs up the intake service's database while it runs, through SQLite's backup API (a
# consistent copy, unlike cp). The database holds only age ciphertext, days and sizes, so the
# backup does too. Never copies the export signing key or the data-protection keys; Tor's onion
# keys only when asked. See deploy/README.md for restoring.
set -euo pipefail

deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$deploy_dir/common.sh"

usage() {
  cat <<'EOF'
Usage: backup.sh --out DIR [--data /var/lib/intake] [--with-tor-keys] [--root DIR]

Writes a consistent copy of the intake database (ciphertext only) to DIR/intake.db while the
service may be running, and checks it with PRAGMA integrity_check. DIR must be new or empty;
it is made mode 0700 and every file in it 0600.

  --out DIR        where to write the backup (a new or empty directory)
  --data DIR       the service's data directory (default /var/lib/intake)
  --with-tor-keys  also copy Tor's onion keys (/var/lib/tor/intake) to DIR/tor-intake:
                   whoever holds them can impersonate the .onion address
  --root DIR       read --data and the onion keys inside the directory tree DIR (for tests)
  --help           show this help
EOF
}

root=""
out=""
data=$DATA_DIR
with_tor_keys=no

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --out | --data | --root)
        [ $# -ge 2 ] || die "$1 needs a directory (see --help)"
        case $1 in
          --out) out=$2 ;;
          --data) data=$2 ;;
          --root) root=$(tree_root "$2") ;;
        esac
        shift 2
        ;;
      --with-tor-keys)
        with_tor_keys=yes
        shift
        ;;
      --help | -h)
        usage
        exit 0
        ;;
      *) die "unknown argument '$1' (see --help)" ;;
    esac
  done
  [ -n "$out" ] || die "say where to write the backup: --out DIR (see --help)"
}

# A backup never overwrites another: DIR must be new or empty.
prepare_out() {
  if [ -e "$out" ] && { [ ! -d "$out" ] || [ -n "$(ls -A "$out")" ]; }; then
    die "$out exists and is not an empty directory: give a new directory, so no earlier backup is overwritten"
  fi
  mkdir -p "$out"
  chmod 0700 "$out"
}

backup_database() {
  local source=$1 copy=$out/$DATABASE check
  # The backup API copies a snapshot even while the service writes; the copy is named
  # relative to DIR because .backup takes its file name inside SQLite's own quoting.
  (cd "$out" && sqlite3 -bail -cmd '.timeout 10000' "$source" ".backup $DATABASE")
  # A self-contained file (no -wal beside it) that opens anywhere, read-only media included.
  sqlite3 -bail "$copy" 'PRAGMA journal_mode = DELETE;' >/dev/null
  check=$(sqlite3 -bail -readonly "$copy" 'PRAGMA integrity_check;')
  if [ "$check" != ok ]; then
    rm -f "$copy"
    die "the copy failed SQLite's integrity check ($check) and was deleted; check the disk of $out and run the backup again"
  fi
  chmod 0600 "$copy"
  local testimonies
  testimonies=$(sqlite3 -readonly "$copy" "SELECT count(*) FROM submissions WHERE state = 'complete';")
  echo "Wrote $copy ($(stat -c %s "$copy") bytes, $testimonies testimonies as ciphertext; integrity_check ok)."
}

backup_tor_keys() {
  local source=$root$ONION_DIR copy=$out/tor-intake
  [ -d "$source" ] || die "$source does not exist: Tor has made no onion keys yet, so there are none to back up"
  cat >&2 <<EOF
WARNING: copying Tor's onion keys to $copy. Whoever holds them can impersonate
WARNING: this .onion address and receive testimonies meant for it. Keep this backup offline
WARNING: and encrypted, and destroy it when it is not needed.
EOF
  cp -R "$source" "$copy"
  find "$copy" -type d -exec chmod 0700 {} +
  find "$copy" -type f -exec chmod 0600 {} +
  find "$copy" -type f -printf 'Wrote %p (%s bytes): onion key material\n'
}

main() {
  parse_args "$@"
  command -v sqlite3 >/dev/null || die "sqlite3 is not installed: apt-get install sqlite3"
  local source
  source=$(realpath -m "$root$data/$DATABASE")
  [ -f "$source" ] || die "there is no database $source: give the service's data directory with --data DIR"
  [ -r "$source" ] || die "cannot read $source: run me as root"
  umask 077
  prepare_out
  backup_database "$source"
  if [ "$with_tor_keys" = yes ]; then
    backup_tor_keys
  fi
  local left_out="the export signing key, the data-protection keys"
  if [ "$with_tor_keys" = no ]; then
    left_out="$left_out, Tor's onion keys (--with-tor-keys copies them)"
  fi
  echo "Not copied, by design: $left_out."
}

main "$@"
