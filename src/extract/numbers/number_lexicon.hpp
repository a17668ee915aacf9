// Internal: the numbers/* tables folded to the search form and merged into one word table, so
// that each token costs one hash look-up (two when a proclitic has to come off).
#ifndef KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_LEXICON_HPP_
#define KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_LEXICON_HPP_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/analyzer.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "util/string_set.hpp"
#include "util/word_filter.hpp"

namespace khabar::internal {

enum class CardClass : std::uint8_t {
  kNone, kZero, kUnit, kTeenUnit, kTen, kTens, kHundred, kHundreds, kScale, kScaleDual,
  kScalePlural, kTeen,
};
enum class FracClass : std::uint8_t { kNone, kFraction, kFractionDual, kFractionPlural };
enum class OrdUse : std::uint8_t { kNone, kAny, kDefinite, kCompound };

// Bits of WordEntry::roles.
enum Role : std::uint32_t {
  kNegative = 1u << 0,
  kDecimalPoint = 1u << 1,
  kRangeBetween = 1u << 2,
  kRangeFrom = 1u << 3,
  kRangeTo = 1u << 4,
  kPercentNoun = 1u << 5,
  kOrdinalArticle = 1u << 6,
  kMonth = 1u << 7,
  kYearWord = 1u << 8,
  kYearPreposition = 1u << 9,
  kEra = 1u << 10,
  kClock = 1u << 11,
  kDayPart = 1u << 12,
  kPhone = 1u << 13,
  kIdentifier = 1u << 14,
  kStopWord = 1u << 15,
  kFractionOver = 1u << 16,
  kChange = 1u << 17,
  kWeekday = 1u << 18,
  kDemonstrative = 1u << 19,  // هاد، هذين: a definite dual after it names, not counts (هاد اليوماين)
};

enum class PhraseType : std::uint8_t {
  kUnit, kCurrency, kCurrencyAdjective, kQualifier, kSyntax, kException,
};

struct Phrase {
  std::vector<std::string> words;  // search form, words[0] is the key it is filed under
  PhraseType type;
  std::uint32_t payload;  // index into units/currencies/adjectives; qualifier; role bit; blocked
  std::uint8_t position = 0;  // qualifiers: 1 before, 2 after, 3 both
};

// The payload of an exception phrase (exceptions.tsv, blocked 0) that blocks nothing and lifts
// the exceptions that start where it does: واحد من كل خمسة is a ratio, though واحد من is "one of".
inline constexpr std::uint32_t kExceptionLifted = 0xFFFFFFFFu;

struct UnitInfo {
  std::string unit;
  NumericKind kind;
  std::uint8_t count;
  double max_value;  // the largest number it is read after (عقدا: 10); infinity for any
};
struct CurrencyInfo {
  std::uint16_t family;
  std::string iso;
  std::uint16_t per_unit = 1;  // how many of the word make one unit of the currency (سنت: 100)
};

struct WordEntry {
  CardClass card = CardClass::kNone;
  FracClass frac = FracClass::kNone;
  OrdUse ord = OrdUse::kNone;
  std::uint8_t ord_value = 0;
  double card_value = 0;
  double frac_value = 0;
  std::uint32_t roles = 0;
  std::vector<std::uint16_t> cues;  // currency_context rows this word is a cue of
  std::vector<std::uint32_t> phrases;  // phrases whose first word this is, longest first

  bool is_number_word() const {
    return card != CardClass::kNone || frac != FracClass::kNone || ord != OrdUse::kNone;
  }
};

class NumberLexicon {
 public:
  // Throws Error naming the table, line and reason.
  NumberLexicon(const Lexicons& lexicons, const Normalizer& search);

  const WordEntry* find(std::string_view search_form) const {
    // Most words of a text are in no table: a 64K-bit filter answers them without hashing.
    if (!filter_.maybe(search_form)) return nullptr;
    auto it = words_.find(search_form);
    return it == words_.end() ? nullptr : &it->second;
  }
  // False when `search_form` is surely no word a number can begin with (number words, ordinals,
  // fractions, units, the ال of الـ19); true means "look it up".
  bool maybe_starter(std::string_view search_form) const {
    return starter_filter_.maybe(search_form);
  }
  bool maybe_cue(std::string_view search_form) const {
    return cue_filter_.maybe(search_form);
  }
  const Phrase& phrase(std::uint32_t id) const { return phrases_[id]; }
  const UnitInfo& unit(std::uint32_t id) const { return units_[id]; }
  const CurrencyInfo& currency(std::uint32_t id) const { return currencies_[id]; }
  const CurrencyInfo& adjective(std::uint32_t id) const { return adjectives_[id]; }
  // currency_context rows: family and code, in table order.
  const std::vector<CurrencyInfo>& cues() const { return cues_; }
  std::size_t family_count() const { return families_.size(); }

 private:
  WordEntry& entry(const std::string& word) { return words_[word]; }
  std::uint32_t add_phrase(std::string_view text, PhraseType type, std::uint32_t payload,
                           std::uint8_t position, const TsvTable& table, std::size_t line);
  std::uint16_t family(const std::string& name);
  const Normalizer& search_;
  StringMap<WordEntry> words_;
  std::vector<Phrase> phrases_;
  std::vector<UnitInfo> units_;
  std::vector<CurrencyInfo> currencies_;
  std::vector<CurrencyInfo> adjectives_;
  std::vector<CurrencyInfo> cues_;
  std::vector<std::string> families_;
  WordFilter filter_;          // every word of the table
  WordFilter starter_filter_;  // words a number can begin with
  WordFilter cue_filter_;      // currency cues
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_LEXICON_HPP_
