#!/usr/bin/env bash
# Runs the built examples and checks lines of their output.
# usage: examples_test.sh EXAMPLE_NORMALIZE EXAMPLE_TOKENIZE EXAMPLE_EXTRACT_NUMBERS
set -euo pipefail
normalize=$1 tokenize=$2 numbers=$3
tab=$'\t'
fail() { echo "examples_test: FAIL: $*" >&2; exit 1; }
expect() {  # expect OUTPUT LINE
  grep -qxF -- "$2" <<<"$1" || { echo "$1"; fail "missing line: $2"; }
}

out=$("$normalize")
expect "$out" "إتفاقية${tab}→ اتفاقيه"
expect "$out" "إتـفاقية${tab}→ اتفاقيه"
expect "$out" "الإتفاقيّة${tab}→ الاتفاقيه"
expect "$out" "OMSAC ≡ omsac: true"

# The tokenizer example takes the text to tokenize as its argument.
out=$("$tokenize" "وللأمم 193 دولة. ثم")
grep -q "^0${tab}12${tab}arabic${tab}وللأمم${tab}وللامم" <<<"$out" || { echo "$out"; fail "وللأمم line"; }
grep -qF "[و:conjunction][ل:preposition][ل:article][أمم:stem]" <<<"$out" ||
  { echo "$out"; fail "segments of وللأمم"; }
grep -q "^13${tab}16${tab}number${tab}193${tab}193" <<<"$out" || { echo "$out"; fail "193 line"; }
expect "$out" "sentence: وللأمم 193 دولة."
expect "$out" "sentence: ثم"
# And its default text runs too.
"$tokenize" | grep -q "^sentence: " || fail "example_tokenize without arguments"
out=$("$numbers")
expect "$out" "193 دولة عضو${tab}cardinal${tab}193${tab}${tab}exact${tab}counted=دولة عضو"
expect "$out" "ما لا يقل عن 2.5 مليار دولار${tab}money${tab}2500000000${tab}USD${tab}at_least"
expect "$out" "بين 10 و20 في المئة${tab}percent${tab}10..20${tab}percent${tab}exact"
out=$("$numbers" "قرابة ١٢٠ كيلومترا")
expect "$out" "قرابة ١٢٠ كيلومترا${tab}quantity${tab}120${tab}kilometer${tab}approx"
echo "examples_test: OK"
