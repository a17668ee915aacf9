// The khabar command-line program. See `khabar --help` and docs/cli.md.
#include <unistd.h>

#include <csignal>

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "extract.hpp"
#include "console.hpp"
#include "input.hpp"
#include "khabar/error.hpp"
#include "khabar/json.hpp"
#include "khabar/normalizer.hpp"
#include "khabar/tokenizer.hpp"
#include "khabar/version.hpp"
#include "util/json_writer.hpp"

namespace po = boost::program_options;
using khabar::cli::DocumentReader;
using khabar::cli::InputDocument;
using khabar::cli::InputMode;
using khabar::cli::parse_command_line;
using khabar::cli::parse_input_mode;
using khabar::cli::Progress;

namespace {

// Exit codes (docs/cli.md): distinct for each kind of failure.
constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;   // some documents could not be processed (error lines written)
constexpr int kExitUsage = 2;     // bad command line
constexpr int kExitInput = 3;     // an input file could not be opened or read
constexpr int kExitInternal = 4;  // unexpected failure (a bug: please report it)

constexpr const char* kUsage =
    "usage: khabar <command> [options] [FILE...]\n"
    "\n"
    "commands:\n"
    "  normalize [--preset display|search] [--input text|lines|jsonl] [FILE...]\n"
    "  tokenize  [--input text|lines|jsonl] [--format text|jsonl] [FILE...]\n"
    "  extract   [--input text|lines|jsonl] [--reference-date YYYY-MM-DD] [--threads N] [FILE...]\n"
    "\n"
    "Reads FILEs, or standard input when there are none (or for '-').\n"
    "  --input text   each FILE is one document, read in chunks (default)\n"
    "  --input lines  each line is one document\n"
    "  --input jsonl  each line is {\"id\": ..., \"text\": ..., \"reference_date\"?: ...}\n"
    "Exit status: 0 success, 1 some documents failed (error lines written), 2 usage error,\n"
    "3 unreadable input, 4 internal error.\n"
    "Run 'khabar <command> --help' for a command's options.\n";

class Output {
 public:
  Output() { buffer_.reserve(1 << 16); }
  std::string& buffer() { return buffer_; }
  void flush_if_large() {
    if (buffer_.size() >= (1 << 16)) flush();
  }
  void flush() {
    if (!buffer_.empty()) {
      if (std::fwrite(buffer_.data(), 1, buffer_.size(), stdout) != buffer_.size()) {
        std::exit(kExitOk);  // closed pipe (khabar … | head): stop quietly
      }
      buffer_.clear();
    }
  }
  ~Output() {
    flush();
    std::fflush(stdout);
  }

