// Spelling normalization of Arabic text with an exact map back to the original bytes.
//
//   const khabar::Normalizer search(khabar::NormalizeOptions::search());
//   khabar::NormalizedText n = search.normalize("الإتفاقيّة");   // n.text() == "الاتفاقيه"
//   khabar::Span original = n.to_original({0, 4});              // bytes of "ال" in the input
//   search.equivalent("إتفاقية", "اتفاقيه");                     // true
//
// Thread safety: a Normalizer is immutable after construction; share it freely across threads.
// Ill-formed UTF-8 never throws: each byte that does not start a valid sequence becomes U+FFFD
// (EF BF BD) in the output and maps back to that one original byte.
#ifndef KHABAR_NORMALIZER_HPP_
#define KHABAR_NORMALIZER_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/export.hpp"
#include "khabar/span.hpp"

namespace khabar {

// Independent switches; docs/normalization.md lists the code points of each.
struct NormalizeOptions {
  bool unicode = false;       // NFKC-fold presentation forms U+FB50–FDFF, U+FE70–FEFF, fullwidth
  bool alef = false;          // أ إ آ ٱ ٲ ٳ → ا
  bool hamza = false;         // ؤ → و, ئ → ي (standalone ء kept)
  bool alef_maksura = false;  // ى → ي
  bool teh_marbuta = false;   // ة → ه
  bool diacritics = false;    // harakat, tanween, shadda, sukun, superscript alef, Quranic marks
  bool tatweel = false;       // ـ removed
  bool digits = false;        // ٠–٩ and ۰–۹ → 0–9; ٫ → . ; ٬ → , ; ٪ → %
  bool letters = false;       // Persian/Urdu forms: ک → ك, ی → ي, ہ ە → ه, …
  bool invisible = false;     // ZWNJ, ZWJ, LRM, RLM, ALM, BOM, soft hyphen, bidi controls removed
  bool whitespace = false;    // NBSP and other Unicode spaces → ASCII space
  bool punctuation = false;   // ، → ,  ؛ → ;  ؟ → ?  « » “ ” → "  and similar
  bool latin_case = false;    // Latin (and other cased scripts) case-folded

  // Invisible characters, tatweel, presentation forms, whitespace: changes nothing a reader sees.
  KHABAR_EXPORT static NormalizeOptions display();
  // Every switch on: the form used to match words against lexicons and search indexes.
  KHABAR_EXPORT static NormalizeOptions search();
  // Nothing on (useful as a base to set single switches).
  static NormalizeOptions none() { return {}; }

  friend bool operator==(const NormalizeOptions&, const NormalizeOptions&) = default;
};

// Normalized text plus a sparse map from normalized byte offsets to original byte offsets.
// Characters the normalizer removes belong to the span of the text before them, so the span of a
// word includes its trailing diacritics and tatweel.
class KHABAR_EXPORT NormalizedText {
 public:
  NormalizedText() = default;

  const std::string& text() const { return text_; }
  std::size_t original_size() const { return original_size_; }

  // Maps a span of text() to the original bytes it came from. A begin inside a character that
  // expanded to several (a lam-alef ligature) maps to that character's start, an end inside it to
  // its end. REQUIRES: normalized.end <= text().size().
  Span to_original(Span normalized) const;
  // The same for spans visited in increasing order: `hint` (start it at 0) keeps the position in
  // the map between calls, so a pass over all tokens costs one walk instead of a search each.
  Span to_original(Span normalized, std::size_t& hint) const;
  // Original offset of the character that produced normalized byte `offset` (text().size() maps
  // to original_size()).
  std::uint32_t original_begin(std::uint32_t offset) const;
  // Original end offset for a normalized span ending at `offset`.
  std::uint32_t original_end(std::uint32_t offset) const;

  // One anchor wherever the normalized-to-original offset difference changes. Exposed for tests
  // and tools; `expanding` marks output produced by one character that became several.
  struct Anchor {
    std::uint32_t normalized;
    std::uint32_t original;
    std::uint32_t expanding_length;  // >0: normalized bytes [normalized, +len) all come from one
                                     // original character ending at the next anchor's original
  };
  const std::vector<Anchor>& anchors() const { return anchors_; }

 private:
  friend class Normalizer;
  std::size_t find_anchor(std::uint32_t offset) const;
  std::uint32_t begin_at(std::size_t anchor, std::uint32_t offset) const;
  std::uint32_t end_at(std::size_t anchor, std::uint32_t offset) const;

  std::string text_;
  std::vector<Anchor> anchors_;  // sorted by `normalized`; anchors_[0] is {0, 0, 0}
  std::size_t original_size_ = 0;
};

class KHABAR_EXPORT Normalizer {
 public:
  explicit Normalizer(NormalizeOptions options = NormalizeOptions::search());
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  const NormalizeOptions& options() const { return options_; }

  // Never throws on any input (std::bad_alloc aside). Offsets are 32-bit: an input longer than
  // 4 GiB − 256 bytes is normalized up to there only, and original_size() then says where it
  // stopped (the khabar program and streaming callers cut inputs into chunks long before that).
  NormalizedText normalize(std::string_view utf8) const;
  // Same, reusing `out`'s buffers: the hot-path form for batch processing.
  void normalize(std::string_view utf8, NormalizedText& out) const;
  // The normalized string alone, without the offset map.
  std::string normalize_string(std::string_view utf8) const;
  // True when both strings have the same normalized form under this normalizer's options.
  bool equivalent(std::string_view a, std::string_view b) const;

  // The table of one normalizer, shared by copies of the same options. Opaque.
  struct Table;

 private:
  NormalizeOptions options_;
  std::shared_ptr<const Table> table_;
};

// Shorthand for Normalizer(preset).equivalent(a, b) with a cached normalizer for the preset.
KHABAR_EXPORT bool equivalent(std::string_view a, std::string_view b,
                const NormalizeOptions& options = NormalizeOptions::search());

}  // namespace khabar

#endif  // KHABAR_NORMALIZER_HPP_
