// Shared by the annotated-corpus tests (numbers, dates, organizations): the lines of
// tests/corpus/<prefix>*.jsonl as JSON objects, and a GoogleTest parameter name from a passage id.
#ifndef KHABAR_TESTS_SUPPORT_CORPUS_JSONL_HPP_
#define KHABAR_TESTS_SUPPORT_CORPUS_JSONL_HPP_

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::testing {

struct CorpusLine {
  std::string file;  // file name, for messages
  std::size_t line = 0;
  boost::json::object object;
};

// Every non-empty line of tests/corpus/<prefix>*.jsonl, files in name order. KHABAR_SOURCE_DIR
// is defined by khabar_add_gtest().
inline std::vector<CorpusLine> load_corpus_lines(std::string_view prefix) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(KHABAR_SOURCE_DIR) / "tests" / "corpus";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(prefix) && entry.path().extension() == ".jsonl") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<CorpusLine> out;
  for (const fs::path& path : files) {
    std::ifstream in(path);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      out.push_back({path.filename().string(), n, boost::json::parse(line).as_object()});
    }
  }
  return out;
}

// A passage id as a test name: every character that is not a letter or digit becomes '_'.
inline std::string parameter_name(std::string id) {
  for (char& c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return id;
}

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_SUPPORT_CORPUS_JSONL_HPP_
