#!/usr/bin/env bash
# Build the standalone bundle (one folder, no Python needed on the target) with PyInstaller,
# then smoke-test the built program. Takes a few minutes.
#
#   packaging/build.sh            # -> packaging/dist/agreement-studio/agreement-studio
#
# It installs the application and PyInstaller into a build venv of its own (packaging/build/),
# so the project's .venv is left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/packaging/build"
dist="$root/packaging/dist"
python=${PYTHON:-python3}

echo "== build environment"
"$python" -m venv "$build/venv"
"$build/venv/bin/pip" install -q --upgrade pip
"$build/venv/bin/pip" install -q "$root" "pyinstaller>=6.10"

echo "== bundle"
"$build/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$build/work" "$root/packaging/agreement-studio.spec"

app="$dist/agreement-studio/agreement-studio"
[ -x "$app" ] || { echo "build.sh: no program at $app" >&2; exit 1; }

echo "== smoke test"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AGREEMENT_STUDIO_HOME="$work/home"
# Run from an empty folder so nothing of the source checkout can be found by accident.
cd "$work"

expected=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -n 1)
got=$("$app" --version)
[ "$got" = "agreement-studio $expected" ] || { echo "--version said '$got'" >&2; exit 1; }
echo "version: $got"

"$app" templates
"$app" example --parties 3 --lang sv -o draft.agreement.json
"$app" check draft.agreement.json
"$app" render draft.agreement.json -o prepared.pdf

printf 'smoke-test password' > password.txt
"$app" identity new --name "Päivi Mäkelä" --org "Lahden kaupunki" \
    --password-file password.txt -o signer.p12
"$app" identity export-cert signer.p12 --password-file password.txt -o signer.pem
"$app" sign prepared.pdf --identity signer.p12 --password-file password.txt -o signed.pdf
"$app" verify --trust signer.pem signed.pdf
"$app" verify --jobs 2 --trust signer.pem --json signed.pdf prepared.pdf > report.json \
    || true  # the unsigned prepared.pdf is not valid: exit 1 is expected here
grep -q '"verdict": "valid"' report.json
grep -q '"verdict": "unsigned"' report.json

QT_QPA_PLATFORM=offscreen "$app" --quit-after-show
echo "== the bundle works: $dist/agreement-studio/"
