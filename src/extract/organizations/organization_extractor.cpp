// Organization mentions in three passes over the token stream:
//  1. candidates: gazetteer names (longest first, the first token also without its proclitics,
//     a prefix head joined: شركة أرامكو) and head-noun patterns (منظمة + its genitive and
//     adjectival chain up to a boundary, with name-internal ل phrases);
//  2. the longest candidates win, never overlapping (a gazetteer name over a pattern that only
//     adds one adjective to it);
//  3. in text order: acronyms defined in the document (NAME (ACRONYM)) are linked and their later
//     bare mentions become the same organization; a pattern name that starts an earlier, longer
//     name is that organization; every mention of an organization shares its acronym.
// One hash look-up per token (pattern roles and gazetteer first words share one table, behind a
// bit filter), two when the token has proclitics.
#include <algorithm>
#include <cstring>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organizations/club_names.hpp"
#include "extract/organizations/gazetteer.hpp"
#include "extract/organizations/pattern_words.hpp"
#include "khabar/organizations.hpp"
#include "util/bytes.hpp"
#include "util/string_set.hpp"
#include "util/word_filter.hpp"

namespace khabar {
namespace {

constexpr std::size_t kMaxPatternTokens = 8;
// A role bit of WordInfo beside those of pattern_words.hpp: a club's short name (club_names).
// (Bit 31 of pattern_words.hpp, kPlaceHead, is a cue's and never reaches WordInfo.)
constexpr std::uint32_t kClubName = 1u << 31;
constexpr std::size_t kMaxConstructNouns = 2;  // وزارة شؤون المرأة، لجنة تقصي الحقائق

struct WordInfo {
  std::uint32_t roles = 0;
  const internal::Gazetteer::NameList* names = nullptr;  // gazetteer names starting with the word
  bool link_head = false;  // a head of strength link (heads.tsv): a name only with a ل phrase
};

// What the scan needs to know of one token, computed once.
struct TokenFacts {
  const WordInfo* key = nullptr;   // info of match_key (proclitics and enclitics off)
  const WordInfo* norm = nullptr;  // info of the whole normalized token, when it differs
  // للجنة read as ل + لجنة (a construct, لجنة التراث العالمي) rather than ل + اللجنة: the info
  // of the word without the article the tokenizer gave it back
  const WordInfo* construct = nullptr;
  std::uint32_t start = 0;         // original byte after the proclitics (و، ب، ل، ف، ك، س)
  char conjunction = 0;            // 'w' for و, 'f' for ف
  char preposition = 0;            // 'b' ب, 'l' ل, 'k' ك
  bool future = false;
  bool article = false;
  bool pronoun = false;
  bool arabic = false;
  bool definite = false;
  bool sentence_start = false;
};

struct Candidate {
  std::uint32_t first = 0;  // token indices, inclusive
  std::uint32_t last = 0;
  std::uint32_t begin = 0;  // original bytes
  std::uint32_t end = 0;
  OrganizationSource source = OrganizationSource::kGazetteer;
  std::int64_t entry = -1;
  bool has_link = false;  // a pattern with a ل phrase (الجمعية العامة للأمم المتحدة)
  const std::vector<std::uint32_t>* clubs = nullptr;  // a club's short name: the clubs it may be
  bool noun_shape = false;  // a noun_sense name where the noun stands (بحماس، حماس اللاعبين)
  bool arm = false;         // a company's arm in a country (فودافون مصر), as a pattern
  bool descriptor_before = false;  // first is a descriptor no part of the mention (شركة فودافون مصر)
  std::uint32_t size() const { return last - first + 1; }
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// A Latin word written like an acronym: 2–10 letters, at least as many capitals as small letters.
bool looks_like_acronym(std::string_view s) {
  std::size_t upper = 0, lower = 0;
  for (char c : s) {
    if (is_upper(c)) {
      ++upper;
    } else if (is_lower(c)) {
      ++lower;
    } else if (c != '.' && c != '-' && c != '&') {
      return false;
    }
  }
  const std::size_t letters = upper + lower;
  return letters >= 2 && letters <= 10 && upper >= lower && upper >= 2;
}

// Tokens i, i+1, i+2 are "(", a Latin word and ")".
bool bracketed_latin(const TokenizedText& t, std::size_t i) {
  const auto& tokens = t.tokens();
  return i + 2 < tokens.size() && t.normalized(tokens[i]) == "(" &&
         tokens[i + 1].kind == TokenKind::kLatinWord && t.normalized(tokens[i + 2]) == ")";
}

// Tokens i, i+1, i+2 are "(", an acronym-like Latin word and ")".
bool defines_acronym(std::string_view utf8, const TokenizedText& t, std::size_t i) {
  return bracketed_latin(t, i) && looks_like_acronym(t.tokens()[i + 1].span.slice(utf8));
}

// Whether a search-form word has the shape of the verbal noun تفعيل (ت _ _ ي _: تشغيل، تعزيز).
bool taf3il_shaped(std::string_view w) {
  return w.size() == 10 && internal::starts_with_literal(w, "ت") && w.substr(6, 2) == "\xD9\x8A";
}

// Whether two ASCII words have the same letters, case aside (stc, STC).
bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    const auto lower = [](char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; };
    if (lower(a[k]) != lower(b[k])) return false;
  }
  return true;
}

// Whether a search-form word ends like a sound plural (ون، ين، ات), which names people or things
// rather than a field (… للزراعة والمزارعون، بلدية الرياض للمستثمرين).
bool plural_ending(std::string_view w) {
  return w.size() >= 8 && (internal::ends_with_literal(w, "ون") || internal::ends_with_literal(w, "ين") ||
                           internal::ends_with_literal(w, "ات"));
}

// Tokens i, i+1, i+2 are "(", one Arabic word with neither article nor proclitic, and ")": a
// body's short name after its name (تداول، نزاهة، أديا).
bool arabic_short_name(std::string_view utf8, const TokenizedText& t, std::size_t i) {
  const auto& tokens = t.tokens();
  if (i + 2 >= tokens.size() || t.normalized(tokens[i]) != "(" ||
      t.normalized(tokens[i + 2]) != ")" || tokens[i + 1].kind != TokenKind::kArabicWord) {
    return false;
  }
  // one word of three letters or more, no ال; but أل/إل with a hamza is the name's own (ألبا),
  // though the search form reads an article in it
  const std::string_view w = t.normalized(tokens[i + 1]);
  const std::string_view surface = tokens[i + 1].span.slice(utf8);
  const bool hamza = surface.starts_with("\xD8\xA3") || surface.starts_with("\xD8\xA5");
  if (!hamza && !t.segments(tokens[i + 1]).empty()) return false;
  return w.size() >= 6 && (hamza || !w.starts_with("\xD8\xA7\xD9\x84"));
}

// An adjective of a name: a nisba (الدولي، العربية، الفلسطينيين), a participle of a derived form
// (المتحدة، المستقلة) or a listed one (الأعلى، العامة). After a definite word only adjectives
// continue a name: a definite noun there is a new phrase (أيدت وزارة الخارجية القرار).
bool adjective_like(std::string_view key, std::uint32_t roles) {
  // العرب: a plural nationality without the nisba ending (اتحاد المقاولين العرب)
  if (roles & (internal::kAdjective | internal::kNationality)) return true;
  if (key.starts_with("ال")) key.remove_prefix(4);
  if (key.size() < 6) return false;  // three letters at least
  return key.ends_with("ي") || key.ends_with("يه") || key.ends_with("يين") ||
         key.ends_with("يون") || key.starts_with("مت") || key.starts_with("مست");
}

// «الشرق الأوسط»، (العربي): tokens i-1 and i+len are quotes or brackets. Rare: kept out of line
// so that the gazetteer scan stays small.
[[gnu::noinline]] bool quoted_at(const TokenizedText& t, std::size_t i, std::size_t len) {
  const auto& tokens = t.tokens();
  if (i == 0 || i + len >= tokens.size()) return false;
  // a pair: quotes (« » are " in the search form) or brackets, either way round (not “كان
  // (بلاتر): a quote opened before a name and a bracket after it)
  const std::string_view open = t.normalized(tokens[i - 1]);
  const std::string_view close = t.normalized(tokens[i + len]);
  return (open == "\"" && close == "\"") || (open == "(" && close == ")") ||
         (open == ")" && close == "(");
}

}  // namespace

struct OrganizationExtractor::Impl {
  std::shared_ptr<const Lexicons> lexicons;
  Normalizer search{NormalizeOptions::search()};
  Normalizer display;
  Tokenizer tokenizer;
  internal::Gazetteer gazetteer;
  internal::StringMap<std::vector<std::uint32_t>> club_names;  // الأهلي → its clubs
  std::vector<char> media_entry;  // by gazetteer entry: a newspaper, magazine or channel
  std::vector<char> club_entry;   // by gazetteer entry: a club
  std::vector<char> company_entry;  // by gazetteer entry: a company
  std::vector<char> foreign_entry;  // by gazetteer entry: a body of no Arab state, nor international
  // by gazetteer entry: the first word of its canonical name, search form (النادي of النادي
  // الإفريقي)
  std::vector<std::string> canonical_first_word;
  internal::StringMap<std::uint32_t> cue_words;  // the kCues roles below, by search form
  // heads that name a body only with a ل phrase (الإدارة); WordInfo::link_head marks them
  std::vector<std::string> link_heads;
  internal::StringSet club_verbs;  // حسم، سقط: before a club's short name in a text about sport
  internal::StringSet complement_adjectives;  // العمومية، الكبرى: kept after a ل phrase or a place
  internal::StringSet seat_heads;  // غرفة، مستشفى: weak heads that a seat after ب completes
  internal::StringMap<WordInfo> words;  // pattern roles and gazetteer first words
  internal::WordFilter filter;  // most words of a text are in no table: skip their hashing
  internal::StringSet not_organizations;  // pattern mentions that name no organization
  internal::Places places;  // أوريدو تونس: a company's arm in a country; الدوحة - الراية :
  // A name that the gazetteer lists with a nationality after it (مجلس النواب of مجلس النواب
  // المصري, وزارة الداخلية of وزارة الداخلية السعودية) → the entries of those national bodies.
  internal::StringMap<std::vector<std::uint32_t>> national_names;

  static NormalizeOptions display_options() {
    NormalizeOptions o = NormalizeOptions::display();
    o.diacritics = true;
    return o;
  }

