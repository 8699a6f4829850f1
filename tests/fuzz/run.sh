#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS]: builds the fuzz preset (clang, libFuzzer, ASan +
# UBSan) and runs every fuzz target for SECONDS (default 60), one after the
# other, on a scratch copy of its seed corpus (tests/fuzz/corpus/<target>/
# never grows). Exits non-zero if any target finds a crash, a leak, a
# timeout (10 s for one input) or an out-of-memory (2 GB), and prints the
# path of the input that did it. Takes about targets × SECONDS plus the build.
# It assumes the packages (clang, libclang-rt-14-dev; see README).
#
# CROSSREAD_FUZZ_SEED=N fixes libFuzzer's random seed, so that two runs on
# machines of the same speed try the same inputs (CI sets it: a gate that
# fails at random teaches nothing); unset, each run explores anew.
set -uo pipefail

seconds=${1:-60}
case "$seconds" in
'' | *[!0-9]*) echo "usage: $0 [seconds-per-target]" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"
here=tests/fuzz
targets=(fuzz_project fuzz_import_text fuzz_import_html fuzz_import_markdown fuzz_import_pdf fuzz_import_docx fuzz_qdpx)

echo "run.sh: building the fuzz preset"
build_start=$SECONDS
cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz || exit 1
echo "run.sh: built in $((SECONDS - build_start)) s"

out=$top/build/fuzz/run         # logs, scratch corpora and crash inputs of this run
rm -rf "$out"
mkdir -p "$out"
# QtPdf's own leaks on damaged PDFs (tests/lsan.supp) and the fuzz targets'
# (tests/fuzz/lsan.supp).
cat tests/lsan.supp "$here/lsan.supp" > "$out/lsan.supp"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$out/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_LOGGING_RULES='*=false'   # damaged files make Qt and QuaZip warn on every run
export QT_QPA_PLATFORM=offscreen

# A target runs in slices of at most this many seconds, each a new process
# that starts from the corpus the last one left: QtPdf leaks a little on every
# damaged PDF (suppressed above, but the memory stays), which over a long run
# would reach the 2 GB limit. A slice keeps far below it.
slice=${CROSSREAD_FUZZ_SLICE:-120}
seed=()
[ -n "${CROSSREAD_FUZZ_SEED:-}" ] && seed=(-seed="$CROSSREAD_FUZZ_SEED")

failed=()
summary=()
for t in "${targets[@]}"; do
    bin=build/fuzz/tests/fuzz/$t
    corpus=$out/corpus/$t
    artifacts=$out/artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    # The seeds, and the inputs that once crashed it, replayed first.
    cp "$here/corpus/$t"/* "$corpus/"
    [ -d "$here/regressions/$t" ] && cp "$here/regressions/$t"/* "$corpus/"
    dict=()
    [ -f "$here/dict/$t.dict" ] && dict=(-dict="$here/dict/$t.dict")
    echo "run.sh: $t for $seconds s"
    left=$seconds
    part=0
    execs=0
    rc=0
    while :; do
        part=$((part + 1))
        now=$(( left < slice ? left : slice ))
        log=$out/$t.$part.log
        # The outer timeout only guards against a hang libFuzzer cannot see.
        timeout --kill-after=30 $((now + 120)) "$bin" -max_total_time="$now" -rss_limit_mb=2048 -timeout=10 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "${seed[@]}" "${dict[@]}" "$corpus" > "$log" 2>&1
        rc=$?
        execs=$((execs + $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | grep . || echo 0)))
        left=$((left - now))
        if [ $rc -ne 0 ] || [ -n "$(find "$artifacts" -type f)" ] || [ $left -le 0 ]; then
            break
        fi
    done
    crashes=$(find "$artifacts" -type f | sort)
    stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
    per_second=$(( seconds > 0 ? execs / seconds : 0 ))
    cov=$(sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p' <<< "$stats")
    if [ $rc -ne 0 ] || [ -n "$crashes" ]; then
        failed+=("$t")
        summary+=("$(printf '%-22s FAILED (exit %s)' "$t" "$rc")")
        echo "run.sh: $t FAILED (exit $rc); log: $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Test unit written)' "$log" | head -20
        # The stack, and the input itself: on a CI machine the files are gone
        # when the run ends, and the log is all there is to reproduce from.
        grep -E '^ +#[0-9]+ ' "$log" | head -40
        for c in $crashes; do
            echo "run.sh: crash input: $c ($(stat -c %s "$c") bytes)"
            if [ "$(stat -c %s "$c")" -le 65536 ]; then
                echo "run.sh: the input in base64 (base64 -d > input):"
                base64 -w 76 "$c"
            fi
        done
    else
        summary+=("$(printf '%-22s %9s execs %6s/s  %s' "$t" "$execs" "$per_second" "$cov")")
    fi
done

echo
echo "run.sh: $seconds s per target; logs and inputs under $out"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "run.sh: FAILED: ${failed[*]}"
    echo "run.sh: reproduce with build/fuzz/tests/fuzz/<target> <input>; keep the input under tests/fuzz/regressions/<target>/"
    exit 1
fi
echo "run.sh: no crash"
