// Internal: the closed word lists of organization patterns (organizations/heads and
// organizations/pattern_words), folded to the search form, as one role bitmask per word.
#ifndef KHABAR_SRC_EXTRACT_ORGANIZATIONS_PATTERN_WORDS_HPP_
#define KHABAR_SRC_EXTRACT_ORGANIZATIONS_PATTERN_WORDS_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/tokenizer.hpp"
#include "util/string_set.hpp"

namespace khabar::internal {

// Bits of a word's roles.
enum OrgRole : std::uint32_t {
  kHead = 1u << 0,              // منظمة، المنظمة: opens a name
  kHeadPlural = 1u << 1,        // منظمات، المنظمتين: a generic use, never a name
  kDemonstrative = 1u << 2,     // هذه، تلك، أي: the head after it is generic
  kTreaty = 1u << 3,            // اتفاقية، ميثاق: a document, not an organization
  kStop = 1u << 4,              // ends a name (الذي، الأربعاء، الرئيس)
  kTimeNoun = 1u << 5,          // العام: ends a name before a time word or a number
  kGenericAdjective = 1u << 6,  // الحاكم، الجديدة: leaves a definite head generic
  kLink = 1u << 7,              // the word after ل inside a name (الأمم of للأمم، مكافحة)
  kCommonWord = 1u << 8,        // أفاد، البيت: an ordinary word that is also a one-word name
  kWeakHead = 1u << 9,          // مركز، جهاز: a name only with two complements or a ل phrase
  kPrefixHead = 1u << 10,       // شركة، حركة: before a known name, names the same body
  kAdjective = 1u << 11,        // الأعلى، العامة: an adjective that is no nisba or participle
  kConstruct = 1u << 12,        // شؤون، تقصي: an indefinite noun inside a name
  kDative = 1u << 13,           // الصحيفة: after ل it addresses someone, it ends a name
  kHonorific = 1u << 14,        // الملك، الأمير: a person's name follows inside a name
  kNationality = 1u << 15,      // السعودية: names only with more (الشركة الإسبانية describes)
  kDescriptor = 1u << 16,       // حركة، شركة: before the body's own name, not part of the mention
  kMediaDescriptor = 1u << 17,  // صحيفة، قناة: before a media name, never part of the mention
  kReporter = 1u << 18,         // مراسل، موفد: before a media name that is also a common word
  kClubCue = 1u << 19,          // فريق، لاعب: before a club's short name (club_names.tsv)
  kSpeech = 1u << 20,           // قال، تصريحات: before ل + a medium named by an ordinary word
  kNounSense = 1u << 21,        // حماس: a one-word name that is also a noun (enthusiasm)
  kProductNoun = 1u << 22,      // طائرة، مؤشر: before a company's name and a model number
  kAndStop = 1u << 23,          // الجهات، السلطات: after و, ends a name (… والجهات المعنية)
  kDeputy = 1u << 24,           // وكيل، مساعد: the ل phrase after the body names the portfolio
  kGoverns = 1u << 25,          // الإشراف، الفصل: a verbal noun whose preposition joins a name
  kGovernedPreposition = 1u << 26,  // في، على، عن: after such a verbal noun, inside the name
  kNationalHead = 1u << 27,  // الاتحاد: with a nationality alone names that nation's body
  kElliptic = 1u << 28,      // الخارجية: an adjective standing for its ministry (الخارجية المصرية)
  kPlaceNoun = 1u << 29,     // حي، شارع: the name after it is a place's (حي أرامكو)
  kTeamAdjective = 1u << 30,  // الكروي، الأول: after a club's short name, the team's (فريق الهلال الكروي)
  kPlaceHead = 1u << 31,      // بلدية، جامعة: a place's name after it ends a name (بلدية بيروت);
                              // looked up as a cue (the extractor's own bit 31 is kClubName)
};

// Adds the roles of organizations/heads and organizations/pattern_words to `roles`, keyed by
// search form (heads also with ال), to `link_heads` the heads of strength link (a name only
// with a ل phrase: الإدارة العامة للجمارك), and to `club_verbs` the words of role club_verb (a
// verb of a match's result before a club's short name in a text about sport: حسم السد), and to
// `complement_adjectives` the words of role complement_adjective (a generic adjective that stays
// in a name after the noun of its ل phrase or a place: للصحة العمومية، بلدية إربد الكبرى), and to
// `seat_heads` the weak heads of place `seat`, whose seat after ب completes a name (الغرفة
// التجارية بجدة; not المركز التجاري بالرياض, a mall), with and without ال. Throws
// Error naming the table, line and reason.
void load_pattern_words(const Lexicons& lexicons, const Normalizer& search,
                        StringMap<std::uint32_t>& roles, std::vector<std::string>& link_heads,
                        StringSet& club_verbs, StringSet& complement_adjectives,
                        StringSet& seat_heads);

// The phrases of organizations/not_organizations (مركز التجارة العالمي), search form, words joined
// by one space: pattern mentions that name no organization.
StringSet load_not_organizations(const Lexicons& lexicons, const Tokenizer& tokenizer);

// The names of organizations/places, search form: countries (تونس، الأردن) and all places.
struct Places {
  StringSet countries;
  StringSet all;  // one-word places, and two-word ones as "first second"
  std::vector<std::string> two_word_firsts;  // first words of the two-word places (few)
  StringMap<std::string> country_of;  // الكويت → KW, طنجة → MA
};
Places load_places(const Lexicons& lexicons, const Normalizer& search);

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_ORGANIZATIONS_PATTERN_WORDS_HPP_
