// Span: slicing and conversion of byte offsets to code-point and UTF-16 offsets.
#include <gtest/gtest.h>
#include <khabar/span.hpp>
#include <khabar/tokenizer.hpp>

#include <string>

#include "test_util.hpp"

namespace khabar {
namespace {

TEST(Span, Basics) {
  constexpr Span s{4, 12};
  static_assert(s.size() == 8);
  static_assert(!s.empty());
  static_assert(Span{3, 3}.empty());
  static_assert(Span{1, 2} == Span{1, 2});
  static_assert(!(Span{1, 2} == Span{1, 3}));
  const std::string text = "قال وللأمم";  // ق0 ا2 ل4 ' '6 و7 ...
  EXPECT_EQ((Span{0, 6}).slice(text), "قال");
  EXPECT_EQ((Span{7, 19}).slice(text), "وللأمم");
  EXPECT_EQ((Span{19, 19}).slice(text), "");
}

// a [0,1)  ب [1,3)  😀 U+1F600 [3,7)  c [7,8)
const std::string kMixed = "a\u0628\U0001F600c";

TEST(Span, ToCodePoints) {
  EXPECT_EQ(to_code_point_span(kMixed, {0, 1}), (Span{0, 1}));
  EXPECT_EQ(to_code_point_span(kMixed, {1, 3}), (Span{1, 2}));
  EXPECT_EQ(to_code_point_span(kMixed, {3, 7}), (Span{2, 3}));
  EXPECT_EQ(to_code_point_span(kMixed, {7, 8}), (Span{3, 4}));
  EXPECT_EQ(to_code_point_span(kMixed, {0, 8}), (Span{0, 4}));
  EXPECT_EQ(to_code_point_span(kMixed, {1, 7}), (Span{1, 3}));
  EXPECT_EQ(to_code_point_span(kMixed, {3, 3}), (Span{2, 2}));
  EXPECT_EQ(to_code_point_span(kMixed, {8, 8}), (Span{4, 4}));
}

TEST(Span, ToUtf16) {
  EXPECT_EQ(to_utf16_span(kMixed, {0, 1}), (Span{0, 1}));
  EXPECT_EQ(to_utf16_span(kMixed, {1, 3}), (Span{1, 2}));
  EXPECT_EQ(to_utf16_span(kMixed, {3, 7}), (Span{2, 4}));  // a surrogate pair
  EXPECT_EQ(to_utf16_span(kMixed, {7, 8}), (Span{4, 5}));
  EXPECT_EQ(to_utf16_span(kMixed, {0, 8}), (Span{0, 5}));
}

TEST(Span, IllFormedBytesCountAsOneCodePointEach) {
  // a [0,1)  80 [1,2)  E2 82 [2,3) [3,4)  ب [4,6)  FF [6,7)  c [7,8)
  const std::string text = "a\x80\xE2\x82\u0628\xFF" "c";
  EXPECT_EQ(to_code_point_span(text, {1, 2}), (Span{1, 2}));
  EXPECT_EQ(to_code_point_span(text, {2, 4}), (Span{2, 4}));
  EXPECT_EQ(to_code_point_span(text, {4, 6}), (Span{4, 5}));
  EXPECT_EQ(to_code_point_span(text, {6, 8}), (Span{5, 7}));
  EXPECT_EQ(to_utf16_span(text, {4, 8}), (Span{4, 7}));
}

TEST(Span, TokenSpansConvertForPythonAndJavaScript) {
  // What a Python or JavaScript consumer would index with.
  const std::string text = "وقّعت 😀 OMSAC";
  const TokenizedText t = Tokenizer().tokenize(text);
  ASSERT_EQ(t.tokens().size(), 3u);
  const Token& omsac = t.tokens()[2];
  EXPECT_EQ(omsac.span, (Span{16, 21}));
  EXPECT_EQ(to_code_point_span(text, omsac.span), (Span{8, 13}));  // و ق ّ ع ت ' ' 😀 ' '
  EXPECT_EQ(to_utf16_span(text, omsac.span), (Span{9, 14}));       // 😀 is two UTF-16 units
  EXPECT_EQ(to_code_point_span(text, t.tokens()[0].span), (Span{0, 5}));
  EXPECT_EQ(t.tokens()[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(to_utf16_span(text, t.tokens()[1].span), (Span{6, 8}));
}

TEST(Span, ConversionAgreesWithAnIndependentCount) {
  const std::string text = "الإتفاقيّة ١٬٥٠٠ 😀\xC0\xAF ﻹ Москва";
  const auto chars = test::decode(text);
  // For every pair of code-point boundaries, count code points and UTF-16 units by hand.
  for (std::size_t i = 0; i <= chars.size(); ++i) {
    for (std::size_t j = i; j <= chars.size(); ++j) {
      const auto off = [&](std::size_t k) {
        return static_cast<std::uint32_t>(k < chars.size() ? chars[k].offset : text.size());
      };
      std::uint32_t u16_before = 0, u16_len = 0;
      for (std::size_t k = 0; k < j; ++k) {
        const std::uint32_t units = chars[k].cp >= 0x10000 ? 2 : 1;
        (k < i ? u16_before : u16_len) += units;
      }
      const Span bytes{off(i), off(j)};
      EXPECT_EQ(to_code_point_span(text, bytes),
                (Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)}));
      EXPECT_EQ(to_utf16_span(text, bytes), (Span{u16_before, u16_before + u16_len}));
    }
  }
}

}  // namespace
}  // namespace khabar
