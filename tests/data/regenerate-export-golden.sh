#!/bin/sh
# Rewrites the golden export files (tests/data/export/) from the current
# code. Run after a deliberate change of an export format, then review the
# diff before committing it.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
cmake --build "$build" --target tst_export
for test in csv_matchesTheGoldenFiles report_markdown_matchesItsGoldenFile; do
    CROSSREAD_WRITE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_export" "$test"
done
git -C "$here" diff --stat -- tests/data/export
