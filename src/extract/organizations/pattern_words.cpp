#include "extract/organizations/pattern_words.hpp"

#include <algorithm>
#include <utility>

#include "khabar/error.hpp"

namespace khabar::internal {

void load_pattern_words(const Lexicons& lexicons, const Normalizer& search,
                        StringMap<std::uint32_t>& roles, std::vector<std::string>& link_heads,
                        StringSet& club_verbs, StringSet& complement_adjectives,
                        StringSet& seat_heads) {
  {
    const TsvTable& t = lexicons.table("organizations/heads");
    const std::size_t ch = t.column("head"), cn = t.column("number"), cs = t.column("strength"),
                      cp = t.column("prefix"), cl = t.column("place");
    for (const auto& row : t.rows) {
      const std::string& number = row.fields[cn];
      const std::string& strength = row.fields[cs];
      std::uint32_t role = 0;
      if (number == "singular") {
        if (strength == "strong") {
          role = kHead;
        } else if (strength == "weak") {
          role = kHead | kWeakHead;
        } else if (strength == "link") {
          // no head role: inside a name it stays the noun it is (مجلس إدارة، للإدارة الترابية);
          // the extractor opens a name at it from link_heads
          role = 0;
        } else if (strength == "none") {
          role = 0;  // only a prefix of known names
        } else {
          throw Error("strength '" + strength +
                          "' of a singular head is not strong, weak, link or none",
                      t.source, row.line);
        }
        const std::string& prefix = row.fields[cp];
        if (prefix != "yes" && prefix != "no") {
          throw Error("prefix '" + prefix + "' of a singular head is not yes or no", t.source,
                      row.line);
        }
        if (prefix == "yes") role |= kPrefixHead;
        const std::string& place = row.fields[cl];
        if (place != "yes" && place != "no" && place != "seat") {
          throw Error("place '" + place + "' of a singular head is not yes, seat or no", t.source,
                      row.line);
        }
        if (place != "no") role |= kPlaceHead;
        if (place == "seat") {
          const std::string word = search.normalize_string(row.fields[ch]);
          seat_heads.insert(word);
          seat_heads.insert("ال" + word);
        }
      } else if (number == "plural" || number == "dual") {
        role = kHeadPlural;
      } else {
        throw Error("number '" + number + "' is not one of: singular, dual, plural", t.source,
                    row.line);
      }
      const std::string word = search.normalize_string(row.fields[ch]);
      if (word.find(' ') != std::string::npos || word.starts_with("ال")) {
        throw Error("head '" + row.fields[ch] + "' must be one word without the article",
                    t.source, row.line);
      }
      roles[word] |= role;
      roles["ال" + word] |= role;
      if (number == "singular" && strength == "link") {
        link_heads.push_back(word);
        link_heads.push_back("ال" + word);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("organizations/pattern_words");
    const std::size_t cw = t.column("word"), cr = t.column("role");
    static const std::pair<const char*, std::uint32_t> kRoles[] = {
        {"demonstrative", kDemonstrative}, {"treaty", kTreaty},   {"stop", kStop},
        {"time_noun", kTimeNoun},          {"generic_adjective", kGenericAdjective},
        {"link", kLink},                   {"common_word", kCommonWord},
        {"adjective", kAdjective},         {"construct", kConstruct},
        {"dative", kDative},               {"honorific", kHonorific},
        {"nationality", kNationality},     {"descriptor", kDescriptor},
        {"media_descriptor", kMediaDescriptor}, {"reporter", kReporter},
        {"club_cue", kClubCue}, {"speech", kSpeech}, {"noun_sense", kNounSense},
        {"product_noun", kProductNoun}, {"and_stop", kAndStop}, {"deputy", kDeputy},
        {"governs", kGoverns}, {"governed_preposition", kGovernedPreposition},
        {"national_head", kNationalHead}, {"elliptic", kElliptic}, {"place_noun", kPlaceNoun},
        {"team_adjective", kTeamAdjective}};
    for (const auto& row : t.rows) {
      // no bit of their own: sets apart
      if (row.fields[cr] == "club_verb" || row.fields[cr] == "complement_adjective") {
        const std::string word = search.normalize_string(row.fields[cw]);
        if (word.find(' ') != std::string::npos) {
          throw Error("word '" + row.fields[cw] + "' must be one word", t.source, row.line);
        }
        (row.fields[cr] == "club_verb" ? club_verbs : complement_adjectives).insert(word);
        continue;
      }
      std::uint32_t role = 0;
      for (const auto& [name, bit] : kRoles) {
        if (row.fields[cr] == name) role = bit;
      }
      if (role == 0) {
        throw Error("role '" + row.fields[cr] +
                        "' is not one of: demonstrative, treaty, stop, time_noun, "
                        "generic_adjective, link, common_word, adjective, construct, "
                        "dative, honorific, nationality, descriptor, media_descriptor, "
                        "reporter, club_cue, speech, noun_sense, product_noun, and_stop, "
                        "deputy, governs, governed_preposition, national_head, elliptic, "
                        "place_noun, team_adjective, club_verb, complement_adjective",
                    t.source, row.line);
      }
      const std::string word = search.normalize_string(row.fields[cw]);
      if (word.find(' ') != std::string::npos) {
        throw Error("word '" + row.fields[cw] + "' must be one word", t.source, row.line);
      }
      roles[word] |= role;
    }
  }
}

StringSet load_not_organizations(const Lexicons& lexicons, const Tokenizer& tokenizer) {
  StringSet out;
  const TsvTable& t = lexicons.table("organizations/not_organizations");
  const std::size_t cp = t.column("phrase");
  TokenizeOptions options;
  options.split_sentences = false;
  for (const auto& row : t.rows) {
    const TokenizedText words = tokenizer.tokenize(row.fields[cp], options);
    std::string joined;
    for (const Token& tok : words.tokens()) {
      if (!joined.empty()) joined += ' ';
      joined += words.normalized(tok);
    }
    if (joined.empty()) throw Error("phrase has no word", t.source, row.line);
    out.insert(std::move(joined));
  }
  return out;
}

Places load_places(const Lexicons& lexicons, const Normalizer& search) {
  Places out;
  const TsvTable& t = lexicons.table("organizations/places");
  const std::size_t cn = t.column("name"), ck = t.column("kind"), cc = t.column("country");
  for (const auto& row : t.rows) {
    const std::string name = search.normalize_string(row.fields[cn]);
    if (name.empty() || std::count(name.begin(), name.end(), ' ') > 1) {
      throw Error("a place name is one or two words", t.source, row.line);
    }
    if (row.fields[cc].size() != 2) throw Error("country is a two-letter code", t.source, row.line);
    const std::string_view kind = row.fields[ck];
    if (kind != "country" && kind != "city" && kind != "region") {
      throw Error("kind '" + std::string(kind) + "' is not country, city or region", t.source,
                  row.line);
    }
    if (kind == "country") out.countries.insert(name);
    out.all.insert(name);
    if (const std::size_t space = name.find(' '); space != std::string::npos) {
      std::string first = name.substr(0, space);
      if (std::find(out.two_word_firsts.begin(), out.two_word_firsts.end(), first) ==
          out.two_word_firsts.end()) {
        out.two_word_firsts.push_back(std::move(first));
      }
    }
    out.country_of.try_emplace(name, row.fields[cc]);
  }
  return out;
}

}  // namespace khabar::internal
