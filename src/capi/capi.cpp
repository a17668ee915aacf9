// The C API (include/khabar/khabar.h): thin wrappers over Analyzer, Normalizer and Tokenizer that
// turn every exception into a status code and a per-thread message. Nothing here may throw.
#include "khabar/khabar.h"

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <string_view>

#include "capi/tokens_json.hpp"
#include "khabar/analyzer.hpp"
#include "khabar/error.hpp"
#include "khabar/json.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/version.hpp"
#include "util/json_writer.hpp"

struct khabar_analyzer {
  explicit khabar_analyzer(std::shared_ptr<const khabar::Lexicons> lexicons)
      : analyzer(std::move(lexicons)) {}
  khabar_analyzer() = default;
  const khabar::Analyzer analyzer;
};

namespace {

// Offsets are 32-bit (khabar::Span); longer inputs are refused rather than cut silently.
constexpr std::size_t kMaxInput = 0xFFFFFFFFu - 256u;

thread_local char t_message[1024] = "";

khabar_status fail(khabar_status status, const char* message) noexcept {
  std::snprintf(t_message, sizeof t_message, "%s", message);
  return status;
}

khabar_status ok() noexcept {
  t_message[0] = '\0';
  return KHABAR_OK;
}

// Maps the exception being handled to a status and a message. Call only inside a catch block.
khabar_status from_exception() noexcept {
  try {
    throw;
  } catch (const khabar::Error& e) {
    return fail(KHABAR_ERR_DATA, e.what());
  } catch (const std::filesystem::filesystem_error& e) {
    return fail(KHABAR_ERR_DATA, e.what());
  } catch (const std::bad_alloc&) {
    return fail(KHABAR_ERR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    char buf[900];
    std::snprintf(buf, sizeof buf, "internal error: %s", e.what());
    return fail(KHABAR_ERR_INTERNAL, buf);
  } catch (...) {
    return fail(KHABAR_ERR_INTERNAL, "internal error: unknown exception");
  }
}

// Copies `s` into a malloc'ed NUL-terminated buffer.
khabar_status deliver(const std::string& s, char** out, std::size_t* out_len) noexcept {
  char* buffer = static_cast<char*>(std::malloc(s.size() + 1));
  if (buffer == nullptr) return fail(KHABAR_ERR_OUT_OF_MEMORY, "out of memory");
  std::memcpy(buffer, s.data(), s.size());
  buffer[s.size()] = '\0';
  *out = buffer;
  if (out_len != nullptr) *out_len = s.size();
  return ok();
}

// Common checks of the text and output arguments; clears the outputs first.
khabar_status check_io(const char* text, std::size_t len, char** out,
                       std::size_t* out_len) noexcept {
  if (out != nullptr) *out = nullptr;
  if (out_len != nullptr) *out_len = 0;
  if (out == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "the output pointer is NULL");
  if (text == nullptr && len != 0) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT, "text is NULL but len is not 0");
  }
  if (len > kMaxInput) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT,
                "text is longer than 4 GiB - 256 bytes: cut it into documents");
  }
  return KHABAR_OK;
}

bool valid_date(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

// Reads the caller's options, honouring struct_size: fields past it keep their defaults.
khabar_status read_options(const khabar_options* in, khabar::AnalyzeOptions& out,
                           std::string& id_json) {
  if (in == nullptr) return KHABAR_OK;
  khabar_options o;
  khabar_options_init(&o);
  constexpr std::size_t kMinimum = offsetof(khabar_options, reference_day) + sizeof(int);
  if (in->struct_size < kMinimum) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT,
                "khabar_options.struct_size is too small: set it to sizeof(khabar_options) or "
                "call khabar_options_init");
  }
  std::memcpy(&o, in, in->struct_size < sizeof o ? in->struct_size : sizeof o);
  o.struct_size = sizeof o;
  if (o.reference_year != 0 || o.reference_month != 0 || o.reference_day != 0) {
    if (!valid_date(o.reference_year, o.reference_month, o.reference_day)) {
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "invalid reference date %d-%d-%d (a Gregorian date, or 0-0-0 for none)",
                    o.reference_year, o.reference_month, o.reference_day);
      return fail(KHABAR_ERR_INVALID_ARGUMENT, buf);
    }
    out.reference_date = khabar::CivilDate{o.reference_year, o.reference_month, o.reference_day};
  }
  const unsigned extractors = o.extractors == 0 ? static_cast<unsigned>(KHABAR_EXTRACT_ALL) : o.extractors;
  if ((extractors & ~static_cast<unsigned>(KHABAR_EXTRACT_ALL)) != 0) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT,
                "khabar_options.extractors has bits that are not KHABAR_EXTRACT_*");
  }
  out.dates = (extractors & KHABAR_EXTRACT_DATES) != 0;
  out.numbers = (extractors & KHABAR_EXTRACT_NUMBERS) != 0;
  out.organizations = (extractors & KHABAR_EXTRACT_ORGANIZATIONS) != 0;
  out.clitic_segments = false;  // the JSON holds no tokens; the extractors that need them ask
  if (o.id != nullptr) khabar::internal::json_string(id_json, o.id);
  return KHABAR_OK;
}

}  // namespace

