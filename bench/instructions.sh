#!/usr/bin/env bash
# Dev tool, not part of the suite: the user-mode instructions (all threads) that processArticle
# spends on a generated corpus of MB megabytes (default 3) read twice, minus the cost of building
# the corpus. Load-independent within about 1%, unlike wall time on a shared machine, so two
# versions of the extractor can be compared while other work runs. Needs Linux `perf` (or valgrind).
#   bash bench/instructions.sh            # e.g. "30420 M instructions"
#   MB=5 NODEFLAGS=--single-threaded bash bench/instructions.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# perf's hardware counter where the machine exposes it; else valgrind's instruction count (about
# 50x slower, so use MB=1 there; the figures of the two tools are close but compare like with like).
counter=perf
if ! command -v perf >/dev/null || perf stat -x, -e instructions:u true 2>&1 | grep -q 'not supported'; then
  command -v valgrind >/dev/null || { echo "bench/instructions.sh: needs perf with hardware counters, or valgrind (apt-get install valgrind)" >&2; exit 1; }
  counter=valgrind
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bundle sits four folders below the data the knowledge-base loader looks for (three for the
# rule book), as the source files do.
mkdir -p "$work/r/x/a/b/c"
ln -s "$root/data" "$work/r/x/data"
ln -s "$root/data" "$work/r/data"
ln -s "$root/node_modules" "$work/r/node_modules"
"$root/node_modules/.bin/esbuild" "$root/bench/instructions-run.ts" --bundle --platform=node --format=esm --packages=external --outfile="$work/r/x/a/b/c/run.mjs" --log-level=warning
count() {
  if [ "$counter" = perf ]; then
    perf stat -x, -e instructions:u node ${NODEFLAGS:-} "$work/r/x/a/b/c/run.mjs" "${MB:-3}" "$1" 2>&1 >/dev/null | grep instructions | cut -d, -f1
  else
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node ${NODEFLAGS:-} "$work/r/x/a/b/c/run.mjs" "${MB:-3}" "$1" 2>&1 >/dev/null | grep 'I *refs' | sed 's/.*refs: *//; s/,//g'
  fi
}
base=$(count skip)
total=$(count run)
echo "$(( (total - base) / 1000000 )) M instructions ($counter)"
