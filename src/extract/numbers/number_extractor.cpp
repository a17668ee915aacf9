// The numeric-fact extractor: a token-level scanner over the search-normalized tokens. Each
// token is looked up once in the combined number lexicon; a number "core" (digits, number words,
// ordinals, fractions) is parsed with the cardinal grammar, then extended to the left (qualifier,
// sign, نسبة, currency symbol, range opener) and to the right (range end, unit, currency,
// percentage, counted noun, trailing qualifier). Mentions never overlap: the scan goes left to
// right and a mention's left context may not reach into the previous mention.
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include "extract/numbers/digits.hpp"
#include "extract/numbers/number_lexicon.hpp"
#include "extract/numbers/number_reader.hpp"
#include "tokenize/future_verb.hpp"
#include "khabar/analyzer.hpp"
#include "util/utf8.hpp"

namespace khabar {

using internal::CardClass;
using internal::FracClass;
using internal::OrdUse;
using internal::Phrase;
using internal::PhraseType;
using internal::WordEntry;

struct NumberExtractor::Impl {
  Normalizer search{NormalizeOptions::search()};
  internal::NumberLexicon lexicon;
  explicit Impl(const Lexicons& lexicons) : lexicon(lexicons, search) {}
};

namespace {

// Arabic letters of the search form are two bytes each.
constexpr std::string_view kWaw = "\xD9\x88", kFeh = "\xD9\x81", kBeh = "\xD8\xA8",
                           kLam = "\xD9\x84", kKaf = "\xD9\x83", kAl = "\xD8\xA7\xD9\x84",
                           kYeh = "\xD9\x8A";

// The letter at byte `at` of a search form as its two UTF-8 bytes in one number (0 past the end):
// proclitic tests compare numbers rather than strings.
std::uint16_t letter_at(std::string_view w, std::size_t at) {
  if (at + 2 > w.size()) return 0;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(w[at]) << 8 |
                                    static_cast<unsigned char>(w[at + 1]));
}
constexpr std::uint16_t kWawLetter = 0xD988, kFehLetter = 0xD981, kBehLetter = 0xD8A8,
                        kLamLetter = 0xD984, kKafLetter = 0xD983, kAlefLetter = 0xD8A7,
                        kDalLetter = 0xD8AF;
// The letters proclitics are made of: و ف ب ل ك and the ا of ال.
bool proclitic_letter(std::uint16_t letter) {
  return letter == kWawLetter || letter == kFehLetter || letter == kBehLetter ||
         letter == kLamLetter || letter == kKafLetter || letter == kAlefLetter;
}

// Per-token look-up results for one document. No member initializers: look_up() writes the
// whole of it before first use, so the array of them is not cleared for every document.
struct Tok {
  const WordEntry* bare;  // entry of the whole search form
  const WordEntry* e;     // entry after `strip` bytes of proclitics (== bare if 0)
  std::uint8_t strip;     // bytes of proclitics removed (و ف ب ل ك ال)
  bool conj;              // a و/ف among them
  bool prep;              // a ب/ل/ك among them
  bool article;           // ال (or the لل of ل + ال)
  bool only_clitics;      // the whole token is proclitics: و، ب، وب، ل (بـ120)
  bool short_number;      // a number word of two letters after proclitics (وست، الست، لست):
                          // a number only before what it counts (short_number_ok)
};

struct Atom {
  enum Type : std::uint8_t { kNone, kDigits, kCard, kFrac, kDecimalPoint } type = kNone;
  CardClass card = CardClass::kNone;
  FracClass frac = FracClass::kNone;
  long double value = 0;
  bool conj = false;     // preceded by و, attached or a token of its own
  bool article = false;  // carried ال
  std::uint32_t tok = 0;  // the token of the atom itself
  internal::DigitValue digits;
};

struct Core {
  std::uint32_t first = 0, end = 0;  // tokens [first, end)
  long double value = 0;
  NumericKind kind = NumericKind::kCardinal;
  bool digits_only = false;  // one digit token, nothing else
  internal::DigitValue digits;
  bool has_scale = false;
  long double last_scale = 0;  // the last scale word's multiplier
  bool fraction_only = false;
  bool ordinal = false;
  bool range = false;
  long double low = 0, high = 0;
  std::string_view unit;  // from a unit-led core (عامين، ساعة ونصف)
  NumericKind unit_kind = NumericKind::kCardinal;
};

long double round_scaled(long double v) {
  const long double r = std::round(v);
  if (std::fabs(v - r) < 1e-6L * std::max<long double>(1, std::fabs(v)) * 1e-6L) return r;
  return v;
}

class Scan {
 public:
  Scan(const NumberExtractor::Impl& impl, std::string_view text, const TokenizedText& tt,
       std::vector<NumericFact>& out)
      : lex_(impl.lexicon), text_(text), tt_(tt), toks_(tt.tokens()), out_(out),
        out_start_(out.size()) {}

  // The bare number at token `first` (NumberExtractor::number_at): looks at 24 tokens at most.
  // The per-token look-ups are a cache of pure functions of the token, so a reader that asks
  // for many numbers in one document (the date extractor) keeps them between calls.
  std::optional<Core> bare_number_at(std::uint32_t first) {
    if (looked_.size() != toks_.size()) prepare_info();
    const std::size_t hi = std::min<std::size_t>(toks_.size(), first + 24);
    if (first >= toks_.size()) return std::nullopt;
    // The date scan asks at most words it knows (من، عام، الأول …): the bit test of run() turns
    // away those that begin no number without a table look-up.
    if (!could_start(first)) return std::nullopt;
    auto c = core_at(first);
    if (c && c->end > hi) return std::nullopt;
    return c;
  }

  void run() {
    prepare_info();
    std::uint32_t floor = 0;
    std::uint32_t i = 0;
    const auto n = static_cast<std::uint32_t>(toks_.size());
    while (i < n) {
      std::uint32_t next = i + 1;
      // Most tokens cannot begin a number: a bit test says so without a table look-up. The
      // context words around a number are looked up when a number asks for them. A word the
      // filter lets through is passed over when no reading of it is in the lexicon (e is null).
      if (!could_start(i) || (is_arabic(i) && info(i).e == nullptr)) {
        ++i;
        continue;
      }
      if (auto m = mention_at(i, floor, next)) {
        out_.push_back(*m);
        // back along a list: أعمارهم 3 و5 و9 و14 سنة
        for (std::size_t k = out_.size() - 1;
             k > out_start_ && share_measure(out_[k - 1], out_[k]); --k) {
        }
        floor = next;
      }
      i = std::max(next, i + 1);
    }
  }

