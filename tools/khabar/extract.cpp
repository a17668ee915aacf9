#include "extract.hpp"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "console.hpp"
#include "input.hpp"
#include "khabar/json.hpp"
#include "util/json_writer.hpp"

namespace po = boost::program_options;

namespace khabar::cli {
namespace {

using internal::json_string;
using internal::json_uint;

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;

// One unit of work: consecutive documents (or chunks of one in text mode), handed over together
// so that the threads meet once per batch rather than once per short article.
struct Batch {
  static constexpr std::size_t kMaxDocuments = 32;
  static constexpr std::size_t kMaxBytes = 256 * 1024;  // a larger document makes a batch alone
  std::uint64_t seq = 0;
  std::vector<InputDocument> docs;
  std::size_t bytes = 0;
};

struct Piece {
  std::string id_json;
  // This chunk's results as comma-separated JSON objects. Dates are written without "linked";
  // date_links holds the other half's index within the chunk ("الموافق"), which the writer
  // turns into an index within the document.
  std::vector<std::string> dates;
  std::vector<std::int32_t> date_links;
  std::string numbers;
  std::string organizations;
  std::string error;
  bool first_chunk = true, last_chunk = true;
};

class Worker {
 public:
  explicit Worker(const Analyzer& analyzer) : analyzer_(analyzer) {}

  void process(InputDocument& doc, Piece& piece) {
    if (doc.raw_json) parse_json_document(doc);
    piece.id_json = std::move(doc.id_json);
    piece.first_chunk = doc.first_chunk;
    piece.last_chunk = doc.last_chunk;
    piece.dates.clear();
    piece.date_links.clear();
    piece.numbers.clear();
    piece.organizations.clear();
    piece.error = std::move(doc.error);
    if (!piece.error.empty()) return;
    AnalyzeOptions options = defaults_;
    if (!doc.reference_date.empty()) {
      CivilDate date;
      if (!parse_civil_date(doc.reference_date, date)) {
        piece.error = (doc.where.empty() ? std::string() : doc.where + ": ") +
                      "\"reference_date\" must be YYYY-MM-DD, not '" + doc.reference_date + "'";
        return;
      }
      options.reference_date = date;
    }
    analyzer_.analyze(doc.text, document_, options);
    for (const DateMention& d : document_.dates) {
      // "linked" is an index within the whole document, which only the writer knows.
      DateMention unlinked = d;
      unlinked.linked = -1;
      piece.dates.emplace_back();
      append_json(piece.dates.back(), unlinked, doc.text, doc.base);
      piece.date_links.push_back(d.linked);
    }
    bool first = true;
    for (const NumericFact& f : document_.numbers) {
      if (!first) piece.numbers.push_back(',');
      first = false;
      append_json(piece.numbers, f, doc.text, doc.base);
    }
    first = true;
    for (const Organization& o : document_.organizations) {
      if (!first) piece.organizations.push_back(',');
      first = false;
      append_json(piece.organizations, o, doc.text, doc.base);
    }
  }

  AnalyzeOptions defaults_;  // the command line's reference date and extractors

 private:
  const Analyzer& analyzer_;
  Document document_;
};

// Writes pieces in order, joining the chunks of one document into one line.
class Writer {
 public:
  ~Writer() { flush(); }
  int status() const { return status_; }

  void write(const Piece& p) {
    if (!p.error.empty()) {
      out_ += "{\"id\":";
      out_ += p.id_json;
      out_ += ",\"error\":";
      json_string(out_, p.error);
      out_ += "}\n";
      status_ = kExitPartial;
    } else {
      if (p.first_chunk) {
        dates_.clear();
        numbers_.clear();
        organizations_.clear();
        date_count_ = 0;
      }
      // The chunks of one document (text input) are joined into one line.
      for (std::size_t k = 0; k < p.dates.size(); ++k) {
        if (!dates_.empty()) dates_.push_back(',');
        dates_ += p.dates[k];
        if (p.date_links[k] >= 0) {
          dates_.pop_back();  // the closing brace
          dates_ += ",\"linked\":";
          json_uint(dates_, date_count_ + static_cast<std::uint64_t>(p.date_links[k]));
          dates_.push_back('}');
        }
      }
      date_count_ += p.dates.size();
      append_list(numbers_, p.numbers);
      append_list(organizations_, p.organizations);
      if (p.last_chunk) {
        out_ += "{\"id\":";
        out_ += p.id_json;
        out_ += ",\"dates\":[";
        out_ += dates_;
        out_ += "],\"numbers\":[";
        out_ += numbers_;
        out_ += "],\"organizations\":[";
        out_ += organizations_;
        out_ += "]}\n";
      }
    }
    if (out_.size() >= (1 << 16)) flush();
  }