extern "C" {

const char* khabar_last_error_message(void) { return t_message; }

const char* khabar_status_name(int status) {
  switch (status) {
    case KHABAR_OK: return "KHABAR_OK";
    case KHABAR_ERR_INVALID_ARGUMENT: return "KHABAR_ERR_INVALID_ARGUMENT";
    case KHABAR_ERR_DATA: return "KHABAR_ERR_DATA";
    case KHABAR_ERR_OUT_OF_MEMORY: return "KHABAR_ERR_OUT_OF_MEMORY";
    case KHABAR_ERR_INTERNAL: return "KHABAR_ERR_INTERNAL";
    default: return "unknown";
  }
}

const char* khabar_version(void) { return KHABAR_VERSION_STRING; }

void khabar_free(void* buffer) { std::free(buffer); }

void khabar_options_init(khabar_options* options) {
  if (options == nullptr) return;
  std::memset(options, 0, sizeof *options);
  options->struct_size = sizeof *options;
  options->extractors = KHABAR_EXTRACT_ALL;
}

khabar_status khabar_analyzer_new(khabar_analyzer** out) {
  if (out == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "out is NULL");
  *out = nullptr;
  try {
    *out = new khabar_analyzer();
    return ok();
  } catch (...) {
    return from_exception();
  }
}

khabar_status khabar_analyzer_new_from_dir(const char* dir, int mode_extend,
                                           khabar_analyzer** out) {
  if (out == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "out is NULL");
  *out = nullptr;
  if (dir == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "dir is NULL");
  try {
    const std::filesystem::path path(dir);
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      const std::string message = std::string(dir) + ": not a readable directory";
      return fail(KHABAR_ERR_DATA, message.c_str());
    }
    auto lexicons = khabar::Lexicons::load(
        path, mode_extend != 0 ? khabar::LoadMode::kExtend : khabar::LoadMode::kReplace);
    *out = new khabar_analyzer(std::move(lexicons));
    return ok();
  } catch (...) {
    return from_exception();
  }
}

void khabar_analyzer_free(khabar_analyzer* analyzer) { delete analyzer; }

khabar_status khabar_analyze(const khabar_analyzer* analyzer, const char* text, std::size_t len,
                             const khabar_options* options, char** json_out,
                             std::size_t* json_len) {
  if (const khabar_status s = check_io(text, len, json_out, json_len); s != KHABAR_OK) return s;
  if (analyzer == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "analyzer is NULL");
  try {
    khabar::AnalyzeOptions analyze_options;
    std::string id_json;
    if (const khabar_status s = read_options(options, analyze_options, id_json); s != KHABAR_OK) {
      return s;
    }
    const std::string_view input(text == nullptr ? "" : text, len);
    const khabar::Document doc = analyzer->analyzer.analyze(input, analyze_options);
    std::string json;
    json.reserve(256 + len / 2);
    khabar::append_json(json, doc, input, id_json);
    return deliver(json, json_out, json_len);
  } catch (...) {
    return from_exception();
  }
}

khabar_status khabar_normalize(const char* text, std::size_t len, int preset, char** out,
                               std::size_t* out_len) {
  if (const khabar_status s = check_io(text, len, out, out_len); s != KHABAR_OK) return s;
  if (preset != KHABAR_PRESET_DISPLAY && preset != KHABAR_PRESET_SEARCH) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT,
                "preset must be KHABAR_PRESET_DISPLAY (0) or KHABAR_PRESET_SEARCH (1)");
  }
  try {
    // Immutable and thread-safe once built; built once, on first use.
    static const khabar::Normalizer display(khabar::NormalizeOptions::display());
    static const khabar::Normalizer search(khabar::NormalizeOptions::search());
    const khabar::Normalizer& normalizer = preset == KHABAR_PRESET_SEARCH ? search : display;
    const std::string_view input(text == nullptr ? "" : text, len);
    return deliver(normalizer.normalize_string(input), out, out_len);
  } catch (...) {
    return from_exception();
  }
}

khabar_status khabar_tokenize(const khabar_analyzer* analyzer, const char* text, std::size_t len,
                              unsigned flags, char** json_out, std::size_t* json_len) {
  if (const khabar_status s = check_io(text, len, json_out, json_len); s != KHABAR_OK) return s;
  if (analyzer == nullptr) return fail(KHABAR_ERR_INVALID_ARGUMENT, "analyzer is NULL");
  if ((flags & ~static_cast<unsigned>(KHABAR_TOKENIZE_NO_CLITICS)) != 0) {
    return fail(KHABAR_ERR_INVALID_ARGUMENT, "flags has bits that are not KHABAR_TOKENIZE_*");
  }
  try {
    khabar::TokenizeOptions tokenize_options;
    tokenize_options.segment_clitics = (flags & KHABAR_TOKENIZE_NO_CLITICS) == 0;
    const std::string_view input(text == nullptr ? "" : text, len);
    const khabar::TokenizedText tokens =
        analyzer->analyzer.tokenizer().tokenize(input, tokenize_options);
    std::string json;
    json.reserve(256 + len * 4);
    khabar::internal::append_tokens_json(json, tokens, input);
    return deliver(json, json_out, json_len);
  } catch (...) {
    return from_exception();
  }
}

}  // extern "C"
