#include "khabar/tokenizer.hpp"

#include <algorithm>
#include <bit>

#include "khabar/error.hpp"
#include "tokenize/arabic_run.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/clitics.hpp"
#include "tokenize/sentences.hpp"
#include "util/utf8.hpp"

namespace khabar {

using internal::CharClass;

struct Tokenizer::Impl {
  Normalizer search{NormalizeOptions::search()};
  internal::CliticSegmenter clitics;
  internal::SentenceSplitter sentences;

  explicit Impl(const Lexicons& lexicons)
      : clitics(lexicons, search), sentences(lexicons, search) {}
};

TokenizedText::TokenizedText() = default;
TokenizedText::~TokenizedText() = default;
TokenizedText::TokenizedText(const TokenizedText& other) = default;
TokenizedText& TokenizedText::operator=(const TokenizedText& other) = default;
TokenizedText::TokenizedText(TokenizedText&&) noexcept = default;
TokenizedText& TokenizedText::operator=(TokenizedText&&) noexcept = default;

namespace {

struct Cursor {
  std::string_view s;  // normalized text: always well-formed UTF-8
  const CharClass* table = internal::bmp_class_table();

  // Decodes without validation: the normalizer only ever writes well-formed UTF-8.
  [[gnu::always_inline]] internal::Decoded peek(std::size_t at) const {
    if (at >= s.size()) return {0, 0, false};
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + at;
    const unsigned char b0 = p[0];
    if (b0 < 0x80) return {b0, 1, true};
    if (b0 < 0xE0) return {char32_t((b0 & 0x1F) << 6 | (p[1] & 0x3F)), 2, true};
    if (b0 < 0xF0) {
      return {char32_t((b0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F)), 3, true};
    }
    return {char32_t((b0 & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F)),
            4, true};
  }
  CharClass cls(char32_t cp) const { return internal::char_class(table, cp); }
  CharClass class_at(std::size_t at) const {
    if (at >= s.size()) return CharClass::kSpace;
    return cls(peek(at).cp);
  }
  char byte(std::size_t at) const { return at < s.size() ? s[at] : '\0'; }
};

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_word_class(CharClass c) {
  return c == CharClass::kArabicLetter || c == CharClass::kLatinLetter ||
         c == CharClass::kOtherLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
  if (s.size() - at < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[k]) return false;
  }
  return true;
}

// URL: scheme or www. up to whitespace or a quote, less trailing sentence punctuation.
std::size_t scan_url(const Cursor& c, std::size_t at) {
  if (!(starts_with_ci(c.s, at, "http://") || starts_with_ci(c.s, at, "https://") ||
        starts_with_ci(c.s, at, "www."))) {
    return 0;
  }
  std::size_t j = at;
  int open_parens = 0;
  while (j < c.s.size()) {
    const CharClass cls = c.class_at(j);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline || cls == CharClass::kIgnore) break;
    const char b = c.s[j];
    if (b == '"' || b == '<' || b == '>') break;
    if (static_cast<unsigned char>(b) >= 0x80) {
      const char32_t cp = c.peek(j).cp;
      if (cp == 0x060C || cp == 0x00AB || cp == 0x00BB || cp == 0x061B || cp == 0x061F) break;
    }
    if (b == '(') ++open_parens;
    if (b == ')') --open_parens;
    j += c.peek(j).length;
  }
  while (j > at) {
    const char b = c.s[j - 1];
    if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '\'' ||
        (b == ')' && open_parens < 0)) {
      if (b == ')') ++open_parens;
      --j;
    } else {
      break;
    }
  }
  const std::size_t min_len = starts_with_ci(c.s, at, "www.") ? 5 : 9;
  return j - at >= min_len ? j - at : 0;
}

