// ICU as an independent oracle: dates formatted by ICU's DateFormat in every Arabic locale ICU
// has, in full, long and medium styles, with the Gregorian and the Umm al-Qura calendars, must
// extract back to the same day. CLDR has no Algerian/Tunisian month names (جانفي، فيفري …), so
// those are checked with the project's own generator below.
#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "khabar/analyzer.hpp"

namespace {

const khabar::Analyzer& analyzer() {
  static const khabar::Analyzer instance;
  return instance;
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::vector<std::string> arabic_locales() {
  std::vector<std::string> out;
  int32_t count = 0;
  const icu::Locale* all = icu::Locale::getAvailableLocales(count);
  for (int32_t k = 0; k < count; ++k) {
    if (std::string(all[k].getLanguage()) == "ar") out.push_back(all[k].getName());
  }
  return out;
}

// Days since 1970-01-01 → UDate at noon UTC (no time-zone edge).
UDate noon(std::int64_t days) { return (static_cast<double>(days) + 0.5) * 86400000.0; }

std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

struct Failure {
  std::string locale, text, want, got;
};

void check_locale(const std::string& name, bool hijri, std::mt19937& rng,
                  std::vector<Failure>& failures, int& checked) {
  std::uniform_int_distribution<std::int64_t> day_dist(days_from_civil(1900, 1, 1),
                                                       days_from_civil(2100, 12, 31));
  icu::Locale locale(hijri ? (name + "@calendar=islamic-umalqura").c_str() : name.c_str());
  for (auto style : {icu::DateFormat::kFull, icu::DateFormat::kLong, icu::DateFormat::kMedium}) {
    std::unique_ptr<icu::DateFormat> fmt(icu::DateFormat::createDateInstance(style, locale));
    ASSERT_NE(fmt, nullptr) << name;
    fmt->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    for (int k = 0; k < 12; ++k) {
      const std::int64_t days = day_dist(rng);
      icu::UnicodeString u;
      fmt->format(noon(days), u);
      std::string text;
      u.toUTF8String(text);
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Calendar> greg(
          icu::Calendar::createInstance(icu::TimeZone::createTimeZone("UTC"),
                                        icu::Locale("en@calendar=gregorian"), status));
      greg->setTime(noon(days), status);
      const std::string want = iso(greg->get(UCAL_YEAR, status), greg->get(UCAL_MONTH, status) + 1,
                                   greg->get(UCAL_DATE, status));
      const khabar::Document doc = analyzer().analyze(text);
      ++checked;
      std::string got;
      for (const auto& d : doc.dates) got += (got.empty() ? "" : " | ") + d.value;
      if (doc.dates.size() != 1 || doc.dates[0].value != want ||
          doc.dates[0].grain != khabar::DateGrain::kDay) {
        failures.push_back({name + (hijri ? "@umalqura" : ""), text, want, got});
      }
    }
  }
}

TEST(DatesIcuProperty, EveryArabicLocaleGregorianAndUmmAlQura) {
  const auto locales = arabic_locales();
  ASSERT_GE(locales.size(), 20u) << "ICU without Arabic locales?";
  std::mt19937 rng(20241224);
  std::vector<Failure> failures;
  int checked = 0;
  for (const std::string& name : locales) {
    check_locale(name, false, rng, failures, checked);
    check_locale(name, true, rng, failures, checked);
  }
  std::string report;
  for (std::size_t k = 0; k < failures.size() && k < 30; ++k) {
    report += "\n  " + failures[k].locale + ": «" + failures[k].text + "» want " +
              failures[k].want + " got [" + failures[k].got + "]";
  }
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << checked << " failed:" << report;
}

// Algerian and Tunisian month names, which CLDR lacks, in the forms the press writes.
TEST(DatesIcuProperty, MaghrebiMonthNamesFromOwnGenerator) {
  static const char* kMonths[] = {"جانفي", "فيفري", "مارس",  "أفريل",  "ماي",    "جوان",
                                  "جويلية", "أوت",   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  static const char* kDigits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::int64_t> day_dist(days_from_civil(1900, 1, 1),
                                                       days_from_civil(2100, 12, 31));
  for (int k = 0; k < 400; ++k) {
    const std::int64_t days = day_dist(rng);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> greg(icu::Calendar::createInstance(
        icu::TimeZone::createTimeZone("UTC"), icu::Locale("en@calendar=gregorian"), status));
    greg->setTime(noon(days), status);
    const int y = greg->get(UCAL_YEAR, status), m = greg->get(UCAL_MONTH, status) + 1,
              d = greg->get(UCAL_DATE, status);
    std::string day = std::to_string(d), year = std::to_string(y);
    if (k % 2 == 1) {  // Arabic-Indic digits, as Tunisian and Algerian papers also print
      auto convert = [&](const std::string& s) {
        std::string out;
        for (char c : s) out += kDigits[c - '0'];
        return out;
      };
      day = convert(day);
      year = convert(year);
    }
    const std::string text = "أعلنت الوزارة يوم " + day + " " + kMonths[m - 1] + " " + year +
                             (k % 3 == 0 ? "م" : "") + " عن النتائج.";
    const khabar::Document doc = analyzer().analyze(text);
    ASSERT_EQ(doc.dates.size(), 1u) << text;
    EXPECT_EQ(doc.dates[0].value, iso(y, m, d)) << text;
  }
}

}  // namespace
