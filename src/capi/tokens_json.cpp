// Internal: tokens as JSON for the C API (see tokens_json.hpp).
#include "capi/tokens_json.hpp"

#include "khabar/json.hpp"
#include "util/json_writer.hpp"

namespace khabar::internal {

namespace {

void append_span(std::string& out, Span span) {
  out += "\"begin\":";
  json_uint(out, span.begin);
  out += ",\"end\":";
  json_uint(out, span.end);
}

}  // namespace

void append_tokens_json(std::string& out, const TokenizedText& tokens, std::string_view text) {
  out += "{\"tokens\":[";
  bool first_token = true;
  for (const Token& t : tokens.tokens()) {
    if (!first_token) out.push_back(',');
    first_token = false;
    append_json(out, t, tokens, text);
  }
  out += "],\"sentences\":[";
  bool first_sentence = true;
  for (const Span& s : tokens.sentences()) {
    if (!first_sentence) out.push_back(',');
    first_sentence = false;
    out.push_back('{');
    append_span(out, s);
    out.push_back('}');
  }
  out += "]}";
}

}  // namespace khabar::internal
