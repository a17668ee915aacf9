// The annotated corpus tests/corpus/organizations.jsonl: short news passages written for the
// project, one JSON object a line:
//   {"id", "text", "organizations": [{"text", "begin", "end", "canonical", "acronym"?}]}
// begin/end are UTF-8 byte offsets into text; a passage with an empty list is a negative example
// (generic uses, treaties, ordinary words). Every passage must give exactly its listed mentions,
// with their spans, canonical names and (when listed) acronyms.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus_jsonl.hpp"
#include "khabar/organizations.hpp"
#include "khabar/tokenizer.hpp"

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

struct Passage {
  std::size_t line = 0;
  std::string id;
  std::string text;
  json::array organizations;
};

std::vector<Passage> load_corpus() {
  std::vector<Passage> out;
  for (const auto& c : khabar::testing::load_corpus_lines("organizations")) {
    const boost::json::object& o = c.object;
    Passage p;
    p.line = c.line;
    p.id = std::string(o.at("id").as_string());
    p.text = std::string(o.at("text").as_string());
    p.organizations = o.at("organizations").as_array();
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<Passage>& corpus() {
  static const std::vector<Passage> passages = load_corpus();
  return passages;
}

std::vector<khabar::Organization> extract(const std::string& text) {
  static const khabar::Tokenizer tokenizer;
  static const khabar::OrganizationExtractor extractor;
  return extractor.extract(text, tokenizer.tokenize(text));
}

std::string describe(const khabar::Organization& o, std::string_view text) {
  return "«" + std::string(o.span.slice(text)) + "» [" + std::to_string(o.span.begin) + "," +
         std::to_string(o.span.end) + ") canonical=" + o.canonical + " acronym=" + o.acronym +
         " " + std::string(khabar::to_string(o.source)) + (o.id.empty() ? "" : " id=" + o.id);
}

class OrganizationsCorpus : public ::testing::TestWithParam<std::size_t> {};

TEST_P(OrganizationsCorpus, PassageGivesExactlyItsOrganizations) {
  const Passage& p = corpus()[GetParam()];
  SCOPED_TRACE("organizations.jsonl:" + std::to_string(p.line) + " " + p.id);
  const auto found = extract(p.text);
  std::string got;
  for (const auto& o : found) got += "\n  " + describe(o, p.text);
  ASSERT_EQ(found.size(), p.organizations.size()) << "extracted:" << got;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const json::object& want = p.organizations[k].as_object();
    const khabar::Organization& o = found[k];
    SCOPED_TRACE("mention " + std::to_string(k) + ": " + describe(o, p.text));
    const auto begin = static_cast<std::uint32_t>(want.at("begin").to_number<std::int64_t>());
    const auto end = static_cast<std::uint32_t>(want.at("end").to_number<std::int64_t>());
    ASSERT_LE(begin, end);
    ASSERT_LE(end, p.text.size());
    EXPECT_EQ(std::string(want.at("text").as_string()), p.text.substr(begin, end - begin))
        << "the corpus line itself is inconsistent";
    EXPECT_EQ(o.span.begin, begin);
    EXPECT_EQ(o.span.end, end);
    EXPECT_EQ(o.canonical, std::string(want.at("canonical").as_string()));
    if (const auto* acronym = want.if_contains("acronym")) {
      EXPECT_EQ(o.acronym, std::string(acronym->as_string()));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Passages, OrganizationsCorpus,
                         ::testing::Range<std::size_t>(0, corpus().size()),
                         [](const auto& info) {
                           return khabar::testing::parameter_name(corpus()[info.param].id);
                         });

TEST(OrganizationsCorpusSize, AtLeast200MentionsAndNegativePassages) {
  std::size_t mentions = 0, negatives = 0;
  for (const Passage& p : corpus()) {
    mentions += p.organizations.size();
    negatives += p.organizations.empty();
  }
  EXPECT_GE(mentions, 200u);
  EXPECT_GE(negatives, 10u);
}

}  // namespace
