#!/usr/bin/env bash
# Whole processes of the native binary at scale (issue 14; docs/bench/scale.md), every figure of one run:
#   hook     `check --staged` with one seed staged, beside `minutes --version` and `git status` (hyperfine, -N): with the
#            summary cache of the other records empty (cold: `.git/minutes-cache` removed before each run) and full (warm)
#   folder   `check` of 10,000 records (500 copies of the seeds, each copy a series folder of its own) beside
#            `gzip -6` of the same bytes: CPU time (user + sys) and peak RSS from /usr/bin/time
#   memory   peak RSS of `check` at 1,000 and 10,000 records (and 100,000 with BIG=1, one run instead of the best of 3)
#   formats  at 10,000 records, `check --format json` (the document written series by series) and `check --jobs 1`
#            (one series at a time: CPU, peak and wall time against the default, one job per core)
#   series   one series of 200 and of 4,000 records (tests/Shared/LongSeries.cs, written by the benchmark project's
#            `series N FOLDER`): CPU per record of `check`, and the ratio 4,000 / 200 (whole processes)
# The in-process figures (MB/s, per-record cost at 200 and 4,000 records by stage and by rule) are the BenchmarkDotNet
# project's: tests/bench/MinutesLang.Benchmarks (docs/bench/throughput.md).
#
# Needs hyperfine and GNU time (Debian: apt-get install -y hyperfine time), git, gzip, and the .NET SDK (the
# benchmark project is built to write the long series).
# Usage: tests/bench/scale.sh [RUNS]   (publishes the native binary first, which takes minutes;
#        NO_PUBLISH=1 reuses src/MinutesLang.Cli/bin/Release/native/minutes; BEFORE=/path/to/minutes adds
#        another binary, e.g. one published from an older commit, to every measure, for an A/B in the same run;
#        MINUTES=/path/to/minutes measures that build instead of publishing the native binary; HOOK_ONLY=1 measures the
#        hook alone, not the folders; NO_HOOK=1 leaves out the hook; BIG=1 adds 100,000 records, for the build
#        measured only, not BEFORE; SIZES="50 500" the folders measured (copies of the seeds), NO_SERIES=1 leaves out
#        the long series; TRIES=1 takes one run of each instead of the best of 3, on a machine too loaded for more)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
root=$(pwd)
for tool in hyperfine /usr/bin/time gzip git; do
  command -v "$tool" >/dev/null || { echo "scale.sh needs $tool (Debian: apt-get install -y hyperfine time gzip git)" >&2; exit 2; }
done

native=src/MinutesLang.Cli/bin/Release/native
if [ -n "${MINUTES:-}" ]; then
  after=$MINUTES   # another build of minutes, e.g. the JIT apphost bin/Release/net10.0/minutes (no publish)
else
  [ "${NO_PUBLISH:-}" = 1 ] || dotnet publish src/MinutesLang.Cli -c Release -r linux-x64 -p:PublishAot=true -v q -nologo -o "$native" >/dev/null
  after="$root/$native/minutes"
fi
declare -A bin=([after]="$after")
kinds=(after)
if [ -n "${BEFORE:-}" ]; then bin[before]=$BEFORE; kinds=(before after); fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "machine: $(nproc) cpu ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools: $(hyperfine --version), $(git --version), gzip $(gzip --version | head -1 | awk '{print $2}')"
echo "binary measured: ${bin[after]} ($(du -h "${bin[after]}" | cut -f1))"

