// The date extractor: a token-level scanner over the search-normalized tokens. Each token is
// looked up once in the date lexicon; a mention is anchored on a month name, a numeric date, a
// year word or era marker, a decade or century word, a weekday or a relative phrase, and grows to
// the left (day, spelled day, day range, weekday) and to the right (doubled month name, year,
// era, range end). Mentions are collected first and resolved to ISO values afterwards, once the
// reference date is known (given, or read from a dateline that opens the text).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include "extract/dates/calendar.hpp"
#include "extract/dates/date_lexicon.hpp"
#include "extract/numbers/number_reader.hpp"
#include "tokenize/future_verb.hpp"
#include "khabar/analyzer.hpp"
#include "khabar/dates.hpp"
#include "util/bytes.hpp"

namespace khabar {

using internal::DatePhrase;
using internal::DateWord;
using internal::RelativeUnit;

struct DateExtractor::Impl {
  Normalizer search{NormalizeOptions::search()};
  internal::DateLexicon lexicon;
  NumberExtractor numbers;
  explicit Impl(const std::shared_ptr<const Lexicons>& lexicons)
      : lexicon(*lexicons, search), numbers(lexicons) {}
};

namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

// A mention before resolution: what the text says, with unknown parts left 0.
struct Raw {
  std::uint32_t first = 0, end = 0;  // tokens [first, end)
  std::uint32_t begin_byte = 0, end_byte = 0;
  CalendarKind calendar = CalendarKind::kGregorian;
  DateGrain grain = DateGrain::kDay;
  int year = 0, month = 0, day = 0;
  int year2 = 0, month2 = 0, day2 = 0;  // range end (0: same as the start)
  bool range = false;
  // relative forms
  enum class Rel : std::uint8_t { kNone, kOffset, kWeekday, kMonthDirection, kDayInRelativeMonth };
  Rel rel = Rel::kNone;
  RelativeUnit unit = RelativeUnit::kNone;
  int offset = 0;       // kOffset: units from the reference; kMonthDirection: -1 past, 1 next, 0
  int weekday = 0;      // kWeekday
  std::array<char, 8> fixed{};  // decades and centuries: the value as is ("199", "19")
  // A part of the year written after the year: "-Q3", "-H1", "-SU" (no std::string: a Raw is
  // made for every date word the scan tries).
  std::array<char, 4> part{};
  std::int8_t month_first = 0, month_last = 0;  // the first or last months of the year
  DateModifier modifier = DateModifier::kNone;
  DateGrain part_grain = DateGrain::kYear;
  bool paired_with_previous = false;
  bool holiday = false;  // a holiday's day (عيد الفطر)
  bool to_reference = false;  // kOffset: the time between the offset and the reference date
  bool yearly = false;  // من كل عام: the day or month of every year, left without a year
  std::int8_t season_month = 0;  // الصيف الماضي: the first month of the season (kOffset, kYear)
  bool since = false;  // after منذ: without a year, the latest such date up to the reference
  // الجمعة الأولى من رمضان: the nth `weekday` of the month (1–4), -1 the last; day is 0
  std::int8_t nth_weekday = 0;
  // الأسبوع الثاني من أكتوبر: the nth week (1–4, -1 the last) of the month, or of the year when
  // month is 0: its seven days, from the month's (year's) day 7(n − 1) + 1
  std::int8_t nth_week = 0;
  std::int8_t week_days = 7;  // the span of nth_week: 7 for a week, 10 for العشر الأواخر
  // مارس من العام الماضي: the year is the reference's plus year_offset
  bool year_relative = false;
  std::int8_t year_offset = 0;
};

// Raw::offset of a bare weekday that is to come (حتى الخميس): the reference day or the next.
constexpr int kUpcoming = 2;

void set_fixed(Raw& r, const std::string& value) {
  const std::size_t n = std::min(value.size(), r.fixed.size() - 1);
  std::copy_n(value.data(), n, r.fixed.data());
  r.fixed[n] = '\0';
}

struct Look {
  const DateWord* word = nullptr;  // entry of the token's search form
  const DateWord* stem = nullptr;  // entry of its match key (proclitics off), when different
  bool pronoun = false;            // the token ends in a pronoun (أبها = آب + ها as segmented)
};

std::string two_digits(int v) {
  std::string s = std::to_string(v);
  return s.size() < 2 ? '0' + s : s;
}

// A yearless month (--MM) or day (--MM-DD). Built by appending: GCC 12 warns falsely
// (-Wrestrict) on "literal" + std::string.
std::string yearless(int month) {
  std::string s = "--";
  s += two_digits(month);
  return s;
}
std::string yearless(int month, int day) {
  std::string s = yearless(month);
  s += '-';
  s += two_digits(day);
  return s;
}

class Scan {
 public:
  Scan(const DateExtractor::Impl& impl, std::string_view text, const TokenizedText& tt)
      : lex_(impl.lexicon),
        text_(text),
        tt_(tt),
        toks_(tt.tokens()),
        reader_(impl.numbers, text, tt),
        n_(static_cast<std::uint32_t>(toks_.size())) {}

  std::vector<Raw> run() {
    looks_.resize(n_);
    for (std::uint32_t i = 0; i < n_; ++i) look_up(i);
    // next_month_[i]: the first token at or after i that names a month (or is شهر), n_ if none.
    next_month_.assign(n_ + 1, n_);
    for (std::uint32_t i = n_; i-- > 0;) {
      next_month_[i] = names_month(i) ? i : next_month_[i + 1];
    }
    std::vector<Raw>& out = so_far_;
    out.clear();
    std::uint32_t i = 0;
    while (i < n_) {
      // (most tokens begin no date: they are passed over before a Raw is built for them)
      if (!may_start_date(i)) {
        ++i;
        continue;
      }
      Raw r;
      if (date_at(i, r)) {
        // مدينة السادس من أكتوبر، جسر 6 أكتوبر، سوق الثلاثاء: a name, not a date.
        const bool bare_weekday = r.rel == Raw::Rel::kWeekday && r.end == r.first + 1;
        if (!(r.first > 0 && has_any(r.first - 1, internal::kDateNameHead) &&
              (r.rel == Raw::Rel::kNone || bare_weekday) && r.year == 0)) {
          take_modifier(r, out.empty() ? 0 : out.back().end);
          take_yearly(r);
          take_holiday_day(r, out.empty() ? 0 : out.back().end);
          r.since = r.first > 0 && has_any(r.first - 1, internal::kDateSince);
          finish(r);
          out.push_back(r);
          if (r.grain == DateGrain::kYear && r.rel == Raw::Rel::kNone) year_list_end_ = r.end;
        }
        i = r.end;
      } else {
        ++i;
      }
    }
    link_pairs(out);
    return std::move(out);
  }

 private:
  // ---- tokens --------------------------------------------------------------------------------
  std::string_view form(std::uint32_t i) const { return tt_.normalized(toks_[i]); }
  bool valid(std::uint32_t i) const { return i < n_; }
  // الـ10، الـ21: the article alone (the tatweel is gone in the search form).
  bool bare_article(std::uint32_t i) const {
    return internal::equals_literal(form(i), "\xD8\xA7\xD9\x84");
  }
  bool is_arabic(std::uint32_t i) const {
    return valid(i) && toks_[i].kind == TokenKind::kArabicWord;
  }

  void look_up(std::uint32_t i) {
    const Token& t = toks_[i];
    if (t.kind != TokenKind::kArabicWord) return;
    Look& l = looks_[i];
    const std::string_view w = tt_.normalized(t);
    l.word = lex_.find(w);
    // Same span, same word: an unsegmented token's key is the token (no byte comparison).
    if (t.match.begin != t.normalized.begin || t.match.end != t.normalized.end) {
      l.stem = lex_.find(tt_.match_key(t));
      if (l.stem != nullptr) {
        for (const Segment& s : tt_.segments(t)) l.pronoun |= s.role == SegmentRole::kPronoun;
      }
    }
  }

  bool names_month(std::uint32_t i) const {
    for (const DateWord* w : {looks_[i].word, looks_[i].stem}) {
      if (w == nullptr) continue;
      if ((w->roles & internal::kDateMonthWord) != 0 || w->starts_month) return true;
    }
    return false;
  }

  std::uint64_t roles(std::uint32_t i) const {
    return valid(i) && looks_[i].word != nullptr ? looks_[i].word->roles : 0;
  }
  bool has(std::uint32_t i, std::uint64_t role) const { return (roles(i) & role) != 0; }
  bool has_any(std::uint32_t i, std::uint64_t role) const { return first_word(i, role) != nullptr; }
  // The entry of token i as a mention's first word: with or without its proclitics.
  const DateWord* first_word(std::uint32_t i, std::uint64_t role) const {
    if (!valid(i)) return nullptr;
    const Look& l = looks_[i];
    if (l.word != nullptr && (l.word->roles & role) != 0) return l.word;
    if (l.stem != nullptr && (l.stem->roles & role) != 0) return l.stem;
    return nullptr;
  }
  bool is_punct(std::uint32_t i, std::string_view p) const {
    return valid(i) &&
           (toks_[i].kind == TokenKind::kPunctuation || toks_[i].kind == TokenKind::kSymbol) &&
           form(i) == p;
  }

  // Plain digits (any script: the search form has ASCII digits): value and digit count.
  bool digits(std::uint32_t i, int& value, int* count = nullptr) const {
    if (!valid(i) || toks_[i].kind != TokenKind::kNumber) return false;
    const std::string_view w = form(i);
    if (w.empty() || w.size() > 4) return false;
    for (char c : w) {
      if (c < '0' || c > '9') return false;
    }
    std::from_chars(w.data(), w.data() + w.size(), value);
    if (count != nullptr) *count = static_cast<int>(w.size());
    return true;
  }


  // Original byte where token i starts once its proclitics (و ف ب ل ك س) are off.
  std::uint32_t begin_after_clitics(std::uint32_t i) const {
    const Token& t = toks_[i];
    for (const Segment& s : tt_.segments(t)) {
      if (s.role == SegmentRole::kConjunction || s.role == SegmentRole::kPreposition ||
          s.role == SegmentRole::kFuture) {
        continue;
      }
      return s.span.begin;
    }
    return t.span.begin;
  }

  // ---- pieces --------------------------------------------------------------------------------
  // A day of the month at token i: digits 1–31 or a spelled number (الرابع والعشرين، 5).
  bool day_at(std::uint32_t i, int& day, std::uint32_t& end) {
    int v = 0, count = 0;
    if (digits(i, v, &count)) {
      if (count > 2 || v < 1 || v > 31) return false;
      day = v;
      end = i + 1;
      return true;
    }
    if (!is_arabic(i)) return false;
    if (first_word(i, internal::kDateFirstDay) != nullptr) {  // الفاتح من نوفمبر
      day = 1;
      end = i + 1;
      return true;
    }
    std::size_t e = 0;
    auto value = reader_.at(i, e);
    if (!value || *value < 1 || *value > 31 || *value != std::floor(*value)) return false;
    day = static_cast<int>(*value);
    end = static_cast<std::uint32_t>(e);
    return true;
  }

  // A phrase of `type` starting at token i (its first word may carry proclitics).
  const DatePhrase* phrase_at(std::uint32_t i, DatePhrase::Type type, std::uint32_t& end) const {
    if (!valid(i)) return nullptr;
    for (const DateWord* w : {looks_[i].word, looks_[i].stem}) {
      if (w == nullptr) continue;
      // No month or day takes a pronoun: أبها is a city, not آب + ها; لامسنا is no أمس.
      if (w == looks_[i].stem && looks_[i].pronoun) continue;
      for (std::uint32_t id : w->phrases) {
        const DatePhrase& p = lex_.phrase(id);
        if (p.type != type) continue;
        bool ok = true;
        for (std::size_t k = 1; k < p.words.size() && ok; ++k) {
          const std::uint32_t j = i + static_cast<std::uint32_t>(k);
          ok = is_arabic(j) && form(j) == p.words[k];
        }
        if (ok) {
          end = i + static_cast<std::uint32_t>(p.words.size());
          return &p;
        }
      }
    }
    return nullptr;
  }

  // A month name at token i, with a doubled name after it ("يناير/كانون الثاني",
  // "كانون الثاني (يناير)"): sets month, calendar and end.
  const DatePhrase* month_at(std::uint32_t i, std::uint32_t& end) const {
    const DatePhrase* p = phrase_at(i, DatePhrase::Type::kMonth, end);
    if (p == nullptr) return nullptr;
    std::uint32_t e2 = 0;
    if (is_punct(end, "/") || is_punct(end, "-")) {
      const DatePhrase* q = phrase_at(end + 1, DatePhrase::Type::kMonth, e2);
      if (q != nullptr && q->month == p->month && q->calendar == p->calendar) end = e2;
    } else if (is_punct(end, "(")) {
      const DatePhrase* q = phrase_at(end + 1, DatePhrase::Type::kMonth, e2);
      if (q != nullptr && q->month == p->month && q->calendar == p->calendar &&
          is_punct(e2, ")")) {
        end = e2 + 1;
      }
    } else {
      // يوليو تموز، كانون الثاني يناير: the agencies' pair of names, side by side
      const DatePhrase* q = phrase_at(end, DatePhrase::Type::kMonth, e2);
      if (q != nullptr && q->month == p->month && q->calendar == p->calendar) end = e2;
    }
    return p;
  }

  // An era marker at token i: م، هـ، ميلادية، للهجرة … Returns the calendar it names.
  std::optional<CalendarKind> era_at(std::uint32_t i) const {
    if (has(i, internal::kDateEraHijri)) return CalendarKind::kHijri;
    if (has(i, internal::kDateEraGregorian)) return CalendarKind::kGregorian;
    return std::nullopt;
  }

  // A year after a day and month (or a month): digits, optionally after من / من عام / عام / ،,
  // or a spelled year after عام; then an era marker. Sets year, calendar (from the era), end.
  bool year_after(std::uint32_t i, int& year, std::uint32_t& end, CalendarKind& calendar) {
    std::uint32_t j = i;
    if (is_punct(j, ",") && valid(j + 1) && toks_[j + 1].kind == TokenKind::kNumber) ++j;
    bool word = false;
    if (has(j, internal::kDateOf) && has(j + 1, internal::kDateYearWord)) {
      j += 2;
      word = true;
    } else if (has_any(j, internal::kDateYearWord)) {  // عام، لعام، للعام
      ++j;
      word = true;
    }
    int v = 0, count = 0;
    if (digits(j, v, &count)) {
      if (count < 3 && !(count == 2 && word)) return false;
      if (count == 4 || word) {
        year = v;
        end = j + 1;
      } else {
        return false;
      }
    } else if (word && is_arabic(j)) {
      std::size_t e = 0;
      auto value = reader_.at(j, e);
      if (!value || *value < 1000 || *value > 2200 || *value != std::floor(*value)) return false;
      year = static_cast<int>(*value);
      end = static_cast<std::uint32_t>(e);
    } else {
      return false;
    }
    if (auto era = era_at(end)) {
      calendar = *era;
      ++end;
    }
    return true;
  }

