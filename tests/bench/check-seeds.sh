#!/usr/bin/env bash
# Whole-process timing of `minutes check seeds` (the 20 records, their series, every rule),
# after the first build. Prints min / median / max wall time over N runs (default 20).
# Usage: tests/bench/check-seeds.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null
dll=src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll
dotnet "$dll" check seeds >/dev/null   # warm the disk cache; the JIT starts cold in every run below

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet "$dll" check seeds >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "minutes check seeds (20 records + series.minutes), $n runs, wall time per process:"
echo "  min ${sorted[0]} ms   median ${sorted[$((n / 2))]} ms   max ${sorted[$((n - 1))]} ms"
