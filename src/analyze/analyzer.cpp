#include "khabar/analyzer.hpp"

namespace khabar {

struct Analyzer::Impl {
  Tokenizer tokenizer;
  NumberExtractor numbers;
  explicit Impl(const std::shared_ptr<const Lexicons>& lexicons)
      : tokenizer(lexicons), numbers(lexicons) {}
};

Analyzer::Analyzer() : Analyzer(Lexicons::embedded()) {}
Analyzer::Analyzer(std::shared_ptr<const Lexicons> lexicons)
    : impl_(std::make_unique<const Impl>(lexicons)) {}
Analyzer::~Analyzer() = default;

const Tokenizer& Analyzer::tokenizer() const { return impl_->tokenizer; }
const NumberExtractor& Analyzer::numbers() const { return impl_->numbers; }

Document Analyzer::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  Document doc;
  analyze(utf8, doc, options);
  return doc;
}

void Analyzer::analyze(std::string_view utf8, Document& out, const AnalyzeOptions& options) const {
  impl_->tokenizer.tokenize(utf8, out.tokens);
  out.numbers.clear();
  if (options.numbers) impl_->numbers.extract(utf8, out.tokens, out.numbers);
}

}  // namespace khabar
