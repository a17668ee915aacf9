// Helpers shared by the unit tests: an independent UTF-8 oracle, file and temp-dir helpers.
#ifndef KHABAR_TESTS_UNIT_TEST_UTIL_HPP_
#define KHABAR_TESTS_UNIT_TEST_UTIL_HPP_

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <khabar/span.hpp>
#include <ostream>

#ifndef KHABAR_SOURCE_DIR
#error "tests/CMakeLists.txt passes KHABAR_SOURCE_DIR"
#endif

namespace khabar::test {

inline std::filesystem::path source_dir() { return std::filesystem::path(KHABAR_SOURCE_DIR); }
// The shared material next to the project (design, samples, corpus); may be absent.
inline std::filesystem::path shared_dir() { return source_dir() / ".." / "shared"; }

inline std::string utf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode Table 3-7), or 0 when the
// byte there does not start one. Written independently of the library's decoder.
inline std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t avail = s.size() - i;
  const unsigned b0 = b(0);
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return k < avail && b(k) >= lo && b(k) <= hi;
  };
  if (b0 <= 0x7F) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Code-point boundaries of `s` where an ill-formed byte counts as one code point (it becomes
// U+FFFD). boundaries[k] is true when offset k starts a code point or is s.size().
inline std::vector<bool> code_point_boundaries(std::string_view s) {
  std::vector<bool> out(s.size() + 1, false);
  std::size_t i = 0;
  while (i < s.size()) {
    out[i] = true;
    const std::size_t n = valid_sequence_length(s, i);
    i += n == 0 ? 1 : n;
  }
  out[s.size()] = true;
  return out;
}

// Decodes `s` into code points (ill-formed bytes as U+FFFD), with each one's byte offset.
struct DecodedChar {
  char32_t cp;
  std::size_t offset;
  std::size_t length;
};
inline std::vector<DecodedChar> decode(std::string_view s) {
  std::vector<DecodedChar> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = valid_sequence_length(s, i);
    if (n == 0) {
      out.push_back({0xFFFD, i, 1});
      ++i;
      continue;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    char32_t cp = n == 1 ? p[0]
                  : n == 2 ? char32_t((p[0] & 0x1F) << 6 | (p[1] & 0x3F))
                  : n == 3 ? char32_t((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F))
                           : char32_t((p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 |
                                      (p[2] & 0x3F) << 6 | (p[3] & 0x3F));
    out.push_back({cp, i, n});
    i += n;
  }
  return out;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "khabar-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace khabar::test

namespace khabar {
// How GoogleTest prints a Span in failure messages: [begin,end).
inline void PrintTo(const Span& s, std::ostream* os) { *os << "[" << s.begin << "," << s.end << ")"; }
}  // namespace khabar

#endif  // KHABAR_TESTS_UNIT_TEST_UTIL_HPP_
