#!/usr/bin/env bash
# The main job: set up, build the khabar program, and run it on the bundled sample article.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DKHABAR_BUILD_TESTS=OFF \
  -DKHABAR_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" --target khabar_cli -j"$(nproc)" >/dev/null
cd "$root"
"$build/tools/khabar/khabar" extract examples/data/sample-article.txt
