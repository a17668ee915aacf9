// Extracts the numeric facts of a few news sentences (or of the text given as argument) and
// prints one line each: surface text, kind, value, unit or currency, qualifier, counted noun.
#include <khabar/analyzer.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "وقّعت 193 دولة عضو على الاتفاقية، وارتفع النمو بنسبة ٣٫٥٪ خلال خمس سنوات. "
                 "وخصصت الحكومة ما لا يقل عن 2.5 مليار دولار لنحو ثلاثمائة ألف أسرة، "
                 "بين 10 و20 في المئة منها في الأرياف.";
  const khabar::Analyzer analyzer;  // embedded lexicons; build once, share across threads
  khabar::AnalyzeOptions options;
  options.dates = options.organizations = false;  // numbers only
  options.clitic_segments = false;  // not read here: skipping them halves the tokenizing time
  const khabar::Document doc = analyzer.analyze(text, options);

  std::cout.precision(15);
  for (const khabar::NumericFact& n : doc.numbers) {
    std::cout << n.span.slice(text) << '\t' << khabar::to_string(n.kind) << '\t';
    if (n.is_range()) {
      std::cout << *n.low << ".." << *n.high;
    } else {
      std::cout << n.value;
    }
    std::cout << '\t' << (n.currency.empty() ? n.unit : n.currency) << '\t'
              << khabar::to_string(n.qualifier);
    if (!n.counted.empty()) std::cout << "\tcounted=" << n.counted.slice(text);
    std::cout << '\n';
  }
}
