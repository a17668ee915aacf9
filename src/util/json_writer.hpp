// Internal: a minimal streaming JSON writer. Strings are written as valid UTF-8 whatever the
// input: ill-formed bytes come out as \ufffd, so output always parses.
#ifndef KHABAR_SRC_UTIL_JSON_WRITER_HPP_
#define KHABAR_SRC_UTIL_JSON_WRITER_HPP_

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace khabar::internal {

inline void json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
      // Copy the run of plain ASCII in one go.
      std::size_t j = i + 1;
      while (j < s.size()) {
        const auto x = static_cast<unsigned char>(s[j]);
        if (x < 0x20 || x >= 0x80 || x == '"' || x == '\\') break;
        ++j;
      }
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (b < 0x80) {
      switch (b) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          out += "\\u00";
          out.push_back(kHex[b >> 4]);
          out.push_back(kHex[b & 15]);
      }
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    if (d.valid) {
      out.append(s.data() + i, d.length);
    } else {
      out += "\\ufffd";
    }
    i += d.length;
  }
  out.push_back('"');
}

inline void json_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

inline void json_key(std::string& out, std::string_view key) {
  out.push_back('"');
  out.append(key);
  out += "\":";
}

}  // namespace khabar::internal

#endif  // KHABAR_SRC_UTIL_JSON_WRITER_HPP_
