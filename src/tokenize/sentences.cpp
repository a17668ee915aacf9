#include "tokenize/sentences.hpp"

#include "util/utf8.hpp"

namespace khabar::internal {
namespace {

bool is_terminal(std::string_view punct) {
  // Search-normalized text: ؟ → ?, ؛ → ;, … → ...
  for (char c : punct) {
    if (c == '.' || c == '!' || c == '?' || c == ';') return true;
  }
  return false;
}

// Whether a punctuation token after a sentence end closes that sentence. The search form folds
// « and » alike to '"', so the original character decides; a straight quote closes when it is
// written against the previous token.
bool is_closing(std::string_view original, const Token& t) {
  const std::string_view surface = t.span.slice(original);
  if (surface == "\xC2\xBB" || surface == "\xE2\x80\x9D" || surface == "\xE2\x80\x99" ||
      surface == ")" || surface == "]" || surface == "}") {
    return true;  // » ” ’ ) ] }
  }
  if (surface == "\"" || surface == "'") return t.joined;
  return false;
}

std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += decode_utf8(s, i).length) ++n;
  return n;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const Lexicons& lexicons, const Normalizer& search) {
  const TsvTable& t = lexicons.table("tokenize/abbreviations");
  const std::size_t col = t.column("abbreviation");
  for (const auto& row : t.rows) abbreviations_.insert(search.normalize_string(row.fields[col]));
}

void SentenceSplitter::split(const std::vector<Token>& tokens, std::string_view normalized,
                             std::string_view original,
                             const std::vector<std::uint8_t>& token_flags,
                             std::vector<Span>& sentences,
                             std::vector<std::uint32_t>& starts) const {
  auto view = [&](const Token& t) {
    return normalized.substr(t.normalized.begin, t.normalized.size());
  };
  auto break_before = [&](std::size_t k) { return (token_flags[k] & kTokenAfterNewline) != 0; };
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    sentences.push_back({tokens[first].span.begin, tokens[last].span.end});
    starts.push_back(static_cast<std::uint32_t>(first));
    first = last + 1;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > first && break_before(k)) close(k - 1);
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kPunctuation || !is_terminal(view(t))) continue;
    if (view(t) == "." && k > first && t.joined) {
      const Token& prev = tokens[k - 1];
      const std::string_view pv = view(prev);
      const bool word = prev.kind == TokenKind::kArabicWord || prev.kind == TokenKind::kLatinWord;
      if (word && (letter_count(pv) == 1 || abbreviations_.contains(pv))) continue;
    }
    std::size_t last = k;
    while (last + 1 < tokens.size() && !break_before(last + 1) &&
           tokens[last + 1].kind == TokenKind::kPunctuation && is_closing(original, tokens[last + 1])) {
      ++last;
    }
    close(last);
    k = last;
  }
  if (first < tokens.size()) close(tokens.size() - 1);
}

}  // namespace khabar::internal