  // في حدود 32 و33 سنة، 5 و6 في المئة، 3 و4 نقاط: a bare figure joined by و to a figure of the
  // same order with a unit, currency or percentage shares it. (Not 7 و8 ملايين دولار, whose
  // scale is not known to apply to the first.)
  // Returns whether it did.
  bool share_measure(NumericFact& first, const NumericFact& second) const {
    if (first.kind != NumericKind::kCardinal || !first.counted.empty() || first.is_range() ||
        second.is_range() || first.value <= 0 || second.value <= first.value ||
        second.value > 10 * first.value) {
      return false;
    }
    if (second.kind != NumericKind::kMoney && second.kind != NumericKind::kPercent &&
        second.kind != NumericKind::kDuration && second.kind != NumericKind::kQuantity) {
      return false;
    }
    if (first.span.end > second.span.begin) return false;
    std::string_view between = text_.substr(first.span.end, second.span.begin - first.span.end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    if (between != "\xD9\x88") return false;  // و
    first.kind = second.kind;
    first.unit = second.unit;
    first.currency = second.currency;
    return true;
  }

 private:
  // ---- token look-up ----------------------------------------------------------------------
  std::string_view form(std::uint32_t i) const { return tt_.normalized(toks_[i]); }
  bool is_arabic(std::uint32_t i) const { return toks_[i].kind == TokenKind::kArabicWord; }
  bool valid(std::uint32_t i) const { return i < toks_.size(); }

  bool could_start(std::uint32_t i) const {
    const TokenKind k = toks_[i].kind;
    if (k == TokenKind::kNumber || k == TokenKind::kNumberSequence ||
        k == TokenKind::kAlphanumeric) {
      return true;
    }
    if (k != TokenKind::kArabicWord) return false;
    const std::string_view w = form(i);
    // the word itself, or what is left after up to four letters of proclitics (و ب ال، ولل)
    for (std::size_t at = 0; at <= 8 && at + 4 <= w.size(); at += 2) {
      if (at > 0 && !proclitic_letter(letter_at(w, at - 2))) break;
      if (lex_.maybe_starter(w.substr(at))) return true;
    }
    return false;
  }

  void prepare_info() const {
    info_ = std::make_unique_for_overwrite<Tok[]>(toks_.size());
    looked_.assign(toks_.size(), 0);
  }

  // The look-up results of token i, computed on first use.
  const Tok& info(std::size_t i) const {
    if (!looked_[i]) {
      look_up(i, info_[i]);
      looked_[i] = 1;
    }
    return info_[i];
  }

  void look_up(std::size_t i, Tok& t) const {
    t = Tok{};
    const Token& tok = toks_[i];
    const std::string_view w = tt_.normalized(tok);
    if (tok.kind == TokenKind::kNumber || tok.kind == TokenKind::kNumberSequence) return;
    if (tok.kind == TokenKind::kUrl || tok.kind == TokenKind::kEmail ||
        tok.kind == TokenKind::kHashtag || tok.kind == TokenKind::kMention) {
      return;
    }
    t.bare = lex_.find(w);
    t.e = t.bare;
    if (tok.kind != TokenKind::kArabicWord) return;
    // د: the Moroccan "of" (ديال) glued to a number, د1,8 فالمية
    const std::uint16_t first = letter_at(w, 0);
    if (w.size() == 2 && (proclitic_letter(first) || first == kDalLetter) && first != kAlefLetter) {
      t.only_clitics = true;
    } else if (w.size() == 4 && (first == kWawLetter || first == kFehLetter)) {
      const std::uint16_t second = letter_at(w, 2);
      t.only_clitics = second == kBehLetter || second == kLamLetter || second == kKafLetter;
    }
    // A bare entry that is only the first word of a phrase (الواحد of الواحد تلو الآخر) does not
    // hide the reading without proclitics.
    if (t.bare != nullptr && (t.bare->is_number_word() || t.bare->roles != 0)) return;
    if (!proclitic_letter(first)) return;  // no proclitic reading
    // Proclitics: [و|ف] [ب|ل|ك] [ال], or لل = ل + ال; the rest must keep three letters.
    bool conj = false;
    for (int pass = 0; pass < 2; ++pass) {
      const std::size_t c0 = pass == 0 ? 0 : 2;
      if (pass == 1) {
        if (!(first == kWawLetter || first == kFehLetter)) break;
        conj = true;
      }
      // prep: none, ب ل ك; article: none, ال; لل
      struct Try {
        std::size_t prep, art;
        bool lam_lam;
      };
      const Try tries[] = {{0, 0, false}, {2, 0, false}, {0, 2, false}, {2, 2, false},
                           {0, 0, true}};
      for (const Try& tr : tries) {
        if (pass == 0 && tr.prep == 0 && tr.art == 0 && !tr.lam_lam) continue;
        std::size_t at = c0;
        bool prep = false, art = false;
        if (tr.lam_lam) {
          if (letter_at(w, at) != kLamLetter || letter_at(w, at + 2) != kLamLetter) continue;
          at += 4;
          prep = art = true;
        } else {
          if (tr.prep) {
            const std::uint16_t x = letter_at(w, at);
            if (!(x == kBehLetter || x == kLamLetter || x == kKafLetter)) continue;
            at += 2;
            prep = true;
          }
          if (tr.art) {
            if (letter_at(w, at) != kAlefLetter || letter_at(w, at + 2) != kLamLetter) continue;
            at += 4;
            art = true;
          }
        }
        // three letters left, or two when they make a function word after a lone و/ف (ولا) or
        // a number word (وست، الست، بست, which short_number_ok checks in its context)
        if (w.size() < at + 4) continue;
        const bool two_letters = w.size() < at + 6;
        // لل + X reads as ل + ال + X: the lexicon has X.
        const WordEntry* e = lex_.find(w.substr(at));
        bool short_number = false;
        if (e != nullptr && two_letters) {
          if (e->is_number_word()) {
            short_number = true;
          } else if (!(conj && !prep && !art) &&
                     !(prep && !art && w.substr(at) == "\xD9\x85\xD8\xA7")) {  // بما، لما يصل
            e = nullptr;
          }
        }
        // ك + number is rare, ك + a word that looks like one is not (كمية)
        if (e != nullptr && prep && e->is_number_word() && letter_at(w, conj ? 2 : 0) == kKafLetter) {
          e = nullptr;
        }
        if (e != nullptr) {
          t.e = e;
          t.strip = static_cast<std::uint8_t>(at);
          t.conj = conj;
          t.prep = prep;
          t.article = art;
          t.short_number = short_number;
          return;
        }
      }
    }
  }

  // Roles of token i read with or without its proclitics.
  std::uint32_t roles(std::uint32_t i) const {
    if (!valid(i) || info(i).e == nullptr) return 0;
    return info(i).e->roles;
  }
  bool has_role(std::uint32_t i, std::uint32_t role) const { return (roles(i) & role) != 0; }
  bool bare_role(std::uint32_t i, std::uint32_t role) const {
    return valid(i) && info(i).bare != nullptr && (info(i).bare->roles & role) != 0;
  }
  bool is_waw_token(std::uint32_t i) const { return valid(i) && is_arabic(i) && form(i) == kWaw; }
  bool is_punct(std::uint32_t i, std::string_view p) const {
    return valid(i) && (toks_[i].kind == TokenKind::kPunctuation ||
                        toks_[i].kind == TokenKind::kSymbol) &&
           form(i) == p;
  }

  // Original byte where token i's text starts once its proclitics are off.
  std::uint32_t begin_after_clitics(std::uint32_t i) const {
    const Tok& t = info(i);
    if (t.strip == 0) return toks_[i].span.begin;
    std::uint32_t strip = t.strip;
    // لل: the article's ل belongs to the mention only as part of the word; start after ل + ل
    // would cut the word, so start after the prepositions and keep the article.
    if (t.article) strip -= (form(i).substr(t.conj ? 2 : 0, 4) == "\xD9\x84\xD9\x84") ? 2 : 4;
    return tt_.normalization().original_begin(toks_[i].normalized.begin + strip);
  }

  // The end of a mention without the invisible marks the normalizer folded into the last token
  // (ALM, LRM/RLM, zero-width and bidi controls: "١٠٠٪\u061C").
  std::uint32_t trim_invisible_end(std::uint32_t begin, std::uint32_t end) const {
    while (end > begin + 3) {
      const auto* p = reinterpret_cast<const unsigned char*>(text_.data()) + end;
      char32_t cp = 0;
      std::uint32_t len = 0;
      if (p[-2] == 0xD8 && p[-1] == 0x9C) {
        cp = 0x061C, len = 2;
      } else if (p[-3] == 0xE2 && p[-2] == 0x80 && (p[-1] >= 0x8B && p[-1] <= 0x8F)) {
        cp = 0x200B, len = 3;  // U+200B–U+200F
      } else if (p[-3] == 0xE2 && p[-2] == 0x80 && (p[-1] >= 0xAA && p[-1] <= 0xAE)) {
        cp = 0x202A, len = 3;  // U+202A–U+202E
      } else if (p[-3] == 0xE2 && p[-2] == 0x81 && (p[-1] >= 0xA6 && p[-1] <= 0xA9)) {
        cp = 0x2066, len = 3;  // U+2066–U+2069
      } else if (p[-3] == 0xEF && p[-2] == 0xBB && p[-1] == 0xBF) {
        cp = 0xFEFF, len = 3;
      }
      if (cp == 0) break;
      end -= len;
    }
    return end;
  }

  // ---- phrases ------------------------------------------------------------------------------
  // Longest phrase of `type` starting at token i (its first word may carry proclitics when
  // `clitics`); returns its id and sets `end`.
  const Phrase* phrase_at(std::uint32_t i, PhraseType type, bool clitics, std::uint32_t& end,
                          std::uint32_t* id_out = nullptr) const {
    if (!valid(i)) return nullptr;
    const WordEntry* entries[2] = {info(i).bare, clitics ? info(i).e : nullptr};
    for (const WordEntry* e : entries) {
      if (e == nullptr) continue;
      for (std::uint32_t id : e->phrases) {
        const Phrase& p = lex_.phrase(id);
        if (p.type != type) continue;
        std::uint32_t k = 1;
        for (; k < p.words.size(); ++k) {
          if (!valid(i + k) || form(i + k) != p.words[k]) break;
        }
        if (k == p.words.size()) {
          end = i + k;
          if (id_out) *id_out = id;
          return &p;
        }
      }
      if (e == info(i).e) break;
    }
    return nullptr;
  }

  // Whether a lifting exception phrase (exceptions.tsv, blocked 0) starts at token s: واحد من كل.
  bool lifted(std::uint32_t s, const WordEntry* const (&entries)[2]) const {
    for (const WordEntry* e : entries) {
      if (e == nullptr) continue;
      for (std::uint32_t id : e->phrases) {
        const Phrase& p = lex_.phrase(id);
        if (p.type != PhraseType::kException || p.payload != internal::kExceptionLifted) continue;
        std::uint32_t j = 1;
        while (j < p.words.size() && valid(s + j) && form(s + j) == p.words[j]) ++j;
        if (j == p.words.size()) return true;
      }
    }
    return false;
  }

  // True when token i is the `blocked` word of an exception phrase (أول أمس، كانون الأول).
  bool blocked(std::uint32_t i) const {
    for (std::uint32_t k = 0; k < 4 && k <= i; ++k) {
      const std::uint32_t s = i - k;
      if (info(s).bare == nullptr && info(s).e == nullptr) continue;
      const WordEntry* entries[2] = {info(s).bare, info(s).e};
      if (lifted(s, entries)) continue;
      for (const WordEntry* e : entries) {
        if (e == nullptr) continue;
        for (std::uint32_t id : e->phrases) {
          const Phrase& p = lex_.phrase(id);
          if (p.type != PhraseType::kException || p.payload != k) continue;
          std::uint32_t j = 1;
          for (; j < p.words.size(); ++j) {
            if (!valid(s + j)) break;
            std::string_view f = form(s + j);
            if (f != p.words[j]) {
              // the blocked word itself may carry proclitics (والأول)
              if (!(s + j == i && info(i).strip &&
                    f.substr(info(i).strip) == std::string_view(p.words[j]).substr(
                                                     info(i).article ? 4 : 0))) {
                break;
              }
            }
          }
          if (j == p.words.size()) return true;
        }
        if (entries[0] == entries[1]) break;
      }
    }
    return false;
  }

  // ---- atoms and cores ----------------------------------------------------------------------
  internal::SepHint sep_hint(std::uint32_t tok, std::size_t byte) const {
    const std::uint32_t at =
        tt_.normalization().original_begin(toks_[tok].normalized.begin + static_cast<std::uint32_t>(byte));
    if (at >= text_.size()) return internal::SepHint::kUnknown;
    const internal::Decoded d = internal::decode_utf8(text_, at);
    if (d.cp == 0x066B) return internal::SepHint::kDecimal;
    if (d.cp == 0x066C) return internal::SepHint::kThousands;
    if (d.cp == 0x060C) return internal::SepHint::kArabicComma;
    return internal::SepHint::kUnknown;
  }

  std::optional<internal::DigitValue> digits(std::uint32_t i) const {
    if (!valid(i) || toks_[i].kind != TokenKind::kNumber) return std::nullopt;
    auto d = internal::parse_digits(form(i), [&](std::size_t b) { return sep_hint(i, b); });
    if (d && d->int_digits > 18) return std::nullopt;  // not a quantity anyone states
    return d;
  }

  // The atom at token j. `first`: the first atom of a number (any proclitics may precede it).
  Atom atom_at(std::uint32_t j, bool first) const {
    Atom a;
    if (!valid(j)) return a;
    if (!first && is_waw_token(j) && valid(j + 1)) {
      Atom b = atom_at(j + 1, false);
      if (b.type != Atom::kNone && !b.conj && info(j + 1).strip == 0) {
        b.conj = true;
        return b;
      }
      return a;
    }
    if (toks_[j].kind == TokenKind::kNumber) {
      if (auto d = digits(j)) {
        a.type = Atom::kDigits;
        a.digits = *d;
        a.value = d->value;
        a.tok = j;
      }
      return a;
    }
    if (!is_arabic(j)) return a;
    // و200: the و is a token of its own, joined to the digits.
    const Tok& t = info(j);
    if (!first && t.only_clitics && form(j) == kWaw && valid(j + 1) && toks_[j + 1].joined &&
        toks_[j + 1].kind == TokenKind::kNumber) {
      Atom b = atom_at(j + 1, false);
      b.conj = true;
      return b;
    }
    if (t.e == nullptr) return a;
    if (!first && (t.prep || (t.strip && !t.conj))) return a;
    // وست after a number only as the coefficient of hundreds (ثلاثة آلاف وست مئة)
    if (!first && t.short_number) {
      const Atom h = atom_at(j + 1, false);
      if (!(h.type == Atom::kCard && !h.conj && h.card == CardClass::kHundred)) return a;
    }
    if (has_role(j, internal::kDecimalPoint) && t.strip == 0) {
      a.type = Atom::kDecimalPoint;
      a.tok = j;
      return a;
    }
    if (t.e->card == CardClass::kNone && (t.e->roles & internal::kWeekday) != 0 &&
        form(j) == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAD\xD8\xAF" && valid(j + 1) &&  // الاحد
        (form(j + 1) == "\xD8\xB9\xD8\xB4\xD8\xB1" ||                               // عشر
         form(j + 1) == "\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87")) {                    // عشره
      // الأحد عشر (eleven), which the lexicon knows as Sunday
      a.type = Atom::kCard;
      a.card = CardClass::kTeenUnit;
      a.value = 1;
      a.conj = false;
      a.article = true;
      a.tok = j;
      return a;
    }
    if (t.e->card != CardClass::kNone) {
      a.type = Atom::kCard;
      a.card = t.e->card;
      a.value = t.e->card_value;
    } else if (t.e->frac != FracClass::kNone) {
      a.type = Atom::kFrac;
      a.frac = t.e->frac;
      a.value = t.e->frac_value;
    } else {
      return a;
    }
    a.conj = !first && t.conj;
    a.article = t.article;
    a.tok = j;
    return a;
  }

  std::optional<Core> parse_cardinal(std::uint32_t i) const {
    enum Prev { kStart, kDigits, kUnit, kTeenUnit, kTen, kTens, kHundred, kScale };
    Core c;
    c.first = i;
    long double total = 0, group = 0;
    bool g_any = false, g_h = false, g_u = false, g_t = false, g_teen = false;
    long double unit_val = 0;
    long double last_scale = std::numeric_limits<long double>::infinity();
    Prev prev = kStart;
    std::uint32_t j = i, end = i;
    int atoms = 0;
    int scales = 0;  // scale words read so far
    bool words = false, article_ok = true, done = false;
    // Where the number could end if the group begun after "scale و" turns out to belong to the
    // next number (بين مليونين و2,5 مليون، 190 ألفا و300 ألف: the group meets a scale that is
    // not smaller than the last one).
    struct Checkpoint {
      bool set = false;
      long double total = 0;
      std::uint32_t end = 0;
      int atoms = 0;
    } cp;
    auto roll_back = [&] {
      total = cp.total;
      group = 0;
      g_any = g_h = g_u = g_t = g_teen = false;
      end = cp.end;
      atoms = cp.atoms;
      prev = kScale;
    };
    while (!done) {
      const Atom a = atom_at(j, j == i);
      if (a.type == Atom::kNone) break;
      const bool cj = a.conj;
      // ألف خمسمية، ٤ آلاف ٣ مئة: after a scale, a group of hundreds may follow without و
      const auto hundreds_here = [&] {
        if (a.type == Atom::kCard && a.card == CardClass::kHundreds) return true;
        const bool coef = (a.type == Atom::kCard && a.card == CardClass::kUnit && a.value >= 1) ||
                          (a.type == Atom::kDigits && a.digits.plain && a.digits.integral &&
                           a.value >= 1 && a.value <= 9);
        if (!coef) return false;
        const Atom h = atom_at(a.tok + 1, false);
        return h.type == Atom::kCard && !h.conj && h.card == CardClass::kHundred;
      };
      const bool fresh = !g_any && (prev == kStart || (cj && prev == kScale) ||
                                    (!cj && prev == kScale && !a.article && hundreds_here()));
      if (fresh && prev == kScale) cp = {true, total, end, atoms};
      if (a.article) {
        // الثلاثة، العشرة (definite cardinals 3–10); the first atom decides.
        if (j == i) {
          // الاثنان والعشرون: a definite two only before و and a ten (الاثنين alone is Monday)
          const auto ten_follows = [&] {
            const Atom n = atom_at(j + 1, false);
            return n.type == Atom::kCard && n.conj && n.card == CardClass::kTens;
          };
          // بنحو الربع، أكثر من النصف، بنحو الثلثين: a definite fraction after a qualifier, not before a
          // definite word (حتى النصف الثاني من القرن is a half of a period)
          const auto qualified_fraction = [&] {
            std::uint32_t start = 0;
            Qualifier q = Qualifier::kExact;
            return a.type == Atom::kFrac &&
                   (a.frac == FracClass::kFraction || a.frac == FracClass::kFractionDual) &&
                   !a.conj &&
                   !(is_arabic(i + 1) && info(i + 1).article) &&
                   qualifier_before(i, 0, start, q);
          };
          if (!(a.type == Atom::kCard &&
                ((a.card == CardClass::kUnit && (a.value >= 3 || (a.value == 2 && ten_follows()))) ||
                 a.card == CardClass::kTen || a.card == CardClass::kTeenUnit)) &&
              !qualified_fraction()) {
            break;
          }
          article_ok = true;
        } else if (!article_ok || atoms == 0) {
          break;
        }
      } else if (j == i) {
        article_ok = false;
      }
      bool ok = true;
      switch (a.type) {
        case Atom::kDigits:
          if (cj && prev == kHundred && g_h && !g_u && !g_t && a.digits.integral &&
              a.value < 100) {  // ثلاث مئة و21
            group += a.value;
            g_u = g_t = true;
            prev = kTens;
            break;
          }
          if (!fresh) { ok = false; break; }
          group = a.value;
          g_any = true;
          prev = kDigits;
          if (atoms == 0) {
            c.digits = a.digits;
            // 1ر83 = 83.1, 000ر22 = 22,000, 540ر999ر45 = 45,999,540: the ر separator of some
            // Saudi papers, whose digit groups come in reverse order
            if (a.digits.plain && valid(a.tok + 2) && is_arabic(a.tok + 1) &&
                form(a.tok + 1) == "\xD8\xB1" && toks_[a.tok + 1].joined &&
                toks_[a.tok + 2].joined && toks_[a.tok + 2].kind == TokenKind::kNumber) {
              std::uint32_t k = a.tok;
              std::vector<std::string_view> groups;  // in text order
              while (true) {
                auto g = digits(k);
                if (!g || !g->plain) break;
                groups.push_back(form(k));
                if (!(valid(k + 2) && is_arabic(k + 1) && form(k + 1) == "\xD8\xB1" &&
                      toks_[k + 1].joined && toks_[k + 2].joined &&
                      toks_[k + 2].kind == TokenKind::kNumber)) {
                  break;
                }
                k += 2;
              }
              if (groups.size() >= 2 && k == a.tok + 2 * (groups.size() - 1)) {
                long double v = 0;
                bool ok_groups = true;
                if (groups.size() == 2 && groups[0].size() != 3) {
                  // whole part last, fraction first: 1ر83 = 83.1, 0471ر4 = 4.0471
                  long double frac = 0, scale = 1;
                  for (char ch : groups[0]) frac = frac * 10 + (ch - '0'), scale *= 10;
                  for (char ch : groups[1]) v = v * 10 + (ch - '0');
                  v += frac / scale;
                  c.digits.integral = false;
                } else {
                  for (std::size_t g = groups.size(); g-- > 0;) {
                    if (g + 1 < groups.size() && groups[g].size() != 3) ok_groups = false;
                    for (char ch : groups[g]) v = v * 10 + (ch - '0');
                  }
                }
                if (ok_groups) {
                  group = v;
                  c.digits.plain = false;
                  end = k + 1;
                  j = k + 1;
                  ++atoms;
                  continue;
                }
              }
            }
            // 1 234 567، 40 000: groups of three digits after a space
            if (a.digits.plain && a.digits.int_digits <= 3 && a.digits.value > 0) {
              std::uint32_t k = a.tok + 1;
              long double v = a.value;
              while (valid(k) && !toks_[k].joined && toks_[k].kind == TokenKind::kNumber &&
                     toks_[k].span.begin - toks_[k - 1].span.end <= 3) {
                const auto g = digits(k);
                if (!g || g->int_digits != 3 || (!g->plain && g->integral)) break;
                v = v * 1000 + g->value;
                ++k;
                if (!g->integral) break;
              }
              if (k > a.tok + 1) {
                group = v;
                c.digits.plain = false;
                c.digits.int_digits = 7;
                end = k;
                j = k;
                ++atoms;
                continue;
              }
            }
          }
          break;
        case Atom::kDecimalPoint: {
          if (!g_any || prev == kScale || (prev == kDigits && !c.digits.integral)) {
            ok = false;
            break;
          }
          auto d = parse_cardinal_words_integer(a.tok + 1);
          if (!d) { ok = false; break; }
          long double frac = d->value;
          int ndig = 1;
          for (long double x = frac; x >= 10; x /= 10) ++ndig;
          group += frac / std::pow(10.0L, ndig);
          end = d->end;
          j = d->end;
          ++atoms;
          done = true;
          continue;
        }
        case Atom::kCard: {
          words = true;
          const long double v = a.value;
          switch (a.card) {
            case CardClass::kZero:
              if (prev != kStart) { ok = false; break; }
              done = true;
              g_any = true;
              prev = kUnit;
              break;
            case CardClass::kUnit:
              if (fresh || (g_h && !g_u && !g_t && !g_teen && prev == kHundred)) {
                group += v;
                unit_val = v;
                g_u = g_any = true;
                prev = kUnit;
              } else if (cj && g_any) {
                // عشرون وثلاثة أخماس، مائة وثلاثة أرباع
                const Atom b = atom_at(a.tok + 1, false);
                if (b.type == Atom::kFrac && b.frac == FracClass::kFractionPlural && !b.conj) {
                  total += group + v * b.value;
                  group = 0;
                  g_any = false;
                  end = b.tok + 1;
                  j = end;
                  atoms += 2;
                  done = true;
                  continue;
                }
                ok = false;
              } else {
                ok = false;
              }
              break;
            case CardClass::kTeenUnit: {
              if (!(fresh || (g_h && !g_u && !g_t && !g_teen && cj && prev == kHundred))) {
                ok = false;
                break;
              }
              const Atom b = atom_at(a.tok + 1, false);
              if (!((b.type == Atom::kCard && b.card == CardClass::kTen && !b.conj) ||
                    (b.type == Atom::kCard && b.card == CardClass::kTens && b.conj && v == 1))) {
                ok = false;
                break;
              }
              group += v;
              unit_val = v;
              g_u = g_any = true;
              prev = kTeenUnit;
              break;
            }
            case CardClass::kTen:
              if ((prev == kUnit || prev == kTeenUnit) && !cj && unit_val < 10 && !g_teen &&
                  unit_val >= 1) {
                group += 10;
                g_teen = true;
                prev = kTen;
              } else if (fresh || (g_h && !g_u && !g_t && !g_teen && cj && prev == kHundred)) {
                group += 10;
                unit_val = 10;
                g_u = g_teen = g_any = true;
                prev = kTen;
              } else {
                ok = false;
              }
              break;
            case CardClass::kTeen:  // حداشر، خمستاشر
              if (fresh || (g_h && !g_u && !g_t && !g_teen && prev == kHundred)) {
                group += v;
                unit_val = v;
                g_u = g_teen = g_any = true;
                prev = kTen;
              } else {
                ok = false;
              }
              break;
            case CardClass::kTens:
              if (fresh ||
                  (cj && !g_t && !g_teen &&
                   ((prev == kUnit || prev == kTeenUnit) && unit_val < 10)) ||
                  (!g_t && !g_teen && g_h && !g_u && prev == kHundred)) {
                group += v;
                g_t = g_any = true;
                prev = kTens;
              } else {
                ok = false;
              }
              break;
            case CardClass::kHundred:
              if (prev == kUnit && !cj && !g_h && group == unit_val && unit_val >= 1 &&
                  unit_val <= 9) {
                group = unit_val * 100;
                g_h = true;
                g_u = false;
                prev = kHundred;
              } else if (prev == kDigits && !cj && group >= 1 && group < 1000 &&
                         group == std::floor(group)) {
                group *= 100;
                g_h = true;
                prev = kHundred;
              } else if (fresh) {
                group = 100;
                g_h = g_any = true;
                prev = kHundred;
              } else {
                ok = false;
              }
              break;
            case CardClass::kHundreds:
              if (fresh) {
                group = v;
                g_h = g_any = true;
                prev = kHundred;
              } else {
                ok = false;
              }
              break;
            case CardClass::kScale:
            case CardClass::kScalePlural:
              if (!cj && g_any && prev != kScale && v < last_scale) {
                total += group * v;
                group = 0;
                g_any = g_h = g_u = g_t = g_teen = false;
                last_scale = v;
                prev = kScale;
              } else if (!cj && prev == kStart && a.card == CardClass::kScale) {
                total = v;
                last_scale = v;
                prev = kScale;
              } else if (cj && prev == kScale && !g_any && a.card == CardClass::kScale &&
                         v < last_scale) {
                total += v;
                last_scale = v;
                prev = kScale;
              } else if (!cj && prev == kScale && !g_any && a.card == CardClass::kScale &&
                         v > last_scale && scales == 1) {
                // 15 ألف مليار، ألفا مليار: a thousand billions, a larger scale multiplying the
                // first (not after more scales: مليون و15 ألف مليار is two numbers)
                total *= v;
                last_scale *= v;
              } else {
                ok = false;
                if (cp.set && g_any && prev != kScale && v >= last_scale) roll_back();
              }
              if (ok) {
                c.has_scale = true;
                ++scales;
              }
              break;
            case CardClass::kScaleDual:
              if ((prev == kStart || (cj && prev == kScale && !g_any)) && v < last_scale) {
                total += 2 * v;
                last_scale = v;
                prev = kScale;
                c.has_scale = true;
                ++scales;
              } else {
                ok = false;
              }
              break;
            case CardClass::kNone:
              ok = false;
              break;
          }
          break;
        }
        case Atom::kFrac: {
          words = true;
          const long double f = a.value;
          if (a.frac == FracClass::kFractionPlural) {
            if (!cj && g_any && prev != kUnit && prev != kScale) {
              // عشرون أخماس = 4, مئة وثلاثون أخماس = 26
              total += group * f;
              group = 0;
              g_any = false;
              done = true;
            } else if (prev == kUnit && !cj && unit_val >= 1 && unit_val <= 10) {
              group -= unit_val;
              const long double fr = unit_val * f;
              if (total == 0 && group == 0 && atoms == 1) c.fraction_only = true;
              total += group + fr;
              group = 0;
              g_any = false;
              done = true;
            } else {
              ok = false;
            }
          } else if (prev == kStart) {
            const Atom b = atom_at(a.tok + 1, false);
            if (b.type == Atom::kCard && b.card == CardClass::kScale && !b.conj) {
              total = f * b.value;
              last_scale = b.value;
              c.has_scale = true;
              end = b.tok + 1;
              j = end;
              ++atoms;
              done = true;
              continue;
            }
            total = f;
            c.fraction_only = true;
            done = true;
          } else if (cj && prev == kScale && !g_any) {
            total += f * last_scale;
            done = true;
            // مليون ونصف مليون، مليون ونصف المليون: the scale may be said again
            const Atom b = atom_at(a.tok + 1, false);
            const std::uint32_t k = a.tok + 1;
            const bool definite_scale =
                valid(k) && is_arabic(k) && info(k).e != nullptr && info(k).article &&
                !info(k).prep && !info(k).conj && info(k).e->card == CardClass::kScale &&
                info(k).e->card_value == last_scale;
            if (definite_scale || (b.type == Atom::kCard && !b.conj && b.value == last_scale &&
                                   (b.card == CardClass::kScale))) {
              end = k + 1;
              j = end;
              ++atoms;
              continue;
            }
          } else if (cj && g_any && prev != kHundred) {
            total += group + f;
            group = 0;
            g_any = false;
            done = true;
          } else {
            ok = false;
          }
          break;
        }
        case Atom::kNone:
          ok = false;
          break;
      }
      if (!ok) break;
      ++atoms;
      end = a.tok + 1;
      j = end;
    }
    if (cp.set && g_any && group >= last_scale) roll_back();  // ألف و2000
    if (atoms == 0 || end == i) return std::nullopt;
    c.end = end;
    c.value = total + group;
    if (c.has_scale) c.value = round_scaled(c.value);
    c.last_scale = std::isinf(last_scale) ? 0 : last_scale;
    c.digits_only = !words && atoms == 1 && !c.has_scale;
    return c;
  }

  // A whole number in words after فاصلة (اثنان فاصلة خمسة).
  std::optional<Core> parse_cardinal_words_integer(std::uint32_t i) const {
    if (!valid(i) || info(i).strip != 0) return std::nullopt;
    auto c = parse_cardinal(i);
    if (!c || c->fraction_only || c->value != std::floor(c->value)) return std::nullopt;
    return c;
  }

  // What follows an ordinal rather than being counted: a ل phrase (الـ62 لعيد الاستقلال، الـ50
  // لاندلاع الثورة) or an adverb in ـيا (الـ90 عالميا).
  bool ordinal_complement(std::uint32_t j) const {
    if (!is_arabic(j)) return false;
    const std::string_view w = form(j);
    const auto segments = tt_.segments(toks_[j]);
    // (not an accusative noun in ا, which is counted whatever its first letter: الـ23 لاعبا)
    const bool lam = w.starts_with("\xD9\x84") && !w.ends_with("\xD8\xA7") &&  // ل، ا
                     (info(j).prep || (!segments.empty() &&
                                       segments.front().role == SegmentRole::kPreposition));
    return lam || (w.size() >= 8 && w.ends_with("\xD9\x8A\xD8\xA7"));  // يا
  }

  std::optional<Core> parse_ordinal(std::uint32_t i) const {
    const Tok& t = info(i);
    // الـ19، ال١٩٢
    if (has_role(i, internal::kOrdinalArticle) && valid(i + 1) &&
        toks_[i + 1].kind == TokenKind::kNumber &&
        (toks_[i + 1].joined || (info(i).strip == 0 && form(i) == kAl))) {
      const std::string_view w = form(i);
      if (w.size() >= 4 && w.substr(w.size() - 4) == kAl) {
        auto d = digits(i + 1);
        // الـ 5 آلاف ريال: an article on a number with a scale or unit is no ordinal
        std::uint32_t after = 0;
        const bool more = valid(i + 2) &&
                          ((info(i + 2).e && info(i + 2).e->card != CardClass::kNone &&
                            info(i + 2).strip == 0) ||
                           phrase_at(i + 2, PhraseType::kUnit, false, after) ||
                           phrase_at(i + 2, PhraseType::kCurrency, false, after) ||
                           (counted_word_ok(i + 2, false) &&  // الـ 20 دولة: the 20 countries
                            !ordinal_complement(i + 2)));
        if (d && d->integral && d->value >= 1 && !more) {
          Core c;
          c.first = i;
          c.end = i + 2;
          c.value = d->value;
          c.ordinal = true;
          c.kind = NumericKind::kOrdinal;
          return c;
        }
      }
    }
    if (t.e == nullptr || !is_arabic(i)) return std::nullopt;
    if (t.prep && !t.article) return std::nullopt;
    const WordEntry& e = *t.e;
    Core c;
    c.first = i;
    c.ordinal = true;
    c.kind = NumericKind::kOrdinal;
    // الأولي، أولي with a final ي (U+064A) is the adjective أوّلي "initial, primary" (التعليم
    // الأولي، الفحص الأولي), which the search form folds together with الأولى "the first"
    if (e.ord != OrdUse::kNone && e.ord_value == 1 &&
        form(i).substr(t.strip) == "\xD8\xA7\xD9\x88\xD9\x84\xD9\x8A") {  // اولي
      const Span last = toks_[i].span;
      if (last.end >= 2 && text_.substr(last.end - 2, 2) == kYeh) return std::nullopt;
    }
    if (e.ord != OrdUse::kNone) {
      const int u = e.ord_value;
      // الحادي عشر، الثالثة عشرة
      if (u <= 9 && valid(i + 1) && info(i + 1).strip == 0 && info(i + 1).e &&
          info(i + 1).e->card == CardClass::kTen) {
        c.value = 10 + u;
        c.end = i + 2;
        return c;
      }
      // الحادي والعشرون، الخامس والثلاثين
      std::uint32_t k = i + 1;
      bool standalone_waw = false;
      if (is_waw_token(k)) {
        standalone_waw = true;
        ++k;
      }
      if (u <= 9 && valid(k) && info(k).e && info(k).e->card == CardClass::kTens &&
          (info(k).article || t.article) && !info(k).prep &&
          (standalone_waw ? !info(k).conj : info(k).conj)) {
        c.value = u + info(k).e->card_value;
        c.end = k + 1;
        return c;
      }
      if (e.ord == OrdUse::kCompound) return std::nullopt;
      if (e.ord == OrdUse::kDefinite && !t.article) return std::nullopt;
      if (e.card != CardClass::kNone && !t.article) return std::nullopt;
      c.value = u;
      c.end = i + 1;
      return c;
    }
    if (e.card == CardClass::kTens && t.article) {
      c.value = e.card_value;
      c.end = i + 1;
      return c;
    }
    // الزائر المليون، اليوم الألف للحرب: a definite scale after a definite noun is its ordinal
    // (not في الألف, not المليون دولار, not after a number word)
    if (t.article && !t.prep && !t.conj && e.card == CardClass::kScale && i > 0 &&
        is_arabic(i - 1) && !toks_[i].joined) {
      const WordEntry* pe = info(i - 1).e;
      std::uint32_t unit_end = 0;
      if (definite_word(i - 1) &&
          (pe == nullptr || (pe->card == CardClass::kNone && pe->ord == OrdUse::kNone &&
                             pe->frac == FracClass::kNone)) &&
          !phrase_at(i + 1, PhraseType::kUnit, false, unit_end) &&
          !phrase_at(i + 1, PhraseType::kCurrency, false, unit_end)) {
        c.value = e.card_value;
        c.end = i + 1;
        return c;
      }
      return std::nullopt;
    }
    if (t.article && !t.prep && (e.card == CardClass::kUnit || e.card == CardClass::kHundred ||
                                 e.card == CardClass::kHundreds)) {
      std::uint32_t k = i + 1;
      const bool standalone = is_waw_token(k);
      if (standalone) ++k;
      const bool joined_waw = valid(k) && (standalone ? info(k).strip == 0
                                                      : (info(k).conj && !info(k).prep));
      if (e.card == CardClass::kUnit) return std::nullopt;
      // المائة، المائتان، الذكرى المئة; not في المئة (a percentage without its number)
      if (i > 0 && (form(i - 1) == "\xD9\x81\xD9\x8A" || form(i - 1) == kFeh)) {
        return std::nullopt;
      }
      // الثلاثمائة شخص، المئة عام: a definite cardinal before its noun, not an ordinal
      std::uint32_t unit_end = 0;
      if (counted_word_ok(i + 1, false) || phrase_at(i + 1, PhraseType::kUnit, false, unit_end) ||
          phrase_at(i + 1, PhraseType::kCurrency, false, unit_end)) {
        return std::nullopt;
      }
      c.value = e.card_value;
      c.end = i + 1;
      if (joined_waw) {
        // المائة والخامسة والعشرون، المائة و خمسة و عشرون
        std::optional<Core> rest = parse_ordinal(k);
        if (!rest) rest = parse_cardinal(k);
        if (rest && rest->value < 100 && rest->value >= 1 && rest->value == std::floor(rest->value)) {
          c.value += rest->value;
          c.end = rest->end;
        }
      }
      return c;
    }
    return std::nullopt;
  }

  // عامين، ساعتين ونصف، ساعة ونصف، سنة وربع.
  std::optional<Core> parse_unit_led(std::uint32_t i) const {
    // (after a demonstrative the definite dual names some days, not how many: هاد اليوماين;
    // but تتعدى الساعتين، قرابة العامين count)
    if (!is_arabic(i)) return std::nullopt;
    if (info(i).article && i > 0 && has_role(i - 1, internal::kDemonstrative)) return std::nullopt;
    std::uint32_t end = 0, id = 0;
    const Phrase* p = phrase_at(i, PhraseType::kUnit, true, end, &id);
    if (p == nullptr || p->words.size() != 1) return std::nullopt;
    const internal::UnitInfo& u = lex_.unit(p->payload);
    // ليومين، بعامين: after ب or ل only a dual, which states its number by itself
    if (info(i).prep && (u.count != 2 || info(i).article)) return std::nullopt;
    // A plural states no number (سنوات ونصف), a percent sign none either.
    if (u.kind == NumericKind::kPercent || u.count == 0) return std::nullopt;
    Core c;
    c.first = i;
    c.end = end;
    c.value = u.count;
    c.unit = u.unit;
    c.unit_kind = u.kind;
    const Atom f = atom_at(end, false);
    if (f.type == Atom::kFrac && f.conj && f.frac == FracClass::kFraction) {
      c.value += f.value;
      c.end = f.tok + 1;
    } else if (u.count != 2) {
      return std::nullopt;
    }
    return c;
  }

  std::optional<Core> parse_sequence(std::uint32_t i) const {
    const std::string_view s = form(i);
    if (s.find(':') != std::string_view::npos) return std::nullopt;  // 10:30
    const std::size_t dash = s.find('-'), slash = s.find('/');
    const std::size_t sep = dash != std::string_view::npos ? dash : slash;
    if (sep == std::string_view::npos) return std::nullopt;
    const std::string_view a = s.substr(0, sep), b = s.substr(sep + 1);
    if (b.find_first_of("-/") != std::string_view::npos) return std::nullopt;  // dates, phones
    auto no_hint = [](std::size_t) { return internal::SepHint::kUnknown; };
    auto da = internal::parse_digits(a, no_hint), db = internal::parse_digits(b, no_hint);
    if (!da || !db) return std::nullopt;
    Core c;
    c.first = i;
    c.end = i + 1;
    if (sep == dash) {
      if (da->leading_zero || db->leading_zero || da->int_digits > 6 || db->int_digits > 6) {
        return std::nullopt;
      }
      if (!(da->value < db->value)) return std::nullopt;
      const bool years = da->plain && db->plain && da->int_digits == 4 && db->int_digits == 4 &&
                         da->value >= 1800 && db->value <= 2100;
      if (years) return std::nullopt;
      c.range = true;
      c.low = da->value;
      c.high = db->value;
      c.value = c.low;
      return c;
    }
    const long double num = da->value, den = db->value;
    if (!da->integral || !db->integral || num <= 0 || num >= den) return std::nullopt;
    if (!(den == 2 || den == 3 || den == 4 || den == 5 || den == 6 || den == 8 || den == 10 ||
          den == 100)) {
      return std::nullopt;
    }
    c.value = num / den;
    c.fraction_only = true;
    return c;
  }

  // 1e10، 12.32e+14، -12e-1 (scientific notation) and 1.1^23، 2.5^-1 (powers): written numbers
  // of calculators rather than of news, read so that they do not come out as two numbers.
  std::optional<Core> parse_scientific(std::uint32_t i) const {
    auto read_signs = [&](std::uint32_t& k, int& sign) {
      sign = 1;
      while (valid(k) && toks_[k].joined && (is_punct(k, "-") || is_punct(k, "+") ||
                                             is_punct(k, "--"))) {
        if (form(k) == "-") sign = -sign;
        ++k;
      }
    };
    if (toks_[i].kind == TokenKind::kAlphanumeric) {
      const std::string_view w = form(i);
      const std::size_t e = w.find('e');
      if (e == 0 || e == std::string_view::npos) return std::nullopt;
      auto mant = internal::parse_digits(w.substr(0, e), [](std::size_t) {
        return internal::SepHint::kUnknown;
      });
      if (!mant) return std::nullopt;
      std::string_view rest = w.substr(e + 1);
      int sign = 1;
      std::uint32_t end = i + 1;
      long double exponent = 0;
      if (rest.empty()) {  // 12.32e + 14
        std::uint32_t k = i + 1;
        read_signs(k, sign);
        auto d = digits(k);
        if (k == i + 1 || !d || !toks_[k].joined || !d->integral) return std::nullopt;
        exponent = d->value;
        end = k + 1;
      } else {
        if (rest[0] == '-') {
          sign = -1;
          rest.remove_prefix(1);
        }
        if (rest.empty() || rest.size() > 3) return std::nullopt;
        for (char ch : rest) {
          if (ch < '0' || ch > '9') return std::nullopt;
          exponent = exponent * 10 + (ch - '0');
        }
      }
      Core c;
      c.first = i;
      c.end = end;
      c.value = mant->value * std::pow(10.0L, sign * exponent);
      return c;
    }
    if (toks_[i].kind != TokenKind::kNumber || !is_punct(i + 1, "^") || !toks_[i + 1].joined) {
      return std::nullopt;
    }
    auto base = digits(i);
    std::uint32_t k = i + 2;
    int sign = 1;
    read_signs(k, sign);
    auto power = digits(k);
    if (!base || !power || !toks_[k].joined || power->value > 400) return std::nullopt;
    Core c;
    c.first = i;
    c.end = k + 1;
    c.value = std::pow(base->value, sign * power->value);
    return c;
  }

  std::optional<Core> core_at(std::uint32_t i) const {
    if (toks_[i].kind == TokenKind::kAlphanumeric) return parse_scientific(i);
    if (toks_[i].kind == TokenKind::kNumber) {
      if (auto p = parse_scientific(i)) return p;
    }
    if (toks_[i].kind == TokenKind::kNumberSequence) return parse_sequence(i);
    if (toks_[i].kind != TokenKind::kNumber && !is_arabic(i)) return std::nullopt;
    if (is_arabic(i) && info(i).e == nullptr) return std::nullopt;
    if (auto o = parse_ordinal(i)) return o;
    if (auto c = parse_cardinal(i)) {
      if (is_arabic(i) && info(i).short_number && c->end == i + 1 && !short_number_ok(i)) {
        return std::nullopt;
      }
      // خمس الميزانية، سبع المساحة: خمس/سبع/تسع before a definite singular in ة is the
      // fraction (a cardinal 3–10 counts an indefinite plural: خمس سنوات)
      if (c->end == i + 1 && is_arabic(i) && !info(i).article && info(i).e != nullptr &&
          info(i).e->card == CardClass::kUnit &&
          (c->value == 5 || c->value == 7 || c->value == 9) &&
          form(i).size() - info(i).strip == 6 &&
          // not the verb (لم تسعَ الأمة): no vowel marks, not after لم/لن
          toks_[i].span.end - toks_[i].span.begin == form(i).size() &&
          !(i > 0 && (form(i - 1) == "\xD9\x84\xD9\x85" || form(i - 1) == "\xD9\x84\xD9\x86")) &&
          valid(i + 1) && is_arabic(i + 1) &&
          !toks_[i + 1].joined && form(i + 1).size() >= 10 && form(i + 1).substr(0, 4) == kAl &&
          (info(i + 1).e == nullptr || !info(i + 1).e->is_number_word())) {
        const Span nx = toks_[i + 1].span;
        if (nx.end >= 2 && text_.substr(nx.end - 2, 2) == "\xD8\xA9") {  // ة
          c->value = 1 / c->value;
          c->fraction_only = true;
          return c;
        }
      }
      // بنحو الخمس، أكثر من السبع: the definite خمس/سبع/تسع after a qualifier and before no
      // counted noun is the fraction, as بنحو الربع is (الخمس سنوات would count)
      if (c->end == i + 1 && is_arabic(i) && info(i).article && info(i).e != nullptr &&
          info(i).e->card == CardClass::kUnit &&
          (c->value == 5 || c->value == 7 || c->value == 9) &&
          form(i).size() - info(i).strip == 6 && !counted_word_ok(i + 1, false)) {
        std::uint32_t start = 0, unit_end = 0;
        const bool measure = valid(i + 1) &&
                             (phrase_at(i + 1, PhraseType::kUnit, false, unit_end) != nullptr ||
                              phrase_at(i + 1, PhraseType::kCurrency, false, unit_end) != nullptr);
        Qualifier q = Qualifier::kExact;
        if (!measure && qualifier_before(i, 0, start, q)) {
          c->value = 1 / c->value;
          c->fraction_only = true;
          return c;
        }
      }
      // 2 1/4: a whole number and a fraction
      if (c->digits_only && c->digits.integral && valid(c->end) &&
          toks_[c->end].kind == TokenKind::kNumberSequence && !toks_[c->end].joined) {
        auto f = parse_sequence(c->end);
        if (f && f->fraction_only) {
          c->value += f->value;
          c->end = f->end;
          c->digits_only = false;
          return c;
        }
      }
      // 1 على 3، واحد جزء من مئة: a fraction when the first number is the smaller one
      std::uint32_t over_end = 0;
      if (!c->fraction_only && !c->has_scale && valid(c->end) && c->value > 0) {
        if (has_role(c->end, internal::kFractionOver) && info(c->end).strip == 0) {
          over_end = c->end + 1;
        } else {
          const Phrase* over = phrase_at(c->end, PhraseType::kSyntax, false, over_end);
          if (over == nullptr || over->payload != internal::kFractionOver) over_end = 0;
        }
      }
      if (over_end != 0 && valid(over_end) && info(over_end).strip == 0) {
        auto d = parse_cardinal(over_end);
        if (d && !d->fraction_only && d->value > c->value) {
          c->value = c->value / d->value;
          c->end = d->end;
          c->fraction_only = true;
          c->digits_only = false;
          c->has_scale = false;
        }
      }
      return c;
    }
    if (auto u = parse_unit_led(i)) return u;
    return std::nullopt;
  }

  // A word with its article after up to two proclitics (الزائر، بالمسافر، وللزائر), or after
  // لل, of four letters or more with the article: a definite noun or adjective.
  bool definite_word(std::uint32_t k) const {
    if (!valid(k) || !is_arabic(k)) return false;
    const std::string_view w = form(k);
    for (std::size_t at = 0; at <= 4; at += 2) {
      if (w.size() >= at + 8 && w.substr(at, 4) == kAl) return true;
      if (at > 0 && !(w.substr(at - 2, 2) == kWaw || w.substr(at - 2, 2) == kFeh ||
                      w.substr(at - 2, 2) == kBeh || w.substr(at - 2, 2) == kLam ||
                      w.substr(at - 2, 2) == kKaf)) {
        return false;
      }
    }
    return w.size() >= 8 && w.substr(0, 4) == "\xD9\x84\xD9\x84";
  }

  // A two-letter number word after proclitics or the article (وست، الست، بست) is a number
  // only where it counts something: before a unit or currency (لست سنوات), before a counted noun
  // (وست دول أخرى، الست سنوات), or as a definite cardinal after its definite noun (القوى الست).
  // After ل it is far more often the verb (لست أدري، لست متأكدا): only a unit or currency then.
  // Names and titles in which the word is no number (وست هام، الست هانم) are exceptions.tsv's.
  bool short_number_ok(std::uint32_t i) const {
    std::uint32_t end = 0;
    if (phrase_at(i + 1, PhraseType::kUnit, false, end) != nullptr ||
        phrase_at(i + 1, PhraseType::kCurrency, false, end) != nullptr) {
      return true;
    }
    const Tok& t = info(i);
    if (letter_at(form(i), t.conj ? 2 : 0) == kLamLetter) return false;
    if (counted_word_ok(i + 1, false)) return true;
    if (t.article && !t.prep && i > 0 && definite_word(i - 1)) {
      const WordEntry* pe = info(i - 1).e;
      return pe == nullptr || !pe->is_number_word();
    }
    return false;
  }

  // ---- exclusions ---------------------------------------------------------------------------
  bool is_latin_code(std::uint32_t i) const {
    if (!valid(i)) return false;
    const TokenKind k = toks_[i].kind;
    if (k != TokenKind::kLatinWord && k != TokenKind::kAlphanumeric) return false;
    std::uint32_t end = 0;
    return phrase_at(i, PhraseType::kCurrency, false, end) == nullptr;
  }

  bool month_at(std::uint32_t i) const {
    if (!valid(i)) return false;
    if (has_role(i, internal::kMonth)) return true;
    return false;
  }

  // Digits that are a year, a day of a date, a clock time, a phone number or an identifier.
  bool excluded_digits(const Core& c, bool attached) const {
    const internal::DigitValue& d = c.digits;
    const std::uint32_t i = c.first;
    const long double v = c.value;
    const bool has_prev = i > 0;
    const std::uint32_t p = i - 1;
    if (valid(c.end) && has_role(c.end, internal::kEra) && info(c.end).strip == 0 && d.plain &&
        d.int_digits >= 3 && d.int_digits <= 4 &&
        !(valid(c.end + 1) && toks_[c.end + 1].joined &&
          toks_[c.end + 1].kind == TokenKind::kNumber)) {
      return true;  // 2024م، 1445 هـ
    }
    if (has_prev) {
      if (has_role(p, internal::kClock) && !attached) return true;  // not تأخير الساعة 30 دقيقة
      if (has_role(p, internal::kIdentifier)) return true;
      if (is_latin_code(p)) return true;  // ISO 9001
      // كوفيد-19، إف-16
      if (toks_[i].joined && is_punct(p, "-") && i >= 2 && toks_[p].joined &&
          toks_[i - 2].kind != TokenKind::kNumber) {
        return true;
      }
      // a number glued to a word that is not a proclitic (ج2). The article is one before a
      // measure (الـ24 ساعة، الـ50%، الـ79 دولارا); before anything else الـ33 is a position.
      if (toks_[i].joined && is_arabic(p) && !info(p).only_clitics) {
        std::uint32_t after = 0;
        const bool measured =
            form(p) == kAl && valid(c.end) &&
            ((info(c.end).e != nullptr && info(c.end).e->card != CardClass::kNone &&
              info(c.end).strip == 0) ||
             phrase_at(c.end, PhraseType::kUnit, false, after) != nullptr ||
             phrase_at(c.end, PhraseType::kCurrency, false, after) != nullptr);
        if (!measured) return true;
      }
      if (toks_[i].joined && is_punct(p, "+") && d.int_digits >= 7) return true;
    }
    // phone numbers
    if (d.plain && d.leading_zero && d.int_digits >= 6) return true;
    if (d.plain && d.int_digits >= 7) {
      for (std::uint32_t k = 1; k <= 4 && k <= i; ++k) {
        if (has_role(i - k, internal::kPhone | internal::kIdentifier)) return true;
      }
    }
    if (d.integral && v <= 24 && valid(c.end) && has_role(c.end, internal::kDayPart)) return true;
    // 2 / 6 / 1436هـ، 4- 8-2015: dates written with spaces
    if (d.integral && valid(c.end + 1) &&
        ((is_punct(c.end, "/") && toks_[c.end + 1].kind == TokenKind::kNumber) ||
         ((is_punct(c.end, "/") || is_punct(c.end, "-")) &&
          toks_[c.end + 1].kind == TokenKind::kNumberSequence))) {
      return true;
    }
    if (d.integral && has_prev && i >= 2 && is_punct(p, "/") &&
        (toks_[i - 2].kind == TokenKind::kNumber || toks_[i - 2].kind == TokenKind::kNumberSequence)) {
      return true;
    }
    // days of a date: 14 مارس، 4 من مايو، 25 كانون الثاني
    if (d.integral && v >= 1 && v <= 31 && d.plain) {
      if (month_at(c.end)) return true;
      if (valid(c.end + 1) && form(c.end) == "\xD9\x85\xD9\x86" && month_at(c.end + 1)) return true;
    }
    // years
    if (d.plain && d.int_digits == 4 && v >= 1800 && v <= 2100) {
      // الإصابات 1839 (21+): a count in a table, the day's change after it in brackets
      const bool table_count = valid(c.end + 2) && is_punct(c.end, "(") &&
                               toks_[c.end + 1].kind == TokenKind::kNumber &&
                               (is_punct(c.end + 2, "+") || is_punct(c.end + 2, "-"));
      if (!attached && !table_count) return true;
      if (has_prev && (has_role(p, internal::kMonth) || has_role(p, internal::kYearWord) ||
                       has_role(p, internal::kYearPreposition))) {
        return true;
      }
      // ف2014: the Moroccan ف ("in") glued to a year
      if (has_prev && toks_[i].joined && info(p).only_clitics && form(p) == kFeh) return true;
    }
    if (d.plain && d.int_digits == 4 && has_prev && has_role(p, internal::kYearWord)) return true;
    if (d.integral && d.plain && d.int_digits == 4 && has_prev && month_at(p)) return true;
    return false;
  }

  bool excluded_words(const Core& c) const {
    // ألّف كتابا "he wrote a book": after ألف the counted noun is genitive, never accusative
    if (c.end == c.first + 1 && is_arabic(c.first) && info(c.first).strip == 0 &&
        form(c.first) == "\xD8\xA7\xD9\x84\xD9\x81" && counted_word_ok(c.end, false) &&
        form(c.end).size() >= 6 && form(c.end).substr(form(c.end).size() - 2) == "\xD8\xA7") {
      // ...unless a qualifier or a preposition shows it is a number (أقل من ألف باندا)
      std::uint32_t qs = 0;
      Qualifier qq = Qualifier::kExact;
      const bool number_context =
          c.first > 0 && (has_role(c.first - 1, internal::kStopWord) ||
                          qualifier_before(c.first, 0, qs, qq));
      if (!number_context) return true;
    }
    // dialect واحد + definite noun (واحد المثل: "a proverb"), not the number one
    if (c.end == c.first + 1 && is_arabic(c.first) && info(c.first).e &&
        info(c.first).e->card == CardClass::kUnit && c.value == 1 && valid(c.end) &&
        is_arabic(c.end) && form(c.end).substr(0, 4) == kAl) {
      return true;
    }
    for (std::uint32_t k = c.first; k < c.end; ++k) {
      if (is_arabic(k) && blocked(k)) return true;
    }
    // عشرين فبراير: a day of a date in words
    if (!c.ordinal && c.value >= 1 && c.value <= 31 && c.value == std::floor(c.value) &&
        !c.has_scale && month_at(c.end)) {
      return true;
    }
    // الأول من مارس، الخامس عشر من شعبان: a day of a date
    if (c.ordinal && c.value <= 31 &&
        (month_at(c.end) || (valid(c.end + 1) && form(c.end) == "\xD9\x85\xD9\x86" &&
                             month_at(c.end + 1)))) {
      return true;
    }
    if (c.first > 0 && has_role(c.first - 1, internal::kClock)) return true;
    if (valid(c.end) && has_role(c.end, internal::kDayPart) && c.value <= 24) return true;
    return false;
  }

  // ---- extensions ---------------------------------------------------------------------------
  struct Attach {
    std::uint32_t end = 0;
    std::string_view unit;
    NumericKind kind = NumericKind::kCardinal;
    std::string currency;
    std::uint16_t per_unit = 1;  // money named in a subunit (35 سنتا): the value is divided
    std::uint8_t count = 1;
    Span counted;
    long double max_value = std::numeric_limits<long double>::infinity();  // of a unit
  };

  // The currency the document's country cues give a word of `family` (its iso, and for a
  // subunit how many make one unit there when the cue says: 100 فلس to the dirham, 1000 to the
  // dinar), or null.
  const internal::CurrencyInfo* context_currency(std::uint16_t family) const {
    if (!cues_ready_) {
      cues_ready_ = true;
      cue_counts_.assign(lex_.cues().size(), 0);
      // Country names are few: a filter of their own, then the word or the word without one
      // proclitic (بالمغرب، وبيروت، للمغرب), without the full look-up of every token.
      char buffer[128];
      auto count = [&](std::string_view w) {
        if (!lex_.maybe_cue(w)) return false;
        const WordEntry* e = lex_.find(w);
        if (e == nullptr || e->cues.empty()) return false;
        for (std::uint16_t k : e->cues) ++cue_counts_[k];
        return true;
      };
      for (std::uint32_t i = 0; i < toks_.size(); ++i) {
        if (!is_arabic(i)) continue;
        const std::string_view w = form(i);
        if (count(w) || w.size() < 8) continue;
        const std::string_view first = w.substr(0, 2);
        if (w.substr(0, 4) == "\xD9\x84\xD9\x84" && w.size() + 2 <= sizeof buffer) {
          std::copy(kAl.begin(), kAl.end(), buffer);  // للمغرب → المغرب
          std::copy(w.begin() + 4, w.end(), buffer + 4);
          if (count(std::string_view(buffer, w.size()))) continue;
        }
        if (first == kWaw || first == kFeh || first == kBeh || first == kLam) count(w.substr(2));
      }
    }
    int best = -1;
    for (std::size_t k = 0; k < lex_.cues().size(); ++k) {
      if (lex_.cues()[k].family != family || cue_counts_[k] == 0) continue;
      if (best < 0 || cue_counts_[k] > cue_counts_[static_cast<std::size_t>(best)]) {
        best = static_cast<int>(k);
      }
    }
    return best < 0 ? nullptr : &lex_.cues()[static_cast<std::size_t>(best)];
  }

  // `clitics`: the unit may carry proclitics (ليوم واحد), read as for its match key
  bool unit_or_currency(std::uint32_t j, Attach& a, bool clitics = false) const {
    std::uint32_t end = 0;
    if (const Phrase* p = phrase_at(j, PhraseType::kUnit, clitics, end)) {
      const internal::UnitInfo& u = lex_.unit(p->payload);
      // 173 يوم الأحد: يوم before a weekday names the day of a date
      if (u.kind == NumericKind::kDuration && valid(end) && has_role(end, internal::kWeekday)) {
        return false;
      }
      a.end = end;
      a.unit = u.unit;
      a.kind = u.kind;
      a.count = u.count;
      a.max_value = u.max_value;
      return true;
    }
    if (const Phrase* p = phrase_at(j, PhraseType::kCurrency, false, end)) {
      const internal::CurrencyInfo& cur = lex_.currency(p->payload);
      a.end = end;
      a.kind = NumericKind::kMoney;
      a.currency = cur.iso;
      a.per_unit = cur.per_unit;
      std::uint32_t end2 = 0;
      bool adjective = false;
      for (const Phrase* q = phrase_at(end, PhraseType::kCurrencyAdjective, false, end2);
           q != nullptr;) {
        // the same adjective spelling may belong to several families: find ours
        const WordEntry* e = info(end).bare;
        for (std::uint32_t id : e->phrases) {
          const Phrase& r = lex_.phrase(id);
          if (r.type != PhraseType::kCurrencyAdjective) continue;
          if (lex_.adjective(r.payload).family != cur.family) continue;
          std::uint32_t k = 1;
          for (; k < r.words.size(); ++k) {
            if (!valid(end + k) || form(end + k) != r.words[k]) break;
          }
          if (k == r.words.size()) {
            a.currency = lex_.adjective(r.payload).iso;
            a.end = end + k;
            adjective = true;
            break;
          }
        }
        break;
      }
      if (!adjective) {
        if (const internal::CurrencyInfo* ctx = context_currency(cur.family)) {
          a.currency = ctx->iso;
          if (ctx->per_unit != 0) a.per_unit = ctx->per_unit;
        }
      }
      // 1.45 يورو بتراجع عشرة سنتات: cents after an amount in euros are euro cents
      if (cur.per_unit > 1 && a.currency == "USD" && out_.size() > out_start_ &&
          out_.back().kind == NumericKind::kMoney && out_.back().currency == "EUR") {
        a.currency = "EUR";
      }
      return true;
    }
    return false;
  }

  // The first two and the last three letters of token j in the original text, without harakat
  // and tatweel (the search form folds أ into ا and ة into ه, which the verb tests need).
  struct Ends {
    char32_t first[2] = {0, 0};
    char32_t last[3] = {0, 0, 0};  // last[2] is the final letter
  };
  Ends original_ends(std::uint32_t j) const {
    Ends e;
    int n = 0;
    for (std::uint32_t at = toks_[j].span.begin; at < toks_[j].span.end;) {
      const internal::Decoded d = internal::decode_utf8(text_, at);
      at += d.length;
      if ((d.cp >= 0x064B && d.cp <= 0x065F) || d.cp == 0x0670 || d.cp == 0x0640) continue;
      if (n < 2) e.first[n] = d.cp;
      e.last[0] = e.last[1];
      e.last[1] = e.last[2];
      e.last[2] = d.cp;
      ++n;
    }
    return e;
  }

  // Verb shapes no counted noun has (قتل 3 وأصيب 5، 120 تم نقلهم، 7 تبنته جماعة، 2015 شهدت):
  // و/ف + hamza on alef (وأصيب، فإن), و + the prefix of an imperfect or another و (وتم، ويعد،
  // ونتحرك، ووزارة), the prefix تت or تست of an imperfect (تتحدث، تستورد), a three-letter word in ت without
  // a long vowel (تنص، تصل; not تاج، توت), a past tense in ت after a consonant (شهدت، بدأت،
  // استهدفت; not ـات، ـوت، ـيت: صوت، كبريت, nor loanwords with a long second letter: تيشرت،
  // بوست), and ته/تها (تبنته، نفذتها، قيمتها).
  bool verb_shaped(std::uint32_t j) const {
    const std::string_view w = form(j);
    const Ends e = original_ends(j);
    constexpr char32_t kWawCp = 0x0648, kFehCp = 0x0641, kTehCp = 0x062A, kHehCp = 0x0647;
    const auto hamza_alef = [](char32_t c) { return c == 0x0623 || c == 0x0625 || c == 0x0622; };
    if ((e.first[0] == kWawCp || e.first[0] == kFehCp) && hamza_alef(e.first[1])) return true;
    if (e.first[0] == kWawCp && w.size() >= 6 &&
        (e.first[1] == kTehCp || e.first[1] == 0x064A || e.first[1] == 0x0646 ||
         e.first[1] == kWawCp)) {
      return true;
    }
    if (w.size() >= 8 && e.first[0] == kTehCp && e.first[1] == kTehCp) return true;
    // تستورد، تستضيف، تستمر: the prefix تست of a tenth-form imperfect
    if (w.size() >= 10 && w.substr(0, 6) == "\xD8\xAA\xD8\xB3\xD8\xAA") return true;
    if (w.size() == 6 && e.first[0] == kTehCp && e.last[2] != 0x0627 && e.last[1] != 0x0627 &&
        e.last[1] != kWawCp && e.last[1] != 0x064A) {
      return true;
    }
    if (w.size() >= 8 && e.last[2] == kTehCp && e.last[1] != 0x0627 && e.last[1] != 0x0622 &&
        e.last[1] != kWawCp && e.last[1] != 0x064A && e.last[1] != 0x0649 &&
        e.first[1] != kWawCp && e.first[1] != 0x064A) {
      return true;
    }
    if (w.size() >= 8 && ((e.last[1] == kTehCp && e.last[2] == kHehCp) ||
                          (e.last[0] == kTehCp && e.last[1] == kHehCp && e.last[2] == 0x0627))) {
      return true;
    }
    return false;
  }


  bool counted_word_ok(std::uint32_t j, bool second) const {
    if (!valid(j) || !is_arabic(j)) return false;
    const Tok& t = info(j);
    if (t.e != nullptr) {
      const WordEntry& e = *t.e;
      if (e.roles != 0 || e.is_number_word()) return false;
      for (std::uint32_t id : e.phrases) {
        const PhraseType type = lex_.phrase(id).type;
        if (type != PhraseType::kCurrencyAdjective && type != PhraseType::kException) return false;
      }
    }
    if (t.only_clitics) return false;
    const std::string_view w = form(j);
    if (w.size() < 4) return false;
    // (the search form reads an article in آليات، ألغام، إلكترونيات: an alef with hamza or madda
    // is a letter of the word, the article's is bare)
    if (w.substr(0, 4) == kAl) {
      const std::string_view original = toks_[j].span.slice(text_);
      // (four letters at least: not إلا، إلى)
      const bool hamza = w.size() >= 8 && original.size() >= 2 && original[0] == '\xD8' &&
                         (original[1] == '\xA2' || original[1] == '\xA3' || original[1] == '\xA5');
      if (!hamza) return false;
    }
    // و/ف/ب/ك + ال, لل: a new phrase (والضغط، بالمدينة), not the counted noun
    if (w.size() >= 6 && (w.substr(0, 2) == kWaw || w.substr(0, 2) == kFeh ||
                          w.substr(0, 2) == kBeh || w.substr(0, 2) == kKaf) &&
        w.substr(2, 4) == kAl) {
      return false;
    }
    if (w.substr(0, 4) == "\xD9\x84\xD9\x84") return false;
    if (second) {
      auto ends = [&](std::string_view suffix) {
        return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
      };
      // a short word in ت is an imperfect verb (تزن، تبلغ), not an adjective (تجارية)
      if (w.substr(0, 2) == "\xD8\xAA" && w.size() <= 8) return false;
      // a verb in the past (حظيت) or a word with a pronoun (حالتهم) ends the phrase; not a
      // verbal noun of the تفعيل shape (مكتب تصويت، مركز تدريب)
      const bool taf3il = w.size() == 10 && w.substr(0, 2) == "\xD8\xAA" &&
                          w.substr(6, 2) == "\xD9\x8A";  // ت _ _ ي _
      if (ends("\xD8\xAA") && !ends("\xD8\xA7\xD8\xAA") && !taf3il) return false;
      if (ends("\xD9\x87\xD9\x85") || ends("\xD9\x87\xD9\x86") ||
          ends("\xD9\x87\xD8\xA7")) {
        return false;
      }
    }
    if (w.substr(0, 2) == kYeh) return false;  // imperfect verbs: يبلغ، يعمل
    if (verb_shaped(j)) return false;
    // The tokenizer's reading of a first letter و ف ب ل: a proclitic, or the word's own letter
    // (وفاة، فردي، ليلة، ليال stay whole, as its word lists know them).
    bool proclitic = false;
    for (const Segment& s : tt_.segments(toks_[j])) {
      // ثمانية ملاعب ستكون، 77 شركة ستعلن: a verb to come, read by the tokenizer's future س (also
      // on nouns in ست، سي، سن: سياجات، سيجارات keep their plural ending and stay nouns)
      if (s.role == SegmentRole::kFuture && internal::future_verb_shaped(toks_[j], s, text_)) {
        return false;
      }
      proclitic = proclitic || s.role == SegmentRole::kConjunction ||
                  s.role == SegmentRole::kPreposition;
    }
    // ل + imperfect verb (لتظهر، ليصل)
    if (w.size() >= 6 && w.substr(0, 2) == kLam &&
        (w.substr(2, 2) == kYeh || w.substr(2, 2) == "\xD8\xAA") && proclitic) {
      return false;
    }
    // قتلوا; not a noun of four letters in و with the accusative ا right after the number (42
    // عضوا): few verbs in ـوا have four letters (نجوا، بقوا), and news seldom puts one right
    // after a number (it writes نجا ثلاثة)
    if (w.size() >= 4 && w.substr(w.size() - 4) == "\xD9\x88\xD8\xA7" &&
        (second || w.size() != 8 || proclitic)) {
      return false;
    }
    // a second word after و/ف, or after ب/ل (بحاجة، لدعم), is no longer the counted phrase;
    // unless it is a nisba adjective the tokenizer keeps whole (مباريات ودية، توقيع فردي،
    // حسابات بنكية، جنود بريطانيين)
    const bool nisba = !proclitic && w.size() >= 8 &&
                       (w.ends_with("\xD9\x8A") || w.ends_with("\xD9\x8A\xD9\x87") ||  // ي، يه
                        w.ends_with("\xD9\x8A\xD9\x8A\xD9\x86") ||                    // يين
                        w.ends_with("\xD9\x8A\xD9\x88\xD9\x86"));                     // يون
    // A noun in ة whose first letter the tokenizer keeps goes on (حالة وفاة، مناسبة بارزة،
    // عملية ولادة); other words in those letters are mostly verbs and particles (مرات وقع،
    // ولد ليس، أناشيد بدلا). But a word of four letters or more in ل that the tokenizer keeps
    // whole is mostly a noun (جرعة لقاح); the particles, places and verbs among them are stop
    // words (لكنها، ليبيا، لاحظ).
    const bool whole_lam_noun = !proclitic && w.size() >= 8 && w.substr(0, 2) == kLam;
    if (second && !nisba && !whole_lam_noun &&
        (w.substr(0, 2) == kWaw || w.substr(0, 2) == kFeh || w.substr(0, 2) == kBeh ||
         w.substr(0, 2) == kLam) &&
        (proclitic || original_ends(j).last[2] != 0x0629)) {
      return false;
    }
    return true;
  }

  Span counted_at(std::uint32_t j, std::uint32_t& end) const {
    if (!counted_word_ok(j, false)) return {};
    end = j + 1;
    if (counted_word_ok(j + 1, true) && !toks_[j + 1].joined) {
      // after an accusative noun (قتيلا، عراقيا) only an accusative adjective agrees with it
      // (مصرفا تعاونيا); 1332 عراقيا نتيجة… stops before نتيجة
      auto accusative = [&](std::uint32_t k) {
        const std::string_view w = form(k);
        return w.size() >= 4 && w.substr(w.size() - 2) == "\xD8\xA7" &&
               w.substr(w.size() - 4) != "\xD9\x87\xD8\xA7";  // ـا, not the pronoun ـها
      };
      // (or آخرين, which agrees with it in meaning: 11 متهما آخرين)
      if (!accusative(j) || accusative(j + 1) ||
          form(j + 1) == "\xD8\xA7\xD8\xAE\xD8\xB1\xD9\x8A\xD9\x86") {  // اخرين
        end = j + 2;
      }
    }
    return {toks_[j].span.begin, toks_[end - 1].span.end};
  }

  // Qualifier phrases that end right before token `first` (not reaching below `floor`).
  bool qualifier_before(std::uint32_t first, std::uint32_t floor, std::uint32_t& start,
                        Qualifier& q) const {
    for (std::uint32_t len = 4; len >= 1; --len) {
      if (first < floor + len) continue;
      const std::uint32_t s = first - len;
      std::uint32_t end = 0;
      const Phrase* p = phrase_at(s, PhraseType::kQualifier, true, end);
      if (p != nullptr && end == first && (p->position & 1)) {
        // the phrase's first word may only carry و ف ب ل (بنحو، لأكثر، وحوالي)
        if (info(s).article && info(s).e != info(s).bare) continue;
        start = s;
        q = static_cast<Qualifier>(p->payload);
        return true;
      }
      // a shorter phrase at this start (e.g. a 2-word one) does not end at `first`: go on.
    }
    return false;
  }

  // A core alone between brackets, ( and ) each a token of its own: (16) قتيلا. Not a year
  // (مونديال (2014) and what follows it), an identifier, a range, a fraction or an ordinal.
  bool bracketed_core(const Core& c, std::uint32_t floor) const {
    if (c.range || c.fraction_only || c.ordinal || c.first <= floor) return false;
    if (!is_punct(c.first - 1, "(") || !is_punct(c.end, ")") || !valid(c.end + 1)) return false;
    // (2) غياب بدائل النقل: a figure in brackets that opens a sentence numbers an item of a list
    const auto& starts = tt_.sentence_starts();
    if (std::binary_search(starts.begin(), starts.end(), c.first - 1)) return false;
    // رقم (14): an identifier in brackets (مبنى رقم (14) غرفة (9)، القرار رقم (14) بتاريخ)
    if (c.first >= 2 && has_role(c.first - 2, internal::kIdentifier)) return false;
    if (c.digits_only && c.digits.plain && c.digits.int_digits == 4 && c.value >= 1800 &&
        c.value <= 2100) {
      return false;
    }
    return true;
  }

  // ---- one mention ---------------------------------------------------------------------------
  std::optional<NumericFact> mention_at(std::uint32_t i, std::uint32_t floor,
                                        std::uint32_t& next) const {
    auto core = core_at(i);
    if (!core) return std::nullopt;
    Core c = *core;
    next = c.end;
    NumericFact f;
    std::uint16_t per_unit = 1;  // of the currency attached below (see the end)
    std::uint32_t begin_tok = c.first;

    if (c.ordinal) {
      if (excluded_words(c)) return std::nullopt;
      f.kind = NumericKind::kOrdinal;
      f.value = static_cast<double>(c.value);
      const std::uint32_t begin = begin_after_clitics(c.first);
      f.span = {begin, trim_invisible_end(begin, toks_[c.end - 1].span.end)};
      return f;
    }

    // ranges: بين A وB، من A إلى B، A - B
    Core hi;
    bool range = false;
    bool change = false;
    if (!c.range && !c.fraction_only) {
      std::uint32_t k = c.end;
      // بين سالب عشرة وخمسة عشر: a sign between the opener and the low bound
      const bool signed_low = c.first >= floor + 2 && has_role(c.first - 1, internal::kNegative) &&
                              has_role(c.first - 2, internal::kRangeBetween);
      const std::uint32_t opener_end = signed_low ? c.first - 1 : c.first;
      const bool between =
          opener_end > floor && (has_role(opener_end - 1, internal::kRangeBetween));
      std::uint32_t between_multi_end = 0;
      const Phrase* multi = opener_end >= floor + 2
                                ? phrase_at(opener_end - 2, PhraseType::kSyntax, true,
                                            between_multi_end)
                                : nullptr;
      const bool ma_between = multi != nullptr && multi->payload == internal::kRangeBetween &&
                              between_multi_end == opener_end;
      if ((between || ma_between) && valid(k)) {
        std::uint32_t b0 = k;
        if (is_waw_token(k)) b0 = k + 1;
        if (valid(b0)) {
          const bool attached_waw = b0 == k && info(k).conj && info(k).strip == 2 &&
                                    !info(k).only_clitics;
          const bool waw_digits = b0 == k && info(k).only_clitics && form(k) == kWaw &&
                                  valid(k + 1) && toks_[k + 1].joined;
          std::optional<Core> b;
          if (b0 == k + 1 || attached_waw) b = parse_cardinal(b0);
          if (waw_digits) b = parse_cardinal(k + 1);
          if (b && !b->fraction_only) {
            hi = *b;
            range = true;
            begin_tok = ma_between ? opener_end - 2 : opener_end - 1;
            if (signed_low) c.value = -c.value;
          }
        }
      }
      // ارتفع من 3 إلى 5: a change from one figure to another, two facts, not a range
      if (c.first >= 2 && has_role(c.first - 1, internal::kRangeFrom)) {
        // the verb may be up to six words before من, in its clause (ارتفع معدل التضخم من 3 إلى
        // 5، ارتفع معدل البطالة في الأردن من 21.4 إلى 21.9)
        for (std::uint32_t k2 = c.first - 2, n2 = 0; n2 < 6; --k2, ++n2) {
          if (toks_[k2].kind == TokenKind::kPunctuation) break;
          if (has_role(k2, internal::kChange)) change = true;
          if (change || k2 == 0) break;
        }
      }
      if (!range && !change && valid(k) && has_role(k, internal::kRangeTo) && info(k).strip == 0 &&
                 valid(k + 1)) {
        auto b = parse_cardinal(k + 1);
        if (b && !b->fraction_only) {
          hi = *b;
          range = true;
          if (c.first > floor && has_role(c.first - 1, internal::kRangeFrom)) {
            begin_tok = c.first - 1;
          }
        }
      }
      if (!range && valid(k + 1) && (is_punct(k, "-") || is_punct(k, "~")) && c.digits_only &&
          toks_[k + 1].kind == TokenKind::kNumber) {
        auto b = parse_cardinal(k + 1);
        if (b) {
          hi = *b;
          range = true;
          if (between || ma_between) begin_tok = ma_between ? opener_end - 2 : opener_end - 1;
        }
      }
      if (range) {
        long double lo = c.value;
        long double top = hi.value;
        // بين 10 و20 ألفا، ما بين 32 و30 مليار: the second bound's scale is the first's too when
        // the first is below the second's coefficient, or scaled lands within a factor of 10
        if (hi.has_scale && !c.has_scale && hi.last_scale > 0) {
          const long double scaled = round_scaled(lo * hi.last_scale);
          if (lo < top / hi.last_scale || (scaled * 10 >= top && scaled <= top * 10)) lo = scaled;
        }
        if (lo > top && (between || ma_between)) std::swap(lo, top);  // بين 32 و30 مليار
        const bool years = c.digits_only && hi.digits_only && c.digits.int_digits == 4 &&
                           hi.digits.int_digits == 4 && c.value >= 1800 && hi.value <= 2100;
        const bool era = valid(hi.end) && has_role(hi.end, internal::kEra) &&
                         info(hi.end).strip == 0;
        if (era) {
          next = hi.end;
          return std::nullopt;
        }
        // الربع الأول من 2024 إلى 142 مليار درهم: a year, then where a figure rose to; no range
        // runs from a year to a thousand times it.
        const bool year_like = c.digits_only && !c.has_scale && c.digits.int_digits == 4 &&
                               c.value >= 1800 && c.value <= 2100;
        const bool year_then_amount = year_like && c.value >= 1900 && top >= lo * 1000;
        // شتنبر 2023 إلى 2946 قتيلا، في 2023 إلى 2946: a year by the word before it (a month, عام،
        // في), then where a figure rose to
        const bool year_in_context =
            year_like && c.first > 0 &&
            (has_role(c.first - 1, internal::kMonth) || has_role(c.first - 1, internal::kYearWord) ||
             has_role(c.first - 1, internal::kYearPreposition));
        if (lo < top && !years && !year_then_amount && !year_in_context) {
          c.range = true;
          c.low = lo;
          c.high = top;
          c.value = lo;
          c.end = hi.end;
          c.has_scale = c.has_scale || hi.has_scale;
        } else {
          range = false;
          begin_tok = c.first;
          if (signed_low) c.value = -c.value;
        }
      }
    }

    // right side: unit / currency / percent, or the counted noun. `rhs` is where they start:
    // after the core, or after the closing bracket of a figure written in brackets before its
    // noun (سقط (16) قتيلا، (5) ملايين دولار is not: the scale is outside)
    std::uint32_t rhs = c.end;
    const bool bracketed = bracketed_core(c, floor);
    if (bracketed) {
      // (500) مليون دولار: the scale word after the bracket multiplies the figure in it
      const Atom s = atom_at(c.end + 1, false);
      if (c.digits_only && s.type == Atom::kCard && !s.conj &&
          (s.card == CardClass::kScale || s.card == CardClass::kScalePlural)) {
        c.value = round_scaled(c.value * s.value);
        c.has_scale = true;
        c.last_scale = s.value;
        c.digits_only = false;
        c.end = s.tok + 1;
        rhs = c.end;
        begin_tok = c.first - 1;
      }
      Attach probe;
      std::uint32_t ce = 0;
      // after the bracket a word in و، ف or ل is more often a new phrase than the counted noun
      // (السعودية (10.6 مليون) وروسيا، الدورة (31) لمجلس الوزراء)
      const std::uint16_t l0 = valid(c.end + 1) ? letter_at(form(c.end + 1), 0) : 0;
      const bool clitic_like = l0 == kWawLetter || l0 == kFehLetter || l0 == kLamLetter;
      if (rhs == c.end && is_punct(c.end, ")") &&
          (unit_or_currency(c.end + 1, probe) ||
           (!clitic_like && !counted_at(c.end + 1, ce).empty()))) {
        rhs = c.end + 1;
        begin_tok = c.first - 1;
      }
    }
    Attach a;
    bool attached = false;
    std::uint32_t unit_counted_end = 0;  // a unit word past its largest number, counted instead
    if (!c.unit.empty()) {
      f.unit = std::string(c.unit);
      f.kind = c.unit_kind;
      a.end = c.end;
      // بين سنتين وأربع سنوات: the plural of the same unit after the second bound joins
      Attach plural;
      if (c.range && unit_or_currency(c.end, plural) && plural.unit == c.unit) a.end = plural.end;
    } else {
      attached = unit_or_currency(rhs, a);
      if (attached && c.value > a.max_value) {  // 2213 عقدا: contracts, not decades
        unit_counted_end = a.end;  // the word is the counted noun
        a = Attach{};
        attached = false;
      }
      // 3 ملايين من الدولارات: a scale, من and the currency's definite plural
      if (!attached && c.has_scale && valid(c.end + 1) && form(c.end) == "\xD9\x85\xD9\x86" &&
          is_arabic(c.end + 1) && form(c.end + 1).substr(0, 4) == kAl &&
          form(c.end + 1).size() > 6) {
        if (const WordEntry* e = lex_.find(form(c.end + 1).substr(4))) {
          for (std::uint32_t id : e->phrases) {
            const Phrase& ph = lex_.phrase(id);
            if (ph.type != PhraseType::kCurrency || ph.words.size() != 1) continue;
            const internal::CurrencyInfo& cur = lex_.currency(ph.payload);
            attached = true;
            a.end = c.end + 2;
            a.kind = NumericKind::kMoney;
            const internal::CurrencyInfo* ctx = context_currency(cur.family);
            a.currency = ctx == nullptr ? cur.iso : ctx->iso;
            a.per_unit = ctx == nullptr || ctx->per_unit == 0 ? cur.per_unit : ctx->per_unit;
            break;
          }
        }
      }
      // ربع الساعة، ثلاثة أرباع الساعة: a fraction of a definite time unit
      if (!attached && c.fraction_only && valid(c.end) && is_arabic(c.end) &&
          form(c.end).substr(0, 4) == kAl && form(c.end).size() > 6) {
        if (const WordEntry* e = lex_.find(form(c.end).substr(4))) {
          for (std::uint32_t id : e->phrases) {
            const Phrase& ph = lex_.phrase(id);
            if (ph.type != PhraseType::kUnit || ph.words.size() != 1) continue;
            const internal::UnitInfo& u = lex_.unit(ph.payload);
            if (u.kind != NumericKind::kDuration || u.count != 1) continue;
            attached = true;
            a.end = c.end + 1;
            a.unit = u.unit;
            a.kind = u.kind;
            a.count = 1;
            break;
          }
        }
      }
      if (attached) {
        if (a.kind == NumericKind::kPercent) {
          f.kind = NumericKind::kPercent;
          f.unit = "percent";
        } else if (a.kind == NumericKind::kMoney) {
          f.kind = NumericKind::kMoney;
          f.currency = a.currency;
          per_unit = a.per_unit;
        } else {
          f.kind = a.kind;
          f.unit = std::string(a.unit);
        }
      }
    }

    // 26.579 شخصا، 50.000 دولار: a '.' before three digits groups thousands when the number
    // counts things (a count has no decimals) or is money written with ".000" (except in the
    // currencies of three decimals: 1.500 دينار كويتي is one dinar and a half)
    if (c.digits_only && c.digits.dot_thousands_possible && !c.range) {
      bool thousands = false;
      std::uint32_t ce = 0;
      if (!attached && !counted_at(rhs, ce).empty()) thousands = true;
      const std::string_view w = form(c.first);
      if (attached && a.kind == NumericKind::kMoney && w.substr(w.size() - 4) == ".000") {
        static constexpr std::string_view kThreeDecimals[] = {"KWD", "BHD", "OMR", "JOD",
                                                              "TND", "LYD", "IQD"};
        thousands = std::find(std::begin(kThreeDecimals), std::end(kThreeDecimals),
                              a.currency) == std::end(kThreeDecimals);
      }
      if (thousands) {
        c.value = std::round(c.value * 1000);
        c.digits.integral = true;
      }
    }

    // ارتفع من 7 إلى 8.1 ملايين: a first figure without a scale word has the second's scale, when
    // the two figures are of a size (not من 3 إلى 500 ألف)
    if (change && !c.has_scale && !c.range && !c.ordinal && c.value > 0 && c.value < 1000 &&
        valid(c.end + 1) && has_role(c.end, internal::kRangeTo) && info(c.end).strip == 0) {
      if (auto b = parse_cardinal(c.end + 1); b && b->has_scale && b->last_scale >= 1000) {
        const long double mantissa = b->value / b->last_scale;
        if (c.value * 10 >= mantissa && c.value <= mantissa * 10) {
          c.value = round_scaled(c.value * b->last_scale);
        }
      }
    }

    // ارتفع من 3 إلى 5 في المئة: the first figure has the unit of the second
    if (change && !attached && f.kind == NumericKind::kCardinal && valid(c.end + 1) &&
        has_role(c.end, internal::kRangeTo) && info(c.end).strip == 0) {
      if (auto b = parse_cardinal(c.end + 1)) {
        Attach a2;
        if (unit_or_currency(b->end, a2)) {
          f.kind = a2.kind;
          if (a2.kind == NumericKind::kMoney) {
            f.currency = a2.currency;
            per_unit = a2.per_unit;
          } else {
            f.unit = a2.kind == NumericKind::kPercent ? "percent" : std::string(a2.unit);
          }
          attached = true;
          a.end = c.end;
        }
      }
    }

    // exclusions of plain digits and words
    if (c.digits_only && !c.range) {
      bool counted_possible = false;
      if (!attached) {
        std::uint32_t ce = 0;
        counted_possible = !counted_at(rhs, ce).empty();
        // نحو 2000، أكثر من 1900: a qualified four-digit number is a quantity, not a year
        std::uint32_t qs = 0;
        Qualifier qq = Qualifier::kExact;
        if (!counted_possible && qualifier_before(c.first, floor, qs, qq) &&
            qq != Qualifier::kExact) {
          counted_possible = true;
        }
      }
      if (excluded_digits(c, attached || counted_possible)) {
        next = c.end;
        return std::nullopt;
      }
    } else if (!c.range || !c.digits_only) {
      if (excluded_words(c)) return std::nullopt;
    }

    std::uint32_t end_tok = attached || (!c.unit.empty() && a.end > c.end) ? a.end : c.end;
    // خمس سنوات ونصف، أربعة أشهر ونصف الشهر، عامين وربع: a fraction after the unit
    if (attached && !c.range && (a.kind == NumericKind::kDuration || a.kind == NumericKind::kQuantity ||
                                 a.kind == NumericKind::kMoney)) {
      const Atom fr = atom_at(end_tok, false);
      if (fr.type == Atom::kFrac && fr.conj && fr.frac == FracClass::kFraction) {
        // 3 ملايين دولار ونصف: half of the scale; 5 سنوات ونصف: half of the unit
        c.value += c.has_scale && c.last_scale > 0 ? fr.value * c.last_scale : fr.value;
        end_tok = fr.tok + 1;
        // the unit said again, definite: ونصف العام، ونصف الشهر
        const WordEntry* e = nullptr;
        if (valid(end_tok) && is_arabic(end_tok) && form(end_tok).substr(0, 4) == kAl &&
            form(end_tok).size() > 6) {
          e = lex_.find(form(end_tok).substr(4));
        }
        if (e != nullptr) {
          for (std::uint32_t id : e->phrases) {
            const Phrase& ph = lex_.phrase(id);
            if ((ph.type == PhraseType::kUnit || ph.type == PhraseType::kCurrency) &&
                ph.words.size() == 1) {
              ++end_tok;
              break;
            }
          }
        }
      }
    }
    if (!attached && f.unit.empty() && !c.fraction_only && !info(c.first).article) {
      std::uint32_t ce = 0;
      const Span counted = unit_counted_end > rhs
                               ? Span{toks_[rhs].span.begin, toks_[unit_counted_end - 1].span.end}
                               : counted_at(rhs, ce);
      if (unit_counted_end > rhs) ce = unit_counted_end;
      if (!counted.empty()) {
        f.counted = counted;
        end_tok = ce;
      }
    }

    // ألفا دولار، مليونا شخص: a scale in ـا alone before its noun is the dual in construct
    // (2000, 2,000,000); the accusative singular ألفًا takes no noun after it (عشرين ألفا)
    if (c.end == c.first + 1 && is_arabic(c.first) && info(c.first).e != nullptr &&
        info(c.first).e->card == CardClass::kScale && !c.range &&
        (attached || !f.counted.empty())) {
      const std::string_view w = form(c.first);
      const Ends e = original_ends(c.first);
      if (w.size() >= 8 && letter_at(w, w.size() - 2) == kAlefLetter && e.last[2] == 0x0627 &&
          text_.substr(toks_[c.first].span.begin, toks_[c.first].span.end - toks_[c.first].span.begin)
                  .find("\xD9\x8B") == std::string_view::npos) {  // no tanween ً
        c.value *= 2;
      }
    }

    // left side
    std::uint32_t left = begin_tok;
    bool negative = false;
    if (!range && left > floor) {
      const std::uint32_t p = left - 1;
      if (f.kind == NumericKind::kCardinal && toks_[p].kind == TokenKind::kSymbol) {
        Attach s;
        if (unit_or_currency(p, s) && s.kind == NumericKind::kMoney && s.end == p + 1) {
          f.kind = NumericKind::kMoney;
          f.currency = s.currency;
          per_unit = s.per_unit;
          left = p;
        } else if (form(p) == "%" && toks_[left].joined) {
          // %3.5: the sign written first (a right-to-left habit); what follows counts nothing
          f.kind = NumericKind::kPercent;
          f.unit = "percent";
          if (!f.counted.empty()) {
            f.counted = {};
            end_tok = c.end;
          }
          left = p;
        }
      } else if (is_punct(p, "-") && toks_[c.first].joined &&
                 (toks_[c.first].kind == TokenKind::kNumber ||
                  toks_[c.first].kind == TokenKind::kNumberSequence ||
                  toks_[c.first].kind == TokenKind::kAlphanumeric) &&
                 (p == 0 || !toks_[p].joined)) {
        negative = true;
        left = p;
      } else if (is_punct(p, ".") && toks_[c.first].joined && c.digits_only &&
                 c.digits.plain && (p == 0 || !toks_[p].joined)) {
        // .25: a decimal without its leading zero
        c.value /= std::pow(10.0L, c.digits.int_digits);
        left = p;
      } else if (has_role(p, internal::kNegative)) {
        negative = true;
        left = p;
      }
    }
    if (left > floor && has_role(left - 1, internal::kPercentNoun) &&
        (f.kind == NumericKind::kCardinal || f.kind == NumericKind::kPercent) &&
        !c.ordinal) {
      // نسبة 22: the noun makes it a percentage, and what follows is no counted noun
      f.kind = NumericKind::kPercent;
      f.unit = "percent";
      if (!f.counted.empty()) {
        f.counted = {};
        end_tok = c.end;
      }
      --left;
    } else if (left > floor && left == c.first && f.kind == NumericKind::kCardinal &&
               f.counted.empty() && is_arabic(left - 1)) {
      // بالمائة 10: the percentage word written first
      std::uint32_t pend = 0;
      const Phrase* pp = phrase_at(left - 1, PhraseType::kUnit, false, pend);
      if (pp != nullptr && pend == left && lex_.unit(pp->payload).kind == NumericKind::kPercent) {
        f.kind = NumericKind::kPercent;
        f.unit = "percent";
        --left;
      }
    }
    // الـ24 ساعة، الـ79 دولارا، الـ 23 لاعبا: the article written apart belongs to the measure
    if (left == c.first && left > floor && is_arabic(left - 1) && form(left - 1) == kAl &&
        !c.ordinal && (f.kind != NumericKind::kCardinal || !f.counted.empty())) {
      --left;
    }
    // unit noun before one/two: يوم واحد، سنة واحدة
    if (left == c.first && left > floor && c.end == c.first + 1 && !attached && is_arabic(c.first) &&
        info(c.first).strip == 0 && info(c.first).e &&
        info(c.first).e->card == CardClass::kUnit && c.value <= 2) {
      Attach s;
      // (with ل or ب on the unit too, which stays out of the mention: ليوم واحد)
      if (unit_or_currency(left - 1, s, true) && s.end == left && s.count == 1 &&
          s.kind != NumericKind::kPercent && !info(left - 1).article &&
          !info(left - 1).conj) {  // (وطن واحد is one nation, no و + طن)
        f.kind = s.kind;
        if (s.kind == NumericKind::kMoney) {
          f.currency = s.currency;
          per_unit = s.per_unit;
        } else {
          f.unit = std::string(s.unit);
        }
        f.counted = {};
        end_tok = c.end;
        --left;
      }
    }
    std::uint32_t qstart = 0;
    Qualifier q = Qualifier::kExact;
    if (qualifier_before(left, floor, qstart, q)) {
      f.qualifier = q;
      left = qstart;
    }
    // two bounds: أكثر من 10 وأقل من 40، على الأكثر 100 وعلى الأقل 20، لا يزيد عن 50 ولا تقل عن 20
    auto lower = [](Qualifier x) { return x == Qualifier::kMoreThan || x == Qualifier::kAtLeast; };
    auto upper = [](Qualifier x) { return x == Qualifier::kLessThan || x == Qualifier::kAtMost; };
    if (!c.range && (lower(f.qualifier) || upper(f.qualifier)) && valid(end_tok)) {
      std::uint32_t k = end_tok;
      const bool standalone = is_waw_token(k);
      if (standalone) ++k;
      std::uint32_t qend = 0;
      const Phrase* p2 = nullptr;
      if (valid(k) && (standalone ? info(k).strip == 0 : (info(k).conj && !info(k).prep))) {
        p2 = phrase_at(k, PhraseType::kQualifier, true, qend);
      }
      if (p2 != nullptr && (p2->position & 1) && valid(qend)) {
        const auto q2 = static_cast<Qualifier>(p2->payload);
        auto d = parse_cardinal(qend);
        if (d && ((lower(f.qualifier) && upper(q2)) || (upper(f.qualifier) && lower(q2)))) {
          const long double lo = lower(f.qualifier) ? c.value : d->value;
          const long double hi2 = lower(f.qualifier) ? d->value : c.value;
          if (lo < hi2) {
            c.range = true;
            c.low = lo;
            c.high = hi2;
            c.value = lo;
            end_tok = d->end;
            Attach a2;
            if (f.kind == NumericKind::kCardinal && f.counted.empty() &&
                unit_or_currency(end_tok, a2)) {
              end_tok = a2.end;
              f.kind = a2.kind == NumericKind::kMoney ? NumericKind::kMoney : a2.kind;
              if (a2.kind == NumericKind::kMoney) {
                f.currency = a2.currency;
                per_unit = a2.per_unit;
              } else {
                f.unit = a2.kind == NumericKind::kPercent ? "percent" : std::string(a2.unit);
              }
            }
          }
        }
      }
    }
    // trailing qualifier: 5 سنوات تقريبا، 18 عاما فما فوق
    for (std::uint32_t s = end_tok; valid(s) && s < end_tok + 1; ++s) {
      std::uint32_t qend = 0;
      const Phrase* p = phrase_at(s, PhraseType::kQualifier, false, qend);
      if (p != nullptr && (p->position & 2) && f.qualifier == Qualifier::kExact) {
        f.qualifier = static_cast<Qualifier>(p->payload);
        end_tok = qend;
      }
    }

    // 5 درجات تحت الصفر: degrees below zero are negative, and the words join the mention
    bool below_zero = false;
    if (f.unit.starts_with("degree") && !negative && valid(end_tok + 1) &&
        form(end_tok) == "\xD8\xAA\xD8\xAD\xD8\xAA" &&  // تحت
        form(end_tok + 1) == "\xD8\xA7\xD9\x84\xD8\xB5\xD9\x81\xD8\xB1") {  // الصفر
      below_zero = true;
      end_tok += 2;
    }
    if (f.kind == NumericKind::kCardinal && c.fraction_only) f.kind = NumericKind::kFraction;
    // 35 سنتا is 0.35 dollars: money is given in the currency's unit. Exact for the amounts
    // news writes (the division rounds once).
    const long double divisor = f.kind == NumericKind::kMoney ? per_unit : 1;
    long double value = (negative || below_zero ? -c.value : c.value) / divisor;
    f.value = static_cast<double>(value);
    if (c.range) {
      f.low = static_cast<double>((negative ? -c.low : c.low) / divisor);
      f.high = static_cast<double>(c.high / divisor);
      if (below_zero) {  // بين 2 و5 درجات تحت الصفر: from −5 to −2
        f.low = static_cast<double>(-c.high / divisor);
        f.high = static_cast<double>(-c.low / divisor);
      }
      f.value = *f.low;
    }
    const std::uint32_t begin_byte = begin_after_clitics(left);
    f.span = {begin_byte, trim_invisible_end(begin_byte, toks_[end_tok - 1].span.end)};
    if (!f.counted.empty()) {
      f.counted.end = trim_invisible_end(f.counted.begin, f.counted.end);
    }
    next = end_tok;
    return f;
  }

  const internal::NumberLexicon& lex_;
  std::string_view text_;
  const TokenizedText& tt_;
  const std::vector<Token>& toks_;
  std::vector<NumericFact>& out_;
  std::size_t out_start_;  // this text's first fact in out_
  mutable std::unique_ptr<Tok[]> info_;  // token i's entry is valid once looked_[i] is set
  mutable std::vector<std::uint8_t> looked_;
  mutable bool cues_ready_ = false;
  mutable std::vector<int> cue_counts_;
};

}  // namespace

std::string_view to_string(NumericKind kind) {
  switch (kind) {
    case NumericKind::kCardinal: return "cardinal";
    case NumericKind::kOrdinal: return "ordinal";
    case NumericKind::kPercent: return "percent";
    case NumericKind::kMoney: return "money";
    case NumericKind::kQuantity: return "quantity";
    case NumericKind::kDuration: return "duration";
    case NumericKind::kFraction: return "fraction";
  }
  return "unknown";
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kLessThan: return "less_than";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kAtMost: return "at_most";
  }
  return "unknown";
}

