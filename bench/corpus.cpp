#include "corpus.hpp"

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#ifndef KHABAR_SOURCE_DIR
#error "KHABAR_SOURCE_DIR must be defined by bench/CMakeLists.txt"
#endif

namespace khabar::bench {
namespace {

namespace fs = std::filesystem;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One JSON object a line; keeps each "text".
bool load_jsonl(const fs::path& path, std::size_t max_bytes, Corpus& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(line, ec);
    const boost::json::object* obj = ec ? nullptr : v.if_object();
    const boost::json::value* text = obj ? obj->if_contains("text") : nullptr;
    if (!text || !text->is_string()) {
      std::cerr << "khabar bench: " << path.string() << ":" << line_no
                << ": no \"text\" string, line skipped\n";
      continue;
    }
    const boost::json::string& s = text->get_string();
    if (s.empty()) continue;
    if (!out.articles.empty() && out.bytes + s.size() > max_bytes) break;
    out.articles.emplace_back(s.data(), s.size());
    out.bytes += s.size();
  }
  return !out.articles.empty();
}

// Articles separated by one or more blank lines.
std::vector<std::string> split_articles(const std::string& text) {
  std::vector<std::string> articles;
  std::istringstream in(text);
  std::string line, current;
  auto flush = [&] {
    if (!current.empty()) {
      if (current.back() == '\n') current.pop_back();
      articles.push_back(std::move(current));
      current.clear();
    }
  };
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      flush();
    } else {
      current += line;
      current += '\n';
    }
  }
  flush();
  return articles;
}

bool load_text(const fs::path& path, std::size_t max_bytes, bool repeat, Corpus& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::vector<std::string> articles = split_articles(buffer.str());
  if (articles.empty()) return false;
  for (bool again = false;; again = true) {
    for (const std::string& a : articles) {
      if (!out.articles.empty() && out.bytes + a.size() > max_bytes) return true;
      out.articles.push_back(a);
      out.bytes += a.size();
      out.repeated = out.repeated || again;
    }
    if (!repeat) return true;
  }
}

}  // namespace

std::size_t corpus_megabytes(std::size_t fallback) {
  if (const char* env = std::getenv("KHABAR_BENCH_MB")) {
    const long mb = std::strtol(env, nullptr, 10);
    if (mb > 0) return static_cast<std::size_t>(mb);
  }
  return fallback;
}

Corpus load_corpus(std::size_t max_bytes) {
  Corpus out;
  const fs::path source_dir(KHABAR_SOURCE_DIR);
  bool loaded = false;
  const char* env = std::getenv("KHABAR_BENCH_CORPUS");
  const bool bundled_only = env && std::string_view(env) == "bundled";
  if (env && *env && !bundled_only) {
    const fs::path p(env);
    loaded = ends_with(p.string(), ".jsonl") ? load_jsonl(p, max_bytes, out)
                                             : load_text(p, max_bytes, false, out);
    if (loaded) {
      out.source = p.string();
    } else {
      std::cerr << "khabar bench: cannot read KHABAR_BENCH_CORPUS=" << env << "\n";
    }
  }
  if (!loaded && !bundled_only) {
    const fs::path shared = source_dir / ".." / "shared" / "corpus" / "news-sample.jsonl";
    if (load_jsonl(shared, max_bytes, out)) {
      loaded = true;
      out.source = fs::weakly_canonical(shared).string();
    }
  }
  if (!loaded) {
    const fs::path bundled = source_dir / "bench" / "data" / "sample-news.txt";
    if (load_text(bundled, max_bytes, true, out)) {
      loaded = true;
      out.source = bundled.string();
    }
  }
  if (!loaded) {
    std::cerr << "khabar bench: no input text found\n";
    std::exit(2);
  }
  std::cerr << "khabar bench: " << out.articles.size() << " articles, " << out.bytes
            << " bytes from " << out.source << "\n";
  if (out.repeated) {
    std::cerr << "khabar bench: WARNING: the input is the bundled sample REPEATED (the real corpus "
                 "../shared/corpus/news-sample.jsonl was not used). Repeated text lets branch "
                 "predictors and caches learn it and flatters every figure (1.6-7x): do not "
                 "publish these numbers.\n";
  }
  return out;
}

}  // namespace khabar::bench
