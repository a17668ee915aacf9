// Internal: the data/ files compiled into the library (see cmake/embed_data.cmake).
#ifndef KHABAR_SRC_DATA_EMBEDDED_DATA_HPP_
#define KHABAR_SRC_DATA_EMBEDDED_DATA_HPP_

#include <cstddef>
#include <span>
#include <string_view>

namespace khabar::internal {

struct EmbeddedFile {
  std::string_view name;     // path under data/ without ".tsv"
  std::string_view content;  // the file's bytes
};

std::span<const EmbeddedFile> embedded_files();

}  // namespace khabar::internal

#endif  // KHABAR_SRC_DATA_EMBEDDED_DATA_HPP_