// E-mail: local@domain.tld with an alphabetic top-level label of two letters or more.
std::size_t scan_email(const Cursor& c, std::size_t at) {
  std::size_t j = at;
  auto local_char = [](char ch) {
    return is_ascii_alnum(ch) || ch == '.' || ch == '_' || ch == '%' || ch == '+' || ch == '-';
  };
  while (j < c.s.size() && local_char(c.s[j])) ++j;
  if (j == at || c.byte(j) != '@') return 0;
  ++j;
  std::size_t last_dot = 0;
  std::size_t k = j;
  while (k < c.s.size() && (is_ascii_alnum(c.s[k]) || c.s[k] == '-' || c.s[k] == '.')) {
    if (c.s[k] == '.') last_dot = k;
    ++k;
  }
  while (k > j && (c.s[k - 1] == '.' || c.s[k - 1] == '-')) --k;
  last_dot = 0;
  for (std::size_t t = k; t > j; --t) {
    if (c.s[t - 1] == '.') {
      last_dot = t - 1;
      break;
    }
  }
  if (last_dot == 0 || last_dot >= k || last_dot == j) return 0;
  std::size_t tld_letters = 0;
  for (std::size_t t = last_dot + 1; t < k; ++t) {
    if (!((c.s[t] >= 'a' && c.s[t] <= 'z') || (c.s[t] >= 'A' && c.s[t] <= 'Z'))) return 0;
    ++tld_letters;
  }
  return tld_letters >= 2 ? k - at : 0;
}

bool is_terminal_or_repeatable(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F;
}

}  // namespace

std::string_view to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::kArabicWord: return "arabic";
    case TokenKind::kLatinWord: return "latin";
    case TokenKind::kNumber: return "number";
    case TokenKind::kNumberSequence: return "number_sequence";
    case TokenKind::kAlphanumeric: return "alphanumeric";
    case TokenKind::kPunctuation: return "punctuation";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kOtherWord: return "other";
  }
  return "unknown";
}

std::string_view to_string(SegmentRole role) {
  switch (role) {
    case SegmentRole::kConjunction: return "conjunction";
    case SegmentRole::kPreposition: return "preposition";
    case SegmentRole::kFuture: return "future";
    case SegmentRole::kArticle: return "article";
    case SegmentRole::kStem: return "stem";
    case SegmentRole::kPronoun: return "pronoun";
  }
  return "unknown";
}

