#!/usr/bin/env bash
# Runs the built examples and checks lines of their output.
# usage: examples_test.sh EXAMPLE_NORMALIZE EXAMPLE_TOKENIZE EXAMPLE_EXTRACT_NUMBERS
#                         EXAMPLE_EXTRACT_DATES EXAMPLE_EXTRACT_ORGANIZATIONS
set -euo pipefail
normalize=$1 tokenize=$2 numbers=$3 dates=$4 orgs=$5
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
out=$("$dates")
expect "$out" "12 مارس 2024${tab}2024-03-12${tab}day${tab}gregorian"
expect "$out" "أمس${tab}2024-03-11${tab}day${tab}gregorian${tab}relative"
expect "$out" "28 رمضان 1436 هـ${tab}2015-07-15${tab}day${tab}hijri${tab}hijri=1436-09-28"
expect "$out" "تسعينيات القرن الماضي${tab}199${tab}decade${tab}gregorian"
out=$("$dates" "وصل الوفد أمس (الاثنين) إلى الجزائر في 5 جويلية" 2024-07-09)
expect "$out" "أمس (الاثنين)${tab}2024-07-08${tab}day${tab}gregorian${tab}relative"
expect "$out" "5 جويلية${tab}2024-07-05${tab}day${tab}gregorian"
out=$("$orgs")
expect "$out" "منظمة الصحة العالمية${tab}منظمة الصحة العالمية${tab}WHO${tab}gazetteer${tab}intl-who${tab}un_body${tab}INT"
expect "$out" "لأمم المتحدة${tab}الأمم المتحدة${tab}UN${tab}gazetteer${tab}intl-un${tab}un_body${tab}INT"
expect "$out" "المنظمة العربية لمكافحة التصحر${tab}المنظمة العربية لمكافحة التصحر${tab}OACD${tab}pattern"
expect "$out" "OACD${tab}المنظمة العربية لمكافحة التصحر${tab}OACD${tab}acronym"
expect "$out" "الناتو${tab}حلف شمال الأطلسي${tab}NATO${tab}gazetteer${tab}intl-nato${tab}intergovernmental${tab}INT"
out=$("$orgs" "وقالت وOMSAC إن البنك الدولي وافق")
expect "$out" "البنك الدولي${tab}البنك الدولي${tab}-${tab}gazetteer${tab}intl-worldbank${tab}bank${tab}INT"
echo "examples_test: OK"
