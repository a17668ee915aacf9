// The number-word grammar and the numeric-fact extractor, one behaviour per test: exact values,
// exact spans, kinds, units, currencies, qualifiers, ranges and the exclusions.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <random>
#include <thread>
#include <atomic>
#include <fstream>
#include <string>
#include <vector>

#include "khabar/analyzer.hpp"
#include "khabar/error.hpp"

namespace {

using khabar::NumericFact;
using khabar::NumericKind;
using khabar::Qualifier;

const khabar::Analyzer& analyzer() {
  static const khabar::Analyzer instance;
  return instance;
}

// The numbers stage alone: with dates on, a number inside a date ("القرن الحادي والعشرين") is
// not a numeric fact (tests/dates checks that).
std::vector<NumericFact> facts(const std::string& text) {
  khabar::AnalyzeOptions options;
  options.dates = false;
  options.organizations = false;
  return analyzer().analyze(text, options).numbers;
}

// The one fact of `text`, which must cover exactly `mention` (a substring of text).
NumericFact only(const std::string& text, const std::string& mention) {
  const auto all = facts(text);
  EXPECT_EQ(all.size(), 1u) << text;
  if (all.empty()) return {};
  const std::size_t at = text.find(mention);
  EXPECT_NE(at, std::string::npos) << mention;
  EXPECT_EQ(all[0].span.slice(text), mention) << text;
  EXPECT_EQ(all[0].span.begin, at) << text;
  return all[0];
}

double value_of_whole(const std::string& words) {
  const auto all = facts(words);
  if (all.size() != 1 || all[0].span.begin != 0 || all[0].span.end != words.size()) return -1;
  return all[0].value;
}

// ---- the cardinal grammar ------------------------------------------------------------------------

struct WordCase {
  const char* words;
  double value;
};

class WordGrammar : public ::testing::TestWithParam<WordCase> {};

TEST_P(WordGrammar, ParsesToExactValue) {
  EXPECT_EQ(value_of_whole(GetParam().words), GetParam().value) << GetParam().words;
}

INSTANTIATE_TEST_SUITE_P(
    Cardinals, WordGrammar,
    ::testing::Values(
        WordCase{"صفر", 0}, WordCase{"واحد", 1}, WordCase{"اثنان", 2}, WordCase{"إثنين", 2},
        WordCase{"اثنتان", 2}, WordCase{"ثلاث", 3}, WordCase{"ثلاثة", 3}, WordCase{"ثمانية", 8},
        WordCase{"ثماني", 8}, WordCase{"عشرة", 10}, WordCase{"أحد عشر", 11},
        WordCase{"إحدى عشرة", 11}, WordCase{"اثنا عشر", 12}, WordCase{"اثنتي عشرة", 12},
        WordCase{"ثلاثة عشر", 13}, WordCase{"تسعة عشر", 19}, WordCase{"عشرون", 20},
        WordCase{"عشرين", 20}, WordCase{"واحد وعشرون", 21}, WordCase{"إحدى وعشرين", 21},
        WordCase{"اثنان و عشرون", 22}, WordCase{"خمسة وتسعون", 95}, WordCase{"مائة", 100},
        WordCase{"مئة", 100}, WordCase{"مية", 100}, WordCase{"مائة وواحد", 101},
        WordCase{"مائة وثلاثة وتسعون", 193}, WordCase{"مائة و ستة عشر", 116},
        WordCase{"مئتان", 200}, WordCase{"مائتين", 200}, WordCase{"ثلاثمائة", 300},
        WordCase{"ثلاثمئة", 300}, WordCase{"ثلاث مئة", 300}, WordCase{"ثلاث مائة", 300},
        WordCase{"خمسة مائة", 500}, WordCase{"تسعمائة وتسعة وتسعون", 999}, WordCase{"ألف", 1000},
        WordCase{"ألفا", 1000}, WordCase{"ألفان", 2000}, WordCase{"ألفين", 2000},
        WordCase{"ألفين وأربعة وعشرين", 2024}, WordCase{"ثلاثة آلاف", 3000},
        WordCase{"عشرة آلاف", 10000}, WordCase{"أحد عشر ألفا", 11000},
        WordCase{"مائة ألف", 100000}, WordCase{"مئتا ألف", 200000},
        WordCase{"مائة وخمسون ألفا", 150000}, WordCase{"مليون", 1e6}, WordCase{"مليونا", 1e6},
        WordCase{"مليونان", 2e6}, WordCase{"مليونين", 2e6}, WordCase{"ثلاثة ملايين", 3e6},
        WordCase{"إثنان مليون", 2e6}, WordCase{"مليار", 1e9}, WordCase{"بليون", 1e9},
        WordCase{"ملياران", 2e9}, WordCase{"خمسة مليارات", 5e9}, WordCase{"تريليون", 1e12},
        WordCase{"ترليون", 1e12}, WordCase{"مليون وخمسمائة ألف", 1500000},
        WordCase{"ثلاثة ملايين وخمسمائة ألف ومائتان وعشرة", 3500210},
        WordCase{"واحد وعشرون تريليون وثلاث مائة", 21000000000300.0},
        WordCase{"مائة وثلاثة وعشرون مليار وأربعة مائة وستة وخمسون مليون وسبعة مائة وتسعة "
                 "وثمانون ألف وإثنا عشر",
                 123456789012.0},
        WordCase{"تسعمائة وتسعة وتسعون تريليونا وتسعمائة وتسعة وتسعون مليارا", 999999e9},
        WordCase{"ثلاثة ملايين", 3e6}, WordCase{"مليون و200 ألف", 1200000},
        WordCase{"اربعه", 4}, WordCase{"سته", 6}, WordCase{"إثنتى عشر", 12},
        WordCase{"ثمان عشرة", 18}, WordCase{"واحدة و عشرون", 21}, WordCase{"100 الف", 100000},
        WordCase{"10 آلاف", 10000}));

INSTANTIATE_TEST_SUITE_P(
    Colloquial, WordGrammar,
    ::testing::Values(WordCase{"حداشر", 11}, WordCase{"اتناشر", 12}, WordCase{"خمستاشر", 15},
                      WordCase{"تلاتة و تلاتين", 33}, WordCase{"متين", 200},
                      WordCase{"متين واحد وعشرين", 221}, WordCase{"تلتمية وخمسين", 350},
                      WordCase{"خمسمية خمسة و عشرين", 525}, WordCase{"اتنين مليون", 2e6},
                      WordCase{"3 مليون", 3e6}, WordCase{"الفين", 2000}));

INSTANTIATE_TEST_SUITE_P(
    DigitsAndFractions, WordGrammar,
    ::testing::Values(WordCase{"1500", 1500}, WordCase{"١٥٠٠", 1500}, WordCase{"۱۵۰۰", 1500},
                      WordCase{"1,500,000", 1500000}, WordCase{"١٬٥٠٠٬٠٠٠", 1500000},
                      WordCase{"3.5", 3.5}, WordCase{"٣٫٥", 3.5}, WordCase{"1,4", 1.4},
                      WordCase{"0,08", 0.08}, WordCase{"1.500.000", 1500000},
                      WordCase{"1,234.56", 1234.56}, WordCase{"1.234,56", 1234.56},
                      WordCase{"١،٢٣٤،٥٦٧", 1234567}, WordCase{"4،9 مليار", 4.9e9},
                      WordCase{"12،220,13", 12220.13},
                      WordCase{"3 ملايين", 3e6}, WordCase{"2.5 مليار", 2.5e9},
                      WordCase{"١٫٢ تريليون", 1.2e12}, WordCase{"1.2 مليار", 1.2e9},
                      WordCase{"322 ألف", 322000}, WordCase{"نصف", 0.5}, WordCase{"ربع", 0.25},
                      WordCase{"ثلثان", 2.0 / 3}, WordCase{"ثلاثة أرباع", 0.75},
                      WordCase{"خمسة أثمان", 0.625}, WordCase{"نصف مليون", 500000},
                      WordCase{"ربع مليار", 250000000}, WordCase{"مليون ونصف", 1500000},
                      WordCase{"ثلاثة ملايين ونصف", 3500000}, WordCase{"واحد ونصف", 1.5},
                      WordCase{"خمسة وربع", 5.25}, WordCase{"3/4", 0.75},
                      WordCase{"اثنان فاصلة خمسة", 2.5}, WordCase{"-5", -5},
                      WordCase{"سالب واحد", -1}, WordCase{"ناقص ١٢", -12},
                      WordCase{"123456789101231", 123456789101231.0},
                      WordCase{"1 فاصلة 1", 1.1}, WordCase{"واحد فاصلة واحد", 1.1},
                      WordCase{"01.10", 1.1}, WordCase{".77", 0.77}, WordCase{"٠٫٧٧٠", 0.77},
                      WordCase{"٧٧/١٠٠", 0.77}, WordCase{"-١٬٢٠٠٬٠٠٠٫٠٠", -1200000},
                      WordCase{"-١٫٢٠", -1.2}, WordCase{"1e10", 1e10},
                      WordCase{"١e١٠", 1e10}, WordCase{"-12e-1", -1.2},
                      WordCase{"12.32e+14", 1.232e15}, WordCase{"2.5^-1", 0.4}));

INSTANTIATE_TEST_SUITE_P(
    Definite, WordGrammar,
    ::testing::Values(WordCase{"الثلاثة", 3}, WordCase{"الاثنان والعشرون", 22},
                      WordCase{"الاثنتان والثلاثون", 32}, WordCase{"الاثنتين والخمسين", 52}));

TEST(NumberGrammar, ADefiniteTwoWithoutATenIsNoNumber) {
  EXPECT_TRUE(facts("عقدت الجلسة يوم الاثنين الماضي").empty());
  EXPECT_TRUE(facts("اتفق الاثنان على الموعد").empty());
  EXPECT_TRUE(facts("اجتمع الاثنين والثلاثاء").empty());
}

INSTANTIATE_TEST_SUITE_P(
    HundredsAfterAScaleWithoutWaw, WordGrammar,
    ::testing::Values(WordCase{"ألف خمسمية", 1500}, WordCase{"ألف تسع مئة", 1900},
                      WordCase{"٤ آلاف ٣ مئة و٢١", 4321}, WordCase{"مليون ثلاثمائة ألف", 1300000},
                      WordCase{"2 مليون 4 مائة ألف", 2400000}));

TEST(NumberGrammar, OnlyHundredsJoinAScaleWithoutWaw) {
  EXPECT_EQ(facts("ثلاثة آلاف خمسة").size(), 2u);
  EXPECT_EQ(facts("ألف مئة").size(), 2u);
  EXPECT_EQ(facts("ألف ألف").size(), 2u);
  EXPECT_EQ(only("دفع ألف خمسمية جنيه", "ألف خمسمية جنيه").value, 1500);
}

TEST(NumberGrammar, FifthSeventhNinthBeforeADefiniteSingularAreFractions) {
  auto f = only("تذهب خمس الميزانية إلى الدفاع", "خمس");
  EXPECT_EQ(f.kind, NumericKind::kFraction);
  EXPECT_DOUBLE_EQ(f.value, 0.2);
  EXPECT_DOUBLE_EQ(only("تغطي الغابات سبع المساحة", "سبع").value, 1.0 / 7);
  EXPECT_DOUBLE_EQ(only("وتسع الكمية", "تسع").value, 1.0 / 9);
  f = only("مضت خمس الساعة", "خمس الساعة");
  EXPECT_DOUBLE_EQ(f.value, 0.2);
  // cardinals still: before an indefinite plural, a definite plural, or with the article
  EXPECT_EQ(only("خلال خمس سنوات", "خمس سنوات").value, 5);
  EXPECT_EQ(only("اجتمعت خمس الدول", "خمس").value, 5);
  EXPECT_EQ(only("الخمس الماضية", "الخمس").value, 5);
  // the verb وسع/سعى: no fraction
  for (const char* verb : {"لم تسعَ الأمة يوما إلى ذلك", "لن تسع القاعة الجميع"}) {
    for (const auto& n : facts(verb)) EXPECT_NE(n.kind, NumericKind::kFraction) << verb;
  }
}

// X من كل Y: the share of a whole, like 1 على 3; واحد من is "one of" only without كل.
TEST(NumberGrammar, RatiosWithMinKullAreFractions) {
  auto f = only("قال إن ثلاثة من كل أربعة لاجئين يعيشون في المخيمات", "ثلاثة من كل أربعة");
  EXPECT_EQ(f.kind, NumericKind::kFraction);
  EXPECT_DOUBLE_EQ(f.value, 0.75);
  f = only("يعاني نحو واحد من كل خمسة أطفال من فقر الدم", "نحو واحد من كل خمسة");
  EXPECT_DOUBLE_EQ(f.value, 0.2);
  EXPECT_EQ(f.qualifier, Qualifier::kApprox);
  EXPECT_DOUBLE_EQ(only("نجح 5 من كل 100 متقدم", "5 من كل 100").value, 0.05);
  EXPECT_TRUE(facts("وهو واحد من أبرز اللاعبين").empty());
}

// A definite fraction after a qualifier, the dual too: بنحو الربع، أكثر من الثلثين.
TEST(NumberGrammar, DefiniteFractionsAfterAQualifier) {
  const std::string quarter = "هبطت المبيعات بنحو الربع خلال عام";
  const auto all = analyzer().analyze(quarter).numbers;  // الربع is no quarter of a year here
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].span.slice(quarter), "نحو الربع");
  EXPECT_EQ(all[0].kind, NumericKind::kFraction);
  EXPECT_DOUBLE_EQ(all[0].value, 0.25);
  // خمس/سبع/تسع too, when no measure or counted noun follows
  const auto fifth = analyzer().analyze(std::string("تراجع الإنتاج بنحو الخمس خلال العام")).numbers;
  ASSERT_EQ(fifth.size(), 1u);
  EXPECT_EQ(fifth[0].kind, NumericKind::kFraction);
  EXPECT_DOUBLE_EQ(fifth[0].value, 0.2);
  EXPECT_EQ(only("استغرق قرابة الخمس سنوات", "قرابة الخمس سنوات").value, 5);
  auto f = only("صوت أكثر من الثلثين لصالح القرار", "أكثر من الثلثين");
  EXPECT_EQ(f.kind, NumericKind::kFraction);
  EXPECT_DOUBLE_EQ(f.value, 2.0 / 3);
  EXPECT_EQ(f.qualifier, Qualifier::kMoreThan);
}

