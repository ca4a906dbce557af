#!/usr/bin/env bash
# `minutes fix` at scale against `minutes check` of the same file, whole processes, in the same run (issue 16 point 4:
# 5k/10k/20k ML0015 fixes took 1.1/2.7/7.6 s and 150k 326 s while check took 10 s). One record of N list items, each
# item's marker typed without its space ('  -項目7': ML0015, N unique fixes); for each N, the wall time of `check`, of
# `fix --dry-run` and of `fix` (on a copy), and fix's ratio to check. Linear fixing keeps the ratio flat as N grows (it
# is about 3: fix checks the file, then checks the fixed text again, then writes it); the old quadratic Apply made it
# grow with N. The work itself is counted, not timed, by CodeFixTests.ApplyChecksEachEditAgainstItsNeighboursOnly.
#
# Usage: tests/bench/fix-scale.sh [SIZES]   (default "5000 20000 80000"; e.g. "5000 150000")
#        MINUTES=/path/to/minutes measures that build (default: the Release apphost, built if missing);
#        BEFORE=/path/to/minutes adds another binary (e.g. an older commit's) to every measure, for an A/B.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${1:-"5000 20000 80000"}
after=${MINUTES:-src/MinutesLang.Cli/bin/Release/net10.0/minutes}
[ -x "$after" ] || dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null
declare -A bin=([after]="$after")
kinds=(after)
if [ -n "${BEFORE:-}" ]; then bin[before]=$BEFORE; kinds=(before after); fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cpu, load $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() { # seconds COMMAND…: the wall time of one whole process, its output thrown away
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}

printf '%-7s %8s %9s %9s %9s %10s\n' build items check_s dryrun_s fix_s fix/check
for n in $sizes; do
  f="$out/big$n.minutes"
  {
    printf '@meeting 1\n# 測試會報第 1 次會議紀錄\n* 時間：114 年 4 月 16 日（星期三）上午 9 時\n* 報告事項\n'
    seq 0 $((n - 1)) | sed 's/^/  -項目/'
  } > "$f"
  for k in "${kinds[@]}"; do
    c=$(seconds "${bin[$k]}" --lang en check "$f")
    d=$(seconds "${bin[$k]}" --lang en fix --dry-run "$f")
    cp "$f" "$out/fix$n.minutes"
    x=$(seconds "${bin[$k]}" --lang en fix "$out/fix$n.minutes")
    left=$("${bin[$k]}" --lang en check "$out/fix$n.minutes" 2>&1 | grep -c ML0015 || true)
    [ "$left" = 0 ] || echo "  ($k left $left ML0015 unfixed at $n items)"
    printf '%-7s %8d %9.2f %9.2f %9.2f %10.2f\n' "$k" "$n" "$c" "$d" "$x" "$(echo "$x / $c" | bc -l)"
  done
done
