#include "khabar/normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>

#include "util/utf8.hpp"

namespace khabar {

// A per-code-point table for the BMP, built once per option set. Each entry is 0 (identity) or
// kMapped | [kMulti] | offset << 8 | length, naming bytes in `pool`. Supplementary code points
// are always kept.
struct Normalizer::Table {
  static constexpr std::uint32_t kMapped = 0x80000000u;
  static constexpr std::uint32_t kMulti = 0x40000000u;  // output has several code points
  static constexpr std::uint32_t kMaxReplacement = 63;  // bytes; longer mappings are not applied

  // What the hot loop needs of a code point below U+0800 (ASCII and the two-byte block, which
  // holds Arabic): its output of at most two bytes, or `general` for anything else.
  struct Short {
    std::array<char, 2> bytes{};
    std::uint8_t length = 0;
    bool general = true;
  };

  std::array<char, 128> ascii{};
  std::vector<std::uint32_t> bmp;
  std::string pool;
  std::array<Short, 0x800> short_forms{};
  // The hot loop's table, indexed by the first byte when it is ASCII, else by 128 + the two first
  // bytes less 0x8000: whether the character there is kept at the same length, and its bytes.
  // Ill-formed pairs and everything else say `same_length = false`.
  struct Copy {
    std::array<char, 2> bytes{};
    bool same_length = false;
  };
  static std::size_t copy_index(unsigned char b0, unsigned char b1) {
    return b0 < 0x80 ? b0 : 128 + (static_cast<std::size_t>(b0 & 0x7F) << 8 | b1);
  }
  std::vector<Copy> copies;
};

namespace {

using Table = Normalizer::Table;

bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

bool is_arabic_mark(char32_t cp) {
  return in(cp, 0x064B, 0x065F) || cp == 0x0670 || in(cp, 0x0610, 0x061A) ||
         in(cp, 0x06D6, 0x06DC) || in(cp, 0x06DF, 0x06E4) || in(cp, 0x06E7, 0x06E8) ||
         in(cp, 0x06EA, 0x06ED) || in(cp, 0x08D3, 0x08E1) || in(cp, 0x08E3, 0x08FF);
}

bool is_invisible(char32_t cp) {
  return cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0x061C ||
         cp == 0xFEFF || cp == 0x00AD || in(cp, 0x202A, 0x202E) || in(cp, 0x2066, 0x2069) ||
         cp == 0x2060 || cp == 0x180E || cp == 0x034F;
}

bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || in(cp, 0x2000, 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// One step of mapping for one switch set; nullopt when the code point is kept.
std::optional<std::u32string> map_once(char32_t cp, const NormalizeOptions& o) {
  if (o.unicode && (in(cp, 0xFB50, 0xFDFF) || in(cp, 0xFE70, 0xFEFF) || in(cp, 0xFF01, 0xFF5E))) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_SUCCESS(status) && cp != 0xFEFF) {
      icu::UnicodeString src(static_cast<UChar32>(cp));
      icu::UnicodeString dst = nfkc->normalize(src, status);
      if (U_SUCCESS(status) && dst != src) {
        std::u32string out;
        for (int32_t i = 0; i < dst.length(); i = dst.moveIndex32(i, 1)) {
          out.push_back(static_cast<char32_t>(dst.char32At(i)));
        }
        return out;
      }
    }
  }
  if (o.alef && (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || in(cp, 0x0671, 0x0673))) {
    return U"\u0627";
  }
  if (o.hamza && cp == 0x0624) return U"\u0648";
  if (o.hamza && cp == 0x0626) return U"\u064A";
  if (o.alef_maksura && cp == 0x0649) return U"\u064A";
  if (o.teh_marbuta && cp == 0x0629) return U"\u0647";
  if (o.diacritics && is_arabic_mark(cp)) return U"";
  if (o.tatweel && cp == 0x0640) return U"";
  if (o.digits) {
    if (in(cp, 0x0660, 0x0669)) return std::u32string(1, U'0' + (cp - 0x0660));
    if (in(cp, 0x06F0, 0x06F9)) return std::u32string(1, U'0' + (cp - 0x06F0));
    if (cp == 0x066B) return U".";
    if (cp == 0x066C) return U",";
    if (cp == 0x066A) return U"%";
  }
  if (o.letters) {
    switch (cp) {
      case 0x06A9: case 0x06AA: case 0x06AB: return U"\u0643";  // keheh forms → kaf
      case 0x06CC: case 0x06D0: case 0x06D2: case 0x06CD: return U"\u064A";  // Farsi/Urdu yeh
      case 0x06C1: case 0x06C2: case 0x06BE: case 0x06D5: case 0x06C0: return U"\u0647";
      case 0x06C3: return U"\u0629";  // Urdu teh marbuta goal
      case 0x06CF: case 0x06C6: case 0x06C7: case 0x06C8: case 0x06CB: return U"\u0648";
      default: break;
    }
  }
  if (o.invisible && is_invisible(cp)) return U"";
  if (o.whitespace && is_unicode_space(cp)) return U" ";
  if (o.punctuation) {
    switch (cp) {
      case 0x060C: return U",";
      case 0x061B: return U";";
      case 0x061F: return U"?";
      case 0x06D4: return U".";
      case 0x066D: return U"*";
      case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: return U"\"";
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return U"'";
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return U"-";
      case 0x2026: return U"...";
      default: break;
    }
  }
  if (o.latin_case) {
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') return std::u32string(1, cp + 32);
    } else if (!in(cp, 0x0600, 0x08FF) && !in(cp, 0xFB50, 0xFEFF)) {
      const auto folded = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
      if (folded != cp) return std::u32string(1, folded);
    }
  }
  return std::nullopt;
}

