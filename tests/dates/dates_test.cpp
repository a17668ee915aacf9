// The date extractor and calendar helpers: forms, values, spans, traps, and bad input.
#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "khabar/analyzer.hpp"
#include "khabar/error.hpp"
#include "khabar/json.hpp"

namespace {

const khabar::Analyzer& analyzer() {
  static const khabar::Analyzer instance;
  return instance;
}

struct Got {
  std::string text, value, end_value, grain, calendar, hijri;
  bool relative = false;
  int linked = -1;
};

std::vector<Got> dates(const std::string& text,
                       std::optional<khabar::CivilDate> ref = std::nullopt) {
  khabar::AnalyzeOptions options;
  options.reference_date = ref;
  const khabar::Document doc = analyzer().analyze(text, options);
  std::vector<Got> out;
  for (const auto& d : doc.dates) {
    EXPECT_LT(d.span.begin, d.span.end);
    EXPECT_LE(d.span.end, text.size());
    out.push_back({std::string(d.span.slice(text)), d.value, d.end_value,
                   std::string(khabar::to_string(d.grain)),
                   std::string(khabar::to_string(d.calendar)), d.hijri, d.relative, d.linked});
  }
  return out;
}

Got one(const std::string& text, std::optional<khabar::CivilDate> ref = std::nullopt) {
  auto all = dates(text, ref);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Got{} : all[0];
}

constexpr khabar::CivilDate kRef{2024, 12, 24};  // a Tuesday

TEST(Calendar, UmmAlQuraConversions) {
  // 1 Ramadan 1445 = 11 March 2024; 1 Muharram 1446 = 7 July 2024 (Umm al-Qura).
  EXPECT_EQ(khabar::hijri_to_gregorian(1445, 9, 1), (khabar::CivilDate{2024, 3, 11}));
  EXPECT_EQ(khabar::hijri_to_gregorian(1446, 1, 1), (khabar::CivilDate{2024, 7, 7}));
  EXPECT_EQ(khabar::gregorian_to_hijri({2024, 3, 25}), (khabar::CivilDate{1445, 9, 15}));
  // No 30 Ramadan 1444 (a 29-day month in Umm al-Qura; 1 Shawwal was 21 April 2023), no
  // month 13.
  EXPECT_FALSE(khabar::hijri_to_gregorian(1444, 9, 30).has_value());
  EXPECT_EQ(khabar::hijri_to_gregorian(1444, 10, 1), (khabar::CivilDate{2023, 4, 21}));
  EXPECT_FALSE(khabar::hijri_to_gregorian(1445, 13, 1).has_value());
  // Outside the Umm al-Qura tables: the tabular calendar (1 Muharram 1 AH = 19 July 622).
  EXPECT_EQ(khabar::hijri_to_gregorian(1, 1, 1), (khabar::CivilDate{622, 7, 19}));
  EXPECT_EQ(khabar::hijri_to_gregorian(1200, 1, 1), (khabar::CivilDate{1785, 11, 4}));
}

// The conversions keep ICU's month starts per year; ICU itself is the oracle here. Every month
// of the Umm al-Qura range starts where ICU says, the day before it belongs to the month before,
// and (every seventh year, as ICU takes long for a month's length) no month has a day too many
// or too few.
TEST(Calendar, UmmAlQuraMonthStartsMatchIcu) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=islamic-umalqura"), status));
  icu::GregorianCalendar gregorian(icu::TimeZone::getGMT()->clone(), status);
  ASSERT_TRUE(U_SUCCESS(status));
  const auto civil = [&](UDate t) {
    gregorian.setTime(t, status);
    return khabar::CivilDate{gregorian.get(UCAL_YEAR, status), gregorian.get(UCAL_MONTH, status) + 1,
                             gregorian.get(UCAL_DATE, status)};
  };
  for (int year = 1300; year <= 1600; ++year) {
    for (int month = 1; month <= 12; ++month) {
      hijri->clear();
      hijri->set(year, month - 1, 1);
      const UDate start = hijri->getTime(status);
      const khabar::CivilDate first = civil(start);
      const khabar::CivilDate before = civil(start - 86400000.0);
      ASSERT_TRUE(U_SUCCESS(status));
      ASSERT_EQ(khabar::hijri_to_gregorian(year, month, 1), first) << year << "-" << month;
      ASSERT_EQ(khabar::gregorian_to_hijri(first), (khabar::CivilDate{year, month, 1}));
      if (year == 1300 && month == 1) continue;  // the day before is outside the tables
      const auto last = khabar::gregorian_to_hijri(before);
      ASSERT_TRUE(last.has_value());
      EXPECT_EQ(last->year, month == 1 ? year - 1 : year);
      EXPECT_EQ(last->month, month == 1 ? 12 : month - 1);
      EXPECT_TRUE(last->day == 29 || last->day == 30) << last->day;
      EXPECT_EQ(khabar::hijri_to_gregorian(last->year, last->month, last->day), before);
      EXPECT_FALSE(khabar::hijri_to_gregorian(last->year, last->month, last->day + 1));
      if (year % 7 == 0) {
        const int length = hijri->getActualMaximum(UCAL_DATE, status);
        EXPECT_TRUE(khabar::hijri_to_gregorian(year, month, length));
        EXPECT_FALSE(khabar::hijri_to_gregorian(year, month, length + 1));
      }
    }
  }
}

TEST(Dates, DayMonthYearInTheFourTraditions) {
  EXPECT_EQ(one("وقع الاتفاق في 24 ديسمبر 2024.").value, "2024-12-24");
  EXPECT_EQ(one("وقع الاتفاق في 24 كانون الأول 2024.").value, "2024-12-24");
  EXPECT_EQ(one("وقع الاتفاق في 28-نوفمبر 2024.").text, "28-نوفمبر 2024");
  EXPECT_EQ(one("وقع الاتفاق يوم 24 ديسمبر 2024.").text, "24 ديسمبر 2024");
  EXPECT_EQ(one("انطلقت الدورة في 5 جويلية 2023.").value, "2023-07-05");
  EXPECT_EQ(one("انطلقت الدورة في 5 أوت 2023.").value, "2023-08-05");
  EXPECT_EQ(one("انعقد المجلس في 12 شتنبر 2022.").value, "2022-09-12");
  EXPECT_EQ(one("انعقد المجلس في 12 دجنبر 2022.").value, "2022-12-12");
  EXPECT_EQ(one("صدر القرار في 3 غشت 2021.").value, "2021-08-03");
}