TEST(NumberGrammar, TwoNumbersSideBySideStayTwo) {
  const auto all = facts("ثلاثمائة و مائتين");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].value, 300);
  EXPECT_EQ(all[1].value, 200);
}

TEST(NumberGrammar, VagueTensAndThousandsAreNotNumbers) {
  EXPECT_TRUE(facts("شارك آلاف المتظاهرين في المسيرة").empty());
  EXPECT_TRUE(facts("خسرت الشركة ملايين الدولارات").empty());
}

// ---- ordinals ----------------------------------------------------------------------------------

TEST(Ordinals, WordsAndDigits) {
  struct Case {
    const char* text;
    const char* mention;
    double value;
  };
  const Case cases[] = {
      {"للمرة الأولى هذا العام", "الأولى", 1},
      {"في الدور الأول", "الأول", 1},
      {"الجولة العاشرة", "العاشرة", 10},
      {"في الطابق الحادي عشر", "الحادي عشر", 11},
      {"الدورة الثانية عشرة", "الثانية عشرة", 12},
      {"الذكرى العشرون", "العشرون", 20},
      {"القرن الحادي والعشرين", "الحادي والعشرين", 21},
      {"القرن الواحد والعشرين", "الواحد والعشرين", 21},
      {"المؤتمر الخامس والثلاثون", "الخامس والثلاثون", 35},
      {"في الأسبوع الـ19 من الحرب", "الـ19", 19},
      {"في الدورة الـ 20 للمجلس", "الـ 20", 20},
      {"ثالث أكبر اقتصاد", "ثالث", 3},
      {"وفي الثالث من الترتيب", "الثالث", 3},
  };
  for (const Case& c : cases) {
    const NumericFact f = only(c.text, c.mention);
    EXPECT_EQ(f.kind, NumericKind::kOrdinal) << c.text;
    EXPECT_EQ(f.value, c.value) << c.text;
  }
}

