// Shared by the fuzz targets: abort with a message when an invariant breaks, and the code-point
// boundaries of any byte string (ill-formed bytes count as one code point each, as the library
// treats them).
#ifndef KHABAR_FUZZ_FUZZ_CHECKS_HPP_
#define KHABAR_FUZZ_FUZZ_CHECKS_HPP_

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace khabar::fuzz {

[[noreturn]] inline void violation(const char* what, std::size_t a = 0, std::size_t b = 0) {
  std::fprintf(stderr, "khabar invariant violated: %s (%zu, %zu)\n", what, a, b);
  std::abort();
}
#define CHECK(cond, ...)                        \
  do {                                          \
    if (!(cond)) ::khabar::fuzz::violation(#cond, __VA_ARGS__); \
  } while (0)

// Length of the well-formed UTF-8 sequence at s[i], 0 if the byte there starts none.
inline std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t avail = s.size() - i;
  const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return k < avail && b(k) >= lo && b(k) <= hi;
  };
  const unsigned b0 = b(0);
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// boundaries[k]: offset k starts a code point (an ill-formed byte counts as one) or is the end.
inline std::vector<bool> boundaries(std::string_view s) {
  std::vector<bool> out(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size();) {
    out[i] = true;
    const std::size_t n = sequence_length(s, i);
    i += n == 0 ? 1 : n;
  }
  out[s.size()] = true;
  return out;
}

}  // namespace khabar::fuzz

#endif  // KHABAR_FUZZ_FUZZ_CHECKS_HPP_
