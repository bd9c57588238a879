#!/usr/bin/env bash
# One-step set-up on a fresh Debian/Ubuntu machine (README's two commands call this):
#   packaging/setup.sh app    install everything and open the reader on the sample collection
#   packaging/setup.sh test   install everything (with the test extra) and run the test suite
# Safe to run again: each step is skipped when already done.
set -euo pipefail
mode="${1:-app}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

step() { printf '\n==> %s\n' "$*"; }

# System libraries Qt needs (offscreen and on a desktop), poppler for PDF checks, a font to embed.
APT_PACKAGES=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libx11-6 libbrotli1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libxcb-shm0
  libxcb-sync1 libxcb-render0 libxcb-util1 poppler-utils fonts-dejavu-core)
if [ "$mode" = test ]; then
  APT_PACKAGES+=(postgresql xvfb xauth desktop-file-utils appstream)
fi

install_system_packages() {
  command -v dpkg-query >/dev/null || { echo "not a Debian/Ubuntu system: install Qt's libraries yourself"; return; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  python3 -c "import ensurepip" 2>/dev/null || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && { echo "system packages already installed"; return; }
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  step "installing ${#missing[@]} system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

make_venv() {
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "reader-app needs Python 3.11 or newer (found $(python3 --version))"; exit 1; }
  [ -x .venv/bin/python ] || { step "creating .venv"; python3 -m venv .venv; }
  step "installing reader-app into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$mode" = test ]; then
    .venv/bin/python -m pip install -q -e ".[test,postgres]"
  else
    .venv/bin/python -m pip install -q -e .
  fi
}

step "system packages"
install_system_packages
make_venv

case "$mode" in
  app)
    step "opening reader-app on the sample collection"
    exec .venv/bin/reader-app
    ;;
  test)
    step "running the tests"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest
    ;;
  *)
    echo "usage: packaging/setup.sh app|test"; exit 64
    ;;
esac
