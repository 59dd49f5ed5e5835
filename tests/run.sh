#!/usr/bin/env bash
# The project's test command: installs what the tests need, builds the solution,
# runs every test project and ends with one line "N passed, N failed, N skipped".
# Extra arguments are passed on to `dotnet test` (e.g. --filter Category=X).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

results_dir=artifacts/test-results
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Commands the interop and end-to-end tests run, and the Debian package that provides each.
# tests/Intake.EndToEnd drives Debian's own Chromium through Debian's chromedriver (the same
# version, so Selenium never downloads a driver or a browser). A font comes with chromium:
# libfontconfig1 -> fontconfig-config -> fonts-dejavu-core. tests/tornet starts a private Tor
# network on loopback (tor, curl); tests/Intake.Deploy.Tests checks deploy/ (shellcheck,
# systemd-analyze, sqlite3 for backup.sh).
declare -A package_of=(
  [age]=age
  [age-keygen]=age
  [node]=nodejs
  [npm]=npm
  [script]=bsdutils
  [chromium]=chromium
  [chromedriver]=chromium-driver
  [mat2]=mat2
  [tor]=tor
  [tor-gencert]=tor
  [curl]=curl
  [shellcheck]=shellcheck
  [systemd-analyze]=systemd
  [sqlite3]=sqlite3
)

install_missing_prerequisites() {
  local missing=()
  local command
  for command in "${!package_of[@]}"; do
    command -v "$command" >/dev/null 2>&1 || missing+=("${package_of[$command]}")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  local packages
  packages=$(printf '%s\n' "${missing[@]}" | sort -u | paste -sd ' ' -)
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing prerequisites; install them with:" >&2
    echo "sudo apt-get update && sudo apt-get install -y $packages" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y --no-install-recommends $packages
}

# typage (npm age-encryption) supports Node.js 20 and later only.
require_node_20() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "node $(node --version) is too old: tests/interop needs Node.js 20 or later" >&2
    exit 1
  fi
}

# Sums one attribute of the <Counters .../> element over every TRX file.
sum_counter() {
  local name=$1
  sed -n 's/.*<Counters \([^>]*\)\/>.*/\1/p' "$results_dir"/*.trx |
    { grep -o "\b$name=\"[0-9]*\"" || true; } |
    awk -F'"' '{ total += $2 } END { print total + 0 }'
}

install_missing_prerequisites
command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 1; }
require_node_20

(cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)

dotnet build Intake.sln -c Release

rm -rf "$results_dir"
mkdir -p "$results_dir"
test_status=0
dotnet test Intake.sln -c Release --no-build --logger trx --results-directory "$results_dir" "$@" || test_status=$?

if ! compgen -G "$results_dir/*.trx" >/dev/null; then
  echo "no test results were written to $results_dir" >&2
  exit 1
fi

total=$(sum_counter total)
executed=$(sum_counter executed)
passed=$(sum_counter passed)
failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted) ))
skipped=$(( total - executed ))

echo "$passed passed, $failed failed, $skipped skipped"

if [ "$test_status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
