#include "extract/organizations/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "khabar/error.hpp"

namespace khabar::internal {
namespace {

const std::vector<std::string> kHeader = {"id", "canonical", "aliases", "acronyms", "type",
                                          "country"};

constexpr std::array<std::string_view, 23> kTypes = {
    "intergovernmental", "un_body",  "government",   "ministry", "legislature", "judiciary",
    "central_bank",      "news_agency", "media",      "party",    "movement",    "armed_group",
    "military",          "security", "company",      "bank",     "university",  "ngo",
    "sports_body",       "club",     "religious",    "exchange", "other"};

[[noreturn]] void fail(const TsvTable& table, std::size_t line, const std::string& reason) {
  throw Error(reason, table.source, line);
}

std::vector<std::string_view> split_list(std::string_view s) {
  std::vector<std::string_view> out;
  if (s == "-") return out;
  while (true) {
    const std::size_t at = s.find('|');
    std::string_view part = s.substr(0, at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

bool has_latin_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

constexpr std::string_view kGhain = "\xD8\xBA", kJeem = "\xD8\xAC";  // غ ج

}  // namespace

bool arab_country(std::string_view c) {
  static constexpr std::string_view kArabLeague[] = {
      "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY",
      "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"};
  return std::find(std::begin(kArabLeague), std::end(kArabLeague), c) != std::end(kArabLeague);
}

namespace {

// INT: an international body; -: a body every state has (الدفاع المدني), whose country is the
// document's (the extractor settles it).
bool valid_country(std::string_view c) {
  if (c == "INT" || c == "-") return true;
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

}  // namespace

void Gazetteer::add_name(std::string_view text, std::uint32_t entry, bool acronym,
                         const TsvTable& table, std::size_t line, const Tokenizer& tokenizer,
                         bool variant) {
  GazetteerName name;
  name.entry = entry;
  const bool latin = has_latin_letter(text);
  name.latin_acronym = acronym && latin;
  name.arabic_acronym = acronym && !latin;
  name.final_heh = text.ends_with("\xD9\x87");  // ه
  TokenizeOptions options;
  options.split_sentences = false;
  TokenizedText& t = scratch_;  // reused: thousands of names, one buffer
  tokenizer.tokenize(text, t, options);
  for (const Token& tok : t.tokens()) name.words.emplace_back(t.normalized(tok));
  if (name.words.empty()) fail(table, line, "name '" + std::string(text) + "' has no word");
  std::string joined;
  for (const std::string& w : name.words) joined += (joined.empty() ? "" : " ") + w;
  auto [it, inserted] = by_name_.try_emplace(joined, entry);
  if (!inserted) {
    if (it->second != entry && !variant) {
      conflicts_.push_back(table.name + ":" + std::to_string(line) + ": '" + std::string(text) +
                           "' (" + entries_[it->second].id + ", " + entries_[entry].id + ")");
    }
    return;  // the first entry keeps a name listed twice
  }
  longest_ = std::max(longest_, name.words.size());
  const auto id = static_cast<std::uint32_t>(names_.size());
  names_.push_back(std::move(name));
  by_first_[names_.back().words[0]].ids.push_back(id);
}

// صحيفة الشرق الأوسط، قناة العالم، مجلة العربي: the name of a medium after its media_descriptor
// noun (organizations/pattern_words) is a name of its own too, matched only in quotes or
// brackets, unless the gazetteer lists it already.
// شركة ميتا، شركة زين: likewise a name after a descriptor noun (role descriptor) is a name of
// its own after the document has named the body in full.
void Gazetteer::add_quoted_names(const Lexicons& lexicons, const Tokenizer& tokenizer) {
  StringSet media_descriptors, descriptors;
  const TsvTable& words = lexicons.table("organizations/pattern_words");
  const std::size_t cw = words.column("word"), cr = words.column("role");
  for (const auto& row : words.rows) {
    if (row.fields[cr] == "media_descriptor") {
      media_descriptors.insert(tokenizer.normalizer().normalize_string(row.fields[cw]));
    } else if (row.fields[cr] == "descriptor") {
      descriptors.insert(tokenizer.normalizer().normalize_string(row.fields[cw]));
    }
  }
  StringSet added;
  const std::size_t listed = names_.size();
  for (std::size_t k = 0; k < listed; ++k) {
    const GazetteerName& name = names_[k];
    if (name.words.size() < 2) continue;
    const bool media =
        media_descriptors.contains(name.words[0]) && entries_[name.entry].type == "media";
    // (not a definite one: الدولة of تنظيم الدولة, الاتحاد السعودي of نادي الاتحاد السعودي are
    // ordinary phrases as often)
    if (!media && (!descriptors.contains(name.words[0]) ||
                   name.words[1].starts_with("\xD8\xA7\xD9\x84"))) {
      continue;
    }
    std::string joined;
    for (std::size_t w = 1; w < name.words.size(); ++w) {
      joined += (joined.empty() ? "" : " ") + name.words[w];
    }
    if (by_name_.contains(joined) || !added.insert(joined).second) continue;
    GazetteerName rest;
    rest.words.assign(name.words.begin() + 1, name.words.end());
    rest.entry = name.entry;
    rest.quoted_only = media;
    rest.after_full_only = !media;
    names_.push_back(std::move(rest));
    by_first_[names_.back().words[0]].ids.push_back(static_cast<std::uint32_t>(names_.size() - 1));
  }
}

Gazetteer::Gazetteer(const Lexicons& lexicons, const Tokenizer& tokenizer) {
  StringSet ids;
  std::vector<std::pair<std::string, std::string>> variants;
  {
    const TsvTable& t = lexicons.table("organizations/spelling_variants");
    const std::size_t cw = t.column("written"), ca = t.column("also");
    for (const auto& row : t.rows) {
      const std::string& written = row.fields[cw];
      const std::string& also = row.fields[ca];
      if (written.empty() || also.empty() || written == also ||
          written.find(also) != std::string::npos || also.find(written) != std::string::npos) {
        fail(t, row.line, "a variant is two different spellings, neither inside the other");
      }
      variants.emplace_back(written, also);
    }
  }
  for (const std::string& table_name : lexicons.names()) {
    if (!table_name.starts_with("organizations/")) continue;
    const TsvTable& t = lexicons.table(table_name);
    if (t.columns != kHeader) continue;  // heads, pattern words: other tables of the stage
    for (const auto& row : t.rows) {
      const auto& f = row.fields;
      if (!valid_id(f[0])) fail(t, row.line, "id '" + f[0] + "' is not [a-z0-9-]+");
      if (!ids.insert(f[0]).second) fail(t, row.line, "id '" + f[0] + "' is used twice");
      if (std::find(kTypes.begin(), kTypes.end(), f[4]) == kTypes.end()) {
        fail(t, row.line, "type '" + f[4] + "' is not a known organization type");
      }
      if (!valid_country(f[5])) {
        fail(t, row.line, "country '" + f[5] + "' is not an ISO 3166-1 alpha-2 code, INT or -");
      }
      if (f[1] == "-") fail(t, row.line, "canonical name is missing");
      GazetteerEntry e;
      e.id = f[0];
      e.canonical = f[1];
      e.type = f[4];
      e.country = f[5];
      const auto acronyms = split_list(f[3]);
      for (std::string_view a : acronyms) {
        if (has_latin_letter(a)) {
          e.acronym = std::string(a);
          break;
        }
      }
      if (e.acronym.empty() && !acronyms.empty()) e.acronym = std::string(acronyms.front());
      const auto entry = static_cast<std::uint32_t>(entries_.size());
      entries_.push_back(std::move(e));
      add_name(f[1], entry, false, t, row.line, tokenizer);
      for (std::string_view a : split_list(f[2])) add_name(a, entry, false, t, row.line, tokenizer);
      for (std::string_view a : acronyms) add_name(a, entry, true, t, row.line, tokenizer);
      // الأميركية for الأمريكية, الأوربي for الأوروبي: each spelling of spelling_variants.tsv
      for (const auto& [written, also] : variants) {
        std::vector<std::string_view> names{f[1]};
        for (std::string_view a : split_list(f[2])) names.push_back(a);
        for (std::string_view name : names) {
          for (const auto& [from, to] : {std::pair{written, also}, std::pair{also, written}}) {
            if (name.find(from) == std::string_view::npos) continue;
            std::string other(name);
            for (std::size_t at = other.find(from); at != std::string::npos;
                 at = other.find(from, at + to.size())) {
              other.replace(at, from.size(), to);
            }
            add_name(other, entry, false, t, row.line, tokenizer, true);
          }
        }
      }
      if (!arab_country(f[5])) {
        // فولكس فاغن، بلومبرغ: Egyptian and Gulf writers spell the g of a foreign name ج
        // (فولكس فاجن، بلومبرج), unless the entry lists that spelling (or another body has it).
        std::vector<std::string_view> names{f[1]};
        for (std::string_view a : split_list(f[2])) names.push_back(a);
        for (std::string_view name : names) {
          std::string with_jeem(name);
          bool changed = false;
          for (std::size_t at = with_jeem.find(kGhain); at != std::string::npos;
               at = with_jeem.find(kGhain, at)) {
            with_jeem.replace(at, kGhain.size(), kJeem);
            changed = true;
          }
          if (changed) add_name(with_jeem, entry, false, t, row.line, tokenizer, true);
        }
      }
    }
  }
  add_quoted_names(lexicons, tokenizer);
  // Names of several words by their second word, longest first within one second word; then
  // the one-word names. A scan finds the names that can follow a token by a binary search on
  // the next token (وزارة starts some 200 names) and stops at the first that matches.
  for (auto& [first, list] : by_first_) {
    std::stable_sort(list.ids.begin(), list.ids.end(), [this](std::uint32_t a, std::uint32_t b) {
      const auto& x = names_[a].words;
      const auto& y = names_[b].words;
      if ((x.size() > 1) != (y.size() > 1)) return x.size() > 1;
      if (x.size() > 1 && x[1] != y[1]) return x[1] < y[1];
      return x.size() > y.size();
    });
    for (std::uint32_t id : list.ids) {
      if (names_[id].words.size() < 2) break;
      list.seconds += names_[id].words[1];
      list.second_end.push_back(static_cast<std::uint32_t>(list.seconds.size()));
      ++list.several;
    }
  }
}

}  // namespace khabar::internal
