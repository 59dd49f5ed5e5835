#!/usr/bin/env bash
# tornet.sh: a throw-away Tor network on 127.0.0.1 that gives the tests a real v3
# onion service with no Internet access. See tests/tornet/README.md.
#
#   tornet.sh start DIR --hs-target unix:/ABS/PATH.sock|127.0.0.1:PORT [--pow]
#   tornet.sh status DIR
#   tornet.sh stop DIR
#
# Environment: TORNET_TIMEOUT (seconds `start` may take, default 150),
# TORNET_OWNER_PID (every daemon exits within 15 s once that process is gone),
# TOR and TOR_GENCERT (the programs to run).
set -euo pipefail

readonly TOR=${TOR:-tor}
readonly TOR_GENCERT=${TOR_GENCERT:-tor-gencert}
readonly TIMEOUT=${TORNET_TIMEOUT:-150}
readonly OWNER_PID=${TORNET_OWNER_PID:-}
readonly AUTHORITIES=(auth1 auth2 auth3)
readonly RELAYS=(relay1 relay2 relay3)
readonly ROUTERS=("${AUTHORITIES[@]}" "${RELAYS[@]}")
readonly ALL_NODES=("${ROUTERS[@]}" onion client)

say() { printf 'tornet: %s\n' "$*" >&2; }

usage() {
  sed -n '5,7s/^# *//p' "$0" >&2
  exit 2
}

# ---------------------------------------------------------------------------
# Daemon bookkeeping. DIR/daemons holds "NAME PID STARTTIME" per launched tor.
# A pid counts as ours only while /proc shows a live (not zombie) process with
# the recorded start time (clock ticks since boot, field 22 of /proc/PID/stat)
# and with "-f DIR/NAME/torrc" in its argv: a recycled pid fails both tests.

start_time_of() {
  local stat fields
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  read -r -a fields <<<"${stat##*) }"
  [[ ${fields[0]} != Z ]] || return 1
  printf '%s\n' "${fields[19]}"
}

