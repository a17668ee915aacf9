#include "tokenize/clitics.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "khabar/error.hpp"
#include "util/utf8.hpp"

namespace khabar::internal {
namespace {

constexpr char16_t kWaw = 0x0648, kFeh = 0x0641, kBeh = 0x0628, kKaf = 0x0643, kLam = 0x0644,
                   kSeen = 0x0633, kAlef = 0x0627, kHeh = 0x0647, kNoon = 0x0646,
                   kYeh = 0x064A, kTeh = 0x062A;

struct Suffix {
  std::u16string_view letters;
  std::uint8_t min_host;  // shortest host (in letters) a free split allows; 0 = hosts list only
};
// Longest first, so هما is tried before هم and ها before ه.
constexpr Suffix kSuffixes[] = {
    {u"\u0647\u0645\u0627", 3},  // هما
    {u"\u0643\u0645\u0627", 4},  // كما
    {u"\u0647\u0645", 3},        // هم
    {u"\u0647\u0646", 3},        // هن
    {u"\u0647\u0627", 3},        // ها
    {u"\u0643\u0645", 4},        // كم
    {u"\u0643\u0646", 0},        // كن
    {u"\u0646\u0627", 3},        // نا
    {u"\u0646\u064A", 0},        // ني
    {u"\u0647", 3},              // ه
    {u"\u0643", 0},              // ك
    {u"\u064A", 0},              // ي
};

// Whether w[0..n) is one of the pronouns.
bool is_pronoun(CliticSegmenter::Letters w, std::size_t n) {
  for (const Suffix& s : kSuffixes) {
    if (s.letters.size() != n) continue;
    bool same = true;
    for (std::size_t k = 0; k < n && same; ++k) same = w[k] == s.letters[k];
    if (same) return true;
  }
  return false;
}

void add_all(StringMap<std::uint8_t>& words, std::uint8_t flag, const Lexicons& lexicons, const char* table, const char* column,
             const Normalizer& search, bool split_commas) {
  const TsvTable& t = lexicons.table(table);
  const std::size_t col = t.column(column);
  for (const auto& row : t.rows) {
    std::string_view field = row.fields[col];
    while (!field.empty()) {
      std::size_t comma = split_commas ? field.find(',') : std::string_view::npos;
      std::string_view item = field.substr(0, comma);
      words[search.normalize_string(item)] |= flag;
      if (comma == std::string_view::npos) break;
      field.remove_prefix(comma + 1);
    }
  }
}

}  // namespace

CliticSegmenter::CliticSegmenter(const Lexicons& lexicons, const Normalizer& search) {
  // One table answers all three lists: a word is looked up once, its flags say which.
  add_all(words_, kWhole, lexicons, "tokenize/unsegmentable_words", "word", search, false);
  add_all(words_, kShort, lexicons, "tokenize/short_stems", "word", search, false);
  add_all(words_, kHost, lexicons, "tokenize/pronoun_hosts", "host", search, false);
  add_all(words_, kHost, lexicons, "tokenize/pronoun_hosts", "forms", search, true);
  // By the kind a whole word's note starts with: nouns and adjectives may take the accusative
  // ا (kNominal); in ل, they take the article after لل, names do not.
  {
    const TsvTable& t = lexicons.table("tokenize/unsegmentable_words");
    const std::size_t cw = t.column("word"), cn = t.column("note");
    for (const auto& row : t.rows) {
      const std::string word = search.normalize_string(row.fields[cw]);
      const std::string_view note = row.fields[cn];
      const bool nominal = note.starts_with("noun") || note.starts_with("adj");
      if (nominal) words_[word] |= kNominal;
      if (!word.starts_with("\xD9\x84")) continue;  // ل
      if (nominal) {
        words_[word] |= kLamNoun;
      } else if (note.starts_with("name")) {
        words_[word] |= kLamName;
      }
    }
  }
  for (const auto& [word, flags] : words_) filter_.add(word);
}

std::uint8_t CliticSegmenter::listed_flags(std::string_view word) const {
  const auto found = words_.find(word);
  return found != words_.end() ? found->second : 0;
}

namespace {

// Which of kSuffixes end in a letter, as a bit mask over their indices (bit k: kSuffixes[k]),
// indexed by the letter's offset in the Arabic block: the suffix loops visit only those.
constexpr std::array<std::uint16_t, 256> suffixes_by_last_letter() {
  std::array<std::uint16_t, 256> table{};
  for (std::size_t k = 0; k < std::size(kSuffixes); ++k) {
    table[kSuffixes[k].letters.back() - 0x0600] |= static_cast<std::uint16_t>(1u << k);
  }
  return table;
}
constexpr std::array<std::uint16_t, 256> kSuffixesByLastLetter = suffixes_by_last_letter();

std::uint16_t suffixes_ending_in(char16_t letter) {
  return letter >= 0x0600 && letter < 0x0700 ? kSuffixesByLastLetter[letter - 0x0600] : 0;
}

// Whether w[0..n) ends with the suffix (whose last letter is already known to match).
bool ends_with(CliticSegmenter::Letters w, std::size_t n, const Suffix& s) {
  const std::size_t len = s.letters.size();
  if (n <= len) return false;
  for (std::size_t k = 0; k + 1 < len; ++k) {
    if (w[n - len + k] != s.letters[k]) return false;
  }
  return true;
}

}  // namespace

int CliticSegmenter::enclitic_length(Letters w, std::size_t n, bool teh_marbuta_final,
                                     std::uint8_t word_flags) const {
  if (word_flags & kWhole) return 0;
  for (std::uint16_t mask = suffixes_ending_in(w[n - 1]); mask != 0; mask &= mask - 1) {
    const Suffix& s = kSuffixes[std::countr_zero(mask)];
    if (!ends_with(w, n, s)) continue;
    const std::size_t len = s.letters.size();
    if (teh_marbuta_final && s.letters.back() == kHeh) return 0;  // ة, not the pronoun ه
    const std::size_t host = n - len;
    const std::uint8_t host_flags = flags(w.bytes(), host);
    if (host_flags & kHost) return static_cast<int>(len);
    if (s.min_host == 0 || host < s.min_host) continue;
    // نا after a stem in ا is mostly accusative -ًا on a word in ن (أحيانا، مجانا).
    if (s.letters == u"\u0646\u0627" && w[host - 1] == kAlef) continue;
    return static_cast<int>(len);
  }
  return 0;
}

Segmentation CliticSegmenter::segment(const char* bytes, std::size_t n, bool teh_marbuta_final,
                                      std::uint8_t hamza_alefs) const {
  const Letters w(bytes);
  Segmentation out;
  // (The caller has asked may_split: a word it rejects splits nowhere below either.)
  if (n < 2 || n > kMaxLetters) return out;
  const char16_t first = w[0];

  // The flags of w[p..n) for the first few p, each looked up once.
  std::array<std::int16_t, 6> tail_cache;
  tail_cache.fill(-1);
  auto tail = [&](std::size_t p) -> std::uint8_t {
    if (p >= tail_cache.size()) return flags((w + p).bytes(), n - p);
    if (tail_cache[p] < 0) tail_cache[p] = flags((w + p).bytes(), n - p);
    return static_cast<std::uint8_t>(tail_cache[p]);
  };
  // A listed noun or adjective with the accusative ending ـًا written as ا (لاعبا، لاجئا): whole
  // as the word is, checked only where a split would otherwise follow (not ـها: فيها is في + ها).
  auto whole_accusative = [&](std::size_t p) {
    return n - p >= 4 && w[n - 1] == kAlef && w[n - 2] != kAlef && w[n - 2] != kHeh &&
           (flags((w + p).bytes(), n - p - 1) & kNominal) != 0;
  };
  // The dual of a listed word in ة, whose ة is written ت before تين/تان (فترتين، سنتين،
  // ولايتين): whole as the word is.
  auto whole_dual = [&](std::size_t p) {
    if (n - p < 5 || w[n - 3] != kTeh || w[n - 1] != kNoon ||
        (w[n - 2] != kYeh && w[n - 2] != kAlef)) {
      return false;
    }
    const std::size_t base = n - p - 2;  // the word with its ة (ت → ه)
    char with_teh_marbuta[2 * kMaxLetters];
    std::memcpy(with_teh_marbuta, (w + p).bytes(), 2 * base);
    with_teh_marbuta[2 * base - 2] = '\xD9';  // ه
    with_teh_marbuta[2 * base - 1] = '\x87';
    return (flags(with_teh_marbuta, base) & kWhole) != 0;
  };
  // A closed-class word on its own (لكن، تجاه، هذا) is never split.
  if (tail(0) & (kWhole | kHost | kShort)) return out;
  if (whole_accusative(0) || whole_dual(0)) return out;
  auto push = [&out](std::size_t b, std::size_t e, SegmentRole role) {
    out.pieces[out.count++] = {static_cast<std::uint8_t>(b), static_cast<std::uint8_t>(e), role};
  };

  // Whether an article begins at letter p: a bare alef and lam, and two letters after them.
  auto starts_article = [&](std::size_t p) {
    return n - p >= 4 && w[p] == kAlef && w[p + 1] == kLam && ((hamza_alefs >> p) & 1) == 0;
  };
  // A known word and its pronoun (فيها، لديهم، بلاده، وزارته) wins over reading the first letter
  // as a proclitic (ف + يها، ب + لاده). Returns the pronoun's length, 0 when none.
  auto known_host_suffix = [&](std::size_t p) __attribute__((always_inline)) -> std::size_t {
    if (teh_marbuta_final) return 0;
    for (std::uint16_t mask = suffixes_ending_in(w[n - 1]); mask != 0; mask &= mask - 1) {
      const Suffix& s = kSuffixes[std::countr_zero(mask)];
      const std::size_t len = s.letters.size();
      if (!ends_with(w + p, n - p, s)) continue;
      const std::size_t host = n - len - p;
      const std::uint8_t host_flags = flags((w + p).bytes(), host);
      if (host_flags & kHost) return len;
      if (s.min_host == 0 || host < 3) continue;
      // (a bare alef and lam begin an article, whose word has two letters or more: المهن is no
      // ألم + هن, الفهم no ألف + هم; but اليه is إلي + ه, a listed host, above)
      if (host == 3 && starts_article(p)) continue;
      if (host_flags & kWhole) return len;
      // وزارته: the host's ة is written ت before a pronoun.
      if (w[n - len - 1] == kTeh) {
        char with_teh_marbuta[2 * kMaxLetters];
        std::memcpy(with_teh_marbuta, (w + p).bytes(), 2 * host);
        with_teh_marbuta[2 * host - 2] = '\xD9';  // ه
        with_teh_marbuta[2 * host - 1] = '\x87';
        if (flags(with_teh_marbuta, host) & kWhole) return len;
      }
    }
    return 0;
  };
  auto finish_with_host = [&](std::size_t p, std::size_t len) {
    push(p, n - len, SegmentRole::kStem);
    push(n - len, n, SegmentRole::kPronoun);
    out.key_begin = static_cast<std::uint8_t>(p);
    out.key_end = static_cast<std::uint8_t>(n - len);
    return out;
  };
  if (const std::size_t len = known_host_suffix(0)) return finish_with_host(0, len);

  // A preposition and a bare pronoun: به، لها، لهم، بكم (not بي/لي: mostly names and letters).
  if ((first == kBeh || first == kLam) && is_pronoun(w + 1, n - 1) && w[n - 1] != kYeh) {
    push(0, 1, SegmentRole::kPreposition);
    push(1, n, SegmentRole::kPronoun);
    out.key_begin = 0;
    out.key_end = static_cast<std::uint8_t>(n);
    return out;
  }

  // Whether w[p..n) may stand as what follows a proclitic.
  auto rest_ok = [&](std::size_t p) {
    const std::size_t len = n - p;
    if (len < 2) return false;
    if (len > 2) return true;
    return (tail(p) & (kShort | kHost)) != 0;
  };

  std::size_t p = 0;
  if ((first == kWaw || first == kFeh) && rest_ok(1)) {
    push(0, 1, SegmentRole::kConjunction);
    p = 1;
  }
  if (p == 1) {
    if (const std::size_t len = known_host_suffix(1)) return finish_with_host(1, len);
  }
  bool article = false;
  if (p < n && !(tail(p) & kWhole) && !(p > 0 && (whole_accusative(p) || whole_dual(p)))) {
    const char16_t c = w[p];
    if (c == kLam && n - p >= 4 && w[p + 1] == kLam && (tail(p + 1) & (kLamNoun | kLamName))) {
      // للجنة، للاعبين: ل + a word in ل with its article, whose lam the article shares (the key
      // is the article and the word: ا + للجنة); للبنان: ل + a name in ل.
      const bool name = !(tail(p + 1) & kLamNoun);
      push(p, p + 1, SegmentRole::kPreposition);
      push(p + 1, n, SegmentRole::kStem);
      out.restore_article = !name;
      out.key_begin = static_cast<std::uint8_t>(name ? p + 1 : p);
      out.key_end = static_cast<std::uint8_t>(n);
      return out;
    }
    if (c == kLam && n - p >= 4 && w[p + 1] == kLam) {
      // لل = ل + the article's ل (its alef is not written).
      push(p, p + 1, SegmentRole::kPreposition);
      push(p + 1, p + 2, SegmentRole::kArticle);
      out.restore_article = true;
      article = true;
      p += 2;
    } else if ((c == kBeh || c == kKaf || c == kLam) && starts_article(p + 1)) {
      push(p, p + 1, SegmentRole::kPreposition);
      p += 1;
    } else if ((c == kBeh || c == kLam) && p + 1 < n && w[n - 1] != kYeh &&
               is_pronoun(w + p + 1, n - p - 1)) {
      push(p, p + 1, SegmentRole::kPreposition);
      push(p + 1, n, SegmentRole::kPronoun);
      out.key_begin = static_cast<std::uint8_t>(p);
      out.key_end = static_cast<std::uint8_t>(n);
      return out;
    } else if (c == kKaf && p + 1 < n && n - p - 1 > 2 && (tail(p + 1) & kShort)) {
      // ك is mostly the first letter of a word (كان، كبير، كما): split it only before the
      // article (above) or a known word of three letters or more (كذلك).
      push(p, p + 1, SegmentRole::kPreposition);
      p += 1;
    } else if ((c == kBeh || c == kLam) && rest_ok(p + 1)) {
      push(p, p + 1, SegmentRole::kPreposition);
      p += 1;
    } else if (c == kSeen && n - p >= 4 && !teh_marbuta_final &&
               (w[p + 1] == kYeh || w[p + 1] == kTeh || w[p + 1] == kNoon)) {
      push(p, p + 1, SegmentRole::kFuture);
      p += 1;
    }
  }
  const std::size_t key_begin = out.restore_article ? p - 1 : p;
  if (!article && starts_article(p) && !(tail(p) & kWhole)) {
    push(p, p + 2, SegmentRole::kArticle);
    article = true;
    p += 2;
  }
  std::size_t stem_end = n;
  if (!article && p < n) {
    const int enclitic = enclitic_length(w + p, n - p, teh_marbuta_final, tail(p));
    if (enclitic > 0) stem_end = n - static_cast<std::size_t>(enclitic);
  }
  if (out.count == 0 && stem_end == n) return out;  // nothing to split
  push(p, stem_end, SegmentRole::kStem);
  if (stem_end < n) push(stem_end, n, SegmentRole::kPronoun);
  out.key_begin = static_cast<std::uint8_t>(key_begin);
  out.key_end = static_cast<std::uint8_t>(stem_end);
  return out;
}

}  // namespace khabar::internal
