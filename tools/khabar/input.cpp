#include "input.hpp"

#include <boost/json.hpp>
#include <iostream>
#include <vector>

#include "util/json_writer.hpp"

namespace khabar::cli {

DocumentReader::DocumentReader(InputMode mode, std::vector<std::string> files,
                               std::size_t chunk_bytes)
    : mode_(mode), files_(std::move(files)), chunk_bytes_(chunk_bytes) {
  if (files_.empty()) files_.push_back("-");
}

bool DocumentReader::open_next_file() {
  if (file_index_ >= files_.size()) return false;
  current_name_ = files_[file_index_++];
  file_.reset();
  if (current_name_ == "-") {
    in_ = &std::cin;
  } else {
    file_ = std::make_unique<std::ifstream>(current_name_, std::ios::binary);
    if (!*file_) throw InputError("cannot open '" + current_name_ + "'");
    in_ = file_.get();
  }
  carry_.clear();
  base_ = 0;
  file_started_ = false;
  file_line_ = 0;
  return true;
}

bool DocumentReader::next(InputDocument& doc) {
  // Fields cleared rather than replaced: a reused document keeps its strings' capacity, so a
  // line does not cost an allocation.
  doc.id_json.clear();
  doc.text.clear();
  doc.base = 0;
  doc.first_chunk = doc.last_chunk = true;
  doc.reference_date.clear();
  doc.error.clear();
  doc.where.clear();
  doc.raw_json = false;
  while (true) {
    if (in_ == nullptr && !open_next_file()) return false;
    const bool got = mode_ == InputMode::kText ? next_text(doc) : next_line(doc);
    if (got) return true;
    in_ = nullptr;
  }
}

// Reads about chunk_bytes_ and cuts after the last newline (else the last space, else a code
// point boundary), so a chunk never splits a character and rarely a sentence.
bool DocumentReader::next_text(InputDocument& doc) {
  std::string buffer = std::move(carry_);
  carry_.clear();
  if (buffer.size() < chunk_bytes_) {
    const std::size_t old = buffer.size();
    buffer.resize(chunk_bytes_);
    in_->read(buffer.data() + old, static_cast<std::streamsize>(chunk_bytes_ - old));
    const auto got = static_cast<std::size_t>(in_->gcount());
    if (in_->bad()) throw InputError("cannot read '" + current_name_ + "'");
    buffer.resize(old + got);
    bytes_read_ += got;
  }
  const bool at_end = in_->eof() || in_->fail();
  if (buffer.empty() && file_started_) return false;
  std::size_t cut = buffer.size();
  if (!at_end) {
    std::size_t nl = buffer.rfind('\n');
    if (nl != std::string::npos) {
      cut = nl + 1;
    } else if (std::size_t sp = buffer.rfind(' '); sp != std::string::npos) {
      cut = sp + 1;
    } else {
      while (cut > 0 && (static_cast<unsigned char>(buffer[cut - 1]) & 0xC0) == 0x80) --cut;
      if (cut > 0 && static_cast<unsigned char>(buffer[cut - 1]) >= 0xC0) --cut;
      if (cut == 0) cut = buffer.size();
    }
    carry_.assign(buffer, cut, std::string::npos);
    buffer.resize(cut);
  }
  doc.id_json.clear();
  internal::json_string(doc.id_json, current_name_ == "-" ? std::string("stdin") : current_name_);
  doc.text = std::move(buffer);
  doc.base = base_;
  doc.first_chunk = !file_started_;
  doc.last_chunk = at_end && carry_.empty();
  base_ += doc.text.size();
  file_started_ = true;
  if (doc.last_chunk) file_started_ = true;
  if (doc.last_chunk) {
    // Mark the file finished so the next call moves on.
    in_->setstate(std::ios::eofbit);
  }
  return !(doc.text.empty() && !doc.first_chunk);
}

bool DocumentReader::next_line(InputDocument& doc) {
  std::string& line = doc.text;
  if (!std::getline(*in_, line)) {
    if (in_->bad()) throw InputError("cannot read '" + current_name_ + "'");
    return false;
  }
  bytes_read_ += line.size() + 1;
  ++line_number_;
  ++file_line_;
  // "line 4: …" on standard input, "b.jsonl:2: …" in a named file (its own line count)
  auto where = [&] {
    return current_name_ == "-" ? "line " + std::to_string(file_line_)
                                : current_name_ + ":" + std::to_string(file_line_);
  };
  if (!line.empty() && line.back() == '\r') line.pop_back();
  doc.id_json = std::to_string(line_number_);
  if (mode_ == InputMode::kLines) return true;
  doc.where = where();
  if (defer_json_) {
    doc.raw_json = true;  // the caller parses it (khabar extract: in its worker threads)
  } else {
    parse_json_document(doc);
  }
  return true;
}

void parse_json_document(InputDocument& doc) {
  doc.raw_json = false;
  std::string line = std::move(doc.text);
  doc.text.clear();
  // The parsed value lives in a buffer each thread keeps (most lines fit it), not in a heap
  // allocation per string: the workers of `extract --threads` otherwise contend in malloc.
  thread_local std::vector<unsigned char> scratch(64 * 1024);
  boost::json::monotonic_resource resource(scratch.data(), scratch.size());
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(line, ec, &resource);
  if (ec) {
    doc.error = doc.where + ": invalid JSON: " + ec.message();
    return;
  }
  if (!value.is_object()) {
    doc.error = doc.where + ": expected a JSON object";
    return;
  }
  const auto& object = value.as_object();
  if (const auto* id = object.if_contains("id")) {
    if (id->is_string() || id->is_number()) {
      doc.id_json = boost::json::serialize(*id);
    } else if (!id->is_null()) {
      doc.error = doc.where + ": \"id\" must be a string or a number";
      return;
    }
  }
  const auto* text = object.if_contains("text");
  if (text == nullptr) {
    doc.error = doc.where + ": missing \"text\"";
    return;
  }
  if (!text->is_string()) {
    doc.error = doc.where + ": \"text\" must be a string";
    return;
  }
  // The line's own buffer is larger than the text it holds: reuse it.
  doc.text = std::move(line);
  doc.text.assign(text->as_string().data(), text->as_string().size());
  if (const auto* date = object.if_contains("reference_date")) {
    if (!date->is_string() && !date->is_null()) {
      doc.error = doc.where + ": \"reference_date\" must be a string";
      return;
    }
    if (date->is_string()) doc.reference_date = std::string(date->as_string());
  }
}

}  // namespace khabar::cli
