#!/usr/bin/env bash
# Batch pdf (issue 17): wall time of whole `minutes` processes printing the 20 seeds to pdf in one
# run (one browser session for all) against one process printing one record, measured in the same
# run. Usage: tests/bench/render-pdf.sh [RUNS]. Needs Chromium and a CJK font.
# Prints every run, the medians and the ratio; exits 1 when the batch takes more than 5 times one record.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}

dotnet build MinutesLang.sln -c Release -warnaserror >/dev/null    # the first build: not timed
minutes=src/MinutesLang.Cli/bin/Release/net10.0/minutes
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$minutes" render seeds/114-1.minutes --to pdf -o "$out/warm.pdf"  # page the browser in: not timed

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) cpu, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version), $(chromium --version 2>/dev/null || echo chromium)"
one=(); all=()
for i in $(seq "$runs"); do
  t0=$(now); "$minutes" render seeds/114-1.minutes --to pdf -o "$out/one.pdf"; t1=$(now)
  one+=("$(ms "$t0" "$t1")")
  rm -rf "$out/all"
  t0=$(now); "$minutes" render seeds --to pdf -o "$out/all"; t1=$(now)
  n=$(find "$out/all" -name '*.pdf' | wc -l)
  [ "$n" = 20 ] || { echo "expected 20 pdf, got $n" >&2; exit 2; }
  all+=("$(ms "$t0" "$t1")")
  echo "  run $i: one record ${one[-1]} ms; 20 records ${all[-1]} ms"
done

m1=$(printf '%s\n' "${one[@]}" | median)
m20=$(printf '%s\n' "${all[@]}" | median)
ratio=$(awk -v a="$m20" -v b="$m1" 'BEGIN {printf "%.1f", a / b}')
echo "median: one record ${m1} ms; 20 records ${m20} ms; ratio ${ratio}"
awk -v r="$ratio" 'BEGIN {exit !(r <= 5)}' && echo "OK: at most 5 times one" || { echo "SLOW: more than 5 times one"; exit 1; }