// Applies map_once until nothing changes, so the table is idempotent by construction.
std::optional<std::u32string> map_fully(char32_t cp, const NormalizeOptions& o, int depth = 0) {
  auto once = map_once(cp, o);
  if (!once || depth > 8) return once;
  std::u32string out;
  for (char32_t c : *once) {
    auto sub = map_fully(c, o, depth + 1);
    if (sub) {
      out += *sub;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::shared_ptr<const Table> build_table(const NormalizeOptions& o) {
  auto table = std::make_shared<Table>();
  for (int b = 0; b < 128; ++b) table->ascii[b] = static_cast<char>(b);
  table->bmp.assign(0x10000, 0);
  std::string bytes;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (in(cp, 0xD800, 0xDFFF)) continue;
    auto mapped = map_fully(cp, o);
    if (!mapped) continue;
    bytes.clear();
    for (char32_t c : *mapped) internal::append_utf8(bytes, c);
    if (bytes.size() > Table::kMaxReplacement) continue;
    if (cp < 0x80) {
      if (bytes.size() == 1) table->ascii[cp] = bytes[0];
      continue;  // ASCII only ever maps to one ASCII byte
    }
    std::uint32_t entry = Table::kMapped | static_cast<std::uint32_t>(table->pool.size()) << 8 |
                          static_cast<std::uint32_t>(bytes.size());
    if (mapped->size() > 1) entry |= Table::kMulti;
    table->bmp[cp] = entry;
    table->pool += bytes;
  }
  for (char32_t cp = 0; cp < 0x800; ++cp) {
    Table::Short& f = table->short_forms[cp];
    if (cp < 0x80) {
      f = {{table->ascii[cp], 0}, 1, false};
      continue;
    }
    const std::uint32_t entry = table->bmp[cp];
    if (entry == 0) {
      f = {{static_cast<char>(0xC0 | cp >> 6), static_cast<char>(0x80 | (cp & 0x3F))}, 2, false};
    } else if ((entry & Table::kMulti) == 0 && (entry & 0xFF) <= 2) {
      const std::uint32_t length = entry & 0xFF;
      const std::size_t offset = (entry & ~Table::kMapped) >> 8;
      f.bytes[0] = length > 0 ? table->pool[offset] : '\0';
      f.bytes[1] = length > 1 ? table->pool[offset + 1] : '\0';
      f.length = static_cast<std::uint8_t>(length);
      f.general = false;
    }
  }
  table->copies.assign(128 + 128 * 256, Table::Copy{});
  for (unsigned b0 = 0; b0 < 256; ++b0) {
    for (unsigned b1 = 0; b1 < 256; ++b1) {
      Table::Copy& c = table->copies[Table::copy_index(static_cast<unsigned char>(b0),
                                                       static_cast<unsigned char>(b1))];
      const bool pair = b0 >= 0xC2 && b0 <= 0xDF && (b1 & 0xC0) == 0x80;
      if (b0 >= 0x80 && !pair) continue;
      const Table::Short& f = table->short_forms[b0 < 0x80 ? b0 : (b0 & 0x1F) << 6 | (b1 & 0x3F)];
      c.bytes = f.bytes;
      c.same_length = !f.general && f.length == (b0 < 0x80 ? 1 : 2);
    }
  }
  return table;
}

std::uint32_t options_key(const NormalizeOptions& o) {
  const bool bits[] = {o.unicode,    o.alef,      o.hamza,     o.alef_maksura, o.teh_marbuta,
                       o.diacritics, o.tatweel,   o.digits,    o.letters,      o.invisible,
                       o.whitespace, o.punctuation, o.latin_case};
  std::uint32_t key = 0;
  for (bool b : bits) key = key << 1 | (b ? 1 : 0);
  return key;
}

// Tables are shared between normalizers with the same options; building one takes a few ms.
std::shared_ptr<const Table> table_for(const NormalizeOptions& o) {
  static std::mutex mutex;
  static std::map<std::uint32_t, std::weak_ptr<const Table>> cache;
  const std::uint32_t key = options_key(o);
  std::lock_guard<std::mutex> lock(mutex);
  if (auto found = cache[key].lock()) return found;
  auto table = build_table(o);
  cache[key] = table;
  return table;
}

}  // namespace

NormalizeOptions NormalizeOptions::display() {
  NormalizeOptions o;
  o.unicode = o.tatweel = o.invisible = o.whitespace = true;
  return o;
}

NormalizeOptions NormalizeOptions::search() {
  NormalizeOptions o;
  o.unicode = o.alef = o.hamza = o.alef_maksura = o.teh_marbuta = o.diacritics = o.tatweel =
      o.digits = o.letters = o.invisible = o.whitespace = o.punctuation = o.latin_case = true;
  return o;
}

Normalizer::Normalizer(NormalizeOptions options) : options_(options), table_(table_for(options)) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

void Normalizer::normalize(std::string_view in, NormalizedText& result) const {
  const Table& t = *table_;
  std::string& out = result.text_;
  auto& anchors = result.anchors_;
  anchors.clear();
  anchors.push_back({0, 0, 0});
  result.original_size_ = in.size();

  // Offsets are 32-bit; the CLI and Analyzer split larger inputs before they get here.
  const std::size_t n = std::min<std::size_t>(in.size(), 0xFFFFFF00u);
  std::size_t capacity = n + n / 8 + 128;
  out.resize(capacity);
  char* w = out.data();
  std::size_t pos = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());

  auto add_anchor = [&anchors](std::uint32_t norm, std::uint32_t orig, std::uint32_t len) {
    if (anchors.back().normalized == norm) {
      anchors.back() = {norm, orig, len};
    } else {
      anchors.push_back({norm, orig, len});
    }
  };

  // Invariant: capacity - pos >= n - i, so characters copied unchanged (never longer than their
  // input) need no check; only mappings that may lengthen the text check for room first.
  auto ensure_room = [&](std::size_t i) {
    const std::size_t needed = pos + (n - i) + Table::kMaxReplacement + 4;
    if (capacity < needed) {
      capacity = needed + needed / 2;
      out.resize(capacity);
      w = out.data();
    }
  };
  std::size_t i = 0;
  // Any character, any input (invalid bytes become U+FFFD).
  auto general_step = [&] {
    const unsigned char b0 = s[i];
    if (b0 < 0x80) {
      w[pos++] = t.ascii[b0];
      ++i;
      return;
    }
    const internal::Decoded d = internal::decode_utf8(std::string_view(in.data(), n), i);
    if (!d.valid) {
      ensure_room(i);
      std::memcpy(w + pos, "\xEF\xBF\xBD", 3);
      pos += 3;
      ++i;
      add_anchor(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(i), 0);
      return;
    }
    const std::uint32_t len = d.length;
    const std::uint32_t entry = d.cp < 0x10000 ? t.bmp[d.cp] : 0;
    if (entry == 0) {
      std::memcpy(w + pos, s + i, len);
      pos += len;
      i += len;
      return;
    }
    const std::uint32_t out_len = entry & 0xFF;
    if (out_len > len) ensure_room(i);
    const std::uint32_t offset = (entry & ~(Table::kMapped | Table::kMulti)) >> 8;
    std::memcpy(w + pos, t.pool.data() + offset, out_len);
    if (entry & Table::kMulti) {
      add_anchor(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(i), out_len);
      add_anchor(static_cast<std::uint32_t>(pos + out_len), static_cast<std::uint32_t>(i + len), 0);
    } else if (out_len != len) {
      add_anchor(static_cast<std::uint32_t>(pos + out_len), static_cast<std::uint32_t>(i + len), 0);
    }
    pos += out_len;
    i += len;
  };
  // The hot loop: characters kept at their length (ASCII and the two-byte block, which holds
  // Arabic) through one table look-up on their first two bytes, with no branch that depends on
  // the text (news alternates ASCII and Arabic every few bytes) and its cursors in locals (the
  // lambdas above hold theirs by reference, in memory). Anything else stops it: a character that
  // shrinks (an anchor) right below, the rest in general_step. Both bytes of a pair are always
  // readable; the last byte of the text goes to general_step.
  // Locals whose address is never taken: the compiler keeps them in registers even though the
  // loop stores through a char pointer (which may alias anything else).
  const Table::Copy* const copies = t.copies.data();
  const unsigned char* const src = s;
  const std::size_t last = n - 1;  // a pair starts before it
  while (i + 1 < n) {
    std::size_t ri = i, rpos = pos;
    char* const rw = w;
    while (ri < last) {
      const unsigned char b0 = src[ri];
      const Table::Copy& c = copies[Table::copy_index(b0, src[ri + 1])];
      if (!c.same_length) break;
      std::memcpy(rw + rpos, c.bytes.data(), 2);  // room: n - ri >= 2 bytes are left
      // The length from the text, not from the table: the next look-up does not wait for this.
      const std::size_t length = b0 < 0x80 ? 1 : 2;
      rpos += length;
      ri += length;
    }
    i = ri;
    pos = rpos;
    if (i + 1 >= n) break;
    const unsigned char b0 = s[i], b1 = s[i + 1];
    if (b0 >= 0xC2 && b0 <= 0xDF && (b1 & 0xC0) == 0x80) {
      const Table::Short& f = t.short_forms[(b0 & 0x1Fu) << 6 | (b1 & 0x3Fu)];
      if (!f.general) {
        // A character that shrinks within two bytes: a harakah dropped, ٣ → 3.
        std::memcpy(w + pos, f.bytes.data(), 2);
        pos += f.length;
        i += 2;
        add_anchor(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(i), 0);
        continue;
      }
    }
    general_step();
  }
  while (i < n) general_step();
  out.resize(pos);
  if (n < in.size()) result.original_size_ = n;
}