  // ---- mentions ------------------------------------------------------------------------------
  // False when date_at(i) surely finds nothing: a word in no date table, neither the bare
  // article (الـ10) nor a month a few tokens on (a spelled day), or a token of another kind.
  bool may_start_date(std::uint32_t i) const {
    const TokenKind kind = toks_[i].kind;
    if (kind == TokenKind::kNumber || kind == TokenKind::kNumberSequence) return true;
    if (kind != TokenKind::kArabicWord) return false;
    const Look& l = looks_[i];
    return l.word != nullptr || l.stem != nullptr || next_month_[i + 1] < i + 8 ||
           bare_article(i);
  }

  bool date_at(std::uint32_t i, Raw& r) {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::kArabicWord) {
      const Look& l = looks_[i];
      if (l.word == nullptr && l.stem == nullptr) {
        return (bare_article(i) && units_to_reference(i, r)) || spelled_day_date(i, r);  // الـ10
      }
      return holiday_date(i, r) || nth_week_date(i, r) || year_part_date(i, r) ||
             months_of_year_date(i, r) ||
             units_to_reference(i, r) || modifier_period(i, r) || relative_phrase(i, r) ||
             count_relative(i, r) ||
             weekday_date(i, r) ||
             day_month_date(i, r) || month_first_date(i, r) || year_word_date(i, r) ||
             same_year_date(i, r) ||
             decade(i, r) || century(i, r) || spelled_day_date(i, r);
    }
    if (t.kind == TokenKind::kNumber) {
      return year_pair(i, r) || day_month_date(i, r) || numeric_date_or_range(i, r) ||
             era_year(i, r) || preposition_year(i, r);
    }
    if (t.kind == TokenKind::kNumberSequence) {
      return day_month_date(i, r) || numeric_date_or_range(i, r) ||
             preposition_year_range(i, r) || year_pair(i, r);
    }
    return false;
  }

  // A spelled day only makes sense before a month: a word no table knows may still be one
  // (الرابع والعشرين من ديسمبر), so look a few tokens ahead for a month before asking.
  bool spelled_day_date(std::uint32_t i, Raw& r) {
    return next_month_[i + 1] < i + 8 && day_month_date(i, r);
  }

  // [day | day-range] [من] [شهر] MONTH [/ MONTH] [year [era]] [الماضي|المقبل|الجاري]
  bool day_month_date(std::uint32_t i, Raw& r) {
    // (the day, a range of days, من and شهر take at most seven tokens before the month: without
    // a month that close no day is read, nor its number parsed)
    if (i >= n_ || next_month_[i + 1] >= i + 8) return false;
    int day = 0, day2 = 0;
    std::uint32_t j = 0;
    if (toks_[i].kind == TokenKind::kNumberSequence) {
      // 5-7 مارس
      const std::string_view w = form(i);
      const std::size_t dash = w.find('-');
      if (dash == std::string_view::npos || w.find('-', dash + 1) != std::string_view::npos) {
        return false;
      }
      if (!small_number(w.substr(0, dash), day) || !small_number(w.substr(dash + 1), day2) ||
          day < 1 || day > 31 || day2 <= day || day2 > 31) {
        return false;
      }
      j = i + 1;
    } else {
      if (!day_at(i, day, j)) return false;
      // الأسبوع الأول من أكتوبر: a week, not the first of October
      if (i > 0 && toks_[i].kind == TokenKind::kArabicWord && has(i - 1, internal::kDatePartOf)) {
        return false;
      }
      // 5 إلى 7 مارس، 5 و7 مارس، 5 - 7 مارس
      std::uint32_t k = 0;
      if ((has(j, internal::kDateRangeTo) || has(j, internal::kDateRangeAnd) || is_punct(j, "-")) &&
          day_at(j + 1, day2, k) && day2 > day) {
        // الإجازة المطولة الأولى حتى 12 سبتمبر: a spelled ordinal after a definite word is its
        // adjective, not the first day of a range
        if (toks_[i].kind == TokenKind::kArabicWord && i > 0 && is_arabic(i - 1) &&
            has_article_segment(i) && has_article_segment(i - 1)) {
          return false;
        }
        std::uint32_t probe = 0;
        std::uint32_t m = k;
        if (has(m, internal::kDateOf)) ++m;
        if (has(m, internal::kDateMonthWord)) ++m;
        if (month_at(m, probe) != nullptr || relative_month_at(k)) {
          j = k;
        } else {
          day2 = 0;
        }
      } else {
        day2 = 0;
      }
    }
    std::uint32_t m = j;
    // 28-نوفمبر، 2/ أكتوبر: a dash or slash between a day in digits and a month name
    if (day2 == 0 && (is_punct(m, "-") || is_punct(m, "/")) && toks_[i].kind == TokenKind::kNumber) {
      // A name that is also a number only with a year: 4 / صفر، 2-صفر are scores; 10/شوال and
      // 29 - صفر 1436هـ are dates.
      std::uint32_t probe = 0;
      const DatePhrase* month = month_at(m + 1, probe);
      if (month != nullptr) {
        std::size_t number_end = 0;
        const bool number = is_arabic(m + 1) && reader_.at(m + 1, number_end).has_value();
        int year = 0, count = 0;
        std::uint32_t year_end = 0;
        CalendarKind era = month->calendar;
        const bool year_follows =
            year_after(probe, year, year_end, era) ||
            ((is_punct(probe, "/") || is_punct(probe, "-")) && digits(probe + 1, year, &count) &&
             count == 4);
        if (!number || year_follows) ++m;
      }
    }
    // صام ستة من شوال، ستًّا من شوال: a number in words without the article before من counts
    // days of the month, it names none; a day in words is an ordinal (الخامس من شوال).
    if (has(m, internal::kDateOf) && toks_[i].kind == TokenKind::kArabicWord &&
        first_word(i, internal::kDateFirstDay) == nullptr &&
        !internal::starts_with_literal(tt_.match_key(toks_[i]), "\xD8\xA7\xD9\x84")) {  // ال
      return false;
    }
    if (has(m, internal::kDateOf)) ++m;
    if (has(m, internal::kDateMonthWord)) ++m;
    // The day (or days) at i of the month `offset` months from the reference, up to j + 3.
    auto day_in_relative_month = [&](int offset) {
      r.rel = Raw::Rel::kDayInRelativeMonth;
      r.offset = offset;
      r.day = day;
      if (day2 != 0) {
        r.range = true;
        r.day2 = day2;
      }
      r.grain = DateGrain::kDay;
      r.first = i;
      r.end = j + 3;
    };
    // a day of the current, last or next month: الثالث من الشهر الجاري
    // 22 من الشهر نفسه، العاشر من الشهر ذاته: the month of the latest date before it that names
    // one (none: no date)
    if (same_month_at(j)) {
      const Raw* before = nullptr;
      for (auto it = so_far_.rbegin(); it != so_far_.rend(); ++it) {
        if ((it->rel == Raw::Rel::kNone || it->rel == Raw::Rel::kMonthDirection) &&
            it->month != 0 && it->nth_weekday == 0 && !it->year_relative &&
            it->nth_week == 0 && !it->holiday) {
          before = &*it;
          break;
        }
        if (it->rel == Raw::Rel::kDayInRelativeMonth) {
          // 16 من الشهر الجاري … حتى 28 من الشهر نفسه: that relative month again
          const int offset = it->offset;
          r = Raw{};
          day_in_relative_month(offset);
          return true;
        }
      }
      if (before == nullptr) return false;
      r = Raw{};
      r.first = i;
      r.end = j + 3;
      r.calendar = before->calendar;
      r.rel = before->rel;  // (مارس الماضي … العاشر من الشهر ذاته: the same March)
      r.offset = before->offset;
      r.year = before->range && before->year2 != 0 ? before->year2 : before->year;
      r.month = before->range && before->month2 != 0 ? before->month2 : before->month;
      r.day = day;
      if (day2 != 0) {
        r.range = true;
        r.day2 = day2;
        r.month2 = r.month;
      }
      r.grain = DateGrain::kDay;
      return true;
    }
    if (relative_month_at(j)) {
      // j: من, j + 1: الشهر, j + 2: the direction
      day_in_relative_month(has(j + 2, internal::kDatePast) ? -1
                            : has(j + 2, internal::kDateNext) ? 1
                                                              : 0);
      return true;
    }
    std::uint32_t end = 0;
    const DatePhrase* month = month_at(m, end);
    if (month == nullptr) return false;
    r.first = i;
    r.calendar = month->calendar;
    r.month = month->month;
    r.day = day;
    r.grain = DateGrain::kDay;
    if (day2 != 0) {
      r.range = true;
      r.day2 = day2;
      r.month2 = month->month;
    }
    // 5 مارس إلى 7 أبريل 2024، بين 4 سبتمبر و8 سبتمبر
    const bool between = i > 0 && has_any(i - 1, internal::kDateRangeBetween);
    if (day2 == 0 && (has_any(end, internal::kDateRangeTo) || is_punct(end, "-") ||  // وحتى
                      (between && has(end, internal::kDateRangeAnd)))) {
      int d2 = 0;
      std::uint32_t k = 0, e2 = 0;
      if (day_at(end + 1, d2, k)) {
        std::uint32_t mm = k;
        if (has(mm, internal::kDateOf)) ++mm;
        const DatePhrase* month2 = month_at(mm, e2);
        if (month2 != nullptr && month2->calendar == month->calendar) {
          r.range = true;
          r.day2 = d2;
          r.month2 = month2->month;
          end = e2;
        }
      }
    }
    CalendarKind era = month->calendar;
    int year = 0;
    std::uint32_t year_end = 0;
    if (year_after(end, year, year_end, era)) {
      if (era != month->calendar && month->calendar == CalendarKind::kHijri) return false;
      r.year = year;
      end = year_end;
      // من 1 يناير 2015 إلى 31 ديسمبر 2016: a second full date after the first one's year
      int d2 = 0;
      std::uint32_t k = 0, e2 = 0;
      if (!r.range && has_any(end, internal::kDateRangeTo) && day_at(end + 1, d2, k)) {
        std::uint32_t mm = k;
        if (has(mm, internal::kDateOf)) ++mm;
        const DatePhrase* month2 = month_at(mm, e2);
        int year2 = 0;
        std::uint32_t year2_end = 0;
        CalendarKind era2 = month->calendar;
        if (month2 != nullptr && month2->calendar == month->calendar &&
            year_after(e2, year2, year2_end, era2) && era2 == era &&
            (year2 > year || (year2 == year && (month2->month > month->month ||
                                                (month2->month == month->month && d2 > day))))) {
          r.range = true;
          r.day2 = d2;
          r.month2 = month2->month;
          r.year2 = year2;
          end = year2_end;
        }
      }
    } else if (has(end, internal::kDatePast) || has(end, internal::kDateNext) ||
               has(end, internal::kDateCurrent)) {
      // 5 مارس الماضي
      r.rel = Raw::Rel::kMonthDirection;
      r.offset = has(end, internal::kDatePast) ? -1 : has(end, internal::kDateNext) ? 1 : 0;
      ++end;
    } else if (month->calendar == CalendarKind::kGregorian && !r.range) {
      // 15 مارس من العام الماضي
      if (const std::uint32_t e = relative_year_after(end, r)) end = e;
    }
    r.end = end;
    return true;
  }

  // العام نفسه، السنة ذاتها at token j: the year of the latest date before it with a year of
  // its own (a year, a month of a year, a day), 0 when none.
  int same_year_at(std::uint32_t j) const {
    // (asked of every date word: the length and the next word's first test are cheap)
    if (!is_arabic(j) || !is_arabic(j + 1) || toks_[j].normalized.size() != 10) return 0;
    const std::string_view year = form(j);
    const bool year_word = year == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85" ||   // العام
                           year == "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD9\x87";     // السنه
    if (!year_word || !has(j + 1, internal::kDateSame)) return 0;  // نفسه، ذاتها (role same)
    for (auto it = so_far_.rbegin(); it != so_far_.rend(); ++it) {
      if (it->rel == Raw::Rel::kNone && it->year != 0 && !it->year_relative &&
          it->calendar == CalendarKind::kGregorian && it->fixed[0] == 0) {
        return it->range && it->year2 != 0 ? it->year2 : it->year;
      }
    }
    return 0;
  }

  // في العام نفسه: that year, a mention of its own
  bool same_year_date(std::uint32_t i, Raw& r) {
    const int year = same_year_at(i);
    if (year == 0) return false;
    r = Raw{};
    r.first = i;
    r.end = i + 2;
    r.year = year;
    r.grain = DateGrain::kYear;
    return true;
  }

  // "من الشهر نفسه/ذاته" at token j (after a day; نفسه، ذاته: role same of periods.tsv).
  bool same_month_at(std::uint32_t j) const {
    return has(j, internal::kDateOf) && is_arabic(j + 1) &&
           form(j + 1) == "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1" &&  // الشهر
           has(j + 2, internal::kDateSame);
  }

  // "من الشهر الجاري/الماضي/المقبل" at token j (after a day).
  bool relative_month_at(std::uint32_t j) const {
    return has(j, internal::kDateOf) && is_arabic(j + 1) &&
           form(j + 1) == "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1" &&  // الشهر
           (has(j + 2, internal::kDatePast) || has(j + 2, internal::kDateNext) ||
            has(j + 2, internal::kDateCurrent));
  }

  // "من العام الماضي/الجاري/المقبل" at token j (after a Gregorian month or day and month): sets
  // the year relative to the reference and returns the token after the phrase; 0 when none.
  // Also without من (يونيو العام المقبل، مارس هذا العام), a year named relative to the reference.
  std::uint32_t relative_year_after(std::uint32_t j, Raw& r) const {
    const bool of = has(j, internal::kDateOf);
    // يونيو من العام نفسه: the year of the latest date before it that names one
    if (of) {
      if (const int year = same_year_at(j + 1)) {
        r.year = year;
        return j + 3;
      }
    }
    const std::uint32_t k = of ? j + 1 : j;
    std::uint32_t e = 0;
    const DatePhrase* p = phrase_at(k, DatePhrase::Type::kRelative, e);
    if (p == nullptr || p->unit != RelativeUnit::kYear || e <= k) return 0;
    r.year_relative = true;
    r.year_offset = static_cast<std::int8_t>(p->offset);
    return e;
  }

