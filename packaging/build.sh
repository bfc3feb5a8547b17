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
# The versions CI tests with: requirements.lock (refreshed by packaging/lock.sh).
"$build/venv/bin/pip" install -q -c "$root/requirements.lock" "$root" "pyinstaller>=6.10"

echo "== bundle"
"$build/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$build/work" "$root/packaging/agreement-studio.spec"

app="$dist/agreement-studio/agreement-studio"
[ -x "$app" ] || { echo "build.sh: no program at $app" >&2; exit 1; }

if [ "$(uname -s)" = Linux ]; then
    echo "== ICU data: root, English, Finnish and Swedish only (packaging/slim_icu.py)"
    command -v cc >/dev/null && command -v strip >/dev/null \
        || { echo "build.sh: needs a C compiler and binutils: apt-get install gcc binutils" >&2; exit 1; }
    "$build/venv/bin/python" "$root/packaging/slim_icu.py" \
        "$dist"/agreement-studio/_internal/PySide6/Qt/lib/libicudata.so.*
    # Every Qt library a kept Qt binary links to must be in the bundle (bundle_contents.py
    # leaves libraries out; this is the check that it left out none still needed).
    missing=$(find "$dist/agreement-studio" -name '*.so*' -type f -exec ldd {} + 2>/dev/null \
        | grep -E 'lib(Qt6|icu|pyside6|shiboken6)[^ ]* => not found' | sort -u || true)
    [ -z "$missing" ] || { echo "build.sh: left out but still needed:" >&2; echo "$missing" >&2; exit 1; }
fi

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
QT_QPA_PLATFORM=offscreen LANG=fi_FI.UTF-8 "$app" --quit-after-show  # Qt's and our Finnish
QT_QPA_PLATFORM=offscreen "$app" --quit-after-show draft.agreement.json  # the wizard's PDF preview
echo "== the bundle works: $dist/agreement-studio/"
echo "size: $(du -sm "$dist/agreement-studio" | cut -f1) MB ($(find "$dist/agreement-studio" -type f | wc -l) files)"
