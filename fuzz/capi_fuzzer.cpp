// libFuzzer target: the C API. The first bytes choose the options (reference date, possibly
// invalid; extractor bits; an id with arbitrary bytes; tokenize flags; preset), the rest is the
// text. Every call must return a status, never crash; on KHABAR_OK the output is NUL-terminated,
// its length is right, and the JSON parses; on failure there is a message.
//
//   fuzz/capi_fuzzer -max_total_time=60 corpus-copy/ fuzz/corpus/capi/
#include <khabar/khabar.h>

#include <boost/json.hpp>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_checks.hpp"

namespace {

void check_output(khabar_status status, char* out, std::size_t len, bool json) {
  if (status != KHABAR_OK) {
    CHECK(out == nullptr, 0, 0);
    CHECK(khabar_last_error_message()[0] != '\0', static_cast<std::size_t>(status), 0);
    return;
  }
  CHECK(out != nullptr, 0, 0);
  CHECK(out[len] == '\0', len, 0);
  if (json) {
    boost::system::error_code ec;
    boost::json::parse(std::string_view(out, len), ec);
    CHECK(!ec, len, 0);
  }
  khabar_free(out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static khabar_analyzer* analyzer = [] {
    khabar_analyzer* a = nullptr;
    if (khabar_analyzer_new(&a) != KHABAR_OK) std::abort();
    return a;
  }();
  if (size < 8) return 0;
  khabar_options options;
  khabar_options_init(&options);
  options.reference_year = 1900 + data[0] * 2 - 60;  // also before 1900 and odd years
  options.reference_month = data[1] % 15;            // 0 and 13, 14: invalid
  options.reference_day = data[2] % 33;              // 0, 31 of a short month, 32: invalid
  options.extractors = data[3] & 0x0F;               // includes an unknown bit
  const std::size_t id_len = data[4] % 8;
  const unsigned flags = data[5];
  const int preset = data[6] % 3 - (data[6] & 0x80 ? 1 : 0);  // -1..2: invalid ones too
  data += 7;
  size -= 7;
  std::string id(reinterpret_cast<const char*>(data), std::min(id_len, size));
  id.erase(std::find(id.begin(), id.end(), '\0'), id.end());
  options.id = id_len > 0 ? id.c_str() : nullptr;
  const char* text = reinterpret_cast<const char*>(data);

  char* out = nullptr;
  std::size_t len = 0;
  check_output(khabar_analyze(analyzer, text, size, &options, &out, &len), out, len, true);
  out = nullptr;
  check_output(khabar_tokenize(analyzer, text, size, flags, &out, &len), out, len, true);
  out = nullptr;
  check_output(khabar_normalize(text, size, preset, &out, &len), out, len, false);
  // invalid arguments: statuses, not crashes
  CHECK(khabar_analyze(nullptr, text, size, &options, &out, &len) != KHABAR_OK, 0, 0);
  CHECK(khabar_analyze(analyzer, nullptr, size, &options, &out, &len) != KHABAR_OK || size == 0,
        0, 0);
  return 0;
}
