#include "extract/dates/date_lexicon.hpp"

#include "extract/dates/calendar.hpp"

#include <algorithm>
#include <charconv>

#include "khabar/error.hpp"

namespace khabar::internal {
namespace {

[[noreturn]] void fail(const TsvTable& table, std::size_t line, const std::string& reason) {
  throw Error(reason, table.source, line);
}

int parse_int(const TsvTable& table, std::size_t line, std::string_view column,
              std::string_view text, int lo, int hi) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < lo || v > hi) {
    fail(table, line,
         std::string(column) + " '" + std::string(text) + "' is not a whole number from " +
             std::to_string(lo) + " to " + std::to_string(hi));
  }
  return v;
}

RelativeUnit parse_unit(const TsvTable& table, std::size_t line, std::string_view text) {
  if (text == "day") return RelativeUnit::kDay;
  if (text == "week") return RelativeUnit::kWeek;
  if (text == "month") return RelativeUnit::kMonth;
  if (text == "year") return RelativeUnit::kYear;
  if (text == "decade") return RelativeUnit::kDecade;
  if (text == "century") return RelativeUnit::kCentury;
  fail(table, line,
       "unit '" + std::string(text) + "' is not one of: day, week, month, year, decade, century");
}

}  // namespace

std::vector<std::string> DateLexicon::words_of(std::string_view text, const TsvTable& table,
                                               std::size_t line) const {
  const std::string folded = search_.normalize(text).text();
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const std::size_t space = folded.find(' ', pos);
    const std::size_t end = space == std::string::npos ? folded.size() : space;
    if (end > pos) words.push_back(folded.substr(pos, end - pos));
    pos = end + 1;
  }
  if (words.empty()) fail(table, line, "entry '" + std::string(text) + "' has no word");
  return words;
}

void DateLexicon::add_phrase(DatePhrase phrase) {
  const auto id = static_cast<std::uint32_t>(phrases_.size());
  DateWord& w = entry(phrase.words[0]);
  if (phrase.type == DatePhrase::Type::kMonth) w.starts_month = true;
  phrases_.push_back(std::move(phrase));
  w.phrases.push_back(id);
  // Longest first, so that "أول أمس الأول" wins over "أول أمس".
  std::stable_sort(w.phrases.begin(), w.phrases.end(), [&](std::uint32_t a, std::uint32_t b) {
    return phrases_[a].words.size() > phrases_[b].words.size();
  });
}

namespace {
CalendarKind parse_calendar(const TsvTable& table, std::size_t line, const std::string& text) {
  if (text == "gregorian") return CalendarKind::kGregorian;
  if (text == "hijri") return CalendarKind::kHijri;
  fail(table, line, "calendar '" + text + "' is not one of: gregorian, hijri");
}
}  // namespace

