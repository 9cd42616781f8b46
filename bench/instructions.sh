#!/usr/bin/env bash
# Dev tool, not part of the suite: the user-mode instructions (all threads) that processArticle
# spends on a generated corpus of MB megabytes (default 3) read twice, minus the cost of building
# the corpus. Load-independent within about 1%, unlike wall time on a shared machine, so two
# versions of the extractor can be compared while other work runs. Needs Linux `perf`.
#   bash bench/instructions.sh            # e.g. "30420 M instructions"
#   MB=5 NODEFLAGS=--single-threaded bash bench/instructions.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v perf >/dev/null || { echo "bench/instructions.sh: needs perf (apt-get install linux-perf)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bundle sits four folders below the data the knowledge-base loader looks for (three for the
# rule book), as the source files do.
mkdir -p "$work/r/x/a/b/c"
ln -s "$root/data" "$work/r/x/data"
ln -s "$root/data" "$work/r/data"
ln -s "$root/node_modules" "$work/r/node_modules"
"$root/node_modules/.bin/esbuild" "$root/bench/instructions-run.ts" --bundle --platform=node --format=esm --packages=external --outfile="$work/r/x/a/b/c/run.mjs" --log-level=warning
count() { perf stat -x, -e instructions:u node ${NODEFLAGS:-} "$work/r/x/a/b/c/run.mjs" "${MB:-3}" "$1" 2>&1 >/dev/null | grep instructions | cut -d, -f1; }
base=$(count skip)
total=$(count run)
echo "$(( (total - base) / 1000000 )) M instructions"
