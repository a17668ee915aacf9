// Shared by the khabar subcommands: the --input option and progress on a terminal.
#ifndef KHABAR_TOOLS_CONSOLE_HPP_
#define KHABAR_TOOLS_CONSOLE_HPP_

#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "input.hpp"

namespace khabar::cli {

inline InputMode parse_input_mode(const std::string& s) {
  if (s == "text") return InputMode::kText;
  if (s == "lines") return InputMode::kLines;
  if (s == "jsonl") return InputMode::kJsonl;
  throw boost::program_options::error("--input must be text, lines or jsonl, not '" + s + "'");
}

// Parses a subcommand's arguments: `options` plus any number of FILE operands into `files`.
// Throws boost::program_options::error for a bad command line; does not notify (so --help can be
// answered before required values are checked).
inline boost::program_options::variables_map parse_command_line(
    const std::vector<std::string>& args, const boost::program_options::options_description& options,
    std::vector<std::string>& files) {
  namespace po = boost::program_options;
  po::options_description hidden;
  hidden.add_options()("file", po::value(&files));
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  return vm;
}

// Shows "khabar <command>: N MB, M documents" on standard error every 8 MB, only when standard
// error is a terminal, so pipelines and logs stay clean.
class Progress {
 public:
  explicit Progress(const char* command)
      : command_(command), enabled_(isatty(STDERR_FILENO) != 0) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void update(std::uint64_t bytes, std::uint64_t documents) {
    if (!enabled_ || bytes < next_) return;
    std::fprintf(stderr, "\rkhabar %s: %llu MB, %llu documents", command_,
                 static_cast<unsigned long long>(bytes >> 20),
                 static_cast<unsigned long long>(documents));
    next_ = bytes + (8u << 20);
    shown_ = true;
  }
  ~Progress() {
    if (shown_) std::fputc('\n', stderr);
  }

 private:
  const char* command_;
  bool enabled_;
  bool shown_ = false;
  std::uint64_t next_ = 8u << 20;
};

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_CONSOLE_HPP_
