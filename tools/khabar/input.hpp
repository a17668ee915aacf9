// Reads documents for the khabar program: whole files streamed in chunks, one document a line,
// or JSON lines {"id", "text", "reference_date"?}.
#ifndef KHABAR_TOOLS_INPUT_HPP_
#define KHABAR_TOOLS_INPUT_HPP_

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace khabar::cli {

enum class InputMode { kText, kLines, kJsonl };

// Thrown when a named file cannot be opened or read.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct InputDocument {
  std::string id_json;         // the id as JSON text: a string, a number, or the line number
  std::string text;            // this chunk's text
  std::uint64_t base = 0;      // byte offset of `text` in the whole document (text mode)
  bool first_chunk = true;     // text mode streams one file as several chunks
  bool last_chunk = true;
  std::string reference_date;  // from JSONL, may be empty
  std::string error;           // non-empty: the line could not be read as a document
  std::string where;           // jsonl: "line 4" (standard input) or "file.jsonl:2", for errors
  bool raw_json = false;       // jsonl with deferred parsing: `text` still holds the JSON line
};

// Parses a deferred JSON line (`doc.raw_json`): fills id_json, text, reference_date, or error.
void parse_json_document(InputDocument& doc);

class DocumentReader {
 public:
  // An empty `files` list, or "-", reads standard input.
  DocumentReader(InputMode mode, std::vector<std::string> files, std::size_t chunk_bytes = 1 << 20);
  // Fills `doc` with the next document (or chunk); false at the end of all input.
  bool next(InputDocument& doc);
  // jsonl: hand each line over unparsed (`raw_json`), for parse_json_document() in a worker, so
  // that a multi-threaded reader does no JSON work of its own.
  void set_defer_json(bool defer) { defer_json_ = defer; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool open_next_file();
  bool next_text(InputDocument& doc);
  bool next_line(InputDocument& doc);

  InputMode mode_;
  std::vector<std::string> files_;
  std::size_t chunk_bytes_;
  std::size_t file_index_ = 0;
  std::string current_name_;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_ = nullptr;
  std::string carry_;
  std::uint64_t base_ = 0;
  bool file_started_ = false;
  std::uint64_t line_number_ = 0;  // across all files: the default id
  std::uint64_t file_line_ = 0;    // in the current file: named in error messages
  std::uint64_t bytes_read_ = 0;
  bool defer_json_ = false;
};

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_INPUT_HPP_