TEST(Dates, SpansStartAfterProclitics) {
  const Got g = one("ووقعت الحادثة وفي 3 يناير 2020 بدأ التحقيق");
  EXPECT_EQ(g.text, "3 يناير 2020");
  EXPECT_EQ(one("وقعت والتسعينيات شاهدة").text, "التسعينيات");
  EXPECT_EQ(one("عاد بالأمس من القاهرة", kRef).text, "الأمس");
}

TEST(Dates, WeekdaySpelledDayDoubledMonthsAndEra) {
  Got g = one("الثلاثاء 24 ديسمبر 2024م شهد الافتتاح");
  EXPECT_EQ(g.text, "الثلاثاء 24 ديسمبر 2024م");
  EXPECT_EQ(g.value, "2024-12-24");
  g = one("في الرابع والعشرين من ديسمبر/كانون الأول 2024 أعلنت");
  EXPECT_EQ(g.text, "الرابع والعشرين من ديسمبر/كانون الأول 2024");
  EXPECT_EQ(g.value, "2024-12-24");
  g = one("في كانون الثاني (يناير) 2024 ارتفعت الأسعار");
  EXPECT_EQ(g.text, "كانون الثاني (يناير) 2024");
  EXPECT_EQ(g.value, "2024-01");
  EXPECT_EQ(g.grain, "month");
  EXPECT_EQ(one("احتفلت الجزائر بعيد الثورة في الفاتح من نوفمبر 2024").value, "2024-11-01");
}

TEST(Dates, HijriDatesAndPairs) {
  const auto all = dates("توفي في 28 رمضان 1436 هـ الموافق 15 يوليو 2015م في مكة");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "28 رمضان 1436 هـ");
  EXPECT_EQ(all[0].calendar, "hijri");
  EXPECT_EQ(all[0].hijri, "1436-09-28");
  EXPECT_EQ(all[0].value, "2015-07-15");
  EXPECT_EQ(all[0].linked, 1);
  EXPECT_EQ(all[1].text, "15 يوليو 2015م");
  EXPECT_EQ(all[1].linked, 0);
  // A pair is two mentions: a third after another الموافق stays unlinked, so links are mutual
  // (found by analyze_fuzzer; its input is in fuzz/corpus/analyze).
  const auto three = dates("في 28 رمضان 1436 هـ الموافق 15 يوليو 2015 الموافق 15 يوليو 2015");
  ASSERT_EQ(three.size(), 3u);
  EXPECT_EQ(three[0].linked, 1);
  EXPECT_EQ(three[1].linked, 0);
  EXPECT_EQ(three[2].linked, -1);
  Got g = one("صدر في 14-09-1432 هـ");
  EXPECT_EQ(g.hijri, "1432-09-14");
  EXPECT_EQ(g.value, "2011-08-14");
  g = one("في عام ١٤٤٥هـ تم افتتاح المشروع");
  EXPECT_EQ(g.text, "عام ١٤٤٥هـ");
  EXPECT_EQ(g.value, "2023");
  EXPECT_EQ(g.grain, "year");
  g = one("خلال شهر ذي الحجة 1445 هـ");
  EXPECT_EQ(g.value, "2024-06");
  EXPECT_EQ(g.hijri, "1445-12");
}

TEST(Dates, NumericDatesInThreeDigitScripts) {
  EXPECT_EQ(one("بتاريخ 24/12/2024 صدر").value, "2024-12-24");
  EXPECT_EQ(one("بتاريخ ٢٤/١٢/٢٠٢٤ صدر").value, "2024-12-24");
  EXPECT_EQ(one("بتاريخ ۲۴/۱۲/۲۰۲۴ صدر").value, "2024-12-24");
  EXPECT_EQ(one("بتاريخ 2024-12-24 صدر").value, "2024-12-24");
  EXPECT_EQ(one("بتاريخ 24.12.2024 صدر").value, "2024-12-24");
  EXPECT_TRUE(dates("بتاريخ 31/04/2024 صدر").empty());  // no 31 April
  Got spaced = one("التاريخ : 9 / 10 / 1436هـ");
  EXPECT_EQ(spaced.text, "9 / 10 / 1436هـ");
  EXPECT_EQ(spaced.hijri, "1436-10-09");
  EXPECT_TRUE(dates("النتيجة 3-1 لصالح الأهلي").empty());
  EXPECT_TRUE(dates("اتصل على الرقم 0123456789 أو 10:30").empty());
}

TEST(Dates, YearsOnlyWhereContextSaysSo) {
  EXPECT_EQ(one("في عام 2025 سيبدأ").text, "عام 2025");
  EXPECT_EQ(one("منذ 2011 تعيش البلاد").value, "2011");
  Got g = one("سنة 2021م");
  EXPECT_EQ(g.text, "سنة 2021م");
  EXPECT_TRUE(dates("قتل 2025 شخصا في الزلزال").empty());
  EXPECT_TRUE(dates("في 1986 لجنة على مستوى الجمهورية").empty());
  // ل and an imperfect verb after the year is a purpose clause, no counted noun.
  g = one("نما الإنتاج في 2023 ليبلغ مستوى قياسيا");
  EXPECT_EQ(g.text, "2023");
  EXPECT_EQ(g.value, "2023");
  EXPECT_TRUE(dates("وزعت في 2000 لترا من الماء").empty());
  g = one("بين عامي 2010 و2015 تضاعف الإنتاج");
  EXPECT_EQ(g.text, "عامي 2010 و2015");
  EXPECT_EQ(g.value, "2010");
  EXPECT_EQ(g.end_value, "2015");
}

