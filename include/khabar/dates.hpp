// Date mentions: Gregorian (Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian and Moroccan month
// names), Hijri (converted with ICU's Umm al-Qura calendar), numeric, decades, centuries, ranges
// and relative dates resolved against a reference date.
//
//   const khabar::Analyzer analyzer;
//   khabar::AnalyzeOptions opts;
//   opts.reference_date = khabar::CivilDate{2024, 12, 24};
//   for (const khabar::DateMention& d : analyzer.analyze(text, opts).dates) {
//     d.span.slice(text);  // "15 رمضان 1445 هـ"
//     d.value;             // "2024-03-25" (Gregorian equivalent), d.hijri == "1445-09-15"
//   }
#ifndef KHABAR_DATES_HPP_
#define KHABAR_DATES_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/export.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/span.hpp"
#include "khabar/tokenizer.hpp"

namespace khabar {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Stable values: they are part of the C API and the JSON output's names.
enum class DateGrain : std::uint8_t {
  kDay = 1,
  kWeek = 2,
  kMonth = 3,
  kYear = 4,
  kDecade = 5,
  kCentury = 6,
  kQuarter = 7,  // الربع الثالث من عام 2016: "2016-Q3"
  kHalf = 8,     // النصف الأول من العام الجاري: "2024-H1"
  kSeason = 9,   // صيف 2016: "2016-SU" (SP spring, SU summer, FA autumn, WI winter)
};
KHABAR_EXPORT std::string_view to_string(DateGrain grain);

enum class CalendarKind : std::uint8_t { kGregorian = 1, kHijri = 2 };
KHABAR_EXPORT std::string_view to_string(CalendarKind calendar);

// Which part of the period a mention names: مطلع 2025 (start), منتصف مارس (mid), أواخر عام
// 2019، نهاية العام الجاري (end). The value stays the period's own. Stable values, as DateGrain.
enum class DateModifier : std::uint8_t { kNone = 0, kStart = 1, kMid = 2, kEnd = 3 };
// "start", "mid", "end"; "" for kNone.
KHABAR_EXPORT std::string_view to_string(DateModifier modifier);

struct DateMention {
  Span span;  // original bytes, after any attached proclitic (و، ب، في is a word of its own)
  // ISO 8601 as precise as the text: "2024-12-24", "2021-03", "2025", "2013-W07", a decade "197"
  // (the 1970s), a century "19" (the 20th century), a quarter, half or season of a year
  // "2016-Q3", "2024-H1", "2016-SU" (as TIMEX3 writes them). A day or month without a year that no
  // reference date resolves is written "--12-24" / "--12". Empty for a relative date without a
  // reference date. Hijri dates give their Gregorian equivalent here.
  std::string value;
  std::string end_value;  // the last day/month/year of a range, else empty
  DateGrain grain = DateGrain::kDay;
  CalendarKind calendar = CalendarKind::kGregorian;
  std::string hijri;      // Hijri dates: the date as written, "1445-09-15", "1445-09", "1445"
  std::string hijri_end;  // the end of a Hijri range
  bool relative = false;  // أمس، الأسبوع الماضي، قبل ثلاثة أيام …
  // Index (in the same result vector) of the other half of a paired date
  // ("28 رمضان 1436 هـ الموافق 15 يوليو 2015م"), or -1.
  std::int32_t linked = -1;
  DateModifier modifier = DateModifier::kNone;  // مطلع، منتصف، نهاية … before the period
};

struct DateOptions {
  std::optional<CivilDate> reference_date;  // resolves relative and yearless dates
  // When no reference date is given, take it from a dateline that opens the text
  // ("الرياض - 12 مارس 2024 (واس) -").
  bool dateline_reference = true;
};

class NumberExtractor;

// The date stage alone, over text the caller has tokenized (Analyzer runs it for you).
// Immutable after construction; share one across threads. extract() never throws on any input.
class KHABAR_EXPORT DateExtractor {
 public:
  DateExtractor();  // embedded lexicons
  // Uses the dates/* and numbers/* tables; throws Error naming file, line and reason.
  explicit DateExtractor(std::shared_ptr<const Lexicons> lexicons);
  ~DateExtractor();
  DateExtractor(const DateExtractor&) = delete;
  DateExtractor& operator=(const DateExtractor&) = delete;
  DateExtractor(DateExtractor&&) noexcept;
  DateExtractor& operator=(DateExtractor&&) noexcept;

  // Appends the date mentions of `tokens` (the tokenization of `utf8`) to `out`, in text order,
  // never overlapping. REQUIRES: `tokens` comes from tokenizing exactly `utf8`.
  void extract(std::string_view utf8, const TokenizedText& tokens, const DateOptions& options,
               std::vector<DateMention>& out) const;
  std::vector<DateMention> extract(std::string_view utf8, const TokenizedText& tokens,
                                   const DateOptions& options = {}) const;

  struct Impl;

 private:
  std::unique_ptr<const Impl> impl_;
};

// Calendar helpers (Umm al-Qura via ICU, tabular Islamic calendar outside its range).
// Gregorian date of a Hijri date; nullopt when the Hijri date does not exist (day 30 of a
// 29-day month) or is out of range.
KHABAR_EXPORT std::optional<CivilDate> hijri_to_gregorian(int year, int month, int day);
// Hijri date of a Gregorian date.
KHABAR_EXPORT std::optional<CivilDate> gregorian_to_hijri(const CivilDate& date);

}  // namespace khabar

#endif  // KHABAR_DATES_HPP_
