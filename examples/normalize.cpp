// Normalizes a few spellings of one word and shows that they match, and where each normalized
// character came from in the original text.
#include <khabar/normalizer.hpp>

#include <iostream>
#include <string>

int main() {
  const khabar::Normalizer search(khabar::NormalizeOptions::search());

  const std::string spellings[] = {"إتفاقية", "اتفاقية", "الإتفاقيّة", "إتـفاقية", "اﻹتفاقية"};
  for (const std::string& s : spellings) {
    std::cout << s << "\t→ " << search.normalize_string(s) << "\n";
  }
  std::cout << "OMSAC ≡ omsac: " << std::boolalpha << search.equivalent("OMSAC", "omsac") << "\n";

  // The offset map: a span of the normalized text maps back to the exact original bytes.
  const std::string original = "وقّعت ٣ دول على الإتفاقيّة";
  const khabar::NormalizedText n = search.normalize(original);
  const std::size_t at = n.text().find("الاتفاقيه");
  const khabar::Span in_normalized{static_cast<std::uint32_t>(at),
                                   static_cast<std::uint32_t>(at + std::string("الاتفاقيه").size())};
  const khabar::Span in_original = n.to_original(in_normalized);
  std::cout << n.text() << "\n"
            << "normalized [" << in_normalized.begin << ", " << in_normalized.end << ") → original ["
            << in_original.begin << ", " << in_original.end << ") = "
            << in_original.slice(original) << "\n";
}