  static bool small_number(std::string_view s, int& v) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    std::from_chars(s.data(), s.data() + s.size(), v);
    return true;
  }

  // MONTH [day-range | day، year | year | الماضي/المقبل] or a month alone where the context makes
  // it one (في يناير، شهر مارس).
  bool month_first_date(std::uint32_t i, Raw& r) {
    std::uint32_t end = 0;
    const DatePhrase* month = month_at(i, end);
    if (month == nullptr) return false;
    r.first = i;
    r.calendar = month->calendar;
    r.month = month->month;
    // يوليو 13-15
    if (valid(end) && toks_[end].kind == TokenKind::kNumberSequence) {
      const std::string_view w = form(end);
      const std::size_t dash = w.find('-');
      int a = 0, b = 0;
      if (dash != std::string_view::npos && small_number(w.substr(0, dash), a) &&
          small_number(w.substr(dash + 1), b) && a >= 1 && b > a && b <= 31) {
        r.day = a;
        r.day2 = b;
        r.month2 = month->month;
        r.range = true;
        r.grain = DateGrain::kDay;
        end += 1;
        CalendarKind era = month->calendar;
        int year = 0;
        std::uint32_t ye = 0;
        if (year_after(end, year, ye, era)) {
          r.year = year;
          end = ye;
        }
        r.end = end;
        return true;
      }
    }
    // يوليو 13، 2024
    int d = 0, y = 0, count = 0;
    if (digits(end, d) && d >= 1 && d <= 31 && form(end).size() <= 2 &&
        (is_punct(end + 1, "\xD8\x8C") || is_punct(end + 1, ",")) && digits(end + 2, y, &count) &&
        count == 4) {
      r.day = d;
      r.year = y;
      r.grain = DateGrain::kDay;
      r.end = end + 3;
      if (auto era = era_at(r.end)) {
        if (*era == CalendarKind::kGregorian) ++r.end;
      }
      return true;
    }
    CalendarKind era = month->calendar;
    int year = 0;
    std::uint32_t ye = 0;
    r.grain = DateGrain::kMonth;
    // يوليوز وغشت 2024، من مارس إلى مايو 2024
    const bool glued_and = is_arabic(end) && form(end).starts_with("\xD9\x88");  // وغشت
    if (glued_and || has(end, internal::kDateRangeAnd) || has(end, internal::kDateRangeTo) ||
        is_punct(end, "-")) {
      std::uint32_t e2 = 0;
      const DatePhrase* month2 = month_at(glued_and ? end : end + 1, e2);
      if (month2 != nullptr && month2->calendar == month->calendar &&
          year_after(e2, year, ye, era)) {
        r.year = year;
        r.month2 = month2->month;
        r.range = true;
        r.end = ye;
        return true;
      }
    }
    if (year_after(end, year, ye, era)) {
      if (era != month->calendar && month->calendar == CalendarKind::kHijri) return false;
      r.year = year;
      r.end = ye;
      // من أكتوبر 2023 إلى مارس 2024، بين أكتوبر 2023 ومارس 2024، أكتوبر 2023 - مارس 2024: a
      // second month with its own, later year
      const bool between = i > 0 && has_any(i - 1, internal::kDateRangeBetween);
      // وآذار: the و of بين … و written on the month
      const bool glued =
          between && is_arabic(ye) && form(ye).size() > 2 && form(ye).starts_with("\xD9\x88");
      // إلى unless a word of moving comes before (تأجيل المؤتمر من صفر 1445 إلى ربيع الثاني 1445
      // moves it from one month to the other), or after a period (خلال الفترة من) whatever
      // comes before.
      const bool to = has_any(ye, internal::kDateRangeTo) &&
                      (tt_.match_key(toks_[ye]) != "\xD8\xA7\xD9\x84\xD9\x8A" ||  // الي
                       (i >= 2 && has_any(i - 1, internal::kDateRangeFrom) &&
                        has_any(i - 2, internal::kDateYearPreposition)) ||
                       !shift_before(i));
      if (glued || to || is_punct(ye, "-") || (between && has(ye, internal::kDateRangeAnd))) {
        std::uint32_t e2 = 0, ye2 = 0;
        int year2 = 0;
        CalendarKind era2 = month->calendar;
        const DatePhrase* month2 = month_at(glued ? ye : ye + 1, e2);
        if (month2 != nullptr && month2->calendar == month->calendar &&
            year_after(e2, year2, ye2, era2) && era2 == era &&
            (year2 > year || (year2 == year && month2->month > month->month))) {
          r.range = true;
          r.month2 = month2->month;
          r.year2 = year2;
          r.end = ye2;
        }
      }
      return true;
    }
    // من حزيران حتى آب، من يونيو إلى أغسطس، بين أيار وأيلول: a range of months of one year, the
    // year each of them alone would take (not a move: تأجيل الموسم من مارس إلى مايو)
    if (i > 0 && ((has_any(i - 1, internal::kDateRangeFrom) && has_any(end, internal::kDateRangeTo) &&
                   !shift_before(i)) ||
                  (has_any(i - 1, internal::kDateRangeBetween) &&
                   (glued_and || has(end, internal::kDateRangeAnd))))) {
      std::uint32_t e2 = 0;
      const DatePhrase* month2 = month_at(glued_and ? end : end + 1, e2);
      if (month2 != nullptr && month2->calendar == month->calendar &&
          month2->month > month->month && !has(e2, internal::kDatePast) &&
          !has(e2, internal::kDateNext) && !has(e2, internal::kDateCurrent)) {
        r.month2 = month2->month;
        r.range = true;
        r.end = e2;
        return true;
      }
    }
    const bool after_month_word = i > 0 && has_any(i - 1, internal::kDateMonthWord);  // لشهر
    // شهري مارس وأبريل: the two months, from the first to the second; also يناير وشتنبر
    // الماضيين, whose dual direction word makes the two one span
    if (glued_and || has(end, internal::kDateRangeAnd)) {
      std::uint32_t e2 = 0;
      const DatePhrase* month2 = month_at(glued_and ? end : end + 1, e2);
      const bool dual = i > 0 && has_any(i - 1, internal::kDateMonthsDual);
      // (in calendar order: حزيران وأيار الماضيين are two months, no span)
      const bool dual_direction =
          month2 != nullptr && month2->month > month->month &&
          (has(e2, internal::kDatePast) || has(e2, internal::kDateNext)) &&
          form(e2).ends_with("\xD9\x8A\xD9\x86");  // ين: الماضيين، المقبلين
      if ((dual || dual_direction) && month2 != nullptr && month2->calendar == month->calendar &&
          month2->month != month->month) {
        r.month2 = month2->month;
        r.range = true;
        r.end = e2;
        if (has(e2, internal::kDatePast) || has(e2, internal::kDateNext)) {  // الماضيين
          r.rel = Raw::Rel::kMonthDirection;
          r.offset = has(e2, internal::kDatePast) ? -1 : 1;
          r.end = e2 + 1;
        }
        return true;
      }
    }
    if (has(end, internal::kDatePast) || has(end, internal::kDateNext) ||
        has(end, internal::kDateCurrent)) {
      // مارس الماضي: with a direction word even a name that is also a verb is a month
      r.rel = Raw::Rel::kMonthDirection;
      r.offset = has(end, internal::kDatePast) ? -1 : has(end, internal::kDateNext) ? 1 : 0;
      r.end = end + 1;
      return true;
    }
    // A month name alone: a name that is nothing else (يناير، كانون الثاني) wherever it stands
    // (انتخابات يونيو، عقود برنت تسليم سبتمبر), except after the head of a name (ثورة يوليو,
    // name_head of periods.tsv); one that is also a person's name (أيلول، شباط) after a
    // preposition of time or with an attached proclitic (وفي is a word of its own, وشباط is
    // not); one that is also a word or a name (مارس، رجب، نيسان) after شهر or a preposition.
    const bool after_preposition =
        i > 0 && first_word(i - 1, internal::kDateYearPreposition | internal::kDateRangeFrom |
                                       internal::kDateRangeTo | internal::kDateRangeBetween) !=
                     nullptr;
    const bool context =
        after_month_word || after_preposition ||
        (!month->bound && (!month->needs_preposition || looks_[i].word == nullptr));
    // مارس من العام الماضي: the month of a year named relative to the reference; without من
    // (مارس العام الماضي) only where the month would be one alone (not the verb مارس).
    if (month->calendar == CalendarKind::kGregorian && (context || has(end, internal::kDateOf))) {
      if (const std::uint32_t e = relative_year_after(end, r)) {
        r.end = e;
        return true;
      }
    }
    if (!context) return false;
    r.end = end;
    return true;
  }

  // A weekday with the date after it (الثلاثاء 24 ديسمبر، الثلاثاء الموافق 24 ديسمبر) or with a
  // direction (الاثنين الماضي).
  bool weekday_date(std::uint32_t i, Raw& r) {
    const DateWord* w = first_word(i, internal::kDateWeekday);
    if (w == nullptr) return false;
    // الأحد عشر، الاثني عشر: the teens, not Sunday or Monday
    if (is_arabic(i + 1) && (form(i + 1) == "\xD8\xB9\xD8\xB4\xD8\xB1" ||                 // عشر
                             form(i + 1) == "\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87")) {  // عشره
      return false;
    }
    std::uint32_t j = i + 1;
    if (is_punct(j, "\xD8\x8C") || is_punct(j, ",")) ++j;
    if (has(j, internal::kDatePaired)) ++j;
    if (nth_weekday_of_month(i, w->weekday, r)) return true;
    if (valid(j) && (toks_[j].kind == TokenKind::kNumber || is_arabic(j) ||
                     toks_[j].kind == TokenKind::kNumberSequence)) {
      Raw inner;
      if (day_month_date(j, inner) || numeric_date(j, inner) || spaced_numeric_date(j, inner)) {
        r = inner;
        r.first = i;
        return true;
      }
    }
    // الجمعة الأسبوع المقبل، الأحد من الأسبوع الماضي: that weekday of that week
    {
      std::uint32_t k = i + 1;
      if (has(k, internal::kDateOf)) ++k;
      std::uint32_t week_end = 0;
      const DatePhrase* week = phrase_at(k, DatePhrase::Type::kRelative, week_end);
      if (week != nullptr && week->unit == RelativeUnit::kWeek) {
        r.first = i;
        r.end = week_end;
        r.rel = Raw::Rel::kOffset;
        r.unit = RelativeUnit::kWeek;
        r.offset = week->offset;
        r.weekday = w->weekday;
        r.grain = DateGrain::kDay;
        return true;
      }
    }
    r.first = i;
    r.rel = Raw::Rel::kWeekday;
    r.weekday = w->weekday;
    r.grain = DateGrain::kDay;
    if (has(i + 1, internal::kDatePast) || has(i + 1, internal::kDateNext)) {
      // الأحد المقبل 4 آب، الخميس الماضي 12 مارس: the date written after it is the day's
      std::uint32_t k = i + 2;
      if (has(k, internal::kDatePaired)) ++k;  // الأحد القادم الموافق 24 - 10 - 1436هـ
      if (valid(k) && (toks_[k].kind == TokenKind::kNumber || is_arabic(k) ||
                       toks_[k].kind == TokenKind::kNumberSequence)) {
        Raw written;
        if ((day_month_date(k, written) || numeric_date(k, written) ||
             spaced_numeric_date(k, written)) &&
            written.grain == DateGrain::kDay && !written.range) {
          r = written;
          r.first = i;
          return true;
        }
      }
      r.end = i + 2;
      r.offset = has(i + 1, internal::kDatePast) ? -1 : 1;
      return true;
    }
    // A weekday alone (قال الوزير يوم الأحد، أعلنت الحكومة الثلاثاء): news reports what happened,
    // so it is the latest such day up to the reference date; after "until" (حتى، إلى غاية) or a
    // verb in the future (سيعقد المجلس اجتماعه الخميس) it is the next one, or the reference day
    // itself. Not the Friday prayer.
    if (w->weekday == 5 && i > 0 && has(i - 1, internal::kDateFridayPrayer)) return false;
    r.end = i + 1;
    r.offset = upcoming_weekday(i) ? kUpcoming : 0;
    // يومي الجمعة والسبت: a weekday joined by و to a bare weekday right before it is of the same
    // days to come or gone
    if (r.offset == 0 && !so_far_.empty() && so_far_.back().end == i &&
        so_far_.back().rel == Raw::Rel::kWeekday && so_far_.back().offset == kUpcoming) {
      const auto segments = tt_.segments(toks_[i]);
      if (!segments.empty() && segments[0].role == SegmentRole::kConjunction) r.offset = kUpcoming;
    }
    return true;
  }

  // Whether a bare weekday at token i is to come: "until" right before it (حتى، لغاية، إلى
  // غاية، with يوم between or not), or a verb in the future up to eight words before it in its
  // clause: one of periods.tsv (role future_verb), or a word the segmenter reads with the
  // future's س in a verb's shape (ستضرب; not سياجات, nor a name such as ستافان).
  bool upcoming_weekday(std::uint32_t i) const {
    std::uint32_t k = i;
    if (k > 0 && is_arabic(k - 1) && form(k - 1) == "\xD9\x8A\xD9\x88\xD9\x85") --k;  // يوم
    if (k > 0 && is_arabic(k - 1)) {
      const std::string_view before = form(k - 1);
      if (before == "\xD8\xAD\xD8\xAA\xD9\x8A" ||                          // حتي
          before == "\xD9\x84\xD8\xBA\xD8\xA7\xD9\x8A\xD9\x87" ||          // لغايه
          (before == "\xD8\xBA\xD8\xA7\xD9\x8A\xD9\x87" && k > 1 &&          // غايه
           tt_.match_key(toks_[k - 2]) == "\xD8\xA7\xD9\x84\xD9\x8A")) {      // الي
        return true;
      }
    }
    for (std::uint32_t j = i, seen = 0; j > 0 && seen < 8; --j, ++seen) {
      if (toks_[j - 1].kind == TokenKind::kPunctuation) break;
      if (has_any(j - 1, internal::kDateFutureVerb)) return true;
      // وسيتم: the match key has lost the future's س with the و; put it back
      for (const Segment& s : tt_.segments(toks_[j - 1])) {
        if (s.role != SegmentRole::kFuture) continue;
        if (internal::future_verb_likely(toks_[j - 1], s, tt_.normalized_text(), text_)) {
          return true;
        }
        const DateWord* w =
            lex_.find("\xD8\xB3" + std::string(tt_.match_key(toks_[j - 1])));  // س
        if (w != nullptr && (w->roles & internal::kDateFutureVerb) != 0) return true;
      }
    }
    return false;
  }

  // الجمعة الأولى من رمضان، الأحد الثاني من شهر مارس 2024، الخميس الأخيرة من أكتوبر: the nth
  // or last such weekday of a named month. The ordinal is feminine (الأولى، الثانية) or the
  // last (الأخير، الأخيرة): الأحد الأول من مارس is as often Sunday the first of March.
  bool nth_weekday_of_month(std::uint32_t i, int weekday, Raw& r) {
    const std::uint32_t j = i + 1;
    if (!is_arabic(j) || !has(j + 1, internal::kDateOf)) return false;
    int nth = 0;
    if (const DateWord* edge = first_word(j, internal::kDateEdge); edge && edge->edge == 2) {
      nth = -1;
    } else {
      const Span sp = toks_[j].span;
      const bool feminine = sp.end - sp.begin >= 2 &&
                            (text_.substr(sp.end - 2, 2) == "\xD8\xA9" ||   // ة
                             text_.substr(sp.end - 2, 2) == "\xD9\x89");    // ى
      std::size_t e = 0;
      const auto value = reader_.at(j, e);
      if (!feminine || !value || e != j + 1 || *value < 1 || *value > 4 ||
          *value != std::floor(*value)) {
        return false;
      }
      nth = static_cast<int>(*value);
    }
    std::uint32_t end = 0;
    const DatePhrase* month = month_at(j + 2, end);  // رمضان، الشهر الفضيل
    if (month == nullptr && has_any(j + 2, internal::kDateMonthWord) &&
        !has_any(j + 2, internal::kDateMonthsDual)) {
      month = month_at(j + 3, end);  // شهر رمضان
    }
    if (month == nullptr) return false;
    r = Raw{};
    r.first = i;
    r.grain = DateGrain::kDay;
    r.calendar = month->calendar;
    r.month = month->month;
    r.weekday = weekday;
    r.nth_weekday = static_cast<std::int8_t>(nth);
    int year = 0;
    std::uint32_t ye = 0;
    CalendarKind era = month->calendar;
    if (year_after(end, year, ye, era) && era == month->calendar) {
      r.year = year;
      end = ye;
    }
    r.end = end;
    return true;
  }

  // The ordinal at token j: 1–4 (الأول … الرابع, either gender) or -1 for the last (الأخير);
  // 0 when none.
  int ordinal_at(std::uint32_t j) {
    if (!is_arabic(j)) return 0;
    if (const DateWord* edge = first_word(j, internal::kDateEdge); edge && edge->edge != 0) {
      return edge->edge == 2 ? -1 : 1;  // الأخير، الأواخر; الأولى، الأوائل
    }
    std::size_t e = 0;
    const auto value = reader_.at(j, e);
    if (!value || e != j + 1 || *value < 1 || *value > 4 || *value != std::floor(*value)) return 0;
    return static_cast<int>(*value);
  }

  // الأسبوع الأول من أكتوبر، الأسبوع الأخير من شهر رمضان، الأسبوع الثاني من عام 2015، الأسبوع
  // الأول من العام الجاري: the nth week of a named month (with or without its year) or of a year;
  // العشر الأواخر من رمضان، العشر الأوائل من ذي الحجة: the last or first ten days of a month.
  bool nth_week_date(std::uint32_t i, Raw& r) {
    const DateWord* span = first_word(i, internal::kDateWeekOf);
    if (span == nullptr) return false;
    const int nth = ordinal_at(i + 1);
    if (nth == 0 || !has(i + 2, internal::kDateOf)) return false;
    const std::uint32_t k = i + 3;
    std::uint32_t end = 0;
    const DatePhrase* month = month_at(k, end);
    if (month == nullptr && has_any(k, internal::kDateMonthWord) &&
        !has_any(k, internal::kDateMonthsDual)) {
      month = month_at(k + 1, end);
    }
    Raw inner;
    if (month != nullptr) {
      inner.calendar = month->calendar;
      inner.month = month->month;
      int year = 0;
      std::uint32_t ye = 0;
      CalendarKind era = month->calendar;
      if (year_after(end, year, ye, era) && era == month->calendar) {
        inner.year = year;
        end = ye;
      } else if (has(end, internal::kDatePast) || has(end, internal::kDateNext) ||
                 has(end, internal::kDateCurrent)) {
        // الأسبوع الثاني من شهر يوليو الجاري، الأسبوع الأول من يوليوز المقبل
        inner.rel = Raw::Rel::kMonthDirection;
        inner.offset = has(end, internal::kDatePast) ? -1 : has(end, internal::kDateNext) ? 1 : 0;
        ++end;
      }
      inner.end = end;
    } else if (!(year_word_date(k, inner) || relative_phrase(k, inner)) ||
               inner.grain != DateGrain::kYear || inner.range ||
               (inner.rel != Raw::Rel::kNone && inner.rel != Raw::Rel::kOffset) ||
               inner.calendar != CalendarKind::kGregorian) {
      return false;
    }
    r = inner;
    r.first = i;
    r.grain = DateGrain::kDay;
    r.range = true;
    r.nth_week = static_cast<std::int8_t>(nth);
    r.week_days = span->span_days;
    // العشر الأواخر من رمضان: the last ten days of a month, not of a year
    if (r.week_days != 7 && month == nullptr) return false;
    return true;
  }

  // Whether token j is a count in digits, or the last word of one in words (خمس، وعشرين; not an
  // ordinal: الدورة الثانية في اليوم الأحد).
  // (Also a scale after a count: 10 ملايين.)
  bool ends_number(std::uint32_t j) {
    if (toks_[j].kind == TokenKind::kNumber) return true;
    if (!is_arabic(j)) return false;
    std::size_t e = 0;
    bool ordinal = false;
    if (reader_.at(j, e, &ordinal).has_value() && e == j + 1 && !ordinal) return true;
    return j > 0 && toks_[j - 1].kind == TokenKind::kNumber &&
           reader_.at(j - 1, e, &ordinal).has_value() && e == j + 1 && !ordinal;
  }

  // The original text of token j without the marks and tatweel that may follow its last letter
  // (الانتخاباتُ), so that its ending can be read.
  std::string_view bare_original(std::uint32_t j) const {
    std::string_view w = toks_[j].span.slice(text_);
    while (w.size() >= 2 && static_cast<unsigned char>(w[w.size() - 2]) == 0xD9) {
      const auto b = static_cast<unsigned char>(w.back());
      if (b != 0x80 && (b < 0x8B || b > 0x92)) break;  // ـ and U+064B–U+0652
      w.remove_suffix(2);
    }
    return w;
  }

  // Whether the definite word at token j, after اليوم, is no adjective of it: one that would
  // not agree with a masculine singular noun, as the original text writes its ending (ة، ات،
  // ى، ـين، ـون: تنطلق اليوم الانتخابات، حلت اليوم الذكرى، ينظم اليوم المحتجون), save the
  // ordinals (اليوم المئة، اليوم الأربعين).
  bool noun_after_day(std::uint32_t j) {
    const std::string_view w = bare_original(j);
    const bool feminine = internal::ends_with_literal(w, "\xD8\xA9") ||          // ة
                          internal::ends_with_literal(w, "\xD8\xA7\xD8\xAA") ||  // ات
                          internal::ends_with_literal(w, "\xD9\x89");            // ى
    const bool plural = internal::ends_with_literal(w, "\xD9\x8A\xD9\x86") ||  // ين
                        internal::ends_with_literal(w, "\xD9\x88\xD9\x86");    // ون
    if (!feminine && !plural) return false;
    std::size_t e = 0;
    return !reader_.at(j, e).has_value();  // اليوم المئة، اليوم الأربعين: the nth day
  }

  // اليوم، أمس، الأسبوع الماضي، العام المقبل …
  bool relative_phrase(std::uint32_t i, Raw& r) {
    std::uint32_t end = 0;
    const DatePhrase* p = phrase_at(i, DatePhrase::Type::kRelative, end);
    if (p == nullptr) return false;
    // المدير العام السابق، الأمين العام السابق: after a title العام is "general", not "year".
    if (p->unit == RelativeUnit::kYear && i > 0 && has_any(i - 1, internal::kDateGeneralTitle)) {
      return false;
    }
    if (p->unit == RelativeUnit::kDay) {
      // عين اليوم (a news site), في اليوم نفسه (the same day), أمسّ الحاجة (most in need).
      if (p->offset == 0 && i > 0 && has_any(i - 1, internal::kDateTodayName)) return false;
      // 2.5 مليون برميل باليوم، 7 ساعات باليوم: "a day", a rate, never today.
      if (p->offset == 0 && form(i) == "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85") {
        return false;  // باليوم
      }
      // 12 ساعة في اليوم، خمس ساعات في اليوم، 10 ملايين متر مكعب في اليوم: في اليوم after a
      // number, in digits or words, and its noun of one or two words is a rate too
      if (p->offset == 0 && end == i + 1 && i >= 3 && is_arabic(i - 1) &&
          form(i - 1) == "\xD9\x81\xD9\x8A" &&  // في
          is_arabic(i - 2) &&
          (ends_number(i - 3) || (i >= 4 && is_arabic(i - 3) && ends_number(i - 4)))) {
        return false;
      }
      if (has_any(end, internal::kDateSame)) return false;
      if (p->offset == -1 && end == i + 1 &&
          (has_any(end, internal::kDateNotYesterday) ||
           toks_[i].span.slice(text_).find("\xD9\x91") != std::string_view::npos)) {
        return false;
      }
      const bool weekday = first_word(end, internal::kDateWeekday) != nullptr;
      // من غد الأربعاء: غد alone is tomorrow only before a weekday (نحو غد أفضل).
      if (p->offset == 1 && end == i + 1 && !weekday &&
          internal::equals_literal(tt_.match_key(toks_[i]), "\xD8\xBA\xD8\xAF")) {  // غد
        return false;
      }
      // اليوم الوطني، اليوم العالمي للمرأة، اليوم الأول: "the day", not "today"; but not before
      // a word that cannot describe it (تنطلق اليوم الانتخابات is "today" all the same).
      // (Not إلى، إلا: three letters that only look like the article.)
      if (p->offset == 0 && !weekday && is_arabic(end) && form(end).substr(0, 4) == kAl &&
          form(end).size() >= 8 && !noun_after_day(end)) {
        return false;
      }
      // اليوم الاثنين، أمس الأحد، غدا الثلاثاء، أمس (الأحد): the weekday names the same day, and
      // a date written after it (غدا الاثنين الموافق 20 يوليو) gives the mention its value.
      bool named = false;
      if (weekday) {
        Raw written;
        if (weekday_date(end, written) && written.rel != Raw::Rel::kWeekday) {
          written.first = i;
          r = written;
          return true;
        }
        ++end;
        named = true;
      } else if ((is_punct(end, "(") || is_punct(end, "\"")) &&  // « » are " in the search form
                 first_word(end + 1, internal::kDateWeekday) != nullptr &&
                 (is_punct(end + 2, ")") || is_punct(end + 2, "\""))) {
        end += 3;
        named = true;
      }
      // اليوم الأربعاء 19 غشت: the date written after them is the mention's value.
      if (named) {
        Raw written;
        if (day_month_date(end, written)) {
          written.first = i;
          r = written;
          return true;
        }
      }
    }
    // العام الحالي 2015م، هذا العام 1436هـ: the year written after the phrase is its value.
    int year = 0, count = 0;
    if (p->unit == RelativeUnit::kYear && digits(end, year, &count) && count == 4) {
      r.first = i;
      r.end = end + 1;
      r.year = year;
      r.grain = DateGrain::kYear;
      if (auto era = era_at(r.end)) {
        r.calendar = *era;
        ++r.end;
      } else if (year >= 1300 && year <= 1500) {
        r.calendar = CalendarKind::kHijri;  // as in numeric dates
      }
      return true;
    }
    r.first = i;
    r.end = end;
    r.rel = Raw::Rel::kOffset;
    r.unit = p->unit;
    r.offset = p->offset;
    r.grain = grain_of(p->unit);
    // الأسبوع المقبل يوم الجمعة، هذا الأسبوع الأحد: that weekday of that week
    if (p->unit == RelativeUnit::kWeek) {
      std::uint32_t k = end;
      if (is_arabic(k) && form(k) == "\xD9\x8A\xD9\x88\xD9\x85") ++k;  // يوم
      if (const DateWord* w = first_word(k, internal::kDateWeekday); w != nullptr) {
        r.weekday = w->weekday;
        r.grain = DateGrain::kDay;
        r.end = k + 1;
      }
    }
    return true;
  }

  // بداية العام، قبل نهاية الشهر، منذ مطلع العام: the start or end of the current year or month,
  // when no other word says which (نهاية العام الماضي is a modifier of العام الماضي, نهاية العام
  // الدراسي no date). Not the middle: إجازة منتصف العام is the school's mid-year break.
  bool modifier_period(std::uint32_t i, Raw& r) {
    const DateWord* w = first_word(i, internal::kDateModifier);
    if (w == nullptr || (w->modifier != 1 && w->modifier != 3)) return false;
    const std::uint32_t k = i + 1;
    if (!is_arabic(k) || toks_[k].segment_count == 0 || !has_article_segment(k) ||
        first_word(k, internal::kDateYearWord | internal::kDateMonthWord) == nullptr) {
      return false;
    }
    std::uint32_t unused = 0;
    if (phrase_at(k, DatePhrase::Type::kRelative, unused) != nullptr) return false;
    if (valid(k + 1) && (toks_[k + 1].kind == TokenKind::kNumber ||
                         (is_arabic(k + 1) && form(k + 1).starts_with(kAl)))) {
      return false;  // نهاية العام 2015 is read at العام; نهاية العام الدراسي is no date
    }
    const bool year = first_word(k, internal::kDateYearWord) != nullptr;
    r.first = i;
    r.end = k + 1;
    r.rel = Raw::Rel::kOffset;
    r.unit = year ? RelativeUnit::kYear : RelativeUnit::kMonth;
    r.offset = 0;
    r.grain = year ? DateGrain::kYear : DateGrain::kMonth;
    r.modifier = static_cast<DateModifier>(w->modifier);
    return true;
  }

  // ليبلغ، لتصل، لينخفض: ل and an imperfect verb (a purpose clause), which no count is; a
  // stem in ي or ت of three letters or more (not لترا, لترات: litres).
  bool purpose_verb(std::uint32_t i) const {
    const auto segments = tt_.segments(toks_[i]);
    if (segments.size() != 2 || segments[0].role != SegmentRole::kPreposition ||
        form(i).substr(0, 2) != "\xD9\x84") {  // ل
      return false;
    }
    const std::string_view stem = tt_.view(segments[1].normalized);
    if (stem.size() < 6 || stem.starts_with("\xD8\xAA\xD8\xB1")) return false;  // تر
    return stem.starts_with("\xD9\x8A") || stem.starts_with("\xD8\xAA");  // ي، ت
  }

  // أرجأت الوزارة الامتحانات من …: a word of moving in time up to eight words before token i,
  // in its clause.
  bool shift_before(std::uint32_t i) const {
    for (std::uint32_t k = i, seen = 0; k > 0 && seen < 8; --k, ++seen) {
      if (toks_[k - 1].kind == TokenKind::kPunctuation) return false;
      if (has_any(k - 1, internal::kDateShift)) return true;
    }
    return false;
  }

  bool has_article_segment(std::uint32_t i) const {
    for (const Segment& s : tt_.segments(toks_[i])) {
      if (s.role == SegmentRole::kArticle) return true;
    }
    return false;
  }

  // عيد الفطر، عيد الأضحى 1445 هـ، المولد النبوي الشريف، رأس السنة الميلادية: a holiday on a fixed
  // day of its calendar, in the year written after it or, without one, the one closest to the
  // reference date. A Hijri holiday with a Gregorian year (عيد الفطر 2024) is the one in that year.
  bool holiday_date(std::uint32_t i, Raw& r) {
    std::uint32_t end = 0;
    const DatePhrase* p = phrase_at(i, DatePhrase::Type::kHoliday, end);
    if (p == nullptr) return false;
    int year = 0;
    std::uint32_t year_end = 0;
    CalendarKind era = CalendarKind::kGregorian;
    if (year_after(end, year, year_end, era)) {  // عيد الأضحى لعام 1445 هـ
      // Without an era a year from 1300 to 1500 is Hijri, as in numeric dates.
      if (era == CalendarKind::kGregorian && year >= 1300 && year <= 1500 &&
          !has(year_end - 1, internal::kDateEraGregorian)) {
        era = CalendarKind::kHijri;
      }
      if (p->calendar == CalendarKind::kHijri && era == CalendarKind::kGregorian &&
          year >= 1800 && year <= 2200) {
        year = hijri_year_of(year, p->month, p->day);  // عيد الفطر 2024 → 1445
      } else if (era != p->calendar || year < 1 || year > 9000) {
        year = 0;  // no year this holiday can have (رأس السنة الميلادية 1445 هـ)
      }
      if (year != 0) end = year_end;
    }
    r.first = i;
    r.end = end;
    r.calendar = p->calendar;
    r.month = p->month;
    r.day = p->day;
    r.year = year;
    r.grain = DateGrain::kDay;
    r.holiday = true;
    return true;
  }

  // ثاني أيام عيد الفطر: the nth day of a holiday (أول … رابع أيام), counted from its first day.
  void take_holiday_day(Raw& r, std::uint32_t floor) {
    if (!r.holiday || r.first < 2 || r.first - 2 < floor) return;
    const DateWord* days = first_word(r.first - 1, internal::kDateCountUnit);
    if (days == nullptr || days->count_unit != RelativeUnit::kDay || days->count != 0 ||
        !is_arabic(r.first - 2)) {
      return;
    }
    std::size_t e = 0;
    bool ordinal = false;
    const auto n = reader_.at(r.first - 2, e, &ordinal);
    if (!n || !ordinal || e != r.first - 1 || *n < 1 || *n > 4 || *n != std::floor(*n)) return;
    r.day += static_cast<int>(*n) - 1;
    r.first -= 2;
  }

  // The Hijri year whose (month, day) falls in Gregorian `year` (0 if none: a Hijri year is 11
  // days shorter, so one Gregorian year may hold a holiday twice or, rarely, not at all; the
  // first is taken).
  static int hijri_year_of(int year, int month, int day) {
    const auto mid = gregorian_to_hijri({year, 1, 1});
    if (!mid) return 0;
    for (int y = mid->year; y <= mid->year + 1; ++y) {
      const auto g = hijri_to_gregorian(y, month, day);
      if (g && g->year == year) return y;
    }
    return 0;
  }

  // نهاية العام الجاري، منتصف مارس، أواخر عام 2019، مطلع التسعينيات: a word for the start,
  // middle or end of a period just before it belongs to the mention (not before a day:
  // نهاية 5 مارس says nothing more than 5 مارس), unless the mention before took it.
  void take_modifier(Raw& r, std::uint32_t floor) const {
    if (r.grain == DateGrain::kDay || r.first == 0) return;
    std::uint32_t at = r.first - 1;
    // منتصف شهر مارس المقبل: شهر between them
    if (at > 0 && r.grain == DateGrain::kMonth && has(at, internal::kDateMonthWord)) --at;
    if (at < floor) return;
    const DateWord* w = first_word(at, internal::kDateModifier);
    if (w == nullptr || w->modifier < 1 || w->modifier > 3) return;
    r.modifier = static_cast<DateModifier>(w->modifier);
    r.first = at;
  }

  // الربع الثالث من عام 2016، النصف الأول من العام الجاري، الربع الأخير 2023، صيف 2016، شتاء
  // العام الماضي: a part of a year, always with its year (الربع الثالث alone is as often the
  // third quarter of a basketball game, ربيع الأول a Hijri month).
  bool year_part_date(std::uint32_t i, Raw& r) {
    static constexpr std::array<char, 4> kSeasonParts[] = {
        {'-', 'S', 'P', '\0'}, {'-', 'S', 'U', '\0'}, {'-', 'F', 'A', '\0'}, {'-', 'W', 'I', '\0'}};
    // الصيف الماضي، الشتاء المقبل، الصيف الحالي: the last, next or current such season
    if (const DateWord* season = first_word(i, internal::kDateSeason);
        season != nullptr && season->part >= 1 && season->part <= 4 &&
        (season->roles & internal::kDateYearPart) == 0 && tt_.match_key(toks_[i]).starts_with(kAl) &&
        (has(i + 1, internal::kDatePast) || has(i + 1, internal::kDateNext) ||
         has(i + 1, internal::kDateCurrent))) {
      r.part = kSeasonParts[season->part - 1];
      r.part_grain = DateGrain::kSeason;
      r.rel = Raw::Rel::kOffset;
      r.unit = RelativeUnit::kYear;
      r.offset = has(i + 1, internal::kDatePast) ? -1 : has(i + 1, internal::kDateNext) ? 1 : 0;
      r.season_month = static_cast<std::int8_t>(3 * season->part);  // 3, 6, 9, 12
      r.first = i;
      r.end = i + 2;
      r.grain = DateGrain::kYear;
      return true;
    }
    // هذا الصيف، هذا الشتاء: the season of this year
    if (has(i, internal::kDateThis) && is_arabic(i + 1) && form(i + 1).starts_with(kAl)) {
      const DateWord* season = first_word(i + 1, internal::kDateSeason);
      if (season != nullptr && season->part >= 1 && season->part <= 4 &&
          (season->roles & internal::kDateYearPart) == 0) {
        static constexpr std::array<char, 4> kThisSeason[] = {
            {'-', 'S', 'P', '\0'}, {'-', 'S', 'U', '\0'}, {'-', 'F', 'A', '\0'}, {'-', 'W', 'I', '\0'}};
        r.part = kThisSeason[season->part - 1];
        r.part_grain = DateGrain::kSeason;
        r.rel = Raw::Rel::kOffset;
        r.unit = RelativeUnit::kYear;
        r.offset = 0;
        r.first = i;
        r.end = i + 2;
        r.grain = DateGrain::kYear;
        return true;
      }
    }
    const DateWord* w = first_word(i, internal::kDateYearPart | internal::kDateSeason);
    if (w == nullptr || w->part == 0) return false;
    std::uint32_t j = i + 1;
    std::array<char, 4> part{};  // r is filled only once the whole mention is there
    DateGrain part_grain = DateGrain::kYear;
    if ((w->roles & internal::kDateYearPart) != 0) {
      int which = 0;
      if (const DateWord* edge = first_word(j, internal::kDateEdge);
          edge != nullptr && edge->edge == 2) {  // الربع الأخير
        which = w->part;
        ++j;
      } else {
        std::size_t e = 0;
        bool ordinal = false;
        const auto v = is_arabic(j) ? reader_.at(j, e, &ordinal) : std::nullopt;
        if (!v || !ordinal || *v < 1 || *v > w->part || *v != std::floor(*v)) return false;
        which = static_cast<int>(*v);
        j = static_cast<std::uint32_t>(e);
      }
      part = {'-', w->part == 4 ? 'Q' : 'H', static_cast<char>('0' + which), '\0'};
      part_grain = w->part == 4 ? DateGrain::kQuarter : DateGrain::kHalf;
      if (has(j, internal::kDateOf) && !has(j + 1, internal::kDateYearWord)) ++j;  // من 2016
    } else {
      static constexpr std::array<char, 4> kSeasons[] = {
          {'-', 'S', 'P', '\0'}, {'-', 'S', 'U', '\0'}, {'-', 'F', 'A', '\0'}, {'-', 'W', 'I', '\0'}};
      part = kSeasons[w->part - 1];
      part_grain = DateGrain::kSeason;
    }
    std::uint32_t end = 0;
    if (!year_of_part(j, r, end)) return false;
    r.part = part;
    r.part_grain = part_grain;
    r.first = i;
    r.end = end;
    r.grain = DateGrain::kYear;
    return true;
  }

  // الأشهر التسعة الأولى من العام الجاري، الشهور الستة الأخيرة من 2023: the first or last months
  // of a year, a range of months.
  bool months_of_year_date(std::uint32_t i, Raw& r) {
    // الأشهر، الشهور (relative_counts.tsv), with the article: the token's match key keeps it
    const DateWord* unit = first_word(i, internal::kDateCountUnit);
    if (unit == nullptr || unit->count_unit != RelativeUnit::kMonth || unit->count != 0 ||
        !tt_.match_key(toks_[i]).starts_with(kAl)) {
      return false;
    }
    std::size_t e = 0;
    bool ordinal = false;
    const auto v = is_arabic(i + 1) ? reader_.at(i + 1, e, &ordinal) : std::nullopt;
    if (!v || ordinal || *v < 2 || *v > 11 || *v != std::floor(*v)) return false;
    auto j = static_cast<std::uint32_t>(e);
    const DateWord* edge = first_word(j, internal::kDateEdge);
    if (edge == nullptr || edge->edge == 0) return false;
    ++j;
    if (has(j, internal::kDateOf) && !has(j + 1, internal::kDateYearWord)) ++j;  // من 2023
    std::uint32_t end = 0;
    if (!year_of_part(j, r, end)) return false;
    const int months = static_cast<int>(*v);
    r.month_first = static_cast<std::int8_t>(edge->edge == 1 ? 1 : 13 - months);
    r.month_last = static_cast<std::int8_t>(edge->edge == 1 ? months : 12);
    r.first = i;
    r.end = end;
    r.grain = DateGrain::kYear;
    return true;
  }

  // الأشهر الثلاثة الماضية، السنوات الخمس المقبلة، العامين الماضيين، آخر عشر سنوات: the time
  // between the reference date and some units before or after it, a range.
  bool units_to_reference(std::uint32_t i, Raw& r) {
    // A count and its unit from token j (عامين; ثلاثة أشهر، 10 سنوات، 15 عاما); the unit's entry,
    // its count and the token after it, or nullptr.
    // A count spelled out from token j (ثلاثة، الثلاثة، عشر): its value and the token after it.
    auto spelled_count = [&](std::uint32_t j, int& count, std::uint32_t& after) {
      std::size_t e = 0;
      bool ordinal = false;
      const auto value = is_arabic(j) ? reader_.at(j, e, &ordinal) : std::nullopt;
      if (!value || ordinal || *value != std::floor(*value) || *value > 1000) return false;
      count = static_cast<int>(*value);
      after = static_cast<std::uint32_t>(e);
      return true;
    };
    auto count_and_unit = [&](std::uint32_t j, int& count, std::uint32_t& after) -> const DateWord* {
      if (has(j, internal::kDateCountUnit) && looks_[j].word->count == 2) {
        count = 2;
        after = j + 1;
        return looks_[j].word;
      }
      int v = 0;
      std::uint32_t u = j + 1;
      if (!digits(j, v) && !spelled_count(j, v, u)) return nullptr;
      if (!has(u, internal::kDateCountUnit) || looks_[u].word->count == 2) return nullptr;
      count = v;
      after = u + 1;
      return looks_[u].word;
    };
    const DateWord* unit = nullptr;
    int count = 0, sign = -1;
    std::uint32_t end = 0;
    if (has_any(i, internal::kDateLatest)) {
      // في آخر ثلاثة أشهر; not آخر ثلاثة أشهر من العام (of another period), nor شاب آخر 27 سنة
      // (another one, 27 years old): آخر is "last" after a preposition of time.
      if (i == 0 || !has(i - 1, internal::kDateYearPreposition)) return false;
      unit = count_and_unit(i + 1, count, end);
      if (unit == nullptr || has(end, internal::kDateOf)) return false;
    } else {
      std::uint32_t j = i + 1;
      unit = first_word(i, internal::kDateCountUnit);
      if (unit == nullptr && bare_article(i)) {
        unit = count_and_unit(i + 1, count, j);  // الـ10 سنوات الماضية
        if (unit == nullptr) return false;
      } else if (unit == nullptr || !tt_.match_key(toks_[i]).starts_with(kAl)) {
        return false;
      } else if (unit->count == 2) {
        count = 2;  // العامين الماضيين
      } else if (unit->count == 0 && is_arabic(j) && bare_article(j) && digits(j + 1, count)) {
        j += 2;  // السنوات الـ4 الماضية
      } else if (unit->count != 0 || !spelled_count(j, count, j)) {  // الأشهر الثلاثة
        return false;
      }
      if (has(j, internal::kDateNext)) {
        sign = 1;
      } else if (!has(j, internal::kDatePast)) {
        // الأخيرة: up to now, but not الأعوام الثلاثة الأخيرة من حكمه (of another period)
        const DateWord* edge = first_word(j, internal::kDateEdge);
        if (edge == nullptr || edge->edge != 2 || has(j + 1, internal::kDateOf)) return false;
      }
      end = j + 1;
    }
    if (count < 2 || count > 100) return false;
    r.first = i;
    r.end = end;
    r.rel = Raw::Rel::kOffset;
    r.unit = unit->count_unit;
    r.offset = sign * count;
    r.to_reference = true;
    r.grain = r.unit == RelativeUnit::kDay || r.unit == RelativeUnit::kWeek ? DateGrain::kDay
                                                                            : grain_of(r.unit);
    return true;
  }

  // The year of a part of a year, from token j: 2016، عام 2016، من عام 2016، العام الماضي، هذا
  // العام، or العام alone (this year, but not العام الدراسي, a school year). Fills r's year or
  // its relative year and `end` only when there is one.
  bool year_of_part(std::uint32_t j, Raw& r, std::uint32_t& end) {
    int year = 0;
    CalendarKind calendar = CalendarKind::kGregorian;
    Raw relative;
    const std::uint32_t k = has(j, internal::kDateOf) ? j + 1 : j;  // من العام الماضي
    if (const int same = same_year_at(k)) {  // الربع الأول من العام نفسه
      r.year = same;
      end = k + 2;
      return true;
    }
    if (year_after(j, year, end, calendar)) {  // 2015، عام 2015، لعام 2015، من عام 2015
      // A Hijri year, or a number no news year (ربيع 1445 is no spring).
      if (calendar == CalendarKind::kHijri || year < 1800 || year > 2200) return false;
      r.year = year;
    } else if (relative_phrase(k, relative) && relative.unit == RelativeUnit::kYear) {
      r.rel = Raw::Rel::kOffset;
      r.unit = RelativeUnit::kYear;
      r.offset = relative.offset;
      end = relative.end;
    } else if (relative.rel == Raw::Rel::kNone && relative.grain == DateGrain::kYear &&
               relative.year >= 1800 && relative.year <= 2200 &&
               relative.calendar == CalendarKind::kGregorian) {
      r.year = relative.year;  // العام الحالي 2015
      end = relative.end;
    } else if (first_word(k, internal::kDateYearWord) != nullptr &&
               tt_.match_key(toks_[k]).starts_with(kAl) &&
               !(is_arabic(k + 1) && form(k + 1).starts_with(kAl)) &&
               !has(k + 1, internal::kDateSame)) {  // للعام: this year (العام نفسه: none named)
      r.rel = Raw::Rel::kOffset;
      r.unit = RelativeUnit::kYear;
      r.offset = 0;
      end = k + 1;
    } else {
      return false;
    }
    return true;
  }

  static DateGrain grain_of(RelativeUnit u) {
    switch (u) {
      case RelativeUnit::kWeek: return DateGrain::kWeek;
      case RelativeUnit::kMonth: return DateGrain::kMonth;
      case RelativeUnit::kYear: return DateGrain::kYear;
      case RelativeUnit::kDecade: return DateGrain::kYear;  // العقدين الماضيين: years
      case RelativeUnit::kCentury: return DateGrain::kCentury;
      default: return DateGrain::kDay;
    }
  }

  // قبل ثلاثة أيام، منذ يومين، بعد أسبوع، قبل 3 سنوات
  bool count_relative(std::uint32_t i, Raw& r) {
    const DateWord* w = first_word(i, internal::kDateBefore | internal::kDateAfter);
    if (w == nullptr) return false;
    const int sign = (w->roles & internal::kDateBefore) != 0 ? -1 : 1;
    std::uint32_t j = i + 1;
    // قبل نحو عقدين، منذ قرابة عام; not after بعد, which with a word of approximation mostly
    // counts from an event told before (وبعد نحو سبعة عقود، يتجاوز عدد طلابها)
    if (sign < 0 && has(j, internal::kDateApprox)) ++j;
    int count = 0;
    std::uint32_t unit_tok = 0;
    if (has(j, internal::kDateCountUnit) && looks_[j].word->count > 0) {
      int year = 0, digit_count = 0;
      if (digits(j + 1, year, &digit_count) && digit_count >= 3) return false;  // منذ عام 1999
      // منذ عام ألفين: a year in words, not a year ago
      std::size_t spelled_end = 0;
      if (is_arabic(j + 1)) {
        if (auto spelled = reader_.at(j + 1, spelled_end); spelled && *spelled >= 1000) {
          return false;
        }
      }
      count = looks_[j].word->count;
      unit_tok = j;
    } else {
      int v = 0;
      std::size_t e = 0;
      if (digits(j, v)) {
        count = v;
        e = j + 1;
      } else if (is_arabic(j)) {
        auto value = reader_.at(j, e);
        if (!value || *value < 1 || *value > 1000 || *value != std::floor(*value)) return false;
        count = static_cast<int>(*value);
      } else {
        return false;
      }
      unit_tok = static_cast<std::uint32_t>(e);
      if (!has(unit_tok, internal::kDateCountUnit) || looks_[unit_tok].word->count == 2) {
        return false;
      }
    }
    if (count < 1) return false;
    // منذ شهر رجب: the month named, not a month ago; منذ يوم الأحد، منذ يوم أمس: the day named
    std::uint32_t month_end = 0, day_end = 0;
    if (month_at(unit_tok + 1, month_end) != nullptr) return false;
    if (unit_tok == j && (first_word(unit_tok + 1, internal::kDateWeekday) != nullptr ||
                          phrase_at(unit_tok + 1, DatePhrase::Type::kRelative, day_end) != nullptr)) {
      return false;
    }
    // يوما بعد يوم، عاما بعد عام: an idiom (day after day), not a day from the reference.
    if (i > 0 && has(i - 1, internal::kDateCountUnit) &&
        looks_[i - 1].word->count_unit == looks_[unit_tok].word->count_unit) {
      return false;
    }
    // قبل أسبوع من الموعد، بعد 180 يوما من تاريخ نشره: counted from another event.
    // (also بعد أسبوع فقط من مقابلته: a hedge between them)
    const std::uint32_t after_unit = has(unit_tok + 1, internal::kDateHedge) ? unit_tok + 2
                                                                            : unit_tok + 1;
    // بعد أسبوعين من الآن، قبل ثلاثة أيام من اليوم: counted from the reference date after all
    std::uint32_t from_now_end = 0;
    if (has(after_unit, internal::kDateOf) && is_arabic(after_unit + 1) &&
        (form(after_unit + 1) == "\xD8\xA7\xD9\x84\xD8\xA2\xD9\x86" ||      // الآن
         form(after_unit + 1) == "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86" ||      // الان
         form(after_unit + 1) == "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85")) {  // اليوم
      from_now_end = after_unit + 2;
    } else if (has(after_unit, internal::kDateOf | internal::kDateAnchor) &&
               !has(i, internal::kDateSince) && !has(after_unit + 1, internal::kDatePlaceAdverb)) {
      // (not after منذ: يسيطر منذ عام على مساحات، يعاني منذ عام من اضطرابات، القبض منذ يومين
      // على شخصين count from the reference; nor before a place: قبل ثلاثة أيام من أمام منزله)
      return false;
    }
    const RelativeUnit unit = looks_[unit_tok].word->count_unit;
    r.first = i;
    r.end = from_now_end != 0 ? from_now_end : unit_tok + 1;
    r.rel = Raw::Rel::kOffset;
    r.unit = unit;
    r.offset = sign * count;
    r.grain = unit == RelativeUnit::kDay || unit == RelativeUnit::kWeek ? DateGrain::kDay
                                                                        : grain_of(unit);
    return true;
  }

  // Fills `r` with a year (or a range of years) of `cal` over tokens [first, end); false when the
  // year is not one the press writes in that calendar.
  static bool year_mention(Raw& r, std::uint32_t first, std::uint32_t end, CalendarKind cal,
                           int year, int year2 = 0) {
    if (cal == CalendarKind::kGregorian && (year < 100 || year > 2200)) return false;
    if (cal == CalendarKind::kHijri && (year < 1 || year > 1600)) return false;
    r.first = first;
    r.end = end;
    r.calendar = cal;
    r.year = year;
    r.grain = DateGrain::kYear;
    if (year2 != 0) {
      r.range = true;
      r.year2 = year2;
    }
    return true;
  }

  // Fills `r` with the numeric date whose number token(s) end before token `end`: an era marker
  // there names the calendar (and joins the mention); without one a year from 1300 to 1500 is
  // Hijri (Gregorian years of that age are not news). `day` 0 makes it a month.
  bool numeric_mention(Raw& r, std::uint32_t first, std::uint32_t end, int year, int month,
                       int day) const {
    const std::optional<CalendarKind> era = era_at(end);
    if (era) ++end;
    CalendarKind cal = era.value_or(CalendarKind::kGregorian);
    if (!era && year >= 1300 && year <= 1500) cal = CalendarKind::kHijri;
    if (cal == CalendarKind::kGregorian && (year < 1000 || year > 2200)) return false;
    if (cal == CalendarKind::kHijri && (year < 1 || year > 1600)) return false;
    if (month < 1 || month > 12 || day < 0 || day > 31) return false;
    r.first = first;
    r.end = end;
    r.calendar = cal;
    r.year = year;
    r.month = month;
    r.day = day;
    r.grain = day != 0 ? DateGrain::kDay : DateGrain::kMonth;
    return true;
  }

  // A numeric date, and a second one after إلى/حتى (or و after بين) that ends a range of days:
  // من 4/9/1436هـ إلى 15/9/1436هـ، بين 1 / 3 / 2024 و15 / 3 / 2024. The second must be a
  // later day of the same calendar; otherwise the two stay two mentions.
  bool numeric_date_or_range(std::uint32_t i, Raw& r) {
    if (!numeric_date(i, r) && !spaced_numeric_date(i, r)) return false;
    if (r.grain != DateGrain::kDay) return true;
    const std::uint32_t j = r.end;
    const bool between = i > 0 && has_any(i - 1, internal::kDateRangeBetween);
    if (!has_any(j, internal::kDateRangeTo) && !(between && has(j, internal::kDateRangeAnd))) {
      return true;
    }
    const std::uint32_t k = j + 1;
    if (!valid(k) || (toks_[k].kind != TokenKind::kNumber &&
                      toks_[k].kind != TokenKind::kNumberSequence)) {
      return true;
    }
    Raw second;
    if (!numeric_date(k, second) && !spaced_numeric_date(k, second)) return true;
    const auto key = [](int y, int m, int d) { return (y * 13 + m) * 32 + d; };
    if (second.grain != DateGrain::kDay || second.calendar != r.calendar ||
        key(second.year, second.month, second.day) <= key(r.year, r.month, r.day)) {
      return true;
    }
    r.range = true;
    r.year2 = second.year;
    r.month2 = second.month;
    r.day2 = second.day;
    r.end = second.end;
    return true;
  }

  // 24/12/2024، ٢٤/١٢/٢٠٢٤، 2024-12-24، 24.12.2024، 14-09-1432 هـ، 12/2024
  bool numeric_date(std::uint32_t i, Raw& r) {
    const Token& t = toks_[i];
    const std::string_view w = form(i);
    if (t.kind != TokenKind::kNumberSequence && t.kind != TokenKind::kNumber) return false;
    char sep = 0;
    for (char c : w) {
      if (c == '/' || c == '-' || c == '.') {
        if (sep != 0 && c != sep) return false;
        sep = c;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    if (sep == 0) return false;
    int parts[3] = {0, 0, 0}, lens[3] = {0, 0, 0};
    int n = 0;
    std::size_t pos = 0;
    while (pos <= w.size()) {
      std::size_t at = w.find(sep, pos);
      if (at == std::string_view::npos) at = w.size();
      if (n == 3) return false;
      const std::string_view part = w.substr(pos, at - pos);
      if (!small_number(part, parts[n])) return false;
      lens[n] = static_cast<int>(part.size());
      ++n;
      pos = at + 1;
    }
    if (t.kind == TokenKind::kNumber && n != 3) return false;  // 3.5 is a number
    int y = 0, m = 0, d = 0;
    if (n == 3) {
      if (lens[0] == 4) {
        y = parts[0], m = parts[1], d = parts[2];
      } else if (lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2) {
        d = parts[0], m = parts[1], y = parts[2];
        if (m > 12 && d <= 12) std::swap(d, m);  // 12/24/2024, the American order
      } else {
        return false;
      }
      if (d == 0) return false;
    } else if (n == 2 && sep == '/' && lens[1] == 4 && lens[0] <= 2) {
      m = parts[0], y = parts[1];
    } else {
      return false;
    }
    return numeric_mention(r, i, i + 1, y, m, d);
  }

  // 9 / 10 / 1436هـ، 24 / 12 / 2024، 14 – 10 – 1436 هـ: a numeric date written with spaces
  // around its separators (the same one twice: / or a dash, which the search form writes -).
  bool spaced_numeric_date(std::uint32_t i, Raw& r) {
    int d = 0, m = 0, y = 0, dc = 0, mc = 0, yc = 0;
    if (!digits(i, d, &dc) || !valid(i + 1)) return false;
    const std::string_view sep = form(i + 1);
    if ((sep != "/" && sep != "-") || !is_punct(i + 1, sep) || !digits(i + 2, m, &mc) ||
        !is_punct(i + 3, sep) || !digits(i + 4, y, &yc)) {
      return false;
    }
    if (dc == 4 && mc <= 2 && yc <= 2) {
      std::swap(d, y);  // 1436 / 5 / 20
      std::swap(dc, yc);
    }
    if (dc > 2 || mc > 2 || yc != 4 || d < 1) return false;
    return numeric_mention(r, i, i + 5, y, m, d);
  }

  // عام 2025، سنة 2021م، العام 2024، عام ١٤٤٥هـ، عامي 2010 و2015، عام ألفين وعشرين
  bool year_word_date(std::uint32_t i, Raw& r) {
    if (first_word(i, internal::kDateYearWord) == nullptr) return false;
    std::uint32_t j = i + 1;
    int y = 0, count = 0, y2 = 0;
    std::uint32_t end = 0;
    if (valid(j) && toks_[j].kind == TokenKind::kNumberSequence) {
      // عامي 2010-2015
      const std::string_view w = form(j);
      const std::size_t dash = w.find('-');
      if (dash == std::string_view::npos || !small_number(w.substr(0, dash), y) ||
          !small_number(w.substr(dash + 1), y2) || dash != 4 || w.size() != 9 || y2 <= y) {
        return false;
      }
      end = j + 1;
    } else if (digits(j, y, &count)) {
      if (count < 3) return false;
      end = j + 1;
    } else if (is_arabic(j)) {
      std::size_t e = 0;
      auto value = reader_.at(j, e);
      if (!value || *value < 1000 || *value > 2200 || *value != std::floor(*value)) return false;
      y = static_cast<int>(*value);
      end = static_cast<std::uint32_t>(e);
    } else {
      return false;
    }
    CalendarKind cal = CalendarKind::kGregorian;
    if (auto era = era_at(end)) {
      cal = *era;
      ++end;
    } else if (y >= 1300 && y <= 1500) {
      cal = CalendarKind::kHijri;  // عام 1428: without an era, Hijri, as in numeric dates
    }
    // إلى 2015، حتى 2015، - 2015; و2015 after بين (بين عامي 2010 و2015) or for the next year
    // (عامي 2019 و2020). Otherwise و lists another year (عامي 2005 و2010: two years, not the
    // years between), a mention of its own.
    const bool between = i > 0 && has_any(i - 1, internal::kDateRangeBetween);
    if (y2 == 0 && (has(end, internal::kDateRangeAnd) || has(end, internal::kDateRangeTo) ||
                    is_punct(end, "-"))) {
      int v = 0, c2 = 0;
      std::uint32_t k = end + 1;
      if (has(k, internal::kDateYearWord)) ++k;
      // (a second year at most three centuries on: عام 2023 إلى 2946 قتيلا is a count)
      if (digits(k, v, &c2) && c2 == 4 && v > y && v - y <= 300 &&
          (between || v == y + 1 || !has(end, internal::kDateRangeAnd))) {
        y2 = v;
        end = k + 1;
        if (auto era = era_at(end)) {
          if (*era == cal) ++end;
        }
      }
    }
    if (cal == CalendarKind::kGregorian && y < 1000) return false;
    return year_mention(r, i, end, cal, y, y2);
  }

  // 2024م، 1445 هـ
  bool era_year(std::uint32_t i, Raw& r) {
    int y = 0, count = 0;
    if (!digits(i, y, &count) || count < 3) return false;
    auto era = era_at(i + 1);
    if (!era) return false;
    // A lone م after a number is also the metre (200م، 1000م3): a year only from 1000 to 2200
    // and not followed by a digit.
    if (*era == CalendarKind::kGregorian && form(i + 1) == "\xD9\x85" &&
        (y < 1000 || (valid(i + 2) && toks_[i + 2].joined &&
                      toks_[i + 2].kind == TokenKind::kNumber))) {
      return false;
    }
    return year_mention(r, i, i + 2, *era, y);
  }

  // في 2024، منذ 2011، بحلول 2030: a bare four-digit year after a preposition of time, not
  // followed by what makes it a count (2025 شخصا، 2024 مليون).
  bool preposition_year(std::uint32_t i, Raw& r) {
    int y = 0, count = 0;
    if (i == 0 || !digits(i, y, &count) || count != 4 || y < 1800 || y > 2100) return false;
    const bool range_start = has(i - 1, internal::kDateRangeFrom) ||
                             has_any(i - 1, internal::kDateRangeBetween);
    // في 2005 و2010: the و of a list right after a year mention
    const bool listed = i - 1 == year_list_end_ && has(i - 1, internal::kDateRangeAnd);
    // كأس آسيا 2023، أولمبياد باريس 2024: an event noun two or three words before, names between
    bool event_before = false;
    for (std::uint32_t k = 2; k <= 3 && k <= i && !event_before; ++k) {
      bool names_between = true;
      for (std::uint32_t m = i - k + 1; m < i; ++m) {
        names_between = names_between && toks_[m].kind == TokenKind::kArabicWord &&
                        !has_any(m, internal::kDateYearPreposition | internal::kDateRangeAnd);
      }
      event_before = names_between && has_any(i - k, internal::kDateEvent);
    }
    // الفترة نفسها من 2023: the same period of a year
    const bool same_period = i >= 2 && has_any(i - 1, internal::kDateOf) &&
                             has_any(i - 2, internal::kDateSame);
    if (!has_any(i - 1, internal::kDateYearPreposition | internal::kDateEvent) && !range_start &&
        !listed && !event_before && !same_period) {
      return false;
    }
    if (toks_[i - 1].kind != TokenKind::kArabicWord) return false;
    std::size_t e = 0;
    if (auto v = reader_.at(i, e); v && e > i + 1) return false;  // 2024 مليون
    std::uint32_t end = i + 1;
    int y2 = 0;
    if (has(end, internal::kDateRangeAnd) || has(end, internal::kDateRangeTo) || is_punct(end, "-")) {
      int v = 0, c2 = 0;
      // و: a range after بين or to the next year, else a list (see year_word_date)
      if (digits(end + 1, v, &c2) && c2 == 4 && v > y &&
          (has_any(i - 1, internal::kDateRangeBetween) || v == y + 1 ||
           !has(end, internal::kDateRangeAnd))) {
        y2 = v;
        end += 2;
      }
    }
    if (range_start && y2 == 0 && !same_period) return false;
    // What follows a year: punctuation, a conjunction, a preposition, a date word, a definite
    // word (في 2013 المقاتلين), ل and a verb (في 2023 ليبلغ), a word with a preposition
    // attached (في 2022 بتكلفة). An indefinite noun after the number makes it a count (في 1986
    // لجنة).
    // After an event noun the year names the event whatever follows (دورة 2024 بلغت، أولمبياد
    // باريس 2024 مسجلا).
    const bool after_event = event_before || has_any(i - 1, internal::kDateEvent);
    // (a preposition attached to the next word opens a phrase of its own: افتتح في 2022 بتكلفة;
    // not an accusative in ا that only reads as one, the counted noun: في 2000 لترا)
    const auto segments = valid(end) ? tt_.segments(toks_[end]) : std::span<const Segment>{};
    const bool preposition_after = !segments.empty() &&
                                   segments.front().role == SegmentRole::kPreposition &&
                                   !form(end).ends_with("\xD8\xA7");  // ا
    if (!has_any(i - 1, internal::kDateYearContext) && !listed && !after_event && is_arabic(end) &&
        !form(end).starts_with("\xD9\x88") && !form(end).starts_with(kAl) && !purpose_verb(end) &&
        !preposition_after &&
        !has(end, internal::kDateOf | internal::kDateYearPreposition | internal::kDateRangeTo |
                      internal::kDateEraGregorian | internal::kDateEraHijri)) {
      return false;
    }
    return year_mention(r, i, end, CalendarKind::kGregorian, y, y2);
  }

  // 1436/1437هـ، 2014/2015، (2012-2013)، 1436 / 1437هـ: a school, fiscal or sports year of two
  // consecutive years. Without an era a pair from 1300 to 1500 is Hijri.
  bool year_pair(std::uint32_t i, Raw& r) {
    int y = 0, y2 = 0, count = 0;
    std::uint32_t end = 0;
    if (toks_[i].kind == TokenKind::kNumberSequence) {
      const std::string_view w = form(i);
      if (w.size() != 9 || (w[4] != '/' && w[4] != '-') || !small_number(w.substr(0, 4), y) ||
          !small_number(w.substr(5), y2)) {
        return false;
      }
      end = i + 1;
    } else if (digits(i, y, &count) && count == 4 && is_punct(i + 1, "/") &&
               digits(i + 2, y2, &count) && count == 4) {
      end = i + 3;
    } else {
      return false;
    }
    if (y2 != y + 1) return false;
    CalendarKind calendar = CalendarKind::kGregorian;
    if (auto era = era_at(end)) {
      calendar = *era;
      ++end;
    } else if (y >= 1300 && y <= 1500) {
      calendar = CalendarKind::kHijri;
    }
    if (calendar == CalendarKind::kGregorian && (y < 1800 || y > 2200)) return false;
    return year_mention(r, i, end, calendar, y, y2);
  }

  // خلال الفترة 2016-2020، في 2010-2015: a range of years after a preposition of time.
  bool preposition_year_range(std::uint32_t i, Raw& r) {
    if (i == 0 || !has_any(i - 1, internal::kDateYearPreposition)) return false;
    const std::string_view w = form(i);
    int y = 0, y2 = 0;
    if (w.size() != 9 || w[4] != '-' || !small_number(w.substr(0, 4), y) ||
        !small_number(w.substr(5), y2) || y < 1900 || y2 <= y || y2 > 2100) {
      return false;
    }
    return year_mention(r, i, i + 1, CalendarKind::kGregorian, y, y2);
  }

  // A century after القرن: الـ21، 21، العشرين، الحادي والعشرين، التاسع عشر. 0 when none.
  int century_number(std::uint32_t j, std::uint32_t& end) {
    std::uint32_t k = j;
    if (is_arabic(k) && bare_article(k)) ++k;  // الـ21: the tatweel is gone in the search form
    int v = 0, count = 0;
    if (digits(k, v, &count) && count <= 2 && v >= 1 && v <= 30) {
      end = k + 1;
      return v;
    }
    if (!is_arabic(j)) return 0;
    std::size_t e = 0;
    auto value = reader_.at(j, e);
    if (!value || *value < 1 || *value > 30 || *value != std::floor(*value)) return 0;
    end = static_cast<std::uint32_t>(e);
    return static_cast<int>(*value);
  }

  // القرن العشرين، القرن الـ21، القرن الماضي (a relative phrase), القرن التاسع عشر الميلادي
  bool century(std::uint32_t i, Raw& r) {
    if (first_word(i, internal::kDateCenturyWord) == nullptr) return false;
    std::uint32_t end = 0;
    const int c = century_number(i + 1, end);
    if (c == 0) return false;
    if (auto era = era_at(end)) {
      if (*era == CalendarKind::kHijri) return false;  // Hijri centuries are not converted
      ++end;
    }
    r.first = i;
    r.end = end;
    r.grain = DateGrain::kCentury;
    set_fixed(r, two_digits(c - 1));
    return true;
  }

  // التسعينيات، تسعينيات القرن الماضي، السبعينيات من القرن العشرين
  bool decade(std::uint32_t i, Raw& r) {
    const DateWord* w = first_word(i, internal::kDateDecade);
    if (w == nullptr) return false;
    std::uint32_t end = i + 1;
    int hundreds = 19;  // the press means the 1990s unless it says otherwise
    std::uint32_t k = end;
    if (has(k, internal::kDateOf)) ++k;
    // شاب في العشرينات من عمره: an age, no decade of the calendar
    if (k > end && is_arabic(k) && form(k).starts_with("\xD8\xB9\xD9\x85\xD8\xB1")) {  // عمر
      return false;
    }
    if (has(k, internal::kDateCenturyWord)) {
      std::uint32_t ce = 0;
      if (has(k + 1, internal::kDatePast)) {
        hundreds = 19;  // سبعينيات القرن الماضي: the press means the 20th century
        end = k + 2;
      } else if (has(k + 1, internal::kDateCurrent)) {
        hundreds = 20;
        end = k + 2;
      } else if (int c = century_number(k + 1, ce); c != 0) {
        hundreds = c - 1;
        end = ce;
        if (auto era = era_at(end)) {
          if (*era == CalendarKind::kHijri) return false;
          ++end;
        }
      }
    }
    r.first = i;
    r.end = end;
    r.grain = DateGrain::kDecade;
    // three digits: the 1990s "199", the 190s "019" (تسعينيات القرن الثاني)
    set_fixed(r, two_digits(hundreds) + std::to_string(static_cast<int>(w->decade)));
    return true;
  }

  // 15 مارس من كل عام، نهاية شهر يونيو من كل عام: a day or month that comes back every year
  // has no year of its own; the words join the mention.
  void take_yearly(Raw& r) const {
    if (r.rel != Raw::Rel::kNone || r.year != 0 || r.month == 0 || r.fixed[0] != '\0') return;
    std::uint32_t j = r.end;
    if (has(j, internal::kDateOf)) ++j;
    if (!is_arabic(j) || form(j) != "\xD9\x83\xD9\x84" ||  // كل
        !has_any(j + 1, internal::kDateYearWord)) {
      return;
    }
    r.yearly = true;
    r.end = j + 2;
  }

  void finish(Raw& r) const {
    // A token found as it stands (فيفري) keeps its first letters even when the tokenizer saw a
    // proclitic in them; one found without its proclitics (وفي، بالأمس) starts after them.
    const DateWord* w = looks_[r.first].word;
    const bool as_is = toks_[r.first].kind != TokenKind::kArabicWord ||
                       (w != nullptr && (w->roles != 0 || !w->phrases.empty()));
    r.begin_byte = as_is ? toks_[r.first].span.begin : begin_after_clitics(r.first);
    r.end_byte = toks_[r.end - 1].span.end;
  }

  // 28 رمضان 1436 هـ الموافق 15 يوليو 2015م: the two halves name the same day.
  void link_pairs(std::vector<Raw>& raws) const {
    for (std::size_t k = 1; k < raws.size(); ++k) {
      std::uint32_t j = raws[k - 1].end;
      bool paired = false;
      while (j < raws[k].first) {
        if (has(j, internal::kDatePaired)) {
          paired = true;
        } else if (!(toks_[j].kind == TokenKind::kPunctuation)) {
          break;
        }
        ++j;
      }
      if (paired && j == raws[k].first) raws[k].paired_with_previous = true;
    }
  }

  const internal::DateLexicon& lex_;
  std::string_view text_;
  const TokenizedText& tt_;
  const std::vector<Token>& toks_;
  internal::NumberReader reader_;
  std::uint32_t n_;
  std::vector<Look> looks_;
  std::vector<std::uint32_t> next_month_;
  std::vector<Raw> so_far_;  // the mentions found so far, in text order (run() returns them)
  // The token after the last year mention (where و may list another year); none at first.
  std::uint32_t year_list_end_ = std::numeric_limits<std::uint32_t>::max();
};

// ---- resolution ------------------------------------------------------------------------------

// The year that puts month/day closest to the reference (a date within about six months).
int closest_year(const CivilDate& ref, int month, int day) {
  int best = ref.year;
  std::int64_t best_distance = -1;
  const std::int64_t ref_days = internal::days_from_civil(ref.year, ref.month, ref.day);
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    const int d = std::min(day == 0 ? 1 : day, internal::days_in_month(y, month));
    const std::int64_t distance =
        std::llabs(internal::days_from_civil(y, month, d) - ref_days) + (y == ref.year ? 0 : 1);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best = y;
    }
  }
  return best;
}