  explicit Impl(std::shared_ptr<const Lexicons> lex)
      : lexicons(std::move(lex)),
        display(display_options()),
        tokenizer(lexicons),
        gazetteer(*lexicons, tokenizer),
        club_names(internal::load_club_names(*lexicons, search, gazetteer)),
        not_organizations(internal::load_not_organizations(*lexicons, tokenizer)),
        places(internal::load_places(*lexicons, search)) {
    internal::StringMap<std::uint32_t> roles;
    internal::load_pattern_words(*lexicons, search, roles, link_heads, club_verbs,
                                 complement_adjectives, seat_heads);
    // Cue words (قال، لاعب) matter only next to a rare name (للجزيرة، الأهلي) and are frequent:
    // they stay out of the per-token table, whose filter then skips them.
    constexpr std::uint32_t kCues =
        internal::kSpeech | internal::kClubCue | internal::kProductNoun | internal::kDeputy |
        internal::kGoverns | internal::kGovernedPreposition | internal::kPlaceNoun |
        internal::kPlaceHead;
    static_assert((kClubName & ~kCues) == 0, "kClubName may share its bit with a cue only");
    for (const auto& [word, r] : roles) {
      if (r & kCues) cue_words[word] = r & kCues;
      if (r & ~kCues) words[word].roles = r & ~kCues;
    }
    // The words that start a gazetteer name go in the same table: one look-up per token.
    for (const auto& [first, names] : gazetteer.index()) words[first].names = &names;
    for (const auto& [name, clubs] : club_names) words[name].roles |= kClubName;
    for (const std::string& head : link_heads) words[head].link_head = true;
    for (const internal::GazetteerEntry& e : gazetteer.entries()) {
      media_entry.push_back(e.type == "media" ? 1 : e.type == "news_agency" ? 2 : 0);
      club_entry.push_back(e.type == "club" ? 1 : 0);
      company_entry.push_back(e.type == "company" ? 1 : 0);
      foreign_entry.push_back(e.country != "INT" && !internal::arab_country(e.country) ? 1 : 0);
      const std::string canonical = search.normalize_string(e.canonical);
      canonical_first_word.push_back(canonical.substr(0, canonical.find(' ')));
    }
    for (const auto& [word, info] : words) filter.add(word);
    for (std::uint32_t id = 0; id < gazetteer.name_count(); ++id) {
      const internal::GazetteerName& name = gazetteer.name(id);
      if (name.words.size() < 2 || name.quoted_only || name.after_full_only) continue;
      const std::string_view country = gazetteer.entries()[name.entry].country;
      if (country == "INT" || country == "-") continue;
      const auto last = roles.find(name.words.back());
      if (last == roles.end() || (last->second & internal::kNationality) == 0) continue;
      std::string generic = name.words[0];
      for (std::size_t k = 1; k + 1 < name.words.size(); ++k) generic += ' ' + name.words[k];
      std::vector<std::uint32_t>& bodies = national_names[generic];
      if (std::find(bodies.begin(), bodies.end(), name.entry) == bodies.end()) {
        bodies.push_back(name.entry);
      }
    }
  }

  std::uint32_t cue_roles(const TokenizedText& t, std::size_t j) const {
    const Token& token = t.tokens()[j];
    const std::string_view key = t.match_key(token);
    auto it = cue_words.find(key);
    if (it != cue_words.end()) return it->second;
    // مباراته، قميصه: a host in ة writes it ت before a pronoun (مبارات + ه is مباراة's)
    if (token.match.end < token.normalized.end && key.size() >= 4 && key.size() <= 64 &&
        key.ends_with("\xD8\xAA")) {  // ت
      char buffer[64];
      std::memcpy(buffer, key.data(), key.size());
      buffer[key.size() - 1] = '\x87';  // ه: D8 AA → D9 87
      buffer[key.size() - 2] = '\xD9';
      it = cue_words.find(std::string_view(buffer, key.size()));
      if (it != cue_words.end()) return it->second;
    }
    return 0;
  }
  // Said to a medium: قال … للجزيرة، في تصريحات للعربية: a word of saying at most six words
  // before token i (وقال رئيس الجمهورية الأسبق أمين الجميل للجزيرة), in its sentence, and no
  // إن/أن between (وقال إن الترجمة للعربية صعبة); no adjective after the medium's word
  // (أضاف … للجزيرة العربية is the peninsula). Rare: kept out of line so that the gazetteer
  // scan stays small.
  [[gnu::noinline]] bool spoken_to(const TokenizedText& t, const std::vector<TokenFacts>& f,
                                   std::size_t i) const {
    const std::size_t next = i + 1;
    if (next < t.tokens().size() && f[next].arabic && f[next].definite &&
        adjective_like(t.match_key(t.tokens()[next]), f[next].key ? f[next].key->roles : 0)) {
      return false;
    }
    for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
      if (cue_roles(t, i - back) & internal::kSpeech) return true;
      const std::string_view word = t.normalized(t.tokens()[i - back]);
      if (f[i - back + 1].sentence_start || !f[i - back].arabic || word == "ان" || word == "بان") {
        break;
      }
    }
    return false;
  }
  [[gnu::always_inline]] const WordInfo* find(std::string_view w) const {
    if (!filter.maybe(w)) return nullptr;
    auto it = words.find(w);
    return it == words.end() ? nullptr : &it->second;
  }

  void run(std::string_view utf8, const TokenizedText& t, std::vector<Organization>& out) const;
  void facts(const TokenizedText& t, std::vector<TokenFacts>& f) const;
  void gazetteer_candidates(std::string_view utf8, const TokenizedText& t,
                            const std::vector<TokenFacts>& f, std::vector<Candidate>& c) const;
  void pattern_candidates(std::string_view utf8, const TokenizedText& t,
                          const std::vector<TokenFacts>& f,
                          const std::vector<char>& gazetteer_start,
                          std::vector<Candidate>& c) const;
  std::string display_text(std::string_view utf8, const TokenizedText& t,
                           const Candidate& c) const;
  std::string search_key(const TokenizedText& t, const Candidate& c) const;
  Organization make(std::string_view utf8, const TokenizedText& t, const Candidate& c) const;
};

void OrganizationExtractor::Impl::facts(const TokenizedText& t, std::vector<TokenFacts>& f) const {
  const auto& tokens = t.tokens();
  f.assign(tokens.size(), TokenFacts{});
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    TokenFacts& x = f[i];
    x.arabic = tok.kind == TokenKind::kArabicWord;
    x.start = tok.span.begin;
    // (tests, not a switch: a jump table's indirect branch, its target changing from segment
    // to segment, was most of this loop's mispredictions)
    for (const Segment& s : t.segments(tok)) {
      const SegmentRole role = s.role;
      if (role == SegmentRole::kStem) continue;
      if (role == SegmentRole::kArticle) {
        x.article = true;
      } else if (role == SegmentRole::kPronoun) {
        x.pronoun = true;
      } else {
        const std::string_view letter = t.view(s.normalized);
        if (role == SegmentRole::kConjunction) {
          x.conjunction = internal::equals_literal(letter, "ف") ? 'f' : 'w';
        } else if (role == SegmentRole::kPreposition) {
          x.preposition = internal::equals_literal(letter, "ب")   ? 'b'
                          : internal::equals_literal(letter, "ك") ? 'k'
                                                                   : 'l';
        } else {
          x.future = true;
        }
        x.start = s.span.end;
      }
    }
    const std::string_view key = t.match_key(tok);
    const std::string_view norm = t.normalized(tok);
    if (tok.kind == TokenKind::kArabicWord || tok.kind == TokenKind::kLatinWord ||
        tok.kind == TokenKind::kAlphanumeric) {
      x.key = find(key);
      // Same span, same word: an unsegmented token's key is the token (no byte comparison).
      const bool same =
          tok.match.begin == tok.normalized.begin && tok.match.end == tok.normalized.end;
      x.norm = same ? x.key : find(norm);
      if (x.preposition && internal::starts_with_literal(key, "\xD8\xA7\xD9\x84\xD9\x84")) {  // الل
        x.construct = find(key.substr(2));
      }
    }
    // An unsegmented word that begins with ال and has at least two more letters (not إلى → الي).
    x.definite = x.article || (tok.segment_count == 0 && x.arabic && key.size() >= 8 &&
                               internal::starts_with_literal(key, "ال"));
  }
  for (std::uint32_t s : t.sentence_starts()) {
    if (s < f.size()) f[s].sentence_start = true;
  }
}