TEST(Dates, QuartersHalvesAndSeasonsOfAYear) {
  Got g = one("ارتفعت الأرباح في الربع الثالث من عام 2016 بنسبة كبيرة.");
  EXPECT_EQ(g.text, "الربع الثالث من عام 2016");
  EXPECT_EQ(g.value, "2016-Q3");
  EXPECT_EQ(g.grain, "quarter");
  EXPECT_EQ(one("بلغت الصادرات في الربع الأول 2024 نحو مليار دولار.").value, "2024-Q1");
  EXPECT_EQ(one("وتراجعت المبيعات في الربع الأخير من عام 2013م.").value, "2013-Q4");
  // Maghrebi names of a quarter and a half: الثلاثية، الفصل، السداسي
  EXPECT_EQ(one("تراجع النمو خلال الثلاثية الثانية من 2024.").value, "2024-Q2");
  g = one("بلغت البطالة 12 في المائة خلال الفصل الأول من سنة 2020.");
  EXPECT_EQ(g.text, "الفصل الأول من سنة 2020");
  EXPECT_EQ(g.value, "2020-Q1");
  EXPECT_EQ(one("خلال السداسي الأول من 2024").value, "2024-H1");
  EXPECT_TRUE(dates("سجل الفريق هدفا في الفصل الثاني من المباراة").empty());
  g = one("ونما الاقتصاد في النصف الثاني من 2023.");
  EXPECT_EQ(g.text, "النصف الثاني من 2023");
  EXPECT_EQ(g.value, "2023-H2");
  EXPECT_EQ(g.grain, "half");
  // against the reference date: this year, last year
  g = one("وتراجع النمو خلال النصف الأول من العام الجاري.", kRef);
  EXPECT_EQ(g.text, "النصف الأول من العام الجاري");
  EXPECT_EQ(g.value, "2024-H1");
  EXPECT_TRUE(g.relative);
  EXPECT_EQ(one("وسجلت الشركة خسائر في الربع الأخير من العام الماضي.", kRef).value, "2023-Q4");
  EXPECT_EQ(one("وارتفعت الأسعار في الربع الأول من العام، وفق البيانات.", kRef).value, "2024-Q1");
  g = one("وتراجع النمو خلال النصف الأول من العام الجاري.");
  EXPECT_EQ(g.value, "");
  EXPECT_EQ(g.grain, "half");
  g = one("وزار الوفد المدينة صيف 2016.");
  EXPECT_EQ(g.text, "صيف 2016");
  EXPECT_EQ(g.value, "2016-SU");
  EXPECT_EQ(g.grain, "season");
  EXPECT_EQ(one("وفي ربيع عام 2011 اندلعت الاحتجاجات.").value, "2011-SP");
  EXPECT_EQ(one("وتساقطت الثلوج في شتاء العام الماضي.", kRef).value, "2023-WI");
  EXPECT_EQ(one("وفي خريف 2008 انهارت البنوك.").value, "2008-FA");
  EXPECT_EQ(one("وتشهد لندن هذا الصيف مهرجانات كثيرة.", kRef).value, "2024-SU");
  EXPECT_TRUE(dates("وفي الربيع العربي سقطت أنظمة.", kRef).empty());
  // no year, no part of a year: a quarter of a match, a Hijri month, a school year
  EXPECT_TRUE(dates("وسجل الفريق في الربع الثالث من المباراة عشر نقاط.", kRef).empty());
  EXPECT_TRUE(dates("وبدأ النصف الأول من العام الدراسي.", kRef).empty());
  g = one("وولد في ربيع الأول 1445 هـ.");
  EXPECT_EQ(g.value, "2023-09");
  EXPECT_EQ(g.grain, "month");
  // the ordinal belongs to the date, not to the numbers
  const std::string text = "ارتفعت الأرباح في الربع الأول من عام 2016.";
  EXPECT_TRUE(analyzer().analyze(text).numbers.empty());
}

TEST(Dates, FirstOrLastMonthsOfAYear) {
  Got g = one("وارتفعت الصادرات خلال الأشهر التسعة الأولى من العام الجاري.", kRef);
  EXPECT_EQ(g.text, "الأشهر التسعة الأولى من العام الجاري");
  EXPECT_EQ(g.value, "2024-01");
  EXPECT_EQ(g.end_value, "2024-09");
  EXPECT_EQ(g.grain, "month");
  g = one("وتراجعت المبيعات في الشهور الستة الأخيرة من 2023.");
  EXPECT_EQ(g.value, "2023-07");
  EXPECT_EQ(g.end_value, "2023-12");
  // no year: the last months up to the reference date (below); and the numbers are the date's
  EXPECT_TRUE(analyzer().analyze("خلال الأشهر الستة الأولى من عام 2015.").numbers.empty());
}

TEST(Dates, WordsThatAreNoDateInTheirPhrase) {
  // العام after a title is "general"; the sermons and markets of a weekday; اليوم as a paper
  EXPECT_TRUE(dates("وكرمت الجمعية المدير العام السابق للمستشفى.", kRef).empty());
  EXPECT_TRUE(dates("وقال الأمين العام السابق للأمم المتحدة إن الحل سياسي.", kRef).empty());
  EXPECT_TRUE(dates("ووزعت الوزارة موسوعة خطب الجمعة على المساجد.", kRef).empty());
  EXPECT_TRUE(dates("وافتتح المعرض في سوق الثلاثاء الشعبي.", kRef).empty());
  EXPECT_TRUE(dates("وقال لمراسل اليوم إن الأسعار ثابتة.", kRef).empty());
  EXPECT_TRUE(dates("ونشرت قصيدته في جريدة اليوم.", kRef).empty());
  EXPECT_TRUE(dates("وبلغ الإنتاج 2.5 مليون برميل باليوم.", kRef).empty());  // a rate
  // but اليوم before إلى is today (إلى only looks like a definite word)
  const Got g = one("ويصل الوفد اليوم إلى الرياض.", kRef);
  EXPECT_EQ(g.text, "اليوم");
  EXPECT_EQ(g.value, "2024-12-24");
  EXPECT_EQ(one("وأعلن العام الماضي خطته.", kRef).value, "2023");
  // a count from another event, also with a hedge between (فقط، تقريبا)
  EXPECT_TRUE(dates("وجاء القرار بعد أسبوع فقط من مقابلة الوزير.", kRef).empty());
  EXPECT_TRUE(dates("ووقع الحادث بعد 3 سنوات تقريبا على إطلاق النار.", kRef).empty());
  EXPECT_EQ(one("ووصل الوفد قبل أسبوع فقط.", kRef).value, "2024-12-17");
}

