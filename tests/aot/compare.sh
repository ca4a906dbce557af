#!/usr/bin/env bash
# Publishes the native (Native AOT) binary and checks that it does what the JIT build does:
# the same standard output, standard error and exit code for check (human, json, sarif, a
# record with errors), render (txt, md, html, docx, odt: byte-identical files), cases, explain,
# import (text and docx), fmt --check (a diff), new and --version; and that the binary is one file
# (no templates/ beside it: they are built in). Exits 1 on the first difference.
# Usage: tests/aot/compare.sh [PUBLISH_DIR]   (needs clang and zlib1g-dev: see .ci/run)
# With NO_PUBLISH=1, compares the binary already in PUBLISH_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
pub=${1:-src/MinutesLang.Cli/bin/Release/native}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/MinutesLang.Cli -c Release -warnaserror -v q -nologo >/dev/null
[ "${NO_PUBLISH:-}" = 1 ] || dotnet publish src/MinutesLang.Cli -c Release -r linux-x64 -p:PublishAot=true -warnaserror -v q -nologo -o "$pub" | tail -n 3
jit=(dotnet src/MinutesLang.Cli/bin/Release/net10.0/minutes.dll)
native=("$pub/minutes")
[ -x "${native[0]}" ] || { echo "no native binary at ${native[0]}" >&2; exit 2; }
echo "native binary: $(du -h "${native[0]}" | cut -f1), beside it: $(cd "$pub" && ls | grep -v '^minutes$' | tr '\n' ' ')"

# one file: the templates are built in. A templates/ folder left by an older publish is moved away
# (so nothing could read it), and the binary must be the only file but debugging symbols (*.dbg, *.pdb).
[ ! -e "$pub/templates" ] || mv "$pub/templates" "$work/old-templates"
others=$(cd "$pub" && find . -mindepth 1 -maxdepth 1 ! -name minutes ! -name '*.dbg' ! -name '*.pdb' | sort | tr '\n' ' ')
[ -z "$others" ] || { echo "NOT ONE FILE: beside the native binary: $others" >&2; exit 1; }
echo "  one file: minutes (and debugging symbols only)"

# a record with an error (wrong weekday made an error by --warnaserror, and a broken line)
mkdir -p "$work/bad"
printf '@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n* 討論\n  [[nothing\n' > "$work/bad/114-1.minutes"

# a record out of the canonical layout (ASCII colons with spaces, three-space indents, trailing spaces)
mkdir -p "$work/messy"
sed -e 's/：/ : /' -e 's/^  /   /' -e 's/$/  /' seeds/114-1.minutes > "$work/messy/114-1.minutes"
cp seeds/series.minutes "$work/messy/"

n=0
root=$(pwd)
jit[1]=$root/${jit[1]}
native[0]=$(cd "$pub" && pwd)/minutes
same() { # same NAME EXIT ARGS…: runs both from $work/jit/NAME and $work/native/NAME (the same depth, so relative
  # paths print alike; an empty folder out/ for outputs); both must exit with EXIT and print and write the same
  local name=$1 want=$2; shift 2
  for kind in jit native; do
    local -n cmd=$kind
    mkdir -p "$work/$kind/$name/out"
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
  if [ "$(cat "$work/jit/$name.code")" != "$want" ]; then
    echo "WRONG EXIT CODE: minutes $* exits $(cat "$work/jit/$name.code") in both, not $want" >&2
    cat "$work/jit/$name.stderr" >&2
    exit 1
  fi
  n=$((n + 1))
  echo "  same: minutes $* (exit $(cat "$work/jit/$name.code"), $(wc -c <"$work/jit/$name.stdout") bytes out, $(find "$work/jit/$name" -type f | wc -l) files)"
}

