#!/usr/bin/env bash
# `npm test`: everything a fresh clone needs to prove itself, on a Debian machine.
#   1. dependencies (npm ci when node_modules is absent)
#   2. Chromium for the e2e tests (Debian's package, installed when missing and we are root)
#   3. typecheck, unit tests (vitest), production build, e2e (Playwright against the static export)
# Every step runs even after an earlier one failed (except e2e, which needs the build), so one run
# shows every problem. Exits non-zero when any step failed and ends with the runners' own summary lines.
set -uo pipefail

cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/trailscope-test.XXXXXX")"
trap 'rm -rf "$LOG_DIR"' EXIT
declare -a STEP_NAMES=() STEP_STATUS=()
FAILED=0

strip_ansi() { sed -r 's/\x1b\[[0-9;?]*[a-zA-Z]//g'; }

# run NAME COMMAND...: streams the output, keeps a copy in $LOG_DIR/NAME.log, records the status.
run() {
  local name="$1"
  shift
  echo
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local status=${PIPESTATUS[0]}
  STEP_NAMES+=("$name")
  STEP_STATUS+=("$status")
  if [ "$status" -ne 0 ]; then FAILED=1; fi
  return "$status"
}

# --- 1. dependencies -----------------------------------------------------------------------
if [ ! -d node_modules ]; then
  echo "==> node_modules is missing: npm ci"
  npm ci --no-audit --no-fund || { echo "npm ci failed" >&2; exit 1; }
fi

# --- 2. Chromium -------------------------------------------------------------------------------
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "==> $CHROMIUM not found: installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends chromium; } || {
      echo "Installing chromium with apt-get failed." >&2
      exit 1
    }
    if [ ! -x "$CHROMIUM" ] && [ -x /usr/bin/chromium ]; then
      echo "note: CHROMIUM_PATH=$CHROMIUM does not exist; using /usr/bin/chromium"
      CHROMIUM=/usr/bin/chromium
    fi
  else
    cat >&2 <<MSG
Chromium is needed for the end-to-end tests but $CHROMIUM does not exist.
Install it as root (Debian/Ubuntu):   apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium/Chrome binary, then run npm test again.
MSG
    exit 1
  fi
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium is still missing at $CHROMIUM." >&2
  exit 1
fi
export CHROMIUM_PATH="$CHROMIUM"

# --- 3. the checks -----------------------------------------------------------------------------
run typecheck npm run -s typecheck -- --pretty
run unit npx vitest run
if run build npm run -s build; then
  run e2e npx playwright test
else
  echo "==> e2e skipped: the build failed"
  STEP_NAMES+=("e2e")
  STEP_STATUS+=("skipped")
fi

# --- summary -------------------------------------------------------------------------------------
echo
echo "==================================== summary ===================================="
for i in "${!STEP_NAMES[@]}"; do
  name="${STEP_NAMES[$i]}"
  status="${STEP_STATUS[$i]}"
  if [ "$status" = "0" ]; then verdict="passed"; elif [ "$status" = "skipped" ]; then verdict="skipped (build failed)"; else verdict="FAILED (exit $status)"; fi
  printf '%-10s %s\n' "$name" "$verdict"
  log="$LOG_DIR/$name.log"
  [ -f "$log" ] || continue
  case "$name" in
    typecheck) strip_ansi <"$log" | grep -E '^Found [0-9]+ errors?' | sed 's/^/    /' ;;
    unit) strip_ansi <"$log" | grep -E '^\s*(Test Files|Tests|Errors)\s' | sed 's/^ */    /' ;;
    build) strip_ansi <"$log" | grep -E '(Compiled successfully|Failed to|Build error|error TS[0-9]+|Error:|prerendered as static)' | head -8 | sed 's/^ */    /' ;;
    e2e) strip_ansi <"$log" | grep -E '^\s+([0-9]+ (passed|failed|flaky|skipped|interrupted|did not run)|\[chromium\] ›)' | sed 's/^ */    /' ;;
  esac
done
if [ "$FAILED" -ne 0 ]; then
  echo "npm test: FAILED"
  exit 1
fi
echo "npm test: all passed"
