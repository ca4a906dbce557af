#!/usr/bin/env bash
# Whole-process timing of `minutes check` (parse, bind, check) on a record of N list items whose lines end in a lone CR
# (old Mac files) and the same record with LF line ends, N = 1,000 … 8,000 (issue 13: lone CRs were thought to parse
# superlinearly). Each size is run REPEAT times (default 3) in alternation CR/LF and the fastest run is kept (user+sys
# CPU seconds of the process, from /usr/bin/time, so that the load of a shared machine weighs less than in wall time).
# Prints a table and the ratios time(8k)/time(1k) for CR and for LF, measured in the same run: linear is a ratio near
# 8 (less while the runtime's start-up dominates), quadratic near 64.
# Usage: tests/bench/lone-cr.sh [REPEAT]   (MINUTES_DLL: another build of minutes.dll to time)
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${1:-3}
if [ -z "${MINUTES_DLL:-}" ]; then dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null; fi
dll=${MINUTES_DLL:-src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make() { # make N SEP FILE
  { printf '@meeting 114-1%s# 114 年度教育文化組第 1 次工作小組會議紀錄%s* 時間：114 年 3 月 7 日（星期五）上午 10 時%s* 報告事項%s' "$2" "$2" "$2" "$2"
    for ((i = 1; i <= $1; i++)); do printf '  - 第 %d 項報告，本案持續辦理。%s' "$i" "$2"; done; } > "$3"
}
cpu() { # cpu FILE: the fastest user+sys seconds of REPEAT runs of check
  local best=""
  for ((r = 0; r < repeat; r++)); do
    /usr/bin/time -f '%U %S' -o "$work/t" dotnet "$dll" check "$1" >/dev/null 2>&1 || true
    local t; t=$(tail -n 1 "$work/t" | awk '{ printf "%.2f", $1 + $2 }') # the last line: a failing check adds one before it
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best"
}
declare -A T
printf '| lines | CR (s CPU) | LF (s CPU) |\n|---|---|---|\n'
for n in 1000 2000 4000 8000; do
  make "$n" $'\r' "$work/cr-$n.minutes"; make "$n" $'\n' "$work/lf-$n.minutes"
  T[cr$n]=$(cpu "$work/cr-$n.minutes"); T[lf$n]=$(cpu "$work/lf-$n.minutes")
  printf '| %s | %s | %s |\n' "$n" "${T[cr$n]}" "${T[lf$n]}"
done
awk -v c1="${T[cr1000]}" -v c8="${T[cr8000]}" -v l1="${T[lf1000]}" -v l8="${T[lf8000]}" \
  'BEGIN { printf "time(8k)/time(1k): CR %.2f, LF %.2f; CR/LF at 8k %.2f\n", c8 / c1, l8 / l1, c8 / l8 }'
# without the start-up of the runtime (the same for every size): the time 8,000 lines add over 1,000, per line added
awk -v c1="${T[cr1000]}" -v c8="${T[cr8000]}" -v l1="${T[lf1000]}" -v l8="${T[lf8000]}" \
  'BEGIN { printf "per line beyond the first 1,000 (8k - 1k) / 7,000: CR %.0f us, LF %.0f us\n", (c8 - c1) / 7000 * 1e6, (l8 - l1) / 7000 * 1e6 }'
