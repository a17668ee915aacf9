// Internal: day arithmetic on the proleptic Gregorian calendar, ISO weeks, and the Hijri
// conversions behind khabar::hijri_to_gregorian.
#ifndef KHABAR_SRC_EXTRACT_DATES_CALENDAR_HPP_
#define KHABAR_SRC_EXTRACT_DATES_CALENDAR_HPP_

#include <cstdint>
#include <string>

#include "khabar/dates.hpp"

namespace khabar::internal {

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(std::int64_t days);

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1–12
bool is_valid_date(int year, int month, int day);

int iso_weekday(const CivilDate& date);  // 1 = Monday … 7 = Sunday
// ISO 8601 week of a date: its week-numbering year and week 1–53.
void iso_week(const CivilDate& date, int& week_year, int& week);

CivilDate add_days(const CivilDate& date, std::int64_t days);
// The same day `months` months later or earlier, clamped to the month's last day.
CivilDate add_months(const CivilDate& date, int months);

// "2024-12-24", "2024-12", "2024", "2013-W07"; years below 0 or above 9999 are not written.
std::string format_day(const CivilDate& date);
std::string format_month(int year, int month);
std::string format_year(int year);
std::string format_week(int week_year, int week);

// Tabular (arithmetical) Islamic calendar, epoch 16 July 622 (civil), the fallback outside the
// range of ICU's Umm al-Qura tables.
std::int64_t tabular_hijri_to_days(int year, int month, int day);
int tabular_hijri_month_length(int year, int month);

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_DATES_CALENDAR_HPP_