TEST(Ordinals, ADefiniteScaleAfterADefiniteNoun) {
  auto f = only("استقبل المتحف الزائر المليون صباح أمس", "المليون");
  EXPECT_EQ(f.kind, NumericKind::kOrdinal);
  EXPECT_EQ(f.value, 1e6);
  f = only("في اليوم الألف للحرب", "الألف");
  EXPECT_EQ(f.kind, NumericKind::kOrdinal);
  EXPECT_EQ(f.value, 1000);
  EXPECT_EQ(only("بيعت النسخة التريليون", "التريليون").value, 1e12);
  EXPECT_EQ(only("احتفلوا بالمسافر المليون", "المليون").value, 1e6);
  EXPECT_EQ(only("جائزة للزائر الألف", "الألف").value, 1000);
  // not a scale with its currency or noun, nor one after a preposition or a non-definite word
  for (const auto& n : facts("عشرة في الألف")) EXPECT_NE(n.kind, NumericKind::kOrdinal);
  EXPECT_TRUE(facts("صاحب المليون").empty());
  for (const auto& n : facts("ربح اللاعب المليون دولار")) EXPECT_NE(n.kind, NumericKind::kOrdinal);
}

TEST(Ordinals, AnArticleOnANumberWithANounIsNoOrdinal) {
  // (the article and the qualifier before it are part of the mention)
  const NumericFact f = only("يقارب الـ 5 آلاف ريال لحجز", "يقارب الـ 5 آلاف ريال");
  EXPECT_EQ(f.kind, NumericKind::kMoney);
  EXPECT_EQ(f.value, 5000);
  EXPECT_EQ(f.qualifier, Qualifier::kApprox);
  EXPECT_EQ(only("اجتمعت الـ 20 دولة", "الـ 20 دولة").kind, NumericKind::kCardinal);
  // a ل phrase or an adverb in ـيا after it is the ordinal's complement, no counted noun
  const auto anniversary =
      analyzer().analyze(std::string("احتفلت البلاد بالذكرى الـ62 لعيد الاستقلال")).numbers;
  ASSERT_EQ(anniversary.size(), 1u);
  EXPECT_EQ(anniversary[0].kind, NumericKind::kOrdinal);
  EXPECT_EQ(anniversary[0].value, 62);
  const auto ranked = analyzer().analyze(std::string("حلت في المركز الـ90 عالميا")).numbers;
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_EQ(ranked[0].kind, NumericKind::kOrdinal);
}

TEST(Ordinals, DateAndTimeWordsAreNotOrdinals) {
  EXPECT_TRUE(facts("وصل أول أمس إلى المدينة").empty());
  EXPECT_TRUE(facts("وصل أول من أمس").empty());
  EXPECT_TRUE(facts("في كانون الثاني الماضي").empty());
  EXPECT_TRUE(facts("في تشرين الأول").empty());
  EXPECT_TRUE(facts("في الساعة العاشرة صباحا").empty());
  EXPECT_TRUE(facts("انبعاثات ثاني أكسيد الكربون").empty());
  EXPECT_TRUE(facts("يوم الأحد ويوم الاثنين").empty());
  EXPECT_TRUE(facts("انطلق يوم أمس الأول").empty());
  EXPECT_TRUE(facts("تأهل إلى الدور ربع النهائي").empty());
  EXPECT_TRUE(facts("حصص التعليم الأولي والفحص الأولي").empty());  // أوّلي, not الأولى
  EXPECT_TRUE(facts("قبل كانون أول/ديسمبر").empty());
  EXPECT_EQ(facts("للمرة الأولى").size(), 1u);
  // الـ + a number with a measure is a count; before anything else a position
  {
    const auto f = facts("قتل 10 أشخاص خلال الـ24 ساعة الماضية");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[1].value, 24);
    EXPECT_EQ(f[1].unit, "hour");
  }
  {
    // a rank: an ordinal, as المركز الثاني is (an adverb in ـيا after it counts nothing)
    const auto rank = analyzer().analyze(std::string("وحل في المرتبة الـ33 عالميا")).numbers;
    ASSERT_EQ(rank.size(), 1u);
    EXPECT_EQ(rank[0].kind, NumericKind::kOrdinal);
    EXPECT_EQ(rank[0].value, 33);
  }
  // regnal and papal names (exceptions.tsv)
  EXPECT_TRUE(facts("وقال الملك محمد السادس إن المملكة ماضية، وزار البابا تواضروس الثاني القدس").empty());
  EXPECT_EQ(facts("وحل الفريق في المركز الثاني").size(), 1u);
  EXPECT_TRUE(facts("خرجوا يوم عشرين فبراير").empty());
  EXPECT_TRUE(facts("قال الجندي أول محمد").empty());
}

// ---- spans after proclitics ---------------------------------------------------------------------

TEST(Spans, StartAfterAttachedProclitics) {
  EXPECT_EQ(only("ارتفعت وبنسبة ٣٫٥٪ هذا العام", "نسبة ٣٫٥٪").kind, NumericKind::kPercent);
  const NumericFact money = only("بيعت بـ120 مليون دولار", "120 مليون دولار");
  EXPECT_EQ(money.kind, NumericKind::kMoney);
  EXPECT_EQ(money.value, 120e6);
  EXPECT_EQ(money.currency, "USD");
  EXPECT_EQ(only("ولأربعين", "أربعين").value, 40);
  EXPECT_EQ(only("وثلاثة عشر", "ثلاثة عشر").value, 13);
  EXPECT_EQ(only("لأكثر من عشرين عاما", "أكثر من عشرين عاما").qualifier, Qualifier::kMoreThan);
}

// ---- kinds, units, currencies -------------------------------------------------------------------

TEST(Kinds, PercentVersusPercentagePoints) {
  for (const char* t : {"5%", "٥٪", "5 بالمئة", "5 بالمائة", "5 في المائة", "5 في المئة",
                        "خمسة بالمئة"}) {
    const auto all = facts(t);
    ASSERT_EQ(all.size(), 1u) << t;
    EXPECT_EQ(all[0].kind, NumericKind::kPercent) << t;
    EXPECT_EQ(all[0].unit, "percent") << t;
    EXPECT_EQ(all[0].value, 5) << t;
  }
  const NumericFact pp = only("رفع الفائدة 0.75 نقطة مئوية", "0.75 نقطة مئوية");
  EXPECT_EQ(pp.kind, NumericKind::kQuantity);
  EXPECT_EQ(pp.unit, "percentage_point");
}

TEST(Kinds, MoneyWithCountryAdjectivesAndSymbols) {
  struct Case {
    const char* text;
    const char* iso;
    double value;
  };
  const Case cases[] = {
      {"50 دولارا", "USD", 50},
      {"50 دولار أمريكي", "USD", 50},
      {"50 دولارا كنديا", "CAD", 50},
      {"3 مليارات يورو", "EUR", 3e9},
      {"200 جنيه مصري", "EGP", 200},
      {"200 جنيه إسترليني", "GBP", 200},
      {"ألف ريال سعودي", "SAR", 1000},
      {"ألف ريال قطري", "QAR", 1000},
      {"500 درهم إماراتي", "AED", 500},
      {"500 درهم مغربي", "MAD", 500},
      {"مليون دينار كويتي", "KWD", 1e6},
      {"مليون دينار أردني", "JOD", 1e6},
      {"عشرة آلاف ليرة لبنانية", "LBP", 10000},
      {"عشرة آلاف ليرة تركية", "TRY", 10000},
      {"$20", "USD", 20},
      {"€15", "EUR", 15},
      {"£7", "GBP", 7},
      {"15€", "EUR", 15},
      {"3 ملايين من الدولارات", "USD", 3e6},
  };
  for (const Case& c : cases) {
    const auto all = facts(c.text);
    ASSERT_EQ(all.size(), 1u) << c.text;
    EXPECT_EQ(all[0].kind, NumericKind::kMoney) << c.text;
    EXPECT_EQ(all[0].currency, c.iso) << c.text;
    EXPECT_EQ(all[0].value, c.value) << c.text;
    EXPECT_EQ(all[0].span.size(), std::string(c.text).size()) << c.text;
  }
}

