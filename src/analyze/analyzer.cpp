#include "khabar/analyzer.hpp"

#include <algorithm>

namespace khabar {

struct Analyzer::Impl {
  Tokenizer tokenizer;
  NumberExtractor numbers;
  DateExtractor dates;
  OrganizationExtractor organizations;
  explicit Impl(const std::shared_ptr<const Lexicons>& lexicons)
      : tokenizer(lexicons), numbers(lexicons), dates(lexicons), organizations(lexicons) {}
};

Analyzer::Analyzer() : Analyzer(Lexicons::embedded()) {}
Analyzer::Analyzer(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(lexicons)) {}
Analyzer::~Analyzer() = default;

const Tokenizer& Analyzer::tokenizer() const { return impl_->tokenizer; }
const NumberExtractor& Analyzer::numbers() const { return impl_->numbers; }
const DateExtractor& Analyzer::dates() const { return impl_->dates; }
const OrganizationExtractor& Analyzer::organizations() const { return impl_->organizations; }

Document Analyzer::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  Document doc;
  analyze(utf8, doc, options);
  return doc;
}

namespace {

// A number that is part of a date (the 24 of "24 ديسمبر", the 21 of "القرن الـ21", the range of
// "من 5 إلى 7 مارس") or reaches into one is not a numeric fact of its own; a duration that starts
// inside a relative date ("قبل ثلاثة أيام") still is.
void drop_numbers_inside_dates(std::vector<NumericFact>& numbers,
                               const std::vector<DateMention>& dates) {
  if (dates.empty() || numbers.empty()) return;
  std::size_t d = 0;
  std::erase_if(numbers, [&](const NumericFact& n) {
    while (d < dates.size() && dates[d].span.end <= n.span.begin) ++d;
    if (d == dates.size()) return false;
    const Span date = dates[d].span;
    if (date.begin >= n.span.end) return false;  // no overlap
    // A number that reaches into a date (سبعة مليارات عام | عام 2012) loses to it; a duration
    // that starts inside one stays, also with a qualifier after it (منذ ستة أشهر على الأقل).
    const bool starts_inside = date.begin <= n.span.begin && n.span.begin < date.end;
    return !(starts_inside && n.kind == NumericKind::kDuration);
  });
}

}  // namespace

void Analyzer::analyze(std::string_view utf8, Document& out, const AnalyzeOptions& options) const {
  TokenizeOptions tokenize_options;
  tokenize_options.segment_clitics =
      options.clitic_segments || options.dates || options.organizations;
  impl_->tokenizer.tokenize(utf8, out.tokens, tokenize_options);
  out.numbers.clear();
  out.dates.clear();
  out.organizations.clear();
  if (options.numbers) impl_->numbers.extract(utf8, out.tokens, out.numbers);
  if (options.dates) {
    DateOptions date_options;
    date_options.reference_date = options.reference_date;
    impl_->dates.extract(utf8, out.tokens, date_options, out.dates);
    drop_numbers_inside_dates(out.numbers, out.dates);
  }
  if (options.organizations) impl_->organizations.extract(utf8, out.tokens, out.organizations);
}

}  // namespace khabar
