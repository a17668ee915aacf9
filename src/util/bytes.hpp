// Internal: comparisons of a string_view with a string literal whose length the compiler knows,
// so that they compile to a few loads and compares. std::string_view's own starts_with and ==
// pass a run-time length to memcmp, which GCC then calls out of line: in per-token loops that
// call was a few percent of an analysis.
#ifndef KHABAR_SRC_UTIL_BYTES_HPP_
#define KHABAR_SRC_UTIL_BYTES_HPP_

#include <cstddef>
#include <cstring>
#include <string_view>

namespace khabar::internal {

template <std::size_t N>
[[gnu::always_inline]] inline bool starts_with_literal(std::string_view s,
                                                       const char (&literal)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

template <std::size_t N>
[[gnu::always_inline]] inline bool ends_with_literal(std::string_view s,
                                                     const char (&literal)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), literal, N - 1) == 0;
}

template <std::size_t N>
[[gnu::always_inline]] inline bool equals_literal(std::string_view s, const char (&literal)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

}  // namespace khabar::internal

#endif  // KHABAR_SRC_UTIL_BYTES_HPP_