TEST(Kinds, BareCurrencyFollowsTheDocumentsCountry) {
  EXPECT_EQ(facts("الرباط - بلغت الاستثمارات 340 مليار درهم")[0].currency, "MAD");
  EXPECT_EQ(facts("دبي - بلغت الاستثمارات 340 مليار درهم")[0].currency, "AED");
  EXPECT_EQ(facts("بلغت الاستثمارات 340 مليار درهم")[0].currency, "AED");
  EXPECT_EQ(facts("بغداد - رصدت الحكومة تريليون دينار")[0].currency, "IQD");
}

TEST(Kinds, SubunitsAreGivenInTheCurrencysUnit) {
  const NumericFact cents = only("تراجع مزيج برنت 35 سنتا إلى الأدنى", "35 سنتا");
  EXPECT_EQ(cents.kind, NumericKind::kMoney);
  EXPECT_EQ(cents.currency, "USD");
  EXPECT_DOUBLE_EQ(cents.value, 0.35);
  EXPECT_DOUBLE_EQ(only("بلغ سعر الخبز 50 هللة", "50 هللة").value, 0.5);
  const NumericFact centimes = only("الجزائر - رصدت الولاية 50 مليار سنتيم للمشروع",
                                    "50 مليار سنتيم");
  EXPECT_EQ(centimes.currency, "DZD");
  EXPECT_EQ(centimes.value, 5e8);
  EXPECT_EQ(only("الرباط - كلف المشروع مليون سنتيم", "مليون سنتيم").currency, "MAD");
  const NumericFact range = only("بين 10 و20 سنتا", "بين 10 و20 سنتا");
  EXPECT_DOUBLE_EQ(*range.low, 0.1);
  EXPECT_DOUBLE_EQ(*range.high, 0.2);
  // Cents after an amount in euros are euro cents.
  const auto fuel = facts("بلغ سعر البنزين 1.45 يورو بتراجع عشرة سنتات");
  ASSERT_EQ(fuel.size(), 2u);
  EXPECT_EQ(fuel[1].currency, "EUR");
  EXPECT_DOUBLE_EQ(fuel[1].value, 0.1);
  // قروش are also sharks: only the singular forms name the piaster.
  for (const NumericFact& f : facts("اصطاد الصيادون 3 قروش ضخمة")) EXPECT_NE(f.kind, NumericKind::kMoney);
}

TEST(Kinds, ALargerScaleAfterTheFirstMultipliesIt) {
  EXPECT_EQ(only("بلغت الميزانية 15 ألف مليار دينار", "15 ألف مليار دينار").value, 15e12);
  EXPECT_EQ(only("بتكلفة قدرها 879 ألف مليون ريال", "879 ألف مليون ريال").value, 879e9);
  // not after more scales: مليون و15 ألف is one number, مليار another
  EXPECT_EQ(facts("مليون و15 ألف مليار").size(), 2u);
  const NumericFact near = only("بلغ التضخم تقارب 18٪", "تقارب 18٪");
  EXPECT_EQ(near.qualifier, khabar::Qualifier::kApprox);
  EXPECT_DOUBLE_EQ(only("تونس - بلغ السعر 190 مليما", "190 مليما").value, 0.19);
  // a definite dual names some days, not how many
  EXPECT_TRUE(facts("هاد اليوماين كان المغني في الرباط").empty());
}

TEST(Kinds, DurationsAndQuantities) {
  const NumericFact years = only("خلال خمس سنوات", "خمس سنوات");
  EXPECT_EQ(years.kind, NumericKind::kDuration);
  EXPECT_EQ(years.unit, "year");
  EXPECT_EQ(years.value, 5);
  EXPECT_EQ(only("منذ عامين", "عامين").value, 2);
  // a dual after ب or ل states its number too; the mention starts after the preposition
  const NumericFact two_days = only("تستمر الأمطار ليومين", "يومين");
  EXPECT_EQ(two_days.value, 2);
  EXPECT_EQ(two_days.unit, "day");
  EXPECT_EQ(only("انطلقت قبل الموعد بأسبوعين", "أسبوعين").unit, "week");
  EXPECT_EQ(only("استمر ساعة ونصف", "ساعة ونصف").value, 1.5);
  EXPECT_EQ(only("بعد يوم واحد", "يوم واحد").unit, "day");
  EXPECT_EQ(only("قضى خمسة أعوام ونصف العام في السجن", "خمسة أعوام ونصف العام").value, 5.5);
  EXPECT_EQ(only("منذ عامين ونصف", "عامين ونصف").value, 2.5);
  // A plural states no number: not 1.5 years, not two months.
  for (const NumericFact& f : facts("بعد سنوات ونصف من العمل")) EXPECT_NE(f.unit, "year");
  EXPECT_EQ(only("قضى ثلاث سنوات ونصف في السجن", "ثلاث سنوات ونصف").value, 3.5);
  // Moroccan: سيمانة (week), يوماين (two days)
  EXPECT_EQ(only("غادي يبقى 3 سيمانات فالسبيطار", "3 سيمانات").unit, "week");
  EXPECT_EQ(only("السهرة تصورات على يوماين", "يوماين").value, 2);
  const std::string famous = "أشهر جوج شخصيات";  // the most famous two figures (Moroccan جوج)
  // تستورد is a verb (the tenth form's prefix تست), not part of the counted noun.
  const std::string imports = "أهم 7 دول تستورد منها البحرين السجائر";
  EXPECT_EQ(only(imports, "7 دول").counted.slice(imports), "دول");
  const NumericFact two = only(famous, "جوج شخصيات");
  EXPECT_EQ(two.value, 2);
  EXPECT_TRUE(two.unit.empty());
  EXPECT_EQ(only("بعد ربع الساعة", "ربع الساعة").unit, "hour");
  EXPECT_EQ(only("منذ ربع قرن", "ربع قرن").unit, "century");
  EXPECT_EQ(only("بلغ 1.5 مليون طن متري", "1.5 مليون طن متري").value, 1.5e6);
  EXPECT_EQ(only("على مساحة 2500 م2 ومسرح", "2500 م2").unit, "square_meter");
  EXPECT_EQ(only("قررت تأخير الساعة 30 دقيقة", "30 دقيقة").unit, "minute");
  EXPECT_TRUE(only("وإصابة 173 يوم الأحد", "173").unit.empty());
  EXPECT_EQ(facts("الإصابات 1839 (21+) – الوفيات 5")[0].value, 1839);
  EXPECT_EQ(only("بلغت 3 ملايين دولار ونصف", "3 ملايين دولار ونصف").value, 3.5e6);
  const NumericFact oil = only("ينتج 10 ملايين برميل يوميا", "10 ملايين برميل يوميا");
  EXPECT_EQ(oil.unit, "barrel_per_day");
  EXPECT_EQ(oil.value, 1e7);
  EXPECT_EQ(only("مساحة 300 كيلومتر مربع", "300 كيلومتر مربع").unit, "square_kilometer");
  EXPECT_EQ(only("نحو 40 طنا من المساعدات", "نحو 40 طنا").unit, "ton");
  EXPECT_EQ(only("بمساحة 15 ألف قدم مربعة", "15 ألف قدم مربعة").unit, "square_foot");
  EXPECT_EQ(only("على ارتفاع 75 قدما", "75 قدما").unit, "foot");
  EXPECT_EQ(only("هطلت أمطار بلغت 64 مم", "64 مم").unit, "millimeter");
  // degrees below zero are negative
  EXPECT_EQ(only("انخفضت الحرارة إلى 3 درجات تحت الصفر", "3 درجات تحت الصفر").value, -3);
  const NumericFact cold = only("تراوحت بين 2 و5 درجات تحت الصفر", "بين 2 و5 درجات تحت الصفر");
  EXPECT_EQ(*cold.low, -5);
  EXPECT_EQ(*cold.high, -2);
  // دفعة واحدة is "at once": no counted noun, no one
  const std::string at_once = "تقدم الفريق ثلاثة مراكز دفعة واحدة";
  EXPECT_EQ(only(at_once, "ثلاثة مراكز").counted.slice(at_once), "مراكز");
  // عقد is a decade before eleven (ثلاثة عقود), a contract in the singular after it.
  EXPECT_EQ(only("منذ ثلاثة عقود", "ثلاثة عقود").unit, "decade");
  const std::string contracts = "وقعت الهيئة 2213 عقدا مع المقاولين";
  const NumericFact signed_contracts = only(contracts, "2213 عقدا");
  EXPECT_TRUE(signed_contracts.unit.empty());
  EXPECT_EQ(signed_contracts.kind, NumericKind::kCardinal);
  EXPECT_EQ(signed_contracts.counted.slice(contracts), "عقدا");
}