  void flush() {
    if (out_.empty()) return;
    if (std::fwrite(out_.data(), 1, out_.size(), stdout) != out_.size()) {
      std::exit(kExitOk);  // closed pipe (khabar … | head): stop quietly
    }
    out_.clear();
  }

 private:
  static void append_list(std::string& to, const std::string& items) {
    if (items.empty()) return;
    if (!to.empty()) to.push_back(',');
    to += items;
  }

  std::string out_;
  std::string dates_, numbers_, organizations_;  // of the document being joined
  std::uint64_t date_count_ = 0;
  int status_ = kExitOk;
};

// The pool: the reader (calling thread) hands jobs to N workers; a writer thread prints the
// results in input order. At most `max_in_flight` documents are read but not yet written, so
// memory stays bounded whatever the input size.
int run_pool(DocumentReader& reader, const Analyzer& analyzer, const AnalyzeOptions& defaults,
             unsigned threads) {
  Writer writer;
  Progress progress("extract");
  std::uint64_t docs = 0;
  if (threads <= 1) {
    Worker worker(analyzer);
    worker.defaults_ = defaults;
    InputDocument doc;
    Piece piece;
    while (reader.next(doc)) {
      worker.process(doc, piece);
      writer.write(piece);
      progress.update(reader.bytes_read(), ++docs);
    }
    writer.flush();
    return writer.status();
  }

  const std::size_t max_in_flight = 4 * static_cast<std::size_t>(threads);  // batches
  std::mutex m;
  std::condition_variable jobs_cv, results_cv, room_cv;
  std::deque<Batch> jobs;
  std::map<std::uint64_t, std::vector<Piece>> results;
  std::uint64_t read_seq = 0, written_seq = 0;
  bool input_done = false;
  // Documents and results go back to the thread that fills them next, with their strings'
  // capacity: otherwise every line is allocated by one thread and freed by another, and the
  // threads contend in malloc. At most max_in_flight of each exist at once.
  std::vector<std::vector<InputDocument>> spare_docs;
  std::vector<std::vector<Piece>> spare_pieces;

  auto work = [&] {
    Worker worker(analyzer);
    worker.defaults_ = defaults;
    while (true) {
      Batch batch;
      std::vector<Piece> pieces;
      {
        std::unique_lock lock(m);
        jobs_cv.wait(lock, [&] { return !jobs.empty() || input_done; });
        if (jobs.empty()) return;
        batch = std::move(jobs.front());
        jobs.pop_front();
        if (!spare_pieces.empty()) {
          pieces = std::move(spare_pieces.back());
          spare_pieces.pop_back();
        }
      }
      pieces.resize(batch.docs.size());
      for (std::size_t k = 0; k < batch.docs.size(); ++k) worker.process(batch.docs[k], pieces[k]);
      {
        std::lock_guard lock(m);
        results.emplace(batch.seq, std::move(pieces));
        spare_docs.push_back(std::move(batch.docs));
      }
      results_cv.notify_all();
    }
  };
  auto write = [&] {
    while (true) {
      std::vector<Piece> pieces;
      {
        std::unique_lock lock(m);
        results_cv.wait(lock, [&] {
          return results.count(written_seq) > 0 || (input_done && written_seq == read_seq);
        });
        auto it = results.find(written_seq);
        if (it == results.end()) return;
        pieces = std::move(it->second);
        results.erase(it);
        ++written_seq;
      }
      room_cv.notify_all();
      for (const Piece& piece : pieces) writer.write(piece);
      std::lock_guard lock(m);
      spare_pieces.push_back(std::move(pieces));
    }
  };
  auto finish_input = [&] {
    {
      std::lock_guard lock(m);
      input_done = true;
    }
    jobs_cv.notify_all();
    results_cv.notify_all();
  };

  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  std::thread writer_thread(write);
  auto hand_over = [&](Batch& batch) {
    {
      std::unique_lock lock(m);
      room_cv.wait(lock, [&] { return read_seq - written_seq < max_in_flight; });
      batch.seq = read_seq++;
      jobs.push_back(std::move(batch));
    }
    jobs_cv.notify_one();
    batch = Batch{};
    std::lock_guard lock(m);
    if (!spare_docs.empty()) {
      batch.docs = std::move(spare_docs.back());
      spare_docs.pop_back();
    }
  };
  try {
    // The batch's documents are filled in place; `filled` of them hold this batch's input.
    Batch batch;
    std::size_t filled = 0;
    auto next_slot = [&]() -> InputDocument& {
      if (filled == batch.docs.size()) batch.docs.emplace_back();
      return batch.docs[filled];
    };
    auto send = [&] {
      batch.docs.resize(filled);
      hand_over(batch);
      filled = 0;
    };
    while (reader.next(next_slot())) {
      batch.bytes += batch.docs[filled].text.size();  // the raw line when JSON parsing is deferred
      ++filled;
      progress.update(reader.bytes_read(), ++docs);
      if (filled >= Batch::kMaxDocuments || batch.bytes >= Batch::kMaxBytes) send();
    }
    if (filled > 0) send();
  } catch (...) {
    finish_input();
    for (auto& t : pool) t.join();
    writer_thread.join();
    throw;
  }
  finish_input();
  for (auto& t : pool) t.join();
  results_cv.notify_all();
  writer_thread.join();
  writer.flush();
  return writer.status();
}

}  // namespace

bool parse_civil_date(std::string_view s, CivilDate& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t at, std::size_t len, int& v) {
    auto [end, ec] = std::from_chars(s.data() + at, s.data() + at + len, v);
    return ec == std::errc() && end == s.data() + at + len;
  };
  int y = 0, m = 0, d = 0;
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) return false;
  out = {y, m, d};
  return true;
}

