#!/usr/bin/env bash
# Builds every libFuzzer target of fuzz/ in a separate clang build directory (ASan, UBSan) and
# runs each for a few seconds on a copy of its seed corpus fuzz/corpus/<target>. Exits 77
# (ctest: skipped) when clang is not installed. Failing inputs are printed and kept in the
# work directory named in the output.
# usage: run_fuzz_smoke.sh CMAKE SOURCE_DIR FUZZ_BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
cmake_bin=$1 src=$2 build=$3 seconds=${4:-10}
targets=(normalize_tokenize analyze capi tsv_loader jsonl_reader)

if ! command -v clang >/dev/null || ! command -v clang++ >/dev/null; then
  echo "run_fuzz_smoke: clang not found; skipping"
  exit 77
fi

start=$SECONDS
CC=clang CXX=clang++ "$cmake_bin" -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKHABAR_BUILD_FUZZERS=ON -DKHABAR_BUILD_TESTS=OFF -DKHABAR_BUILD_EXAMPLES=OFF \
  -DKHABAR_BUILD_TOOLS=OFF -DKHABAR_BUILD_BENCHMARKS=OFF -DKHABAR_INSTALL=OFF >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; exit 1; }
build_targets=()
for t in "${targets[@]}"; do build_targets+=(--target "${t}_fuzzer"); done
"$cmake_bin" --build "$build" "${build_targets[@]}" -j2 >"$build.build.log" 2>&1 ||
  { tail -50 "$build.build.log"; exit 1; }
echo "run_fuzz_smoke: built in $((SECONDS - start)) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/khabar-fuzz-XXXXXX")
failed=0
for t in "${targets[@]}"; do
  corpus="$work/$t"
  mkdir -p "$corpus"
  cp "$src/fuzz/corpus/$t"/* "$corpus"/
  fuzzer="$build/fuzz/${t}_fuzzer"
  [ -x "$fuzzer" ] || { echo "run_fuzz_smoke: $fuzzer was not built (compiler not clang?)"; exit 1; }
  set +e
  "$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$corpus/" "$corpus" >"$corpus.log" 2>&1
  status=$?
  set -e
  grep -E "^stat::number_of_executed_units|^#[0-9]+ *DONE" "$corpus.log" | sed "s/^/$t: /" || true
  if [ "$status" -ne 0 ]; then
    failed=1
    tail -40 "$corpus.log"
    for crash in "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* "$corpus"/oom-*; do
      [ -e "$crash" ] || continue
      echo "run_fuzz_smoke: $t failing input $crash:"
      od -c "$crash" | head -20
    done
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "run_fuzz_smoke: FAILED (inputs kept in $work)"
  exit 1
fi
rm -rf "$work"
echo "run_fuzz_smoke: OK in $((SECONDS - start)) s"
