// Tokens, clitic segments and sentences of Arabic news text, each with its original byte span.
//
//   const khabar::Tokenizer tokenizer;                      // embedded data, thread-safe
//   khabar::TokenizedText t = tokenizer.tokenize("وللأمم المتحدة 193 دولة.");
//   for (const khabar::Token& tok : t.tokens()) {
//     tok.span.slice(input);          // "وللأمم"
//     t.normalized(tok);              // "وللامم"  (search form)
//     t.match_key(tok);               // "الامم"   (proclitics off, article restored)
//     for (const khabar::Segment& s : t.segments(tok)) { /* و | ل | ل | أمم */ }
//   }
//   for (khabar::Span s : t.sentences()) { /* ... */ }
//
// Thread safety: a Tokenizer is immutable; share it across threads. A TokenizedText owns all the
// strings its accessors return views into; it does not keep a reference to the input.
#ifndef KHABAR_TOKENIZER_HPP_
#define KHABAR_TOKENIZER_HPP_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/export.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/span.hpp"

namespace khabar {

// Stable values: they are part of the C API and the JSON output's names.
enum class TokenKind : std::uint8_t {
  kArabicWord = 1,
  kLatinWord = 2,       // Latin letters, also dotted acronyms (U.S.)
  kNumber = 3,          // digits of any script with decimal/thousands separators: 1,500 ١٬٥٠٠ 3.5
  kNumberSequence = 4,  // digit groups joined by / - : (24/12/2024, 10:30, 2010-2015, 3/4)
  kAlphanumeric = 5,    // Latin letters and digits together: COVID-19, F-16, G20, 5G
  kPunctuation = 6,
  kSymbol = 7,          // % $ € + = and other symbols, U+FFFD for invalid input
  kUrl = 8,
  kEmail = 9,
  kHashtag = 10,
  kMention = 11,
  kOtherWord = 12,  // letters of other scripts
};
KHABAR_EXPORT std::string_view to_string(TokenKind kind);

enum class SegmentRole : std::uint8_t {
  kConjunction = 1,  // و ف
  kPreposition = 2,  // ب ل ك (and the ل of لل)
  kFuture = 3,       // س
  kArticle = 4,      // ال, and the ل that stands for it in لل
  kStem = 5,
  kPronoun = 6,      // enclitic pronouns ه ها هم هما هن ك كم كما كن ي ني نا
};
KHABAR_EXPORT std::string_view to_string(SegmentRole role);

struct Segment {
  Span span;        // original bytes
  Span normalized;  // into TokenizedText::normalized_text()
  SegmentRole role;
};

struct Token {
  Span span;        // original bytes; span.slice(input) is the surface text
  Span normalized;  // into TokenizedText::normalized_text() (search form)
  Span match;       // the form lexicons match: proclitics and enclitics off, ال kept (restored
                    // for لل); equals `normalized` for unsegmented tokens
  std::uint32_t first_segment = 0;  // into TokenizedText::all_segments()
  std::uint16_t segment_count = 0;  // 0 when the token does not split
  TokenKind kind = TokenKind::kArabicWord;
  bool joined = false;  // no whitespace between this token and the previous one (2024م, بـ120)
};

class KHABAR_EXPORT TokenizedText {
 public:
  TokenizedText();
  ~TokenizedText();
  TokenizedText(const TokenizedText& other);
  TokenizedText& operator=(const TokenizedText& other);
  TokenizedText(TokenizedText&&) noexcept;
  TokenizedText& operator=(TokenizedText&&) noexcept;

  const std::vector<Token>& tokens() const { return tokens_; }
  std::span<const Segment> segments(const Token& token) const {
    return {segments_.data() + token.first_segment, token.segment_count};
  }
  const std::vector<Segment>& all_segments() const { return segments_; }
  // Sentence spans in the original text, in order, without surrounding whitespace.
  const std::vector<Span>& sentences() const { return sentences_; }
  // Index of the first token of each sentence (sentence_starts()[i] for sentences()[i]).
  const std::vector<std::uint32_t>& sentence_starts() const { return sentence_starts_; }

  std::string_view normalized_text() const { return buffer_; }
  std::string_view view(Span normalized) const {
    return std::string_view(buffer_).substr(normalized.begin, normalized.size());
  }
  std::string_view normalized(const Token& t) const { return view(t.normalized); }
  std::string_view match_key(const Token& t) const { return view(t.match); }
  const NormalizedText& normalization() const { return normalization_; }

 private:
  friend class Tokenizer;
  NormalizedText normalization_;
  std::string buffer_;  // normalized text, then keys built by segmentation (للأمم → الامم)
  std::vector<Token> tokens_;
  std::vector<Segment> segments_;
  std::vector<Span> sentences_;
  std::vector<std::uint32_t> sentence_starts_;
  std::vector<std::uint8_t> token_flags_;   // scratch: per token, whether linear, after a newline
};

struct TokenizeOptions {
  bool segment_clitics = true;
  bool split_sentences = true;
};

class KHABAR_EXPORT Tokenizer {
 public:
  // Uses the embedded lexicons.
  Tokenizer();
  // Uses `lexicons` (tables tokenize/*). Throws Error when a table is missing or malformed.
  explicit Tokenizer(std::shared_ptr<const Lexicons> lexicons);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // Never throws on any input (std::bad_alloc aside).
  TokenizedText tokenize(std::string_view utf8, const TokenizeOptions& options = {}) const;
  void tokenize(std::string_view utf8, TokenizedText& out, const TokenizeOptions& options = {}) const;

  const Normalizer& normalizer() const;

  struct Impl;

 private:
  std::unique_ptr<const Impl> impl_;
};

}  // namespace khabar

#endif  // KHABAR_TOKENIZER_HPP_
