// Extracts the dates of a short news passage (or of the text given as argument) and prints one
// line each: surface text, ISO value (with the end of a range), grain, calendar, the Hijri date
// as written, and whether it is relative to the reference date.
//
//   example_extract_dates                        the built-in passage, dateline as reference
//   example_extract_dates TEXT [YYYY-MM-DD]      your text, with an optional reference date
#include <khabar/analyzer.hpp>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "الرياض - 12 مارس 2024 (واس) - أعلنت الهيئة أمس أن المؤتمر يعقد من 5 إلى 7 "
                 "أبريل المقبل، بعد دورة عقدت في 28 رمضان 1436 هـ الموافق 15 يوليو 2015م. "
                 "وتضاعف الإنتاج بين عامي 2010 و2015 مقارنة بتسعينيات القرن الماضي.";
  khabar::AnalyzeOptions options;
  options.numbers = options.organizations = false;  // dates only
  if (argc > 2) {
    khabar::CivilDate ref;
    if (std::sscanf(argv[2], "%d-%d-%d", &ref.year, &ref.month, &ref.day) != 3) {
      std::cerr << "reference date must be YYYY-MM-DD\n";
      return 2;
    }
    options.reference_date = ref;  // without one, a dateline opening the text is used
  }
  const khabar::Analyzer analyzer;  // embedded lexicons; build once, share across threads
  const khabar::Document doc = analyzer.analyze(text, options);

  for (const khabar::DateMention& d : doc.dates) {
    std::cout << d.span.slice(text) << '\t' << (d.value.empty() ? "?" : d.value);
    if (!d.end_value.empty()) std::cout << ".." << d.end_value;
    std::cout << '\t' << khabar::to_string(d.grain) << '\t' << khabar::to_string(d.calendar);
    if (!d.hijri.empty()) std::cout << "\thijri=" << d.hijri;
    if (d.relative) std::cout << "\trelative";
    std::cout << '\n';
  }
}
