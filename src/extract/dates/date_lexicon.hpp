// Internal: the dates/* tables folded to the search form and merged into one word table (one
// hash look-up per token), with the multi-word month names and relative phrases filed under
// their first word.
#ifndef KHABAR_SRC_EXTRACT_DATES_DATE_LEXICON_HPP_
#define KHABAR_SRC_EXTRACT_DATES_DATE_LEXICON_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/dates.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "util/string_set.hpp"
#include "util/word_filter.hpp"

namespace khabar::internal {

// Bits of DateWord::roles.
enum DateRole : std::uint32_t {
  kDateYearWord = 1u << 0,
  kDateCenturyWord = 1u << 1,
  kDateEraGregorian = 1u << 2,
  kDateEraHijri = 1u << 3,
  kDatePaired = 1u << 4,
  kDateRangeFrom = 1u << 5,
  kDateRangeTo = 1u << 6,
  kDateRangeBetween = 1u << 7,
  kDateRangeAnd = 1u << 8,
  kDateMonthWord = 1u << 9,
  kDateDayWord = 1u << 10,
  kDateOf = 1u << 11,
  kDatePast = 1u << 12,
  kDateNext = 1u << 13,
  kDateCurrent = 1u << 14,
  kDateYearPreposition = 1u << 15,
  kDateDecadeWord = 1u << 16,
  kDateBefore = 1u << 17,  // قبل، منذ + count + unit
  kDateAfter = 1u << 18,   // بعد + count + unit
  kDateCountUnit = 1u << 19,
  kDateWeekday = 1u << 20,
  kDateDecade = 1u << 21,
  kDateFirstDay = 1u << 22,
  kDateNameHead = 1u << 23,
  kDateYearContext = 1u << 24,
  kDateFridayPrayer = 1u << 25,
  kDateAnchor = 1u << 26,
  kDatePartOf = 1u << 27,
  kDateYearPart = 1u << 28,  // الربع، النصف: a part of a year (part: parts in a year)
  kDateSeason = 1u << 29,    // صيف، شتاء: a season (part: 1 spring … 4 winter)
  kDateEdge = 1u << 30,      // الأولى، الأخير: the first or last part (edge: 1 first, 2 last)
  kDateModifier = 1u << 31,  // مطلع، منتصف، نهاية: a part of the period after it (modifier)
};

enum class RelativeUnit : std::uint8_t { kNone, kDay, kWeek, kMonth, kYear, kCentury };

struct DatePhrase {
  enum class Type : std::uint8_t { kMonth, kRelative, kHoliday };
  std::vector<std::string> words;  // search form; words[0] is the key it is filed under
  Type type = Type::kMonth;
  CalendarKind calendar = CalendarKind::kGregorian;
  std::int8_t month = 0;
  std::int8_t day = 0;  // holidays: the day of `month`
  bool bound = false;  // a month name that is also an ordinary word: needs a day, year or شهر
  RelativeUnit unit = RelativeUnit::kNone;
  std::int8_t offset = 0;
};

struct DateWord {
  std::uint32_t roles = 0;
  std::int8_t weekday = 0;  // 1 = Monday … 7 = Sunday
  std::int8_t decade = 0;   // التسعينيات: 9
  std::int8_t part = 0;     // year_part: parts in a year (الربع 4, النصف 2); season: 1–4
  std::int8_t modifier = 0;  // 1 start, 2 mid, 3 end (DateModifier)
  std::int8_t edge = 0;      // 1 first, 2 last
  RelativeUnit count_unit = RelativeUnit::kNone;
  std::int8_t count = 0;    // يومين: 2; أيام: 0 (a number before it counts)
  std::vector<std::uint32_t> phrases;  // phrases whose first word this is, longest first
  bool starts_month = false;  // one of `phrases` names a month (كانون of كانون الثاني)
};

class DateLexicon {
 public:
  // Throws Error naming the table, line and reason.
  DateLexicon(const Lexicons& lexicons, const Normalizer& search);

  const DateWord* find(std::string_view search_form) const {
    if (!filter_.maybe(search_form)) return nullptr;  // most words of a text: no hashing
    auto it = words_.find(search_form);
    return it == words_.end() ? nullptr : &it->second;
  }
  const DatePhrase& phrase(std::uint32_t id) const { return phrases_[id]; }

 private:
  DateWord& entry(const std::string& word) { return words_[word]; }
  std::vector<std::string> words_of(std::string_view text, const TsvTable& table,
                                    std::size_t line) const;
  void add_phrase(DatePhrase phrase);

  const Normalizer& search_;
  StringMap<DateWord> words_;
  WordFilter filter_;
  std::vector<DatePhrase> phrases_;
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_DATES_DATE_LEXICON_HPP_