TEST(Dates, ADayOrMonthOfEveryYearHasNoYear) {
  Got g = one("ويحتفل العالم بهذه المناسبة في 15 مارس من كل عام.", kRef);
  EXPECT_EQ(g.text, "15 مارس من كل عام");
  EXPECT_EQ(g.value, "--03-15");
  g = one("وتنتهي السنة المالية في نهاية شهر يونيو من كل عام.", kRef);
  EXPECT_EQ(g.text, "نهاية شهر يونيو من كل عام");
  EXPECT_EQ(g.value, "--06");
  EXPECT_EQ(g.grain, "month");
  // a year of its own stays
  EXPECT_EQ(one("وافتتح في مارس 2015.", kRef).value, "2015-03");
}

TEST(Dates, AYearWordBeforeAYearOfTheHijriRangeIsHijri) {
  const Got g = one("وتولى إمارة المنطقة في العام 1428 بعد سنوات في الرياض.", kRef);
  EXPECT_EQ(g.text, "العام 1428");
  EXPECT_EQ(g.calendar, "hijri");
  EXPECT_EQ(g.value, "2007");
  EXPECT_EQ(one("وولد في عام 1985 بمدينة جدة.", kRef).calendar, "gregorian");
}

TEST(Dates, UnitsUpToOrFromTheReferenceDate) {
  Got g = one("وخلال الأشهر الثلاثة الأخيرة ارتفع الطلب.", kRef);
  EXPECT_EQ(g.text, "الأشهر الثلاثة الأخيرة");
  EXPECT_EQ(g.value, "2024-09");
  EXPECT_EQ(g.end_value, "2024-12");
  EXPECT_EQ(g.grain, "month");
  g = one("ويتوقع نمو الطلب في السنوات الخمس المقبلة.", kRef);
  EXPECT_EQ(g.text, "السنوات الخمس المقبلة");
  EXPECT_EQ(g.value, "2024");
  EXPECT_EQ(g.end_value, "2029");
  EXPECT_EQ(g.grain, "year");
  g = one("وسقطت أمطار غزيرة خلال اليومين الماضيين.", kRef);
  EXPECT_EQ(g.text, "اليومين الماضيين");
  EXPECT_EQ(g.value, "2024-12-22");
  EXPECT_EQ(g.end_value, "2024-12-24");
  EXPECT_EQ(g.grain, "day");
  g = one("ويستمر المعرض خلال الأسبوعين المقبلين.", kRef);
  EXPECT_EQ(g.value, "2024-12-24");
  EXPECT_EQ(g.end_value, "2025-01-07");
  g = one("وتضاعف العدد خلال الـ10 سنوات الماضية.", kRef);
  EXPECT_EQ(g.text, "الـ10 سنوات الماضية");
  EXPECT_EQ(g.value, "2014");
  EXPECT_EQ(g.end_value, "2024");
  g = one("وتضاعف الإنتاج خلال السنوات الـ4 الماضية.", kRef);
  EXPECT_EQ(g.text, "السنوات الـ4 الماضية");
  EXPECT_EQ(g.value, "2020");
  EXPECT_EQ(g.end_value, "2024");
  g = one("وتكثر العروض خلال الشهر الفضيل.", kRef);  // Ramadan, the press's name for it
  EXPECT_EQ(g.text, "الشهر الفضيل");
  EXPECT_EQ(g.calendar, "hijri");
  EXPECT_EQ(g.hijri, "1446-09");
  g = one("وتغير المشهد خلال العقدين الماضيين.", kRef);
  EXPECT_EQ(g.text, "العقدين الماضيين");
  EXPECT_EQ(g.value, "2004");
  EXPECT_EQ(g.end_value, "2024");
  EXPECT_EQ(g.grain, "year");
  g = one("ولم يخسر الفريق في آخر عشرة أشهر.", kRef);
  EXPECT_EQ(g.text, "آخر عشرة أشهر");
  EXPECT_EQ(g.value, "2024-02");
  EXPECT_EQ(g.end_value, "2024-12");
  // the last years of another period; آخر as "another"; no count
  EXPECT_TRUE(dates("وتراجع الإنتاج في الأعوام الثلاثة الأخيرة من حكمه.", kRef).empty());
  EXPECT_TRUE(dates("وأصيب شاب آخر 27 سنة في الحادث.", kRef).empty());
  EXPECT_TRUE(dates("وفي الأيام القليلة الماضية ارتفع الطلب.", kRef).empty());
}

TEST(Dates, StartMiddleOrEndOfAPeriod) {
  // Moroccan متم: the end of
  Got end_of = one("يستمر التسجيل حتى متم شهر غشت 2024");
  EXPECT_EQ(end_of.text, "متم شهر غشت 2024");
  EXPECT_EQ(end_of.value, "2024-08");
  const khabar::Document doc =
      analyzer().analyze("وبنهاية العام الماضي تراجعت الأسعار، وينتهي المشروع أواخر عام 2026.");
  ASSERT_EQ(doc.dates.size(), 2u);
  EXPECT_EQ(doc.dates[0].modifier, khabar::DateModifier::kEnd);
  EXPECT_EQ(khabar::to_string(doc.dates[1].modifier), "end");
  EXPECT_EQ(doc.dates[1].value, "2026");
  Got g = one("وبنهاية العام الماضي تراجعت الأسعار.", kRef);
  EXPECT_EQ(g.text, "نهاية العام الماضي");  // after the proclitics وب
  EXPECT_EQ(g.value, "2023");
  g = one("وسيعقد المؤتمر في منتصف شهر مارس المقبل.", kRef);
  EXPECT_EQ(g.text, "منتصف شهر مارس المقبل");
  EXPECT_EQ(g.value, "2025-03");
  EXPECT_EQ(one("ومنذ مطلع التسعينيات بدأ الانفتاح.").text, "مطلع التسعينيات");
  EXPECT_EQ(one("وتراجعت الأسعار في أوائل 2020.").text, "أوائل 2020");
  const khabar::Document start = analyzer().analyze("وبدأت الدراسة في بداية سبتمبر 2023.");
  ASSERT_EQ(start.dates.size(), 1u);
  EXPECT_EQ(start.dates[0].modifier, khabar::DateModifier::kStart);
  EXPECT_EQ(start.dates[0].value, "2023-09");
  // not before a day; a period alone has none
  const khabar::Document day = analyzer().analyze("وفي نهاية 5 مارس 2024 أعلنت النتائج في العام الماضي.");
  ASSERT_EQ(day.dates.size(), 2u);
  EXPECT_EQ(day.dates[0].modifier, khabar::DateModifier::kNone);
  EXPECT_EQ(day.dates[1].modifier, khabar::DateModifier::kNone);
  EXPECT_TRUE(dates("وفي منتصف الليل وصل الوفد.", kRef).empty());
}

