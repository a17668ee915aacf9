// Internal: how far a run of Arabic-block letters and marks goes, sixteen bytes at a time.
#ifndef KHABAR_SRC_TOKENIZE_ARABIC_RUN_HPP_
#define KHABAR_SRC_TOKENIZE_ARABIC_RUN_HPP_

#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace khabar::internal {

// Whether two bytes of UTF-8 could be one of the few code points of U+0600–U+06FF that are not
// letters or marks: U+0600–U+061F (signs, ، ؛ ؟), U+0660–U+067F (digits, ٪ ٫ ٬ ٭, and
// letters that search normalization folds away), U+06C0–U+06FF (۔ ۝ ۞, Persian digits, and
// letters it folds). A superset: arabic_pair_scan_is_exact() checks it against the table.
constexpr bool may_be_arabic_non_letter(unsigned char lead, unsigned char trail) {
  return (lead == 0xD8 && trail < 0xA0) || (lead == 0xD9 && trail >= 0xA0) || lead == 0xDB;
}

// Bytes from `p` (at most `avail`, a multiple of 16 is read only while 16 remain) that form
// whole two-byte letters or marks of the Arabic block, by the pair table `pairs`. Search-
// normalized news has almost none of the pairs may_be_arabic_non_letter() flags, so sixteen
// bytes are classified with a few vector instructions and the table is read only when one
// appears; the loop exits at a word's end without a mispredicted branch a letter.
inline std::size_t arabic_run_length(const unsigned char* p, std::size_t avail,
                                     const std::uint8_t* pairs, bool vector_scan) {
  std::size_t j = 0;
#if defined(__SSE2__)
  if (vector_scan) {
    const __m128i lead_mask = _mm_set1_epi8(static_cast<char>(0xFC));
    const __m128i lead_bits = _mm_set1_epi8(static_cast<char>(0xD8));
    const __m128i trail_mask = _mm_set1_epi8(static_cast<char>(0xC0));
    const __m128i trail_bits = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i bit5 = _mm_set1_epi8(0x20);
    while (j + 16 <= avail) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
      const auto mask = [](__m128i x) { return static_cast<unsigned>(_mm_movemask_epi8(x)); };
      const unsigned lead = mask(_mm_cmpeq_epi8(_mm_and_si128(v, lead_mask), lead_bits));
      const unsigned trail = mask(_mm_cmpeq_epi8(_mm_and_si128(v, trail_mask), trail_bits));
      // Bit 2k: bytes 2k, 2k+1 are a lead D8–DB and a trail byte. Odd bits set, so that the
      // count of trailing ones is the byte length of the leading whole pairs.
      const unsigned pair_ok = (lead & (trail >> 1) & 0x5555u) | 0xAAAAu;
      const auto run = static_cast<std::size_t>(std::countr_one(pair_ok));
      const unsigned high_trail = mask(_mm_cmpeq_epi8(_mm_and_si128(v, bit5), bit5)) >> 1;
      const unsigned d8 = mask(_mm_cmpeq_epi8(v, lead_bits));
      const unsigned d9 = mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD9))));
      const unsigned db = mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xDB))));
      const unsigned doubtful = ((d8 & ~high_trail) | (d9 & high_trail) | db) & 0x5555u;
      const unsigned within = run >= 16 ? 0xFFFFu : (1u << run) - 1;
      if ((doubtful & within) != 0) break;  // rare: the table decides, below
      j += run;
      if (run < 16) return j;
    }
  }
#endif
  while (j + 1 < avail && pairs[p[j] << 8 | p[j + 1]]) j += 2;
  return j;
}

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_ARABIC_RUN_HPP_
