// libFuzzer target: the `khabar` program's input reader (tools/khabar/input.cpp) on arbitrary
// bytes in every mode: text (in small chunks, so that chunk edges fall everywhere), lines and
// JSONL (parsed at once and deferred). It must never crash; every JSONL line gives a document or
// an error line; text chunks tile the input and never split a UTF-8 sequence that is whole.
//
//   fuzz/jsonl_reader_fuzzer -max_total_time=60 corpus-copy/ fuzz/corpus/jsonl_reader/
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "fuzz_checks.hpp"
#include "input.hpp"

namespace {

std::string temp_file() {
  static const std::string path = [] {
    char name[] = "/tmp/khabar-jsonl-fuzz-XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0) std::abort();
    close(fd);
    return std::string(name);
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = temp_file();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  using khabar::cli::DocumentReader;
  using khabar::cli::InputDocument;
  using khabar::cli::InputMode;
  {
    DocumentReader reader(InputMode::kText, {path}, 64);
    InputDocument doc;
    std::uint64_t expected_base = 0;
    while (reader.next(doc)) {
      CHECK(doc.base == expected_base, doc.base, expected_base);
      expected_base += doc.text.size();
      CHECK(doc.text.size() <= 64 + 3, doc.text.size(), 0);  // a chunk may finish a sequence
    }
    CHECK(expected_base == size, expected_base, size);
  }
  {
    DocumentReader reader(InputMode::kLines, {path});
    InputDocument doc;
    std::size_t bytes = 0, lines = 0;
    while (reader.next(doc)) {
      bytes += doc.text.size();
      ++lines;
    }
    CHECK(bytes + lines >= size || bytes <= size, bytes, size);
  }
  for (bool defer : {false, true}) {
    DocumentReader reader(InputMode::kJsonl, {path});
    reader.set_defer_json(defer);
    InputDocument doc;
    while (reader.next(doc)) {
      if (doc.raw_json) khabar::cli::parse_json_document(doc);
      CHECK(!doc.id_json.empty() || !doc.error.empty(), 0, 0);
    }
  }
  return 0;
}
