#!/usr/bin/env bash
# Runs Testimonio's current deliverable on this machine: builds `intake-age`, encrypts a
# sample testimony to the DEMO reviewer key (post-quantum hybrid) and decrypts it again.
# The demo key and its passphrase are public: never use them for real testimonies.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
demo="$repo/deploy/demo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Building intake-age…"
dotnet build "$repo/src/Intake.AgeCli" -c Release -nologo -v quiet -o "$work/bin" >/dev/null
intake_age=(dotnet "$work/bin/intake-age.dll")

echo "*** DEMO reviewer key: public, NOT SECRET (deploy/demo/). Never use it for real testimonies. ***"
"${intake_age[@]}" -R "$demo/DEMO-reviewer-recipient.txt" -o "$work/testimony.age" "$demo/sample-testimony.json"
echo "Encrypted the sample testimony: $(wc -c <"$work/testimony.age") bytes of age ciphertext; header:"
head -c 120 "$work/testimony.age" | head -n 2
echo "…"
echo "Decrypting with the passphrase-protected DEMO identity:"
"${intake_age[@]}" -d -i "$demo/DEMO-reviewer-identity.age" --passphrase-file "$demo/DEMO-passphrase.txt" "$work/testimony.age"
