// Throughput of the normalizer and tokenizer on real Arabic news text, one article at a time
// (as a user would call them), against ICU's word and sentence BreakIterators as a reference.
// See bench/README.md; figures are in docs/performance.md.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdint>
#include <iostream>
#include <memory>

#include "corpus.hpp"
#include "khabar/analyzer.hpp"
#include "khabar/json.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/tokenizer.hpp"

namespace {

using khabar::bench::Corpus;

// Loaded once, before the first benchmark runs (20 MB of non-repeating articles by default).
const Corpus& corpus() {
  static const Corpus c = khabar::bench::load_corpus(khabar::bench::corpus_megabytes(20) << 20);
  return c;
}

void set_processed(benchmark::State& state) {
  const Corpus& c = corpus();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(c.bytes));
  state.counters["articles"] = static_cast<double>(c.articles.size());
  if (c.repeated) state.SetLabel("REPEATED sample text: figures flattered");
}

void normalize(benchmark::State& state, const khabar::NormalizeOptions& options) {
  const Corpus& c = corpus();
  const khabar::Normalizer normalizer(options);
  khabar::NormalizedText out;  // reused: the batch form
  for (auto _ : state) {
    for (const std::string& article : c.articles) {
      normalizer.normalize(article, out);
      benchmark::DoNotOptimize(out.text().data());
      benchmark::DoNotOptimize(out.anchors().data());
    }
    benchmark::ClobberMemory();
  }
  set_processed(state);
}

void BM_Normalize_Search(benchmark::State& state) {
  normalize(state, khabar::NormalizeOptions::search());
}
void BM_Normalize_Display(benchmark::State& state) {
  normalize(state, khabar::NormalizeOptions::display());
}

void tokenize(benchmark::State& state, const khabar::TokenizeOptions& options) {
  const Corpus& c = corpus();
  const khabar::Tokenizer tokenizer;
  khabar::TokenizedText out;  // reused
  std::size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const std::string& article : c.articles) {
      tokenizer.tokenize(article, out, options);
      tokens += out.tokens().size();
      benchmark::DoNotOptimize(out.tokens().data());
      benchmark::DoNotOptimize(out.sentences().data());
    }
    benchmark::ClobberMemory();
  }
  set_processed(state);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(tokens) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State& state) {
  tokenize(state, khabar::TokenizeOptions{.segment_clitics = true, .split_sentences = true});
}
void BM_Tokenize_NoClitics(benchmark::State& state) {
  tokenize(state, khabar::TokenizeOptions{.segment_clitics = false, .split_sentences = true});
}

khabar::AnalyzeOptions only(bool numbers, bool dates, bool organizations) {
  khabar::AnalyzeOptions options;
  options.numbers = numbers;
  options.dates = dates;
  options.organizations = organizations;
  return options;
}

// The whole chain (tokenize + the chosen extractors), one Document reused across articles.
void analyze(benchmark::State& state, const khabar::AnalyzeOptions& options) {
  const Corpus& c = corpus();
  static const khabar::Analyzer analyzer;
  khabar::Document doc;
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (const std::string& article : c.articles) {
      analyzer.analyze(article, doc, options);
      mentions += doc.numbers.size() + doc.dates.size() + doc.organizations.size();
      benchmark::DoNotOptimize(doc.tokens.tokens().data());
    }
    benchmark::ClobberMemory();
  }
  set_processed(state);
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_Analyze_Numbers(benchmark::State& state) {
  analyze(state, only(true, false, false));
}
void BM_Analyze_Dates(benchmark::State& state) {
  analyze(state, only(false, true, false));
}
void BM_Analyze_Organizations(benchmark::State& state) {
  analyze(state, only(false, false, true));
}
void BM_Analyze_All(benchmark::State& state) { analyze(state, {}); }

// What `khabar extract` does per document: analyze, then write its JSON line (without the
// reading of the input and the writing to a file). Like the command, no clitic segments unless
// an extractor needs them.
void extract_json(benchmark::State& state, khabar::AnalyzeOptions options) {
  const Corpus& c = corpus();
  static const khabar::Analyzer analyzer;
  options.clitic_segments = false;
  khabar::Document doc;
  std::string line;
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    json_bytes = 0;
    for (const std::string& article : c.articles) {
      analyzer.analyze(article, doc, options);
      line.clear();
      khabar::append_json(line, doc, article);
      json_bytes += line.size();
      benchmark::DoNotOptimize(line.data());
    }
    benchmark::ClobberMemory();
  }
  set_processed(state);
  state.counters["json_bytes"] = static_cast<double>(json_bytes);
}
void BM_Extract_Numbers_Json(benchmark::State& state) {
  extract_json(state, only(true, false, false));
}
void BM_Extract_All_Json(benchmark::State& state) { extract_json(state, {}); }

// Reference: ICU over a UTF-8 UText (no UTF-16 copy), every boundary and its rule status.
void icu_break_iterator(benchmark::State& state, bool words) {
  const Corpus& c = corpus();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale arabic("ar");
  std::unique_ptr<icu::BreakIterator> bi(
      words ? icu::BreakIterator::createWordInstance(arabic, status)
            : icu::BreakIterator::createSentenceInstance(arabic, status));
  if (U_FAILURE(status)) {
    state.SkipWithError(u_errorName(status));
    return;
  }
  UText* text = nullptr;
  std::int64_t boundaries = 0;
  for (auto _ : state) {
    boundaries = 0;
    std::int64_t statuses = 0;
    for (const std::string& article : c.articles) {
      status = U_ZERO_ERROR;
      text = utext_openUTF8(text, article.data(), static_cast<std::int64_t>(article.size()),
                            &status);
      bi->setText(text, status);
      for (std::int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) {
        ++boundaries;
        statuses += bi->getRuleStatus();
      }
    }
    benchmark::DoNotOptimize(statuses);
  }
  utext_close(text);
  set_processed(state);
  state.counters["boundaries"] = static_cast<double>(boundaries);
}

void BM_IcuWordBreakIterator(benchmark::State& state) { icu_break_iterator(state, true); }
void BM_IcuSentenceBreakIterator(benchmark::State& state) { icu_break_iterator(state, false); }

BENCHMARK(BM_Normalize_Search)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize_Display)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize_NoClitics)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze_Numbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze_Organizations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze_All)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_Numbers_Json)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_All_Json)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuWordBreakIterator)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuSentenceBreakIterator)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  corpus();  // load (and print what was loaded) before the timings start
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
