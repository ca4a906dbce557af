#!/usr/bin/env bash
# The long fuzz run of docs/FUZZ.md, in chunks so that partial counts are recorded.
#
#   tests/MinutesLang.Fuzz/scripts/long-run.sh LOGDIR [CHUNKS] [PER_WEIGHT]
#
# Runs the pipeline-law properties (PipelineLawProperties) CHUNKS times (default 100) with
# MINUTES_FUZZ_ITERATIONS=PER_WEIGHT (default 2000, so 5.7 x 2000 = 11,400 inputs a chunk), each chunk with
# fresh random seeds, at nice 19 on one thread (the machine is shared), each input under the time limit
# MINUTES_FUZZ_INPUT_SECONDS (default here 20 s: a slow input is a failure, kept in LOGDIR/found). The test binaries are copied to
# LOGDIR/bin first (a staging root with the seeds, the templates and Regressions/ linked), so the work tree can be rebuilt
# while the run goes on. Each chunk appends one line to LOGDIR/chunks.tsv:
#   chunk  start(UTC)  seconds  outcome  inputs-passed  failed-tests
# and keeps its console output (CsCheck's seeds and found inputs) in LOGDIR/chunk-N.log; found inputs are
# written to LOGDIR/found. Build first: dotnet build tests/MinutesLang.Fuzz -c Release.
set -u
root="$(cd "$(dirname "$0")/../../.." && pwd)"
log="${1:?usage: long-run.sh LOGDIR [CHUNKS] [PER_WEIGHT]}"
chunks="${2:-100}"
per="${3:-2000}"
mkdir -p "$log/found" "$log/root/tests/MinutesLang.Fuzz"
log="$(cd "$log" && pwd)"
stage="$log/root"
touch "$stage/MinutesLang.sln"
ln -sfn "$root/seeds" "$stage/seeds"
ln -sfn "$root/templates" "$stage/templates" # the layout law (e) renders what it imports
ln -sfn "$root/tests/MinutesLang.Fuzz/Regressions" "$stage/tests/MinutesLang.Fuzz/Regressions"
rm -rf "$stage/bin" && cp -r "$root/tests/MinutesLang.Fuzz/bin/Release/net10.0" "$stage/bin"
[ -f "$log/chunks.tsv" ] || printf 'chunk\tstart\tseconds\toutcome\tinputs\tfailed\n' > "$log/chunks.tsv"
for ((k = 1; k <= chunks; k++)); do
  n=$(( $(wc -l < "$log/chunks.tsv") ))
  start=$(date -u +%FT%TZ); t0=$(date +%s)
  MINUTES_FUZZ_ITERATIONS=$per MINUTES_FUZZ_THREADS=1 MINUTES_FUZZ_INPUT_SECONDS="${MINUTES_FUZZ_INPUT_SECONDS:-20}" MINUTES_FUZZ_FOUND="$log/found" \
    nice -n 19 dotnet test "$stage/bin/MinutesLang.Fuzz.dll" --filter "FullyQualifiedName~PipelineLawProperties&FullyQualifiedName!~TheGenerators" \
    --logger "console;verbosity=detailed" > "$log/chunk-$n.log" 2>&1
  rc=$?
  # the inputs that ran: the sum of the properties' "Passed N iterations" (a failing property counts none)
  inputs=$(grep -oE 'Passed [0-9,]+ iterations' "$log/chunk-$n.log" | tr -d , | awk '{s += $2} END {print s + 0}')
  failed=$(grep -E '^\s+Failed ' "$log/chunk-$n.log" | sed -E 's/^\s+Failed ([^ ]+).*/\1/' | sed 's/.*\.//' | paste -sd, -)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$start" "$(( $(date +%s) - t0 ))" "$([ $rc = 0 ] && echo passed || echo "failed($rc)")" "$inputs" "${failed:--}" >> "$log/chunks.tsv"
done
