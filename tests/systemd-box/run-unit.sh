#!/usr/bin/env bash
# Runs deploy/systemd/intake.service for real: systemd as PID 1 of a throwaway PID and mount
# namespace on this machine (which has no systemd of its own), the published intake under the
# unit's whole sandbox, then one request over its socket. Needs root and util-linux.
#
# Usage: run-unit.sh PUBLISH_DIR UNIT_FILE RECIPIENT WORK_DIR
# Prints key=value lines (active, http, socket, seccomp, no_new_privs, cap_eff, user) and exits
# 0 when the service ran; 1 (with the service's output) when it did not.
#
# The namespace gets a private /run, /opt and /var/lib (in WORK_DIR) and copies of passwd and
# group with the intake user. It starts no unit but the service: tmpfiles and sysinit are
# masked, since the host's /tmp is shared and systemd-tmpfiles would empty it.
set -euo pipefail

[ $# -eq 4 ] || { echo "usage: run-unit.sh PUBLISH_DIR UNIT_FILE RECIPIENT WORK_DIR" >&2; exit 2; }
publish=$(realpath "$1")
unit=$(realpath "$2")
recipient=$3
work=$(realpath -m "$4")
[ "$(id -u)" -eq 0 ] || { echo "run-unit.sh needs root (unshare, mount, systemd)" >&2; exit 2; }
[ -x "$publish/intake" ] || { echo "$publish/intake is not a published intake" >&2; exit 2; }

mkdir -p "$work/varlib" "$work/opt"
grep -v '^intake:' /etc/passwd >"$work/passwd"
grep -v '^intake:' /etc/group >"$work/group"
echo 'intake:x:990:990:Testimonio intake:/var/lib/intake:/usr/sbin/nologin' >>"$work/passwd"
echo 'intake:x:990:' >>"$work/group"
getent group debian-tor >/dev/null || echo 'debian-tor:x:989:' >>"$work/group"

cat >"$work/boot.sh" <<EOF
#!/usr/bin/env bash
set -e
mount -t tmpfs tmpfs /run
mkdir -p /run/systemd/system
for masked in sysinit.target tmp.mount systemd-tmpfiles-setup.service systemd-tmpfiles-setup-dev.service \
    systemd-tmpfiles-clean.timer systemd-tmpfiles-clean.service; do
  ln -s /dev/null "/run/systemd/system/\$masked"
done
printf '[Unit]\nDescription=nothing but what is started by hand\nDefaultDependencies=no\n' >/run/systemd/system/box.target
mount --bind "$work/passwd" /etc/passwd
mount --bind "$work/group" /etc/group
mount --bind "$work/varlib" /var/lib
mount --bind "$work/opt" /opt
mkdir -p /opt/intake
mount --bind "$publish" /opt/intake
exec /lib/systemd/systemd --system --unit=box.target
EOF
chmod +x "$work/boot.sh"

unshare --fork --pid --mount --mount-proc --propagation private "$work/boot.sh" >"$work/systemd.log" 2>&1 </dev/null &
unshare_pid=$!
init_pid=""
stop_box() {
  if [ -n "$init_pid" ]; then
    kill -KILL "$init_pid" 2>/dev/null || true
  fi
  kill -KILL "$unshare_pid" 2>/dev/null || true
  wait "$unshare_pid" 2>/dev/null || true
}
trap stop_box EXIT

box() { nsenter --target "$init_pid" --mount --pid -- "$@"; }

# Up once its private bus socket exists (it then answers systemctl).
for _ in $(seq 1 150); do
  init_pid=$(pgrep -P "$unshare_pid" || true)
  if [ -n "$init_pid" ] && box test -S /run/systemd/private 2>/dev/null; then
    break
  fi
  init_pid=""
  sleep 0.2
done
[ -n "$init_pid" ] || { echo "systemd did not start in the namespace:" >&2; cat "$work/systemd.log" >&2; exit 1; }

box install -m 0644 "$unit" /run/systemd/system/intake.service
box mkdir -p /run/systemd/system/intake.service.d
# Only what the box needs: no sysinit to depend on, and the output in a file (no journald).
box sh -c 'printf "[Unit]\nDefaultDependencies=no\n[Service]\nStandardOutput=file:/run/intake.log\nStandardError=file:/run/intake.log\n" >/run/systemd/system/intake.service.d/box.conf'
box install -d -m 0700 -o 990 -g debian-tor /var/lib/intake
box /opt/intake/intake recipients add "$recipient" --label box --data /var/lib/intake >/dev/null
box chown -R 990:debian-tor /var/lib/intake
box systemctl daemon-reload
box systemctl start intake.service || true

http=000
for _ in $(seq 1 60); do
  http=$(box curl -s -o /dev/null -w '%{http_code}' --max-time 5 --unix-socket /run/intake/intake.sock http://intake.onion/ || true)
  [ "$http" = 200 ] && break
  sleep 1
done

main_pid=$(box systemctl show -p MainPID --value intake.service)
# MainPID is a pid of the box's namespace: read it from the box's own /proc.
status_field() { box grep "^$1:" "/proc/$main_pid/status" | cut -f2; }
echo "active=$(box systemctl is-active intake.service || true)"
echo "http=$http"
echo "socket=$(box stat -c '%U:%G %a' /run/intake/intake.sock 2>/dev/null || echo missing)"
if [ "$main_pid" != 0 ]; then
  echo "seccomp=$(status_field Seccomp)"
  echo "no_new_privs=$(status_field NoNewPrivs)"
  echo "cap_eff=$(status_field CapEff)"
  echo "user=$(box stat -c %U "/proc/$main_pid")"
fi
if [ "$http" != 200 ]; then
  echo "the service did not answer; its output:" >&2
  box cat /run/intake.log >&2 || true
  box systemctl status intake.service --no-pager >&2 || true
  exit 1
fi
box systemctl stop intake.service
