// The one exception type khabar throws, for errors that are the caller's fault: an unreadable
// data file, a malformed lexicon line, a bad option value. Analysis of text never throws.
#ifndef KHABAR_ERROR_HPP_
#define KHABAR_ERROR_HPP_

#include <cstddef>
#include <stdexcept>
#include <string>

#include "khabar/export.hpp"

namespace khabar {

class KHABAR_EXPORT Error : public std::runtime_error {
 public:
  // `what()` reads "file:line: reason" when a file is known, else just the reason.
  Error(std::string reason, std::string file = {}, std::size_t line = 0);

  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }  // 1-based; 0 when not about a line
  const std::string& reason() const { return reason_; }

 private:
  std::string reason_;
  std::string file_;
  std::size_t line_;
};

}  // namespace khabar

#endif  // KHABAR_ERROR_HPP_