void OrganizationExtractor::Impl::gazetteer_candidates(std::string_view utf8,
                                                       const TokenizedText& t,
                                                       const std::vector<TokenFacts>& f,
                                                       std::vector<Candidate>& out) const {
  const auto& tokens = t.tokens();
  const std::size_t n = tokens.size();
  auto is = [&](std::size_t i, std::string_view s) { return i < n && t.normalized(tokens[i]) == s; };
  std::vector<std::int64_t> named;  // the entries found so far, in text order
  int sports = -1;  // whether a club cue occurs in the text: looked up once, when first asked
  auto sports_text = [&] {
    if (sports < 0) {
      sports = 0;
      for (std::size_t j = 0; j < n && sports == 0; ++j) {
        if (f[j].arabic && (cue_roles(t, j) & internal::kClubCue) != 0) sports = 1;
      }
    }
    return sports == 1;
  };
  // A dateline's credit: `PLACE - NAME :` opening a paragraph (عمان - الراية : …), the place
  // one of organizations/places. (In `سبق - الرياض :` the medium comes first and الرياض is
  // the city.)
  auto dateline_credit = [&](std::size_t i, std::size_t len) {
    if (i < 2 || !(is(i - 1, "-") || is(i - 1, "\xE2\x80\x93")) || !is(i + len, ":")) return false;
    const std::size_t city = i - 2;
    if (!f[city].arabic || !(city == 0 || f[city].sentence_start ||
                             (city >= 1 && f[city - 1].sentence_start) || city == 1)) {
      return false;
    }
    return places.all.contains(t.normalized(tokens[city]));
  };
  for (std::size_t i = 0; i < n; ++i) {
    const TokenFacts& x = f[i];
    if (x.key == nullptr && x.norm == nullptr && x.construct == nullptr) continue;
    Candidate best;
    bool found = false;
    // The cue roles of the word before token i, looked up once when a name first asks.
    std::int64_t cues_before_i = -1;
    auto cues_before = [&] {
      if (cues_before_i < 0) cues_before_i = i > 0 ? cue_roles(t, i - 1) : 0;
      return static_cast<std::uint32_t>(cues_before_i);
    };
    // Whether gazetteer name `id` matches at token i (found by `info`); records it in best.
    auto matches = [&](const WordInfo* info, bool stripped, std::uint32_t id) {
      const internal::GazetteerName& name = gazetteer.name(id);
      const std::size_t len = name.words.size();
      if (i + len > n || (found && len <= best.size())) return false;
      for (std::size_t k = 1; k < len; ++k) {
        if (t.normalized(tokens[i + k]) != name.words[k]) return false;
      }
      // الاتفاق السعودي الإيراني, التعاون السعودي الأمريكي: a club's name that ends in its
      // nationality, followed by another nationality, is an agreement or a cooperation.
      if (len >= 2 && club_entry[name.entry] && i + len < n && f[i + len].key != nullptr &&
          (f[i + len].key->roles & internal::kNationality) != 0 &&
          f[i + len - 1].key != nullptr &&
          (f[i + len - 1].key->roles & internal::kNationality) != 0) {
        return false;
      }
      // طائرة بوينغ 777، إيرباص A320، مؤشر ستاندرد آند بورز 500: a company's name before a
      // model number names its product. Three digits before an Arabic word are as often an
      // amount (أرباح دار الأركان 921 ألف ريال), so then only after a product noun.
      if (company_entry[name.entry] && i + len < n) {
        const Token& next = tokens[i + len];
        const std::string_view digits = t.normalized(next);
        const bool three_digits =
            next.kind == TokenKind::kNumber && digits.size() == 3 &&
            std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        const bool word_after = i + len + 1 < n && f[i + len + 1].arabic;
        if (next.kind == TokenKind::kAlphanumeric ||
            (three_digits && (!word_after || (cues_before() & internal::kProductNoun) != 0))) {
          return false;
        }
      }
      // السياسة الخارجية المصرية، الشؤون الداخلية: after a definite noun the adjective that
      // stands for a ministry is that noun's adjective.
      if ((info->roles & internal::kElliptic) != 0 && i > 0 && !stripped && f[i - 1].arabic &&
          f[i - 1].definite && f[i - 1].conjunction == 0 && !f[i - 1].pronoun) {
        return false;
      }
      // حي أرامكو، شارع جامعة الدول العربية، مقاطعة أورانج: a place named after a body.
      if (i > 0 && !stripped && f[i - 1].arabic && !f[i - 1].pronoun &&
          (cues_before() & internal::kPlaceNoun) != 0) {
        return false;
      }
      // بورشه (Porsche) is not بورشة (ب + ورشة, in a workshop): a foreign name written with ه
      // that reads as a proclitic and a word in ة (but شالكة is Schalke).
      if (name.final_heh && foreign_entry[name.entry] && !stripped &&
          (x.conjunction || x.preposition) &&
          tokens[i + len - 1].span.slice(utf8).ends_with("\xD8\xA9")) {  // ة
        return false;
      }
      // «الشرق الأوسط»، (العربي): a medium's name between quotes or brackets; the credit of a
      // dateline (الدوحة - الراية :) too.
      const bool media = media_entry[name.entry] == 1;
      // (also a news agency's: المنامة - بنا :)
      const bool dateline = media_entry[name.entry] != 0 && !stripped && dateline_credit(i, len);
      if (name.quoted_only && !(media && !stripped && quoted_at(t, i, len)) && !dateline) {
        return false;
      }
      // وقالت ميتا after شركة ميتا: a name without its descriptor once the body is named in full
      if (name.after_full_only &&
          std::find(named.begin(), named.end(), std::int64_t{name.entry}) == named.end()) {
        return false;
      }
      if (name.latin_acronym) {
        // Africa CDC, China Daily: an acronym after another Latin word is part of a longer
        // Latin name, another body.
        if (i > 0 && tokens[i - 1].kind == TokenKind::kLatinWord) return false;
        // UN, WHO, JeM, Nato: not the English word "who" or the French "un".
        const std::string_view surface = tokens[i].span.slice(utf8);
        std::size_t upper = 0, lower = 0;
        for (char ch : surface) {
          upper += is_upper(ch);
          lower += is_lower(ch);
        }
        const bool capitalized = !surface.empty() && is_upper(surface[0]) && upper + lower >= 4;
        if (!(upper >= 2 && upper >= lower) && !capitalized) return false;
      }
      if (len == 1 && stripped && x.arabic && x.conjunction && (x.preposition || x.future) &&
          !name.arabic_acronym && t.match_key(tokens[i]).size() <= 6) {
        // فلكيا is an adverb, not ف + ل + كيا: two proclitics before a name of three letters
        // or fewer are more often a reading of an unknown word.
        return false;
      }
      // A short name that reads as a proclitic and a word (ومع = و + مع, وفا, بترا); a long one
      // (فولكسفاغن) does not, nor the transliterated name of a foreign body (بوينج، بيبسي),
      // which is no Arabic word.
      const bool reads_as_clitic = !stripped && (x.conjunction || x.preposition || x.future) &&
                                   t.normalized(tokens[i]).size() <= 10 &&
                                   !foreign_entry[name.entry];
      if (len == 1 && x.arabic && ((info->roles & internal::kCommonWord) || reads_as_clitic)) {
        // ومع (و + مع), أفاد (a verb), الجزيرة (an island): a name only in a credit, (ومع),
        // after وكالة, or after a reporter's title (مراسل الجزيرة، موفد العربية).
        // (also between slashes: / وام /)
        const bool credit = (i > 0 && ((is(i - 1, "(") && is(i + 1, ")")) ||
                                       (is(i - 1, "/") && is(i + 1, "/")))) ||
                            dateline;
        const bool agency = i > 0 && t.match_key(tokens[i - 1]) == "وكاله";
        const bool reporter = i > 0 && f[i - 1].key != nullptr &&
                              (f[i - 1].key->roles & internal::kReporter) != 0 && !x.conjunction;
        const bool quoted = media && !stripped && quoted_at(t, i, len);
        const bool spoken = media && stripped && x.preposition == 'l' && !x.conjunction &&
                            spoken_to(t, f, i);
        if (!credit && !agency && !reporter && !quoted && !spoken) return false;
      }
      best.first = static_cast<std::uint32_t>(i);
      best.last = static_cast<std::uint32_t>(i + len - 1);
      best.begin = stripped ? x.start : tokens[i].span.begin;
      best.end = tokens[i + len - 1].span.end;
      best.source = OrganizationSource::kGazetteer;
      best.entry = name.entry;
      best.arm = false;
      // حماس is a movement and a noun (enthusiasm). After ب (يتحدثون بحماس كبير) or before a
      // definite genitive (زاد حماس اللاعبين) the noun is the likely reading; such a mention
      // stays only when the document names the body in another way (see run).
      best.noun_shape = false;
      if (len == 1 && x.arabic && (info->roles & internal::kNounSense) != 0) {
        const std::size_t j = i + 1;
        const bool genitive =
            j < n && f[j].arabic && f[j].definite && !f[j].sentence_start &&
            f[j].conjunction == 0 && f[j].preposition == 0 &&
            !(f[j].key != nullptr &&
              (f[j].key->roles & (internal::kStop | internal::kNationality |
                                  internal::kAdjective | internal::kGenericAdjective)) != 0) &&
            // حماس الحاكمة، حماس الفلسطينية: a feminine adjective agrees with the movement
            !tokens[j].span.slice(utf8).ends_with("\xD8\xA9");
        best.noun_shape = (stripped && x.preposition == 'b') || genitive;
      }
      // أوريدو تونس، أورنج الأردن: a company's name before a country's (no proclitic on it) is
      // the company's arm there, a body of its own. (Not a short name that is also a word:
      // إعادة إعمار اليمن، علم مصر.)
      const std::size_t after = i + len;
      const bool local_arm = company_entry[name.entry] && !name.after_full_only &&
                             (info->roles & internal::kCommonWord) == 0 && after < n &&
                             f[after].arabic && !f[after].sentence_start &&
                             f[after].start == tokens[after].span.begin &&
                             places.countries.contains(t.normalized(tokens[after]));
      if (local_arm) {
        best.last = static_cast<std::uint32_t>(after);
        best.end = tokens[after].span.end;
        best.source = OrganizationSource::kPattern;
        best.entry = -1;
        best.arm = true;
      }
      found = true;
      return true;
    };
    // stripped: matched on match_key, which dropped proclitics (and enclitics) of the token.
    auto attempt = [&](const WordInfo* info, bool stripped) {
      if (info == nullptr || info->names == nullptr) return;
      if (stripped && x.pronoun) return;  // حزبه is not حزب
      const std::string_view second = i + 1 < n ? t.normalized(tokens[i + 1]) : std::string_view();
      const auto candidates = internal::Gazetteer::candidates(*info->names, second);
      // Longest first in each group, and every name of `several` is longer than the single ones.
      for (std::uint32_t id : candidates.several) {
        if (matches(info, stripped, id)) return;
      }
      for (std::uint32_t id : candidates.single) {
        if (matches(info, stripped, id)) return;
      }
    };
    attempt(x.norm, false);
    if (x.key != x.norm) attempt(x.key, true);
    if (x.construct != nullptr) attempt(x.construct, true);
    // Whether an adjective follows at j: فريق الهلال الأحمر، نادي الطلبة السعوديين are other
    // bodies, and a club the gazetteer lists with its nationality was matched in full above.
    auto described = [&](std::size_t j) {
      if (j >= n || !f[j].arabic || !f[j].definite || f[j].sentence_start ||
          f[j].start != tokens[j].span.begin) {
        return false;
      }
      const std::uint32_t roles = f[j].key ? f[j].key->roles : 0;
      // فريق الشباب السعودي: the club's own nationality, left out of the mention; فريق الهلال
      // الكروي الأول: the team's.
      if (roles & (internal::kNationality | internal::kTeamAdjective)) return false;
      return adjective_like(t.match_key(tokens[j]), roles);
    };
    // A club's short name right after a sports word (فريق الجزيرة، لاعب الأهلي): which club
    // is settled in run(), by the document's other mentions.
    // Also one joined by و to a club just found (ناديي النصر والاتحاد، فوز الهلال والأهلي).
    // The short name as its match key, or as the whole word when the segmenter read a
    // proclitic or a pronoun into a foreign name (بريمن as ب + ريمن, سندرلاند as س + ندرلاند).
    const bool club_key = x.key != nullptr && (x.key->roles & kClubName) != 0 && !x.pronoun;
    const bool club_word = !club_key && x.norm != nullptr && (x.norm->roles & kClubName) != 0;
    // (a cue with a pronoun too, in a text about sport: ضيفه النصر، ناديه الاتحاد، غريمه
    // الهلال; but not نظيره, whose counterpart is as often a minister's or a federation's:
    // نظيره المصري، نظيره الاتحاد الإنجليزي)
    const bool after_cue =
        (club_key || club_word) && i > 0 && (club_word || x.start == tokens[i].span.begin) &&
        (cue_roles(t, i - 1) & internal::kClubCue) != 0 &&
        (!f[i - 1].pronoun ||
         (sports_text() && t.match_key(tokens[i - 1]) != "\xD9\x86\xD8\xB8\xD9\x8A\xD8\xB1"));  // نظير
    // التعادل أمام الفيحاء، الفوز على الريان: a sports word with the article before على/مع/أمام/ضد
    const auto definite_cue = [&](std::size_t j) {
      if (!f[j].arabic || !f[j].article) return false;  // (also بالتعادل أمام)
      const std::string_view key = t.match_key(tokens[j]);
      const auto it = cue_words.find(key.substr(4));  // without ال
      return it != cue_words.end() && (it->second & internal::kClubCue) != 0;
    };
    const bool club_before = !out.empty() && (out.back().clubs != nullptr ||
                                              (out.back().entry >= 0 && club_entry[out.back().entry]));
    // فاز أربيل على دهوك، تعادل القادسية مع العربي، مباراته أمام الوداد: a club met by one just
    // found, or after a sports word and على/مع/أمام/ضد, in a sports text
    const auto versus = [&] {
      return i >= 2 && (is(i - 1, "علي") || is(i - 1, "مع") || is(i - 1, "امام") ||
                        is(i - 1, "ضد"));
    };
    const bool beaten =
        (club_key || club_word) && versus() && (club_word || (!x.conjunction && !x.preposition)) &&
        ((club_before && out.back().last + 2 == i) ||
         (f[i - 2].arabic && (cue_roles(t, i - 2) & internal::kClubCue) != 0) ||
         definite_cue(i - 2)) &&
        sports_text();
    // حسم السد اللقب، سقط النصر في فخ التعادل: a verb of a match's result right before the
    // short name, in a text about sport (role club_verb of pattern_words.tsv)
    const bool after_verb = (club_key || club_word) && i > 0 && f[i - 1].arabic &&
                            !f[i - 1].pronoun && (club_word || x.start == tokens[i].span.begin) &&
                            club_verbs.contains(t.match_key(tokens[i - 1])) && sports_text();
    const bool after_club = (x.conjunction == 'w' && !x.preposition && !x.future && club_before &&
                             out.back().last + 1 == i) ||
                            beaten;
    // بين النصر والهلال: two clubs' short names joined by و name each other's club (not two
    // nationalities, الأمن القومي المصري والعربي).
    const auto nationality = [&](std::size_t j) {
      return f[j].key != nullptr && (f[j].key->roles & internal::kNationality) != 0;
    };
    // Only in a text about sport (a club cue somewhere in it): الحزم والتعاون are also
    // "firmness and cooperation".
    const bool before_club = i + 1 < n && f[i + 1].conjunction == 'w' && !f[i + 1].preposition &&
                             !f[i + 1].sentence_start &&
                             ((f[i + 1].key != nullptr && (f[i + 1].key->roles & kClubName) != 0) ||
                              (f[i + 1].norm != nullptr && (f[i + 1].norm->roles & kClubName) != 0)) &&
                             !x.conjunction &&
                             x.start == tokens[i].span.begin && !described(i + 2) &&
                             !nationality(i) && !nationality(i + 1) && sports_text();
    if (!found && i > 0 && x.arabic && (club_key || club_word) && !x.sentence_start &&
        (after_cue || after_club || before_club || after_verb) && !described(i + 1)) {
      best.first = best.last = static_cast<std::uint32_t>(i);
      best.begin = club_word ? tokens[i].span.begin : x.start;
      best.end = tokens[i].span.end;
      best.source = OrganizationSource::kGazetteer;
      best.clubs = &club_names.find(club_word ? t.normalized(tokens[i]) : t.match_key(tokens[i]))
                        ->second;
      best.entry = best.clubs->front();
      found = true;
    }
    if (found) {
      out.push_back(best);
      if (best.entry >= 0 && best.clubs == nullptr) named.push_back(best.entry);
    }
  }
}

