// Hostile input never crashes khabar or loses data (issue "Robustness", DESIGN §3): for each kind
// of broken or extreme input, analyze() (normalize + tokenize + every extractor) returns, every
// span of every result is inside the input, on a code-point boundary and non-empty, tokens do
// not overlap, and the peak memory of the analysis stays within the bound docs/robustness.md
// states: about 20 times the document, plus the lexicons.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/analyzer.hpp"
#include "khabar/json.hpp"
#include "fuzz_checks.hpp"  // code-point boundaries of ill-formed input, as the fuzzers check them

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Big inputs are 10x smaller under a sanitizer (its shadow memory and slowness are not ours).
std::size_t big(std::size_t bytes) { return kSanitized ? bytes / 10 : bytes; }

const khabar::Analyzer& analyzer() {
  static const khabar::Analyzer instance;
  return instance;
}

long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

void check_span(const std::vector<bool>& bounds, khabar::Span s, const char* what) {
  ASSERT_LT(s.begin, s.end) << what;
  ASSERT_LT(s.end, bounds.size()) << what;
  EXPECT_TRUE(bounds[s.begin]) << what << " begin " << s.begin;
  EXPECT_TRUE(bounds[s.end]) << what << " end " << s.end;
}

// Analyzes `in` and checks every result; returns the document's JSON size (so that the JSON is
// built too) and the peak memory growth per input byte.
// The documented bound (docs/robustness.md): about 20 bytes per input byte for text, checked
// with 20% slack; inputs where every few bytes make a result (RepetitiveExtractorBait) may use
// more, the results themselves being that large.
constexpr double kTextBound = 24.0;
constexpr double kDenseResultsBound = 32.0;

void analyze_and_check(const std::string& in, double max_bytes_per_byte = kTextBound) {
  analyzer();  // the lexicons are loaded before the measurement
  const long before_kb = peak_rss_kb();
  khabar::AnalyzeOptions options;
  options.reference_date = khabar::CivilDate{2024, 12, 24};
  const khabar::Document doc = analyzer().analyze(in, options);
  const long after_kb = peak_rss_kb();  // the analysis and its Document; not the JSON below
  std::string json;
  khabar::append_json(json, doc, in);
  const std::vector<bool> bounds = khabar::fuzz::boundaries(in);
  std::uint32_t previous_end = 0;
  for (const khabar::Token& t : doc.tokens.tokens()) {
    check_span(bounds, t.span, "token");
    ASSERT_GE(t.span.begin, previous_end);
    previous_end = t.span.end;
  }
  for (const auto& d : doc.dates) check_span(bounds, d.span, "date");
  for (const auto& n : doc.numbers) check_span(bounds, n.span, "number");
  for (const auto& o : doc.organizations) check_span(bounds, o.span, "organization");
  EXPECT_FALSE(json.empty());
  if (in.size() >= (1u << 20) && before_kb > 0 && after_kb > 0 && !kSanitized) {
    const double growth = static_cast<double>(after_kb - before_kb) * 1024.0 /
                          static_cast<double>(in.size());
    std::printf("hostile: %zu bytes, peak memory growth %.1f bytes per input byte\n", in.size(),
                growth);
    EXPECT_LE(growth, max_bytes_per_byte) << "peak memory grew beyond the documented bound";
  }
}

std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

TEST(Hostile, InvalidUtf8OfEveryKind) {
  const std::vector<std::string> cases = {
      "\x80",                                // lone continuation byte
      "\xBF\x80\x80 كلمة",                   // run of continuations
      "\xC0\xAF \xE0\x80\xAF \xF0\x80\x80\xAF",  // overlong forms of /
      "\xC1\xBF",                            // overlong two-byte
      "\xED\xA0\x80 \xED\xBF\xBF",           // UTF-16 surrogates encoded in UTF-8
      "\xD9",                                // truncated two-byte (Arabic lead) at the end
      "\xE2\x82 نص",                         // truncated three-byte
      "\xF0\x9F\x98",                        // truncated four-byte
      "\xF5\x80\x80\x80 \xF8 \xFC \xFE \xFF",  // bytes that never occur in UTF-8
      "\xF4\x90\x80\x80",                    // above U+10FFFF
      "في 24 \xFF ديسمبر \xC3 2024 أعلنت \xED\xA0\x80 منظمة الصحة العالمية \x80 5 ملايين دولار",
  };
  for (const std::string& c : cases) {
    SCOPED_TRACE(c);
    analyze_and_check(c);
  }
}

