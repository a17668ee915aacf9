// Internal: whether a word the tokenizer read with the future's س is a verb in the future.
#ifndef KHABAR_SRC_TOKENIZE_FUTURE_VERB_HPP_
#define KHABAR_SRC_TOKENIZE_FUTURE_VERB_HPP_

#include <string_view>

#include "khabar/tokenizer.hpp"

namespace khabar::internal {

// Whether `token`, whose segment `future` is the tokenizer's future س, has a verb's shape: three
// to six letters after it, no plural or feminine ending (ات، ة) and no nisba (ي), read on the
// caller's original text `original` (ستضرب، سيعقد; not the nouns سياجات، سيجارة). The tokenizer
// keeps whole the nouns and names in س that would pass (سيارات، ستريت، سنتين).
inline bool future_verb_shaped(const Token& token, const Segment& future,
                               std::string_view original) {
  const std::size_t stem_bytes = token.normalized.end - future.normalized.end;
  if (stem_bytes < 6 || stem_bytes > 12) return false;
  const std::string_view word = token.span.slice(original);
  return !word.ends_with("\xD8\xA7\xD8\xAA") && !word.ends_with("\xD8\xA9") &&
         !word.ends_with("\xD9\x8A");
}

// Stricter, for where a name read as a verb does harm (a weekday read as to come): the shape
// above with the prefix ت (names in سي and سن abound: سيمون، سيلتا، سنتكوم), at most four letters
// after it, and no long vowel right after it, which the names in ست mostly have (ستافان، ستيفن،
// ستوك; ستريليت is too long; not ستضرب).
inline bool future_verb_likely(const Token& token, const Segment& future,
                               std::string_view normalized_text, std::string_view original) {
  if (!future_verb_shaped(token, future, original)) return false;
  const std::size_t stem_bytes = token.normalized.end - future.normalized.end;
  if (stem_bytes > 10) return false;
  // the imperfect's prefix and the letter after it: two bytes each, 0xD8/0xD9 leads
  const std::string_view prefix = normalized_text.substr(future.normalized.end, 2);
  const std::string_view second = normalized_text.substr(future.normalized.end + 2, 2);
  return prefix == "\xD8\xAA" &&                                                 // ت
         second != "\xD8\xA7" && second != "\xD9\x88" && second != "\xD9\x8A";  // ا و ي
}

}  // namespace khabar::internal

#endif  // KHABAR_SRC_TOKENIZE_FUTURE_VERB_HPP_