seeds=$root/seeds
same version 0 --version
same help 0 help render
same check 0 check "$seeds"
same check-json 0 check "$seeds" --format json
same check-sarif 0 check "$seeds" --format sarif
same check-msbuild 0 check "$seeds/114-1.minutes" --format msbuild --warnaserror
same check-bad 1 check "$work/bad" --warnaserror
same render 0 render "$seeds" --to txt,md,html,docx,odt -o out
same render-one 0 render "$seeds/114-1.minutes" --to txt
same cases 0 cases "$seeds"
same cases-json 0 cases "$seeds" --format json
same explain 0 explain ML0200
same explain-list 0 explain
same import-txt 0 import "$seeds/original/114-1.txt" -o out
same import-series 0 import "$seeds/original/113-3.txt" "$seeds/original/113-2.txt" --series "$seeds" -o out
same import-docx 0 import "$work/jit/render/out/113-1.docx" -o out
same import-odt 0 import "$work/jit/render/out/112-2.odt" -o out
same fmt-check 0 fmt --check "$seeds"
same fmt-diff 1 fmt --check "$work/messy"
same new 0 new "$seeds" --date 2025-06-06 -o out
same usage-error 2 render "$seeds" --to nope
# --template-dir first, the built-in templates for the rest; an error in a built-in one (reached by an include) names its built-in path
mkdir -p "$work/tpl/md" "$work/tpl/docx"
printf '{{ id }}\n' >"$work/tpl/md/record.scriban"
printf '{{ parts = 5 }}{{ include "document.xml.scriban" }}' >"$work/tpl/docx/core.xml.scriban"
same template-dir 0 render "$seeds/114-1.minutes" --to md,txt -o out --template-dir "$work/tpl"
same template-error 1 render "$seeds/114-1.minutes" --to docx -o out/x.docx --template-dir "$work/tpl"
grep -q '^templates/docx/document.xml.scriban:[0-9]*:[0-9]*: error ML0300' "$work/native/template-error.stderr" \
  || { echo "WRONG: the ML0300 of a built-in template does not name templates/docx/document.xml.scriban" >&2; exit 1; }
# issue 15: the messages in zh-TW come from the binary alone (the catalog, the help and the Chinese explain pages
# are built into it: no satellite folder beside it, checked above); by --lang, and by the locale of the system
same check-zh 0 --lang zh-TW check "$seeds"
same explain-zh 0 explain ML0203 --lang zh-TW
same help-zh 0 --help --lang zh-TW
same help-render-zh 0 --lang zh-TW render --help
same usage-error-zh 2 --lang zh-TW render "$seeds" --to nope
same cases-zh 0 --lang zh-TW cases "$seeds" --format csv
saved_lang=${LANG:-}; saved_all=${LC_ALL:-}; saved_language=${LANGUAGE:-}
export LANG=zh_TW.UTF-8; unset LC_ALL LC_MESSAGES LANGUAGE
same check-bad-locale 1 check "$work/bad" --warnaserror
same fmt-diff-locale 1 fmt --check "$work/messy"
export LANG=$saved_lang LC_ALL=$saved_all LANGUAGE=$saved_language
[ -n "$LC_ALL" ] || unset LC_ALL
[ -n "$LANGUAGE" ] || unset LANGUAGE
zh() { # zh NAME TEXT: the native binary's output of NAME holds TEXT
  grep -qF "$2" "$work/native/$1.stdout" "$work/native/$1.stderr" || { echo "NOT CHINESE: minutes $1 does not say '$2'" >&2; exit 1; }
}
zh check-zh '警告 ML'
zh explain-zh '# ML0203：'
zh help-zh '用法：minutes <指令> [選項]'
zh help-render-zh '用法：minutes render'
zh usage-error-zh '沒有「nope」這種格式'
zh cases-zh '案號'
zh check-bad-locale '錯誤 ML'
zh fmt-diff-locale '須重排'
echo "  zh-TW: the native binary speaks Chinese with --lang zh-TW and under LANG=zh_TW.UTF-8"
echo "OK: the native binary and the JIT build agree on $n commands"