// The Hijri year that puts a Hijri month/day closest to the reference.
int closest_hijri_year(const CivilDate& ref, int month, int day) {
  const auto h = gregorian_to_hijri(ref);
  if (!h) return 0;
  const std::int64_t ref_days = internal::days_from_civil(ref.year, ref.month, ref.day);
  int best = 0;
  std::int64_t best_distance = -1;
  for (int y = h->year - 1; y <= h->year + 1; ++y) {
    auto g = hijri_to_gregorian(y, month, day == 0 ? 1 : std::min(day, 29));
    if (!g) continue;
    const std::int64_t distance =
        std::llabs(internal::days_from_civil(g->year, g->month, g->day) - ref_days);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best = y;
    }
  }
  return best;
}


std::string hijri_string(int y, int m, int d) {
  std::string s = y != 0 ? internal::format_year(y) : "-";
  if (m != 0) (s += '-') += two_digits(m);
  if (d != 0) (s += '-') += two_digits(d);
  return s;
}

// The year of a Gregorian or Hijri month (a year when month is 0) that the text leaves to the
// reference date: the year of a relative year (العام الجاري), the last such month before the
// reference month or the next after it (رمضان الماضي، يوليو المقبل; a Hijri month in the Hijri
// year of the reference date), else the year that puts the month closest; 0 when none.
int year_by_reference(const Raw& r, const CivilDate& ref) {
  const bool hijri = r.calendar == CalendarKind::kHijri;
  if (r.month == 0) return ref.year + (r.rel == Raw::Rel::kOffset ? r.offset : 0);
  if (r.rel == Raw::Rel::kMonthDirection) {
    std::optional<CivilDate> base = ref;
    if (hijri) base = gregorian_to_hijri(ref);
    if (!base) return 0;
    return r.offset < 0   ? (r.month < base->month ? base->year : base->year - 1)
           : r.offset > 0 ? (r.month > base->month ? base->year : base->year + 1)
                          : base->year;
  }
  return hijri ? closest_hijri_year(ref, r.month, 1) : closest_year(ref, r.month, 1);
}

