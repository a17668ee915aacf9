// The annotated corpus tests/corpus/numbers*.jsonl: short news passages written for the project
// in Gulf, Egyptian, Levantine and Maghrebi press styles, one JSON object a line:
//   {"id", "style", "text", "numbers": [{"text", "begin", "end", "kind", "value", "qualifier",
//                                        "unit"?, "currency"?, "counted"?, "low"?, "high"?}]}
// begin/end are byte offsets into text. Every passage must give exactly its listed facts.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cmath>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <fstream>
#include <string>
#include <vector>

#include "corpus_jsonl.hpp"
#include "khabar/analyzer.hpp"

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

struct Passage {
  std::string file;
  std::size_t line = 0;
  std::string id;
  std::string text;
  json::array numbers;
};

std::vector<Passage> load_corpus() {
  std::vector<Passage> out;
  for (const auto& c : khabar::testing::load_corpus_lines("numbers")) {
    const boost::json::object& o = c.object;
    Passage p;
    p.file = c.file;
    p.line = c.line;
    p.id = std::string(o.at("id").as_string());
    p.text = std::string(o.at("text").as_string());
    p.numbers = o.at("numbers").as_array();
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<Passage>& corpus() {
  static const std::vector<Passage> passages = load_corpus();
  return passages;
}

const khabar::Analyzer& analyzer() {
  static const khabar::Analyzer instance;
  return instance;
}

std::string optional_string(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v ? std::string(v->as_string()) : std::string();
}

double number(const json::value& v) { return v.to_number<double>(); }

std::string describe(const khabar::NumericFact& f, std::string_view text) {
  std::string s = "«" + std::string(f.span.slice(text)) + "» [" + std::to_string(f.span.begin) +
                  "," + std::to_string(f.span.end) + ") " + std::string(khabar::to_string(f.kind)) +
                  " " + std::to_string(f.value);
  if (!f.unit.empty()) s += " unit=" + f.unit;
  if (!f.currency.empty()) s += " currency=" + f.currency;
  if (!f.counted.empty()) s += " counted=" + std::string(f.counted.slice(text));
  s += " " + std::string(khabar::to_string(f.qualifier));
  if (f.low) s += " low=" + std::to_string(*f.low) + " high=" + std::to_string(*f.high);
  return s;
}

class NumbersCorpus : public ::testing::TestWithParam<std::size_t> {};

TEST_P(NumbersCorpus, PassageGivesExactlyItsFacts) {
  const Passage& p = corpus()[GetParam()];
  SCOPED_TRACE(p.file + ":" + std::to_string(p.line) + " " + p.id);
  const khabar::Document doc = analyzer().analyze(p.text);
  std::string got;
  for (const auto& f : doc.numbers) got += "\n  " + describe(f, p.text);
  ASSERT_EQ(doc.numbers.size(), p.numbers.size()) << "extracted:" << got;
  for (std::size_t k = 0; k < p.numbers.size(); ++k) {
    const json::object& want = p.numbers[k].as_object();
    const khabar::NumericFact& f = doc.numbers[k];
    SCOPED_TRACE("fact " + std::to_string(k) + ": " + describe(f, p.text));
    const auto begin = static_cast<std::uint32_t>(want.at("begin").to_number<std::int64_t>());
    const auto end = static_cast<std::uint32_t>(want.at("end").to_number<std::int64_t>());
    EXPECT_EQ(std::string(want.at("text").as_string()),
              std::string(std::string_view(p.text).substr(begin, end - begin)))
        << "the corpus line itself is inconsistent";
    EXPECT_EQ(f.span.begin, begin);
    EXPECT_EQ(f.span.end, end);
    EXPECT_EQ(std::string(khabar::to_string(f.kind)), std::string(want.at("kind").as_string()));
    const double value = number(want.at("value"));
    EXPECT_NEAR(f.value, value, std::fabs(value) * 1e-12);
    EXPECT_EQ(std::string(khabar::to_string(f.qualifier)),
              std::string(want.at("qualifier").as_string()));
    EXPECT_EQ(f.unit, optional_string(want, "unit"));
    EXPECT_EQ(f.currency, optional_string(want, "currency"));
    EXPECT_EQ(std::string(f.counted.slice(p.text)), optional_string(want, "counted"));
    EXPECT_EQ(f.low.has_value(), want.contains("low"));
    if (f.low && want.contains("low")) {
      EXPECT_EQ(*f.low, number(want.at("low")));
      EXPECT_EQ(*f.high, number(want.at("high")));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Passages, NumbersCorpus,
                         ::testing::Range<std::size_t>(0, corpus().size()),
                         [](const auto& info) {
                           return khabar::testing::parameter_name(corpus()[info.param].id);
                         });

TEST(NumbersCorpusSize, AtLeast150FactsInFourStyles) {
  std::size_t facts = 0;
  std::set<std::string> styles;
  const fs::path dir = fs::path(KHABAR_SOURCE_DIR) / "tests" / "corpus";
  for (const Passage& p : corpus()) facts += p.numbers.size();
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("numbers", 0) != 0) continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) styles.insert(std::string(json::parse(line).at("style").as_string()));
    }
  }
  EXPECT_GE(facts, 150u);
  EXPECT_GE(styles.size(), 4u);
}

}  // namespace
