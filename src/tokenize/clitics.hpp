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

class CliticSegmenter {
 public:
  static constexpr std::size_t kMaxLetters = 40;

  // Throws Error when a tokenize/* table is missing or malformed.
  CliticSegmenter(const Lexicons& lexicons, const Normalizer& search);

  // `letters` are the word's code points (all in U+0600–U+06FF); `teh_marbuta_final` says the
  // original word ended in ة (folded to ه by the search form).
  // `bytes` is the same word in the search-normalized UTF-8 text (two bytes a letter).
  Segmentation segment(const char16_t* letters, const char* bytes, std::size_t n,
                       bool teh_marbuta_final) const;

 private:
  // kLamNoun, kLamName: a whole word in ل that لل before it reads as ل + the word with the
  // article (للجنة = ل + اللجنة) or without it (للبنان = ل + لبنان).
  static constexpr std::uint8_t kWhole = 1, kShort = 2, kHost = 4, kLamNoun = 8, kLamName = 16;
  struct Lookup {
    const char16_t* letters;
    const char* bytes;
    std::size_t count;
  };
  bool is_whole(const Lookup& L, const char16_t* letters, std::size_t n) const;
  bool in(const Lookup& L, std::uint8_t flag, const char16_t* letters, std::size_t n) const;
  int enclitic_length(const Lookup& L, const char16_t* letters, std::size_t n,
                      bool teh_marbuta_final) const;

  StringMap<std::uint8_t> words_;  // kWhole | kShort | kHost
  WordFilter filter_;  // most candidate stems are in no list: skip hashing them
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_CLITICS_HPP_
