#include "khabar/error.hpp"

#include <utility>

namespace khabar {
namespace {
std::string format_message(const std::string& reason, const std::string& file, std::size_t line) {
  if (file.empty()) return reason;
  if (line == 0) return file + ": " + reason;
  return file + ":" + std::to_string(line) + ": " + reason;
}
}  // namespace

Error::Error(std::string reason, std::string file, std::size_t line)
    : std::runtime_error(format_message(reason, file, line)),
      reason_(std::move(reason)),
      file_(std::move(file)),
      line_(line) {}

}  // namespace khabar
