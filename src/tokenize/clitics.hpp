// Internal: light clitic segmentation of one Arabic word (search-normalized), guarded by the
// tokenize/* lexicons so that words that merely begin or end with clitic letters stay whole.
#ifndef KHABAR_SRC_TOKENIZE_CLITICS_HPP_
#define KHABAR_SRC_TOKENIZE_CLITICS_HPP_

#include <array>
#include <cstdint>
#include <string_view>

#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/tokenizer.hpp"
#include "util/string_set.hpp"
#include "util/word_filter.hpp"

namespace khabar::internal {

struct Piece {
  std::uint8_t begin;  // in letters of the word
  std::uint8_t end;
  SegmentRole role;
};

struct Segmentation {
  std::array<Piece, 6> pieces;
  std::uint8_t count = 0;      // 0: the word stays whole
  bool restore_article = false;  // لل: the stem's key gets ال in front
  std::uint8_t key_begin = 0;  // letters of the match key (article + stem)
  std::uint8_t key_end = 0;
};

// Letters that may begin or end a word that splits, by their offset in U+0600–U+06FF.
inline constexpr std::uint8_t kProcliticFirst = 2, kPronounLast = 4;
constexpr std::array<std::uint8_t, 256> edge_letters() {
  std::array<std::uint8_t, 256> table{};
  for (const char16_t c : {u'\u0648', u'\u0641', u'\u0628', u'\u0643', u'\u0644', u'\u0633'}) {
    table[c & 0xFF] |= kProcliticFirst;
  }
  for (const char16_t c : {u'\u0627', u'\u0647', u'\u0645', u'\u0646', u'\u0643', u'\u064A'}) {
    table[c & 0xFF] |= kPronounLast;
  }
  return table;
}
inline constexpr std::array<std::uint8_t, 256> kEdgeLetters = edge_letters();

class CliticSegmenter {
 public:
  static constexpr std::size_t kMaxLetters = 40;

  // False when segment() surely leaves the word whole: it neither begins with a proclitic's
  // letter (و ف ب ك ل س, or ال) nor ends with a pronoun's last letter (ا ه م ن ك ي). Looks at
  // the first two and the last letter of the search-normalized word of `n` letters (n >= 2)
  // only, through one table and without branches: whether a word may split is a coin toss the
  // branch predictor loses. A letter outside U+0600–U+06FF may read as true; segment() keeps
  // such words whole.
  static bool may_split(const char* bytes, std::size_t n) {
    const auto index = [](const char* b) {
      return static_cast<unsigned>(static_cast<unsigned char>(b[0]) & 0x03) << 6 |
             (static_cast<unsigned char>(b[1]) & 0x3F);
    };
    const unsigned first = index(bytes), second = index(bytes + 2);
    const unsigned last = index(bytes + 2 * (n - 1));
    const bool article = (first == (0x0627 & 0xFF)) & (second == (0x0644 & 0xFF));
    return ((kEdgeLetters[first] & kProcliticFirst) | (kEdgeLetters[last] & kPronounLast) |
            static_cast<unsigned>(article)) != 0;
  }

  // Throws Error when a tokenize/* table is missing or malformed.
  CliticSegmenter(const Lexicons& lexicons, const Normalizer& search);

  // The letters of a search-normalized word whose every letter is a two-byte letter of
  // U+0600–U+06FF, read from its UTF-8 bytes where they stand (no decoded copy).
  class Letters {
   public:
    explicit Letters(const char* bytes) : b_(reinterpret_cast<const unsigned char*>(bytes)) {}
    char16_t operator[](std::size_t k) const {
      return static_cast<char16_t>((b_[2 * k] & 0x1F) << 6 | (b_[2 * k + 1] & 0x3F));
    }
    Letters operator+(std::size_t k) const { return Letters(bytes() + 2 * k); }
    const char* bytes() const { return reinterpret_cast<const char*>(b_); }

   private:
    const unsigned char* b_;
  };

  // `bytes`: the word of `n` letters in the search-normalized UTF-8 text, every letter two bytes
  // of U+0600–U+06FF; `teh_marbuta_final` says the original word ended in ة (folded to ه by the
  // search form); bit k of `hamza_alefs` (k < 3) that its letter k was أ، إ or آ (folded to ا),
  // which begins no article (آلية، ألعاب، وألغى). Ask may_split first: segment() does not, and leaves
  // whole the words it rejects anyway.
  Segmentation segment(const char* bytes, std::size_t n, bool teh_marbuta_final,
                       std::uint8_t hamza_alefs = 0) const;

 private:
  // kLamNoun, kLamName: a whole word in ل that لل before it reads as ل + the word with the
  // article (للجنة = ل + اللجنة) or without it (للبنان = ل + لبنان).
  // kNominal: a whole word that is a noun or an adjective, which may take the accusative ا
  // (لاعبا، لاجئا; not ودعا, و + دعا, though ودع is a whole verb).
  static constexpr std::uint8_t kWhole = 1, kShort = 2, kHost = 4, kLamNoun = 8, kLamName = 16,
                                kNominal = 32;
  // The flags of the word of `n` letters at `bytes` in the lists (0 when in none). Inline up to
  // the filter, which turns most words away: the call itself cost as much as the filter.
  [[gnu::always_inline]] std::uint8_t flags(const char* bytes, std::size_t n) const {
    if (n > kMaxLetters) return 0;
    const std::string_view word(bytes, 2 * n);
    if (!filter_.maybe(word)) return 0;
    return listed_flags(word);
  }
  // The flags of a word the filter let through.
  std::uint8_t listed_flags(std::string_view word) const;
  // `word_flags`: flags(w, n), already looked up by the caller.
  int enclitic_length(Letters w, std::size_t n, bool teh_marbuta_final,
                      std::uint8_t word_flags) const;

  StringMap<std::uint8_t> words_;  // kWhole | kShort | kHost
  WordFilter filter_;  // most candidate stems are in no list: skip hashing them
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_CLITICS_HPP_