TEST(Dates, HolidaysOnAFixedDay) {
  Got g = one("وسيعود الموظفون إلى العمل بعد عطلة عيد الفطر المبارك.", kRef);
  EXPECT_EQ(g.text, "عيد الفطر المبارك");
  EXPECT_EQ(g.value, "2025-03-30");  // 1 Shawwal 1446, the closest to 24 December 2024
  EXPECT_EQ(g.hijri, "1446-10-01");
  EXPECT_EQ(g.calendar, "hijri");
  EXPECT_EQ(g.grain, "day");
  // a Gregorian year names the holiday of that year, a Hijri one its own
  g = one("واحتفل المسلمون بعيد الفطر 2024 في المساجد.");
  EXPECT_EQ(g.text, "عيد الفطر 2024");
  EXPECT_EQ(g.value, "2024-04-10");
  EXPECT_EQ(g.hijri, "1445-10-01");
  g = one("وصادف عيد الأضحى لعام 1445 هـ أيام الصيف.");
  EXPECT_EQ(g.text, "عيد الأضحى لعام 1445 هـ");
  EXPECT_EQ(g.value, "2024-06-16");
  EXPECT_EQ(one("وفي ذكرى المولد النبوي الشريف ألقى كلمة.", kRef).value, "2024-09-15");
  EXPECT_EQ(one("وفي عيد العمال 2023 خرجت المسيرات.").value, "2023-05-01");
  // the nth day of a holiday
  g = one("واحتفل المسلمون في ثاني أيام عيد الفطر المبارك.", kRef);
  EXPECT_EQ(g.text, "ثاني أيام عيد الفطر المبارك");
  EXPECT_EQ(g.hijri, "1446-10-02");
  EXPECT_TRUE(analyzer().analyze("في ثالث أيام عيد الأضحى 1445 هـ").numbers.empty());
  // without a year or a reference date: the Hijri day as written
  g = one("وتبادل المواطنون التهاني بمناسبة عيد الأضحى.");
  EXPECT_EQ(g.value, "");
  EXPECT_EQ(g.hijri, "--12-10");
}

// Every dates/* table rejects a row whose values make no sense, naming the file and the line.
TEST(DateLexicon, EveryTableRejectsABadRowWithFileAndLine) {
  struct Bad {
    const char* table;
    const char* content;  // header, then a bad row on line 3 (after a comment)
  };
  const Bad cases[] = {
      {"months", "name\tcalendar\tmonth\ttradition\tcontext\n# c\nيناير\tjulian\t1\tegypt\tfree\n"},
      {"weekdays", "name\tweekday\n# c\nالاثنين\t8\n"},
      {"relative", "phrase\tunit\toffset\n# c\nاليوم\tfortnight\t0\n"},
      {"relative_counts", "word\trole\tunit\tcount\n# c\nقبل\tbeyond\t-\t0\n"},
      {"periods", "word\trole\tvalue\n# c\nعام\tyearly\t0\n"},
      {"holidays", "name\tcalendar\tmonth\tday\n# c\nعيد الحب\tgregorian\t2\t30\n"},
  };
  for (const Bad& bad : cases) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("khabar-dates-lexicon-" + std::string(bad.table) + "-" +
         std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::create_directories(dir / "dates");
    std::ofstream(dir / "dates" / (std::string(bad.table) + ".tsv")) << bad.content;
    try {
      const khabar::DateExtractor extractor(khabar::Lexicons::load(dir));
      ADD_FAILURE() << bad.table << ": expected an error";
    } catch (const khabar::Error& e) {
      EXPECT_EQ(e.line(), 3u) << bad.table << ": " << e.what();
      EXPECT_NE(e.file().find(std::string(bad.table) + ".tsv"), std::string::npos) << e.what();
    }
    std::filesystem::remove_all(dir);
  }
}

TEST(Dates, RelativeDayWithItsWeekday) {
  Got g = one("وقال الوزير أمس الاثنين إن المحادثات مستمرة.", kRef);
  EXPECT_EQ(g.text, "أمس الاثنين");
  EXPECT_EQ(g.value, "2024-12-23");
  EXPECT_EQ(one("وتبدأ المباراة يوم غد الأربعاء في الرياض.", kRef).text, "يوم غد الأربعاء");
  // the date written after the weekday is the value
  g = one("وتبدأ المحادثات غدا الأربعاء الموافق 25 ديسمبر في جنيف.", kRef);
  EXPECT_EQ(g.text, "غدا الأربعاء الموافق 25 ديسمبر");
  EXPECT_EQ(g.value, "2024-12-25");
  EXPECT_FALSE(g.relative);
}