Tokenizer::Tokenizer() : Tokenizer(Lexicons::embedded()) {}
Tokenizer::Tokenizer(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(*lexicons)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

const Normalizer& Tokenizer::normalizer() const { return impl_->search; }

TokenizedText Tokenizer::tokenize(std::string_view utf8, const TokenizeOptions& options) const {
  TokenizedText out;
  tokenize(utf8, out, options);
  return out;
}

void Tokenizer::tokenize(std::string_view utf8, TokenizedText& out,
                         const TokenizeOptions& options) const {
  impl_->search.normalize(utf8, out.normalization_);
  const NormalizedText& norm = out.normalization_;
  out.buffer_.assign(norm.text());
  out.tokens_.clear();
  out.segments_.clear();
  out.sentences_.clear();
  out.sentence_starts_.clear();
  // Per token: kTokenLinear when its bytes map to the original one to one (no anchor inside
  // it), so that its segments' spans are offsets from the token's span, without the offset map;
  // kTokenAfterNewline when a line break precedes it (for the sentence splitter).
  std::vector<std::uint8_t>& flags = out.token_flags_;
  flags.clear();
  out.tokens_.reserve(norm.text().size() / 6 + 1);
  flags.reserve(out.tokens_.capacity());

  const Cursor c{norm.text()};
  const std::string_view s = c.s;
  std::size_t i = 0;
  bool gap = true;       // whitespace since the last token
  bool newline = false;  // a newline since the last token

  std::size_t span_hint = 0;
  std::uint32_t previous_end = 0;  // original end of the last token
  auto emit = [&](std::size_t b, std::size_t e, TokenKind kind) {
    const Span normalized{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    Span span;
    // Most tokens map to the original one to one: the anchor before them holds until their end
    // (an anchor right at the end still sets it: trailing removed marks belong to the token).
    const auto& anchors = norm.anchors();
    while (span_hint + 1 < anchors.size() && anchors[span_hint + 1].normalized <= b) ++span_hint;
    const NormalizedText::Anchor& at = anchors[span_hint];
    const bool one_to_one =
        at.expanding_length == 0 &&
        (span_hint + 1 >= anchors.size() || anchors[span_hint + 1].normalized >= e);
    if (one_to_one) {
      span.begin = at.original + static_cast<std::uint32_t>(b - at.normalized);
      span.end = span_hint + 1 < anchors.size() && anchors[span_hint + 1].normalized == e
                     ? anchors[span_hint + 1].original
                     : at.original + static_cast<std::uint32_t>(e - at.normalized);
    } else {
      span = norm.to_original(normalized, span_hint);
    }
    if (span.begin < previous_end) {
      // Inside one character's expansion (ﷺ → صلى الله عليه وسلم): the words share their original
      // bytes, so they stay one token rather than overlapping ones.
      Token& prev = out.tokens_.back();
      prev.normalized.end = normalized.end;
      prev.match = prev.normalized;
      prev.span.end = std::max(prev.span.end, span.end);
      previous_end = prev.span.end;
      flags.back() &=
          static_cast<std::uint8_t>(~(internal::kTokenLinear | internal::kTokenArabicBlock));
      gap = newline = false;
      return;
    }
    flags.push_back(static_cast<std::uint8_t>((one_to_one ? internal::kTokenLinear : 0) |
                                              (newline ? internal::kTokenAfterNewline : 0)));
    const bool joined = !gap && !out.tokens_.empty();
    // Written field by field in place: a Token built on the stack and copied stalled on store
    // forwarding (its bytes stored piecewise, then loaded 16 at a time).
    Token& t = out.tokens_.emplace_back();
    t.span = span;
    t.normalized = normalized;
    t.match = normalized;
    t.kind = kind;
    t.joined = joined;
    previous_end = span.end;
    gap = newline = false;
  };

  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::uint8_t* arabic_pair = internal::arabic_pair_table();
  const bool vector_scan = internal::arabic_pair_scan_is_exact();
  // The rest of an Arabic word from `j`: letters and marks of the Arabic block two bytes at a
  // time (arabic_run_length), then any other Arabic-script letter or mark decoded.
  // (block_only: the word ended where its run of Arabic-block letters did)
  bool block_only = false;
  auto arabic_word_end = [&](std::size_t j) {
    j += internal::arabic_run_length(bytes + j, s.size() - j, arabic_pair, vector_scan);
    block_only = true;
    if (j >= s.size() || bytes[j] < 0x80) return j;  // a space or ASCII punctuation: the end
    const std::size_t run_end = j;
    while (j < s.size()) {
      const internal::Decoded x = c.peek(j);
      const CharClass xc = c.cls(x.cp);
      if (xc != CharClass::kMark && xc != CharClass::kArabicLetter) break;
      j += x.length;
    }
    block_only = j == run_end;
    return j;
  };

  while (i < s.size()) {
    if (s[i] == ' ') {  // one word in five or six ends here
      gap = true;
      ++i;
      continue;
    }
    if (i + 1 < s.size() && arabic_pair[bytes[i] << 8 | bytes[i + 1]]) {
      // Most tokens are Arabic words: no other kind starts with an Arabic letter or mark.
      const std::size_t j = arabic_word_end(i + 2);
      emit(i, j, TokenKind::kArabicWord);
      // (not when emit joined the word to the token before: flags.back() is that token's)
      if (block_only && out.tokens_.back().normalized.begin == i) {
        flags.back() |= internal::kTokenArabicBlock;
      }
      i = j;
      continue;
    }
    const internal::Decoded d = c.peek(i);
    const CharClass cls = c.cls(d.cp);
    switch (cls) {
      case CharClass::kSpace:
        gap = true;
        i += d.length;
        continue;
      case CharClass::kNewline:
        gap = newline = true;
        i += d.length;
        continue;
      case CharClass::kIgnore:
        i += d.length;
        continue;
      default:
        break;
    }
    const std::size_t start = i;

    if (const std::size_t url = (d.cp == 'h' || d.cp == 'H' || d.cp == 'w' || d.cp == 'W')
                                    ? scan_url(c, i)
                                    : 0) {
      emit(start, start + url, TokenKind::kUrl);
      i = start + url;
      continue;
    }
    if (cls == CharClass::kLatinLetter || cls == CharClass::kDigit || d.cp == '_') {
      if (d.cp < 0x80) {
        if (const std::size_t email = scan_email(c, i)) {
          emit(start, start + email, TokenKind::kEmail);
          i = start + email;
          continue;
        }
      }
    }
    if ((d.cp == '#' || d.cp == '@') && i + 1 < s.size()) {
      const internal::Decoded next = c.peek(i + 1);
      const CharClass next_cls = c.cls(next.cp);
      const TokenKind prev_kind = out.tokens_.empty() ? TokenKind::kPunctuation
                                                      : out.tokens_.back().kind;
      const bool prev_word = !gap && !out.tokens_.empty() &&
                             start == out.tokens_.back().normalized.end &&
                             (prev_kind == TokenKind::kArabicWord ||
                              prev_kind == TokenKind::kLatinWord ||
                              prev_kind == TokenKind::kNumber ||
                              prev_kind == TokenKind::kAlphanumeric ||
                              prev_kind == TokenKind::kOtherWord);
      const bool hashtag_ok = d.cp == '#' && (is_word_class(next_cls) || next.cp == '_');
      const bool mention_ok =
          d.cp == '@' && next.cp < 0x80 && (is_ascii_alnum(static_cast<char>(next.cp)) || next.cp == '_');
      if (!prev_word && (hashtag_ok || mention_ok)) {
        std::size_t j = i + 1;
        while (j < s.size()) {
          const internal::Decoded x = c.peek(j);
          const CharClass xc = c.cls(x.cp);
          if (d.cp == '#' ? (is_word_class(xc) || x.cp == '_')
                          : ((x.cp < 0x80 &&
                              (is_ascii_alnum(static_cast<char>(x.cp)) || x.cp == '_')) ||
                             (x.cp == '.' && is_ascii_alnum(c.byte(j + 1))))) {
            j += x.length;
          } else {
            break;
          }
        }
        emit(start, j, d.cp == '#' ? TokenKind::kHashtag : TokenKind::kMention);
        i = j;
        continue;
      }
    }

    if (cls == CharClass::kDigit) {
      // Digits with separators; then digit groups joined by / - : ; then Latin letters.
      std::size_t j = i;
      auto digits = [&](std::size_t k) {
        while (k < s.size() && c.class_at(k) == CharClass::kDigit) k += c.peek(k).length;
        return k;
      };
      auto digit_at = [&](std::size_t k) { return c.class_at(k) == CharClass::kDigit; };
      j = digits(j);
      TokenKind kind = TokenKind::kNumber;
      while (j < s.size()) {
        const internal::Decoded sep = c.peek(j);
        const std::size_t after = j + sep.length;
        if ((sep.cp == '.' || sep.cp == ',' || sep.cp == 0x066B || sep.cp == 0x066C) &&
            digit_at(after)) {
          j = digits(after);
        } else if ((sep.cp == '/' || sep.cp == '-' || sep.cp == ':' || sep.cp == 0x2010 ||
                    sep.cp == 0x2013) &&
                   digit_at(after)) {
          kind = TokenKind::kNumberSequence;
          j = digits(after);
        } else {
          break;
        }
      }
      if (c.class_at(j) == CharClass::kLatinLetter) {
        kind = TokenKind::kAlphanumeric;
        while (j < s.size()) {
          const CharClass xc = c.class_at(j);
          if (xc == CharClass::kLatinLetter || xc == CharClass::kDigit || xc == CharClass::kMark) {
            j += c.peek(j).length;
          } else if (c.byte(j) == '-' && (is_ascii_alnum(c.byte(j + 1)))) {
            ++j;
          } else {
            break;
          }
        }
      }
      emit(start, j, kind);
      i = j;
      continue;
    }

    if (cls == CharClass::kLatinLetter) {
      std::size_t j = i;
      bool has_digit = false;
      bool dotted = true;  // every part so far one letter: U.S.A.
      std::size_t part_letters = 0, parts = 1;
      while (j < s.size()) {
        const internal::Decoded x = c.peek(j);
        const CharClass xc = c.cls(x.cp);
        if (xc == CharClass::kLatinLetter || xc == CharClass::kMark) {
          ++part_letters;
          j += x.length;
        } else if (xc == CharClass::kDigit) {
          has_digit = true;
          j += x.length;
        } else if ((x.cp == '-' || x.cp == '&' || x.cp == '\'' || x.cp == '_') &&
                   (c.class_at(j + 1) == CharClass::kLatinLetter ||
                    c.class_at(j + 1) == CharClass::kDigit)) {
          dotted = false;
          j += 1;
        } else if (x.cp == '.' && dotted && part_letters == 1 &&
                   c.class_at(j + 1) == CharClass::kLatinLetter &&
                   (c.byte(j + 1 + c.peek(j + 1).length) == '.' ||
                    c.class_at(j + 1 + c.peek(j + 1).length) != CharClass::kLatinLetter)) {
          ++parts;
          part_letters = 0;
          j += 1;
        } else {
          break;
        }
        if (part_letters > 1) dotted = false;
      }
      // A dotted acronym keeps its final dot: U.S. → one token.
      if (parts >= 2 && dotted && part_letters == 1 && c.byte(j) == '.' && c.byte(j + 1) != '.') ++j;
      emit(start, j, has_digit ? TokenKind::kAlphanumeric : TokenKind::kLatinWord);
      i = j;
      continue;
    }

    if (cls == CharClass::kArabicLetter || cls == CharClass::kMark) {
      const std::size_t j = arabic_word_end(i);
      emit(start, j, TokenKind::kArabicWord);
      i = j;
      continue;
    }
    if (cls == CharClass::kOtherLetter) {
      std::size_t j = i;
      while (j < s.size()) {
        const internal::Decoded x = c.peek(j);
        const CharClass xc = c.cls(x.cp);
        if (xc != CharClass::kMark && xc != CharClass::kOtherLetter) break;
        j += x.length;
      }
      emit(start, j, TokenKind::kOtherWord);
      i = j;
      continue;
    }

    if (cls == CharClass::kPunctuation) {
      // A run of the same mark, or of . ! ? ؟ mixed, is one token: "..." "؟!" "--".
      std::size_t j = i + d.length;
      while (j < s.size()) {
        const internal::Decoded x = c.peek(j);
        if (x.cp == d.cp ||
            (is_terminal_or_repeatable(d.cp) && is_terminal_or_repeatable(x.cp))) {
          j += x.length;
        } else {
          break;
        }
      }
      emit(start, j, TokenKind::kPunctuation);
      i = j;
      continue;
    }
    emit(start, i + d.length, TokenKind::kSymbol);
    i += d.length;
  }

  if (options.segment_clitics) {
    const std::string_view original = utf8;
    const internal::CliticSegmenter& clitics = impl_->clitics;
    std::size_t segment_hint = 0;
    std::size_t marbuta_hint = 0;
    for (Token& t : out.tokens_) {
      if (t.kind != TokenKind::kArabicWord) continue;
      const auto index = static_cast<std::size_t>(&t - out.tokens_.data());
      const bool token_is_linear = (flags[index] & internal::kTokenLinear) != 0;
      // Only words of two-byte letters of the Arabic block split (others stay whole).
      if ((flags[index] & internal::kTokenArabicBlock) == 0) continue;
      const std::string_view w = s.substr(t.normalized.begin, t.normalized.size());
      const std::size_t n = w.size() / 2;
      if (n < 2 || n > internal::CliticSegmenter::kMaxLetters) continue;
      // Most words cannot split (see may_split): they are not looked up.
      if (!internal::CliticSegmenter::may_split(w.data(), n)) continue;
      // ة was folded to ه; look at the original to tell the pronoun ه from it.
      bool teh_marbuta = false;
      if (w[w.size() - 2] == '\xD9' && w[w.size() - 1] == '\x87') {
        // A linear token's bytes sit at the same distance from its start in the original.
        const std::uint32_t last =
            token_is_linear ? t.span.begin + (t.normalized.end - 2 - t.normalized.begin)
                            : norm.to_original({t.normalized.end - 2, t.normalized.end},
                                               marbuta_hint).begin;
        teh_marbuta = last + 2 <= original.size() && original.substr(last, 2) == "\xD8\xA9";
      }
      // أ، إ، آ among the first three letters (folded to ا), where an article might begin: the
      // article is written with a bare alef. A linear token's letters sit where they stand in the
      // original; the three are read without a branch (an article needs four letters at least).
      std::uint8_t hamza_alefs = 0;
      if (token_is_linear && n >= 4) {
        const auto* o = reinterpret_cast<const unsigned char*>(original.data() + t.span.begin);
        const auto hamza = [o](std::size_t k) {
          const unsigned b1 = o[2 * k + 1];
          return static_cast<unsigned>(o[2 * k] == 0xD8) &
                 static_cast<unsigned>((b1 == 0xA2) | (b1 == 0xA3) | (b1 == 0xA5));
        };
        hamza_alefs = static_cast<std::uint8_t>(hamza(0) | hamza(1) << 1 | hamza(2) << 2);
      }
      const internal::Segmentation seg = clitics.segment(w.data(), n, teh_marbuta, hamza_alefs);
      if (seg.count == 0) continue;
      t.first_segment = static_cast<std::uint32_t>(out.segments_.size());
      t.segment_count = seg.count;
      for (std::uint8_t k = 0; k < seg.count; ++k) {
        const internal::Piece& piece = seg.pieces[k];
        const Span normalized{t.normalized.begin + 2u * piece.begin,
                              t.normalized.begin + 2u * piece.end};
        Span span;
        if (token_is_linear) {
          span.begin = t.span.begin + (normalized.begin - t.normalized.begin);
          span.end = normalized.end == t.normalized.end
                         ? t.span.end  // keeps trailing removed marks, as the token does
                         : t.span.begin + (normalized.end - t.normalized.begin);
        } else {
          span = norm.to_original(normalized, segment_hint);
        }
        if (k > 0 && span.begin < out.segments_.back().span.end) {
          // A ligature straddles the boundary (اﻹتفاقية: ال | إتفاقية): the ligature stays with
          // the segment before, so segments never overlap.
          Segment& prev = out.segments_.back();
          if (span.end <= prev.span.end) {
            prev.normalized.end = normalized.end;
            --t.segment_count;
            continue;
          }
          span.begin = prev.span.end;
        }
        // Written in place, not copied from the stack (see emit).
        Segment& segment = out.segments_.emplace_back();
        segment.span = span;
        segment.normalized = normalized;
        segment.role = piece.role;
      }
      const Span key{t.normalized.begin + 2u * seg.key_begin, t.normalized.begin + 2u * seg.key_end};
      if (seg.restore_article) {
        const auto at = static_cast<std::uint32_t>(out.buffer_.size());
        out.buffer_.append("\xD8\xA7");  // ا
        out.buffer_.append(s.substr(key.begin, key.size()));
        t.match = {at, static_cast<std::uint32_t>(out.buffer_.size())};
      } else {
        t.match = key;
      }
    }
  }

  if (options.split_sentences) {
    impl_->sentences.split(out.tokens_, out.buffer_, utf8, flags, out.sentences_,
                           out.sentence_starts_);
  }
}

}  // namespace khabar
