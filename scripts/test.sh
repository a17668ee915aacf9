#!/usr/bin/env bash
# Set up, build everything (library, program, examples, tests, fuzzers) and run every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build/test"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHABAR_BUILD_TESTS=ON \
  -DKHABAR_BUILD_EXAMPLES=ON -DKHABAR_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest --output-on-failure -j"$(nproc)"
