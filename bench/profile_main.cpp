// A small driver for profiling and memory measurement (see bench/README.md):
//
//   khabar_profile STAGE [MB]
//
// STAGE: normalize-search | normalize-display | tokenize | tokenize-noclitics | analyze |
//        analyze-numbers | icu-word | icu-sentence
//          run the stage once per article over MB megabytes of the corpus (default 2);
//        tokenize-doc   tokenize the articles joined into ONE document (for peak RSS);
//        load-doc       build that document and stop (the baseline for tokenize-doc).
// The work itself happens in run_stage(), so callgrind can collect it alone:
//   valgrind --tool=callgrind --toggle-collect='*run_stage*' khabar_profile tokenize 2
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "corpus.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/analyzer.hpp"
#include "khabar/tokenizer.hpp"

namespace {

using khabar::bench::Corpus;

// Objects are built before run_stage() so that their start-up tables stay out of the profile.
struct Stage {
  std::string_view name;
  const khabar::Normalizer* normalizer = nullptr;
  const khabar::Tokenizer* tokenizer = nullptr;
  khabar::TokenizeOptions options;
  icu::BreakIterator* icu = nullptr;  // the reference: every boundary and its rule status
  const khabar::Analyzer* analyzer = nullptr;  // analyze: the whole chain, all extractors
  khabar::AnalyzeOptions analyze_options;
};

[[gnu::noinline]] std::size_t run_stage(const Stage& stage, const Corpus& corpus,
                                        const std::string& document) {
  std::size_t produced = 0;
  if (stage.analyzer) {
    khabar::Document doc;
    for (const std::string& article : corpus.articles) {
      stage.analyzer->analyze(article, doc, stage.analyze_options);
      produced += doc.dates.size() + doc.numbers.size() + doc.organizations.size();
    }
  } else if (stage.normalizer) {
    khabar::NormalizedText out;
    for (const std::string& article : corpus.articles) {
      stage.normalizer->normalize(article, out);
      produced += out.text().size() + out.anchors().size();
    }
  } else if (stage.tokenizer && !document.empty()) {
    const khabar::TokenizedText out = stage.tokenizer->tokenize(document, stage.options);
    produced = out.tokens().size() + out.all_segments().size() + out.sentences().size();
    // What the result holds (capacity, in bytes), for docs/performance.md's memory figures.
    std::fprintf(stderr,
                 "khabar_profile: %zu tokens (%zu B capacity), %zu segments (%zu B), %zu sentences, "
                 "%zu anchors (%zu B), normalized text %zu B, buffer %zu B\n",
                 out.tokens().size(), out.tokens().capacity() * sizeof(khabar::Token),
                 out.all_segments().size(), out.all_segments().capacity() * sizeof(khabar::Segment),
                 out.sentences().size(), out.normalization().anchors().size(),
                 out.normalization().anchors().capacity() * sizeof(khabar::NormalizedText::Anchor),
                 out.normalization().text().capacity(), out.normalized_text().size());
  } else if (stage.tokenizer) {
    khabar::TokenizedText out;
    for (const std::string& article : corpus.articles) {
      stage.tokenizer->tokenize(article, out, stage.options);
      produced += out.tokens().size();
    }
  } else if (stage.icu) {
    UText* text = nullptr;
    for (const std::string& article : corpus.articles) {
      UErrorCode status = U_ZERO_ERROR;
      text = utext_openUTF8(text, article.data(), static_cast<std::int64_t>(article.size()),
                            &status);
      stage.icu->setText(text, status);
      for (std::int32_t b = stage.icu->first(); b != icu::BreakIterator::DONE;
           b = stage.icu->next()) {
        produced += 1 + static_cast<std::size_t>(stage.icu->getRuleStatus() != 0);
      }
    }
    utext_close(text);
  }
  return produced;
}

// A field of /proc/self/status in kB (VmRSS: resident now, VmHWM: peak resident); -1 elsewhere.
long status_kb(std::string_view field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(field) && line.size() > field.size() && line[field.size()] == ':') {
      return std::strtol(line.c_str() + field.size() + 1, nullptr, 10);
    }
  }
  return -1;
}

