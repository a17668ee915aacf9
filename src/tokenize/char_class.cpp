#include "tokenize/char_class.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "tokenize/arabic_run.hpp"

#include <array>
#include <memory>

namespace khabar::internal {
namespace {

CharClass classify(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
    return CharClass::kNewline;
  }
  if (cp == 0x200B || u_isUWhiteSpace(cp)) return CharClass::kSpace;
  if (cp == 0x200C || cp == 0x200D || cp == 0x0640) return CharClass::kMark;
  // Percent and per-mille signs are P* in Unicode but symbols of quantity here.
  if (cp == 0xFFFD || cp == '%' || cp == 0x066A || cp == 0x2030 || cp == 0x2031 || cp == 0x0609 ||
      cp == 0x060A) {
    return CharClass::kSymbol;
  }
  const auto type = static_cast<UCharCategory>(u_charType(cp));
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &status);
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      if (script == USCRIPT_ARABIC) return CharClass::kArabicLetter;
      if (script == USCRIPT_LATIN) return CharClass::kLatinLetter;
      return CharClass::kOtherLetter;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunctuation;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return CharClass::kSymbol;
    default:
      return CharClass::kIgnore;
  }
}

struct Tables {
  std::array<CharClass, 0x10000> classes;
  std::array<std::int8_t, 0x10000> digits;
  std::array<std::uint8_t, 0x10000> arabic_pairs{};
  bool pair_scan_exact = true;
  Tables() {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      classes[cp] = classify(cp);
      digits[cp] = static_cast<std::int8_t>(
          classes[cp] == CharClass::kDigit ? u_charDigitValue(static_cast<UChar32>(cp)) : -1);
    }
    for (char32_t cp = 0x0600; cp < 0x0700; ++cp) {
      if (classes[cp] == CharClass::kArabicLetter || classes[cp] == CharClass::kMark) {
        arabic_pairs[(0xC0 | cp >> 6) << 8 | (0x80 | (cp & 0x3F))] = 1;
      }
    }
    // The vector scan trusts every pair outside may_be_arabic_non_letter() to be a letter or a
    // mark; an ICU whose classes say otherwise gets the table scan instead.
    for (unsigned lead = 0xD8; lead <= 0xDB; ++lead) {
      for (unsigned trail = 0x80; trail <= 0xBF; ++trail) {
        if (arabic_pairs[lead << 8 | trail] == 0 &&
            !may_be_arabic_non_letter(static_cast<unsigned char>(lead),
                                      static_cast<unsigned char>(trail))) {
          pair_scan_exact = false;
        }
      }
    }
  }
};

const Tables& tables() {
  static const auto* instance = new Tables();  // lives for the program; never destroyed
  return *instance;
}

}  // namespace

CharClass char_class(char32_t cp) {
  if (cp < 0x10000) return tables().classes[cp];
  return classify(cp);
}

const CharClass* bmp_class_table() { return tables().classes.data(); }

const std::uint8_t* arabic_pair_table() { return tables().arabic_pairs.data(); }

bool arabic_pair_scan_is_exact() { return tables().pair_scan_exact; }

int digit_value(char32_t cp) {
  if (cp < 0x10000) return tables().digits[cp];
  return char_class(cp) == CharClass::kDigit ? u_charDigitValue(static_cast<UChar32>(cp)) : -1;
}

}  // namespace khabar::internal
