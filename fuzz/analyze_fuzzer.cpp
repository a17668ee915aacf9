// libFuzzer target: analyzes every input with all extractors (with and without a reference
// date) and aborts when an invariant breaks (run under ASan/UBSan, so memory errors and UB abort
// too):
//   - every date, number and organization span is inside the input, on code-point boundaries,
//     begin < end; results of one category are in text order and do not overlap;
//   - date values have one of the documented ISO forms; linked dates point at each other;
//   - the JSON of the document (khabar::append_json, what `khabar extract` prints) parses.
//
//   fuzz/analyze_fuzzer -max_total_time=60 corpus-copy/ fuzz/corpus/analyze/
#include <khabar/analyzer.hpp>
#include <khabar/json.hpp>

#include <boost/json.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.hpp"

namespace {

using khabar::fuzz::boundaries;

void check_span(khabar::Span s, const std::vector<bool>& bounds) {
  CHECK(s.begin < s.end, s.begin, s.end);
  CHECK(s.end < bounds.size(), s.end, bounds.size());
  CHECK(bounds[s.begin], s.begin, s.end);
  CHECK(bounds[s.end], s.begin, s.end);
}

template <typename T>
void check_ordered(const std::vector<T>& items, const std::vector<bool>& bounds) {
  std::uint32_t previous_end = 0;
  for (const T& item : items) {
    check_span(item.span, bounds);
    CHECK(item.span.begin >= previous_end, item.span.begin, previous_end);
    previous_end = item.span.end;
  }
}

bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The forms of docs/json-schema.md.
bool iso_value(std::string_view v, khabar::DateGrain grain) {
  using khabar::DateGrain;
  if (v.starts_with("--")) {
    return (v.size() == 4 && digits(v.substr(2))) ||
           (v.size() == 7 && digits(v.substr(2, 2)) && v[4] == '-' && digits(v.substr(5)));
  }
  switch (grain) {
    case DateGrain::kDay:
      return v.size() == 10 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2)) &&
             v[7] == '-' && digits(v.substr(8));
    case DateGrain::kWeek:
      return v.size() == 8 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-W" &&
             digits(v.substr(6));
    case DateGrain::kMonth:
      return v.size() == 7 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5));
    case DateGrain::kYear:
      return v.size() == 4 && digits(v);
    case DateGrain::kDecade:
      return v.size() == 3 && digits(v);
    case DateGrain::kCentury:
      return v.size() == 2 && digits(v);
    case DateGrain::kQuarter:
      return v.size() == 7 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-Q" && v[6] >= '1' &&
             v[6] <= '4';
    case DateGrain::kHalf:
      return v.size() == 7 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-H" &&
             (v[6] == '1' || v[6] == '2');
    case DateGrain::kSeason:
      return v.size() == 7 && digits(v.substr(0, 4)) && v[4] == '-' &&
             (v.substr(5) == "SP" || v.substr(5) == "SU" || v.substr(5) == "FA" ||
              v.substr(5) == "WI");
  }
  return false;
}

void check_document(const khabar::Analyzer& analyzer, std::string_view in,
                    const std::vector<bool>& bounds, const khabar::AnalyzeOptions& options) {
  const khabar::Document doc = analyzer.analyze(in, options);
  check_ordered(doc.dates, bounds);
  check_ordered(doc.numbers, bounds);
  check_ordered(doc.organizations, bounds);
  for (std::size_t k = 0; k < doc.dates.size(); ++k) {
    const khabar::DateMention& d = doc.dates[k];
    CHECK(d.value.empty() || iso_value(d.value, d.grain), k, d.value.size());
    CHECK(d.end_value.empty() || iso_value(d.end_value, d.grain), k, d.end_value.size());
    CHECK(!d.value.empty() || d.relative || d.calendar == khabar::CalendarKind::kHijri, k, 0);
    if (d.linked >= 0) {
      const auto other = static_cast<std::size_t>(d.linked);
      CHECK(other < doc.dates.size(), other, doc.dates.size());
      CHECK(doc.dates[other].linked == static_cast<std::int32_t>(k), other, k);
    }
  }
  for (const khabar::NumericFact& n : doc.numbers) {
    if (!n.counted.empty()) {
      CHECK(n.span.begin <= n.counted.begin && n.counted.end <= n.span.end, n.counted.begin,
            n.counted.end);
    }
  }
  for (const khabar::Organization& o : doc.organizations) CHECK(!o.canonical.empty(), 0, 0);
  std::string json;
  khabar::append_json(json, doc, in, "1");
  boost::system::error_code ec;
  const boost::json::value parsed = boost::json::parse(json, ec);
  CHECK(!ec, json.size(), 0);
  CHECK(parsed.as_object().at("dates").as_array().size() == doc.dates.size(), 0, 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const khabar::Analyzer analyzer;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::vector<bool> bounds = boundaries(input);
  check_document(analyzer, input, bounds, {});
  khabar::AnalyzeOptions with_reference;
  with_reference.reference_date = khabar::CivilDate{2024, 12, 24};
  check_document(analyzer, input, bounds, with_reference);
  return 0;
}
