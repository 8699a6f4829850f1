#!/usr/bin/env bash
# Rewrites the seed corpora under tests/fuzz/corpus/<target>/ from Crossread's
# own code (fuzz_make_seeds, tests/fuzz/makeseeds.cpp) and two fixtures of
# tests/data. Run it after a change of the formats; commit what it writes.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_make_seeds
rm -rf tests/fuzz/corpus
build/fuzz/tests/fuzz/fuzz_make_seeds tests/fuzz/corpus
cp tests/data/format1.crossread tests/fuzz/corpus/fuzz_project/
cp tests/data/password.pdf tests/fuzz/corpus/fuzz_import_pdf/refused-password.pdf
find tests/fuzz/corpus -type f | sort