// أمريكية، دوليين: a nisba that is no place name (أبوظبي، دبي end in ي too).
bool ends_like_nisba(std::string_view w) {
  return w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون");
}

// The first adjective of a definite head agrees with it: feminine with feminine (الجمعية العامة),
// masculine with masculine (المجلس الأعلى), never plural (الحزب الباكستانيين is two phrases).
bool agrees(std::string_view head, std::string_view adjective) {
  if (adjective.ends_with("ين") || adjective.ends_with("ون")) return false;
  return head.ends_with("ه") == adjective.ends_with("ه");
}

void OrganizationExtractor::Impl::pattern_candidates(std::string_view utf8,
                                                     const TokenizedText& t,
                                                     const std::vector<TokenFacts>& f,
                                                     const std::vector<char>& gazetteer_start,
                                                     std::vector<Candidate>& out) const {
  using internal::kDemonstrative, internal::kHead, internal::kStop, internal::kTreaty,
      internal::kTimeNoun, internal::kGenericAdjective, internal::kLink, internal::kWeakHead,
      internal::kConstruct, internal::kDative, internal::kHonorific, internal::kHeadPlural,
      internal::kNationality;
  const auto& tokens = t.tokens();
  const std::size_t n = tokens.size();
  auto roles = [&](std::size_t j) -> std::uint32_t { return f[j].key ? f[j].key->roles : 0; };
  // A ل phrase of the name: the word after ل is listed (للأمم، لمكافحة، لشؤون) or a plural head
  // (لنقابات), or, right after the adjectives of a definite head, any definite word that
  // addresses no one (الوكالة الوطنية للتنسيق).
  auto is_link = [&](std::size_t j, bool after_adjective) {
    if (j >= n || !f[j].arabic || f[j].preposition != 'l' || f[j].conjunction || f[j].pronoun ||
        f[j].sentence_start) {
      return false;
    }
    const std::uint32_t r = roles(j);
    if (r & (kLink | kConstruct | kHeadPlural)) return true;  // … لنقابات العمال
    if (!after_adjective || (r & (kDative | kStop | kTreaty | kHead)) != 0) return false;
    if (f[j].article) return true;
    // المركز الوطني لزراعة الأعضاء: a verbal noun with its definite genitive. Not a verb after
    // ل (ليتم، لتعزز): no ي first, and a word in ت only as تفعيل or in ة (لتعزيز، لتنمية).
    std::size_t k = j + 1;
    // (a construct noun may come between: الهيئة القومية لضمان جودة التعليم)
    if (k + 1 < n && f[k].arabic && !f[k].definite && !f[k].conjunction && !f[k].preposition &&
        !f[k].pronoun && !f[k].sentence_start && (roles(k) & kConstruct) != 0 &&
        (roles(k) & kHead) == 0 && !gazetteer_start[j]) {
      ++k;
    }
    if (k >= n || !f[k].arabic || !f[k].definite || f[k].sentence_start || f[k].conjunction ||
        f[k].preposition || f[k].pronoun) {
      return false;
    }
    const std::string_view w = t.match_key(tokens[j]);
    if (w.size() < 6 || w.starts_with("ي")) return false;
    if (w.starts_with("ت")) {
      return w.ends_with("ه") || w.substr(w.size() - 4, 2) == "ي";
    }
    return true;
  };
  // A person's name after an honorific: one word, and بن/بنت/آل/عبد with the word after them.
  auto name_end = [&](std::size_t j) {
    auto plain = [&](std::size_t k) {
      // (no test of enclitics: عبدالله is segmented as if it ended in the pronoun ه)
      return k < n && f[k].arabic && !f[k].definite && !f[k].conjunction && !f[k].preposition &&
             !f[k].sentence_start &&
             (roles(k) & (kStop | kTreaty | kHead | kDemonstrative)) == 0;
    };
    if (!plain(j)) return j;
    std::size_t k = j + 1;
    // عبد الله، عبد العزيز written apart: one name
    if (t.normalized(tokens[j]) == "عبد" && k < n && f[k].arabic && f[k].definite &&
        !f[k].sentence_start && !f[k].conjunction && !f[k].preposition) {
      ++k;
    }
    while (k + 1 < n && f[k].arabic && !f[k].sentence_start) {
      const std::string_view w = t.normalized(tokens[k]);
      if (w != "بن" && w != "ابن" && w != "بنت" && w != "ال" && w != "عبد") break;
      if (!plain(k + 1) && !(w == "عبد" && f[k + 1].definite)) break;
      k += 2;
    }
    return k;
  };
  // The end of a run of indefinite words from j that are no known nouns, before `limit`: a
  // transliterated name. It may look segmented (فولفو as ف + ولفو): its proclitics are not
  // tested, but nisba adjectives (شركة أمريكية) are no names.
  // The words of a known place at token j: 2 for a place of two words (الدار البيضاء، رأس
  // الخيمة), 1 for one, 0 for none.
  // (`first`: token j as read, whole or without its proclitics)
  auto place_words_from = [&](std::size_t j, std::string_view first) -> std::size_t {
    if (j + 1 < n && f[j + 1].arabic && !f[j + 1].conjunction && !f[j + 1].preposition &&
        !f[j + 1].sentence_start &&
        std::find(places.two_word_firsts.begin(), places.two_word_firsts.end(), first) !=
            places.two_word_firsts.end()) {
      std::string two(first);
      two += ' ';
      two += t.normalized(tokens[j + 1]);
      if (places.all.contains(two)) return 2;
    }
    return places.all.contains(first) ? 1 : 0;
  };
  auto place_words = [&](std::size_t j) -> std::size_t {
    if (j >= n || !f[j].arabic) return 0;
    return place_words_from(j, t.normalized(tokens[j]));
  };
  // Whether token k is a listed adjective (العليا، الكبرى) right after the word before it.
  auto listed_adjective_at = [&](std::size_t k) {
    return k < n && f[k].arabic && f[k].definite && !f[k].conjunction && !f[k].preposition &&
           !f[k].pronoun && !f[k].sentence_start &&
           (roles(k) & internal::kAdjective) != 0 &&
           (roles(k) & (kGenericAdjective | kNationality | kStop)) == 0;
  };
  // The last token of a seat at token k, ب and a known place (بتونس، بالدار البيضاء) or ب, a
  // place noun and a known place (بمحافظة الزرقاء, بولاية نابل); `none` when there is none.
  auto seat_end = [&](std::size_t k, std::size_t none) -> std::size_t {
    if (k >= n || !f[k].arabic || f[k].preposition != 'b' || f[k].conjunction || f[k].pronoun ||
        f[k].sentence_start) {
      return none;
    }
    if (const std::size_t words = place_words_from(k, t.match_key(tokens[k]))) {
      return k + words - 1;
    }
    if ((cue_roles(t, k) & internal::kPlaceNoun) != 0) {
      if (const std::size_t words = place_words(k + 1)) return k + words;
    }
    return none;
  };
  // (A known place inside the run ends it, though it may be its last word: شركة تنمية نفط عمان
  // اكتشافا جديدا للغاز is no name of five unknown words, أجاكس أمستردام الهولندي is one.)
  auto unknown_run_end = [&](std::size_t j, std::size_t limit) {
    std::size_t k = j;
    while (k < n && k < limit && f[k].arabic && !f[k].definite && !f[k].sentence_start &&
           (roles(k) & (kStop | kTreaty | kHead)) == 0 &&
           (f[k].norm == nullptr || (f[k].norm->roles & (kStop | kTreaty | kHead)) == 0) &&
           !ends_like_nisba(t.normalized(tokens[k]))) {
      ++k;
    }
    for (std::size_t p = j + 1; p + 1 < k; ++p) {
      if (places.all.contains(t.normalized(tokens[p]))) return p;
    }
    return k;
  };
  // A body's nationality at k, after its name (نادي أندرليخت البلجيكي).
  auto nationality_at = [&](std::size_t k) {
    return k < n && f[k].article && !f[k].conjunction && !f[k].preposition && !f[k].pronoun &&
           !f[k].sentence_start && (roles(k) & kNationality) != 0;
  };
  auto known_name_in = [&](std::size_t from, std::size_t to) {
    return from < to && std::any_of(gazetteer_start.begin() + static_cast<std::ptrdiff_t>(from),
                                    gazetteer_start.begin() + static_cast<std::ptrdiff_t>(to),
                                    [](char c) { return c != 0; });
  };
  auto add = [&](Candidate c) {
    // شارع وزارة الداخلية: a place named after a body
    if (c.first > 0 && f[c.first - 1].arabic && !f[c.first - 1].pronoun &&
        (cue_roles(t, c.first - 1) & internal::kPlaceNoun) != 0) {
      return;
    }
    const std::string key = search_key(t, c);
    // مركز التجارة العالمي; هيئة التدريس والموظفين: a listed phrase, alone or before و (but
    // المركز الثقافي الإيطالي is a body)
    bool listed = not_organizations.contains(key);
    for (std::size_t space = key.find(' '); !listed && space != std::string::npos;
         space = key.find(' ', space + 1)) {
      listed = std::string_view(key).substr(space + 1).starts_with("\xD9\x88") &&
               not_organizations.contains(std::string_view(key).substr(0, space));
    }
    if (listed) return;
    const std::int64_t entry = gazetteer.entry_of(key);
    if (entry >= 0) {
      c.source = OrganizationSource::kGazetteer;
      c.entry = entry;
    }
    out.push_back(c);
  };
  // A name over tokens [first, end) without the word before it (a descriptor, a quote).
  auto add_name = [&](std::size_t first, std::size_t end) {
    Candidate c;
    c.first = static_cast<std::uint32_t>(first);
    c.last = static_cast<std::uint32_t>(end - 1);
    c.begin = tokens[first].span.begin;
    c.end = tokens[end - 1].span.end;
    c.source = OrganizationSource::kPattern;
    add(c);
  };
  // شركة «تيراداتا»، جمعية «إبصار» الخيرية، فريق "سفراء التطوع": an indefinite head or
  // descriptor right before a short quoted name names the body by it; the mention is the name.
  // (Not after a definite head: قالت الوزارة "..." quotes what it said; nor after وزارة, whose
  // quoted complement is its portfolio, وزارة "العمل".) Returns whether added.
  auto quoted_name = [&](std::size_t i) {
    const auto quote = [&](std::size_t j) { return j < n && t.normalized(tokens[j]) == "\""; };
    // (not after وزارة, whose quoted word is its portfolio, nor after a head of strength link:
    // إدارة «كمبينسكي» is the hotel's management)
    if (f[i].article || !quote(i + 1) || t.match_key(tokens[i]) == "وزاره" ||
        (f[i].key != nullptr && f[i].key->link_head)) {
      return false;
    }
    std::size_t k = i + 2;
    for (; k < n && k < i + 7 && !quote(k); ++k) {
      const TokenKind kind = tokens[k].kind;
      if (f[k].sentence_start || (kind != TokenKind::kArabicWord && kind != TokenKind::kLatinWord &&
                                  kind != TokenKind::kAlphanumeric)) {
        return false;
      }
    }
    if (k == i + 2 || !quote(k) || known_name_in(i + 2, k)) return false;
    add_name(i + 2, k);
    return true;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const TokenFacts& x = f[i];
    if (!x.arabic || x.pronoun || x.future) continue;
    if (i > 0 && (roles(i - 1) & kDemonstrative) && !x.conjunction) continue;  // هذه الهيئة
    if ((roles(i) & (kHead | internal::kDescriptor | internal::kMediaDescriptor)) != 0 &&
        quoted_name(i)) {
      continue;
    }
    if ((roles(i) & internal::kMediaDescriptor) != 0 && !x.article) {
      // جريدة الوفاق، صحيفة الحياة اللندنية: a definite word right after an indefinite media
      // descriptor is the medium's name (a known one is the gazetteer's), when it is no
      // adjective and no second noun follows it (مجلة العلوم الإنسانية is left alone).
      const std::size_t j = i + 1;
      const auto plain_definite = [&](std::size_t k) {
        return k < n && f[k].arabic && f[k].definite && !f[k].sentence_start &&
               !f[k].conjunction && !f[k].preposition && !f[k].pronoun &&
               f[k].start == tokens[k].span.begin;
      };
      if (plain_definite(j) && !gazetteer_start[j] &&
          (roles(j) & (kStop | kHead | kNationality | kTreaty | kGenericAdjective |
                       kDemonstrative | kTimeNoun)) == 0 &&
          !adjective_like(t.match_key(tokens[j]), roles(j)) &&
          !(plain_definite(j + 1) && !adjective_like(t.match_key(tokens[j + 1]), roles(j + 1)) &&
            (roles(j + 1) & kNationality) == 0)) {
        // An adjective after it is the name's (مجلة العلوم الإنسانية), a nationality is not.
        const bool adjective = plain_definite(j + 1) && (roles(j + 1) & kNationality) == 0 &&
                               (roles(j + 1) & (kStop | kGenericAdjective)) == 0;
        // قناة النيل للأخبار، قناة الحياة للدراما: a definite ل phrase names the channel's line
        // (not one that addresses someone: قالت صحيفة الأخبار للصحفيين; nor after a place:
        // قناة السويس للتنفيذ is the canal)
        const std::size_t k = j + 1;
        const bool line = !adjective && k < n && f[k].arabic && f[k].preposition == 'l' &&
                          !places.all.contains(t.normalized(tokens[j])) &&
                          f[k].definite && !f[k].conjunction && !f[k].pronoun &&
                          !f[k].sentence_start && (roles(k) & (internal::kDative | kStop)) == 0;
        add_name(j, adjective ? j + 2 : line ? j + 2 : j + 1);
      }
      continue;
    }
    const bool link_head = x.key != nullptr && x.key->link_head;
    if ((roles(i) & kHead) == 0 && !link_head) {
      // فريق إشبيلية الإسباني، منصة نتفليكس الأمريكية: a descriptor that is no head names a body
      // only before a transliterated name and the body's nationality, and stays out of the
      // mention. A known name there is found by the gazetteer.
      if ((roles(i) & internal::kDescriptor) == 0) continue;
      const std::size_t k = unknown_run_end(i + 1, i + kMaxPatternTokens - 1);
      if (k == i + 1 || k - (i + 1) > 3 || !nationality_at(k) || known_name_in(i + 1, k)) continue;
      add_name(i + 1, k);
      continue;
    }
    const bool head_definite = x.article;
    const bool place_head = (cue_roles(t, i) & internal::kPlaceHead) != 0;
    // وكيل وزارة الخارجية للشؤون القنصلية: after a deputy's title the ل phrase is the deputy's
    // portfolio, not part of the body's name.
    const bool after_deputy = i > 0 && (cue_roles(t, i - 1) & internal::kDeputy) != 0;
    // seen_definite: a definite complement was read, so only adjectives, ل phrases and و + a
    // definite word may follow. pending: a ل phrase without article waits for its complement.
    bool seen_definite = head_definite, specific = false, pending = false, has_link = false;
    bool pending_after_known = false;  // the pending ل phrase follows a name the gazetteer knows
    std::size_t construct = 0, complements = 0, plain_complements = 0, proper = 0;
    std::size_t place_constructs = 0;  // مدينة، ولاية (role place_noun): no name of their own
    bool function_construct = false;   // مكافحة، حماية (role link): a function, a name's part
    std::size_t last_good = 0;
    bool after_adjective = false;  // the last word read was an adjective of a definite head
    bool after_place = false;      // a place ended the genitive (بنك دبي الإسلامي)
    std::size_t last_specific = 0;  // last_good before trailing generic adjectives
    std::size_t plain_at_specific = 0;  // plain_complements up to last_specific
    // A definite complement read at token k (a governed object, a place ending a ل phrase).
    auto read_definite = [&](std::size_t k) {
      last_good = k;
      last_specific = k;
      plain_at_specific = plain_complements;
      seen_definite = true;
      specific = true;
      after_adjective = false;
      ++complements;
    };
    for (std::size_t j = i + 1; j < n && j - i < kMaxPatternTokens; ++j) {
      const TokenFacts& y = f[j];
      if (!y.arabic || y.sentence_start || y.future || y.pronoun) break;
      // هيئة الفصل في المنازعات، لجنة الإشراف على الانتخابات: a preposition that the verbal noun
      // just read governs, with its definite object, belongs to the name.
      if (last_good + 1 == j && (complements > 0 || has_link) && !pending && !y.conjunction &&
          (cue_roles(t, j - 1) & internal::kGoverns) != 0) {
        // (An attached ب is left out: التحقيق governs في, and لجنة التحقيق بالدخول is no name.)
        const std::size_t object = j + 1;
        if (!y.preposition && (cue_roles(t, j) & internal::kGovernedPreposition) != 0 &&
            object < n && f[object].arabic && f[object].definite && !f[object].sentence_start &&
            !f[object].pronoun && !f[object].conjunction && !f[object].preposition &&
            (roles(object) & (kStop | kTreaty | kHead)) == 0) {
          read_definite(object);
          j = object;
          continue;
        }
      }
      const std::uint32_t r = roles(j);
      if (r & (kStop | kTreaty | kDemonstrative)) break;
      if (y.conjunction && (r & internal::kAndStop)) break;  // وزارة الداخلية والجهات المعنية
      if (r & kTimeNoun) {
        // العام الماضي، العام 2024: a date, not الأمين العام.
        const bool date = j + 1 < n && (tokens[j + 1].kind == TokenKind::kNumber ||
                                        tokens[j + 1].kind == TokenKind::kNumberSequence ||
                                        (roles(j + 1) & kStop));
        if (date) break;
      }
      const std::string_view key = t.match_key(tokens[j]);
      // Nothing read after an indefinite head yet: a proper name may follow.
      const bool bare_head =
          complements == 0 && construct == 0 && proper == 0 && !head_definite && !pending;
      if (y.conjunction) {
        // منظمة الأمن والتعاون: و with a definite word that is no head of its own.
        // Not when the word opens another known name (الاتحاد القاري والفيفا).
        // After an adjective only another adjective: النادي الأهلي والمنتخب are two phrases;
        // but in a ل phrase a noun too (المعهد العالي للعلوم التطبيقية والتكنولوجيا), unless a
        // nationality ended the name (لسلامة النقل الأمريكي والفريق الماليزي) or the noun opens
        // a body of its own with an adjective such as العامة (والإدارة العامة للتعليم).
        const auto noun_in_link = [&] {
          // (not a plural of persons, nor a word that addresses someone: … والمزارعون، والطلاب)
          return has_link && (roles(j - 1) & kNationality) == 0 &&
                 !plural_ending(key) && (r & internal::kDative) == 0 &&
                 !(j + 1 < n && f[j + 1].arabic && !f[j + 1].conjunction &&
                   !f[j + 1].preposition && (roles(j + 1) & internal::kAdjective) != 0);
        };
        if (y.conjunction == 'w' && !y.preposition && y.article && complements > 0 && !pending &&
            (r & kHead) == 0 && !gazetteer_start[j] &&
            (!after_adjective || adjective_like(t.match_key(tokens[j]), r) || noun_in_link())) {
          last_good = j;
          last_specific = j;
          plain_at_specific = plain_complements;
          after_adjective = false;
          ++complements;
          continue;
        }
        // الهيئة العامة للأرصاد وحماية البيئة: after a ل phrase, و with a noun of the ل list
        // and its definite genitive, where the name ends (not ورعاية البرنامج الوطني, a new
        // phrase; not وعلماء الأزهر after a name without a ل phrase)
        const std::size_t g = j + 1;
        const auto ends_after = [&](std::size_t k) {
          return k >= n || !f[k].arabic || f[k].sentence_start || !f[k].definite ||
                 f[k].conjunction || f[k].preposition || (roles(k) & kStop) != 0;
        };
        // (so after a function's construct noun: جهاز تنظيم مرفق الكهرباء وحماية المستهلك)
        if (y.conjunction == 'w' && !y.preposition && !y.article && (r & kLink) != 0 &&
            (r & kHead) == 0 && (has_link || function_construct) && complements > 0 &&
            !pending && !after_adjective &&
            g < n && f[g].arabic && f[g].definite && !f[g].sentence_start &&
            !f[g].conjunction && !f[g].preposition && !f[g].pronoun &&
            (roles(g) & (kStop | kHead | kTreaty)) == 0 && ends_after(g + 1)) {
          last_good = g;
          last_specific = g;
          plain_at_specific = plain_complements;
          ++complements;
          j = g;
          continue;
        }
        // غرفة تجارة وصناعة الشارقة: و joins two construct nouns before their genitive
        if (y.conjunction == 'w' && !y.preposition && !y.article && (r & kConstruct) != 0 &&
            (r & kHead) == 0 && construct > 0 && complements == 0 && !pending) {
          ++construct;
          continue;
        }
        if (!bare_head) break;  // else perhaps a name that only looks segmented (فولفو)
      } else if (y.preposition) {
        // للأمم المتحدة، لمكافحة الفساد: a ل phrase of the closed list belongs to the name.
        // (A verbal noun after a known name is mostly its purpose, not more of its name:
        // الاتحاد الأفريقي لرفع العقوبات، الحزب الديمقراطي لرئاسة الجمهورية.)
        const bool listed_link = y.article || (roles(j) & (kLink | kConstruct | kHeadPlural));
        const auto known_before = [&] {
          const Candidate read{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - 1)};
          return gazetteer.entry_of(search_key(t, read)) >= 0;
        };
        // (Nor is a second one, unlisted, after a ل phrase, unless a known place follows its
        // word: not المجلس الأعلى للتربية والتكوين لإبداء الرأي, المجلس الأعلى للقضاء التعازي
        // لخادم الحرمين; but الهيئة العامة للمنطقة الاقتصادية لقناة السويس.)
        // (after a place, not a verbal noun that governs في or على, a purpose: اعتزاز بنك
        // الرياض للمشاركة في المشروع; but هيئة الشارقة للكتاب، أعلنت هيئة الشارقة للكتاب عن)
        const auto governed_after = [&](std::size_t k) {
          if (k >= n || f[k].arabic == false) return false;
          const std::string_view w = t.match_key(tokens[k]);
          return internal::equals_literal(w, "في") || internal::equals_literal(w, "علي");
        };
        // (and only right after the place, not a plural, which mostly says whom the body serves:
        // بلدية الرياض للمستثمرين، هيئة دبي للطرق للسائقين)
        const bool place_link = after_place && !after_adjective && !has_link &&
                                last_good + 1 == j && !governed_after(j + 1) &&
                                !plural_ending(t.match_key(tokens[j]));
        // (nor, after a known name, a verbal noun of the shape تفعيل without the article: its
        // purpose, منظمة العمل الدولية لتشغيل اللاجئين، الاتحاد الأفريقي لتعزيز التعاون)
        if (!y.article && taf3il_shaped(t.match_key(tokens[j])) && known_before()) break;
        if (is_link(j, after_adjective || place_link) && (complements > 0 || proper > 0) &&
            !pending &&
            !after_deputy &&
            (listed_link || (!(has_link && place_words(j + 1) == 0) && !known_before()))) {
          // (A ل phrase without its article counts once its complement is read: المركز الوطني
          // لمكافحة followed by a stop word is no name.)
          has_link = has_link || y.article;
          proper = 0;
          after_adjective = false;
          if (y.article) {
            last_good = j;
            last_specific = j;
            plain_at_specific = plain_complements;
            specific = true;
            seen_definite = true;
          } else {
            pending = true;
            pending_after_known = known_before();
          }
          continue;
        }
        if (!bare_head) break;  // else perhaps a name that only looks segmented (بوينغ)
      } else if (proper > 0) {
        break;  // a proper name inside a name is only taken before a ل phrase
      } else if (y.definite && !head_definite && complements == 0 && !pending &&
                 place_head && place_words(j) != 0) {
        j += place_words(j) - 1;  // الدار البيضاء
        // غرفة تجارة الرياض، بلدية الدوحة: a place with the article, as one without it below
        seen_definite = true;
        specific = true;
        after_adjective = false;
        after_place = true;
        ++complements;
        plain_complements += construct > place_constructs ? 2 : 1;
        last_good = j;
        last_specific = j;
        plain_at_specific = plain_complements;
        continue;
      } else if (y.definite) {
        // (a word in يات right after the noun of a ل phrase, a feminine plural nisba: للنساء
        // الديمقراطيات; elsewhere mostly a noun, the verb's object: أعلنت وزارة الصحة الفلسطينية
        // الإحصائيات اليومية، إعطاء المجلس الصلاحيات)
        const bool adjective = adjective_like(key, r) ||
                               (has_link && f[j - 1].preposition == 'l' && key.size() >= 12 &&
                                key.ends_with("يات"));
        if (seen_definite && !pending && !adjective) break;
        // مجلس النواب المفوضية، الاتحاد الأردني لكرة القدم النادي: a head noun with the article
        // after a definite complement opens the next phrase (the verb's object), though it
        // looks like a nisba adjective.
        if (seen_definite && !pending && (r & kHead) != 0 && (r & internal::kAdjective) == 0) {
          break;
        }
        // (not after a ل phrase read since the place: محكمة لندن للتحكيم الدولي)
        if ((head_definite ? complements == 0 : after_place && !has_link && last_good + 1 == j) &&
            ((r & internal::kAdjective) == 0 || ends_like_nisba(key)) &&
            !agrees(t.match_key(tokens[i]), key)) {
          // listed adjectives (العليا، الكبرى) carry no ة; after a place the adjective is the
          // head's too: رئيس بلدية باريس الاشتراكي describes the mayor
          break;
        }
        // النيابة العامة المتهمين: a sound plural after a definite head's adjectives is the verb's
        // object, not a third word of the name (a plural head is no name).
        if (head_definite && after_adjective &&
            (r & (internal::kAdjective | kNationality)) == 0 &&
            (key.ends_with("ين") || key.ends_with("ون")) && !ends_like_nisba(key)) {
          break;
        }
        seen_definite = true;
        has_link = has_link || pending;
        pending = false;
        ++complements;
        ++plain_complements;
        // A head as complement is generic by itself (مجلس إدارة الشركة) unless words follow
        // (حزب التجمع الوطني); a definite head needs a specific adjective first (الحزب الحاكم).
        if ((r & (kGenericAdjective | kHead | kNationality)) == 0) {
          specific = true;
        } else if (head_definite && complements == 1 && (r & kNationality) == 0 &&
                   !((r & kGenericAdjective) != 0 && listed_adjective_at(j + 1))) {
          // (but a listed adjective after the generic one names it: المحكمة الإدارية العليا)
          break;
        } else if (head_definite && complements == 1 && (r & kNationality) != 0 &&
                   (roles(i) & internal::kNationalHead) != 0) {
          specific = true;  // الاتحاد الإنجليزي: the nation's federation
        }
        last_good = j;
        after_adjective = adjective && (head_definite || after_place);
        // (المعهد الوطني للصحة العمومية، بلدية إربد الكبرى: a generic adjective of the ل
        // phrase's noun or of a place names it)
        if ((r & kGenericAdjective) == 0 ||
            ((has_link || after_place) && complement_adjectives.contains(key))) {
          last_specific = j;
          plain_at_specific = plain_complements;
        }
        if ((r & kHonorific) && !head_definite && complements == 1) {
          // جامعة الملك فهد، مؤسسة الأمير سلطان بن عبدالعزيز
          const std::size_t end = name_end(j + 1);
          if (end == j + 1 || end - i > kMaxPatternTokens) break;
          last_good = end - 1;
          last_specific = last_good;
          // a title and a name are enough for a weak head too (مستشفى الملك فهد), and a ل
          // phrase may follow them as it follows an adjective (مركز الأمير سلطان لطب القلب)
          plain_complements = std::max<std::size_t>(plain_complements, 2);
          plain_at_specific = plain_complements;
          after_adjective = true;
          j = end - 1;
        }
        continue;
      }
      // الاتحاد العام لنقابات عمال مصر: a ل phrase without article reads construct nouns and
      // ends on a definite word or a known place
      if (pending && !y.conjunction) {
        if ((r & kConstruct) != 0) continue;
        // لمكافحة جرائم الأموال العامة: one more noun of the verbal noun's genitive chain, when
        // a definite word follows it (not a second verbal noun of the shape تفعيل, which opens a
        // purpose: غرفة الشرقية لدعم توطين الوظائف)
        const std::size_t g = j + 1;
        const std::string_view noun = t.match_key(tokens[j]);
        const bool taf3il = taf3il_shaped(noun);
        // (nor after a known name, whose ل phrase is its purpose: البنك الدولي لتمويل مشروعات
        // الصرف الصحي)
        if (!y.preposition && !y.definite && noun.size() >= 6 && !taf3il && !pending_after_known &&
            (r & (kHead | internal::kHeadPlural)) == 0 &&
            f[j - 1].preposition == 'l' && g < n && f[g].arabic && f[g].definite &&
            !f[g].sentence_start && !f[g].conjunction && !f[g].preposition && !f[g].pronoun &&
            (roles(g) & (kStop | kTreaty | kHead)) == 0) {
          continue;
        }
        if (places.all.contains(t.normalized(tokens[j]))) {
          has_link = true;
          pending = false;
          read_definite(j);
          continue;
        }
      }
      if (complements > 0 || head_definite || pending) break;
      // بلدية بيروت، جامعة قطر، محكمة استئناف طنجة: a known place after a head that takes one
      // (and its construct nouns) ends the genitive; adjectives and ل phrases may follow (بنك دبي
      // الإسلامي، هيئة دبي للطرق), as after a definite head's adjective. A weak head needs one
      // of them or a construct noun (مركز دبي التجاري، غرفة تجارة جدة; not مركز نزوى, a
      // district).
      // مستشفى عرعر المركزي، مستشفى عفيف العام: one word no list knows, right after a head that
      // takes a place and before a listed adjective (role adjective: العام، المركزي; a nisba may
      // follow a noun as well: مجلس إدارة النادي), is a place's name too.
      const auto unknown_place = [&] {
        const std::size_t a = j + 1;
        return construct == 0 && complements == 0 && unknown_run_end(j, j + 1) == j + 1 &&
               (r & (kConstruct | kLink)) == 0 && a < n && f[a].arabic && f[a].definite &&
               !f[a].sentence_start && !f[a].conjunction && !f[a].preposition &&
               !f[a].pronoun && (roles(a) & internal::kAdjective) != 0 &&
               (roles(a) & (kNationality | kStop | kGenericAdjective)) == 0;
      };
      if (!y.conjunction && place_head &&
          (place_words(j) != 0 || unknown_place())) {
        if (place_words(j) == 2) ++j;  // رأس الخيمة
        // مجلس جهة طنجة تطوان الحسيمة، جهة فاس مكناس: a region named by its cities, one after
        // the other with no proclitic
        while (j + 1 < n && f[j + 1].arabic && !f[j + 1].sentence_start &&
               f[j + 1].start == tokens[j + 1].span.begin && place_words(j + 1) != 0) {
          j += place_words(j + 1);
        }
        seen_definite = true;
        specific = true;
        after_adjective = true;
        after_place = true;
        ++complements;
        plain_complements += construct > place_constructs ? 2 : 1;  // غرفة تجارة جدة: two words after the head
        last_good = j;
        last_specific = j;
        plain_at_specific = plain_complements;
        continue;
      }
      // (also any noun between a head that takes a place and a known place: مجلس جماعة الدار
      // البيضاء، مجلس جهة الرباط)
      const bool before_place = construct == 0 && !y.definite && (r & kHead) == 0 &&
                                !gazetteer_start[j] &&  // (نادي ريال مدريد: the club's name)
                                place_head &&
                                place_words(j + 1) != 0;
      if (((r & (kConstruct | kLink)) || before_place) && construct < kMaxConstructNouns &&
          proper == 0 && !y.conjunction && !y.preposition) {
        // مدينة، محافظة (role place_noun) name a place, not one after a title: بمستشفى مدينة
        // الملك عبدالعزيز الطبية names the medical city, which the gazetteer knows
        if ((cue_roles(t, j) & internal::kPlaceNoun) != 0) {
          if (j + 1 < n && (roles(j + 1) & kHonorific) != 0) break;
          ++place_constructs;
        }
        ++construct;  // وزارة شؤون المرأة
        if ((r & kLink) != 0 && !gazetteer_start[j]) function_construct = true;
        continue;
      }
      // صندوق أبوظبي للتنمية، مؤسسة محمد بن راشد آل مكتوم للمعرفة: indefinite words that are no
      // known nouns, accepted only when a ل phrase of the list follows them.
      const std::size_t k = unknown_run_end(j, i + kMaxPatternTokens - 1);
      if (k > j && k - j <= 5 && is_link(k, false) && f[k].article) {
        proper = k - j;
        j = k - 1;
        continue;
      }
      // نادي أندرليخت البلجيكي، وكالة أنباء فارس الإيرانية: a body's nationality after them
      // makes them a name too. The nationality describes the body and stays out of the mention,
      // as it does after a known name (شركة نيسان اليابانية → شركة نيسان).
      // A known name inside them is the body itself (وكالة أنباء ريا نوفوستي → ريا نوفوستي); one
      // right after the head may be a place's or a club's name (جامعة شتوتغارت).
      // شركة فولتيكا (VOLTICA): so does an acronym in parentheses right after them.
      if ((k > j && k - j <= 3 && nationality_at(k) && !known_name_in(j + 1, k)) ||
          (k > j && k - j <= 4 && construct == 0 && defines_acronym(utf8, t, k))) {
        last_good = k - 1;
        last_specific = last_good;
        plain_complements = 2;
        plain_at_specific = 2;
        specific = true;
      }
      break;
    }
    if (last_good == 0 || !specific) continue;
    // لجنة المتابعة المعنية: a generic adjective at the end is no part of the name.
    if (last_specific > i && last_specific < last_good) {
      last_good = last_specific;
      plain_complements = plain_at_specific;
    }
    // المحكمة الابتدائية بتونس، هيئة المحامين بالرباط، مديرية التربية بمحافظة الزرقاء: a known
    // place after ب right after the name of a body that takes a place is its seat, and part of
    // its name (not after a name that ends in a place already, جامعة قطر بالدوحة, nor after a
    // nationality, which names the body, the place only saying where it is: السفارة السعودية
    // بعمان، المركز الثقافي الإيطالي بتونس).
    // (A known limit: a place where a body met reads as its seat too, مجلس الوزراء بالرياض.)
    bool seated = false;
    if (place_head && !after_place && (roles(last_good) & kNationality) == 0) {
      const std::size_t before_seat = last_good;
      last_good = seat_end(last_good + 1, last_good);
      seated = last_good != before_seat && seat_heads.contains(t.match_key(tokens[i]));
    }
    // المركز الأول، جهاز الكمبيوتر: a weak head needs more than one complement.
    // (a construct noun of the ل list names a function and counts as one: جهاز مكافحة الإرهاب،
    // جهاز حماية المستهلك; so does a seat: الغرفة التجارية بجدة)
    if ((roles(i) & kWeakHead) &&
        plain_complements + (function_construct ? 1 : 0) + (seated ? 1 : 0) < 2 && !has_link) {
      continue;
    }
    // إدارة النادي الأهلي is the club's management; الإدارة العامة للجمارك a body. Not with a
    // nationality or a participle right after it (الإدارة الأمريكية لطمأنة الحلفاء، الإدارة
    // المتأخرة للمشاريع), nor before a known name (الإدارة العامة لهيئة الهلال الأحمر: the
    // authority is the mention).
    if (link_head) {
      // (إدارة عامة للتعليم in each region: generic); without the article a function of the ل
      // list with its genitive names the body too: إدارة مكافحة المخدرات، إدارة حماية المستهلك
      // (a verbal noun in ة: not إدارة شؤون الدولة, the running of its affairs)
      const bool function_name = !x.article && function_construct && construct == 1 &&
                                 complements == 1 && !has_link &&
                                 t.match_key(tokens[i + 1]).ends_with("\xD9\x87");  // ه
      if (!(has_link && x.article) && !function_name) continue;
      const std::size_t a = i + 1;
      // (the adjective is one of the listed ones, العامة، الجهوية، المركزية: not الإدارة
      // الحقيقية للحكم, الإدارة الجماعية للدول)
      if (x.article && a <= last_good && (roles(a) & kNationality) == 0 &&
          (roles(a) & (internal::kAdjective | kGenericAdjective)) == 0 && !f[a].preposition) {
        continue;
      }
      if (x.article && a <= last_good && (roles(a) & kNationality) != 0) continue;
      bool known = false;
      for (std::size_t k = i + 1; k <= last_good && !known; ++k) known = gazetteer_start[k] != 0;
      if (known) continue;
    }
    Candidate c;
    c.first = static_cast<std::uint32_t>(i);
    c.last = static_cast<std::uint32_t>(last_good);
    c.begin = x.start;
    c.end = tokens[last_good].span.end;
    c.source = OrganizationSource::kPattern;
    c.has_link = has_link;
    add(c);
  }
}

