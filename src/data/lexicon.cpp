#include "khabar/lexicon.hpp"

#include <fstream>
#include <sstream>

#include "data/embedded_data.hpp"
#include "khabar/error.hpp"
#include "util/utf8.hpp"

namespace khabar {
namespace {

constexpr std::size_t kMaxLineBytes = 64 * 1024;

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

std::size_t TsvTable::column(std::string_view wanted) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == wanted) return i;
  }
  throw Error("table " + name + " has no column '" + std::string(wanted) + "'", source);
}

TsvTable parse_tsv(std::string_view content, std::string name, std::string source,
                   const std::vector<std::string>& expected_columns) {
  TsvTable table;
  table.name = std::move(name);
  table.source = std::move(source);
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > kMaxLineBytes) {
      throw Error("line longer than 64 KiB", table.source, line_no);
    }
    if (!internal::is_valid_utf8(line)) throw Error("invalid UTF-8", table.source, line_no);
    if (line.find('\0') != std::string_view::npos) {
      throw Error("NUL byte in line", table.source, line_no);
    }
    if (line.empty() || line.front() == '#') continue;
    auto fields = split_tabs(line);
    if (table.columns.empty()) {
      if (!expected_columns.empty() && fields != expected_columns) {
        throw Error("header is '" + join(fields) + "', expected '" + join(expected_columns) + "'",
                    table.source, line_no);
      }
      for (const auto& f : fields) {
        if (f.empty()) throw Error("empty column name in header", table.source, line_no);
      }
      table.columns = std::move(fields);
      continue;
    }
    if (fields.size() != table.columns.size()) {
      throw Error("expected " + std::to_string(table.columns.size()) + " TAB-separated fields (" +
                      join(table.columns) + "), found " + std::to_string(fields.size()),
                  table.source, line_no);
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) {
        throw Error("field '" + table.columns[i] + "' is empty", table.source, line_no);
      }
    }
    table.rows.push_back({std::move(fields), line_no});
  }
  if (table.columns.empty()) throw Error("no header line", table.source, line_no);
  return table;
}

std::shared_ptr<const Lexicons> Lexicons::embedded() {
  static const std::shared_ptr<const Lexicons> instance = [] {
    auto lex = std::make_shared<Lexicons>();
    for (const auto& file : internal::embedded_files()) {
      // The build checks these same files with the same parser (tests), so this cannot throw
      // for a released library.
      std::string name(file.name);
      lex->tables_.emplace(name, parse_tsv(file.content, name, "embedded:data/" + name + ".tsv"));
    }
    return lex;
  }();
  return instance;
}

std::shared_ptr<const Lexicons> Lexicons::load(const std::filesystem::path& dir, LoadMode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("not a readable directory", dir.string());
  auto lex = std::make_shared<Lexicons>(*embedded());
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".tsv") continue;
    const fs::path rel = fs::relative(it->path(), dir, ec);
    std::string name = rel.generic_string();
    name.resize(name.size() - 4);
    const std::string path = it->path().string();
    auto existing = lex->tables_.find(name);
    if (existing == lex->tables_.end()) {
      throw Error("no embedded table is named '" + name + "'", path);
    }
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) throw Error("cannot open file", path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw Error("cannot read file", path);
    TsvTable table = parse_tsv(buffer.str(), name, path, existing->second.columns);
    if (mode == LoadMode::kExtend) {
      auto& rows = existing->second.rows;
      rows.insert(rows.end(), table.rows.begin(), table.rows.end());
      existing->second.source += " + " + path;
    } else {
      existing->second = std::move(table);
    }
  }
  if (ec) throw Error("cannot list directory: " + ec.message(), dir.string());
  return lex;
}

const TsvTable& Lexicons::table(std::string_view name) const {
  auto it = tables_.find(name);
  if (it == tables_.end()) throw Error("no data table named '" + std::string(name) + "'");
  return it->second;
}

bool Lexicons::has_table(std::string_view name) const { return tables_.count(name) > 0; }

std::vector<std::string> Lexicons::names() const {
  std::vector<std::string> out;
  for (const auto& [name, table] : tables_) out.push_back(name);
  return out;
}

}  // namespace khabar
