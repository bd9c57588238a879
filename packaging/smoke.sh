#!/usr/bin/env bash
# First-contact check of a built bundle, offscreen, in a throwaway library and data dir:
# --version, import a sample article, export the samples (PDF + data), a window screenshot.
#   bash packaging/smoke.sh [dist/reader-app/reader-app]
# Exits non-zero at the first step that fails or leaves its file missing.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${1:-$here/dist/reader-app/reader-app}"
[ -x "$app" ] || { echo "smoke: no bundle at $app (run bash packaging/build.sh)"; exit 1; }
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen READER_APP_DATA_DIR="$tmp/data"
# Run from an empty folder so nothing is found in the checkout by accident.
cd "$tmp"
seeds=("$here"/seeds/*.txt)
db="sqlite:///$tmp/library.sqlite3"
failed=0

step() {  # step NAME EXPECTED_FILE -- COMMAND...
  local name="$1" expect="$2"; shift 3
  local start=$(date +%s%N) rc
  "$@" >"$tmp/out.log" 2>&1; rc=$?
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ $rc -ne 0 ] || { [ -n "$expect" ] && [ ! -s "$expect" ]; }; then
    printf 'FAIL  %-30s exit %d (%d ms)\n' "$name" "$rc" "$ms"; sed 's/^/      /' "$tmp/out.log" | tail -20
    failed=1
  else
    printf 'ok    %-30s %5d ms\n' "$name" "$ms"
  fi
}

step "--version" "" -- "$app" --version
step "import a seed" "$tmp/library.sqlite3" -- "$app" --db "$db" import "${seeds[2]}"
step "list the library" "" -- "$app" --db "$db" list --json
step "analyze --json" "" -- "$app" analyze "${seeds[0]}" --json
step "export PDF + data" "$tmp/out.pdf" -- "$app" --db "$db" export "${seeds[@]}" --pdf "$tmp/out.pdf" \
  --json "$tmp/out.json" --csv "$tmp/out.csv" --webanno "$tmp/out.webanno.json" \
  --claimreview "$tmp/out.claimreview.json"
for f in out.json out.csv out.webanno.json out.claimreview.json; do
  [ -s "$tmp/$f" ] || { echo "FAIL  export wrote no $f"; failed=1; }
done
# The bundle must analyse exactly like the source checkout (same data files, same libraries).
if [ -x "$here/.venv/bin/reader-app" ]; then
  "$app" analyze "${seeds[@]}" --json >"$tmp/bundle.json" 2>/dev/null
  "$here/.venv/bin/reader-app" analyze "${seeds[@]}" --json >"$tmp/source.json" 2>/dev/null
  if cmp -s "$tmp/bundle.json" "$tmp/source.json"; then
    echo "ok    analysis identical to the source checkout"
  else
    echo "FAIL  the bundle's analysis differs from the source checkout's (stale build or missing data?)"
    failed=1
  fi
fi
# HTML (lxml + trafilatura) and PDF (pypdfium2) readers: a small page, and the PDF just written.
cat >"$tmp/page.html" <<'HTML'
<html><head><title>Council approves budget - Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier"></head><body><article>
<h1>Council approves budget</h1><p>The city council approved a budget of 12 million dollars on
Tuesday, the mayor said. Critics called the plan a reckless gamble with taxpayers' money.</p>
<p>"We will finish the bridge by spring," said Ana Ruiz, the council's finance chair.</p>
</article></body></html>
HTML
step "import HTML and PDF" "" -- "$app" --db "$db" import "$tmp/page.html" "$tmp/out.pdf"
step "screenshot offscreen" "$tmp/s.png" -- "$app" --db "$db" --screenshot "$tmp/s.png"
# The X11 platform plugin (xcb), on a virtual screen when Xvfb is installed.
if command -v xvfb-run >/dev/null; then
  step "screenshot on X11 (xcb, Xvfb)" "$tmp/x11.png" -- \
    xvfb-run -a env QT_QPA_PLATFORM=xcb "$app" --db "$db" --screenshot "$tmp/x11.png"
else
  echo "skip  screenshot on X11 (no xvfb-run)"
fi
# The screenshot opens the library like a first start: the five samples come from the bundle.
count="$("$app" --db "$db" list 2>/dev/null | wc -l)"
if [ "$count" -ge $(( ${#seeds[@]} + 2 )) ]; then
  echo "ok    sample collection imported on first start ($count articles)"
else
  echo "FAIL  library has $count articles after first start (seeds missing from the bundle?)"; failed=1
fi
[ $failed -eq 0 ] && echo "smoke: all steps passed" || echo "smoke: FAILED"
exit $failed
