#!/usr/bin/env bash
# Set up, build everything (library, program, examples, tests, fuzzers) and run every test; then
# the unit, extractor and concurrency tests again under AddressSanitizer + UndefinedBehavior-
# Sanitizer, and the concurrency tests and the threaded `khabar extract` under ThreadSanitizer.
# KHABAR_SKIP_SANITIZERS=1 leaves the sanitizer builds out (a quick local run; CI runs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
jobs="$(nproc)"
build="$root/build/test"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHABAR_BUILD_TESTS=ON \
  -DKHABAR_BUILD_EXAMPLES=ON -DKHABAR_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j"$jobs"
(cd "$build" && ctest --output-on-failure -j"$jobs")

[ "${KHABAR_SKIP_SANITIZERS:-0}" = 1 ] && exit 0

# Only what the sanitizer runs need: no examples, benchmarks, install or fuzz builds.
sanitized_build() {  # DIR SANITIZERS TARGET...
  local dir=$1 sanitizers=$2
  shift 2
  cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHABAR_SANITIZE="$sanitizers" \
    -DKHABAR_BUILD_TESTS=ON -DKHABAR_BUILD_EXAMPLES=OFF -DKHABAR_BUILD_BENCHMARKS=OFF \
    -DKHABAR_INSTALL=OFF >/dev/null
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$dir" -j"$jobs" "${targets[@]}"
}

asan="$root/build/asan"
sanitized_build "$asan" address,undefined all
(cd "$asan" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs" -L "unit|extract|concurrency|cli|robustness")

tsan="$root/build/tsan"
sanitized_build "$tsan" thread concurrency_test khabar_cli
(cd "$tsan" && TSAN_OPTIONS=halt_on_error=1 \
  ctest --output-on-failure -j"$jobs" -R "^concurrency\.|^extract_cli$")
echo "test.sh: all tests passed, also under ASan+UBSan and TSan"
