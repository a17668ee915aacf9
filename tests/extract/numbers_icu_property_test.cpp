// Property test with ICU as an independent oracle: every integer that ICU's Arabic spell-out
// rules write out (all of 0–10,000 and fixed-seed samples up to 10^12 and 10^16, with the masculine,
// feminine and numbering rule sets; ordinals 1–99) must come back from the extractor as one
// mention covering the whole string, with the same value.
#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <cstdint>
#include <memory>
#include <random>
#include <string>

#include "khabar/analyzer.hpp"

namespace {

class SpelloutTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() {
    UErrorCode status = U_ZERO_ERROR;
    format_ = new icu::RuleBasedNumberFormat(icu::URBNF_SPELLOUT, icu::Locale("ar"), status);
    if (U_FAILURE(status)) {
      delete format_;
      format_ = nullptr;
    }
    analyzer_ = new khabar::Analyzer();
  }
  static void TearDownTestSuite() {
    delete format_;
    delete analyzer_;
  }

  static bool has_rule_set(const char* name) {
    const icu::UnicodeString wanted(name, -1, US_INV);
    for (int i = 0; i < format_->getNumberOfRuleSetNames(); ++i) {
      if (format_->getRuleSetName(i) == wanted) return true;
    }
    return false;
  }

  static std::string spell(std::int64_t n, const char* rule_set) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    icu::FieldPosition pos;
    format_->format(n, icu::UnicodeString(rule_set, -1, US_INV), out, pos, status);
    std::string utf8;
    if (U_SUCCESS(status)) out.toUTF8String(utf8);
    return utf8;
  }

  // Empty string on success, else a description of the failure.
  static std::string check(std::int64_t n, const char* rule_set, bool ordinal) {
    const std::string text = spell(n, rule_set);
    if (text.empty()) return "ICU could not format " + std::to_string(n);
    const khabar::Document doc = analyzer_->analyze(text);
    std::string got;
    for (const auto& f : doc.numbers) {
      got += " [" + std::string(f.span.slice(text)) + " = " + std::to_string(f.value) + " " +
             std::string(khabar::to_string(f.kind)) + "]";
    }
    const bool ok = doc.numbers.size() == 1 && doc.numbers[0].span.begin == 0 &&
                    doc.numbers[0].span.end == text.size() &&
                    doc.numbers[0].value == static_cast<double>(n) &&
                    (doc.numbers[0].kind == khabar::NumericKind::kOrdinal) == ordinal;
    return ok ? std::string() : std::to_string(n) + " «" + text + "» →" + got;
  }

  static icu::RuleBasedNumberFormat* format_;
  static khabar::Analyzer* analyzer_;
};

icu::RuleBasedNumberFormat* SpelloutTest::format_ = nullptr;
khabar::Analyzer* SpelloutTest::analyzer_ = nullptr;

TEST_P(SpelloutTest, EveryIntegerUpToTenThousand) {
  if (format_ == nullptr || !has_rule_set(GetParam())) GTEST_SKIP() << "no such ICU rule set";
  int failures = 0;
  for (std::int64_t n = 0; n <= 10000; ++n) {
    const std::string failure = check(n, GetParam(), false);
    if (!failure.empty() && ++failures <= 20) ADD_FAILURE() << failure;
  }
  EXPECT_EQ(failures, 0);
}

TEST_P(SpelloutTest, RandomSampleUpToTenToTheTwelfth) {
  if (format_ == nullptr || !has_rule_set(GetParam())) GTEST_SKIP() << "no such ICU rule set";
  std::mt19937_64 rng(20241224);  // fixed seed: the same sample on every machine
  int failures = 0;
  for (int k = 0; k < 4000; ++k) {
    // Spread over magnitudes: a random number of digits, then a random value with that many.
    const int digits = 1 + static_cast<int>(rng() % 12);
    std::int64_t bound = 1;
    for (int d = 0; d < digits; ++d) bound *= 10;
    std::int64_t n = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(bound));
    if (k % 5 == 0) n -= n % (bound / 10 > 0 ? bound / 10 : 1);  // round numbers: 3000000
    const std::string failure = check(n, GetParam(), false);
    if (!failure.empty() && ++failures <= 20) ADD_FAILURE() << failure;
  }
  const std::string trillion = check(1000000000000, GetParam(), false);
  EXPECT_EQ(trillion, "");
  EXPECT_EQ(failures, 0);
}

TEST_P(SpelloutTest, RandomSampleUpToTenToTheSixteenth) {
  // Integers stay exact in a double up to 2^53 (about 9·10^15): the value must come back exactly.
  if (format_ == nullptr || !has_rule_set(GetParam())) GTEST_SKIP() << "no such ICU rule set";
  std::mt19937_64 rng(16);
  int failures = 0;
  for (int k = 0; k < 1000; ++k) {
    const std::int64_t n = static_cast<std::int64_t>(rng() % 9000000000000000ull);
    const std::string failure = check(n, GetParam(), false);
    if (!failure.empty() && ++failures <= 20) ADD_FAILURE() << failure;
  }
  EXPECT_EQ(check(1000000000000000, GetParam(), false), "");
  EXPECT_EQ(failures, 0);
}

INSTANTIATE_TEST_SUITE_P(Cardinal, SpelloutTest,
                         ::testing::Values("%spellout-cardinal-masculine",
                                           "%spellout-cardinal-feminine", "%spellout-numbering"),
                         [](const auto& info) {
                           std::string name = info.param + 10;  // after "%spellout-"
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

class OrdinalSpelloutTest : public SpelloutTest {};

// ICU's Arabic ordinal rules give ordinal words up to 99 and a definite hundred with a cardinal
// rest up to 299 ("المائة وواحد", "المائتان وثلاثة عشر"); from 300 on they write plain cardinals
// ("ثلاثة مائة"), and from 1000 on mix in words that are no number ("إثنان الألف" for two
// million). The ones that are ordinals — 1–99, and the hundreds that begin with ال — must parse.
TEST_P(OrdinalSpelloutTest, EveryOrdinalFormUpToAThousand) {
  if (format_ == nullptr || !has_rule_set(GetParam())) GTEST_SKIP() << "no such ICU rule set";
  int failures = 0, checked = 0;
  for (std::int64_t n = 1; n <= 999; ++n) {
    if (n >= 100 && spell(n, GetParam()).rfind("\xD8\xA7\xD9\x84", 0) != 0) continue;
    ++checked;
    const std::string failure = check(n, GetParam(), true);
    if (!failure.empty() && ++failures <= 20) ADD_FAILURE() << failure;
  }
  EXPECT_GE(checked, 99);
  EXPECT_EQ(failures, 0);
}

INSTANTIATE_TEST_SUITE_P(Ordinal, OrdinalSpelloutTest,
                         ::testing::Values("%spellout-ordinal-masculine",
                                           "%spellout-ordinal-feminine"),
                         [](const auto& info) {
                           std::string name = info.param + 10;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

}  // namespace
