// Internal: the short names of clubs (organizations/club_names), by search form, each with the
// gazetteer entries it may name in order of preference.
#ifndef KHABAR_SRC_EXTRACT_ORGANIZATIONS_CLUB_NAMES_HPP_
#define KHABAR_SRC_EXTRACT_ORGANIZATIONS_CLUB_NAMES_HPP_

#include <cstdint>
#include <vector>

#include "extract/organizations/gazetteer.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "util/string_set.hpp"

namespace khabar::internal {

// Throws Error naming the table and line for a name of more than one word, an unknown id or an
// entry that is no club.
StringMap<std::vector<std::uint32_t>> load_club_names(const Lexicons& lexicons,
                                                      const Normalizer& search,
                                                      const Gazetteer& gazetteer);

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_ORGANIZATIONS_CLUB_NAMES_HPP_
