// libFuzzer target: the run-time data loader. The first byte picks a table (a tokenizer, number,
// date or organization table), the rest becomes that table's file in a data directory loaded
// with Lexicons::load (replace or extend), and the stage that reads the table is built from it.
// A malformed table must give khabar::Error with the file and line, never a crash or another
// exception; a table that loads must give a stage that analyses text.
//
//   fuzz/tsv_loader_fuzzer -max_total_time=60 corpus-copy/ fuzz/corpus/tsv_loader/
#include <khabar/analyzer.hpp>
#include <khabar/error.hpp>
#include <khabar/lexicon.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_checks.hpp"

namespace {

struct Table {
  const char* name;
  enum Stage { kTokenizer, kNumbers, kDates, kOrganizations } stage;
};
constexpr Table kTables[] = {
    {"tokenize/abbreviations", Table::kTokenizer},    {"tokenize/pronoun_hosts", Table::kTokenizer},
    {"tokenize/unsegmentable_words", Table::kTokenizer},
    {"numbers/cardinals", Table::kNumbers},           {"numbers/units", Table::kNumbers},
    {"numbers/currencies", Table::kNumbers},          {"numbers/qualifiers", Table::kNumbers},
    {"dates/months", Table::kDates},                  {"dates/periods", Table::kDates},
    {"dates/relative", Table::kDates},                {"dates/relative_counts", Table::kDates},
    {"organizations/heads", Table::kOrganizations},   {"organizations/pattern_words", Table::kOrganizations},
    {"organizations/international", Table::kOrganizations},
};

const std::filesystem::path& directory() {
  static const std::filesystem::path dir = [] {
    char name[] = "/tmp/khabar-tsv-fuzz-XXXXXX";
    if (mkdtemp(name) == nullptr) std::abort();
    return std::filesystem::path(name);
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const Table& table = kTables[data[0] % std::size(kTables)];
  const bool extend = (data[0] & 0x80) != 0;
  const std::filesystem::path dir = directory();
  std::filesystem::remove_all(dir);
  const std::filesystem::path file = dir / (std::string(table.name) + ".tsv");
  std::filesystem::create_directories(file.parent_path());
  {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  try {
    auto lexicons = khabar::Lexicons::load(
        dir, extend ? khabar::LoadMode::kExtend : khabar::LoadMode::kReplace);
    const std::string text = "في 24 ديسمبر 2024 أعلنت الأمم المتحدة وللوزارة نحو 5 ملايين دولار.";
    khabar::TokenizedText tokens = khabar::Tokenizer(lexicons).tokenize(text);
    switch (table.stage) {
      case Table::kTokenizer: break;
      case Table::kNumbers: khabar::NumberExtractor(lexicons).extract(text, tokens); break;
      case Table::kDates: khabar::DateExtractor(lexicons).extract(text, tokens); break;
      case Table::kOrganizations: khabar::OrganizationExtractor(lexicons).extract(text, tokens); break;
    }
  } catch (const khabar::Error& e) {
    // the message names the file (and the line when there is one)
    CHECK(std::string(e.what()).find(".tsv") != std::string::npos, 0, 0);
  }
  return 0;
}