DateLexicon::DateLexicon(const Lexicons& lexicons, const Normalizer& search) : search_(search) {
  {
    const TsvTable& t = lexicons.table("dates/months");
    const std::size_t name = t.column("name"), cal = t.column("calendar"),
                      month = t.column("month"), ctx = t.column("context");
    t.column("tradition");
    for (const auto& row : t.rows) {
      DatePhrase p;
      p.words = words_of(row.fields[name], t, row.line);
      p.type = DatePhrase::Type::kMonth;
      p.calendar = parse_calendar(t, row.line, row.fields[cal]);
      p.month = static_cast<std::int8_t>(parse_int(t, row.line, "month", row.fields[month], 1, 12));
      const std::string& b = row.fields[ctx];
      if (b != "free" && b != "preposition" && b != "bound") {
        fail(t, row.line, "context '" + b + "' is not one of: free, preposition, bound");
      }
      p.bound = b == "bound";
      p.needs_preposition = b == "preposition";
      add_phrase(std::move(p));
    }
  }
  {
    const TsvTable& t = lexicons.table("dates/holidays");
    const std::size_t name = t.column("name"), cal = t.column("calendar"),
                      month = t.column("month"), day = t.column("day");
    for (const auto& row : t.rows) {
      DatePhrase p;
      p.words = words_of(row.fields[name], t, row.line);
      p.type = DatePhrase::Type::kHoliday;
      p.calendar = parse_calendar(t, row.line, row.fields[cal]);
      p.month = static_cast<std::int8_t>(parse_int(t, row.line, "month", row.fields[month], 1, 12));
      p.day = static_cast<std::int8_t>(parse_int(t, row.line, "day", row.fields[day], 1,
                                                 p.calendar == CalendarKind::kHijri ? 30 : 31));
      if (p.calendar == CalendarKind::kGregorian && p.day > internal::days_in_month(2024, p.month)) {
        fail(t, row.line, "day " + row.fields[day] + " is not in month " + row.fields[month]);
      }
      add_phrase(std::move(p));
    }
  }
  {
    const TsvTable& t = lexicons.table("dates/weekdays");
    const std::size_t name = t.column("name"), day = t.column("weekday");
    for (const auto& row : t.rows) {
      const auto words = words_of(row.fields[name], t, row.line);
      if (words.size() != 1) fail(t, row.line, "a weekday is one word");
      DateWord& w = entry(words[0]);
      w.roles |= kDateWeekday;
      w.weekday = static_cast<std::int8_t>(parse_int(t, row.line, "weekday", row.fields[day], 1, 7));
    }
  }
  {
    const TsvTable& t = lexicons.table("dates/relative");
    const std::size_t phrase = t.column("phrase"), unit = t.column("unit"),
                      offset = t.column("offset");
    for (const auto& row : t.rows) {
      DatePhrase p;
      p.words = words_of(row.fields[phrase], t, row.line);
      p.type = DatePhrase::Type::kRelative;
      p.unit = parse_unit(t, row.line, row.fields[unit]);
      p.offset = static_cast<std::int8_t>(parse_int(t, row.line, "offset", row.fields[offset], -9, 9));
      add_phrase(std::move(p));
    }
  }
  {
    const TsvTable& t = lexicons.table("dates/relative_counts");
    const std::size_t word = t.column("word"), role = t.column("role"), unit = t.column("unit"),
                      count = t.column("count");
    for (const auto& row : t.rows) {
      const auto words = words_of(row.fields[word], t, row.line);
      if (words.size() != 1) fail(t, row.line, "an entry is one word");
      DateWord& w = entry(words[0]);
      const std::string& r = row.fields[role];
      if (r == "before") {
        w.roles |= kDateBefore;
      } else if (r == "after") {
        w.roles |= kDateAfter;
      } else if (r == "latest") {
        w.roles |= kDateLatest;
      } else if (r == "unit") {
        w.roles |= kDateCountUnit;
        w.count_unit = parse_unit(t, row.line, row.fields[unit]);
        w.count = static_cast<std::int8_t>(parse_int(t, row.line, "count", row.fields[count], 0, 2));
      } else {
        fail(t, row.line, "role '" + r + "' is not one of: before, after, latest, unit");
      }
    }
  }
  {
    static constexpr std::pair<std::string_view, std::uint64_t> kRoles[] = {
        {"decade", kDateDecade},
        {"year_word", kDateYearWord},
        {"century_word", kDateCenturyWord},
        {"era_gregorian", kDateEraGregorian},
        {"era_hijri", kDateEraHijri},
        {"paired", kDatePaired},
        {"range_from", kDateRangeFrom},
        {"range_to", kDateRangeTo},
        {"range_between", kDateRangeBetween},
        {"range_and", kDateRangeAnd},
        {"month_word", kDateMonthWord},
        {"day_word", kDateDayWord},
        {"of", kDateOf},
        {"past", kDatePast},
        {"next", kDateNext},
        {"current", kDateCurrent},
        {"year_preposition", kDateYearPreposition},
        {"decade_word", kDateDecadeWord},
        {"first_day", kDateFirstDay},
        {"name_head", kDateNameHead},
        {"friday_prayer", kDateFridayPrayer},
        {"anchor", kDateAnchor},
        {"part_of", kDatePartOf},
        {"year_part", kDateYearPart},
        {"season", kDateSeason},
        {"edge", kDateEdge},
        {"modifier", kDateModifier},
        {"today_name", kDateTodayName},
        {"same", kDateSame},
        {"not_yesterday", kDateNotYesterday},
        {"this", kDateThis},
        {"general_title", kDateGeneralTitle},
        {"hedge", kDateHedge},
        {"event", kDateEvent},
        {"since", kDateSince},
        {"week_of", kDateWeekOf},
        {"shift", kDateShift},
        {"future_verb", kDateFutureVerb},
        {"place_adverb", kDatePlaceAdverb},
        {"approx", kDateApprox},
        {"months_dual", kDateMonthsDual | kDateMonthWord},
        {"year_context", kDateYearContext | kDateYearPreposition},
    };
    const TsvTable& t = lexicons.table("dates/periods");
    const std::size_t word = t.column("word"), role = t.column("role"), value = t.column("value");
    for (const auto& row : t.rows) {
      const auto words = words_of(row.fields[word], t, row.line);
      if (words.size() != 1) fail(t, row.line, "an entry is one word");
      const std::string& r = row.fields[role];
      std::uint64_t bit = 0;
      for (const auto& [name, b] : kRoles) {
        if (name == r) bit = b;
      }
      if (bit == 0) {
        std::string allowed;
        for (const auto& [name, b] : kRoles) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
        fail(t, row.line, "role '" + r + "' is not one of: " + allowed);
      }
      entry(words[0]).roles |= bit;
      if (bit == kDateYearPart || bit == kDateSeason) {
        const int part =
            parse_int(t, row.line, "value", row.fields[value], bit == kDateSeason ? 1 : 2, 4);
        if (bit == kDateYearPart && part == 3) fail(t, row.line, "a year has 2 or 4 parts");
        entry(words[0]).part = static_cast<std::int8_t>(part);
      }
      if (bit == kDateEdge) {
        entry(words[0]).edge =
            static_cast<std::int8_t>(parse_int(t, row.line, "value", row.fields[value], 1, 2));
      }
      if (bit == kDateWeekOf) {
        entry(words[0]).span_days =
            static_cast<std::int8_t>(parse_int(t, row.line, "value", row.fields[value], 7, 10));
      }
      if (bit == kDateModifier) {
        entry(words[0]).modifier =
            static_cast<std::int8_t>(parse_int(t, row.line, "value", row.fields[value], 1, 3));
      }
      if (bit == kDateEvent) {
        // الدورة 2024، المونديال 2022: the event noun also with the article.
        entry("\xD8\xA7\xD9\x84" + words[0]).roles |= kDateEvent;
      }
      if (bit == kDateDecade) {
        const auto decade =
            static_cast<std::int8_t>(parse_int(t, row.line, "value", row.fields[value], 1, 9));
        // the word and, as the press mostly writes it, with the article: التسعينيات. (One
        // entry() at a time: inserting may move the others.)
        for (const std::string& form : {words[0], "\xD8\xA7\xD9\x84" + words[0]}) {
          DateWord& w = entry(form);
          w.roles |= kDateDecade;
          w.decade = decade;
        }
      }
    }
  }
  for (const auto& [word, entry] : words_) filter_.add(word);
}

}  // namespace khabar::internal
