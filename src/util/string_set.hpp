// Internal: a flat hash set of strings that answers std::string_view look-ups without allocating.
#ifndef KHABAR_SRC_UTIL_STRING_SET_HPP_
#define KHABAR_SRC_UTIL_STRING_SET_HPP_

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace khabar::internal {

// Reads eight bytes at a time and mixes the result fully, so Boost's tables can skip their own
// post-mixing (is_avalanching). Short Arabic words hash in a few ns.
struct StringHash {
  using is_transparent = void;
  using is_avalanching = void;
  [[gnu::always_inline]] std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    if (const std::size_t rest = s.size() - i; rest != 0) {
      // The last 1–7 bytes in fixed-size loads (a memcpy of variable length is a call).
      const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
      std::uint64_t chunk;
      if (rest >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, p, 4);
        std::memcpy(&tail, p + rest - 4, 4);
        chunk = std::uint64_t{head} << 32 | tail;
      } else {
        chunk = std::uint64_t{p[0]} << 16 | std::uint64_t{p[rest >> 1]} << 8 | p[rest - 1];
      }
      h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
    }
    h ^= h >> 29;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 32;
    return static_cast<std::size_t>(h);
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