TEST(Hostile, NulBytesKeepTheirOffsets) {
  const std::string text = std::string("في 24 ديسمبر") + '\0' + "2024" + '\0' + '\0' + "الأمم المتحدة";
  analyze_and_check(text);
  const khabar::Document doc = analyzer().analyze(text);
  bool found = false;
  for (const auto& o : doc.organizations) found |= o.span.slice(text) == "الأمم المتحدة";
  EXPECT_TRUE(found) << "text after NUL bytes is still analysed";
}

TEST(Hostile, EmptyAndWhitespaceOnly) {
  analyze_and_check("");
  analyze_and_check(" \t\n\r\n   \u00a0\u2003\u3000\n");
  const khabar::Document doc = analyzer().analyze("   \n\n\t ");
  EXPECT_TRUE(doc.dates.empty() && doc.numbers.empty() && doc.organizations.empty());
}

TEST(Hostile, OneHundredMegabyteLine) {
  // Real-looking sentences without a single newline.
  const std::string unit =
      "أعلنت الأمم المتحدة في 24 ديسمبر 2024 أن نحو 193 دولة عضو وقعت على الاتفاقية بقيمة 2.5 "
      "مليار دولار، وقال المتحدث أمس إن منظمة الصحة العالمية (WHO) سترسل 300 طبيب. ";
  analyze_and_check(repeat(unit, big(100u << 20)));
}

TEST(Hostile, AMillionDiacriticsOrTatweelsInARow) {
  analyze_and_check("كلمة" + repeat("\xD9\x8E", 2'000'000) + " أخرى");  // fatha
  analyze_and_check("كلمة" + repeat("\xD9\x80", 2'000'000) + " أخرى");  // tatweel
  analyze_and_check(repeat("\xD9\x91\xD9\x8B", 2'000'000));             // marks with no letter
}

TEST(Hostile, TenMegabyteWordWithoutSpaces) {
  analyze_and_check(repeat("بسم", big(10u << 20)));
  analyze_and_check(repeat("abc", big(10u << 20)));
  analyze_and_check(repeat("٣", big(10u << 20)));                   // one huge number
  analyze_and_check(repeat("12/", big(10u << 20)));                 // one huge number sequence
  analyze_and_check("http://" + repeat("a", big(10u << 20)));       // one huge URL
}

TEST(Hostile, DeeplyNestedBrackets) {
  analyze_and_check(repeat("(", 1'000'000) + "الأمم المتحدة" + repeat(")", 1'000'000));
  analyze_and_check(repeat("«[{(", 250'000) + " في 24 ديسمبر 2024 " + repeat(")}]»", 250'000));
}

TEST(Hostile, BidiControlsAndMixedScripts) {
  analyze_and_check(
      "\u202B\u202Eفي\u202C 24\u200F ديسمبر\u2066 2024\u2069 \u061C5\u200E٪ \u200Dمنظمة\u200C "
      "OMSAC\u202D العالمية");
  analyze_and_check(
      "Москва 北京 東京 في 24 ديسمبر 2024 Ελλάδα עברית हिन्दी 🇸🇦🏳️‍🌈 ١٢٣ ۴۵۶ ﷺ ﻹ ﷲ");
  analyze_and_check(repeat("\u202E\u200F", 500'000));
}

TEST(Hostile, RepetitiveExtractorBait) {
  // Inputs that keep the extractors busy: every token could start a date, a number or a name.
  analyze_and_check(repeat("عام ", big(4u << 20)), kDenseResultsBound);
  analyze_and_check(repeat("بين 5 و", big(4u << 20)), kDenseResultsBound);
  analyze_and_check(repeat("منظمة ", big(4u << 20)), kDenseResultsBound);
  analyze_and_check(repeat("الرابع والعشرين من ", big(4u << 20)), kDenseResultsBound);
  analyze_and_check(repeat("ألف ", big(4u << 20)), kDenseResultsBound);
}

}  // namespace