 private:
  std::string buffer_;
};

void write_error_line(std::string& out, const InputDocument& doc) {
  out += "{\"id\":";
  out += doc.id_json;
  out += ",\"error\":";
  khabar::internal::json_string(out, doc.error);
  out += "}\n";
}

int run_normalize(const std::vector<std::string>& args) {
  po::options_description options("khabar normalize options");
  std::string preset = "search", input = "text";
  std::vector<std::string> files;
  options.add_options()("help,h", "show this help")(
      "preset", po::value(&preset)->default_value("search"), "display or search")(
      "input", po::value(&input)->default_value("text"), "text, lines or jsonl");
  po::variables_map vm = parse_command_line(args, options, files);
  if (vm.count("help")) {
    std::cout << "usage: khabar normalize [options] [FILE...]\n"
                 "Writes the normalized text (text, lines) or {\"id\",\"text\"} lines (jsonl).\n"
              << options;
    return kExitOk;
  }
  po::notify(vm);
  khabar::NormalizeOptions preset_options;
  if (preset == "search") {
    preset_options = khabar::NormalizeOptions::search();
  } else if (preset == "display") {
    preset_options = khabar::NormalizeOptions::display();
  } else {
    throw po::error("--preset must be display or search, not '" + preset + "'");
  }
  const InputMode mode = parse_input_mode(input);
  const khabar::Normalizer normalizer(preset_options);
  DocumentReader reader(mode, files);
  InputDocument doc;
  Output out;
  Progress progress("normalize");
  std::uint64_t documents = 0;
  khabar::NormalizedText normalized;
  int status = kExitOk;
  while (reader.next(doc)) {
    if (!doc.error.empty()) {
      write_error_line(out.buffer(), doc);
      status = kExitPartial;
      continue;
    }
    normalizer.normalize(doc.text, normalized);
    if (mode == InputMode::kJsonl) {
      out.buffer() += "{\"id\":" + doc.id_json + ",\"text\":";
      khabar::internal::json_string(out.buffer(), normalized.text());
      out.buffer() += "}\n";
    } else {
      out.buffer() += normalized.text();
      if (mode == InputMode::kLines) out.buffer() += '\n';
    }
    out.flush_if_large();
    if (doc.last_chunk) ++documents;  // a file read in chunks is one document
    progress.update(reader.bytes_read(), documents);
  }
  return status;
}

int run_tokenize(const std::vector<std::string>& args) {
  po::options_description options("khabar tokenize options");
  std::string input = "text", format = "text";
  std::vector<std::string> files;
  options.add_options()("help,h", "show this help")(
      "input", po::value(&input)->default_value("text"), "text, lines or jsonl")(
      "format", po::value(&format)->default_value("text"),
      "text (one token a line: begin end kind surface normalized segments) or jsonl")(
      "no-clitics", "do not segment clitics");
  po::variables_map vm = parse_command_line(args, options, files);
  if (vm.count("help")) {
    std::cout << "usage: khabar tokenize [options] [FILE...]\n"
                 "jsonl output: {\"id\",\"tokens\":[{\"text\",\"begin\",\"end\",\"kind\","
                 "\"normalized\",\"segments\"?}],\"sentences\":[{\"begin\",\"end\"}]}\n"
              << options;
    return kExitOk;
  }
  po::notify(vm);
  const InputMode mode = parse_input_mode(input);
  if (format != "text" && format != "jsonl") {
    throw po::error("--format must be text or jsonl, not '" + format + "'");
  }
  const bool jsonl = format == "jsonl";
  khabar::TokenizeOptions tokenize_options;
  tokenize_options.segment_clitics = vm.count("no-clitics") == 0;

  using khabar::internal::json_string;
  using khabar::internal::json_uint;
  const khabar::Tokenizer tokenizer;
  DocumentReader reader(mode, files);
  InputDocument doc;
  Output out;
  Progress progress("tokenize");
  std::uint64_t documents = 0;
  khabar::TokenizedText tokens;
  std::string sentences;  // JSON of the document's sentences, written after its tokens
  bool first_token = true, first_sentence = true;
  int status = kExitOk;
  while (reader.next(doc)) {
    std::string& o = out.buffer();
    if (!doc.error.empty()) {
      write_error_line(o, doc);
      status = kExitPartial;
      continue;
    }
    tokenizer.tokenize(doc.text, tokens, tokenize_options);
    const std::string_view text = doc.text;
    const std::uint64_t base = doc.base;
    if (jsonl && doc.first_chunk) {
      o += "{\"id\":" + doc.id_json + ",\"tokens\":[";
      sentences.clear();
      first_token = first_sentence = true;
    }
    for (const khabar::Token& t : tokens.tokens()) {
      if (jsonl) {
        if (!first_token) o.push_back(',');
        first_token = false;
        khabar::append_json(o, t, tokens, text, base);
      } else {
        json_uint(o, base + t.span.begin);
        o.push_back('\t');
        json_uint(o, base + t.span.end);
        o.push_back('\t');
        o += khabar::to_string(t.kind);
        o.push_back('\t');
        // Text format keeps one token a line: escape the line-breaking bytes only.
        for (char ch : t.span.slice(text)) o.push_back(ch == '\n' || ch == '\t' ? ' ' : ch);
        o.push_back('\t');
        o += tokens.normalized(t);
        o.push_back('\t');
        bool first = true;
        for (const khabar::Segment& s : tokens.segments(t)) {
          if (!first) o.push_back('+');
          first = false;
          o += s.span.slice(text);
        }
        if (first) o.push_back('-');
        o.push_back('\n');
      }
      out.flush_if_large();
    }
    if (jsonl) {
      for (const khabar::Span& s : tokens.sentences()) {
        if (!first_sentence) sentences.push_back(',');
        first_sentence = false;
        sentences += "{\"begin\":";
        json_uint(sentences, base + s.begin);
        sentences += ",\"end\":";
        json_uint(sentences, base + s.end);
        sentences += "}";
      }
      if (doc.last_chunk) {
        o += "],\"sentences\":[";
        o += sentences;
        o += "]}\n";
      }
    } else if (mode != InputMode::kText || doc.last_chunk) {
      o.push_back('\n');  // a blank line ends each document
    }
    out.flush_if_large();
    if (doc.last_chunk) ++documents;  // a file read in chunks is one document
    progress.update(reader.bytes_read(), documents);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (khabar … | head) shows up as a failed write, handled quietly in Output.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "khabar " KHABAR_VERSION_STRING "\n";
    return kExitOk;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "normalize") return run_normalize(args);
    if (command == "tokenize") return run_tokenize(args);
    if (command == "extract") return khabar::cli::run_extract(args);
    std::cerr << "khabar: unknown command '" << command << "'\n\n" << kUsage;
    return kExitUsage;
  } catch (const po::error& e) {
    std::cerr << "khabar " << command << ": " << e.what() << "\n";
    return kExitUsage;
  } catch (const khabar::cli::InputError& e) {
    std::cerr << "khabar " << command << ": " << e.what() << "\n";
    return kExitInput;
  } catch (const khabar::Error& e) {
    std::cerr << "khabar " << command << ": " << e.what() << "\n";
    return kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "khabar " << command << ": internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}
