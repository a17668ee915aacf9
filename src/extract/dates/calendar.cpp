#include "extract/dates/calendar.hpp"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>
#include <memory>

namespace khabar {
namespace internal {

// Era-based day count (400-year cycles of 146097 days), valid for every year of int.
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;                          // [0, 399]
  const std::int64_t shifted_month = month > 2 ? month - 3 : month + 9;   // March = 0
  const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), month, day};
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return kDays[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
}

bool is_valid_date(int year, int month, int day) {
  return day >= 1 && day <= days_in_month(year, month);
}

int iso_weekday(const CivilDate& date) {
  const std::int64_t days = days_from_civil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (4).
  const std::int64_t w = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

void iso_week(const CivilDate& date, int& week_year, int& week) {
  const std::int64_t days = days_from_civil(date.year, date.month, date.day);
  // The week belongs to the year of its Thursday.
  const std::int64_t thursday = days - (iso_weekday(date) - 1) + 3;
  const CivilDate t = civil_from_days(thursday);
  week_year = t.year;
  week = static_cast<int>((thursday - days_from_civil(t.year, 1, 1)) / 7) + 1;
}

CivilDate add_days(const CivilDate& date, std::int64_t days) {
  return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

CivilDate add_months(const CivilDate& date, int months) {
  const std::int64_t index = static_cast<std::int64_t>(date.year) * 12 + (date.month - 1) + months;
  const int year = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
  const int month = static_cast<int>(index - static_cast<std::int64_t>(year) * 12) + 1;
  const int last = days_in_month(year, month);
  return {year, month, date.day > last ? last : date.day};
}

namespace {
bool writable_year(int year) { return year >= 0 && year <= 9999; }
}  // namespace

std::string format_day(const CivilDate& d) {
  if (!writable_year(d.year)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_month(int year, int month) {
  if (!writable_year(year)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string format_year(int year) {
  if (!writable_year(year)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string format_week(int week_year, int week) {
  if (!writable_year(week_year)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", week_year, week);
  return buf;
}

// Tabular calendar: 30-year cycle with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29);
// odd months have 30 days, even 29, the last month 30 in a leap year. 1 Muharram 1 AH is
// 622-07-16 (Julian 622-07-16 = Gregorian 622-07-19).
std::int64_t tabular_hijri_to_days(int year, int month, int day) {
  const std::int64_t y = year;
  const std::int64_t epoch = days_from_civil(622, 7, 19) - 1;
  return epoch + day + (29 * (month - 1)) + (month / 2) + (y - 1) * 354 +
         ((3 + 11 * y) / 30) + 0 * 0;
}

int tabular_hijri_month_length(int year, int month) {
  if (month < 1 || month > 12) return 0;
  if (month % 2 == 1) return 30;
  if (month < 12) return 29;
  const int r = ((11 * year + 14) % 30 + 30) % 30;
  return r < 11 ? 30 : 29;
}

}  // namespace internal

namespace {

constexpr double kMillisPerDay = 86400000.0;

std::unique_ptr<icu::Calendar> umalqura_calendar() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status)) return nullptr;
  return cal;
}

std::int64_t days_of(UDate t) {
  return static_cast<std::int64_t>(t / kMillisPerDay + (t < 0 ? -0.5 : 0.5));
}

// ICU's Umm al-Qura tables cover 1300–1600 AH; outside them it computes the civil calendar.
constexpr int kUmmAlQuraFirstYear = 1300;
constexpr int kUmmAlQuraLastYear = 1600;
constexpr int kUmmAlQuraYears = kUmmAlQuraLastYear - kUmmAlQuraFirstYear + 1;

// The first day of each month of an Umm al-Qura year, and the day after its last month, as
// days since 1970-01-01. ICU answers a conversion in about 150,000 instructions (a calendar is
// created and its month starts summed from 1300 AH on), and news names a handful of Hijri years
// over and over, so each year is asked of ICU once, when first needed, and kept. The table is
// shared by all threads: a slot is written whole (an atomic), and two threads that fill the same
// year write the same values.
class UmmAlQuraYears {
 public:
  UmmAlQuraYears() {
    for (auto& year : slots_) {
      for (auto& slot : year) slot.store(kUnknown, std::memory_order_relaxed);
    }
  }
  // Month starts of `year` (1300–1600): [0..11] the months, [12] the day after the year;
  // false when ICU fails.
  bool starts(int year, std::int64_t (&out)[13]) {
    std::atomic<std::int64_t>* slots = slots_[year - kUmmAlQuraFirstYear];
    if (slots[12].load(std::memory_order_acquire) == kUnknown) {
      std::int64_t fresh[13];
      if (!compute(year, fresh)) return false;
      for (int m = 0; m < 12; ++m) slots[m].store(fresh[m], std::memory_order_relaxed);
      slots[12].store(fresh[12], std::memory_order_release);  // published last
    }
    for (int m = 0; m < 13; ++m) out[m] = slots[m].load(std::memory_order_relaxed);
    return true;
  }

 private:
  static constexpr std::int64_t kUnknown = std::numeric_limits<std::int64_t>::min();

  static bool compute(int year, std::int64_t (&out)[13]) {
    auto cal = umalqura_calendar();
    if (!cal) return false;
    UErrorCode status = U_ZERO_ERROR;
    for (int m = 0; m < 12; ++m) {
      cal->clear();
      cal->set(year, m, 1);
      out[m] = days_of(cal->getTime(status));
    }
    // The year after 1600 is outside ICU's tables: the last month's length comes from ICU.
    cal->clear();
    cal->set(year, 11, 1);
    out[12] = out[11] + cal->getActualMaximum(UCAL_DATE, status);
    return U_SUCCESS(status);
  }

  std::atomic<std::int64_t> slots_[kUmmAlQuraYears][13];
};

UmmAlQuraYears& umalqura_years() {
  static UmmAlQuraYears years;
  return years;
}

}  // namespace

std::optional<CivilDate> hijri_to_gregorian(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 9000) {
    return std::nullopt;
  }
  if (year < kUmmAlQuraFirstYear || year > kUmmAlQuraLastYear) {
    if (day > internal::tabular_hijri_month_length(year, month)) return std::nullopt;
    return internal::civil_from_days(internal::tabular_hijri_to_days(year, month, day));
  }
  std::int64_t starts[13];
  if (!umalqura_years().starts(year, starts)) return std::nullopt;
  if (day > starts[month] - starts[month - 1]) return std::nullopt;
  return internal::civil_from_days(starts[month - 1] + day - 1);
}

std::optional<CivilDate> gregorian_to_hijri(const CivilDate& date) {
  if (!internal::is_valid_date(date.year, date.month, date.day)) return std::nullopt;
  if (date.year < 1 || date.year > 9000) return std::nullopt;
  const std::int64_t days = internal::days_from_civil(date.year, date.month, date.day);
  // Inside the Umm al-Qura years: from the cached month starts. A Hijri year is 354 or 355
  // days, so the estimate below is off by at most one year either way.
  std::int64_t first[13];
  std::int64_t last[13];
  if (umalqura_years().starts(kUmmAlQuraFirstYear, first) &&
      umalqura_years().starts(kUmmAlQuraLastYear, last) && days >= first[0] && days < last[12]) {
    int year = kUmmAlQuraFirstYear + static_cast<int>((days - first[0]) * 1000 / 354367);
    year = std::clamp(year, kUmmAlQuraFirstYear, kUmmAlQuraLastYear);
    std::int64_t starts[13];
    for (int tries = 0; tries < 4; ++tries) {
      if (!umalqura_years().starts(year, starts)) return std::nullopt;
      if (days < starts[0] && year > kUmmAlQuraFirstYear) {
        --year;
      } else if (days >= starts[12] && year < kUmmAlQuraLastYear) {
        ++year;
      } else {
        break;
      }
    }
    if (days >= starts[0] && days < starts[12]) {
      int month = 12;
      while (days < starts[month - 1]) --month;
      return CivilDate{year, month, static_cast<int>(days - starts[month - 1]) + 1};
    }
  }
  auto cal = umalqura_calendar();
  if (!cal) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(static_cast<UDate>(days) * kMillisPerDay, status);
  if (U_FAILURE(status)) return std::nullopt;
  CivilDate h{cal->get(UCAL_YEAR, status), cal->get(UCAL_MONTH, status) + 1,
              cal->get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return h;
}

}  // namespace khabar
