#!/usr/bin/env bash
# Installs the Testimonio intake service on Debian 12/13 as a Tor onion service. Idempotent:
# a second run changes nothing and keeps keys and data. deploy/README.md explains each step.
set -euo pipefail

deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=common.sh source-path=SCRIPTDIR
. "$deploy_dir/common.sh"

usage() {
  cat <<'EOF'
Usage: install.sh [--recipient KEY]... [--intake-dir DIR] [--root DIR]

Installs the Testimonio intake service as a Tor onion service on Debian 12/13, as root.
A second run changes nothing; keys and testimonies are kept.

  --recipient KEY   a reviewer's age public key (age1pq1… or age1…); repeatable. Needed
                    until one is configured (asked for when stdin is a terminal).
                    Never a secret key: it is refused and nothing is installed.
  --intake-dir DIR  install this output of `dotnet publish src/Intake.Server -c Release
                    -r linux-x64 --self-contained -o DIR`; by default the repository this
                    script lives in is published (needs the .NET 10 SDK).
  --root DIR        install into the directory tree DIR instead of / (for tests): no apt,
                    no systemctl, nothing started. DIR/etc/group must hold Tor's group
                    debian-tor; users and owners are written as numeric ids.
  --help            show this help
EOF
}

root=""
intake_dir=""
recipients=()
root_args=()
source_dir=""
tmp=""
intake_uid=""
tor_gid=""
service_changed=no
tor_changed=no

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --recipient)
        [ $# -ge 2 ] || die "--recipient needs a public key (see --help)"
        recipients+=("$2")
        shift 2
        ;;
      --intake-dir)
        [ $# -ge 2 ] || die "--intake-dir needs a directory (see --help)"
        intake_dir=$2
        shift 2
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

install_tor() {
  local status
  status=$(dpkg -s tor 2>/dev/null || true)
  case $status in
    *"Status: install ok installed"*) return ;;
  esac
  step "installing tor"
  DEBIAN_FRONTEND=noninteractive apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y tor
}

# Sets source_dir to a self-contained publish of intake: the one given, or a fresh one.
find_program() {
  if [ -n "$intake_dir" ]; then
    source_dir=$intake_dir
  else
    local repo
    repo=$(dirname "$deploy_dir")
    [ -f "$repo/src/Intake.Server/Intake.Server.csproj" ] ||
      die "$repo is not the Testimonio repository: give a published intake with --intake-dir DIR"
    command -v dotnet >/dev/null ||
      die "dotnet is not on PATH: install the .NET 10 SDK, or give a published intake with --intake-dir DIR"
    step "publishing intake from $repo (self-contained, linux-x64)"
    # Built under the scratch directory, so root leaves no files in the checkout's bin/ and obj/;
    # PathMap hides that directory's random name, so the same source publishes the same bytes
    # and a second run finds /opt/intake unchanged.
    dotnet publish "$repo/src/Intake.Server" -c Release -r linux-x64 --self-contained -o "$tmp/publish" --nologo \
      -p:UseArtifactsOutput=true -p:ArtifactsPath="$tmp/build" -p:PathMap="$tmp/build=/build"
    source_dir=$tmp/publish
  fi
  [ -x "$source_dir/intake" ] ||
    die "$source_dir/intake is missing or not executable: give the output directory of dotnet publish src/Intake.Server -c Release -r linux-x64 --self-contained -o DIR"
  [ -f "$source_dir/libcoreclr.so" ] ||
    die "$source_dir is not a self-contained publish (no libcoreclr.so): publish with --self-contained"
}

# Each key goes through intake's own check (public keys only, no duplicates) in a scratch
# data directory, so a refused key stops the install before anything is written.
check_recipients() {
  local key
  for key in "$@"; do
    "$source_dir/intake" recipients add "$key" --data "$tmp/check" >/dev/null ||
      die "the reviewer key above was refused, and the install stopped before adding any key. Pass each reviewer's public key (age1pq1… or age1…) with --recipient."
  done
}

