// Byte spans into the caller's original UTF-8 text, and conversions to other offset units.
//
//   khabar::Span s{4, 12};
//   std::string_view surface = s.slice(text);             // the exact original bytes
//   khabar::Span cp = khabar::to_code_point_span(text, s);  // for Python str indexing
//   khabar::Span u16 = khabar::to_utf16_span(text, s);      // for JavaScript / Java / ICU
#ifndef KHABAR_SPAN_HPP_
#define KHABAR_SPAN_HPP_

#include <cstdint>
#include <string_view>

#include "khabar/export.hpp"

namespace khabar {

// Half-open range [begin, end) of byte offsets into the ORIGINAL UTF-8 input.
// Every span khabar returns lies on code-point boundaries and has begin < end.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  // REQUIRES: end <= text.size().
  constexpr std::string_view slice(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

// Converts a byte span of `text` to code-point offsets (what Python's str indexing uses).
// Bytes of ill-formed UTF-8 count as one code point each (they become U+FFFD).
KHABAR_EXPORT Span to_code_point_span(std::string_view text, Span bytes);

// Converts a byte span of `text` to UTF-16 code-unit offsets (JavaScript, Java, ICU).
KHABAR_EXPORT Span to_utf16_span(std::string_view text, Span bytes);

}  // namespace khabar

#endif  // KHABAR_SPAN_HPP_
