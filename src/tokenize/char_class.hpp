// Internal: character classes for the tokenizer, one table for the BMP built once with ICU so
// the hot path never calls ICU per code point.
#ifndef KHABAR_SRC_TOKENIZE_CHAR_CLASS_HPP_
#define KHABAR_SRC_TOKENIZE_CHAR_CLASS_HPP_

#include <cstdint>

namespace khabar::internal {

enum class CharClass : std::uint8_t {
  kIgnore,        // controls and format characters that neither join nor separate
  kSpace,
  kNewline,       // \n, \r, U+2028, U+2029, U+0085: paragraph breaks
  kArabicLetter,
  kLatinLetter,
  kOtherLetter,
  kMark,          // combining marks, tatweel, ZWNJ/ZWJ: continue the word they are in
  kDigit,         // any script's decimal digit
  kPunctuation,
  kSymbol,
};

CharClass char_class(char32_t cp);
// The BMP table behind char_class, for loops that look it up once and index it directly.
const CharClass* bmp_class_table();
inline CharClass char_class(const CharClass* bmp_table, char32_t cp) {
  return cp < 0x10000 ? bmp_table[cp] : char_class(cp);
}
// Indexed by two bytes of UTF-8 (first << 8 | second): 1 when they are a letter or mark of the
// Arabic block U+0600–U+06FF (lead bytes D8–DB), which continues an Arabic word. Lets the
// tokenizer scan Arabic words two bytes at a time with one load, without decoding.
const std::uint8_t* arabic_pair_table();
// Whether the pairs the table rejects all fall where may_be_arabic_non_letter() (arabic_run.hpp)
// looks, so that arabic_run_length() may classify sixteen bytes at once.
bool arabic_pair_scan_is_exact();
// Value 0–9 of a decimal digit of any script; -1 otherwise.
int digit_value(char32_t cp);

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_CHAR_CLASS_HPP_