# No key given and none configured: ask on a terminal, else stop with what to pass.
ask_recipients() {
  [ -t 0 ] ||
    die "no reviewer key is configured yet: pass each reviewer's public key with --recipient age1pq1… (repeatable)"
  echo "Testimonies are encrypted to the reviewers' public keys. Paste each (age1pq1… or age1…), then an empty line."
  local key
  while IFS= read -r -p "reviewer public key: " key && [ -n "$key" ]; do
    recipients+=("$key")
  done
  [ ${#recipients[@]} -gt 0 ] || die "no reviewer key given"
  check_recipients "${recipients[@]}"
}

# Copies SOURCE to DEST (owned by root, MODE) unless DEST holds the same bytes already;
# sets the variable named FLAG to yes when it wrote.
put_file() {
  local source=$1 dest=$2 mode=$3 flag=$4
  if ! cmp -s "$source" "$dest"; then
    step "writing $dest"
    install -D -m "$mode" -o 0 -g 0 "$source" "$dest"
    printf -v "$flag" yes
  fi
  chown 0:0 "$dest"
  chmod "$mode" "$dest"
}

# Makes FILE hold LINE exactly once: appended if missing, later copies removed. A new FILE is 0644.
ensure_line() {
  local file=$1 line=$2 flag=$3 count
  [ -e "$file" ] || install -D -m 0644 -o 0 -g 0 /dev/null "$file"
  count=$(grep -cxF -- "$line" "$file" || true)
  [ "$count" -ne 1 ] || return 0
  step "adding '$line' to $file"
  if [ "$count" -eq 0 ]; then
    # Without a final newline, the line would be glued to the file's last line.
    if [ -s "$file" ] && [ -n "$(tail -c 1 "$file")" ]; then
      echo >>"$file"
    fi
    printf '%s\n' "$line" >>"$file"
  else
    awk -v line="$line" '$0 != line || !seen++' "$file" >"$tmp/once"
    cat "$tmp/once" >"$file"
  fi
  printf -v "$flag" yes
}

ensure_user() {
  if [ -z "$(numeric_id "$SERVICE_USER" "$root/etc/passwd")" ]; then
    step "creating the system user $SERVICE_USER"
    local group_args=(--user-group)
    if [ -n "$(numeric_id "$SERVICE_USER" "$root/etc/group")" ]; then
      group_args=(--gid "$SERVICE_USER")
    fi
    useradd "${root_args[@]}" --system "${group_args[@]}" --home-dir "$DATA_DIR" --no-create-home \
      --shell /usr/sbin/nologin --comment "Testimonio intake service" "$SERVICE_USER"
  fi
  intake_uid=$(numeric_id "$SERVICE_USER" "$root/etc/passwd")
}

# /opt/intake is replaced as a whole, never left a mix of two versions, and only when it differs.
install_program() {
  local target=$root$PROGRAM_DIR
  if ! diff -r -q "$source_dir" "$target" >/dev/null 2>&1; then
    step "installing intake into $target"
    rm -rf "$target.new" "$target.old"
    mkdir -p "$(dirname "$target")"
    cp -R "$source_dir" "$target.new"
    if [ -e "$target" ]; then
      mv "$target" "$target.old"
    fi
    mv "$target.new" "$target"
    rm -rf "$target.old"
    service_changed=yes
  fi
  chown -R 0:0 "$target"
  chmod -R u=rwX,go=rX "$target"
  mkdir -p "$root$(dirname "$PROGRAM_LINK")"
  ln -sfn "$PROGRAM_DIR/intake" "$root$PROGRAM_LINK"
}

# Runs the installed intake on the data directory as the service would (user intake, group
# debian-tor). In a tree it runs as root, then gives the data directory back to intake.
run_intake() {
  if [ -z "$root" ]; then
    (cd / && runuser -u "$SERVICE_USER" -g "$TOR_GROUP" -- "$PROGRAM_DIR/intake" "$@" --data "$DATA_DIR")
  else
    local status=0
    "$root$PROGRAM_DIR/intake" "$@" --data "$root$DATA_DIR" || status=$?
    chown -R "$intake_uid:$tor_gid" "$root$DATA_DIR"
    return "$status"
  fi
}

configure_recipients() {
  local listing configured key
  listing=$(run_intake recipients list)
  configured=$(printf '%s\n' "$listing" | grep -cE '^[0-9]+'$'\t' || true)
  if [ ${#recipients[@]} -eq 0 ] && [ "$configured" -eq 0 ]; then
    ask_recipients
  fi
  for key in "${recipients[@]}"; do
    # Keys are bech32, which is case-insensitive; the list shows each key in its last column.
    if printf '%s\n' "$listing" | awk -F'\t' -v key="$key" 'tolower($NF) == tolower(key) { found = 1 } END { exit !found }'; then
      continue
    fi
    configured=$((configured + 1))
    run_intake recipients add "$key" --label "reviewer-$configured"
  done
}

start_services() {
  step "starting the intake service and Tor"
  systemctl daemon-reload
  if [ "$service_changed" = yes ]; then
    # enable --now leaves a running service on its old binary or unit.
    systemctl enable intake.service
    systemctl restart intake.service
  else
    systemctl enable --now intake.service
  fi
  if [ "$tor_changed" = yes ]; then
    systemctl restart tor.service
  else
    systemctl start tor.service
  fi
}

wait_for() {
  local path=$1 seconds=$2
  while [ ! -e "$path" ]; do
    [ "$seconds" -gt 0 ] || return 1
    sleep 1
    seconds=$((seconds - 1))
  done
}

report() {
  local hostname=$ONION_DIR/hostname
  wait_for "$hostname" 120 ||
    die "Tor has not written $hostname within 2 minutes: see journalctl -u tor@default"
  # The service makes the export key as it starts; asking for it earlier would race it.
  wait_for "$DATA_DIR/export-signing.key" 60 ||
    die "the intake service has not started within 1 minute: see systemctl status intake and journalctl -u intake"
  local key
  key=$(run_intake export --show-key)
  cat <<EOF

The Testimonio onion service is running.

  Address for sources:  http://$(cat "$hostname")/
  Export key for the reviewers (they pin it with: review trust-server KEY):
$(printf '%s\n' "$key" | sed 's/^/    /')

Next steps:
  intake doctor --data $DATA_DIR   # as root, so it can look into Tor's directory; every check should PASS
  Give the export key to the reviewers in person, and the address to sources.
  Back up the ciphertext regularly: bash $deploy_dir/backup.sh --out /media/usb/intake-backup-\$(date +%F)
EOF
}

main() {
  parse_args "$@"
  require_root_user
  if [ -z "$root" ]; then
    [ -f /etc/debian_version ] || die "this script installs on Debian 12 or 13 only"
    require_systemd
  fi
  umask 022
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT

  if [ -z "$root" ]; then
    install_tor
  fi
  tor_gid=$(numeric_id "$TOR_GROUP" "$root/etc/group")
  [ -n "$tor_gid" ] || die "$root/etc/group has no group $TOR_GROUP: install tor first (apt-get install tor creates it)"
  find_program
  check_recipients "${recipients[@]}"
  if [ ${#recipients[@]} -eq 0 ] && [ ! -e "$root$DATA_DIR/$DATABASE" ]; then
    ask_recipients
  fi

  ensure_user
  # Group debian-tor, as the unit's Group=: the service runs with it so Tor can reach the socket.
  install -d -m 0700 -o "$intake_uid" -g "$tor_gid" "$root$DATA_DIR"
  install_program
  put_file "$deploy_dir/tor/intake.conf" "$root$TOR_FRAGMENT" 0644 tor_changed
  ensure_line "$root$TORRC" "$TOR_INCLUDE" tor_changed
  ensure_line "$root$APPARMOR_LOCAL" "$APPARMOR_RULE" tor_changed
  put_file "$deploy_dir/systemd/intake.service" "$root$UNIT_FILE" 0644 service_changed
  configure_recipients

  if [ -n "$root" ]; then
    step "installed into $root (nothing started: --root)"
    return
  fi
  reload_tor_apparmor
  start_services
  report
}

main "$@"
