// `khabar extract`: documents in, one JSON line of facts per document out, in input order.
#ifndef KHABAR_TOOLS_EXTRACT_HPP_
#define KHABAR_TOOLS_EXTRACT_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "khabar/analyzer.hpp"

namespace khabar::cli {

// Appends the JSON of one numeric fact; offsets are shifted by `base` (text mode chunks).
void write_number_json(std::string& out, const NumericFact& fact, std::string_view text,
                       std::uint64_t base);
// Appends the JSON of one date mention ("linked", when set, is added by the caller, which knows
// the index within the whole document: the object is then left open) and of one organization.
void write_date_json(std::string& out, const DateMention& date, std::string_view text,
                     std::uint64_t base);
void write_organization_json(std::string& out, const Organization& org, std::string_view text,
                             std::uint64_t base);
// Appends a JSON number: integers exactly (no exponent), other values in shortest fixed form.
void write_json_number(std::string& out, double value);

// Parses YYYY-MM-DD; false when malformed or not a calendar date.
bool parse_civil_date(std::string_view s, CivilDate& out);

int run_extract(const std::vector<std::string>& args);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_EXTRACT_HPP_