std::string OrganizationExtractor::Impl::search_key(const TokenizedText& t,
                                                    const Candidate& c) const {
  const auto& tokens = t.tokens();
  std::string key(t.match_key(tokens[c.first]));
  for (std::uint32_t k = c.first + 1; k <= c.last; ++k) {
    key += ' ';
    key += t.normalized(tokens[k]);
  }
  return key;
}

std::string OrganizationExtractor::Impl::display_text(std::string_view utf8,
                                                      const TokenizedText& t,
                                                      const Candidate& c) const {
  const auto& tokens = t.tokens();
  std::string text;
  // للهيئة: the ل that stands for the article gets its alef back (الهيئة); للجنة: the article
  // that shares the word's ل (ل + اللجنة) is written back whole (اللجنة).
  for (const Segment& s : t.segments(tokens[c.first])) {
    if (s.role == SegmentRole::kArticle && s.span.begin == c.begin && s.span.size() == 2) {
      text = "ا";
    } else if (s.role == SegmentRole::kStem && s.span.begin == c.begin &&
               t.match_key(tokens[c.first]).starts_with("\xD8\xA7\xD9\x84\xD9\x84") &&  // الل
               t.view(s.normalized).starts_with("\xD9\x84") && c.last > c.first &&  // ل
               adjective_like(t.match_key(tokens[c.first + 1]),
                              find(t.match_key(tokens[c.first + 1])) != nullptr
                                  ? find(t.match_key(tokens[c.first + 1]))->roles
                                  : 0)) {
      // (an adjective follows: اللجنة الوطنية; a genitive would make a construct, لجنة التراث)
      text = "\xD8\xA7\xD9\x84";  // ال
    }
  }
  for (std::uint32_t k = c.first; k <= c.last; ++k) {
    const Span s = k == c.first ? Span{c.begin, tokens[k].span.end} : tokens[k].span;
    if (k != c.first && !tokens[k].joined) text += ' ';
    text += display.normalize_string(s.slice(utf8));
  }
  return text;
}

