#!/usr/bin/env bash
# The crash tests of tst_recovery, longer: by default 1,000 kills while
# editing and 1,000 during saves (CI runs 50 and 200).
#
#   tests/crash/kill-loop.sh [EDIT_KILLS [SAVE_KILLS [BUILD_DIR]]]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${3:-$top/build/release}
cmake --preset "$(basename "$build")" >/dev/null
cmake --build "$build" --target tst_recovery crashdriver
export QT_QPA_PLATFORM=offscreen
export CROSSREAD_KILL_ROUNDS=${1:-1000}
export CROSSREAD_SAVE_KILL_ROUNDS=${2:-1000}
export CROSSREAD_KILL_SEED=${CROSSREAD_KILL_SEED:-$RANDOM}
echo "kill-loop: $CROSSREAD_KILL_ROUNDS kills while editing, $CROSSREAD_SAVE_KILL_ROUNDS during saves, seed $CROSSREAD_KILL_SEED"
exec "$build/tests/tst_recovery" kill_everyCompletedEditSurvives kill_duringSaveLeavesTheOldOrTheNewFile
