// Language data: the TSV tables under data/, embedded in the library at build time.
//
//   auto data = khabar::Lexicons::embedded();                 // cannot fail, no file I/O
//   auto mine = khabar::Lexicons::load("my-data", khabar::LoadMode::kExtend);  // throws Error
//   const khabar::TsvTable& t = mine->table("tokenize/abbreviations");
//
// Table names are paths under data/ without ".tsv". Files: UTF-8, '#' starts a comment line, the
// first other line is a header naming the columns, then one entry a line, fields separated by one
// TAB, none empty. Thread safety: a Lexicons object is immutable; share it across threads.
#ifndef KHABAR_LEXICON_HPP_
#define KHABAR_LEXICON_HPP_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/export.hpp"

namespace khabar {

struct KHABAR_EXPORT TsvTable {
  std::string name;    // e.g. "tokenize/abbreviations"
  std::string source;  // where it came from: "embedded:…" or a file path
  std::vector<std::string> columns;
  struct Row {
    std::vector<std::string> fields;
    std::size_t line = 0;  // 1-based line in `source`
  };
  std::vector<Row> rows;

  // Index of a column; throws Error naming the table when it has no such column.
  std::size_t column(std::string_view name) const;
};

// Parses TSV text. Throws Error("file:line: reason") for: invalid UTF-8, a missing header, a line
// whose field count differs from the header's, an empty field, a line longer than 64 KiB.
// When `expected_columns` is not empty the header must equal it.
KHABAR_EXPORT TsvTable parse_tsv(std::string_view content, std::string name, std::string source,
                   const std::vector<std::string>& expected_columns = {});

enum class LoadMode {
  kReplace,  // a file in the directory replaces the embedded table of the same name
  kExtend,   // its rows are added after the embedded rows
};

class KHABAR_EXPORT Lexicons {
 public:
  // The tables embedded at build time. Never throws; shared, built once.
  static std::shared_ptr<const Lexicons> embedded();
  // The embedded tables, with every "<dir>/<name>.tsv" that names an embedded table replacing or
  // extending it. Its header must match the embedded one's. Throws Error naming file, line and
  // reason; a file that names no known table is an error too (a typo must not be ignored).
  static std::shared_ptr<const Lexicons> load(const std::filesystem::path& dir,
                                              LoadMode mode = LoadMode::kReplace);

  // Throws Error when there is no such table.
  const TsvTable& table(std::string_view name) const;
  bool has_table(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  std::map<std::string, TsvTable, std::less<>> tables_;
};

}  // namespace khabar

#endif  // KHABAR_LEXICON_HPP_
