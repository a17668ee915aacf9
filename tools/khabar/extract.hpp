// `khabar extract`: documents in, one JSON line of facts per document out, in input order.
#ifndef KHABAR_TOOLS_EXTRACT_HPP_
#define KHABAR_TOOLS_EXTRACT_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "khabar/analyzer.hpp"

namespace khabar::cli {

// Parses YYYY-MM-DD; false when malformed or not a calendar date.
bool parse_civil_date(std::string_view s, CivilDate& out);

int run_extract(const std::vector<std::string>& args);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_EXTRACT_HPP_
