#!/usr/bin/env bash
# Peak memory and time of `minutes` on hostile inputs (issue 13, done-when: every case gives a clear diagnostic or a
# complete output, with exit 0, 1 or 2, peak memory under 1 GB and under 30 s). For each case folder under CASES (one
# folder per kind, as in the cases handed to the project: documents to import, records to check, format and render),
# each file is run, as a new process under /usr/bin/time -v, through what a user would run on it:
#   .docx .odt .txt     minutes import FILE -o OUT
#   .minutes            minutes check FILE; minutes fmt COPY; minutes render FILE --to txt,md,html,docx,odt -o OUT;
#                       minutes render FILE --to txt -o FILE (an output that is its own input)
#   a folder with series.minutes: minutes check FOLDER; minutes render FOLDER --to txt -o OUT
# Nothing is changed in CASES (each run works on a copy). Prints one table row per run: the exit code, the peak
# resident memory (MB, and as a share of the 1 GB limit), the wall time and the CPU time, user + system (s, and each as
# a share of 30 s: on a loaded machine the wall time is mostly waiting for a core), the bytes written
# to standard output and error, and "ok" when the exit code is 0, 1 or 2 and no "internal error" or stack trace was printed.
# Usage: tests/bench/hostile.sh CASES [OUT.md]   (MINUTES_DLL: another build of minutes.dll)
set -uo pipefail
cases=$(cd "${1:?usage: tests/bench/hostile.sh CASES [OUT.md]}" && pwd)
report=${2:-/dev/stdout}
cd "$(dirname "$0")/../.."
if [ -z "${MINUTES_DLL:-}" ]; then dotnet build src/MinutesLang.Cli -c Release -v q -nologo >/dev/null; fi
dll=$(realpath "${MINUTES_DLL:-src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit_kb=$((1024 * 1024)); limit_s=30
{
  echo "| case | run | exit | peak MB | of 1 GB | wall s | of 30 s | CPU s | of 30 s | stdout+stderr bytes | verdict |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$work/table"
run() { # run CASE LABEL ARGS…
  local label=$2; shift 2
  /usr/bin/time -v -o "$work/time" dotnet "$dll" "$@" > "$work/out" 2> "$work/err"
  local rc=$?
  local kb; kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  local cpu; cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time")
  local wall; wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  local bytes; bytes=$(( $(wc -c < "$work/out") + $(wc -c < "$work/err") ))
  local verdict=ok
  case $rc in 0|1|2) ;; *) verdict="EXIT $rc" ;; esac
  if grep -q -E 'internal error|Unhandled exception|   at [A-Z][A-Za-z.]+\(' "$work/out" "$work/err"; then verdict="CRASH"; fi
  if [ "$kb" -gt "$limit_kb" ]; then verdict="$verdict, OVER 1 GB"; fi
  if awk -v w="$wall" -v l="$limit_s" 'BEGIN { exit !(w > l) }'; then verdict="$verdict, wall over 30 s"; fi
  if awk -v w="$cpu" -v l="$limit_s" 'BEGIN { exit !(w > l) }'; then verdict="$verdict, CPU OVER 30 s"; fi
  awk -v c="$case" -v r="$label" -v rc="$rc" -v kb="$kb" -v w="$wall" -v u="$cpu" -v b="$bytes" -v v="$verdict" -v lk="$limit_kb" -v ls="$limit_s" \
    'BEGIN { printf "| %s | %s | %s | %.0f | %.3f | %.1f | %.2f | %.1f | %.2f | %d | %s |\n", c, r, rc, kb / 1024, kb / lk, w, w / ls, u, u / ls, b, v }' >> "$work/table"
}
for dir in "$cases"/*/; do
  case=$(basename "$dir")
  rm -rf "$work/copy" "$work/o"; cp -r "$dir" "$work/copy"; chmod -R u+w "$work/copy"
  if [ -f "$work/copy/series.minutes" ]; then
    run "$case" "check FOLDER" check "$work/copy"
    run "$case" "render FOLDER --to txt" render "$work/copy" --to txt -o "$work/o"
    continue
  fi
  for f in "$work/copy"/*; do
    name=$(basename "$f")
    case "$name" in
      *.docx|*.odt|*.txt)
        rm -rf "$work/o"; run "$case" "import $name" import "$f" -o "$work/o" ;;
      *.minutes)
        run "$case" "check $name" check "$f"
        cp "$f" "$work/fmt-$name"; run "$case" "fmt $name" fmt "$work/fmt-$name"
        rm -rf "$work/o"; run "$case" "render $name --to txt,md,html,docx,odt" render "$f" --to txt,md,html,docx,odt -o "$work/o"
        run "$case" "render $name -o itself" render "$f" --to txt -o "$f" ;;
    esac
  done
done
cat "$work/table" > "$report"
if [ "$report" != /dev/stdout ]; then cat "$work/table"; fi
