#!/usr/bin/env bash
# Builds fuzz/normalize_tokenize_fuzzer in a separate clang build directory (libFuzzer, ASan,
# UBSan) and runs it for 20 seconds on a copy of fuzz/corpus/normalize_tokenize. Exits 77 (ctest:
# skipped) when clang is not installed.
# usage: run_fuzz_smoke.sh CMAKE SOURCE_DIR FUZZ_BUILD_DIR [SECONDS]
set -euo pipefail
cmake_bin=$1 src=$2 build=$3 seconds=${4:-20}

if ! command -v clang >/dev/null || ! command -v clang++ >/dev/null; then
  echo "run_fuzz_smoke: clang not found; skipping"
  exit 77
fi

start=$SECONDS
CC=clang CXX=clang++ "$cmake_bin" -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKHABAR_BUILD_FUZZERS=ON -DKHABAR_BUILD_TESTS=OFF -DKHABAR_BUILD_EXAMPLES=OFF \
  -DKHABAR_BUILD_TOOLS=OFF -DKHABAR_BUILD_BENCHMARKS=OFF -DKHABAR_INSTALL=OFF >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; exit 1; }
"$cmake_bin" --build "$build" --target normalize_tokenize_fuzzer -j2 >"$build.build.log" 2>&1 ||
  { tail -50 "$build.build.log"; exit 1; }
echo "run_fuzz_smoke: built in $((SECONDS - start)) s"

corpus=$(mktemp -d "${TMPDIR:-/tmp}/khabar-fuzz-XXXXXX")
trap 'rm -rf "$corpus"' EXIT
cp "$src"/fuzz/corpus/normalize_tokenize/* "$corpus"/
fuzzer="$build/fuzz/normalize_tokenize_fuzzer"
[ -x "$fuzzer" ] || { echo "run_fuzz_smoke: $fuzzer was not built (compiler not clang?)"; exit 1; }
# -close_fd_mask=1: the library prints nothing; keep libFuzzer's own report on stderr.
"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$corpus/" "$corpus" 2>&1 | tail -25
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  for crash in "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* "$corpus"/oom-*; do
    [ -e "$crash" ] || continue
    echo "run_fuzz_smoke: failing input $crash:"
    od -c "$crash" | head -20
  done
  exit "$status"
fi
echo "run_fuzz_smoke: OK in $((SECONDS - start)) s"
