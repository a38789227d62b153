#!/usr/bin/env bash
# run.sh SECONDS [TARGET...]: builds the libFuzzer targets (cmake --preset fuzz) and runs each for SECONDS
# on a scratch copy of its seed corpus (tests/fuzz/corpus/<target>/ is never written to). Prints the number
# of executions per target; exits non-zero if any target crashes. Targets (default: all): load, view_link, extract.
set -euo pipefail

if [[ $# -lt 1 || ! "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(load view_link extract)

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[[ -f build/fuzz/build.ninja ]] || cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j2 --target $(printf 'fuzz_%s ' "${targets[@]#fuzz_}")

status=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  exe=build/fuzz/tests/fuzz/fuzz_$name
  seeds=tests/fuzz/corpus/$name
  work=$(mktemp -d)
  log=$work.log
  artifacts=build/fuzz/artifacts/$name
  mkdir -p "$artifacts"
  [[ -d $seeds ]] && cp -R "$seeds/." "$work/"
  args=(-max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts/" -max_len=65536)
  [[ -f tests/fuzz/$name.dict ]] && args+=(-dict="tests/fuzz/$name.dict")
  # Per-target libFuzzer flags, one per line (e.g. -entropic=0 where entropic scheduling dominates the run time).
  [[ -f tests/fuzz/$name.options ]] && mapfile -t extra < "tests/fuzz/$name.options" && args+=("${extra[@]}")
  set +e
  "$exe" "${args[@]}" "$work" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz_$name: ${execs:-?} executions in ${seconds}s ($(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))/s)"
  if [[ $rc -ne 0 ]]; then
    echo "fuzz_$name: FAILED (exit $rc); crash inputs in $artifacts/, log follows" >&2
    tail -n 60 "$log" >&2
    status=1
  fi
  rm -rf "$work" "$log"
done
exit $status