NumberExtractor::NumberExtractor() : NumberExtractor(Lexicons::embedded()) {}
NumberExtractor::NumberExtractor(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(*lexicons)) {}
NumberExtractor::~NumberExtractor() = default;
NumberExtractor::NumberExtractor(NumberExtractor&&) noexcept = default;
NumberExtractor& NumberExtractor::operator=(NumberExtractor&&) noexcept = default;

void NumberExtractor::extract(std::string_view utf8, const TokenizedText& tokens,
                              std::vector<NumericFact>& out) const {
  Scan scan(*impl_, utf8, tokens, out);
  scan.run();
}

std::optional<double> NumberExtractor::number_at(std::string_view utf8,
                                                 const TokenizedText& tokens, std::size_t first,
                                                 std::size_t& end, bool* ordinal) const {
  std::vector<NumericFact> unused;
  Scan scan(*impl_, utf8, tokens, unused);
  if (first > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  auto core = scan.bare_number_at(static_cast<std::uint32_t>(first));
  if (!core) return std::nullopt;
  end = core->end;
  if (ordinal != nullptr) *ordinal = core->ordinal;
  return static_cast<double>(core->value);
}

namespace internal {

struct NumberReader::State {
  std::vector<NumericFact> unused;
  Scan scan;
  State(const NumberExtractor::Impl& impl, std::string_view utf8, const TokenizedText& tokens)
      : scan(impl, utf8, tokens, unused) {}
};

NumberReader::NumberReader(const NumberExtractor& numbers, std::string_view utf8,
                           const TokenizedText& tokens)
    : state_(std::make_unique<State>(*numbers.impl_, utf8, tokens)),
      token_count_(tokens.tokens().size()) {}
NumberReader::~NumberReader() = default;

std::optional<double> NumberReader::at(std::size_t first, std::size_t& end, bool* ordinal) {
  if (first >= token_count_) return std::nullopt;
  auto core = state_->scan.bare_number_at(static_cast<std::uint32_t>(first));
  if (!core) return std::nullopt;
  end = core->end;
  if (ordinal != nullptr) *ordinal = core->ordinal;
  return static_cast<double>(core->value);
}

}  // namespace internal

std::vector<NumericFact> NumberExtractor::extract(std::string_view utf8,
                                                  const TokenizedText& tokens) const {
  std::vector<NumericFact> out;
  extract(utf8, tokens, out);
  return out;
}

}  // namespace khabar
