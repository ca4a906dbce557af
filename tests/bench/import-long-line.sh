#!/usr/bin/env bash
# Whole-process timing of `minutes import --series seeds` on an official text with one long line of running text
# that enumerates cases (113-1: 有5個議案持續列管，分別是 甲…甲 及跨縣市學校交流、…), with a run of LENGTH characters
# before the first case (default 5,000 to 40,000): the kind of line that
# made the case matcher try every ending of the line against every case (issue 13: minutes per input, found by the
# fuzz). Prints the wall time per process for each length, so the growth with the length shows.
# Usage: tests/bench/import-long-line.sh [LENGTH…]
set -euo pipefail
cd "$(dirname "$0")/../.."
lengths=("${@:-5000 10000 20000 40000}")
# MINUTES_DLL: another build of minutes.dll to time (a copy of an older one, to compare)
if [ -z "${MINUTES_DLL:-}" ]; then dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null; fi
dll=${MINUTES_DLL:-src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in ${lengths[@]}; do
  # 113-1's enumeration of the cases still open (分別是跨縣市學校交流、…) with a run of n characters before the first case
  filler=$(head -c "$n" /dev/zero | tr '\0' 'x' | sed 's/x/甲/g')
  sed "s/分別是跨縣市學校交流/分別是${filler}及跨縣市學校交流/" seeds/original/113-1.txt > "$work/long-$n.txt"
  rm -rf "$work/out" && mkdir -p "$work/out"
  start=$(date +%s%N)
  dotnet "$dll" import "$work/long-$n.txt" --series seeds -o "$work/out" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  grep -q '\[\[學校交流|跨縣市學校交流\]\]' "$work"/out/*.minutes && linked=linked || linked="NOT linked"
  echo "a line of $n characters: $(( (end - start) / 1000000 )) ms (the case at its end $linked)"
done