// The first day of a Gregorian or Hijri month (of the year when month is 0) and the first day
// after it, in the Gregorian calendar; false outside the calendars' range.
bool period_bounds(int year, int month, bool hijri, CivilDate& first, CivilDate& next) {
  std::optional<CivilDate> f, e;
  if (month == 0) {
    f = CivilDate{year, 1, 1};
    e = CivilDate{year + 1, 1, 1};
  } else if (hijri) {
    f = hijri_to_gregorian(year, month, 1);
    e = month == 12 ? hijri_to_gregorian(year + 1, 1, 1) : hijri_to_gregorian(year, month + 1, 1);
  } else {
    f = CivilDate{year, month, 1};
    e = month == 12 ? CivilDate{year + 1, 1, 1} : CivilDate{year, month + 1, 1};
  }
  if (!f || !e) return false;
  first = *f;
  next = *e;
  return true;
}

// The nth (or last) weekday of a Gregorian or Hijri month, or the nth (or last) week of a month
// or a year (seven days from its day 7(n − 1) + 1, or its last seven, as a day range), in the
// year written or the one the reference date gives (year_by_reference); without either, a
// relative mention with no value.
bool resolve_nth(const Raw& r, const std::optional<CivilDate>& ref, DateMention& out) {
  const bool hijri = r.calendar == CalendarKind::kHijri;
  int year = r.year;
  out.relative = r.year == 0;
  if (year == 0) {
    if (!ref) return true;  // which year, and so which days, the reference date would say
    year = year_by_reference(r, *ref);
    if (year == 0) return false;
  }
  CivilDate first, next;
  if (!period_bounds(year, r.month, hijri, first, next)) return false;
  const std::int64_t start = internal::days_from_civil(first.year, first.month, first.day);
  const std::int64_t stop = internal::days_from_civil(next.year, next.month, next.day);
  std::int64_t from = 0, to = 0;  // days, inclusive
  if (r.nth_weekday > 0) {
    from = to = start + (r.weekday - internal::iso_weekday(first) + 7) % 7 + 7 * (r.nth_weekday - 1);
  } else if (r.nth_weekday < 0) {
    const CivilDate last = internal::add_days(next, -1);
    from = to = stop - 1 - (internal::iso_weekday(last) - r.weekday + 7) % 7;
  } else {
    from = r.nth_week > 0 ? start + r.week_days * (r.nth_week - 1) : stop - r.week_days;
    to = from + r.week_days - 1;
  }
  if (from < start || to >= stop) return false;
  out.value = internal::format_day(internal::add_days(first, from - start));
  if (r.nth_week != 0) out.end_value = internal::format_day(internal::add_days(first, to - start));
  if (hijri) {
    out.hijri = hijri_string(year, r.month, static_cast<int>(from - start) + 1);
    if (r.nth_week != 0) out.hijri_end = hijri_string(year, r.month, static_cast<int>(to - start) + 1);
  }
  return true;
}

