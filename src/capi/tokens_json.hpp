// Internal: the JSON of one tokenized document, the same object `khabar tokenize --format jsonl`
// writes (tools/khabar/main.cpp), without "id": used by khabar_tokenize.
#ifndef KHABAR_SRC_CAPI_TOKENS_JSON_HPP_
#define KHABAR_SRC_CAPI_TOKENS_JSON_HPP_

#include <string>
#include <string_view>

#include "khabar/tokenizer.hpp"

namespace khabar::internal {

// Appends {"tokens":[{"text","begin","end","kind","normalized","segments"?}],
// "sentences":[{"begin","end"}]} for `tokens`, the tokenization of `text`.
void append_tokens_json(std::string& out, const TokenizedText& tokens, std::string_view text);

}  // namespace khabar::internal

#endif  // KHABAR_SRC_CAPI_TOKENS_JSON_HPP_
