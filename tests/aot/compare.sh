#!/usr/bin/env bash
# Publishes the native (Native AOT) binary and checks that it does what the JIT build does:
# the same standard output, standard error and exit code for check (human, json, sarif, a
# record with errors), render (txt, md, html, docx, odt: byte-identical files), cases, explain,
# import (text and docx) and --version. Exits 1 on the first difference.
# Usage: tests/aot/compare.sh [PUBLISH_DIR]   (needs clang and zlib1g-dev: see .ci/run)
set -euo pipefail
cd "$(dirname "$0")/../.."
pub=${1:-src/MinutesLang.Cli/bin/Release/native}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/MinutesLang.Cli -c Release -warnaserror -v q -nologo >/dev/null
dotnet publish src/MinutesLang.Cli -c Release -r linux-x64 -p:PublishAot=true -warnaserror -v q -nologo -o "$pub" | tail -n 3
jit=(dotnet src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll)
native=("$pub/minutes")
[ -x "${native[0]}" ] || { echo "no native binary at ${native[0]}" >&2; exit 2; }
echo "native binary: $(du -h "${native[0]}" | cut -f1), beside it: $(cd "$pub" && ls | grep -v '^minutes$' | tr '\n' ' ')"

# a record with an error (wrong weekday made an error by --warnaserror, and a broken line)
mkdir -p "$work/bad"
printf '@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n* 討論\n  [[nothing\n' > "$work/bad/114-1.minutes"

n=0
root=$(pwd)
jit[1]=$root/${jit[1]}
native[0]=$(cd "$pub" && pwd)/minutes
same() { # same NAME ARGS…: runs both from $work/jit/NAME and $work/native/NAME (the same depth, so relative paths print alike)
  local name=$1; shift
  for kind in jit native; do
    local -n cmd=$kind
    mkdir -p "$work/$kind/$name"
    set +e
    (cd "$work/$kind/$name" && "${cmd[@]}" "$@") >"$work/$kind/$name.stdout" 2>"$work/$kind/$name.stderr"
    echo $? >"$work/$kind/$name.code"
    set -e
  done
  if ! diff -r "$work/jit/$name" "$work/native/$name" >/dev/null \
    || ! cmp -s "$work/jit/$name.stdout" "$work/native/$name.stdout" \
    || ! cmp -s "$work/jit/$name.stderr" "$work/native/$name.stderr" \
    || ! cmp -s "$work/jit/$name.code" "$work/native/$name.code"; then
    echo "DIFFERENT: minutes $*" >&2
    diff -r "$work/jit/$name" "$work/native/$name" >&2 || true
    for f in stdout stderr code; do diff "$work/jit/$name.$f" "$work/native/$name.$f" | head -20 >&2 || true; done
    exit 1
  fi
  n=$((n + 1))
  echo "  same: minutes $* (exit $(cat "$work/jit/$name.code"), $(wc -c <"$work/jit/$name.stdout") bytes out, $(find "$work/jit/$name" -type f | wc -l) files)"
}

seeds=$root/seeds
same version --version
same help help render
same check check "$seeds"
same check-json check "$seeds" --format json
same check-sarif check "$seeds" --format sarif
same check-msbuild check "$seeds/114-1.minutes" --format msbuild --warnaserror
same check-bad check "$work/bad" --warnaserror
same render render "$seeds" --to txt,md,html,docx,odt -o out
same render-one render "$seeds/114-1.minutes" --to txt
same cases cases "$seeds"
same cases-json cases "$seeds" --format json
same explain explain ML0200
same explain-list explain
same import-txt import "$seeds/original/114-1.txt" -o out
same import-series import "$seeds/original/113-3.txt" "$seeds/original/113-2.txt" --series "$seeds" -o out
same import-docx import "$work/jit/render/out/113-1.docx" -o out
same usage-error render "$seeds" --to nope
echo "OK: the native binary and the JIT build agree on $n commands"
