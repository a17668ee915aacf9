// Internal: the value of a digit token (search form: ASCII digits, '.' and ',' separators).
#ifndef KHABAR_SRC_EXTRACT_NUMBERS_DIGITS_HPP_
#define KHABAR_SRC_EXTRACT_NUMBERS_DIGITS_HPP_

#include <cstdint>
#include <optional>
#include <string_view>

namespace khabar::internal {

struct DigitValue {
  long double value = 0;
  bool integral = true;       // no decimal part was written
  bool plain = true;          // digits only, no separator at all
  bool leading_zero = false;  // "0612…" (phone numbers, codes)
  // "26.579": one '.' before exactly three digits, read as a decimal, that Gulf and Levantine
  // papers also write for thousands; the extractor decides from what follows (26.579 شخصا).
  bool dot_thousands_possible = false;
  std::uint8_t int_digits = 0;  // digits before the decimal separator
  std::uint8_t frac_digits = 0;
};

// What a separator was in the original text, when the search form folded it to '.' or ','.
enum class SepHint : std::uint8_t {
  kUnknown,
  kDecimal,    // ٫ (U+066B): always a decimal separator
  kThousands,  // ٬ (U+066C): always grouping
  kArabicComma,  // ، (U+060C): grouping before three digits, a (Maghrebi) decimal before one or
                 // two (٤،٩ مليار), else the comma of a list (2019،2020: no number)
};

// Reads a number token's search form: "1500", "1,500,000", "3.5", "1,4" (Maghrebi decimal comma),
// "1.500.000", "1,234.56", "1.234,56". `hint(i)` tells what the separator at byte i was in the
// original. Returns nullopt when the separators make no number (an IP address, "1,2,3").
template <typename Hint>
std::optional<DigitValue> parse_digits(std::string_view s, Hint hint) {
  DigitValue out;
  if (s.empty() || s[0] < '0' || s[0] > '9') return std::nullopt;
  // Separator positions (at most 8 matter).
  std::size_t seps[8];
  std::size_t nsep = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' || c == ',') {
      if (nsep == 8 || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9') return std::nullopt;
      seps[nsep++] = i;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  out.leading_zero = s.size() > 1 && s[0] == '0' && (nsep == 0 || seps[0] > 1);
  std::size_t decimal = s.size();  // position of the decimal separator, if any
  if (nsep > 0) {
    out.plain = false;
    std::size_t hinted = s.size();
    for (std::size_t k = 0; k < nsep; ++k) {
      if (hint(seps[k]) == SepHint::kDecimal) hinted = seps[k];
    }
    const char last = s[seps[nsep - 1]];
    bool mixed = false;
    for (std::size_t k = 0; k + 1 < nsep; ++k) {
      if (s[seps[k]] != last || hint(seps[k]) != hint(seps[nsep - 1])) mixed = true;
    }
    if (hinted != s.size()) {
      if (hinted != seps[nsep - 1]) return std::nullopt;
      decimal = hinted;
    } else if (mixed) {
      decimal = seps[nsep - 1];
    } else if (nsep == 1) {
      const std::size_t after = s.size() - seps[0] - 1;
      const bool thousands_shape = after == 3 && seps[0] <= 3 && !(seps[0] == 1 && s[0] == '0');
      if (hint(seps[0]) == SepHint::kThousands) {
        if (!thousands_shape) return std::nullopt;
      } else if (hint(seps[0]) == SepHint::kArabicComma && !thousands_shape) {
        if (after > 2) return std::nullopt;
        decimal = seps[0];
      } else if (!(last == ',' && thousands_shape)) {
        decimal = seps[0];
        out.dot_thousands_possible =
            last == '.' && thousands_shape && hint(seps[0]) == SepHint::kUnknown;
      }
    }
    // Every separator before the decimal one groups thousands: 1–3 digits, then groups of 3.
    std::size_t prev = 0;
    bool first = true;
    for (std::size_t k = 0; k < nsep && seps[k] < decimal; ++k) {
      if (hint(seps[k]) == SepHint::kDecimal) return std::nullopt;
      const std::size_t len = seps[k] - prev;
      if (first ? (len == 0 || len > 3) : len != 3) return std::nullopt;
      first = false;
      prev = seps[k] + 1;
    }
    if (!first) {
      const std::size_t end = decimal;
      if (end - prev != 3) return std::nullopt;
    }
  }
  long double int_part = 0, frac_part = 0, scale = 1;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < decimal; ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      int_part = int_part * 10 + (s[i] - '0');
      ++digits;
    }
  }
  std::size_t frac_digits = 0;
  for (std::size_t i = decimal + 1; i < s.size(); ++i) {
    frac_part = frac_part * 10 + (s[i] - '0');
    scale *= 10;
    ++frac_digits;
  }
  out.int_digits = static_cast<std::uint8_t>(digits > 255 ? 255 : digits);
  out.frac_digits = static_cast<std::uint8_t>(frac_digits > 255 ? 255 : frac_digits);
  out.integral = decimal == s.size();
  out.value = int_part + (frac_digits ? frac_part / scale : 0);
  return out;
}

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_NUMBERS_DIGITS_HPP_
