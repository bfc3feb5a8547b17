#!/usr/bin/env bash
# Refresh requirements.lock: the exact version of every Python package that CI, the README's
# commands and the bundle build install (as pip constraints, `-c requirements.lock`).
#
#   packaging/lock.sh        # rewrites requirements.lock at the repository's root
#
# Run it by hand when pyproject.toml's dependencies change, and once a month for bug and
# security fixes; then run the test suite and packaging/build.sh, and commit the lock with
# what the new versions needed. It resolves pyproject.toml's ranges afresh in a throw-away
# venv (all extras, and PyInstaller for the bundle), so the lock never holds more than that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
pip="$work/venv/bin/pip"
"$pip" install -q --upgrade pip
# A copy of the source, so the build leaves nothing behind in the checkout.
mkdir "$work/src"
(cd "$root" && tar --exclude=.venv --exclude=.git --exclude='packaging/build' \
    --exclude='packaging/dist' --exclude='__pycache__' --exclude='.*_cache' \
    --exclude=.hypothesis -cf - .) | tar -xf - -C "$work/src"
"$pip" install -q "$work/src[test,postgresql]" "pyinstaller>=6.10"

lock="$root/requirements.lock"
{
    echo "# Made by packaging/lock.sh on $(date -u +%Y-%m-%d) with Python $("$work/venv/bin/python" -c \
        'import platform; print(platform.python_version(), platform.system(), platform.machine())')."
    echo "# Install with it as constraints: pip install -c requirements.lock -e '.[test]'"
    echo "# Do not edit by hand: run packaging/lock.sh."
    "$pip" freeze --exclude agreement-studio
} > "$lock.new"
mv "$lock.new" "$lock"
echo "lock.sh: $(grep -c '==' "$lock") packages pinned in $lock"
