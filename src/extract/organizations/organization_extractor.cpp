// The organization extractor is being written (issue 5); until it lands the stage reports
// nothing, so the Analyzer, the JSON output and the C++ API already have their final shape.
#include "khabar/organizations.hpp"

namespace khabar {
struct OrganizationExtractor::Impl {};
OrganizationExtractor::OrganizationExtractor() : OrganizationExtractor(Lexicons::embedded()) {}
OrganizationExtractor::OrganizationExtractor(std::shared_ptr<const Lexicons>)
    : impl_(std::make_unique<const Impl>()) {}
OrganizationExtractor::~OrganizationExtractor() = default;
OrganizationExtractor::OrganizationExtractor(OrganizationExtractor&&) noexcept = default;
OrganizationExtractor& OrganizationExtractor::operator=(OrganizationExtractor&&) noexcept = default;
void OrganizationExtractor::extract(std::string_view, const TokenizedText&,
                                    std::vector<Organization>&) const {}
std::vector<Organization> OrganizationExtractor::extract(std::string_view utf8,
                                                         const TokenizedText& tokens) const {
  std::vector<Organization> out;
  extract(utf8, tokens, out);
  return out;
}
std::string_view to_string(OrganizationSource source) {
  switch (source) {
    case OrganizationSource::kGazetteer: return "gazetteer";
    case OrganizationSource::kPattern: return "pattern";
    case OrganizationSource::kAcronym: return "acronym";
  }
  return "gazetteer";
}
}  // namespace khabar
