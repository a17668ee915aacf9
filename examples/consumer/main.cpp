// Tokenizes a sentence with an installed khabar and prints one line per token:
//   begin <TAB> end <TAB> kind <TAB> surface <TAB> match key
// then the sentences. The default sentence shows clitics (وللأمم), a Latin acronym, numbers in two
// scripts and a date.
#include <khabar/normalizer.hpp>
#include <khabar/tokenizer.hpp>
#include <khabar/version.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1] : "وقّعت منظمة OMSAC وللأمم المتحدة ٣ اتفاقيات في 24/12/2024.";
  std::cout << "khabar " << KHABAR_VERSION_STRING << "\n";

  const khabar::Tokenizer tokenizer;  // embedded lexicons: no data directory needed
  const khabar::TokenizedText t = tokenizer.tokenize(text);
  for (const khabar::Token& tok : t.tokens()) {
    std::cout << tok.span.begin << '\t' << tok.span.end << '\t' << khabar::to_string(tok.kind)
              << '\t' << tok.span.slice(text) << '\t' << t.match_key(tok) << '\n';
  }
  for (const khabar::Span& s : t.sentences()) std::cout << "sentence\t" << s.slice(text) << '\n';
  std::cout << "equivalent\t" << std::boolalpha << khabar::equivalent("الإتفاقيّة", "الاتفاقية")
            << '\n';
}
