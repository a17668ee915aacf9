// libFuzzer target: normalizes every input with both presets and tokenizes it, and aborts when an
// offset invariant breaks (run under ASan/UBSan, so memory errors and UB abort too):
//   - normalization: anchors ordered and inside both texts; each code-point boundary of the output
//     maps to a code-point boundary of the input, monotonically; normalizing twice = once;
//   - tokens: inside the input, on code-point boundaries, begin < end, in order, not overlapping;
//     segments tile their token; sentences in order, on token boundaries.
//
//   fuzz/normalize_tokenize_fuzzer -max_total_time=60 corpus-copy/ fuzz/corpus/normalize_tokenize/
//
// Boundaries inside the expansion of one original character (a lam-alef ligature split between
// article and stem, ﷺ whose NFKC form has spaces) must not give overlapping spans: checked strictly.
#include <khabar/normalizer.hpp>
#include <khabar/tokenizer.hpp>

#include "fuzz_checks.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using khabar::fuzz::boundaries;

// Tokens and segments never overlap, even around ligatures that expand (ﷺ, ﻹ).
constexpr bool kTolerateBoundaryInsideExpansion = false;


bool inside_expansion(const khabar::NormalizedText& n, std::uint32_t p) {
  for (const auto& a : n.anchors()) {
    if (a.normalized >= p) break;
    if (a.expanding_length > 0 && p < a.normalized + a.expanding_length) return true;
  }
  return false;
}

void check_normalized(const khabar::Normalizer& norm, std::string_view in,
                      const std::vector<bool>& in_bounds) {
  const khabar::NormalizedText n = norm.normalize(in);
  const std::string& out = n.text();
  CHECK(n.original_size() == in.size(), n.original_size(), in.size());
  const auto& anchors = n.anchors();
  CHECK(!anchors.empty() && anchors[0].normalized == 0, anchors.size(), 0);
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    CHECK(anchors[k].normalized <= out.size() && anchors[k].original <= in.size(), k, 0);
    if (k > 0) {
      CHECK(anchors[k].normalized > anchors[k - 1].normalized, k, anchors[k].normalized);
      CHECK(anchors[k].original >= anchors[k - 1].original, k, anchors[k].original);
    }
  }
  CHECK(norm.normalize_string(out) == out, out.size(), 0);
  const std::vector<bool> out_bounds = boundaries(out);
  std::uint32_t last_begin = 0, last_end = 0;
  for (std::uint32_t p = 0; p <= out.size(); ++p) {
    if (!out_bounds[p]) continue;
    const std::uint32_t b = n.original_begin(p), e = n.original_end(p);
    CHECK(b <= in.size() && e <= in.size(), b, e);
    CHECK(in_bounds[b] && in_bounds[e], b, e);
    CHECK(b >= last_begin && e >= last_end && b <= e, b, e);
    last_begin = b;
    last_end = e;
  }
  CHECK(n.original_begin(static_cast<std::uint32_t>(out.size())) == in.size(), out.size(), 0);
}

void check_tokens(const khabar::Tokenizer& tokenizer, std::string_view in,
                  const std::vector<bool>& in_bounds) {
  const khabar::TokenizedText t = tokenizer.tokenize(in);
  const khabar::NormalizedText& n = t.normalization();
  const auto& tokens = t.tokens();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const khabar::Token& tok = tokens[i];
    CHECK(tok.span.begin < tok.span.end && tok.span.end <= in.size(), tok.span.begin, tok.span.end);
    CHECK(in_bounds[tok.span.begin] && in_bounds[tok.span.end], tok.span.begin, tok.span.end);
    CHECK(tok.normalized.begin < tok.normalized.end && tok.normalized.end <= n.text().size(),
          tok.normalized.begin, tok.normalized.end);
    CHECK(tok.match.begin <= tok.match.end && tok.match.end <= t.normalized_text().size(),
          tok.match.begin, tok.match.end);
    const bool tolerated = kTolerateBoundaryInsideExpansion &&
                           (inside_expansion(n, tok.normalized.begin) ||
                            inside_expansion(n, tok.normalized.end));
    if (i > 0) {
      CHECK(tok.normalized.begin >= tokens[i - 1].normalized.end, i, tok.normalized.begin);
      CHECK(tolerated || tok.span.begin >= tokens[i - 1].span.end, i, tok.span.begin);
    }
    const auto segs = t.segments(tok);
    if (segs.empty()) continue;
    CHECK(segs.front().span.begin == tok.span.begin && segs.back().span.end == tok.span.end, i, 0);
    CHECK(segs.front().normalized.begin == tok.normalized.begin &&
              segs.back().normalized.end == tok.normalized.end,
          i, 0);
    for (std::size_t k = 0; k < segs.size(); ++k) {
      CHECK(segs[k].span.begin < segs[k].span.end, i, k);
      CHECK(in_bounds[segs[k].span.begin] && in_bounds[segs[k].span.end], i, k);
      if (k > 0) {
        CHECK(segs[k].normalized.begin == segs[k - 1].normalized.end, i, k);
        CHECK(segs[k].span.begin == segs[k - 1].span.end ||
                  (kTolerateBoundaryInsideExpansion &&
                   inside_expansion(n, segs[k].normalized.begin)),
              i, k);
      }
    }
  }
  const auto& sentences = t.sentences();
  const auto& starts = t.sentence_starts();
  CHECK(sentences.size() == starts.size(), sentences.size(), starts.size());
  CHECK(tokens.empty() == sentences.empty(), tokens.size(), sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    CHECK(starts[s] < tokens.size(), s, starts[s]);
    CHECK(s == 0 ? starts[s] == 0 : starts[s] > starts[s - 1], s, starts[s]);
    CHECK(sentences[s].begin == tokens[starts[s]].span.begin, s, sentences[s].begin);
    const std::size_t last = s + 1 < starts.size() ? starts[s + 1] - 1 : tokens.size() - 1;
    CHECK(sentences[s].end == tokens[last].span.end, s, sentences[s].end);
    CHECK(sentences[s].begin < sentences[s].end, s, 0);
    if (s > 0) CHECK(sentences[s].begin >= sentences[s - 1].end, s, 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const khabar::Normalizer search(khabar::NormalizeOptions::search());
  static const khabar::Normalizer display(khabar::NormalizeOptions::display());
  static const khabar::Tokenizer tokenizer;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::vector<bool> in_bounds = boundaries(in);
  check_normalized(search, in, in_bounds);
  check_normalized(display, in, in_bounds);
  check_tokens(tokenizer, in, in_bounds);
  return 0;
}
