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
enum DateRole : std::uint64_t {
  kDateYearWord = std::uint64_t{1} << 0,
  kDateCenturyWord = std::uint64_t{1} << 1,
  kDateEraGregorian = std::uint64_t{1} << 2,
  kDateEraHijri = std::uint64_t{1} << 3,
  kDatePaired = std::uint64_t{1} << 4,
  kDateRangeFrom = std::uint64_t{1} << 5,
  kDateRangeTo = std::uint64_t{1} << 6,
  kDateRangeBetween = std::uint64_t{1} << 7,
  kDateRangeAnd = std::uint64_t{1} << 8,
  kDateMonthWord = std::uint64_t{1} << 9,
  kDateDayWord = std::uint64_t{1} << 10,
  kDateOf = std::uint64_t{1} << 11,
  kDatePast = std::uint64_t{1} << 12,
  kDateNext = std::uint64_t{1} << 13,
  kDateCurrent = std::uint64_t{1} << 14,
  kDateYearPreposition = std::uint64_t{1} << 15,
  kDateDecadeWord = std::uint64_t{1} << 16,
  kDateBefore = std::uint64_t{1} << 17,  // قبل، منذ + count + unit
  kDateAfter = std::uint64_t{1} << 18,   // بعد + count + unit
  kDateCountUnit = std::uint64_t{1} << 19,
  kDateWeekday = std::uint64_t{1} << 20,
  kDateDecade = std::uint64_t{1} << 21,
  kDateFirstDay = std::uint64_t{1} << 22,
  kDateNameHead = std::uint64_t{1} << 23,
  kDateYearContext = std::uint64_t{1} << 24,
  kDateFridayPrayer = std::uint64_t{1} << 25,
  kDateAnchor = std::uint64_t{1} << 26,
  kDatePartOf = std::uint64_t{1} << 27,
  kDateYearPart = std::uint64_t{1} << 28,  // الربع، النصف: a part of a year (part: parts in a year)
  kDateSeason = std::uint64_t{1} << 29,    // صيف، شتاء: a season (part: 1 spring … 4 winter)
  kDateEdge = std::uint64_t{1} << 30,      // الأولى، الأخير: the first or last part (edge: 1 first, 2 last)
  kDateModifier = std::uint64_t{1} << 31,  // مطلع، منتصف، نهاية: a part of the period after it
  kDateTodayName = std::uint64_t{1} << 32,  // عين: اليوم after it is part of a name (عين اليوم)
  kDateSame = std::uint64_t{1} << 33,       // نفسه، ذاته: اليوم before it is "the same day"
  kDateNotYesterday = std::uint64_t{1} << 34,  // الحاجة: أمس before it is "most" (أمسّ الحاجة)
  kDateThis = std::uint64_t{1} << 35,  // هذا: before a season with the article (هذا الصيف)
  kDateLatest = std::uint64_t{1} << 36,  // آخر: the latest units up to the reference (آخر ثلاثة أشهر)
  kDateHedge = std::uint64_t{1} << 38,  // فقط، تقريبا: may stand between a count and من
  kDateGeneralTitle = std::uint64_t{1} << 37,  // مدير، الأمين: العام after it is "general"
  // كأس، أولمبياد: a bare year right after it or up to three words later is the event's (not a
  // month: كأس جوان غامبر is a trophy)
  kDateEvent = std::uint64_t{1} << 39,
  // منذ: a date after it without a year is the latest such date up to the reference (منذ
  // السابع من أكتوبر)
  kDateSince = std::uint64_t{1} << 40,
  // شهري، شهرا: two months named after it make one span (شهري مارس وأبريل)
  kDateMonthsDual = std::uint64_t{1} << 41,
  // الأسبوع: with an ordinal and من a month or a year after it, that week of it (الأسبوع الأول
  // من أكتوبر)
  kDateWeekOf = std::uint64_t{1} << 42,
  // تأجيل، أرجأ: من a date إلى another after it moves something from one to the other, no range
  kDateShift = std::uint64_t{1} << 43,
  // سيعقد، ستبدأ: a verb in the future before a bare weekday makes it the coming one
  kDateFutureVerb = std::uint64_t{1} << 44,
  // أمام، داخل: a place after the من of a count, which then counts from the reference
  // (اختفى قبل ثلاثة أيام من أمام منزله)
  kDatePlaceAdverb = std::uint64_t{1} << 45,
  // نحو، حوالي: a word of approximation between قبل/بعد/منذ and a count (قبل نحو عقدين)
  kDateApprox = std::uint64_t{1} << 46,
};

enum class RelativeUnit : std::uint8_t { kNone, kDay, kWeek, kMonth, kYear, kDecade, kCentury };

struct DatePhrase {
  enum class Type : std::uint8_t { kMonth, kRelative, kHoliday };
  std::vector<std::string> words;  // search form; words[0] is the key it is filed under
  Type type = Type::kMonth;
  CalendarKind calendar = CalendarKind::kGregorian;
  std::int8_t month = 0;
  std::int8_t day = 0;  // holidays: the day of `month`
  bool bound = false;  // a month name that is also an ordinary word: needs a day, year or شهر
  // a month name that stands alone only after a preposition of time or with an attached
  // proclitic (في أيلول، وشباط): also a person's name (أيلول، شباط)
  bool needs_preposition = false;
  RelativeUnit unit = RelativeUnit::kNone;
  std::int8_t offset = 0;
};

struct DateWord {
  std::uint64_t roles = 0;
  std::int8_t weekday = 0;  // 1 = Monday … 7 = Sunday
  std::int8_t decade = 0;   // التسعينيات: 9
  std::int8_t part = 0;     // year_part: parts in a year (الربع 4, النصف 2); season: 1–4
  std::int8_t modifier = 0;  // 1 start, 2 mid, 3 end (DateModifier)
  std::int8_t edge = 0;      // 1 first, 2 last
  std::int8_t span_days = 0;  // week_of: the days of the span it names (الأسبوع 7, العشر 10)
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