NormalizedText Normalizer::normalize(std::string_view utf8) const {
  NormalizedText result;
  normalize(utf8, result);
  return result;
}

std::string Normalizer::normalize_string(std::string_view utf8) const {
  NormalizedText result;
  normalize(utf8, result);
  return std::move(result.text_);
}

bool Normalizer::equivalent(std::string_view a, std::string_view b) const {
  return normalize_string(a) == normalize_string(b);
}

bool equivalent(std::string_view a, std::string_view b, const NormalizeOptions& options) {
  if (options == NormalizeOptions::search()) {
    static const Normalizer search(NormalizeOptions::search());
    return search.equivalent(a, b);
  }
  return Normalizer(options).equivalent(a, b);
}

std::size_t NormalizedText::find_anchor(std::uint32_t offset) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](std::uint32_t x, const Anchor& a) { return x < a.normalized; });
  return static_cast<std::size_t>(it - anchors_.begin()) - 1;
}

std::uint32_t NormalizedText::begin_at(std::size_t k, std::uint32_t offset) const {
  const Anchor& a = anchors_[k];
  if (a.expanding_length > 0 && offset < a.normalized + a.expanding_length) return a.original;
  return a.original + (offset - a.normalized);
}

std::uint32_t NormalizedText::end_at(std::size_t k, std::uint32_t offset) const {
  const Anchor& a = anchors_[k];
  if (a.expanding_length > 0 && offset > a.normalized &&
      offset < a.normalized + a.expanding_length) {
    return anchors_[k + 1].original;  // the ligature's end
  }
  return a.original + (offset - a.normalized);
}

