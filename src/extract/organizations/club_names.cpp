#include "extract/organizations/club_names.hpp"

#include <algorithm>
#include <string>

#include "khabar/error.hpp"

namespace khabar::internal {

StringMap<std::vector<std::uint32_t>> load_club_names(const Lexicons& lexicons,
                                                      const Normalizer& search,
                                                      const Gazetteer& gazetteer) {
  StringMap<std::uint32_t> by_id;
  const auto& entries = gazetteer.entries();
  for (std::size_t k = 0; k < entries.size(); ++k) {
    by_id.emplace(entries[k].id, static_cast<std::uint32_t>(k));
  }
  StringMap<std::vector<std::uint32_t>> out;
  const TsvTable& t = lexicons.table("organizations/club_names");
  const std::size_t cn = t.column("name"), ci = t.column("id");
  for (const auto& row : t.rows) {
    const std::string name = search.normalize_string(row.fields[cn]);
    if (name.empty() || name.find(' ') != std::string::npos) {
      throw Error("name '" + row.fields[cn] + "' must be one word", t.source, row.line);
    }
    const auto found = by_id.find(row.fields[ci]);
    if (found == by_id.end()) {
      throw Error("id '" + row.fields[ci] + "' is no gazetteer entry", t.source, row.line);
    }
    if (entries[found->second].type != "club") {
      throw Error("entry '" + row.fields[ci] + "' is no club (type " +
                      entries[found->second].type + ")",
                  t.source, row.line);
    }
    // The same club again under a name (also one written another way, الإفريقي، الأفريقي, or
    // repeated by a table that extends this one) changes nothing.
    std::vector<std::uint32_t>& clubs = out[name];
    if (std::find(clubs.begin(), clubs.end(), found->second) == clubs.end()) {
      clubs.push_back(found->second);
    }
  }
  return out;
}

}  // namespace khabar::internal
