// Extracts the organizations of a short news passage (or of the text given as argument) and
// prints one line each: surface text, canonical name, acronym, source, and the gazetteer id,
// type and country when the name comes from the gazetteer.
#include <khabar/analyzer.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "أعلنت منظمة الصحة العالمية وللأمم المتحدة أن المنظمة العربية لمكافحة التصحر "
                 "(OACD) ستعقد اجتماعها مع وزارة الخارجية السعودية، وقالت OACD إن الناتو لم يرد.";
  const khabar::Analyzer analyzer;  // embedded gazetteer; build once, share across threads
  khabar::AnalyzeOptions options;
  options.numbers = options.dates = false;  // organizations only
  const khabar::Document doc = analyzer.analyze(text, options);

  for (const khabar::Organization& o : doc.organizations) {
    std::cout << o.span.slice(text) << '\t' << o.canonical << '\t'
              << (o.acronym.empty() ? "-" : o.acronym) << '\t' << khabar::to_string(o.source);
    if (!o.id.empty()) std::cout << '\t' << o.id << '\t' << o.type << '\t' << o.country;
    std::cout << '\n';
  }
}