int run_extract(const std::vector<std::string>& args) {
  po::options_description options("khabar extract options");
  std::string input = "text", reference, extractors;
  unsigned threads = 1;
  std::vector<std::string> files;
  options.add_options()("help,h", "show this help")(
      "input", po::value(&input)->default_value("text"), "text, lines or jsonl")(
      "reference-date", po::value(&reference),
      "YYYY-MM-DD: the articles' date, for relative dates (a jsonl line's reference_date wins)")(
      "threads", po::value(&threads)->default_value(1), "worker threads (output order is kept)")(
      "extractors", po::value(&extractors),
      "comma-separated: dates,numbers,organizations (default: all three); the others' arrays "
      "stay empty");
  po::variables_map vm = parse_command_line(args, options, files);
  if (vm.count("help")) {
    std::cout << "usage: khabar extract [options] [FILE...]\n"
                 "Writes one JSON line per document: {\"id\",\"dates\",\"numbers\","
                 "\"organizations\"}\n(see docs/json-schema.md), or {\"id\",\"error\"} for a "
                 "malformed input line.\n"
              << options;
    return kExitOk;
  }
  po::notify(vm);
  const InputMode mode = parse_input_mode(input);
  std::optional<CivilDate> date;
  if (!reference.empty()) {
    CivilDate d;
    if (!parse_civil_date(reference, d)) {
      throw po::error("--reference-date must be YYYY-MM-DD, not '" + reference + "'");
    }
    date = d;
  }
  if (threads == 0 || threads > 256) throw po::error("--threads must be 1–256");
  const Analyzer analyzer;
  DocumentReader reader(mode, files);
  reader.set_defer_json(threads > 1);
  AnalyzeOptions defaults;
  defaults.reference_date = date;
  defaults.clitic_segments = false;  // the output holds no tokens
  if (vm.count("extractors")) {
    defaults.numbers = defaults.dates = defaults.organizations = false;
    std::string_view list = extractors;
    while (true) {
      const std::size_t comma = list.find(',');
      const std::string_view name = list.substr(0, comma);
      if (name == "numbers") {
        defaults.numbers = true;
      } else if (name == "dates") {
        defaults.dates = true;
      } else if (name == "organizations") {
        defaults.organizations = true;
      } else {
        throw po::error("--extractors takes a comma-separated list of dates, numbers and "
                        "organizations, not '" + extractors + "'");
      }
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }
  return run_pool(reader, analyzer, defaults, threads);
}

}  // namespace khabar::cli