TEST(Kinds, CountedNounAfterAnAccusativeTakesOnlyAnAgreeingAdjective) {
  const std::string a = "أنشأت 31 مصرفا تعاونيا";
  EXPECT_EQ(only(a, "31 مصرفا تعاونيا").counted.slice(a), "مصرفا تعاونيا");
  const std::string b = "مقتل 1332 عراقيا نتيجة أعمال العنف";
  EXPECT_EQ(only(b, "1332 عراقيا").counted.slice(b), "عراقيا");
}

TEST(Kinds, ADotBeforeThreeDigitsGroupsThousandsInCounts) {
  EXPECT_EQ(only("أصيب 26.579 شخصا", "26.579 شخصا").value, 26579);
  EXPECT_EQ(only("جمع 50.000 دولار", "50.000 دولار").value, 50000);
  EXPECT_EQ(only("بسعر 1.500 دينار كويتي", "1.500 دينار كويتي").value, 1.5);
  EXPECT_EQ(only("بلغ 43.824 مليون طن", "43.824 مليون طن").value, 43824000);
  EXPECT_EQ(only("سجل المؤشر 97.773", "97.773").value, 97.773);
  EXPECT_EQ(only("ارتفع ٣٫٥٠٠ نقطة", "٣٫٥٠٠ نقطة").value, 3.5);  // ٫ is always decimal
}

TEST(Kinds, SaudiReverseGroupsWithRa) {
  EXPECT_EQ(only("أنفق 1ر83 مليون جنيه إسترليني", "1ر83 مليون جنيه إسترليني").value, 83.1e6);
  const NumericFact muslims = only("يزيد على (000ر22) مسلم", "يزيد على (000ر22) مسلم");
  EXPECT_EQ(muslims.value, 22000);
  EXPECT_EQ(muslims.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("تبلغ / 540ر999ر45 / ريال", "540ر999ر45").value, 45999540);
  EXPECT_EQ(only("بنسبة 4ر95%", "نسبة 4ر95%").value, 95.4);
}

TEST(Kinds, CountedNoun) {
  const std::string text = "تضم المنظمة 193 دولة عضو في الأمم المتحدة";
  const NumericFact f = only(text, "193 دولة عضو");
  EXPECT_EQ(f.kind, NumericKind::kCardinal);
  EXPECT_EQ(f.counted.slice(text), "دولة عضو");
}

TEST(Kinds, AFigureInBracketsTakesTheNounAfterTheBracket) {
  const std::string a = "وقالت الشرطة إن الانفجار أوقع (14) قتيلا في السوق";
  const NumericFact killed = only(a, "(14) قتيلا");
  EXPECT_EQ(killed.value, 14);
  EXPECT_EQ(killed.counted.slice(a), "قتيلا");
  const std::string b = "وزعت الجمعية (320) سلة غذائية على الأسر";
  EXPECT_EQ(only(b, "(320) سلة غذائية").counted.slice(b), "سلة غذائية");
  const NumericFact grant = only("رصدت البلدية (750) ألف دينار للطرق", "(750) ألف دينار");
  EXPECT_EQ(grant.kind, NumericKind::kMoney);
  EXPECT_EQ(grant.value, 750000);
  const NumericFact aid = only("وصلت نحو (60) طنا من الأدوية", "نحو (60) طنا");
  EXPECT_EQ(aid.unit, "ton");
  EXPECT_EQ(aid.qualifier, Qualifier::kApprox);
  // nothing counted after the bracket: the figure alone, without its brackets
  EXPECT_EQ(only("نصت المادة (12) من القانون", "12").value, 12);
  EXPECT_TRUE(only("عدد الأهداف (7)", "7").counted.empty());
  // a year in brackets stays a year
  EXPECT_TRUE(facts("في مونديال (2014) بطولة لا تنسى").empty());
  // a figure in brackets that opens a sentence numbers an item of a list
  const std::string list = "وأبرز الأسباب غلاء الوقود. (2) غياب بدائل النقل";
  EXPECT_TRUE(only(list, "2").counted.empty());
}

TEST(NumberGrammar, SixAfterAProcliticOrTheArticleCountsWhatFollows) {
  const std::string a = "شاركت الصين وروسيا وست دول أخرى في المناورات";
  const NumericFact states = only(a, "ست دول أخرى");
  EXPECT_EQ(states.value, 6);
  EXPECT_EQ(states.counted.slice(a), "دول أخرى");
  const NumericFact years = only("أمضى الست سنوات الماضية في المنفى", "الست سنوات");
  EXPECT_EQ(years.value, 6);
  EXPECT_EQ(years.unit, "year");
  EXPECT_EQ(only("أنهى السباق بست ساعات", "ست ساعات").unit, "hour");
  EXPECT_EQ(only("اتفاق إيران مع القوى الست الكبرى", "الست").value, 6);
  EXPECT_EQ(only("ثلاثة آلاف وست مئة", "ثلاثة آلاف وست مئة").value, 3600);
  // after ل only before a unit: لست is mostly the verb "I am not"
  EXPECT_EQ(only("ظل في منصبه لست سنوات متتالية", "ست سنوات").value, 6);
  EXPECT_TRUE(facts("لست أدري كم عددهم").empty());
  EXPECT_TRUE(facts("لست متأكدة من ذلك").empty());
  // names and titles, and ست with nothing counted after it
  EXPECT_TRUE(facts("فاز وست هام على ليفربول").empty());
  EXPECT_TRUE(facts("غنت الست أم كلثوم").empty());
  EXPECT_TRUE(facts("قالت الست هانم").empty());
  EXPECT_TRUE(facts("جاء وست من الرجال").empty());
  // the ordinal in the name of a war or an uprising
  EXPECT_TRUE(facts("بعد الحرب العالمية الثانية وخلال حرب الخليج الأولى").empty());
  EXPECT_TRUE(facts("اندلعت الانتفاضة الثانية").empty());
  EXPECT_EQ(only("حل في المرتبة الثانية", "الثانية").value, 2);
  // a first letter the tokenizer keeps as the word's own: ليلة is no ل + verb, ودية no و + word
  EXPECT_EQ(only("قضى 15 ليلة في الفندق", "15 ليلة").counted.size(), std::string("ليلة").size());
  const std::string friendly = "خاض الفريق ثلاث مباريات ودية";
  EXPECT_EQ(only(friendly, "ثلاث مباريات ودية").counted.slice(friendly), "مباريات ودية");
  EXPECT_EQ(only("سجلت أكتر من 300 حالة", "أكتر من 300 حالة").qualifier,
            khabar::Qualifier::kMoreThan);
  // a bare figure before و and a figure with a unit shares the unit, back along a list
  const auto ages = facts("أعمارهم 3 و5 و14 سنة");
  ASSERT_EQ(ages.size(), 3u);
  for (const NumericFact& f : ages) EXPECT_EQ(f.unit, "year");
  EXPECT_EQ(ages[0].span.size(), 1u);
  const auto rates = facts("ارتفعت الأسعار 5 و6 في المئة");
  ASSERT_EQ(rates.size(), 2u);
  EXPECT_EQ(rates[0].kind, NumericKind::kPercent);
  const auto scaled = facts("خصصت 7 و8 ملايين دولار");
  ASSERT_EQ(scaled.size(), 2u);
  EXPECT_EQ(scaled[0].kind, NumericKind::kCardinal);  // the scale may not apply to 7
  // a verb of a casualty report after و starts a new clause, not the counted noun
  const auto casualties = facts("قتل 29 وجرح 40 شخصا");
  ASSERT_EQ(casualties.size(), 2u);
  EXPECT_TRUE(casualties[0].counted.empty());
  EXPECT_EQ(casualties[0].span.size(), 2u);
  // ميتا, the company, folds into مئتا (200)
  EXPECT_TRUE(facts("أعلنت شركة ميتا المالكة لفيسبوك خطتها").empty());
  EXPECT_EQ(only("حضر مئتا شخص", "مئتا شخص").value, 200);
}

