#!/usr/bin/env bash
# Start-up and one-file `check` of every way to run `minutes`, beside `git commit` of one file:
# is a pre-commit hook on one record slower than the commit itself? (issue 6; docs/bench/startup.md)
#   jit-dll     dotnet minutes.dll (the Release build)
#   jit-apphost bin/Release/net10.0/minutes (the build's apphost: what the installed tool runs)
#   r2r         the apphost published ReadyToRun (precompiled, JIT only for what R2R cannot hold)
#   native      the Native AOT binary (dotnet publish -r linux-x64 -p:PublishAot=true)
# Commands: `--version`; `check seeds/114-1.minutes` (one record, which reads its series: the 20
# records and series.minutes); `check` of a lone record copied into an empty folder.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop of `date +%s%N`.
# Usage: tests/bench/startup.sh [RUNS]   (publishes first: the native binary takes minutes;
# NO_PUBLISH=1 reuses the native binary already in src/MinutesLang.Cli/bin/Release/native)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
root=$(pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null
dotnet publish src/MinutesLang.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -v q -nologo -o "$out/r2r" >/dev/null
native=src/MinutesLang.Cli/bin/Release/native
[ "${NO_PUBLISH:-}" = 1 ] || dotnet publish src/MinutesLang.Cli -c Release -r linux-x64 -p:PublishAot=true -v q -nologo -o "$native" >/dev/null

declare -A how=(
  [jit-dll]="dotnet $root/src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll"
  [jit-apphost]="$root/src/MinutesLang.Cli/bin/Release/net10.0/minutes"
  [r2r]="$out/r2r/minutes"
  [native]="$root/$native/minutes"
)
kinds=(jit-dll jit-apphost r2r native)

mkdir -p "$out/lone"
cp seeds/114-1.minutes "$out/lone/"
declare -A what=(
  [version]="--version"
  [check-series]="check $root/seeds/114-1.minutes"
  [check-lone]="check $out/lone/114-1.minutes"
)
commands=(version check-series check-lone)

# git commit of one changed file in a repository of one file (the hook's point of comparison)
git init -q "$out/repo"
git -C "$out/repo" config user.email bench@example.org
git -C "$out/repo" config user.name bench
git -C "$out/repo" config commit.gpgsign false
cp seeds/114-1.minutes "$out/repo/"
git -C "$out/repo" add . && git -C "$out/repo" commit -q -m first

median_loop() { # median_loop RUNS PREPARE COMMAND: ms
  local t=() a b
  for _ in $(seq "$1"); do
    sh -c "$2"
    a=$(date +%s%N); sh -c "$3" >/dev/null 2>&1 || true; b=$(date +%s%N)
    t+=($(( (b - a) / 100000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 10}'
}

median() { # median PREPARE COMMAND: ms
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --warmup 3 --runs "$runs" ${1:+--prepare "sh -c '$1'"} --export-json "$out/h.json" "$2" >/dev/null 2>&1
    grep -o '"median": *[0-9.e-]*' "$out/h.json" | head -1 | awk '{printf "%.1f", $2 * 1000}'
  else
    median_loop 3 "${1:-true}" "$2" >/dev/null
    median_loop "$runs" "${1:-true}" "$2"
  fi
}

echo "machine: $(nproc) cpu ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg), SDK $(dotnet --version)"
echo "method: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'date +%s%N loop'), $runs runs after 3 warm-ups, median wall time per process"
echo "native binary: $(du -h "$native/minutes" | cut -f1)"
printf '%-12s' ""; for c in "${commands[@]}"; do printf '%14s' "$c"; done; echo
for k in "${kinds[@]}"; do
  printf '%-12s' "$k"
  for c in "${commands[@]}"; do printf '%11s ms' "$(median "" "${how[$k]} ${what[$c]}")"; done
  echo
done
printf '%-12s%11s ms\n' "git commit" "$(median "date +%s%N >> $out/repo/114-1.minutes && git -C $out/repo add 114-1.minutes" "git -C $out/repo commit -q -m change")"
