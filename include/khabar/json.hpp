// The JSON that `khabar extract` writes, for programs that want the same output from the C++ API
// (docs/json-schema.md describes every field).
//
//   const khabar::Document doc = analyzer.analyze(text);
//   std::string line;
//   khabar::append_json(line, doc, text);  // {"dates":[…],"numbers":[…],"organizations":[…]}
//
// Strings are always valid UTF-8 JSON: ill-formed bytes of the input come out as \ufffd.
#ifndef KHABAR_JSON_HPP_
#define KHABAR_JSON_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/analyzer.hpp"
#include "khabar/export.hpp"

namespace khabar {

// One result as a JSON object. `text` is the input the result's spans index into; `base` is
// added to every offset (a chunk of a larger text starting at byte `base`).
KHABAR_EXPORT void append_json(std::string& out, const DateMention& date, std::string_view text,
                               std::uint64_t base = 0);
KHABAR_EXPORT void append_json(std::string& out, const NumericFact& fact, std::string_view text,
                               std::uint64_t base = 0);
KHABAR_EXPORT void append_json(std::string& out, const Organization& org, std::string_view text,
                               std::uint64_t base = 0);

// One token as `khabar tokenize --format jsonl` writes it:
// {"text","begin","end","kind","normalized","segments"?:[{"text","begin","end","role"}]}.
// `tokens` is the tokenization of `text` that `token` belongs to.
KHABAR_EXPORT void append_json(std::string& out, const Token& token, const TokenizedText& tokens,
                               std::string_view text, std::uint64_t base = 0);

// A whole document: {"id":…,"dates":[…],"numbers":[…],"organizations":[…]}, without a newline.
// `id_json` is written as is (already JSON: "\"doc-17\"", "42"); empty leaves "id" out.
KHABAR_EXPORT void append_json(std::string& out, const Document& doc, std::string_view text,
                               std::string_view id_json = {});

// A JSON number: integers exactly (no exponent, no decimal point) up to 2^63, other values in
// the shortest fixed form that reads back to the same double; NaN and infinities as null.
KHABAR_EXPORT void append_json_number(std::string& out, double value);

}  // namespace khabar

#endif  // KHABAR_JSON_HPP_
