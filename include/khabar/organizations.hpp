// Organization mentions: a curated gazetteer (data/organizations/*.tsv), head-noun patterns over
// the normalized, clitic-segmented tokens, and acronyms linked to the names they abbreviate.
//
//   const khabar::Analyzer analyzer;
//   for (const khabar::Organization& o : analyzer.analyze(text).organizations) {
//     o.span.slice(text);  // "الأمم المتحدة" (of "للأمم المتحدة")
//     o.canonical;         // "الأمم المتحدة"
//     o.acronym;           // "UN"
//   }
#ifndef KHABAR_ORGANIZATIONS_HPP_
#define KHABAR_ORGANIZATIONS_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/export.hpp"
#include "khabar/lexicon.hpp"
#include "khabar/span.hpp"
#include "khabar/tokenizer.hpp"

namespace khabar {

// Stable values: they are part of the C API and the JSON output's names.
enum class OrganizationSource : std::uint8_t {
  kGazetteer = 1,  // an entry of data/organizations/
  kPattern = 2,    // a head noun and its chain (وزارة الخارجية السعودية)
  kAcronym = 3,    // an acronym defined in the document (منظمة … (OMSAC), later OMSAC)
};
KHABAR_EXPORT std::string_view to_string(OrganizationSource source);

struct Organization {
  Span span;              // original bytes, after attached proclitics (للأمم → الأمم)
  std::string canonical;  // one name per organization, so mentions group across documents
  std::string acronym;    // Latin-script acronym when known (UN, NATO, OMSAC), else Arabic, else ""
  OrganizationSource source = OrganizationSource::kGazetteer;
  std::string id;         // gazetteer id, else ""
  std::string type;       // gazetteer type (un_body, ministry, company …), else ""
  std::string country;    // ISO 3166-1 alpha-2 or INT from the gazetteer, else "" (also for a
                          // body every state has, الدفاع المدني, whose state is not settled)
};

// The organization stage alone, over text the caller has tokenized (Analyzer runs it for you).
// Immutable after construction; share one across threads. extract() never throws on any input.
class KHABAR_EXPORT OrganizationExtractor {
 public:
  OrganizationExtractor();  // embedded lexicons
  // Uses the organizations/* tables; throws Error naming file, line and reason.
  explicit OrganizationExtractor(std::shared_ptr<const Lexicons> lexicons);
  ~OrganizationExtractor();
  OrganizationExtractor(const OrganizationExtractor&) = delete;
  OrganizationExtractor& operator=(const OrganizationExtractor&) = delete;
  OrganizationExtractor(OrganizationExtractor&&) noexcept;
  OrganizationExtractor& operator=(OrganizationExtractor&&) noexcept;

  // Appends the organizations of `tokens` (the tokenization of `utf8`) to `out`, in text order,
  // never overlapping. REQUIRES: `tokens` comes from tokenizing exactly `utf8`.
  void extract(std::string_view utf8, const TokenizedText& tokens,
               std::vector<Organization>& out) const;
  std::vector<Organization> extract(std::string_view utf8, const TokenizedText& tokens) const;

  struct Impl;

 private:
  std::unique_ptr<const Impl> impl_;
};

}  // namespace khabar

#endif  // KHABAR_ORGANIZATIONS_HPP_