// Fills value (and end_value) of a mention; false when the text names no real date (31 April).
bool resolve_value(const Raw& r, const std::optional<CivilDate>& ref, DateMention& out) {
  out.grain = r.grain;
  out.calendar = r.calendar;
  if (r.fixed[0] != '\0') {
    out.value = r.fixed.data();
    return true;
  }
  using Rel = Raw::Rel;
  if (r.year_relative && r.year == 0) {
    out.relative = true;
    if (!ref) return true;  // which year, the reference date would say
    Raw dated = r;
    dated.year_relative = false;
    dated.year = ref->year + r.year_offset;
    const bool ok = resolve_value(dated, ref, out);
    out.relative = true;
    return ok;
  }
  if (r.nth_weekday != 0 || r.nth_week != 0) return resolve_nth(r, ref, out);
  if (r.rel == Rel::kOffset || r.rel == Rel::kWeekday) {
    out.relative = true;
    if (!ref) return true;
    const CivilDate base = *ref;
    if (r.rel == Rel::kWeekday) {
      const int today = internal::iso_weekday(base);
      int delta = r.weekday - today;
      if (r.offset < 0) {  // الاثنين الماضي: strictly before
        if (delta >= 0) delta -= 7;
      } else if (r.offset > 0) {  // الاثنين المقبل: strictly after
        if (delta <= 0) delta += 7;
      } else if (r.offset == kUpcoming) {  // حتى الاثنين: the reference day or the next Monday
        if (delta < 0) delta += 7;
      } else if (delta > 0) {  // الاثنين: the latest Monday up to the reference date
        delta -= 7;
      }
      out.value = internal::format_day(internal::add_days(base, delta));
      return true;
    }
    if (r.to_reference) {
      // From the earlier of the two dates to the later, in the mention's grain.
      CivilDate other = base;
      switch (r.unit) {
        case RelativeUnit::kDay: other = internal::add_days(base, r.offset); break;
        case RelativeUnit::kWeek: other = internal::add_days(base, 7LL * r.offset); break;
        case RelativeUnit::kMonth: other = internal::add_months(base, r.offset); break;
        case RelativeUnit::kYear: other = internal::add_months(base, 12 * r.offset); break;
        case RelativeUnit::kDecade: other = internal::add_months(base, 120 * r.offset); break;
        default: return false;
      }
      const CivilDate& from = r.offset < 0 ? other : base;
      const CivilDate& to = r.offset < 0 ? base : other;
      auto format = [&](const CivilDate& d) {
        return r.grain == DateGrain::kYear    ? internal::format_year(d.year)
               : r.grain == DateGrain::kMonth ? internal::format_month(d.year, d.month)
                                              : internal::format_day(d);
      };
      out.value = format(from);
      out.end_value = format(to);
      return true;
    }
    switch (r.unit) {
      case RelativeUnit::kDay:
        out.value = internal::format_day(internal::add_days(base, r.offset));
        break;
      case RelativeUnit::kWeek: {
        CivilDate d = internal::add_days(base, 7LL * r.offset);
        if (r.grain == DateGrain::kDay && r.weekday != 0) {
          // a weekday of the week (Monday to Sunday) the offset lands in
          d = internal::add_days(d, r.weekday - internal::iso_weekday(d));
          out.value = internal::format_day(d);
        } else if (r.grain == DateGrain::kDay) {
          out.value = internal::format_day(d);
        } else {
          int wy = 0, w = 0;
          internal::iso_week(d, wy, w);
          out.value = internal::format_week(wy, w);
        }
        break;
      }
      case RelativeUnit::kMonth: {
        const CivilDate d = internal::add_months(base, r.offset);
        out.value = r.grain == DateGrain::kDay ? internal::format_day(d)
                                               : internal::format_month(d.year, d.month);
        break;
      }
      case RelativeUnit::kYear:
        if (r.season_month != 0) {
          // The season that began in month s of year Y runs s..s+2 (winter into Y+1). Past: the
          // latest one over before the reference month; next: the first one to begin after it;
          // current: the one it falls in, or else the next.
          const int now = base.year * 12 + base.month - 1;
          const auto begins = [&](int y) { return y * 12 + r.season_month - 1; };
          int y = base.year + 1;
          if (r.offset < 0) {
            while (begins(y) + 3 > now) --y;
          } else {
            y = base.year - 1;
            while (r.offset > 0 ? begins(y) <= now : begins(y) + 3 <= now) ++y;
          }
          out.value = internal::format_year(y);
          break;
        }
        out.value = internal::format_year(base.year + r.offset);
        break;
      case RelativeUnit::kDecade:  // قبل عقدين: a year
        out.value = internal::format_year(base.year + 10 * r.offset);
        break;
      case RelativeUnit::kCentury: {
        const int c = (base.year - 1) / 100 + r.offset;  // 0-based: 2024 → 20
        out.value = std::to_string(c);
        if (r.grain == DateGrain::kDecade) out.value += std::to_string(r.weekday);
        break;
      }
      case RelativeUnit::kNone:
        break;
    }
    return true;
  }
  if (r.rel == Rel::kDayInRelativeMonth) {
    out.relative = true;
    if (!ref) return true;
    const CivilDate m = internal::add_months({ref->year, ref->month, 1}, r.offset);
    if (!internal::is_valid_date(m.year, m.month, r.day)) return false;
    out.value = internal::format_day({m.year, m.month, r.day});
    if (r.range) {
      if (!internal::is_valid_date(m.year, m.month, r.day2)) return false;
      out.end_value = internal::format_day({m.year, m.month, r.day2});
    }
    return true;
  }

  int year = r.year, year2 = r.year2 != 0 ? r.year2 : r.year;
  const int month2 = r.month2 != 0 ? r.month2 : r.month;
  const int day2 = r.day2 != 0 ? r.day2 : r.day;
  if (r.rel == Rel::kMonthDirection) {
    out.relative = true;
    if (!ref) return true;
    // مارس الماضي: the last March before the reference month; المقبل: the next one after it.
    // A Hijri month (رمضان الماضي) counts in the Hijri year of the reference date.
    std::optional<CivilDate> base = ref;
    if (r.calendar == CalendarKind::kHijri) base = gregorian_to_hijri(*ref);
    if (!base) return false;
    if (r.offset < 0) {
      year = r.month < base->month || (r.month == base->month && r.day != 0 && r.day < base->day)
                 ? base->year
                 : base->year - 1;
    } else if (r.offset > 0) {
      year = r.month > base->month || (r.month == base->month && r.day > base->day)
                 ? base->year
                 : base->year + 1;
    } else {
      year = base->year;
    }
    year2 = year + (month2 < r.month ? 1 : 0);
  }

  if (r.calendar == CalendarKind::kHijri) {
    if (year == 0 && ref && !r.yearly) {
      year = closest_hijri_year(*ref, r.month, r.day);
      year2 = year + (month2 < r.month ? 1 : 0);
    }
    out.hijri = hijri_string(year, r.month, r.day);
    if (r.range) out.hijri_end = hijri_string(year2, month2, day2);
    if (year == 0) return r.month != 0;
    if (r.grain == DateGrain::kYear) {
      auto g = hijri_to_gregorian(year, 1, 1);
      if (!g) return false;
      out.value = internal::format_year(g->year);
      if (r.range) {
        auto g2 = hijri_to_gregorian(year2, 1, 1);
        if (g2) out.end_value = internal::format_year(g2->year);
      }
      return true;
    }
    auto g = hijri_to_gregorian(year, r.month, r.day == 0 ? 1 : r.day);
    if (!g) return false;
    if (r.grain == DateGrain::kMonth) {
      out.value = internal::format_month(g->year, g->month);
      if (r.range) {
        auto g2 = hijri_to_gregorian(year2, month2, 1);
        if (g2) out.end_value = internal::format_month(g2->year, g2->month);
      }
      return true;
    }
    out.value = internal::format_day(*g);
    if (r.range) {
      auto g2 = hijri_to_gregorian(year2, month2, day2);
      if (!g2) return false;
      out.end_value = internal::format_day(*g2);
    }
    return true;
  }

  if (r.grain == DateGrain::kYear) {
    out.value = internal::format_year(year);
    if (r.range) out.end_value = internal::format_year(year2);
    return true;
  }
  if (year == 0 && ref && !r.yearly) {
    year = closest_year(*ref, r.month, r.day);
    if (r.since && internal::days_from_civil(year, r.month, r.day == 0 ? 1 : r.day) >
                       internal::days_from_civil(ref->year, ref->month, ref->day)) {
      --year;  // منذ السابع من أكتوبر: since is in the past
    }
    year2 = year + (month2 < r.month ? 1 : 0);
  }
  if (r.grain == DateGrain::kMonth) {
    out.value = year != 0 ? internal::format_month(year, r.month) : yearless(r.month);
    if (r.range) {
      out.end_value =
          year != 0 ? internal::format_month(year2, month2) : yearless(month2);
    }
    return true;
  }
  // day grain
  if (year != 0) {
    if (!internal::is_valid_date(year, r.month, r.day)) return false;
    out.value = internal::format_day({year, r.month, r.day});
    if (r.range) {
      if (!internal::is_valid_date(year2, month2, day2)) return false;
      out.end_value = internal::format_day({year2, month2, day2});
    }
  } else {
    if (r.day > internal::days_in_month(2024, r.month)) return false;
    out.value = yearless(r.month, r.day);
    if (r.range) out.end_value = yearless(month2, day2);
  }
  return true;
}

