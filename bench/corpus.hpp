// Benchmark input: real, non-repeating Arabic news text when the shared corpus is present, the
// bundled sample (repeated, with a warning) otherwise.
#ifndef KHABAR_BENCH_CORPUS_HPP_
#define KHABAR_BENCH_CORPUS_HPP_

#include <cstddef>
#include <string>
#include <vector>

namespace khabar::bench {

struct Corpus {
  std::vector<std::string> articles;
  std::size_t bytes = 0;  // sum of the articles' sizes
  std::string source;     // file the text came from
  bool repeated = false;  // the bundled sample was repeated to reach the size asked for
};

// Whole articles up to `max_bytes` (the first article always). Looks for, in order:
//   $KHABAR_BENCH_CORPUS (a .jsonl file with a "text" member per line, or a plain text file);
//   <source dir>/../shared/corpus/news-sample.jsonl;
//   <source dir>/bench/data/sample-news.txt (articles separated by blank lines), repeated
//   (KHABAR_BENCH_CORPUS=bundled goes straight to it).
// Prints what it loaded, and a warning when the text repeats, to stderr.
Corpus load_corpus(std::size_t max_bytes);

// Size asked for in MB: $KHABAR_BENCH_MB when set, else `fallback`.
std::size_t corpus_megabytes(std::size_t fallback);

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_CORPUS_HPP_