std::uint32_t NormalizedText::original_begin(std::uint32_t offset) const {
  if (anchors_.empty()) return 0;
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  return begin_at(find_anchor(offset), offset);
}

std::uint32_t NormalizedText::original_end(std::uint32_t offset) const {
  if (anchors_.empty()) return 0;
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  return end_at(find_anchor(offset), offset);
}

Span NormalizedText::to_original(Span normalized) const {
  return {original_begin(normalized.begin), original_end(normalized.end)};
}

Span NormalizedText::to_original(Span normalized, std::size_t& hint) const {
  if (anchors_.empty()) return {0, 0};
  const auto size = static_cast<std::uint32_t>(text_.size());
  const std::uint32_t b = std::min(normalized.begin, size);
  const std::uint32_t e = std::min(normalized.end, size);
  // Walk forward from the last call's anchor; fall back to a binary search when going back.
  if (hint >= anchors_.size() || anchors_[hint].normalized > b) hint = find_anchor(b);
  while (hint + 1 < anchors_.size() && anchors_[hint + 1].normalized <= b) ++hint;
  std::size_t k = hint;
  while (k + 1 < anchors_.size() && anchors_[k + 1].normalized <= e) ++k;
  return {begin_at(hint, b), end_at(k, e)};
}

}  // namespace khabar