TEST(Kinds, AVerbAfterAFigureIsNoCountedNoun) {
  // و + hamza on alef, و + an imperfect's prefix: a new clause
  const auto killed = facts("قتل 3 وأصيب 5 آخرون");
  ASSERT_EQ(killed.size(), 2u);
  EXPECT_TRUE(killed[0].counted.empty());
  EXPECT_EQ(killed[0].span.slice("قتل 3 وأصيب 5 آخرون"), "3");
  EXPECT_TRUE(only("أحصت الوزارة 40 وتم نقلهم", "40").counted.empty());
  // a part of the day, طوال، قرب، إثر or جرى ends the counted noun
  const std::string people = "بلغ عدد السكان 106 ملايين نسمة صباح اليوم";
  EXPECT_EQ(only(people, "106 ملايين نسمة").counted.slice(people), "نسمة");
  const std::string raids = "نفذ التحالف خمس غارات قرب الرمادي";
  EXPECT_EQ(only(raids, "خمس غارات").counted.slice(raids), "غارات");
  const std::string ranked = "شمل التصنيف 2500 جامعة جرى تقييمها";
  EXPECT_EQ(only(ranked, "2500 جامعة").counted.slice(ranked), "جامعة");
  // past tense in ت, ته/تها, a verb of the stop list, a three-letter imperfect in ت
  EXPECT_TRUE(only("وبلغ عدد المصابين 120 تم نقلهم", "120").counted.empty());
  EXPECT_TRUE(only("مقتل 7 تبنته جماعة مسلحة", "7").counted.empty());
  EXPECT_TRUE(only("ارتفع العدد إلى 30 أعلن الجيش ذلك", "30").counted.empty());
  EXPECT_TRUE(only("أقر البرلمان 12 تنص على التعاون", "12").counted.empty());
  EXPECT_TRUE(only("نفذت الشرطة 9 استهدفت أوكار التهريب", "9").counted.empty());
  // a year followed by a verb is a year again
  EXPECT_TRUE(facts("وفي 2015 شهدت المدينة فيضانات").empty());
  EXPECT_TRUE(facts("وفي 2009 وتولى المنصب").empty());
  // nouns of the same shapes stay counted
  const std::string v = "حصل على 13 صوتا ومنح 500 تأشيرة و100 صوت و20 وفاة";
  const auto all = facts(v);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].counted.slice(v), "صوتا");
  EXPECT_EQ(all[1].counted.slice(v), "تأشيرة");
  EXPECT_EQ(all[2].counted.slice(v), "صوت");
  EXPECT_EQ(all[3].counted.slice(v), "وفاة");
  const std::string t = "باع المتجر 1500 تيشرت";
  EXPECT_EQ(only(t, "1500 تيشرت").counted.slice(t), "تيشرت");
  // units and a currency that were read as counted nouns
  EXPECT_EQ(only("بسرعة 11 ميغابت", "11 ميغابت").unit, "megabit");
  EXPECT_EQ(only("وصلة 230 فولت", "230 فولت").unit, "volt");
  const NumericFact won = only("بقيمة 10 تريليونات وون", "10 تريليونات وون");
  EXPECT_EQ(won.kind, NumericKind::kMoney);
  EXPECT_EQ(won.currency, "KRW");
  EXPECT_EQ(won.value, 1e13);
}

TEST(NumberGrammar, AScaleInAlefAloneBeforeItsNounIsTheDual) {
  const std::string text = "خصصت الحكومة ألفا دولار وثلاثة آلاف يورو";
  const auto all = facts(text);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].span.slice(text), "ألفا دولار");
  EXPECT_EQ(all[0].value, 2000);
  EXPECT_EQ(all[0].currency, "USD");
  EXPECT_EQ(all[1].span.slice(text), "ثلاثة آلاف يورو");
  EXPECT_EQ(all[1].value, 3000);
  EXPECT_EQ(all[1].currency, "EUR");
  EXPECT_EQ(only("تبرع بمليارا دولار", "مليارا دولار").value, 2e9);
  EXPECT_EQ(only("قتل ألفا شخص", "ألفا شخص").value, 2000);
  const std::string d = "تبرع بمليوني دولار وثلاثة ملايين يورو";
  const auto duals = facts(d);
  ASSERT_EQ(duals.size(), 2u);
  EXPECT_EQ(duals[0].span.slice(d), "مليوني دولار");
  EXPECT_EQ(duals[0].value, 2e6);
  EXPECT_EQ(duals[1].span.slice(d), "ثلاثة ملايين يورو");
  EXPECT_EQ(duals[1].value, 3e6);
  EXPECT_EQ(only("بلغت القيمة ألفي ريال", "ألفي ريال").value, 2000);
  // the accusative singular: after a coefficient, with tanween, or with no noun after it
  EXPECT_EQ(only("جمع عشرين ألفا دولار", "عشرين ألفا دولار").value, 20000);
  EXPECT_EQ(only("بلغ عدد الزوار ألفًا", "ألفًا").value, 1000);
  EXPECT_TRUE(facts("سيارة ألفا روميو").empty());
}

TEST(Kinds, AfterABracketAWordInWawFehOrLamIsANewPhrase) {
  EXPECT_TRUE(only("السعودية (10.6 مليون) وروسيا", "10.6 مليون").counted.empty());
  EXPECT_TRUE(only("الدورة (31) لمجلس الوزراء", "31").counted.empty());
  EXPECT_TRUE(only("صدر القرار رقم (14) بتاريخ أمس", "14").counted.empty());
}

// ---- qualifiers and ranges ------------------------------------------------------------------------

