#!/usr/bin/env bash
# Wall time of whole `minutes` processes rendering the 20 seeds to every format but pdf
# (txt, md, html, docx, odt: 100 files), after one build. Usage: tests/bench/render-all.sh [RUNS]
# Prints every run and the median; exits 1 when the median of the one-process run is 1 s or more.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
formats=txt,md,html,docx,odt

dotnet build MinutesLang.sln -c Release -warnaserror >/dev/null    # the first build: not timed
minutes=src/MinutesLang.Cli/bin/Release/net10.0/minutes
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$minutes" render seeds --to "$formats" -o "$out/warm"             # page the binaries in: not timed

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) cpu, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
echo "one process, --to $formats:"
one=()
for i in $(seq "$runs"); do
  rm -rf "$out/one"
  t0=$(now); "$minutes" render seeds --to "$formats" -o "$out/one"; t1=$(now)
  n=$(find "$out/one" -type f | wc -l)
  [ "$n" = 100 ] || { echo "expected 100 files, got $n" >&2; exit 2; }
  one+=("$(ms "$t0" "$t1")"); echo "  run $i: ${one[-1]} ms"
done

echo "one process per format (5 processes):"
five=()
for i in $(seq "$runs"); do
  rm -rf "$out/five"
  t0=$(now)
  for f in ${formats//,/ }; do "$minutes" render seeds --to "$f" -o "$out/five"; done
  t1=$(now)
  five+=("$(ms "$t0" "$t1")"); echo "  run $i: ${five[-1]} ms"
done

m1=$(printf '%s\n' "${one[@]}" | median)
m5=$(printf '%s\n' "${five[@]}" | median)
echo "median: one process ${m1} ms; five processes ${m5} ms (20 records x 5 formats = 100 files)"
[ "$m1" -lt 1000 ] && echo "OK: under a second" || { echo "SLOW: 1 s or more"; exit 1; }
