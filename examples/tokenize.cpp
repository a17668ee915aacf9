// Tokenizes a sentence and prints each token with its kind, span, search form and clitics,
// then the sentences.
#include <khabar/tokenizer.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  const std::string text = argc > 1 ? argv[1]
                                    : "وأكدت منظمة (OMSAC) للأمم المتحدة أن 193 دولة وقّعت في "
                                      "24/12/2024. وقال د. أحمد إن النسبة بلغت ٣٫٥٪ #الجرائم_الإلكترونية";
  const khabar::Tokenizer tokenizer;  // embedded lexicons; build once, share across threads
  const khabar::TokenizedText t = tokenizer.tokenize(text);

  for (const khabar::Token& tok : t.tokens()) {
    std::cout << tok.span.begin << '\t' << tok.span.end << '\t' << khabar::to_string(tok.kind) << '\t'
              << tok.span.slice(text) << '\t' << t.normalized(tok);
    if (tok.segment_count > 0) {
      std::cout << "\tkey=" << t.match_key(tok) << '\t';
      for (const khabar::Segment& s : t.segments(tok)) {
        std::cout << '[' << s.span.slice(text) << ':' << khabar::to_string(s.role) << ']';
      }
    }
    std::cout << '\n';
  }
  for (const khabar::Span& s : t.sentences()) std::cout << "sentence: " << s.slice(text) << '\n';
}