Organization OrganizationExtractor::Impl::make(std::string_view utf8, const TokenizedText& t,
                                               const Candidate& chosen) const {
  Candidate c = chosen;
  if (c.descriptor_before) {
    ++c.first;
    c.begin = t.tokens()[c.first].span.begin;
  }
  Organization o;
  o.span = Span{c.begin, c.end};
  if (c.entry >= 0 && c.last > c.first) {
    // صحيفة الحياة، حركة حماس: the common noun before the body's own name is no part of it.
    const auto& tokens = t.tokens();
    const WordInfo* first = find(t.match_key(tokens[c.first]));
    const std::uint32_t roles = first != nullptr ? first->roles : 0;
    bool outside = (roles & internal::kMediaDescriptor) != 0;
    // النادي الإفريقي، النادي المكناسي: a definite descriptor and its adjective that are the
    // club's own name, as the gazetteer writes it (not نادي الهلال, النادي الأهلي: الهلال،
    // الأهلي).
    const auto entry = static_cast<std::size_t>(c.entry);
    const bool club = club_entry[entry] != 0;
    const std::string_view first_key = t.match_key(tokens[c.first]);
    const bool descriptor_in_name = club && (roles & internal::kDescriptor) != 0 &&
                                    internal::starts_with_literal(first_key, "\xD8\xA7\xD9\x84") &&
                                    first_key == canonical_first_word[entry];
    if (!outside && (roles & internal::kDescriptor) != 0) {
      std::string rest;
      for (std::uint32_t k = c.first + 1; k <= c.last; ++k) {
        if (!rest.empty()) rest += ' ';
        rest += t.normalized(tokens[k]);
      }
      // A club is otherwise named by its own name (نادي الهلال → الهلال, a word with other
      // senses that is therefore no alias of its own).
      outside = !descriptor_in_name && (gazetteer.entry_of(rest) == c.entry || club);
    }
    if (outside) o.span.begin = tokens[c.first + 1].span.begin;
    // ليون الفرنسي، الأهلي المصري: a nationality after a club's name says where the club is from
    // and is no part of its name (as NER corpora mark it), though the gazetteer lists it with the
    // name to tell the club from a city or a word. Other bodies keep it: الجيش اللبناني is the
    // army's name, منظمة التحرير الفلسطينية the organization's.
    const Token& last = tokens[c.last];
    if (club && !descriptor_in_name && tokens[c.last - 1].span.end > o.span.begin &&
        (last.segment_count == 0 || t.segments(last)[0].role == SegmentRole::kArticle)) {
      const WordInfo* word = find(t.match_key(last));
      if (word != nullptr && (word->roles & internal::kNationality) != 0) {
        o.span.end = tokens[c.last - 1].span.end;
      }
    }
  }
  o.source = c.source;
  if (c.entry >= 0) {
    const internal::GazetteerEntry& e = gazetteer.entries()[static_cast<std::size_t>(c.entry)];
    o.canonical = e.canonical;
    o.acronym = e.acronym;
    o.id = e.id;
    o.type = e.type;
    if (e.country != "-") o.country = e.country;  // (-: any state's, the document's unknown)
  } else {
    o.canonical = display_text(utf8, t, c);
  }
  return o;
}

