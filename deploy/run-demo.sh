#!/usr/bin/env bash
# Runs the Testimonio intake service on this machine for a try-out: an embedded SQLite
# database under artifacts/demo-data and the DEMO reviewer key from deploy/demo, which is
# public and NOT SECRET. Open the printed address, send a testimony, then read what the
# database holds: ciphertext only (see deploy/demo/README.md to decrypt it).
# Usage: bash deploy/run-demo.sh [PORT]   (default 8080; Ctrl-C stops it)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-8080}
data="$repo/artifacts/demo-data"
bin="$repo/artifacts/demo-bin"

echo "Building the intake service…"
dotnet build "$repo/src/Intake.Server" -c Release -nologo -v quiet -o "$bin" >/dev/null
intake=(dotnet "$bin/intake.dll")

demo_key=$(cat "$repo/deploy/demo/DEMO-reviewer-recipient.txt")
if ! "${intake[@]}" recipients list --data "$data" | grep -q "$demo_key"; then
  "${intake[@]}" recipients add "$demo_key" --label "DEMO key, public, NOT SECRET" --data "$data"
fi

cat <<MSG
*** DEMO MODE: testimonies are encrypted to the DEMO reviewer key (deploy/demo), which is
*** public and NOT SECRET. Never use this setup for real testimonies.
Open http://127.0.0.1:$port/ — data in $data
MSG
exec "${intake[@]}" serve --data "$data" --listen "127.0.0.1:$port"
