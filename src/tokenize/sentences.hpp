// Internal: sentence boundaries over a token stream.
#ifndef KHABAR_SRC_TOKENIZE_SENTENCES_HPP_
#define KHABAR_SRC_TOKENIZE_SENTENCES_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/tokenizer.hpp"
#include "util/string_set.hpp"

namespace khabar::internal {

// Bits of the tokenizer's per-token flags.
constexpr std::uint8_t kTokenLinear = 1;          // maps to the original one to one
constexpr std::uint8_t kTokenAfterNewline = 2;    // a line break precedes the token
constexpr std::uint8_t kTokenArabicBlock = 4;     // every letter two bytes of U+0600–U+06FF

// Splits after . ! ? ؟ ؛ … and at line breaks; not after an abbreviation (tokenize/abbreviations)
// or a single letter followed by its dot (د. محمد), nor inside numbers, dates or dotted acronyms
// (those are single tokens already).
class SentenceSplitter {
 public:
  SentenceSplitter(const Lexicons& lexicons, const Normalizer& search);

  void split(const std::vector<Token>& tokens, std::string_view normalized, std::string_view original,
             const std::vector<std::uint8_t>& token_flags, std::vector<Span>& sentences,
             std::vector<std::uint32_t>& starts) const;

 private:
  StringSet abbreviations_;
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_SENTENCES_HPP_
