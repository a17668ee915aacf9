// The whole chain at once: normalize → tokenize → extractors, returning a Document.
//
//   const khabar::Analyzer analyzer;                    // embedded lexicons; thread-safe
//   khabar::AnalyzeOptions opts;
//   opts.reference_date = khabar::CivilDate{2024, 12, 24};
//   khabar::Document doc = analyzer.analyze(article_utf8, opts);
//   for (const khabar::NumericFact& n : doc.numbers) { n.span; n.value; n.kind; n.unit; }
//
// Thread safety: an Analyzer is immutable after construction; share one across threads.
// analyze() never throws on any input (std::bad_alloc aside).
#ifndef KHABAR_ANALYZER_HPP_
#define KHABAR_ANALYZER_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/dates.hpp"
#include "khabar/export.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/organizations.hpp"
#include "khabar/span.hpp"
#include "khabar/tokenizer.hpp"

namespace khabar {
namespace internal {
class NumberReader;
}

enum class NumericKind : std::uint8_t {
  kCardinal = 1,
  kOrdinal = 2,
  kPercent = 3,
  kMoney = 4,
  kQuantity = 5,
  kDuration = 6,
  kFraction = 7,
};
KHABAR_EXPORT std::string_view to_string(NumericKind kind);

enum class Qualifier : std::uint8_t {
  kExact = 1,
  kApprox = 2,     // نحو، حوالي، قرابة، زهاء، ما يقارب، تقريبا
  kMoreThan = 3,   // أكثر من، ما يزيد على، أزيد من، يفوق
  kLessThan = 4,   // أقل من، دون
  kAtLeast = 5,    // ما لا يقل عن، على الأقل
  kAtMost = 6,     // ما لا يزيد على، على الأكثر، حتى
};
KHABAR_EXPORT std::string_view to_string(Qualifier qualifier);

// One numeric fact: qualifier + number + unit/counted noun as one mention.
struct NumericFact {
  Span span;                    // original bytes, after any attached proclitic (و، ب، بـ)
  NumericKind kind = NumericKind::kCardinal;
  double value = 0;             // integers exact up to 2^53 (> 10^15)
  std::optional<double> low;    // ranges: بين 10 و20، من 3 إلى 5، 10-20 (value is then low)
  std::optional<double> high;
  std::string unit;             // canonical English name: year, kilogram, percent, … or empty
  std::string currency;         // ISO 4217 for money, else empty
  Span counted;                 // the counted noun phrase (193 دولة عضو → دولة عضو); empty if none
  Qualifier qualifier = Qualifier::kExact;
  bool is_range() const { return low.has_value(); }  // then value == *low
};

// The numeric-fact stage alone, over text the caller has tokenized (Analyzer runs it for you).
// Immutable after construction; share one across threads. extract() never throws on any input.
class KHABAR_EXPORT NumberExtractor {
 public:
  NumberExtractor();  // embedded lexicons
  // Uses the numbers/* tables of `lexicons`; throws Error naming file, line and reason when one
  // is missing or malformed.
  explicit NumberExtractor(std::shared_ptr<const Lexicons> lexicons);
  ~NumberExtractor();
  NumberExtractor(const NumberExtractor&) = delete;
  NumberExtractor& operator=(const NumberExtractor&) = delete;
  NumberExtractor(NumberExtractor&&) noexcept;
  NumberExtractor& operator=(NumberExtractor&&) noexcept;

  // Appends the numeric facts of `tokens` (the tokenization of `utf8`) to `out`, in text order,
  // never overlapping. REQUIRES: `tokens` comes from tokenizing exactly `utf8`.
  void extract(std::string_view utf8, const TokenizedText& tokens,
               std::vector<NumericFact>& out) const;
  std::vector<NumericFact> extract(std::string_view utf8, const TokenizedText& tokens) const;

  // The bare number that starts at tokens.tokens()[first] — digits, number words, an ordinal,
  // a fraction — read by the same grammar but without the date, time and code exclusions and
  // without qualifier, unit or counted noun: for other extractors (spelled days and years,
  // "الرابع والعشرين من ديسمبر", "عام ألفين وأربعة وعشرين"). On success sets `end` to the index
  // of the token after the number and `ordinal` to whether it is one; nullopt when no number
  // starts there. Looks at no more than 24 tokens. REQUIRES: first < tokens.tokens().size().
  std::optional<double> number_at(std::string_view utf8, const TokenizedText& tokens,
                                  std::size_t first, std::size_t& end,
                                  bool* ordinal = nullptr) const;

  struct Impl;

 private:
  friend class internal::NumberReader;
  std::unique_ptr<const Impl> impl_;
};

struct AnalyzeOptions {
  // The article's date, for relative dates (أمس، الشهر الماضي) and dates without a year. When
  // absent, a dateline that opens the text gives it ("الرياض - 12 مارس 2024 (واس) -").
  std::optional<CivilDate> reference_date;
  bool numbers = true;
  bool dates = true;
  bool organizations = true;
  // Clitic segments on Document::tokens (Token::segments, Token::match). The date and organization
  // extractors need them and have them computed whatever this says; a caller that runs only the
  // number extractor and does not read segments can set it to false, which about halves the cost
  // of tokenizing (`khabar extract` and the C API do, since their JSON has no tokens).
  bool clitic_segments = true;
};

// The result of one analyze() call. Owns everything it refers to except the input text, which
// spans index into (keep the input alive to slice spans).
struct Document {
  TokenizedText tokens;
  std::vector<DateMention> dates;            // in text order, never overlapping
  std::vector<NumericFact> numbers;          // in text order, never overlapping
  std::vector<Organization> organizations;   // in text order, never overlapping
};

class KHABAR_EXPORT Analyzer {
 public:
  Analyzer();  // embedded lexicons
  // Throws Error when a table the extractors need is missing or malformed.
  explicit Analyzer(std::shared_ptr<const Lexicons> lexicons);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  Document analyze(std::string_view utf8, const AnalyzeOptions& options = {}) const;
  void analyze(std::string_view utf8, Document& out, const AnalyzeOptions& options = {}) const;

  const Tokenizer& tokenizer() const;
  const NumberExtractor& numbers() const;
  const DateExtractor& dates() const;
  const OrganizationExtractor& organizations() const;

  struct Impl;

 private:
  std::unique_ptr<const Impl> impl_;
};

}  // namespace khabar

#endif  // KHABAR_ANALYZER_HPP_