TEST(Qualifiers, BeforeAndAfter) {
  EXPECT_EQ(only("بلغت الخسائر ما ناهزت 12 مليون درهم", "ناهزت 12 مليون درهم").qualifier,
            Qualifier::kApprox);
  struct Case {
    const char* text;
    const char* mention;
    Qualifier q;
  };
  const Case cases[] = {
      {"قتل نحو 40 شخصا", "نحو 40 شخصا", Qualifier::kApprox},
      {"حوالي ثلاثين", "حوالي ثلاثين", Qualifier::kApprox},
      {"قرابة مليون", "قرابة مليون", Qualifier::kApprox},
      {"زهاء ألف", "زهاء ألف", Qualifier::kApprox},
      {"ما يقارب 300", "ما يقارب 300", Qualifier::kApprox},
      {"نزح 500 شخص تقريبا", "500 شخص تقريبا", Qualifier::kApprox},
      {"أكثر من 20", "أكثر من 20", Qualifier::kMoreThan},
      {"ما يزيد على 20", "ما يزيد على 20", Qualifier::kMoreThan},
      {"أزيد من 20", "أزيد من 20", Qualifier::kMoreThan},
      {"أقل من 20", "أقل من 20", Qualifier::kLessThan},
      {"دون 18 عاما", "دون 18 عاما", Qualifier::kLessThan},
      {"شارك ما لا يقل عن 40 دولة عضو", "ما لا يقل عن 40 دولة عضو", Qualifier::kAtLeast},
      {"10 أشخاص على الأقل", "10 أشخاص على الأقل", Qualifier::kAtLeast},
      {"ما لا يزيد على 5", "ما لا يزيد على 5", Qualifier::kAtMost},
      {"حتى 5 سنوات", "حتى 5 سنوات", Qualifier::kAtMost},
  };
  for (const Case& c : cases) EXPECT_EQ(only(c.text, c.mention).qualifier, c.q) << c.text;
}

TEST(Ranges, AChangeFromOneFigureToAnotherIsTwoFacts) {
  const auto all = facts("ارتفع معدل التضخم من 3 إلى 5 في المئة");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_FALSE(all[0].low.has_value());
  EXPECT_EQ(all[0].value, 3);
  EXPECT_EQ(all[0].kind, NumericKind::kPercent);  // the unit of the second figure
  EXPECT_EQ(all[0].span.slice("ارتفع معدل التضخم من 3 إلى 5 في المئة"), "3");
  EXPECT_EQ(all[1].value, 5);
  EXPECT_EQ(all[1].kind, NumericKind::kPercent);
  EXPECT_TRUE(only("يتراوح السعر من 3 إلى 5 دولارات", "من 3 إلى 5 دولارات").low.has_value());
  // A year, then the figure something rose to: no range runs from a year to a thousand times it.
  const std::string quarter = "ارتفعت الصادرات في الربع الأول من 2024 إلى 142 مليار درهم";
  const auto all_quarter = facts(quarter);
  ASSERT_FALSE(all_quarter.empty());
  const NumericFact& exports = all_quarter.back();
  EXPECT_EQ(exports.span.slice(quarter), "142 مليار درهم");
  EXPECT_FALSE(exports.low.has_value());
  EXPECT_EQ(exports.value, 142e9);
  EXPECT_EQ(exports.currency, "AED");
}

TEST(Ranges, LowAndHigh) {
  struct Case {
    const char* text;
    const char* mention;
    double low, high;
  };
  const Case cases[] = {
      {"بين 10 و20 ألفا", "بين 10 و20 ألفا", 10000, 20000},
      {"ما بين 3 و5 سنوات", "ما بين 3 و5 سنوات", 3, 5},
      {"من 3 إلى 5", "من 3 إلى 5", 3, 5},
      {"من ثلاثة إلى خمسة أيام", "من ثلاثة إلى خمسة أيام", 3, 5},
      {"10-20", "10-20", 10, 20},
      {"بين 2 و3 ملايين دولار", "بين 2 و3 ملايين دولار", 2e6, 3e6},
      {"بين 250 و5 آلاف ريال", "بين 250 و5 آلاف ريال", 250, 5000},
      {"ثروة ما بين 32 و30 مليار دولار", "ما بين 32 و30 مليار دولار", 30e9, 32e9},
      {"لمسافة ما بين 170 - 300 متر", "ما بين 170 - 300 متر", 170, 300},
      {"أكثر من 10 وأقل من 40", "أكثر من 10 وأقل من 40", 10, 40},
      {"على الأكثر 100 وعلى الأقل 20", "على الأكثر 100 وعلى الأقل 20", 20, 100},
      {"بين سالب عشرة وخمسة عشر", "بين سالب عشرة وخمسة عشر", -10, 15},
      {"بالسجن بين سنتين وأربع سنوات", "بين سنتين وأربع سنوات", 2, 4},
  };
  for (const Case& c : cases) {
    const NumericFact f = only(c.text, c.mention);
    ASSERT_TRUE(f.low.has_value()) << c.text;
    EXPECT_EQ(*f.low, c.low) << c.text;
    EXPECT_EQ(*f.high, c.high) << c.text;
    EXPECT_EQ(f.value, c.low) << c.text;
  }
}

// ---- exclusions ----------------------------------------------------------------------------------

TEST(Exclusions, DatesTimesPhonesCodes) {
  // a model or index number is part of a name
  EXPECT_TRUE(facts("فاز هاميلتون في سباق فورمولا 1").empty());
  EXPECT_TRUE(facts("اختفت طائرة بوينغ 777 فوق المحيط").empty());
  EXPECT_TRUE(facts("تراجع مؤشر إيجي إكس 30 أمس").empty());
  for (const char* t : {"في عام 2024", "سنة 2021م", "في 15 رمضان 1445 هـ", "يوم 14 مارس 2025",
                        "في 24/12/2024", "الساعة 10:30", "في 2024-12-24", "الساعة 10 صباحا",
                        "اتصلوا على 0612345678", "فيروس COVID-19", "طائرات F-16",
                        "شهادة ISO 9001", "كوفيد-19", "في 4 من مايو", "منذ 2011",
                        "القرار رقم 2254", "في 25 كانون الأول", "بين عامي 2010 و2015",
                        "عامي 2019،2020"}) {
    const auto all = facts(t);
    EXPECT_TRUE(all.empty()) << t << " → " << (all.empty() ? "" : all[0].span.slice(t));
  }
}

TEST(Exclusions, ResultsNeverOverlapAndSliceToText) {
  const std::string text =
      "أعلنت الوزارة أن 3 ملايين و200 ألف شخص، أي نحو 12% من السكان، تلقوا ما بين 2 و3 جرعات "
      "خلال 18 شهرا، بتكلفة 1.5 مليار دولار.";
  const auto all = facts(text);
  ASSERT_GE(all.size(), 4u);
  for (std::size_t k = 0; k < all.size(); ++k) {
    EXPECT_LT(all[k].span.begin, all[k].span.end);
    EXPECT_LE(all[k].span.end, text.size());
    if (k > 0) {
      EXPECT_LE(all[k - 1].span.end, all[k].span.begin);
    }
  }
}

TEST(Robustness, BadInputNeverThrows) {
  const std::string cases[] = {std::string("\xff\xfe 12 \xc3", 7), std::string("\0\0 5", 4),
                               std::string(100000, '9'), "٣٫٫٫٫", "ـــ", "%%%", "$", "-",
                               "و", "بين", "من إلى", std::string(5000, ',') + "1"};
  for (const auto& t : cases) {
    EXPECT_NO_THROW(facts(t));
  }
}

TEST(Robustness, RandomWordSoupGivesOrderedSpansThatSliceToText) {
  // Number words, clitics, symbols, dates and codes in random order: every result must lie on
  // the text, in order, without overlap, and slice to valid UTF-8 (fixed seed).
  const std::vector<std::string> words = {
      "و", "ف", "ب", "بين", "من", "إلى", "حتى", "ما", "لا", "يقل", "عن", "أكثر", "نحو", "الـ",
      "واحد", "اثنان", "ثلاثة", "عشر", "عشرون", "مائة", "ثلاث", "مئة", "ألف", "آلاف", "مليون",
      "نصف", "أرباع", "ونصف", "والعشرين", "الحادي", "الأول", "على", "فاصلة", "سالب", "-", "~",
      "/", "%", "٪", "$", "نسبة", "دولار", "ريال", "سعودي", "في", "المئة", "نقطة", "مئوية",
      "عامين", "ساعة", "5", "١٢", "3.5", "1,500", "١٫٢", "2024", "10:30", "24/12/2024", "3/4",
      "10-20", "عام", "مارس", "هـ", "الساعة", "COVID-19", ".", "،", "تقريبا", "دولة", "عضو"};
  std::mt19937 rng(424242);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) {
      if (!text.empty() && rng() % 4 != 0) text += ' ';
      text += words[rng() % words.size()];
    }
    const auto all = facts(text);
    std::uint32_t prev = 0;
    for (const auto& f : all) {
      ASSERT_LE(prev, f.span.begin) << text;
      ASSERT_LT(f.span.begin, f.span.end) << text;
      ASSERT_LE(f.span.end, text.size()) << text;
      const unsigned char first = static_cast<unsigned char>(text[f.span.begin]);
      ASSERT_NE(first & 0xC0, 0x80) << "span starts inside a character: " << text;
      if (f.span.end < text.size()) {
        ASSERT_NE(static_cast<unsigned char>(text[f.span.end]) & 0xC0, 0x80) << text;
      }
      ASSERT_TRUE(std::isfinite(f.value)) << text;
      prev = f.span.end;
    }
  }
}

