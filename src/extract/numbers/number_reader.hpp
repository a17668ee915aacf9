// Internal: reads many bare numbers of one document (spelled days and years for the date
// extractor) with one shared per-token cache, where NumberExtractor::number_at starts afresh on
// every call.
#ifndef KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_READER_HPP_
#define KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_READER_HPP_

#include <memory>
#include <optional>
#include <string_view>

#include "khabar/analyzer.hpp"

namespace khabar::internal {

class NumberReader {
 public:
  // `utf8` and `tokens` must outlive the reader.
  NumberReader(const NumberExtractor& numbers, std::string_view utf8, const TokenizedText& tokens);
  ~NumberReader();
  NumberReader(const NumberReader&) = delete;
  NumberReader& operator=(const NumberReader&) = delete;

  // As NumberExtractor::number_at.
  std::optional<double> at(std::size_t first, std::size_t& end, bool* ordinal = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::size_t token_count_;
};

}  // namespace khabar::internal

#endif  // KHABAR_SRC_EXTRACT_NUMBERS_NUMBER_READER_HPP_
