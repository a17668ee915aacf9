// Internal: a flat hash set of strings that answers std::string_view look-ups without allocating.
#ifndef KHABAR_SRC_UTIL_STRING_SET_HPP_
#define KHABAR_SRC_UTIL_STRING_SET_HPP_

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace khabar::internal {

// FNV-1a mixed at the end: short Arabic words hash in a few ns.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};
struct StringEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

using StringSet = boost::unordered_flat_set<std::string, StringHash, StringEqual>;
template <typename V>
using StringMap = boost::unordered_flat_map<std::string, V, StringHash, StringEqual>;

}  // namespace khabar::internal

#endif  // KHABAR_SRC_UTIL_STRING_SET_HPP_