int usage() {
  std::fprintf(stderr,
               "usage: khabar_profile normalize-search|normalize-display|tokenize|"
               "tokenize-noclitics|analyze|analyze-numbers|icu-word|icu-sentence|tokenize-doc|"
               "load-doc [MB]\n");
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) return usage();
  const std::string_view name = argv[1];
  const long mb = argc == 3 ? std::strtol(argv[2], nullptr, 10) : 2;
  if (mb <= 0) return usage();

  const khabar::Normalizer search(khabar::NormalizeOptions::search());
  const khabar::Normalizer display(khabar::NormalizeOptions::display());
  const bool tokenizes = name.starts_with("tokenize");
  const khabar::Tokenizer* tokenizer = tokenizes ? new khabar::Tokenizer() : nullptr;

  Stage stage;
  stage.name = name;
  if (name == "normalize-search") {
    stage.normalizer = &search;
  } else if (name == "normalize-display") {
    stage.normalizer = &display;
  } else if (name == "tokenize" || name == "tokenize-doc") {
    stage.tokenizer = tokenizer;
  } else if (name == "tokenize-noclitics") {
    stage.tokenizer = tokenizer;
    stage.options.segment_clitics = false;
  } else if (name == "icu-word" || name == "icu-sentence") {
    UErrorCode status = U_ZERO_ERROR;
    stage.icu = name == "icu-word" ? icu::BreakIterator::createWordInstance(icu::Locale("ar"), status)
                                   : icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status);
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "khabar_profile: %s\n", u_errorName(status));
      return 1;
    }
    // Warm ICU's lazily loaded data so that it stays out of the profile.
    UErrorCode warm = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, "كلمة أولى. كلمة ثانية", -1, &warm);
    stage.icu->setText(text, warm);
    while (stage.icu->next() != icu::BreakIterator::DONE) {}
    utext_close(text);
  } else if (name == "analyze" || name == "analyze-numbers") {
    if (name == "analyze-numbers") {  // as `khabar extract --extractors numbers` runs it
      stage.analyze_options.dates = stage.analyze_options.organizations = false;
      stage.analyze_options.clitic_segments = false;
    }
    stage.analyzer = new khabar::Analyzer();
    stage.analyzer->analyze("warm-up: في 24 ديسمبر 2024 أعلنت الأمم المتحدة 5 ملايين دولار.");
  } else if (name != "load-doc") {
    return usage();
  }

  Corpus corpus = khabar::bench::load_corpus(static_cast<std::size_t>(mb) << 20);
  std::string document;
  if (name.ends_with("-doc")) {
    document.reserve(corpus.bytes + 2 * corpus.articles.size());
    for (const std::string& article : corpus.articles) {
      document += article;
      document += "\n\n";
    }
    corpus.articles.clear();
    corpus.articles.shrink_to_fit();
#if defined(__GLIBC__)
    malloc_trim(0);  // hand the articles' memory back so that VmRSS below is the document alone
#endif
    std::fprintf(stderr, "khabar_profile: one document of %zu bytes\n", document.size());
  }

  if (tokenizer) tokenizer->tokenize("warm-up: بناء الجداول عند أول استعمال.");  // lazy tables
  const long rss_before_kb = status_kb("VmRSS");
  const auto start = std::chrono::steady_clock::now();
  const std::size_t produced = run_stage(stage, corpus, document);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!document.empty()) {
    // Peak growth during the stage (its output is still alive at its end) per input byte.
    const long hwm_kb = status_kb("VmHWM");
    std::printf("memory: VmRSS before %ld kB, VmHWM after %ld kB, growth %.2f bytes per input byte\n",
                rss_before_kb, hwm_kb,
                static_cast<double>(hwm_kb - rss_before_kb) * 1024.0 /
                    static_cast<double>(document.size()));
  }
  const double bytes = document.empty() ? static_cast<double>(corpus.bytes)
                                        : static_cast<double>(document.size());
  std::printf("%s: %.0f bytes in %.3f s (%.1f MB/s), result %zu\n", std::string(name).c_str(),
              bytes, seconds, seconds > 0 ? bytes / seconds / 1e6 : 0.0, produced);
  delete tokenizer;
  delete stage.icu;
  delete stage.analyzer;
  return 0;
}