# Does process $1 run with the two arguments "-f" "$2"?
runs_torrc() {
  local argv i
  mapfile -d '' -t argv 2>/dev/null <"/proc/$1/cmdline" || return 1
  for ((i = 0; i + 1 < ${#argv[@]}; i++)); do
    if [[ ${argv[i]} == -f && ${argv[i + 1]} == "$2" ]]; then return 0; fi
  done
  return 1
}

is_ours() {  # NAME PID STARTTIME
  local now
  now=$(start_time_of "$2") || return 1
  [[ $now == "$3" ]] && runs_torrc "$2" "$DIR/$1/torrc"
}

# Pids of any process running a torrc under DIR, recorded or not (a DIR deleted
# while its network ran leaves such orphans behind).
strays() {
  local entry pid argv i
  for entry in /proc/[0-9]*; do
    pid=${entry#/proc/}
    mapfile -d '' -t argv 2>/dev/null <"$entry/cmdline" || continue
    for ((i = 0; i + 1 < ${#argv[@]}; i++)); do
      if [[ ${argv[i]} == -f && ${argv[i + 1]} == "$DIR"/*/torrc ]]; then echo "$pid"; fi
    done
  done
}

live_daemons() {  # prints the recorded daemons that are still ours
  local name pid start
  [[ -f $DIR/daemons ]] || return 0
  while read -r name pid start; do
    if is_ours "$name" "$pid" "$start"; then echo "$name $pid $start"; fi
  done <"$DIR/daemons"
}

stop_daemons() {
  local name pid start round left
  while read -r name pid start; do
    kill -TERM "$pid" 2>/dev/null || true
  done < <(live_daemons)
  # Tor exits at once on SIGTERM; give it 10 s, then SIGKILL, then 5 s more.
  for round in {1..150}; do
    left=$(live_daemons)
    [[ -n $left ]] || break
    if ((round == 100)); then
      while read -r name pid start; do
        say "SIGKILL $name ($pid)"
        kill -KILL "$pid" 2>/dev/null || true
      done <<<"$left"
    fi
    sleep 0.1
  done
  if [[ -n $(live_daemons) ]]; then
    say "still running after SIGKILL: $(live_daemons | tr '\n' ' ')"
    return 1
  fi
  rm -f "$DIR/daemons"
}

cmd_stop() {
  if [[ ! -f $DIR/daemons ]]; then
    say "nothing recorded in $DIR: not running"
    return 0
  fi
  stop_daemons
  rm -f "$DIR/endpoints"
  say "stopped"
}

cmd_status() {
  local name pid start state=0
  if [[ ! -f $DIR/daemons ]]; then
    say "not running"
    return 3
  fi
  while read -r name pid start; do
    if is_ours "$name" "$pid" "$start"; then
      echo "$name $pid running"
    else
      echo "$name $pid gone"
      state=1
    fi
  done <"$DIR/daemons"
  cat "$DIR/endpoints" 2>/dev/null || true
  return "$state"
}

# ---------------------------------------------------------------------------
# start

deadline_passed() { ((SECONDS >= DEADLINE)); }

seconds_left() {
  local left=$((DEADLINE - SECONDS))
  echo $((left < 1 ? 1 : left))
}

# On any failure of `start`: show what the daemons said, stop them, keep the
# exit status. Success clears this trap.
on_start_exit() {
  local status=$? name log
  trap - EXIT
  if ((status == 0)); then return; fi
  for name in "${ALL_NODES[@]}"; do
    for log in "$DIR/$name/notice.log" "$DIR/$name/launch.log"; do
      if [[ -s $log ]]; then
        printf -- '--- %s (last lines of %s)\n' "$name" "$log" >&2
        tail -n 15 "$log" >&2
        break
      fi
    done
  done
  stop_daemons || true
  exit "$status"
}

fail() {
  say "start failed: $*"
  exit 1
}

# Ports come from 20000-31999, below Linux's ephemeral range (32768-60999), so
# they never meet a port the kernel hands to another test; one that answers a
# connection is taken. A port can still be taken between this probe and tor's
# bind: launch_routers and launch_client then pick new ones and try again.
# Sets PORT (no subshell, so PORTS_USED remembers every pick).
declare -A PORTS_USED=()
free_port() {
  local tries
  for ((tries = 0; tries < 1000; tries++)); do
    PORT=$((20000 + RANDOM % 12000))
    [[ -z ${PORTS_USED[$PORT]:-} ]] || continue
    PORTS_USED[$PORT]=1
    if ! (: <>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then return 0; fi
  done
  fail "no free port in 20000-31999"
}

# Relay identities (tor makes them on --list-fingerprint) and the authorities'
# v3 keys (tor-gencert, slow RSA-3072): all nine jobs at once. Neither depends
# on a port, so a retry with new ports keeps them.
make_keys() {
  local name jobs=() job
  for name in "${ROUTERS[@]}"; do
    mkdir -m 700 "$DIR/$name" "$DIR/$name/keys"
    timeout 60 "$TOR" --defaults-torrc "$DIR/empty.torrc" -f "$DIR/empty.torrc" \
      --DataDirectory "$DIR/$name" --ORPort 1 --list-fingerprint >"$DIR/$name/keygen.log" 2>&1 &
    jobs+=("$!")
  done
  for name in "${AUTHORITIES[@]}"; do
    # tor-gencert insists on encrypting the identity key; the passphrase is thrown away.
    echo tornet | timeout 60 "$TOR_GENCERT" --create-identity-key --passphrase-fd 0 -m 12 \
      -i "$DIR/$name/keys/authority_identity_key" -s "$DIR/$name/keys/authority_signing_key" \
      -c "$DIR/$name/keys/authority_certificate" >"$DIR/$name/gencert.log" 2>&1 &
    jobs+=("$!")
  done
  for job in "${jobs[@]}"; do
    wait "$job" || fail "key generation failed (see $DIR/*/keygen.log and gencert.log)"
  done
  declare -gA RSA_ID=() V3_ID=()
  for name in "${ROUTERS[@]}"; do
    RSA_ID[$name]=$(cut -d ' ' -f 2 "$DIR/$name/fingerprint")
    [[ ${RSA_ID[$name]} =~ ^[0-9A-F]{40}$ ]] || fail "no identity fingerprint for $name"
  done
  for name in "${AUTHORITIES[@]}"; do
    V3_ID[$name]=$(sed -n 's/^fingerprint //p' "$DIR/$name/keys/authority_certificate")
    [[ ${V3_ID[$name]} =~ ^[0-9A-F]{40}$ ]] || fail "no v3 identity for $name"
  done
  # Fresh relays report a bandwidth of 0, which would send every circuit
  # through whichever relay reports more; the authorities read this file as
  # measurements instead (they ignore it for each other, which does no harm).
  {
    date +%s
    for name in "${ROUTERS[@]}"; do echo "node_id=\$${RSA_ID[$name]} bw=1000"; done
  } >"$DIR/bandwidths"
}

# Options every daemon shares: one per line.
base_options() {  # NAME
  printf '%s\n' \
    "TestingTorNetwork 1" "Nickname $1" "DataDirectory $DIR/$1" "PidFile $DIR/$1/pid" \
    "RunAsDaemon 1" "Log notice file $DIR/$1/notice.log" "SafeLogging 0" \
    "UseDefaultFallbackDirs 0" "ShutdownWaitLength 0"
  local name
  for name in "${AUTHORITIES[@]}"; do
    echo "DirAuthority $name orport=${ORPORT[$name]} v3ident=${V3_ID[$name]} 127.0.0.1:${DIRPORT[$name]} ${RSA_ID[$name]}"
  done
  if [[ -n $OWNER_PID ]]; then echo "__OwningControllerProcess $OWNER_PID"; fi
}

router_options() {  # NAME
  printf '%s\n' "SocksPort 0" "Address 127.0.0.1" "ORPort 127.0.0.1:${ORPORT[$1]}" \
    "AssumeReachable 1" "ExitRelay 0" "ExitPolicy reject *:*" "ContactInfo tornet@127.0.0.1"
}

# The first consensus is voted 5 s after start, later ones every 10 s, with the
# shortest delays tor allows. Every relay is voted Guard, HSDir and Stable at
# once, since no relay here lives long enough to earn them.
authority_options() {  # NAME VOTING_OFFSET
  printf '%s\n' "DirPort 127.0.0.1:${DIRPORT[$1]}" "AuthoritativeDirectory 1" \
    "V3AuthoritativeDirectory 1" "V3BandwidthsFile $DIR/bandwidths" \
    "TestingV3AuthInitialVotingInterval 5" "TestingV3AuthInitialVoteDelay 2" \
    "TestingV3AuthInitialDistDelay 2" "V3AuthVotingInterval 10" "V3AuthVoteDelay 2" \
    "V3AuthDistDelay 2" "TestingV3AuthVotingStartOffset $2" \
    "TestingDirAuthVoteGuard *" "TestingDirAuthVoteHSDir *" \
    "AuthDirVoteStableGuaranteeMinUptime 0" "AuthDirVoteStableGuaranteeMTBF 0"
}

# Voting offset for routers launched now. Tor's first-round timetable: a vote
# 2 s before each consensus, consensuses on the 5 s grid shifted by the
# offset. Fresh relays need about 2-3 s to get their descriptors to the
# authorities, and one that misses the first vote waits 10 s for the next; so
# the offset puts the first vote 3.5-4.5 s after the launch, instead of
# sleeping until a fixed grid comes round.
voting_offset() {
  local now_ms
  now_ms=$(date +%s%3N)
  echo $((((now_ms + 5500 + 999) / 1000) % 5))
}

# The pid tor wrote for node $1: the daemon may write it just after its
# parent process has returned, so wait up to 5 s.
written_pid() {
  local tries
  for ((tries = 0; tries < 50; tries++)); do
    if [[ -s $DIR/$1/pid ]]; then
      cat "$DIR/$1/pid"
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# Start daemons at once; each forks into the background once its ports are
# open, or exits non-zero. Records NAME PID STARTTIME for each that runs;
# LAUNCH_FAILED names the others.
launch() {  # NAME...
  local name jobs=() i=0 pid start
  LAUNCH_FAILED=()
  for name; do
    rm -f "$DIR/$name/pid"
    timeout 60 "$TOR" --defaults-torrc "$DIR/empty.torrc" -f "$DIR/$name/torrc" \
      </dev/null >"$DIR/$name/launch.log" 2>&1 &
    jobs+=("$!")
  done
  for name; do
    if wait "${jobs[i]}" && pid=$(written_pid "$name") &&
      start=$(start_time_of "$pid") && runs_torrc "$pid" "$DIR/$name/torrc"; then
      echo "$name $pid $start" >>"$DIR/daemons"
    else
      LAUNCH_FAILED+=("$name")
    fi
    i=$((i + 1))
  done
  ((${#LAUNCH_FAILED[@]} == 0))
}

# Did launching node $1 fail because another process took one of its ports?
# (Tor says so on stdout: its log file is not open yet.)
lost_port_race() {
  grep -qs 'Address already in use' "$DIR/$1/launch.log"
}

write_router_configs() {
  local name offset
  for name in "${ROUTERS[@]}"; do free_port; ORPORT[$name]=$PORT; done
  for name in "${AUTHORITIES[@]}"; do free_port; DIRPORT[$name]=$PORT; done
  offset=$(voting_offset)
  for name in "${ROUTERS[@]}"; do
    {
      base_options "$name"
      router_options "$name"
      if [[ $name == auth* ]]; then authority_options "$name" "$offset"; fi
    } >"$DIR/$name/torrc"
  done
}

launch_routers() {
  local attempt name
  for attempt in 1 2 3; do
    write_router_configs
    if launch "${ROUTERS[@]}"; then return 0; fi
    for name in "${LAUNCH_FAILED[@]}"; do
      lost_port_race "$name" || fail "tor did not start for ${LAUNCH_FAILED[*]} (see $DIR/NAME/launch.log)"
    done
    say "a port was taken meanwhile (attempt $attempt); stopping and retrying with new ports"
    stop_daemons
  done
  fail "ports kept being taken by other processes"
}

# Ready when node $1 holds a consensus naming every router Fast, Guard, HSDir,
# Running, Stable and Valid (the relays with their measured bandwidth) and the
# microdescriptors of them all: the onion service and the client then find a
# complete directory wherever they ask.
router_ready() {
  local dir=$DIR/$1 keys
  awk -v routers="${#ROUTERS[@]}" -v relays="${#RELAYS[@]}" '
    $1 == "s" { flagged += /Fast/ && /Guard/ && /HSDir/ && /Running/ && /Stable/ && /Valid/ }
    $1 == "w" && $2 == "Bandwidth=1000" { measured++ }
    END { exit !(flagged == routers && measured >= relays) }
  ' "$dir/cached-microdesc-consensus" 2>/dev/null || return 1
  keys=$(cat "$dir"/cached-microdescs* 2>/dev/null | grep -c '^ntor-onion-key ' || true)
  ((keys >= ${#ROUTERS[@]}))
}

# A router that asked for the consensus before there was one waits 10-20 s
# before asking again; a SIGHUP makes it retry at once.
wait_for_routers() {
  local name waiting nudged=0
  while true; do
    waiting=()
    for name in "${ROUTERS[@]}"; do router_ready "$name" || waiting+=("$name"); done
    ((${#waiting[@]} > 0)) || return 0
    deadline_passed && fail "the network was not ready within ${TIMEOUT}s (waiting for ${waiting[*]})"
    if ((${#waiting[@]} < ${#ROUTERS[@]} && SECONDS - nudged >= 3)); then
      for name in "${waiting[@]}"; do kill -HUP "$(cat "$DIR/$name/pid")" 2>/dev/null || true; done
      nudged=$SECONDS
    fi
    sleep 0.5
  done
}

write_onion_config() {
  {
    base_options onion
    printf '%s\n' "SocksPort 0" "HiddenServiceDir $DIR/onion/service" \
      "HiddenServicePort 80 $TARGET" "Log [rend]info file $DIR/onion/rend.log"
    if ((POW)); then echo "HiddenServicePoWDefensesEnabled 1"; fi
  } >"$DIR/onion/torrc"
}

launch_client() {
  local attempt
  for attempt in 1 2 3; do
    free_port
    SOCKS_PORT=$PORT
    {
      base_options client
      # OnionTrafficOnly: with no exit relays anything else could only hang
      # until it timed out (a browser's own start page, say); it is refused at
      # once instead. Debug level for onion services shows what the client read
      # in the service's descriptor (the proof-of-work parameters among it).
      printf '%s\n' "SocksPort 127.0.0.1:$SOCKS_PORT OnionTrafficOnly" \
        "Log [rend]debug file $DIR/client/rend.log"
    } >"$DIR/client/torrc"
    if launch client; then return 0; fi
    lost_port_race client || fail "tor did not start for the client (see $DIR/client/launch.log)"
    say "SOCKS port $SOCKS_PORT was taken meanwhile (attempt $attempt); trying another"
  done
  fail "ports kept being taken by other processes"
}

# Poll through the client only once the service has stored its descriptor:
# a client that asks the HSDirs too early is told "not found" and may not ask
# them again for a while. (If that log line never comes, poll after 20 s.)
wait_for_onion() {
  local since=$SECONDS
  until [[ -s $DIR/onion/service/hostname ]]; do
    deadline_passed && fail "the onion service wrote no hostname within ${TIMEOUT}s"
    sleep 0.2
  done
  ONION=$(<"$DIR/onion/service/hostname")
  until grep -qs 'descriptor stored successfully' "$DIR/onion/rend.log" || ((SECONDS - since >= 20)); do
    deadline_passed && fail "the onion service published no descriptor within ${TIMEOUT}s"
    sleep 0.5
  done
  # Any HTTP answer counts: it came from the target, through the onion service.
  until curl -sS -o /dev/null --max-time "$(($(seconds_left) < 20 ? $(seconds_left) : 20))" \
    --socks5-hostname "127.0.0.1:$SOCKS_PORT" "http://$ONION/" 2>"$DIR/client/curl.log"; do
    deadline_passed && fail "http://$ONION/ did not answer within ${TIMEOUT}s: $(tail -n 1 "$DIR/client/curl.log")"
    sleep 1
  done
}

check_pow() {
  if ((POW)) && ! grep -qs 'Service PoW defenses are enabled' "$DIR/onion/rend.log"; then
    fail "--pow was asked for, but $DIR/onion/rend.log does not say 'Service PoW defenses are enabled'"
  fi
  if ((POW)); then say "proof-of-work defences are on (see $DIR/onion/rend.log)"; fi
}

require_programs() {
  local program
  for program in "$TOR" "$TOR_GENCERT" curl timeout; do
    if ! command -v "$program" >/dev/null; then
      say "$program is missing; on Debian: apt-get install tor curl"
      exit 2
    fi
  done
}

# DIR must be new, empty or an earlier tornet DIR with nothing running.
prepare_dir() {
  local running=()
  if [[ -e $DIR && ! -f $DIR/.tornet && -n $(ls -A "$DIR") ]]; then
    say "$DIR is neither empty nor a tornet directory"
    exit 1
  fi
  mapfile -t running < <(strays)
  if ((${#running[@]} > 0)); then
    say "processes ${running[*]} still run a torrc under $DIR: run 'tornet.sh stop $DIR' first"
    exit 1
  fi
  rm -rf "${DIR:?}"/{auth?,relay?,onion,client,daemons,endpoints,bandwidths}
  mkdir -p "$DIR"
  touch "$DIR/.tornet"
  : >"$DIR/empty.torrc"
  mkdir -m 700 "$DIR/onion" "$DIR/client"
}

cmd_start() {
  TARGET="" POW=0
  while (($#)); do
    case $1 in
      --hs-target) (($# >= 2)) || usage; TARGET=$2; shift 2 ;;
      --pow) POW=1; shift ;;
      *) usage ;;
    esac
  done
  if [[ ! $TARGET =~ ^unix:/[^[:space:]]+$ && ! $TARGET =~ ^127\.0\.0\.1:[0-9]+$ ]]; then
    say "--hs-target must be unix:/ABSOLUTE/PATH or 127.0.0.1:PORT"
    exit 2
  fi
  [[ $TIMEOUT =~ ^[0-9]+$ ]] || { say "TORNET_TIMEOUT must be a number of seconds"; exit 2; }
  require_programs
  prepare_dir
  DEADLINE=$((SECONDS + TIMEOUT))
  trap on_start_exit EXIT
  trap 'fail "interrupted"' INT TERM HUP
  declare -gA ORPORT=() DIRPORT=()

  make_keys
  launch_routers
  say "routers running after ${SECONDS}s; waiting for the first consensus"
  wait_for_routers
  say "network ready after ${SECONDS}s; starting the onion service and the client"
  write_onion_config
  launch onion || fail "tor did not start for the onion service (see $DIR/onion/launch.log)"
  launch_client
  wait_for_onion
  check_pow
  printf 'ONION=%s\nSOCKS=127.0.0.1:%s\n' "$ONION" "$SOCKS_PORT" >"$DIR/endpoints"
  say "http://$ONION/ answers through the client after ${SECONDS}s"
  trap - EXIT INT TERM HUP
  cat "$DIR/endpoints"
}

(($# >= 2)) || usage
readonly COMMAND=$1
DIR=$(realpath -m -- "$2")
readonly DIR
shift 2
case $COMMAND in
  start) cmd_start "$@" ;;
  status) (($# == 0)) || usage; cmd_status ;;
  stop) (($# == 0)) || usage; cmd_stop ;;
  *) usage ;;
esac