TEST(Robustness, OneAnalyzerSharedByThreadsGivesTheSameResults) {
  const std::vector<std::string> texts = {
      "أعلنت الوزارة أن 3 ملايين و200 ألف شخص تلقوا ما بين 2 و3 جرعات خلال 18 شهرا.",
      "بلغت الاستثمارات نحو 340 مليار درهم في الرباط، بزيادة 4,5 في المائة.",
      "حصل المنتخب على المركز الحادي عشر، وسجل أكثر من عشرين هدفا.",
      "ارتفع المؤشر 0.75 نقطة مئوية إلى 9381.01 نقطة، وتداول 120 مليون سهم."};
  std::vector<std::vector<NumericFact>> expected;
  for (const auto& t : texts) expected.push_back(facts(t));
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 300; ++round) {
        const std::size_t k = static_cast<std::size_t>(round + t) % texts.size();
        const auto got = analyzer().analyze(texts[k]).numbers;
        if (got.size() != expected[k].size()) {
          ++mismatches;
          continue;
        }
        for (std::size_t i = 0; i < got.size(); ++i) {
          if (got[i].span != expected[k][i].span || got[i].value != expected[k][i].value ||
              got[i].currency != expected[k][i].currency) {
            ++mismatches;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(NumberAt, ReadsNumbersThatAreDatesForOtherExtractors) {
  const khabar::Tokenizer& tokenizer = analyzer().tokenizer();
  const khabar::NumberExtractor& numbers = analyzer().numbers();
  struct Case {
    const char* text;
    std::size_t first;
    double value;
    std::size_t end;
    bool ordinal;
  };
  const Case cases[] = {
      {"في الرابع والعشرين من ديسمبر", 1, 24, 3, true},
      {"عام ألفين وأربعة وعشرين", 1, 2024, 4, false},
      {"في 15 رمضان 1445 هـ", 1, 15, 2, false},
      {"في 15 رمضان 1445 هـ", 3, 1445, 4, false},
      {"يوم الأحد", 1, -1, 0, false},
  };
  for (const Case& c : cases) {
    const khabar::TokenizedText t = tokenizer.tokenize(c.text);
    std::size_t end = 0;
    bool ordinal = false;
    const auto v = numbers.number_at(c.text, t, c.first, end, &ordinal);
    if (c.value < 0) {
      EXPECT_FALSE(v.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(v.has_value()) << c.text;
    EXPECT_EQ(*v, c.value) << c.text;
    EXPECT_EQ(end, c.end) << c.text;
    EXPECT_EQ(ordinal, c.ordinal) << c.text;
  }
}

// ---- data loading ----------------------------------------------------------------------------------

TEST(Lexicon, MalformedUserTableIsReportedWithFileAndLine) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("khabar_numbers_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "numbers");
  {
    std::ofstream out(dir / "numbers" / "cardinals.tsv");
    out << "word\tvalue\tclass\nخمسة\t5\tunit\nستة\tsix\tunit\n";
  }
  const auto lex = khabar::Lexicons::load(dir, khabar::LoadMode::kReplace);
  try {
    khabar::Analyzer a(lex);
    ADD_FAILURE() << "expected an error";
  } catch (const khabar::Error& e) {
    EXPECT_EQ(e.line(), 3u);
    EXPECT_NE(e.file().find("cardinals.tsv"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("six"), std::string::npos);
  }
  {
    std::ofstream out(dir / "numbers" / "cardinals.tsv");
    out << "word\tvalue\tclass\nخمسة\t5\tunits\n";
  }
  EXPECT_THROW(khabar::Analyzer(khabar::Lexicons::load(dir)), khabar::Error);
  std::filesystem::remove_all(dir);
}

// Each numbers/* table rejects a row whose values make no sense, naming the file and the line.
TEST(Lexicon, EveryTableRejectsABadRowWithFileAndLine) {
  struct Bad {
    const char* table;
    const char* content;  // header, then a bad row on line 3 (after a comment)
  };
  const Bad cases[] = {
      {"cardinals", "word\tvalue\tclass\n# c\nستة\t6\tsixes\n"},
      {"fractions", "word\tvalue\tclass\n# c\nنصف\t1/0\tfraction\n"},
      {"ordinals", "word\tvalue\tuse\n# c\nأول\t11\tany\n"},
      {"units", "unit\tkind\tcount\tmax\tforms\n# c\nyear\tduration\t3\t-\tسنة\n"},
      {"units", "unit\tkind\tcount\tmax\tforms\n# c\ndecade\tduration\t1\tten\tعقد\n"},
      {"currencies", "currency\tiso\tper_unit\tforms\n# c\ndollar\tUSD\t1\tدولار,,دولارات\n"},
      {"currencies", "currency\tiso\tper_unit\tforms\n# c\ncent\tUSD\t10\tسنت\n"},
      {"currency_countries", "currency\tiso\tadjectives\n# c\ndollar\tCAD\tكندي,\n"},
      {"currency_context", "currency\tiso\tper_unit\tcues\n# c\ndinar\tJOD\t-\tعمان الأردن\n"},
      {"currency_context", "currency\tiso\tper_unit\tcues\n# c\nfils\tAED\t10\tدبي\n"},
      {"qualifiers", "phrase\tqualifier\tposition\n# c\nنحو\tabout\tbefore\n"},
      {"syntax", "phrase\trole\n# c\nبين\tbetween\n"},
      {"context", "word\trole\n# c\nمارس\tmonths\n"},
      {"exceptions", "phrase\tblocked\n# c\nأول أمس\t3\n"},
  };
  for (const Bad& bad : cases) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("khabar_numbers_bad_" + std::to_string(::getpid()) + "_" + bad.table);
    std::filesystem::create_directories(dir / "numbers");
    {
      std::ofstream out(dir / "numbers" / (std::string(bad.table) + ".tsv"));
      out << bad.content;
    }
    try {
      khabar::NumberExtractor extractor(khabar::Lexicons::load(dir));
      ADD_FAILURE() << bad.table << ": expected an error";
    } catch (const khabar::Error& e) {
      EXPECT_EQ(e.line(), 3u) << bad.table << ": " << e.what();
      EXPECT_NE(e.file().find(std::string(bad.table) + ".tsv"), std::string::npos) << e.what();
    }
    std::filesystem::remove_all(dir);
  }
}

TEST(Lexicon, EmbeddedTablesLoadAndAreShared) {
  EXPECT_NO_THROW(khabar::NumberExtractor());
  const khabar::Analyzer a;
  const khabar::Document d1 = a.analyze("1");
  ASSERT_EQ(d1.numbers.size(), 1u);
}

TEST(Numbers, PercentSignFirstCountsNothingAndCountedEndsAtTheWord) {
  auto f = only("سجل الفريق %3.5 هدفاً", "%3.5");
  EXPECT_EQ(f.kind, NumericKind::kPercent);
  EXPECT_EQ(f.value, 3.5);
  EXPECT_TRUE(f.counted.empty());
  const std::string text = "وصل 300 زائر\u202D\u202D إلى المعرض";
  const auto all = facts(text);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].span.slice(text), "300 زائر");
  EXPECT_EQ(all[0].counted.slice(text), "زائر");
}

}  // namespace
