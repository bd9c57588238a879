#!/usr/bin/env bash
# Follow README's set-up on a fresh clone in a throwaway folder and time each step, the way a new user
# would meet the app (committed files only: what a clone gets).
#   bash packaging/check-clean-install.sh            set-up, first commands, README examples
#   bash packaging/check-clean-install.sh --app      also `bash packaging/setup.sh app` under Xvfb
#                                                    (passes when the window is still up 15 s after opening)
#   bash packaging/check-clean-install.sh --tests    also `bash packaging/setup.sh test` (the whole suite)
#   KEEP=1 ...                                       keep the clone for a look afterwards
# Exits non-zero when a step fails; prints a table of steps, seconds and results at the end.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run_app=0 run_tests=0
for arg in "$@"; do
  case "$arg" in
    --app) run_app=1 ;;
    --tests) run_tests=1 ;;
    *) echo "usage: check-clean-install.sh [--app] [--tests]"; exit 64 ;;
  esac
done

work="$(mktemp -d /tmp/reader-app-clean.XXXXXX)"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
clone="$work/main"
export READER_APP_DATA_DIR="$work/data" READER_APP_CONFIG_DIR="$work/config"
unset READER_APP_DB
results=()
failed=0

step() {  # step NAME COMMAND...: run it in the clone, log output, time it
  local name="$1"; shift
  local log="$work/step-${#results[@]}.log" start rc ms
  start=$(date +%s%N)
  (cd "$clone" 2>/dev/null || cd "$work"; "$@") >"$log" 2>&1; rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local verdict="ok"
  [ $rc -eq 0 ] || { verdict="FAILED (exit $rc)"; failed=1; }
  results+=("$(printf '%-44s %7d.%01d s  %s' "$name" $((ms / 1000)) $((ms % 1000 / 100)) "$verdict")")
  printf '%s\n' "${results[-1]}"
  if [ $rc -ne 0 ]; then sed 's/^/    /' "$log" | tail -15; fi
  return $rc
}

in_venv() { (source .venv/bin/activate && "$@"); }

apt_packages() {  # the system packages setup.sh installs, read from setup.sh itself
  sed -n '/^APT_PACKAGES=(/,/)/p' packaging/setup.sh | tr -d '()' | sed 's/APT_PACKAGES=//' | tr -s ' \n' ' '
}

missing_system_packages() {
  local missing=()
  for pkg in $(apt_packages); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  echo "missing: ${missing[*]:-none}"
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

readme_examples() {  # README's command examples, word for word, in the clone with the venv active
  set -e
  source .venv/bin/activate
  reader-app import seeds/000_c1a5e9085f76d8e7.txt
  reader-app import seeds --collection "Class reading"
  reader-app list
  reader-app export seeds/*.txt --pdf annotated.pdf
  reader-app export --collection "Class reading" --pdf class.pdf --csv class.csv --user "Sam"
  reader-app export seeds/*.txt --json analysis.json --webanno notes.jsonld --claimreview claims.jsonld
  reader-app analyze seeds/*.txt --json | jq -r '.articles[] | [.path, (.claims | length), (.flags | length)] | @tsv'
  reader-app analyze seeds/*.txt --json | jq -r '.articles[].flags[] | select(.voice == "author") | .category' | sort | uniq -c
  for f in annotated.pdf class.pdf class.csv analysis.json notes.jsonld claims.jsonld; do
    [ -s "$f" ] || { echo "README example wrote no $f"; return 1; }
  done
}

app_under_xvfb() {  # README's app command on a virtual screen: started = window still up after 15 s
  command -v xvfb-run >/dev/null || { echo "xvfb-run missing (apt-get install xvfb xauth)"; return 1; }
  local out="$work/setup-app.out" pid waited=0
  setsid xvfb-run -a bash packaging/setup.sh app >"$out" 2>&1 &
  pid=$!
  until grep -q "opening reader-app" "$out"; do  # setup.sh's own steps come first
    kill -0 "$pid" 2>/dev/null || { cat "$out"; echo "setup.sh app ended before opening the reader"; return 1; }
    sleep 1; waited=$((waited + 1))
    [ $waited -lt 300 ] || { kill -- -"$pid"; cat "$out"; echo "setup.sh app: no reader after 300 s"; return 1; }
  done
  sleep 15
  if kill -0 "$pid" 2>/dev/null; then
    kill -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    echo "the reader opened and was still running 15 s later"; return 0
  fi
  cat "$out"; echo "the reader exited within 15 s of opening"; return 1
}

echo "fresh clone of $repo in $clone"
step "git clone" git clone -q "$repo" "$clone" || exit 1
# CI keeps ../shared (gold annotations) beside the clone; the tests that need it skip otherwise.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
step "system packages (setup.sh's list)" missing_system_packages
step "python3 -m venv .venv" python3 -m venv .venv
step "pip install -e . (setup.sh app's install)" \
  bash -c '.venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e .'
step "reader-app --version" in_venv reader-app --version
step "reader-app analyze (a seed)" in_venv reader-app analyze seeds/002_e26a523685f82441.txt
step "reader-app --screenshot (offscreen)" \
  in_venv env QT_QPA_PLATFORM=offscreen reader-app --screenshot "$work/first-start.png"
step "README examples (import/export/jq)" readme_examples
[ $run_app = 1 ] && step "bash packaging/setup.sh app (Xvfb)" app_under_xvfb
[ $run_tests = 1 ] && step "bash packaging/setup.sh test" env QT_QPA_PLATFORM=offscreen bash packaging/setup.sh test

echo
echo "== clean install on $(. /etc/os-release 2>/dev/null; echo "${PRETTY_NAME:-?}"), $(python3 --version)"
printf '%s\n' "${results[@]}"
echo "venv size: $(du -sh "$clone/.venv" 2>/dev/null | cut -f1)"
[ $failed -eq 0 ] && echo "all steps passed" || echo "SOME STEPS FAILED (logs: $work, run with KEEP=1 to keep them)"
exit $failed
