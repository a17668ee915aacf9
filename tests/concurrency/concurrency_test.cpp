// Thread safety (DESIGN §3): an Analyzer (with its Tokenizer, Normalizer and extractors) is
// immutable after construction and shared by many threads, each analysing different documents
// in a different order, reusing its own Document. Every result must equal the single-threaded
// one, byte for byte (compared through the JSON that `khabar extract` prints). scripts/test.sh
// also runs this under ThreadSanitizer.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "khabar/analyzer.hpp"
#include "khabar/json.hpp"

namespace {

// Real news from ../shared when it is there, else passages written here.
std::vector<std::string> documents() {
  std::vector<std::string> docs;
  const std::filesystem::path news =
      std::filesystem::path(KHABAR_SOURCE_DIR) / ".." / "shared" / "corpus" / "news-sample.jsonl";
  std::ifstream in(news);
  std::string line;
  while (docs.size() < 120 && std::getline(in, line)) {
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(line, ec);
    if (ec || !v.is_object()) continue;
    if (const auto* text = v.as_object().if_contains("text"); text && text->is_string()) {
      docs.emplace_back(text->as_string());
    }
  }
  if (docs.size() < 40) {
    const char* kSentences[] = {
        "الرياض - 12 مارس 2024 (واس) - أعلنت وزارة المالية أمس أن الإيرادات بلغت 1.2 تريليون ريال.",
        "وقالت منظمة الصحة العالمية (WHO) إن ما لا يقل عن 40 دولة عضو سجلت إصابات جديدة.",
        "توفي في 28 رمضان 1436 هـ الموافق 15 يوليو 2015م بعد مسيرة امتدت بين عامي 1960 و2010.",
        "وارتفع النمو بنسبة ٣٫٥٪ خلال الأسبوع الماضي، فيما قدم البنك الدولي نحو 81 مليار دولار.",
        "انطلقت الدورة في 5 جويلية 2023 بمشاركة الاتحاد الأفريقي وجامعة الدول العربية.",
        "وفي التسعينيات من القرن الماضي، تضاعف عدد السكان ثلاث مرات حسب الأمم المتحدة.",
    };
    for (int k = 0; k < 60; ++k) {
      std::string doc;
      for (int j = 0; j <= k % 6; ++j) doc += std::string(kSentences[(k + j) % 6]) + " ";
      docs.push_back(doc);
    }
  }
  return docs;
}

std::string analyze_json(const khabar::Analyzer& analyzer, const std::string& text,
                         khabar::Document& doc, const khabar::AnalyzeOptions& options) {
  analyzer.analyze(text, doc, options);
  std::string json;
  khabar::append_json(json, doc, text);
  // the tokens too: their spans and forms
  for (const khabar::Token& t : doc.tokens.tokens()) {
    json += std::to_string(t.span.begin) + ":" + std::string(doc.tokens.match_key(t)) + " ";
  }
  return json;
}

TEST(Concurrency, SharedAnalyzerGivesSingleThreadedResults) {
  const khabar::Analyzer analyzer;
  const std::vector<std::string> docs = documents();
  khabar::AnalyzeOptions options;
  options.reference_date = khabar::CivilDate{2024, 12, 24};
  std::vector<std::string> expected;
  {
    khabar::Document doc;
    for (const std::string& d : docs) expected.push_back(analyze_json(analyzer, d, doc, options));
  }
  constexpr int kThreads = 8;
  std::vector<std::vector<std::string>> got(kThreads, std::vector<std::string>(docs.size()));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      khabar::Document doc;  // one per thread, reused across its documents
      // each thread walks the documents from a different start, with a different stride
      const std::size_t n = docs.size();
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (static_cast<std::size_t>(t) * 7 + k * (t % 2 == 0 ? 1 : n - 1)) % n;
        got[t][i] = analyze_json(analyzer, docs[i], doc, options);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      ASSERT_EQ(got[t][i], expected[i]) << "thread " << t << ", document " << i;
    }
  }
}

TEST(Concurrency, AnalyzersBuiltInParallelAgree) {
  // Building analyzers in several threads at once (the embedded lexicons are parsed once,
  // lazily) must be safe and give the same results.
  const std::string text = "أعلنت الأمم المتحدة في 24 ديسمبر 2024 تخصيص 5 ملايين دولار.";
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      const khabar::Analyzer analyzer;
      khabar::Document doc;
      results[t] = analyze_json(analyzer, text, doc, {});
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 1; t < 4; ++t) EXPECT_EQ(results[t], results[0]);
  EXPECT_NE(results[0].find("\"value\":\"2024-12-24\""), std::string::npos) << results[0];
}

}  // namespace
