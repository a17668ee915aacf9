// Internal: a 65,536-bit filter that answers "surely not in the table" for most words of a text
// without hashing them: the bit of a 16-bit key made of the word's length and its first and last
// four bytes (two Arabic letters each side). Words in the table always pass; about one word in
// twenty that is not passes too, and is then looked up for real.
#ifndef KHABAR_SRC_UTIL_WORD_FILTER_HPP_
#define KHABAR_SRC_UTIL_WORD_FILTER_HPP_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace khabar::internal {

class WordFilter {
 public:
  void add(std::string_view word) {
    const std::uint32_t k = key(word);
    bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  bool maybe(std::string_view word) const {
    const std::uint32_t k = key(word);
    return (bits_[k >> 6] & (std::uint64_t{1} << (k & 63))) != 0;
  }

  static std::uint32_t key(std::string_view w) {
    const std::size_t n = w.size();
    std::uint32_t head = 0, tail = 0;
    if (n >= 4) {
      std::memcpy(&head, w.data(), 4);
      std::memcpy(&tail, w.data() + n - 4, 4);
    } else {
      std::memcpy(&head, w.data(), n);
    }
    const std::uint64_t x = (std::uint64_t{head} << 32 | tail) ^ (n * 0x9E3779B97F4A7C15ull);
    return static_cast<std::uint32_t>((x * 0xD6E8FEB86659FD93ull) >> 48);
  }

 private:
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1024, 0);
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_UTIL_WORD_FILTER_HPP_
