#include "khabar/span.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace khabar {
namespace {

// Counts code points (or UTF-16 units) up to each end of the span in one forward pass.
template <bool kUtf16>
Span convert(std::string_view text, Span bytes) {
  const std::size_t end = std::min<std::size_t>(bytes.end, text.size());
  const std::size_t begin = std::min<std::size_t>(bytes.begin, end);
  std::uint32_t units = 0;
  Span out;
  bool begun = false;
  std::size_t i = 0;
  while (i < end) {
    if (!begun && i >= begin) {
      out.begin = units;
      begun = true;
    }
    const internal::Decoded d = internal::decode_utf8(text, i);
    units += (kUtf16 && d.cp >= 0x10000) ? 2 : 1;
    i += d.length;
  }
  if (!begun) out.begin = units;
  out.end = units;
  return out;
}

}  // namespace

Span to_code_point_span(std::string_view text, Span bytes) { return convert<false>(text, bytes); }
Span to_utf16_span(std::string_view text, Span bytes) { return convert<true>(text, bytes); }

}  // namespace khabar
