#!/usr/bin/env bash
# Installs the khabar build into a temporary prefix, builds examples/consumer against it with
# find_package(khabar) (main.cpp, C++; main.c, C) and main.c again with pkg-config alone, runs
# them and checks what they print.
# usage: consumer_test.sh CMAKE BUILD_DIR CONSUMER_SOURCE_DIR [CXX_COMPILER]
set -euo pipefail
cmake_bin=$1 build=$2 consumer=$3 cxx=${4:-}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/khabar-consumer-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

fail() { echo "consumer_test: FAIL: $*" >&2; exit 1; }

"$cmake_bin" --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; fail "cmake --install"; }
for f in include/khabar/tokenizer.hpp include/khabar/khabar.h include/khabar/export.hpp include/khabar/version.hpp \
         share/khabar/data/tokenize/short_stems.tsv bin/khabar; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
config=$(find "$prefix" -name khabarConfig.cmake | head -1)
[ -n "$config" ] || fail "no khabarConfig.cmake under the prefix"
"$prefix/bin/khabar" --version | grep -q '^khabar [0-9]' || fail "installed khabar --version"
known_bugs=()
pc=$(find "$prefix" -name khabar.pc | head -1)
[ -n "$pc" ] || fail "no khabar.pc under the prefix"
# The .pc file is relocatable (prefix=${pcfiledir}/…): what pkg-config resolves must be the prefix.
pc_prefix=$(PKG_CONFIG_PATH="$(dirname "$pc")" pkg-config --variable=prefix khabar)
[ "$(realpath "$pc_prefix")" = "$(realpath "$prefix")" ] ||
  fail "pkg-config resolves prefix=$pc_prefix, not the install prefix $prefix"
PKG_CONFIG_PATH="$(dirname "$pc")" pkg-config --cflags --libs khabar | grep -q -- '-lkhabar' ||
  fail "pkg-config --libs khabar lacks -lkhabar"

args=(-S "$consumer" -B "$tmp/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix"
      -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
[ -n "$cxx" ] && args+=(-DCMAKE_CXX_COMPILER="$cxx")
if ! "$cmake_bin" "${args[@]}" >"$tmp/configure.log" 2>&1; then
  if grep -q 'Boost::headers' "$tmp/configure.log" &&
     grep -q 'but the target was not found' "$tmp/configure.log"; then
    # Known bug: khabarConfig.cmake does not find_dependency(Boost), but a static khabar's link
    # interface names Boost::headers. Check the rest with a workaround, then report a skip.
    known_bugs+=("known bug: find_package(khabar) fails in a fresh project: the link interface of khabar::khabar names Boost::headers, which cmake/khabarConfig.cmake.in never finds (find_dependency(Boost) missing); checked the rest with find_package(Boost) added")
    echo 'find_package(Boost REQUIRED)' >"$tmp/workaround.cmake"
    rm -rf "$tmp/build"
    "$cmake_bin" "${args[@]}" -DCMAKE_PROJECT_INCLUDE="$tmp/workaround.cmake" \
      >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; fail "configuring the consumer"; }
  else
    cat "$tmp/configure.log"
    fail "configuring the consumer"
  fi
fi
# The package found must be the installed one, not the build tree.
grep -q "^khabar_DIR:PATH=$prefix/" "$tmp/build/CMakeCache.txt" ||
  fail "khabar_DIR does not point into the install prefix: $(grep '^khabar_DIR' "$tmp/build/CMakeCache.txt")"
"$cmake_bin" --build "$tmp/build" -j2 >"$tmp/build.log" 2>&1 ||
  { cat "$tmp/build.log"; fail "building the consumer"; }

# Run it from an empty directory: it must need no data files.
out=$(cd "$tmp" && "$tmp/build/khabar_consumer")
echo "$out"
expect() {
  grep -qxF -- "$1" <<<"$out" || fail "missing line: $1"
}
tab=$'\t'
expect "khabar $("$prefix/bin/khabar" --version | cut -d' ' -f2)"
expect "0${tab}10${tab}arabic${tab}وقّعت${tab}وقعت"
expect "22${tab}27${tab}latin${tab}OMSAC${tab}omsac"
expect "28${tab}40${tab}arabic${tab}وللأمم${tab}الامم"
expect "56${tab}58${tab}number${tab}٣${tab}3"
expect "81${tab}91${tab}number_sequence${tab}24/12/2024${tab}24/12/2024"
expect "91${tab}92${tab}punctuation${tab}.${tab}."
expect "sentence${tab}وقّعت منظمة OMSAC وللأمم المتحدة ٣ اتفاقيات في 24/12/2024."
expect "equivalent${tab}true"
# The C API: main.c built by the consumer project (find_package) and by pkg-config alone.
expect_c() {
  local name=$1 out=$2
  grep -qxF "khabar $("$prefix/bin/khabar" --version | cut -d' ' -f2)" <<<"$out" ||
    fail "$name: no version line"
  grep -qxF "search${tab}وقعت منظمه الصحه العالميه منحه ب2.5 مليون دولار في 24/12/2024." <<<"$out" ||
    fail "$name: wrong search form"
  local json
  json=$(grep '^{"id":"example","dates":\[' <<<"$out") || fail "$name: no analyze JSON line"
  for part in '"value":"2024-12-24"' '"begin":63,"end":91,"kind":"money","value":2500000,"currency":"USD"' \
              '"acronym":"WHO"'; do
    grep -qF -- "$part" <<<"$json" || fail "$name: JSON lacks $part"
  done
}
out_c=$(cd "$tmp" && "$tmp/build/khabar_consumer_c")
echo "$out_c"
expect_c "khabar_consumer_c (find_package)" "$out_c"
cc_bin=${CC:-cc}
if command -v "$cc_bin" >/dev/null && command -v pkg-config >/dev/null; then
  pcdir=$(dirname "$pc")
  # A static libkhabar needs ICU and the C++ runtime at link time: --static adds them
  # (Libs.private, Requires.private); with a shared libkhabar plain --libs is enough.
  pc_static=--static
  if ls "$prefix"/lib*/libkhabar.so >/dev/null 2>&1; then pc_static=; fi
  # shellcheck disable=SC2046
  "$cc_bin" -std=c11 -Wall -Wextra -pedantic -Werror -o "$tmp/khabar_consumer_pc" \
    "$consumer/main.c" $(PKG_CONFIG_PATH="$pcdir" pkg-config $pc_static --cflags --libs khabar) \
    >"$tmp/cc.log" 2>&1 || { cat "$tmp/cc.log"; fail "cc main.c \$(pkg-config $pc_static --cflags --libs khabar)"; }
  out_pc=$(cd "$tmp" && LD_LIBRARY_PATH="$(dirname "$pc")/.." "$tmp/khabar_consumer_pc")
  expect_c "main.c built with pkg-config" "$out_pc"
  echo "consumer_test: C consumer built with: cc main.c \$(pkg-config $pc_static --cflags --libs khabar)"
else
  fail "no C compiler ($cc_bin) or pkg-config for the C consumer"
fi
if [ ${#known_bugs[@]} -gt 0 ]; then
  printf 'consumer_test: SKIPPED: %s\n' "${known_bugs[@]}"
  exit 77
fi
echo "consumer_test: OK"
