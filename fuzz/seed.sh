#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with the seeds of each cargo-fuzz target (run from anywhere):
# the released progress files of tests/fixtures for progress_decode and store_load, the known
# message wordings of i18n/*/knowledge.ftl for recognise, and typical command lines (arguments
# separated by NUL bytes) for cli_args. libFuzzer adds what it finds to the same folders.
set -euo pipefail
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
corpus="$fuzz/corpus"
mkdir -p "$corpus"/{progress_decode,store_load,recognise,cli_args}

for target in progress_decode store_load; do
    cp "$root"/tests/fixtures/*.ron "$corpus/$target/"
done

n=0
for ftl in "$root"/i18n/*/knowledge.ftl; do
    # error-<id> and error-<id>-alt-<n>: the wordings the recogniser indexes.
    grep -E '^error-[a-z0-9-]+ = ' "$ftl" | grep -vE '^error-[a-z0-9-]+-(screen|meaning) = ' |
        while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "${line#* = }" >"$corpus/recognise/$(basename "$(dirname "$ftl")")-$n"
        done
done

i=0
args() {
    i=$((i + 1))
    printf '%s\0' "$@" | head -c -1 >"$corpus/cli_args/seed-$i"
}
args --lang ja
args --lang=en --data-dir /tmp/data
args --export-pdf out.pdf --paper letter --lang en
args --export-draft draft.txt
args --export-text checklist.txt --data-dir=/tmp/x
args --explain "Your account has been locked" --lang en
args -h
args --version
echo "seeded: $(find "$corpus" -type f | wc -l) files in $corpus"
