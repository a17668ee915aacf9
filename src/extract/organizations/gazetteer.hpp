// Internal: the organization gazetteer, every organizations/* table whose header is
// `id canonical aliases acronyms type country`, folded to the search form and indexed by first word.
#ifndef KHABAR_SRC_EXTRACT_ORGANIZATIONS_GAZETTEER_HPP_
#define KHABAR_SRC_EXTRACT_ORGANIZATIONS_GAZETTEER_HPP_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/lexicon.hpp"
#include "khabar/tokenizer.hpp"
#include "util/string_set.hpp"

namespace khabar::internal {

// Whether `country` (ISO 3166-1 alpha-2) is one of the 22 member states of the Arab League,
// whose bodies' names are Arabic words, not transliterations (قناة الغد is no قناة الجد).
bool arab_country(std::string_view country);

struct GazetteerEntry {
  std::string id;
  std::string canonical;
  std::string acronym;  // first Latin acronym, else first Arabic one, else ""
  std::string type;
  std::string country;
};

// One name of an entry (canonical, alias or acronym) as search-form words.
struct GazetteerName {
  std::vector<std::string> words;
  std::uint32_t entry = 0;
  bool latin_acronym = false;   // a Latin acronym: the text must not be written all lower case
  bool arabic_acronym = false;  // an Arabic acronym (واس، أوبك)
  // The name ends in ه as the gazetteer writes it (بورشه), which the search form shares with ة:
  // a word written with ة (بورشة = ب + ورشة) is another word.
  bool final_heh = false;
  // A media name without the noun the gazetteer writes before it (الشرق الأوسط of صحيفة الشرق
  // الأوسط): a region, a word or a person as often, so it names the medium only in quotes or
  // brackets («الشرق الأوسط»، (العربي)).
  bool quoted_only = false;
  // A body's name without the descriptor the gazetteer writes before it (ميتا of شركة ميتا، زين
  // of شركة زين): an ordinary word as often, so it names the body only after the document has
  // named it in full.
  bool after_full_only = false;
};

class Gazetteer {
 public:
  // Loads every table named organizations/* whose header is the gazetteer header. Throws Error
  // naming the table and line for a malformed entry (bad id, unknown type, duplicate id).
  Gazetteer(const Lexicons& lexicons, const Tokenizer& tokenizer);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerName& name(std::uint32_t id) const { return names_[id]; }
  std::size_t name_count() const { return names_.size(); }
  // The names that start with one word: first those of several words, by their second word
  // (whose bytes are kept together here, so that a search touches no name), longest first within
  // one second word; then the one-word names.
  struct NameList {
    std::vector<std::uint32_t> ids;
    std::uint32_t several = 0;  // ids[0, several) have two words or more
    std::vector<std::uint32_t> second_end;  // end in `seconds` of ids[k]'s second word
    std::string seconds;
    std::string_view second(std::size_t k) const {
      const std::uint32_t begin = k == 0 ? 0 : second_end[k - 1];
      return std::string_view(seconds).substr(begin, second_end[k] - begin);
    }
  };
  // Of the names in `list` (an index() entry), those that can start a match whose second token
  // is `second`: first the names of several words with that second word, longest first, then
  // the one-word names. No other name of the list can match there.
  struct Candidates {
    std::span<const std::uint32_t> several;
    std::span<const std::uint32_t> single;
  };
  static Candidates candidates(const NameList& list, std::string_view second) {
    std::size_t lo = 0, hi = list.several;  // first k with second(k) >= second
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (list.second(mid) < second) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    std::size_t end = lo;
    while (end < list.several && list.second(end) == second) ++end;
    const std::uint32_t* ids = list.ids.data();
    return {{ids + lo, end - lo}, {ids + list.several, list.ids.size() - list.several}};
  }
  // The entry a whole name (search-form words joined by one space) belongs to, or -1.
  std::int64_t entry_of(std::string_view joined) const {
    auto it = by_name_.find(joined);
    return it == by_name_.end() ? -1 : static_cast<std::int64_t>(it->second);
  }
  // The same normalized name listed under two different entries: "table:line: name (id1, id2)".
  // The first entry keeps the name.
  const std::vector<std::string>& conflicts() const { return conflicts_; }
  std::size_t longest_name() const { return longest_; }
  // Every first word and its names.
  const StringMap<NameList>& index() const { return by_first_; }

 private:

  // `variant`: a spelling made by the loader, dropped without a conflict when the name is taken.
  void add_name(std::string_view text, std::uint32_t entry, bool acronym, const TsvTable& table,
                std::size_t line, const Tokenizer& tokenizer, bool variant = false);
  void add_quoted_names(const Lexicons& lexicons, const Tokenizer& tokenizer);

  TokenizedText scratch_;  // start-up only: the tokens of the name being added, reused
  std::vector<GazetteerEntry> entries_;
  std::vector<GazetteerName> names_;
  StringMap<NameList> by_first_;
  StringMap<std::uint32_t> by_name_;
  std::vector<std::string> conflicts_;
  std::size_t longest_ = 0;
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_ORGANIZATIONS_GAZETTEER_HPP_