TEST(Dates, WordsThatLookLikeDatesButAreNot) {
  EXPECT_TRUE(dates("عين اليوم – الرياض: افتتح الأمير المعرض.", kRef).empty());  // a news site
  EXPECT_TRUE(dates("ووصل الوفد في اليوم نفسه إلى جدة.", kRef).empty());
  EXPECT_TRUE(dates("والبلاد في أمسّ الحاجة إلى الدعم، وهي في أمس الحاجة إليه.", kRef).empty());
  EXPECT_TRUE(dates("وتتحسن الخدمة يوما بعد يوم.", kRef).empty());
  EXPECT_TRUE(dates("وفاز الفريق 2-صفر، ثم تغلب على منافسه 1 / صفر.", kRef).empty());  // scores
  EXPECT_TRUE(dates("وزار الوفد مدينة أبها.", kRef).empty());  // not آب + ها
  EXPECT_TRUE(dates("وأقيم المعسكر بمدينة 6 أكتوبر.").empty());
  // a Hijri month that is also a number, with its year: a date
  EXPECT_EQ(one("وصدر القرار في 29 - صفر 1436هـ.").hijri, "1436-02-29");
}

TEST(Dates, AgencyPairsOfMonthNames) {
  Got g = one("وارتفع الإنتاج في يوليو تموز 2015 بنسبة طفيفة.");
  EXPECT_EQ(g.text, "يوليو تموز 2015");
  EXPECT_EQ(g.value, "2015-07");
  EXPECT_EQ(one("وهبطت المبيعات لشهر أغسطس.", kRef).text, "أغسطس");
}

TEST(Dates, CurrentPeriodsAndWrittenYears) {
  // the start or end of this year or month
  Got g = one("وارتفعت الأسعار منذ بداية العام بنسبة كبيرة.", kRef);
  EXPECT_EQ(g.text, "بداية العام");
  EXPECT_EQ(g.value, "2024");
  EXPECT_TRUE(g.relative);
  EXPECT_EQ(one("وسيصل الوفد قبل نهاية الشهر.", kRef).value, "2024-12");
  EXPECT_TRUE(dates("وفي نهاية العام الدراسي تقام الحفلات.", kRef).empty());
  // a year written after a relative year is its value
  g = one("وسجلت الشركة أرباحا في العام الحالي 2015م.", kRef);
  EXPECT_EQ(g.text, "العام الحالي 2015م");
  EXPECT_EQ(g.value, "2015");
  EXPECT_FALSE(g.relative);
  g = one("وبلغ العجز في هذا العام 1436هـ مليار ريال.", kRef);
  EXPECT_EQ(g.calendar, "hijri");
  EXPECT_EQ(g.hijri, "1436");
  // parts of a year with لعام / للعام
  EXPECT_EQ(one("وارتفعت المبيعات في النصف الأول لعام 2015.").value, "2015-H1");
  EXPECT_EQ(one("وبلغت الأرباح في الربع الثاني للعام 2015 نحو مليار.").value, "2015-Q2");
  EXPECT_EQ(one("وتراجع في الربع الثالث من العام الحالي 2015.", kRef).value, "2015-Q3");
  // ranges of two full dates, and وحتى
  g = one("وذلك خلال الفترة من 1 يناير 2015 إلى 31 ديسمبر 2016.");
  EXPECT_EQ(g.text, "1 يناير 2015 إلى 31 ديسمبر 2016");
  EXPECT_EQ(g.end_value, "2016-12-31");
  EXPECT_EQ(one("ويستمر المهرجان من 28 يونيو وحتى 2 يوليو 2015.").end_value, "2015-07-02");
  EXPECT_EQ(dates("من 5 مارس 2024 إلى 3 مارس 2024.").size(), 2u);  // backwards: two dates
  // a school, fiscal or sports year of two consecutive years
  g = one("وبدأ العام الجامعي 1436/1437هـ بنجاح.");
  EXPECT_EQ(g.text, "1436/1437هـ");
  EXPECT_EQ(g.hijri, "1436");
  EXPECT_EQ(g.value, "2014");
  EXPECT_EQ(g.end_value, "2015");
  EXPECT_EQ(one("وفاز الفريق بلقب الموسم 2014 / 2015.").end_value, "2015");
  EXPECT_TRUE(dates("وبلغ الرقم 2014/2019 في السجل.").empty());
  // a year before a definite word; the month after منذ شهر
  EXPECT_EQ(one("وبعد زيادة فرنسا في 2013 المقاتلين هناك تغير الوضع.").value, "2013");
  EXPECT_TRUE(dates("وكانت هناك في 1986 لجنة للتحقيق.").empty());
  g = one("وتراجع المؤشر إلى أدنى مستوى منذ شهر أكتوبر 2008.");
  EXPECT_EQ(g.text, "أكتوبر 2008");
  // الشهر as a month word keeps the days of a relative month whole
  EXPECT_EQ(one("وفي الثالث من الشهر الجاري وقع الحادث.", kRef).text, "الثالث من الشهر الجاري");
}

TEST(Dates, DecadesAndCenturies) {
  EXPECT_TRUE(dates("اعتقلت الشرطة شابا في العشرينات من عمره").empty());  // an age
  Got g = one("في سبعينيات القرن الماضي هاجر");
  EXPECT_EQ(g.value, "197");
  EXPECT_EQ(g.grain, "decade");
  EXPECT_EQ(one("منذ التسعينيات").value, "199");
  // found by analyze_fuzzer: a decade of an early century keeps three digits
  EXPECT_EQ(one("في تسعينيات القرن الثاني").value, "019");
  g = one("في القرن العشرين");
  EXPECT_EQ(g.value, "19");
  EXPECT_EQ(g.grain, "century");
  EXPECT_EQ(one("تحديات القرن الـ21").value, "20");
  EXPECT_EQ(one("في القرن الحادي والعشرين").value, "20");
  EXPECT_EQ(one("في القرن التاسع عشر").value, "18");
}