namespace {

struct Emitted {
  std::size_t org;  // index into the output
  std::string key;  // search-form words of the mention
};

// A pattern name that starts an earlier, longer name of the document is that organization
// (الجمعية العامة after الجمعية العامة للأمم المتحدة, وزارة الخارجية after وزارة الخارجية
// السعودية). Applies to the last emitted mention.
void same_as_longer_name(const std::vector<Emitted>& emitted, std::vector<Organization>& out) {
  Organization& o = out[emitted.back().org];
  const std::string& key = emitted.back().key;
  for (std::size_t p = emitted.size() - 1; p-- > 0;) {
    const std::string& longer = emitted[p].key;
    if (longer.size() > key.size() && longer.starts_with(key) && longer[key.size()] == ' ') {
      const Organization& full = out[emitted[p].org];
      o.canonical = full.canonical;
      o.acronym = full.acronym;
      o.id = full.id;
      o.type = full.type;
      o.country = full.country;
      return;
    }
  }
}

// Every mention of an organization outside the gazetteer gets the acronym the document gave it,
// also the mentions before the definition.
void share_acronyms(std::size_t base, std::vector<Organization>& out) {
  internal::StringMap<std::string> acronyms;
  for (std::size_t k = base; k < out.size(); ++k) {
    if (!out[k].acronym.empty() && out[k].id.empty()) {
      acronyms.try_emplace(out[k].canonical, out[k].acronym);
    }
  }
  if (acronyms.empty()) return;
  for (std::size_t k = base; k < out.size(); ++k) {
    if (!out[k].acronym.empty() || !out[k].id.empty()) continue;
    auto it = acronyms.find(out[k].canonical);
    if (it != acronyms.end()) out[k].acronym = it->second;
  }
}

}  // namespace