// As resolve_value, and a part of a year (الربع الثالث من عام 2016) adds itself to its year.
bool resolve(const Raw& r, const std::optional<CivilDate>& ref, DateMention& out) {
  if (!resolve_value(r, ref, out)) return false;
  out.modifier = r.modifier;
  if (r.month_first != 0) {
    // the months of the year resolved: a range of months
    out.grain = DateGrain::kMonth;
    int year = 0;
    if (out.value.size() == 4 && std::from_chars(out.value.data(), out.value.data() + 4, year).ec ==
                                     std::errc()) {
      out.value = internal::format_month(year, r.month_first);
      out.end_value = internal::format_month(year, r.month_last);
    }
  }
  if (r.part[0] != '\0') {
    out.grain = r.part_grain;
    if (!out.value.empty()) out.value += r.part.data();
  }
  return true;
}

// A dateline: a full date among the first tokens of the text (الرياض - 12 مارس 2024 (واس) -).
std::optional<CivilDate> dateline_date(const std::vector<Raw>& raws) {
  for (const Raw& r : raws) {
    if (r.first > 8) break;
    if (r.grain != DateGrain::kDay || r.rel != Raw::Rel::kNone || r.year == 0 || r.range) continue;
    if (r.calendar == CalendarKind::kHijri) return hijri_to_gregorian(r.year, r.month, r.day);
    if (internal::is_valid_date(r.year, r.month, r.day)) return CivilDate{r.year, r.month, r.day};
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(DateGrain grain) {
  switch (grain) {
    case DateGrain::kDay: return "day";
    case DateGrain::kWeek: return "week";
    case DateGrain::kMonth: return "month";
    case DateGrain::kYear: return "year";
    case DateGrain::kDecade: return "decade";
    case DateGrain::kCentury: return "century";
    case DateGrain::kQuarter: return "quarter";
    case DateGrain::kHalf: return "half";
    case DateGrain::kSeason: return "season";
  }
  return "day";
}

std::string_view to_string(DateModifier modifier) {
  switch (modifier) {
    case DateModifier::kStart: return "start";
    case DateModifier::kMid: return "mid";
    case DateModifier::kEnd: return "end";
    case DateModifier::kNone: break;
  }
  return "";
}

std::string_view to_string(CalendarKind calendar) {
  return calendar == CalendarKind::kHijri ? "hijri" : "gregorian";
}

DateExtractor::DateExtractor() : DateExtractor(Lexicons::embedded()) {}
DateExtractor::DateExtractor(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(lexicons)) {}
DateExtractor::~DateExtractor() = default;
DateExtractor::DateExtractor(DateExtractor&&) noexcept = default;
DateExtractor& DateExtractor::operator=(DateExtractor&&) noexcept = default;

void DateExtractor::extract(std::string_view utf8, const TokenizedText& tokens,
                            const DateOptions& options, std::vector<DateMention>& out) const {
  Scan scan(*impl_, utf8, tokens);
  const std::vector<Raw> raws = scan.run();
  std::optional<CivilDate> ref = options.reference_date;
  if (!ref && options.dateline_reference) ref = dateline_date(raws);
  const std::size_t base = out.size();
  std::vector<std::int32_t> index(raws.size(), -1);
  for (std::size_t k = 0; k < raws.size(); ++k) {
    DateMention m;
    if (!resolve(raws[k], ref, m)) continue;
    m.span = {raws[k].begin_byte, raws[k].end_byte};
    index[k] = static_cast<std::int32_t>(out.size());
    // A pair is two mentions: in A الموافق B الموافق C, C stays unlinked (B already has A).
    if (raws[k].paired_with_previous && k > 0 && index[k - 1] >= 0 &&
        out[static_cast<std::size_t>(index[k - 1])].linked < 0) {
      m.linked = index[k - 1];
      out[static_cast<std::size_t>(index[k - 1])].linked = index[k];
    }
    out.push_back(std::move(m));
  }
  (void)base;
}

std::vector<DateMention> DateExtractor::extract(std::string_view utf8, const TokenizedText& tokens,
                                                const DateOptions& options) const {
  std::vector<DateMention> out;
  extract(utf8, tokens, options, out);
  return out;
}

}  // namespace khabar