TEST(Dates, RangesGiveEndValue) {
  Got g = one("من 5 إلى 7 مارس 2024 تعقد القمة");
  EXPECT_EQ(g.text, "5 إلى 7 مارس 2024");
  EXPECT_EQ(g.value, "2024-03-05");
  EXPECT_EQ(g.end_value, "2024-03-07");
  g = one("يوليو 13-15 2024");
  EXPECT_EQ(g.value, "2024-07-13");
  EXPECT_EQ(g.end_value, "2024-07-15");
  g = one("بين 4 سبتمبر و8 سبتمبر 2024");
  EXPECT_EQ(g.value, "2024-09-04");
  EXPECT_EQ(g.end_value, "2024-09-08");
  g = one("من 4 إلى 22 من الشهر الجاري", kRef);
  EXPECT_EQ(g.value, "2024-12-04");
  EXPECT_EQ(g.end_value, "2024-12-22");
  // the first week of October, not 1 October
  g = one("خلال الأسبوع الأول من أكتوبر 2024");
  EXPECT_EQ(g.text, "الأسبوع الأول من أكتوبر 2024");
  EXPECT_EQ(g.grain, "day");
  EXPECT_EQ(g.value, "2024-10-01");
  EXPECT_EQ(g.end_value, "2024-10-07");
  // the last or first ten days of a Hijri month, with its Hijri days
  g = one("يكثف المصلون العبادة في العشر الأواخر من شهر رمضان", khabar::CivilDate{2024, 3, 20});
  EXPECT_EQ(g.text, "العشر الأواخر من شهر رمضان");
  EXPECT_EQ(g.value, "2024-03-31");
  EXPECT_EQ(g.end_value, "2024-04-09");
  EXPECT_EQ(g.hijri, "1445-09-21");
  g = one("في العشر الأوائل من ذي الحجة 1445");
  EXPECT_EQ(g.value, "2024-06-07");
  EXPECT_EQ(g.end_value, "2024-06-16");
  g = one("خلال يوليوز وغشت 2024");
  EXPECT_EQ(g.value, "2024-07");
  EXPECT_EQ(g.end_value, "2024-08");
  // Two months with their years joined by إلى are one range, unless a word of moving comes
  // before: then something moves from one date to the other.
  g = one("ارتفعت الأسعار من سبتمبر 2023 إلى أوت 2024");
  EXPECT_EQ(g.text, "سبتمبر 2023 إلى أوت 2024");
  EXPECT_EQ(g.value, "2023-09");
  EXPECT_EQ(g.end_value, "2024-08");
  // Two months before a dual direction word are one span of this year or the last.
  g = one("ارتفع العجز بين يناير وشتنبر الماضيين", khabar::CivilDate{2025, 10, 10});
  EXPECT_EQ(g.text, "يناير وشتنبر الماضيين");
  EXPECT_EQ(g.value, "2025-01");
  EXPECT_EQ(g.end_value, "2025-09");
  const auto moved = dates("قررت الوزارة تأجيل الامتحانات من أكتوبر 2023 إلى مارس 2024");
  ASSERT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[0].text, "أكتوبر 2023");
  EXPECT_EQ(moved[0].end_value, "");
  EXPECT_EQ(moved[1].text, "مارس 2024");
}

TEST(Dates, RelativeDatesAgainstTheReference) {
  EXPECT_EQ(one("قال أمس إن", kRef).value, "2024-12-23");
  EXPECT_EQ(one("وصل أول أمس", kRef).value, "2024-12-22");
  EXPECT_EQ(one("وصل قبل يوم أمس", kRef).value, "2024-12-22");
  EXPECT_EQ(one("يصل غدا", kRef).value, "2024-12-25");
  Got g = one("خلال الأسبوع الماضي", kRef);
  EXPECT_EQ(g.value, "2024-W51");
  EXPECT_EQ(g.grain, "week");
  EXPECT_TRUE(g.relative);
  EXPECT_EQ(one("في الشهر المقبل", kRef).value, "2025-01");
  EXPECT_EQ(one("العام الماضي", kRef).value, "2023");
  EXPECT_EQ(one("في العام قبل الماضي", kRef).value, "2022");
  EXPECT_EQ(one("خلال الشهر قبل الماضي", kRef).value, "2024-10");
  EXPECT_EQ(one("قبل ثلاثة أيام", kRef).value, "2024-12-21");
  EXPECT_EQ(one("منذ يومين", kRef).value, "2024-12-22");
  // من الآن، من اليوم: counted from the reference date, part of the mention
  Got from_now = one("سيعود بعد أسبوعين من الآن", kRef);
  EXPECT_EQ(from_now.text, "بعد أسبوعين من الآن");
  EXPECT_EQ(from_now.value, "2025-01-07");
  EXPECT_TRUE(dates("انطلقت الحملة بعد أسبوع من الموعد").empty());
  // منذ عام and a year in words: that year, not a year ago
  Got since_2000 = one("منذ عام ألفين تغير كل شيء", kRef);
  EXPECT_EQ(since_2000.text, "عام ألفين");
  EXPECT_EQ(since_2000.value, "2000");
  EXPECT_EQ(one("الاثنين الماضي", kRef).value, "2024-12-23");
  EXPECT_EQ(one("الثلاثاء المقبل", kRef).value, "2024-12-31");
  // a bare weekday after "until" or a verb in the future is the coming one (24 December 2024
  // is a Tuesday); else the latest
  EXPECT_EQ(one("يستمر الإضراب إلى غاية يوم الخميس", kRef).value, "2024-12-26");
  EXPECT_EQ(one("سيعقد المجلس اجتماعه الخميس", kRef).value, "2024-12-26");
  EXPECT_EQ(one("وسيتم الإعلان عن النتائج يوم الأحد", kRef).value, "2024-12-29");
  EXPECT_EQ(one("عقد المجلس اجتماعه الخميس", kRef).value, "2024-12-19");
  // a weekday of a relative week, in either order (ISO weeks, Monday to Sunday)
  Got week_day = one("سأعود الأسبوع المقبل يوم الجمعة", kRef);
  EXPECT_EQ(week_day.text, "الأسبوع المقبل يوم الجمعة");
  EXPECT_EQ(week_day.value, "2025-01-03");
  EXPECT_EQ(week_day.grain, "day");
  EXPECT_EQ(one("أعلن الاتحاد يوم الأحد من الأسبوع الماضي", kRef).value, "2024-12-22");
  EXPECT_EQ(one("قالت صحيفة وول ستريت جورنال الخميس", kRef).value, "2024-12-19");
  EXPECT_EQ(one("في مارس الماضي", kRef).value, "2024-03");
  // a month (and day) of a year named relative to the reference
  Got last_year = one("اختفت الطائرة في مارس من العام الماضي", kRef);
  EXPECT_EQ(last_year.text, "مارس من العام الماضي");
  EXPECT_EQ(last_year.value, "2023-03");
  EXPECT_TRUE(last_year.relative);
  EXPECT_EQ(one("يستمر حتى 30 أغسطس من العام المقبل", kRef).value, "2025-08-30");
  // 24 December 2024 is 22 Jumada al-Akhirah 1446: the last Ramadan is 1445's (March 2024).
  Got g2 = one("في رمضان الماضي", kRef);
  EXPECT_EQ(g2.hijri, "1445-09");
  EXPECT_EQ(g2.value, "2024-03");
  EXPECT_EQ(one("في العاشر من شوال المقبل", kRef).hijri, "1446-10-10");
  EXPECT_EQ(one("في 5 يناير", kRef).value, "2025-01-05");  // the closest 5 January
  EXPECT_EQ(one("في مارس", kRef).value, "2025-03");
  EXPECT_EQ(one("منذ رمضان", kRef).hijri, "1446-09");
  EXPECT_TRUE(dates("ومارس الضغط", kRef).empty());
  // A weekday alone is the latest such day up to the reference date (a Tuesday).
  EXPECT_EQ(one("قال الوزير يوم الأحد إن", kRef).text, "الأحد");
  EXPECT_EQ(one("قال الوزير يوم الأحد إن", kRef).value, "2024-12-22");
  EXPECT_EQ(one("أعلنت الحكومة الثلاثاء أن", kRef).value, "2024-12-24");
  EXPECT_EQ(one("أعلن اليوم الثلاثاء أن", kRef).text, "اليوم الثلاثاء");
  g = one("أعلن اليوم (الثلاثاء) أن", kRef);
  EXPECT_EQ(g.text, "اليوم (الثلاثاء)");
  EXPECT_EQ(g.value, "2024-12-24");
  EXPECT_TRUE(dates("بعد صلاة الجمعة خرج المصلون", kRef).empty());
  EXPECT_TRUE(dates("قال أحد المسؤولين إن اثنين من الجنود", kRef).empty());
  // Without a reference: still reported, no value.
  g = one("قال أمس إن");
  EXPECT_TRUE(g.relative);
  EXPECT_EQ(g.value, "");
  EXPECT_EQ(one("في 5 يناير").value, "--01-05");
  // "the day" is not "today"
  EXPECT_TRUE(dates("احتفلت بالذكرى في اليوم الوطني", kRef).empty());
}

