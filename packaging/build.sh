#!/usr/bin/env bash
# Build the one-folder bundle dist/reader-app/ with PyInstaller (into the project's .venv).
#   bash packaging/build.sh            build (PyInstaller is installed into .venv when missing)
#   bash packaging/build.sh --smoke    build, then run packaging/smoke.sh on the result
# Prints the build time and the bundle size at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || { echo "no $PY: run 'bash packaging/setup.sh app' first (or set PYTHON=...)"; exit 1; }

"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.10"

start=$(date +%s%N)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/reader-app.spec
ms=$(( ($(date +%s%N) - start) / 1000000 ))

# Beside the program: the per-user installer and what it installs (menu entry, icons, AppStream).
out=dist/reader-app
cp packaging/install.sh "$out/install.sh"
mkdir -p "$out/share/applications" "$out/share/metainfo" "$out/share/icons"
cp packaging/desktop/*.desktop "$out/share/applications/"
cp packaging/desktop/*.metainfo.xml "$out/share/metainfo/"
cp -r resources/icons/hicolor "$out/share/icons/"
cp resources/icons/reader-app.svg "$out/share/icons/reader-app.svg"

printf 'built dist/reader-app in %d.%01d s, %s on disk\n' $((ms / 1000)) $((ms % 1000 / 100)) \
  "$(du -sh dist/reader-app | cut -f1)"
if [ "${1:-}" = "--smoke" ]; then
  bash packaging/smoke.sh dist/reader-app/reader-app
fi