void OrganizationExtractor::Impl::run(std::string_view utf8, const TokenizedText& t,
                                      std::vector<Organization>& out) const {
  const auto& tokens = t.tokens();
  const std::size_t n = tokens.size();
  if (n == 0) return;
  std::vector<TokenFacts> f;
  facts(t, f);
  std::vector<Candidate> gaz, pat;
  gazetteer_candidates(utf8, t, f, gaz);
  std::vector<char> gazetteer_start(n, 0);
  for (const Candidate& g : gaz) gazetteer_start[g.first] = 1;
  pattern_candidates(utf8, t, f, gazetteer_start, pat);

  // شركة أرامكو، نادي الزمالك: a head that names the same kind of body joins the name after it.
  for (Candidate& g : gaz) {
    const std::size_t h = g.first;
    if (h == 0 || g.begin != tokens[h].span.begin || tokens[h].kind != TokenKind::kArabicWord) {
      continue;
    }
    const TokenFacts& p = f[h - 1];
    if (!p.arabic || p.pronoun || p.future || p.key == nullptr ||
        (p.key->roles & internal::kPrefixHead) == 0 || f[h].sentence_start) {
      continue;
    }
    if (h >= 2 && f[h - 2].key && (f[h - 2].key->roles & internal::kDemonstrative)) continue;
    g.first = static_cast<std::uint32_t>(h - 1);
    g.begin = p.start;
    // شركة فودافون مصر: the descriptor before a company's arm stays out of the mention, as
    // before the company (شركة أرامكو → أرامكو); the arm keeps the whole from other candidates.
    g.descriptor_before = g.arm && (p.key->roles & internal::kDescriptor) != 0;
  }
  // A gazetteer name wins over a pattern from the same token that only adds adjectives to it
  // (حزب الله اللبناني → حزب الله); a ل phrase makes another body (الجمعية العامة للأمم المتحدة).
  std::vector<Candidate> all = gaz;
  {
    std::size_t g = 0;
    for (const Candidate& p : pat) {
      while (g < gaz.size() && gaz[g].first < p.first) ++g;
      // ... unless the adjectives are two or more: مجلس الأمن القومي السعودي is no مجلس الأمن.
      // (The ل phrase must come after the known name: الاتحاد الدولي لكرة القدم السويسري is
      // FIFA and a Swiss president's nationality.)
      if (g < gaz.size() && gaz[g].first == p.first) {
        bool link_after = false;
        for (std::uint32_t k = gaz[g].last + 1; k <= p.last && !link_after; ++k) {
          link_after = f[k].preposition == 'l';
        }
        if (p.last <= gaz[g].last || (!(p.has_link && link_after) && p.last < gaz[g].last + 2)) {
          continue;
        }
      }
      all.push_back(p);
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
    if (a.size() != b.size()) return a.size() > b.size();
    if ((a.entry >= 0) != (b.entry >= 0)) return a.entry >= 0;
    return a.first < b.first;
  });
  std::vector<char> used(n, 0);
  std::vector<Candidate> chosen;
  for (const Candidate& c : all) {
    bool free = true;
    for (std::uint32_t k = c.first; k <= c.last && free; ++k) free = !used[k];
    if (!free) continue;
    for (std::uint32_t k = c.first; k <= c.last; ++k) used[k] = 1;
    chosen.push_back(c);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  // A name in the shape of its noun sense (بحماس كبير) stays only beside a mention of the same
  // body in another shape (حركة حماس، قالت حماس): an article that never names the movement
  // otherwise speaks of enthusiasm.
  if (std::any_of(chosen.begin(), chosen.end(), [](const Candidate& c) { return c.noun_shape; })) {
    std::vector<std::int64_t> plain;
    for (const Candidate& c : chosen) {
      if (!c.noun_shape && c.entry >= 0) plain.push_back(c.entry);
    }
    std::sort(plain.begin(), plain.end());
    std::erase_if(chosen, [&](const Candidate& c) {
      return c.noun_shape && !std::binary_search(plain.begin(), plain.end(), c.entry);
    });
  }
  // A club's short name is the club of that name that the document names in full (الأهلي
  // السعودي … فريق الأهلي), else one from the country of the other clubs it names (لاعبي
  // الأهلي beside الاتفاق and الهلال السعودي), else the first of its clubs.
  const auto& entries = gazetteer.entries();
  // The country most of the document's named bodies are from (not INT, not clubs' short names),
  // and how many name it; computed once, when first needed; empty when none or a tie.
  std::optional<std::pair<std::string_view, std::size_t>> usual;
  std::size_t named_in_countries = 0;  // the bodies of some country it counted
  auto usual_country = [&]() -> std::pair<std::string_view, std::size_t> {
    if (usual) return *usual;
    std::vector<std::string_view> all;
    for (const Candidate& c : chosen) {
      if (c.entry < 0 || c.clubs != nullptr) continue;
      const std::string_view country = entries[static_cast<std::size_t>(c.entry)].country;
      if (country != "INT" && country != "-") all.push_back(country);
    }
    // الكويت - كونا :، القاهرة (رويترز): a dateline's place counts as one more body of its
    // country (with one named body it settles the country; against one of another, a tie).
    if (tokens.size() > 1 && tokens[0].kind == TokenKind::kArabicWord &&
        tokens[1].kind == TokenKind::kPunctuation) {
      const std::string_view mark = t.normalized(tokens[1]);
      const auto place = places.country_of.find(t.normalized(tokens[0]));
      if (place != places.country_of.end() &&
          (mark == "-" || mark == "(" || mark == ":" || mark == "\xE2\x80\x93" ||
           mark == "\xE2\x80\x94")) {  // – —
        all.push_back(place->second);
      }
    }
    named_in_countries = all.size();
    std::sort(all.begin(), all.end());
    std::string_view best;
    std::size_t best_count = 0;
    bool tie = false;
    for (std::size_t k = 0; k < all.size();) {
      std::size_t e = k;
      while (e < all.size() && all[e] == all[k]) ++e;
      if (e - k > best_count) {
        best = all[k];
        best_count = e - k;
        tie = false;
      } else if (e - k == best_count) {
        tie = true;
      }
      k = e;
    }
    usual = tie ? std::pair<std::string_view, std::size_t>() : std::pair{best, best_count};
    return *usual;
  };
  // مجلس النواب، وزارة الداخلية، محكمة النقض: a national body named without its country is the
  // one of the country the document's other bodies are from, when two or more and two thirds of
  // them are and the gazetteer lists that country's body (مجلس النواب المصري).
  if (!national_names.empty()) {
    for (Candidate& c : chosen) {
      if (c.clubs != nullptr) continue;
      const auto it = national_names.find(search_key(t, c));
      if (it == national_names.end()) continue;
      const auto [country, count] = usual_country();
      if (country.empty() || count < 2 || 3 * count < 2 * named_in_countries) break;
      if (c.entry >= 0 && entries[static_cast<std::size_t>(c.entry)].country == country) continue;
      for (std::uint32_t body : it->second) {
        if (entries[body].country == country) {
          c.entry = body;
          c.source = OrganizationSource::kGazetteer;
          break;
        }
      }
    }
  }
  if (std::any_of(chosen.begin(), chosen.end(), [](const Candidate& c) { return c.clubs; })) {
    std::vector<std::int64_t> named;
    std::vector<std::string_view> countries;
    for (const Candidate& c : chosen) {
      if (c.entry < 0 || (c.clubs != nullptr && c.clubs->size() > 1)) continue;
      if (c.clubs == nullptr) named.push_back(c.entry);
      const auto entry = static_cast<std::size_t>(c.entry);
      if (club_entry[entry]) countries.push_back(entries[entry].country);
    }
    std::sort(named.begin(), named.end());
    std::sort(countries.begin(), countries.end());
    countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
    // A short name none of this settles takes, in a second pass, the country of the clubs the
    // other short names took (الأهلي beside الجزيرة الإماراتي، الكويت and التعاون, whose first
    // club is the Saudi one), else its first club.
    std::vector<Candidate*> unsettled;
    for (Candidate& c : chosen) {
      if (c.clubs == nullptr || c.clubs->size() < 2) continue;
      const auto full = std::find_if(c.clubs->begin(), c.clubs->end(), [&](std::uint32_t club) {
        return std::binary_search(named.begin(), named.end(), std::int64_t{club});
      });
      const auto same_country =
          std::find_if(c.clubs->begin(), c.clubs->end(), [&](std::uint32_t club) {
            return std::binary_search(countries.begin(), countries.end(),
                                      std::string_view(entries[club].country));
          });
      if (full != c.clubs->end()) {
        c.entry = *full;
      } else if (same_country != c.clubs->end()) {
        c.entry = *same_country;
      } else if (const auto usual = usual_country().first; !usual.empty() &&
                 std::any_of(c.clubs->begin(), c.clubs->end(), [&](std::uint32_t club) {
                   return entries[club].country == usual;
                 })) {
        // no other club to go by: the country the document's other bodies are from
        c.entry = *std::find_if(c.clubs->begin(), c.clubs->end(),
                                [&](std::uint32_t club) { return entries[club].country == usual; });
      } else {
        unsettled.push_back(&c);
      }
    }
    for (Candidate* c : unsettled) {
      for (const Candidate& other : chosen) {
        if (other.clubs == nullptr || other.clubs == c->clubs || other.entry < 0) continue;
        const std::string_view country = entries[static_cast<std::size_t>(other.entry)].country;
        const auto there = std::find_if(c->clubs->begin(), c->clubs->end(), [&](std::uint32_t club) {
          return entries[club].country == country;
        });
        if (there != c->clubs->end()) {
          c->entry = *there;
          break;
        }
      }
    }
  }

  // Acronyms: NAME (ACRONYM) defines ACRONYM for the rest of the document.
  struct Definition {
    std::size_t org;       // index into `out`
    std::uint32_t from;    // first token where bare mentions count
  };
  const std::size_t base = out.size();
  internal::StringMap<Definition> defined;
  std::vector<Emitted> emitted;
  std::size_t next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (next < chosen.size() && chosen[next].first == i) {
      const Candidate& c = chosen[next++];
      if (c.first == c.last && tokens[i].kind == TokenKind::kLatinWord && !defined.empty()) {
        // An acronym the document defined means what the document says, even when the
        // gazetteer knows another body by it.
        auto it = defined.find(t.normalized(tokens[i]));
        if (it != defined.end() && i >= it->second.from) {
          Organization o = out[it->second.org];
          o.span = tokens[i].span;
          o.source = OrganizationSource::kAcronym;
          out.push_back(std::move(o));
          continue;
        }
      }
      out.push_back(make(utf8, t, c));
      emitted.push_back({out.size() - 1, search_key(t, c)});
      if (c.entry < 0) same_as_longer_name(emitted, out);
      const std::size_t j = c.last;
      if (defines_acronym(utf8, t, j + 1)) {
        Organization& o = out.back();
        const std::string_view acronym = tokens[j + 2].span.slice(utf8);
        if (o.acronym.empty() || c.entry < 0) o.acronym = std::string(acronym);
        defined.try_emplace(std::string(t.normalized(tokens[j + 2])),
                            Definition{out.size() - 1, static_cast<std::uint32_t>(j + 2)});
      } else if (c.entry >= 0 && bracketed_latin(t, j + 1) &&
                 !(next < chosen.size() && chosen[next].first <= j + 3) &&
                 same_letters(tokens[j + 2].span.slice(utf8), out.back().acronym)) {
        // شركة الاتصالات السعودية (stc): the entry's acronym in brackets, in whatever case the
        // body writes it (a brand in small letters), is a mention and defines the acronym.
        Organization o = out.back();
        o.span = tokens[j + 2].span;
        o.source = OrganizationSource::kAcronym;
        out.push_back(std::move(o));
        defined.try_emplace(std::string(t.normalized(tokens[j + 2])),
                            Definition{out.size() - 1, static_cast<std::uint32_t>(j + 2)});
        i = j + 3;
        continue;
      } else if (arabic_short_name(utf8, t, j + 1) &&
                 !(next < chosen.size() && chosen[next].first <= j + 3) &&
                 !places.all.contains(t.normalized(tokens[j + 2])) &&
                 !t.normalized(tokens[j + 2]).ends_with("\xD9\x8A")) {  // ي: an adjective (يميني)
        // هيئة الرقابة ومكافحة الفساد (نزاهة)، سوق الأسهم السعودية (تداول): one Arabic word in
        // brackets right after a name is the body's short name, a mention of it (not of its
        // sense elsewhere in the text: نزاهة is also integrity). Not a place (ليفربول (انجلترا))
        // nor an adjective in ي.
        Organization o = out.back();
        if (o.acronym.empty()) o.acronym = display.normalize_string(tokens[j + 2].span.slice(utf8));
        o.span = tokens[j + 2].span;
        o.source = OrganizationSource::kAcronym;
        out.back().acronym = o.acronym;
        out.push_back(std::move(o));
        i = j + 3;
        continue;
      }
      i = c.last;
      continue;
    }
    if (tokens[i].kind != TokenKind::kLatinWord || defined.empty()) continue;
    auto it = defined.find(t.normalized(tokens[i]));
    if (it == defined.end() || i < it->second.from) continue;
    Organization o = out[it->second.org];
    o.span = tokens[i].span;
    o.source = OrganizationSource::kAcronym;
    out.push_back(std::move(o));
  }
  share_acronyms(base, out);
}


OrganizationExtractor::OrganizationExtractor() : OrganizationExtractor(Lexicons::embedded()) {}
OrganizationExtractor::OrganizationExtractor(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(std::move(lexicons))) {}
OrganizationExtractor::~OrganizationExtractor() = default;
OrganizationExtractor::OrganizationExtractor(OrganizationExtractor&&) noexcept = default;
OrganizationExtractor& OrganizationExtractor::operator=(OrganizationExtractor&&) noexcept = default;

void OrganizationExtractor::extract(std::string_view utf8, const TokenizedText& tokens,
                                    std::vector<Organization>& out) const {
  impl_->run(utf8, tokens, out);
}

std::vector<Organization> OrganizationExtractor::extract(std::string_view utf8,
                                                         const TokenizedText& tokens) const {
  std::vector<Organization> out;
  extract(utf8, tokens, out);
  return out;
}

std::string_view to_string(OrganizationSource source) {
  switch (source) {
    case OrganizationSource::kGazetteer: return "gazetteer";
    case OrganizationSource::kPattern: return "pattern";
    case OrganizationSource::kAcronym: return "acronym";
  }
  return "gazetteer";
}

}  // namespace khabar