TEST(Dates, JsonOfADocumentAsKhabarExtractWritesIt) {
  const std::string text = "توفي في 28 رمضان 1436 هـ الموافق 15 يوليو 2015م";
  khabar::AnalyzeOptions options;
  options.organizations = false;
  const khabar::Document doc = analyzer().analyze(text, options);
  std::string json;
  khabar::append_json(json, doc, text, "\"d1\"");
  EXPECT_EQ(json,
            "{\"id\":\"d1\",\"dates\":[{\"text\":\"28 رمضان 1436 هـ\",\"begin\":14,\"end\":37,"
            "\"value\":\"2015-07-15\",\"grain\":\"day\",\"calendar\":\"hijri\",\"hijri\":"
            "\"1436-09-28\",\"linked\":1},{\"text\":\"15 يوليو 2015م\",\"begin\":53,\"end\":73,"
            "\"value\":\"2015-07-15\",\"grain\":\"day\",\"calendar\":\"gregorian\",\"linked\":0}],"
            "\"numbers\":[],\"organizations\":[]}");
}

TEST(Dates, DatelineIsTheReference) {
  const auto all = dates("الرياض - 12 مارس 2024 (واس) - أعلنت الهيئة أمس عن النتائج");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].value, "2024-03-12");
  EXPECT_EQ(all[1].text, "أمس");
  EXPECT_EQ(all[1].value, "2024-03-11");
}

TEST(Dates, TrapsAreNotDates) {
  EXPECT_TRUE(dates("مارس الضغط على الحكومة").empty());
  EXPECT_TRUE(dates("بلغت النسبة صفر في المئة").empty());
  EXPECT_TRUE(dates("قال رجب طيب أردوغان").empty());
  EXPECT_TRUE(dates("افتتح مستشفى في مدينة السادس من أكتوبر").empty());
  EXPECT_TRUE(dates("اشترى سيارة نيسان جديدة").empty());
  EXPECT_TRUE(dates("عمل لمدة خمس سنوات").empty());
  EXPECT_TRUE(dates("مائدة يصل طولها 200م وعرضها 4م").empty());  // metres
  EXPECT_TRUE(dates("بطاقة إنتاجية 1000م3 يوميا").empty());
  EXPECT_TRUE(dates("وقع الحادث بعد 3 سنوات على إطلاق البرنامج", kRef).empty());
}

TEST(Dates, NumbersInsideDatesAreNotFacts) {
  const std::string text = "من 5 إلى 7 مارس 2024 وصل 300 زائر";
  const khabar::Document doc = analyzer().analyze(text);
  ASSERT_EQ(doc.dates.size(), 1u);
  ASSERT_EQ(doc.numbers.size(), 1u);
  EXPECT_EQ(doc.numbers[0].span.slice(text), "300 زائر");
}

TEST(Dates, ANumberReachingIntoADateLosesToIt) {
  const std::string text = "بلغ عدد السكان سبعة مليارات عام 2012 حسب التقديرات";
  const khabar::Document doc = analyzer().analyze(text);
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].span.slice(text), "عام 2012");
  for (const auto& n : doc.numbers) {
    EXPECT_TRUE(n.span.end <= doc.dates[0].span.begin || n.span.begin >= doc.dates[0].span.end)
        << n.span.slice(text);
  }
}

TEST(Dates, BadInputNeverThrows) {
  std::string s = "في 24 ديسمبر";
  s += std::string("\xFF\xC0\x80\xED\xA0\x80", 6);
  s += std::string(1, '\0') + "2024 هـ";
  EXPECT_NO_THROW(dates(s));
  EXPECT_TRUE(dates("").empty());
  std::string many;
  for (int k = 0; k < 2000; ++k) many += "عام ";
  EXPECT_TRUE(dates(many).empty());
}

}  // namespace
