#!/usr/bin/env bash
# Install the reader-app bundle for the current user (no root needed), or remove it again.
#   bash install.sh               from inside a built bundle (dist/reader-app/install.sh)
#   bash packaging/install.sh     from the checkout, after bash packaging/build.sh
#   bash install.sh --uninstall   remove everything it installed
# Puts the bundle in ~/.local/opt/reader-app, a `reader-app` link in ~/.local/bin, the menu entry
# in ~/.local/share/applications, icons in ~/.local/share/icons/hicolor/<size>/apps and the
# AppStream file in ~/.local/share/metainfo. READER_APP_PREFIX=DIR installs under DIR instead of ~/.local.
set -euo pipefail
APP_ID=io.github.reader_app.ReaderApp
prefix="${READER_APP_PREFIX:-$HOME/.local}"
opt="$prefix/opt/reader-app"
bin="$prefix/bin"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"
metainfo="$prefix/share/metainfo"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# The bundle is this script's folder (inside dist/reader-app) or the checkout's dist/reader-app.
if [ -x "$here/reader-app" ]; then bundle="$here"; else bundle="$(dirname "$here")/dist/reader-app"; fi
# Desktop files and icons: the bundle's share/ (build.sh copies them) or the checkout.
if [ -d "$bundle/share/applications" ]; then
  desktop_dir="$bundle/share/applications"; meta_dir="$bundle/share/metainfo"; icon_dir="$bundle/share/icons/hicolor"
  svg="$bundle/share/icons/reader-app.svg"
else
  desktop_dir="$here/desktop"; meta_dir="$here/desktop"; icon_dir="$(dirname "$here")/resources/icons/hicolor"
  svg="$(dirname "$here")/resources/icons/reader-app.svg"
fi

refresh_caches() {  # menus and icon themes pick the change up at once where these tools exist
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

uninstall() {
  rm -rf "$opt"
  rm -f "$apps/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml"
  [ -L "$bin/reader-app" ] && rm -f "$bin/reader-app"
  rm -f "$icons"/*/apps/reader-app.png "$icons/scalable/apps/reader-app.svg"
  refresh_caches
  echo "reader-app removed (your library in ~/.local/share/reader-app is kept)"
}

install() {
  [ -x "$bundle/reader-app" ] || { echo "install: no bundle at $bundle (run bash packaging/build.sh)"; exit 1; }
  mkdir -p "$opt" "$bin" "$apps" "$metainfo"
  # Copy beside, then swap: a failed copy leaves the previous install working.
  rm -rf "$opt.new"
  cp -a "$bundle/." "$opt.new"
  rm -rf "$opt" && mv "$opt.new" "$opt"
  ln -sfn "$opt/reader-app" "$bin/reader-app"
  # An absolute Exec works even when ~/.local/bin is not on the desktop session's PATH.
  sed -e "s|^Exec=reader-app|Exec=$bin/reader-app|" -e "s|^TryExec=reader-app|TryExec=$bin/reader-app|" \
    "$desktop_dir/$APP_ID.desktop" >"$apps/$APP_ID.desktop"
  cp "$meta_dir/$APP_ID.metainfo.xml" "$metainfo/"
  local size_dir
  for size_dir in "$icon_dir"/*/; do
    mkdir -p "$icons/$(basename "$size_dir")/apps"
    cp "$size_dir"apps/* "$icons/$(basename "$size_dir")/apps/"
  done
  mkdir -p "$icons/scalable/apps" && cp "$svg" "$icons/scalable/apps/reader-app.svg"
  refresh_caches
  echo "reader-app installed in $opt; start it from the menu or with $bin/reader-app"
  case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on your PATH";; esac
}

case "${1:-}" in
  --uninstall) uninstall ;;
  "") install ;;
  *) echo "usage: install.sh [--uninstall]"; exit 64 ;;
esac