# ── hook: one seed staged in a repository holding the seeds ───────────────────────────────────────
repo="$out/repo"
git init -q -b main "$repo"
git -C "$repo" config user.email bench@example.org
git -C "$repo" config user.name bench
mkdir "$repo/seeds" && cp seeds/*.minutes "$repo/seeds/"
git -C "$repo" add -A && git -C "$repo" commit -q --no-verify -m seeds
echo "// staged" >> "$repo/seeds/113-2.minutes" && git -C "$repo" add seeds/113-2.minutes

median() { # median NAME COMMAND…: the median wall time in ms (hyperfine -N, 3 warm-ups); PREPARE=… runs before each
  local name=$1; shift
  hyperfine -N -i --warmup 3 --runs "$runs" ${PREPARE:+--prepare "$PREPARE"} --export-json "$out/$name.json" "$*" >/dev/null 2>&1
  grep -o '"median": *[0-9.e-]*' "$out/$name.json" | head -1 | awk '{printf "%.2f", $2 * 1000}'
}

cpu_of() { # cpu_of NAME: the mean CPU time (user + system) per run in ms of the last `median NAME …`
  awk -F: '/"user"/ {gsub(/[ ,]/, "", $2); u = $2} /"system"/ {gsub(/[ ,]/, "", $2); s = $2} END {printf "%.2f", (u + s) * 1000}' "$out/$1.json"
}

tries=${TRIES:-3}
cpu() { # cpu NAME COMMAND…: "user+sys seconds, peak RSS MB, wall seconds" of one run (GNU time), the best of $tries by CPU
  local name=$1 best="" line; shift
  for _ in $(seq "$tries"); do
    (cd "$out" && /usr/bin/time -f '%U %S %M %e' -o "$out/$name.time" "$@" >/dev/null 2>&1) || true
    # the last line: GNU time writes "Command exited with non-zero status N" first when the command fails (a check that
    # reports findings, as a long series made of the seeds does), and the figures after it
    line=$(tail -n 1 "$out/$name.time" | awk '{printf "%.2f %.0f %.2f", $1 + $2, $3 / 1024, $4}')
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a < b)}'; then best=$line; fi
  done
  echo "$best"
}

if [ "${NO_HOOK:-}" != 1 ]; then
echo
echo "hook: median wall time per process, ms, and mean CPU time (user + sys), ms ($runs runs, hyperfine -N)"
git_status=$(cd "$repo" && median git-status git status --porcelain)
printf '  %-40s %8s wall %8s cpu\n' "git status --porcelain" "$git_status" "$(cpu_of git-status)"
for k in "${kinds[@]}"; do
  version=$(cd "$repo" && median "version-$k" "${bin[$k]}" --version)
  printf '  %-40s %8s wall %8s cpu\n' "$k: minutes --version" "$version" "$(cpu_of "version-$k")"
  cold=$(cd "$repo" && PREPARE="rm -rf $repo/.git/minutes-cache" median "cold-$k" "${bin[$k]}" check --staged --quiet)
  printf '  %-40s %8s wall %8s cpu\n' "$k: check --staged, cache empty (cold)" "$cold" "$(cpu_of "cold-$k")"
  hook=$(cd "$repo" && median "hook-$k" "${bin[$k]}" check --staged --quiet)
  printf '  %-40s %8s wall %8s cpu\n' "$k: check --staged, cache full (warm)" "$hook" "$(cpu_of "hook-$k")"
  awk -v h="$hook" -v c="$cold" -v v="$version" -v g="$git_status" -v hc="$(cpu_of "hook-$k")" -v vc="$(cpu_of "version-$k")" -v k="$k" \
    'BEGIN{printf "  %s: warm hook / --version = %.2f wall, %.2f cpu (target 1.5); cold / --version = %.2f; warm hook / git status = %.1f\n", k, h / v, hc / vc, c / v, h / g}'
done
fi
[ "${HOOK_ONLY:-}" = 1 ] && exit 0

# ── folders of 1,000, 10,000 (and 100,000) records: copies of the seeds, a series folder each ─────
copies() { # copies N: a folder of N copies of the seeds
  local dir="$out/copies-$1"
  mkdir -p "$dir/0000" && cp seeds/*.minutes "$dir/0000/"
  for i in $(seq 1 $(($1 - 1))); do cp -r "$dir/0000" "$dir/$(printf %04d "$i")"; done
  echo "$dir"
}

read -r -a sizes <<< "${SIZES:-50 500}"   # copies of the seeds (20 records each)
[ "${BIG:-}" = 1 ] && sizes+=(5000)
echo
echo "folders: CPU time (user+sys, s), peak RSS (MB) and wall time (s), the best of 3 runs (of 1 at 100,000 records)"
for n in "${sizes[@]}"; do
  dir=$(copies "$n")
  records=$((n * 20))
  [ "$n" -ge 5000 ] && tries=1 || tries=${TRIES:-3}
  find "$dir" -name '*.minutes' -print0 | sort -z | xargs -0 cat > "$out/all.minutes"   # the same bytes, in one file
  bytes=$(wc -c < "$out/all.minutes")
  gz=$(cpu "gzip-$n" gzip -6 -c "$out/all.minutes")
  printf '  %6d records, %5.1f MB: gzip -6 %s s\n' "$records" "$(awk -v b="$bytes" 'BEGIN{print b / 1e6}')" "${gz%% *}"
  runs_of() { # runs_of LABEL KIND ARGS…: one line of figures for `minutes ARGS… FOLDER`
    local label=$1 k=$2 r c p w; shift 2
    r=$(cpu "check-$k-$n-$label" "${bin[$k]}" "$@" "$dir")
    read -r c p w <<< "$r"
    [ "$label" = quiet ] && echo "$records $c $p ${gz%% *}" >> "$out/folders-$k"
    printf '  %6d records  %-7s %-26s %6s s, peak %5s MB, wall %6s s, check / gzip -6 = %s\n' "$records" "$k:" "$*" "$c" "$p" "$w" "$(awk -v a="$c" -v b="${gz%% *}" 'BEGIN{printf "%.2f", a / b}')"
  }
  for k in "${kinds[@]}"; do
    [ "$n" -ge 5000 ] && [ "$k" = before ] && continue   # 100,000 records: the build measured only
    runs_of quiet "$k" check --quiet
    if [ "$n" = 500 ]; then
      runs_of json "$k" check --format json
      [ "$k" = after ] && runs_of jobs1 "$k" check --quiet --jobs 1
    fi
  done
  rm -rf "$dir" "$out/all.minutes"
done
tries=${TRIES:-3}

echo
for k in "${kinds[@]}"; do
  [ -f "$out/folders-$k" ] || continue
  awk -v k="$k" '{peak[$1] = $3} END {
    if (peak[1000] && peak[10000]) printf "%s: peak at 10,000 records / at 1,000 = %.2f (target 1.5)\n", k, peak[10000] / peak[1000]
    if (peak[100000]) printf "%s: peak at 100,000 records: %d MB (target under 1,000)\n", k, peak[100000]}' "$out/folders-$k"
done

# ── one series of 200 and of 4,000 records: the cost per record of a long series ─────────────────
if [ "${NO_SERIES:-}" != 1 ]; then
echo
echo "one series: CPU time per record of check (whole process, the best of 3 runs)"
bench=tests/bench/MinutesLang.Benchmarks
dotnet build "$bench" -c Release -v q -nologo >/dev/null
for n in 200 4000; do
  MINUTES_REPO=$root dotnet "$bench/bin/Release/net10.0/MinutesLang.Benchmarks.dll" series "$n" "$out/series-$n"
done
for k in "${kinds[@]}"; do
  per=()
  for n in 200 4000; do
    read -r c p w <<< "$(cpu "series-$k-$n" "${bin[$k]}" check --quiet "$out/series-$n")"
    per+=("$(awk -v c="$c" -v n="$n" 'BEGIN{printf "%.3f", c * 1000 / n}')")
    printf '  %-7s %5d records: check %6s s, %s ms/record, peak %5s MB\n' "$k:" "$n" "$c" "${per[-1]}" "$p"
  done
  awk -v a="${per[0]}" -v b="${per[1]}" -v k="$k" 'BEGIN{printf "  %s: per-record cost at 4,000 / at 200 = %.2f (target 1.25)\n", k, b / a}'
done
fi

echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
