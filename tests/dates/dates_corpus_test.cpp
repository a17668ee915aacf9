// The annotated corpus tests/corpus/dates*.jsonl: short news passages written for the project in
// Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian and Moroccan press styles, Hijri and relative
// dates, one JSON object a line:
//   {"id", "style", "reference_date"?, "text",
//    "dates": [{"text", "begin", "end", "value", "grain", "calendar", "hijri"?, "end_value"?,
//               "relative"?}]}
// begin/end are byte offsets into text. Every passage must give exactly its listed dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
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
  std::string style;
  std::string text;
  std::string reference_date;
  json::array dates;
};

std::vector<Passage> load_corpus() {
  std::vector<Passage> out;
  for (const auto& c : khabar::testing::load_corpus_lines("dates")) {
    const boost::json::object& o = c.object;
    Passage p;
    p.file = c.file;
    p.line = c.line;
    p.id = std::string(o.at("id").as_string());
    p.style = std::string(o.at("style").as_string());
    p.text = std::string(o.at("text").as_string());
    if (const auto* r = o.if_contains("reference_date")) p.reference_date = r->as_string();
    p.dates = o.at("dates").as_array();
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

std::optional<khabar::CivilDate> parse_date(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return khabar::CivilDate{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)),
                           std::stoi(s.substr(8, 2))};
}

std::string describe(const khabar::DateMention& d, std::string_view text) {
  std::string s = "«" + std::string(d.span.slice(text)) + "» [" + std::to_string(d.span.begin) +
                  "," + std::to_string(d.span.end) + ") " + d.value;
  if (!d.end_value.empty()) s += ".." + d.end_value;
  s += " " + std::string(khabar::to_string(d.grain)) + " " +
       std::string(khabar::to_string(d.calendar));
  if (!d.hijri.empty()) s += " hijri=" + d.hijri;
  if (d.relative) s += " relative";
  if (d.modifier != khabar::DateModifier::kNone) s += " " + std::string(khabar::to_string(d.modifier));
  return s;
}

class DatesCorpus : public ::testing::TestWithParam<std::size_t> {};

TEST_P(DatesCorpus, PassageGivesExactlyItsDates) {
  const Passage& p = corpus()[GetParam()];
  SCOPED_TRACE(p.file + ":" + std::to_string(p.line) + " " + p.id);
  khabar::AnalyzeOptions options;
  options.reference_date = parse_date(p.reference_date);
  const khabar::Document doc = analyzer().analyze(p.text, options);
  std::string got;
  for (const auto& d : doc.dates) got += "\n  " + describe(d, p.text);
  ASSERT_EQ(doc.dates.size(), p.dates.size()) << "extracted:" << got;
  for (std::size_t k = 0; k < p.dates.size(); ++k) {
    const json::object& want = p.dates[k].as_object();
    const khabar::DateMention& d = doc.dates[k];
    SCOPED_TRACE("date " + std::to_string(k) + ": " + describe(d, p.text));
    const auto begin = static_cast<std::uint32_t>(want.at("begin").to_number<std::int64_t>());
    const auto end = static_cast<std::uint32_t>(want.at("end").to_number<std::int64_t>());
    EXPECT_EQ(std::string(want.at("text").as_string()),
              std::string(std::string_view(p.text).substr(begin, end - begin)))
        << "the corpus line itself is inconsistent";
    EXPECT_EQ(d.span.begin, begin);
    EXPECT_EQ(d.span.end, end);
    EXPECT_EQ(d.value, optional_string(want, "value"));
    EXPECT_EQ(d.end_value, optional_string(want, "end_value"));
    EXPECT_EQ(std::string(khabar::to_string(d.grain)), std::string(want.at("grain").as_string()));
    EXPECT_EQ(std::string(khabar::to_string(d.calendar)),
              std::string(want.at("calendar").as_string()));
    EXPECT_EQ(d.hijri, optional_string(want, "hijri"));
    const auto* relative = want.if_contains("relative");
    EXPECT_EQ(d.relative, relative != nullptr && relative->as_bool());
    EXPECT_EQ(std::string(khabar::to_string(d.modifier)), optional_string(want, "modifier"));
  }
}

INSTANTIATE_TEST_SUITE_P(Passages, DatesCorpus, ::testing::Range<std::size_t>(0, corpus().size()),
                         [](const auto& info) {
                           return khabar::testing::parameter_name(corpus()[info.param].id);
                         });

TEST(DatesCorpusSize, AtLeast150MentionsAcrossTraditions) {
  std::size_t mentions = 0, hijri = 0, relative = 0;
  std::set<std::string> styles;
  for (const Passage& p : corpus()) {
    mentions += p.dates.size();
    styles.insert(p.style);
    for (const auto& d : p.dates) {
      const json::object& o = d.as_object();
      if (o.at("calendar").as_string() == "hijri") ++hijri;
      if (const auto* r = o.if_contains("relative"); r != nullptr && r->as_bool()) ++relative;
    }
  }
  EXPECT_GE(mentions, 150u);
  EXPECT_GE(hijri, 20u);
  EXPECT_GE(relative, 20u);
  for (const char* style : {"egypt", "levant", "maghreb-dz", "morocco", "hijri", "relative"}) {
    EXPECT_TRUE(styles.contains(style)) << style;
  }
}

}  // namespace
