// Normalizer: each switch of NormalizeOptions on its own code points, the presets, the issue's
// spellings of اتفاقية, equivalence, idempotence, exact offset maps and ill-formed UTF-8.
#include <gtest/gtest.h>
#include <khabar/normalizer.hpp>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "test_util.hpp"

namespace khabar {
namespace {

using Switch = bool NormalizeOptions::*;

NormalizeOptions only(Switch s) {
  NormalizeOptions o = NormalizeOptions::none();
  o.*s = true;
  return o;
}

std::string norm(const NormalizeOptions& o, std::string_view s) {
  return Normalizer(o).normalize_string(s);
}

// ---- each switch on its own ----------------------------------------------------------------------

// One character that each switch changes, separated by '|' (which no switch changes).
// ﻻ أ ؤ ى ة fatha tatweel ٣ ک RLM NBSP ، A
const std::string kOneOfEach =
    "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A";

struct SwitchCase {
  const char* name;
  Switch sw;
  std::string expected;  // kOneOfEach with only this switch on
};

TEST(NormalizerSwitches, EachSwitchChangesOnlyItsOwnCharacters) {
  const std::vector<SwitchCase> cases = {
      {"unicode", &NormalizeOptions::unicode,
       "\u0644\u0627|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"alef", &NormalizeOptions::alef,
       "\uFEFB|\u0627|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"hamza", &NormalizeOptions::hamza,
       "\uFEFB|\u0623|\u0648|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"alef_maksura", &NormalizeOptions::alef_maksura,
       "\uFEFB|\u0623|\u0624|\u064A|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"teh_marbuta", &NormalizeOptions::teh_marbuta,
       "\uFEFB|\u0623|\u0624|\u0649|\u0647|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"diacritics", &NormalizeOptions::diacritics,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629||\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"tatweel", &NormalizeOptions::tatweel,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E||\u0663|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"digits", &NormalizeOptions::digits,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|3|\u06A9|\u200F|\u00A0|\u060C|A"},
      {"letters", &NormalizeOptions::letters,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u0643|\u200F|\u00A0|\u060C|A"},
      {"invisible", &NormalizeOptions::invisible,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9||\u00A0|\u060C|A"},
      {"whitespace", &NormalizeOptions::whitespace,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F| |\u060C|A"},
      {"punctuation", &NormalizeOptions::punctuation,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|,|A"},
      {"latin_case", &NormalizeOptions::latin_case,
       "\uFEFB|\u0623|\u0624|\u0649|\u0629|\u064E|\u0640|\u0663|\u06A9|\u200F|\u00A0|\u060C|a"},
  };
  EXPECT_EQ(cases.size(), 13u) << "one case per switch of NormalizeOptions";
  for (const SwitchCase& c : cases) {
    EXPECT_EQ(norm(only(c.sw), kOneOfEach), c.expected) << "switch " << c.name;
  }
  EXPECT_EQ(norm(NormalizeOptions::none(), kOneOfEach), kOneOfEach);
  EXPECT_EQ(norm(NormalizeOptions::search(), kOneOfEach), "\u0644\u0627|\u0627|\u0648|\u064A|\u0647|||3|\u0643|| |,|a");
  EXPECT_EQ(norm(NormalizeOptions::display(), kOneOfEach),
            "\u0644\u0627|\u0623|\u0624|\u0649|\u0629|\u064E||\u0663|\u06A9|| |\u060C|A");
}

TEST(NormalizerSwitches, Unicode) {
  const NormalizeOptions o = only(&NormalizeOptions::unicode);
  EXPECT_EQ(norm(o, "\uFEF9"), "\u0644\u0625");  // ﻹ lam-alef with hamza below → لإ
  EXPECT_EQ(norm(o, "\uFEF7"), "\u0644\u0623");  // ﻷ → لأ
  EXPECT_EQ(norm(o, "\uFEF5"), "\u0644\u0622");  // ﻵ → لآ
  EXPECT_EQ(norm(o, "\uFEFB"), "\u0644\u0627");  // ﻻ → لا
  EXPECT_EQ(norm(o, "\uFEFC"), "\u0644\u0627");  // ﻼ final form → لا
  EXPECT_EQ(norm(o, "\uFE8F\uFE94"), "\u0628\u0629");  // ﺏ ﺔ → ب ة
  EXPECT_EQ(norm(o, "\uFDF2"), "\u0627\u0644\u0644\u0647");  // ﷲ → الله
  EXPECT_EQ(norm(o, "\uFF21\uFF11"), "A1");                  // fullwidth Ａ１
  // The spelling with the ligature: ا + ﻹ + تفاقية → الإتفاقية (hamza kept: alef is off).
  EXPECT_EQ(norm(o, "\u0627\uFEF9\u062A\u0641\u0627\u0642\u064A\u0629"), "الإتفاقية");
  EXPECT_EQ(norm(o, "\uFEFF"), "\uFEFF");  // BOM is the invisible switch's, not NFKC's
  EXPECT_EQ(norm(o, "\uFD3E"), "\uFD3E");  // ornate parenthesis has no decomposition
  EXPECT_EQ(norm(o, "إتفاقية"), "إتفاقية");  // ordinary letters untouched
}

TEST(NormalizerSwitches, Alef) {
  const NormalizeOptions o = only(&NormalizeOptions::alef);
  EXPECT_EQ(norm(o, "\u0623\u0625\u0622\u0671\u0672\u0673"), "\u0627\u0627\u0627\u0627\u0627\u0627");
  EXPECT_EQ(norm(o, "إتفاقية"), "اتفاقية");
  EXPECT_EQ(norm(o, "\u0621\u0624\u0626"), "\u0621\u0624\u0626");  // ء ؤ ئ: hamza's business
}

TEST(NormalizerSwitches, Hamza) {
  const NormalizeOptions o = only(&NormalizeOptions::hamza);
  EXPECT_EQ(norm(o, "\u0624"), "\u0648");        // ؤ → و
  EXPECT_EQ(norm(o, "\u0626"), "\u064A");        // ئ → ي
  EXPECT_EQ(norm(o, "\u0621"), "\u0621");        // standalone ء kept
  EXPECT_EQ(norm(o, "\u0623\u0625"), "\u0623\u0625");  // أ إ are alef's
  EXPECT_EQ(norm(o, "مسؤول الجرائم"), "مسوول الجرايم");
}

TEST(NormalizerSwitches, AlefMaksura) {
  const NormalizeOptions o = only(&NormalizeOptions::alef_maksura);
  EXPECT_EQ(norm(o, "على مستوى"), "علي مستوي");
  EXPECT_EQ(norm(o, "\u06CC"), "\u06CC");  // Farsi yeh belongs to `letters`
}

TEST(NormalizerSwitches, TehMarbuta) {
  const NormalizeOptions o = only(&NormalizeOptions::teh_marbuta);
  EXPECT_EQ(norm(o, "اتفاقية الجمعية"), "اتفاقيه الجمعيه");
  EXPECT_EQ(norm(o, "\u062A"), "\u062A");  // ت untouched
}

TEST(NormalizerSwitches, Diacritics) {
  const NormalizeOptions o = only(&NormalizeOptions::diacritics);
  EXPECT_EQ(norm(o, "كَتَبَ"), "كتب");
  // fathatan dammatan kasratan fatha damma kasra shadda sukun, superscript alef, two Quranic marks
  for (char32_t mark : {0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0670,
                        0x0610, 0x06D6, 0x06ED}) {
    EXPECT_EQ(norm(o, "\u0628" + test::utf8(mark) + "\u062A"), "\u0628\u062A")
        << "U+" << std::hex << static_cast<std::uint32_t>(mark);
  }
  EXPECT_EQ(norm(o, "الإتفاقيّة"), "الإتفاقية");
  EXPECT_EQ(norm(o, "\u0640"), "\u0640");  // tatweel is not a diacritic
}

TEST(NormalizerSwitches, Tatweel) {
  const NormalizeOptions o = only(&NormalizeOptions::tatweel);
  EXPECT_EQ(norm(o, "إتـفاقية"), "إتفاقية");
  EXPECT_EQ(norm(o, "كـــبير"), "كبير");
  EXPECT_EQ(norm(o, "بـ120"), "ب120");
}

TEST(NormalizerSwitches, Digits) {
  const NormalizeOptions o = only(&NormalizeOptions::digits);
  EXPECT_EQ(norm(o, "٠١٢٣٤٥٦٧٨٩"), "0123456789");  // Arabic-Indic U+0660–0669
  EXPECT_EQ(norm(o, "۰۱۲۳۴۵۶۷۸۹"), "0123456789");  // Persian U+06F0–06F9
  EXPECT_EQ(norm(o, "\u066B"), ".");                // ٫ decimal separator
  EXPECT_EQ(norm(o, "\u066C"), ",");                // ٬ thousands separator
  EXPECT_EQ(norm(o, "\u066A"), "%");                // ٪ percent
  EXPECT_EQ(norm(o, "١٬٥٠٠ و٢٫٥٪"), "1,500 و2.5%");
  EXPECT_EQ(norm(o, "\u060C"), "\u060C");  // Arabic comma is punctuation's
}

TEST(NormalizerSwitches, Letters) {
  const NormalizeOptions o = only(&NormalizeOptions::letters);
  EXPECT_EQ(norm(o, "\u06A9"), "\u0643");  // ک keheh → ك
  EXPECT_EQ(norm(o, "\u06CC"), "\u064A");  // ی Farsi yeh → ي
  EXPECT_EQ(norm(o, "\u06C1"), "\u0647");  // ہ heh goal → ه
  EXPECT_EQ(norm(o, "\u06D5"), "\u0647");  // ە ae → ه
  EXPECT_EQ(norm(o, "\u06CC\u0627\u06A9"), "\u064A\u0627\u0643");
  EXPECT_EQ(norm(o, "\u0649"), "\u0649");  // ى is alef_maksura's
}

TEST(NormalizerSwitches, Invisible) {
  const NormalizeOptions o = only(&NormalizeOptions::invisible);
  // ZWNJ, ZWJ, LRM, RLM, ALM, BOM, soft hyphen
  for (char32_t cp : {0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD}) {
    EXPECT_EQ(norm(o, "\u0645" + test::utf8(cp) + "\u0646"), "\u0645\u0646")
        << "U+" << std::hex << static_cast<std::uint32_t>(cp);
  }
  EXPECT_EQ(norm(o, "\uFEFFقال"), "قال");  // BOM at the start of a file
  EXPECT_EQ(norm(o, "\u00A0"), "\u00A0");  // NBSP is whitespace's
}

TEST(NormalizerSwitches, Whitespace) {
  const NormalizeOptions o = only(&NormalizeOptions::whitespace);
  EXPECT_EQ(norm(o, "23\u00A0مارس"), "23 مارس");  // NBSP
  EXPECT_EQ(norm(o, "a\u2003b\u202Fc\u3000d"), "a b c d");  // em space, narrow NBSP, ideographic
  EXPECT_EQ(norm(o, "a\tb\nc"), "a\tb\nc");  // ASCII whitespace kept as it is
}

TEST(NormalizerSwitches, Punctuation) {
  const NormalizeOptions o = only(&NormalizeOptions::punctuation);
  EXPECT_EQ(norm(o, "\u060C"), ",");  // ،
  EXPECT_EQ(norm(o, "\u061B"), ";");  // ؛
  EXPECT_EQ(norm(o, "\u061F"), "?");  // ؟
  EXPECT_EQ(norm(o, "\u00AB\u00BB"), "\"\"");  // « »
  EXPECT_EQ(norm(o, "\u201C\u201D"), "\"\"");  // “ ”
  EXPECT_EQ(norm(o, "\u2026"), "...");          // …
  EXPECT_EQ(norm(o, "«قال»، ثم؟"), "\"قال\", ثم?");
  EXPECT_EQ(norm(o, "\u066B"), "\u066B");  // ٫ is the digits switch's
}

TEST(NormalizerSwitches, LatinCase) {
  const NormalizeOptions o = only(&NormalizeOptions::latin_case);
  EXPECT_EQ(norm(o, "OMSAC"), "omsac");
  EXPECT_EQ(norm(o, "COVID-19 F-16"), "covid-19 f-16");
  EXPECT_EQ(norm(o, "\u00DCnited"), "\u00FCnited");  // Ü → ü
  EXPECT_EQ(norm(o, "منظمة OMSAC"), "منظمة omsac");
}

// ---- presets -------------------------------------------------------------------------------------

TEST(NormalizerPresets, Fields) {
  const NormalizeOptions d = NormalizeOptions::display();
  EXPECT_TRUE(d.unicode && d.tatweel && d.invisible && d.whitespace);
  EXPECT_FALSE(d.alef || d.hamza || d.alef_maksura || d.teh_marbuta || d.diacritics || d.digits ||
               d.letters || d.punctuation || d.latin_case);
  const NormalizeOptions s = NormalizeOptions::search();
  EXPECT_TRUE(s.unicode && s.alef && s.hamza && s.alef_maksura && s.teh_marbuta && s.diacritics &&
              s.tatweel && s.digits && s.letters && s.invisible && s.whitespace && s.punctuation &&
              s.latin_case);
  const NormalizeOptions n = NormalizeOptions::none();
  EXPECT_EQ(n, NormalizeOptions{});
  EXPECT_FALSE(n == s);
  EXPECT_EQ(Normalizer().options(), NormalizeOptions::search());  // the default
  EXPECT_EQ(Normalizer(d).options(), d);
}

TEST(NormalizerPresets, DisplayChangesNothingAReaderSees) {
  const NormalizeOptions d = NormalizeOptions::display();
  EXPECT_EQ(norm(d, "الإتفاقيّة"), "الإتفاقيّة");
  EXPECT_EQ(norm(d, "إتـفاقية"), "إتفاقية");
  EXPECT_EQ(norm(d, "\u0627\uFEF9\u062A\u0641\u0627\u0642\u064A\u0629"), "الإتفاقية");
  EXPECT_EQ(norm(d, "\u200Fبلغت ٣٫٥٪\u00A0«OMSAC»"), "بلغت ٣٫٥٪ «OMSAC»");
}

// ---- the example ------------------------------------------------------------------------

TEST(NormalizerSearch, SpellingsOfAgreementShareOneForm) {
  const Normalizer search(NormalizeOptions::search());
  const std::string form = "اتفاقيه";
  EXPECT_EQ(search.normalize_string("إتفاقية"), form);
  EXPECT_EQ(search.normalize_string("اتفاقية"), form);
  EXPECT_EQ(search.normalize_string("إتـفاقية"), form);
  // With the article: the part after ال is the same form.
  const std::string with_article = search.normalize_string("الإتفاقيّة");
  EXPECT_EQ(with_article, "ال" + form);
  EXPECT_EQ(with_article.substr(4), form);
  // ا + ﻹ (lam-alef with hamza below, U+FEF9) + تفاقية
  EXPECT_EQ(search.normalize_string("\u0627\uFEF9\u062A\u0641\u0627\u0642\u064A\u0629"),
            "ال" + form);
  EXPECT_TRUE(search.equivalent("اﻹتفاقية", "الإتفاقيّة"));
  EXPECT_TRUE(search.equivalent("إتـفاقية", "اتفاقيه"));
}

TEST(NormalizerSearch, LatinCaseAndMixedText) {
  const Normalizer search;
  EXPECT_EQ(search.normalize_string("OMSAC"), search.normalize_string("omsac"));
  EXPECT_EQ(search.normalize_string("OMSAC"), "omsac");
  EXPECT_EQ(search.normalize_string("وقّعت ٣ دول على الإتفاقيّة، «OMSAC»؟"),
            "وقعت 3 دول علي الاتفاقيه, \"omsac\"?");
  EXPECT_EQ(search.normalize_string("مسؤولو الهيئة"), "مسوولو الهييه");
  EXPECT_EQ(search.normalize_string("ﻻ"), "لا");
}

TEST(NormalizerSearch, Equivalent) {
  const Normalizer search(NormalizeOptions::search());
  EXPECT_TRUE(search.equivalent("OMSAC", "omsac"));
  EXPECT_TRUE(search.equivalent("١٬٥٠٠", "1,500"));
  EXPECT_TRUE(search.equivalent("۱۲۳", "١٢٣"));
  EXPECT_TRUE(search.equivalent("کتاب", "كتاب"));
  EXPECT_FALSE(search.equivalent("كتاب", "كتب"));
  EXPECT_FALSE(search.equivalent("اتفاقية", "اتفاقيات"));
  // The free function, with the default (search) and with other options.
  EXPECT_TRUE(equivalent("إتفاقية", "اتفاقيه"));
  EXPECT_TRUE(equivalent("OMSAC", "omsac"));
  EXPECT_FALSE(equivalent("إتفاقية", "اتفاقية", NormalizeOptions::display()));
  EXPECT_TRUE(equivalent("إتـفاقية", "إتفاقية", NormalizeOptions::display()));
  EXPECT_FALSE(equivalent("OMSAC", "omsac", NormalizeOptions::none()));
  EXPECT_TRUE(equivalent("OMSAC", "omsac", only(&NormalizeOptions::latin_case)));
  EXPECT_TRUE(equivalent("", ""));
}

// ---- idempotence ---------------------------------------------------------------------------------

TEST(NormalizerIdempotence, EveryBmpCodePointBothPresets) {
  for (const NormalizeOptions& o : {NormalizeOptions::search(), NormalizeOptions::display()}) {
    const Normalizer n(o);
    int failures = 0;
    for (char32_t cp = 1; cp < 0x10000 && failures < 10; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      const std::string s = "\u0628" + test::utf8(cp) + "x";
      const std::string once = n.normalize_string(s);
      const std::string twice = n.normalize_string(once);
      if (once != twice) {
        ++failures;
        ADD_FAILURE() << "not idempotent for U+" << std::hex << static_cast<std::uint32_t>(cp)
                      << (o == NormalizeOptions::search() ? " (search)" : " (display)");
      }
    }
  }
}

// The two-byte fast path (ASCII and U+0080–U+07FF through one table) against the character
// normalized alone: in the middle of ASCII, at the very end of the text, and doubled, every
// character gives its own form and maps back to its own bytes.
TEST(NormalizerOffsets, EveryTwoByteCharacterInContextAndAtTheEnd) {
  for (const NormalizeOptions& o : {NormalizeOptions::search(), NormalizeOptions::display()}) {
    const Normalizer n(o);
    int failures = 0;
    for (char32_t cp = 0x80; cp < 0x800 && failures < 10; ++cp) {
      const std::string c = test::utf8(cp);
      const std::string alone = n.normalize_string(c);
      const std::string input = "a" + c + "b" + c + c;
      const NormalizedText out = n.normalize(input);
      const std::string expected = "a" + alone + "b" + alone + alone;
      if (out.text() != expected) {
        ++failures;
        ADD_FAILURE() << "U+" << std::hex << static_cast<std::uint32_t>(cp);
        continue;
      }
      // "b" maps back to its own byte, 1 + |c| (and, when c is removed, through the removed
      // characters after it, which join the text before them).
      const auto b_at = static_cast<std::uint32_t>(1 + alone.size());
      const Span b = out.to_original({b_at, b_at + 1});
      EXPECT_EQ(b.begin, 1 + c.size()) << std::hex << static_cast<std::uint32_t>(cp);
      EXPECT_EQ(b.end, alone.empty() ? input.size() : 2 + c.size())
          << std::hex << static_cast<std::uint32_t>(cp);
      EXPECT_EQ(out.original_begin(static_cast<std::uint32_t>(out.text().size())), input.size());
    }
  }
}

TEST(NormalizerIdempotence, Strings) {
  const std::vector<std::string> samples = {
      "",
      "الإتفاقيّة",
      "اﻹتفاقية",
      "وقّعت ٣ دول على الإتفاقيّة، «OMSAC»؟",
      "\u200F\uFEFFبـ١٢٠\u00A0مليون ۲۰۲۴",
      "ﷲ ﷺ ﻻ ﻷ ﻹ ﻵ Ａ",
      "COVID-19 F-16 U.S. https://example.com/a?b=C",
      "\xC0\xAF\xED\xA0\x80\xF5\xFF\x80",
      "كَتَبَ ٱلْكِتَابَ ـــ ک ی ہ ە",
      std::string("a\0b", 3),
  };
  for (const NormalizeOptions& o : {NormalizeOptions::search(), NormalizeOptions::display()}) {
    const Normalizer n(o);
    for (const std::string& s : samples) {
      const NormalizedText once = n.normalize(s);
      EXPECT_EQ(n.normalize_string(once.text()), once.text()) << s;
      EXPECT_EQ(n.normalize(once.text()).anchors().size(), 1u)
          << "normalizing normalized text changes no length: " << s;
    }
  }
}

// ---- the offset map --------------------------------------------------------------------------------

// Anchors as {normalized, original, expanding_length} triples, comparable and printable.
using Anchor = std::array<std::uint32_t, 3>;
std::vector<Anchor> anchors(const NormalizedText& n) {
  std::vector<Anchor> out;
  for (const auto& a : n.anchors()) out.push_back({a.normalized, a.original, a.expanding_length});
  return out;
}

// Every normalized code-point boundary with the original offsets it maps to as a begin and as
// an end. Every span between two of them (begin < end) must map to {begin_of(b), end_of(e)}.
struct Boundary {
  std::uint32_t normalized, as_begin, as_end;
};

void check_map(const NormalizedText& n, const std::vector<Boundary>& boundaries) {
  for (const Boundary& b : boundaries) {
    EXPECT_EQ(n.original_begin(b.normalized), b.as_begin) << "begin at " << b.normalized;
    EXPECT_EQ(n.original_end(b.normalized), b.as_end) << "end at " << b.normalized;
  }
  for (std::size_t i = 0; i < boundaries.size(); ++i) {
    for (std::size_t j = i + 1; j < boundaries.size(); ++j) {
      const Span expected{boundaries[i].as_begin, boundaries[j].as_end};
      EXPECT_EQ(n.to_original({boundaries[i].normalized, boundaries[j].normalized}), expected)
          << "normalized [" << boundaries[i].normalized << "," << boundaries[j].normalized << ")";
    }
  }
  EXPECT_EQ(boundaries.back().normalized, n.text().size());
  EXPECT_EQ(n.original_begin(static_cast<std::uint32_t>(n.text().size())), n.original_size());
}

TEST(NormalizerOffsets, LigatureEverySpanByHand) {
  // original: ا [0,2)  ﻹ U+FEF9 [2,5)  ت [5,7)
  // search:   ا [0,2)  ل [2,4)  ا [4,6)  ت [6,8)   (ﻹ → لإ → لا)
  const std::string input = "\u0627\uFEF9\u062A";
  const NormalizedText n = Normalizer(NormalizeOptions::search()).normalize(input);
  ASSERT_EQ(n.text(), "\u0627\u0644\u0627\u062A");
  EXPECT_EQ(n.original_size(), 7u);
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 0, 0}, {2, 2, 4}, {6, 5, 0}}));
  EXPECT_EQ(n.to_original({0, 2}), (Span{0, 2}));  // ا
  EXPECT_EQ(n.to_original({0, 4}), (Span{0, 5}));  // ال: ends inside ﻹ → its end
  EXPECT_EQ(n.to_original({0, 6}), (Span{0, 5}));  // الا = اﻹ
  EXPECT_EQ(n.to_original({0, 8}), (Span{0, 7}));  // everything
  EXPECT_EQ(n.to_original({2, 4}), (Span{2, 5}));  // ل alone is the whole ligature
  EXPECT_EQ(n.to_original({2, 6}), (Span{2, 5}));  // لا = ﻹ
  EXPECT_EQ(n.to_original({2, 8}), (Span{2, 7}));  // لات = ﻹت
  EXPECT_EQ(n.to_original({4, 6}), (Span{2, 5}));  // ا begins inside ﻹ → its start
  EXPECT_EQ(n.to_original({4, 8}), (Span{2, 7}));  // ات = ﻹت
  EXPECT_EQ(n.to_original({6, 8}), (Span{5, 7}));  // ت
  EXPECT_EQ(n.to_original({4, 6}).slice(input), "\uFEF9");
}

TEST(NormalizerOffsets, RemovedMarkJoinsTheTextBeforeIt) {
  // original: ا0 ل2 إ4 ت6 ف8 ا10 ق12 ي14 ّ16 ة18 |20
  // search:   ا0 ل2 ا4 ت6 ف8 ا10 ق12 ي14 ه16 |18   (shadda removed, so an anchor at 16 → 18)
  const NormalizedText n = Normalizer().normalize("الإتفاقيّة");
  ASSERT_EQ(n.text(), "الاتفاقيه");
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 0, 0}, {16, 18, 0}}));
  check_map(n, {{0, 0, 0},
                {2, 2, 2},
                {4, 4, 4},
                {6, 6, 6},
                {8, 8, 8},
                {10, 10, 10},
                {12, 12, 12},
                {14, 14, 14},
                {16, 18, 18},  // ه starts at 18; a span ending after ي includes the shadda
                {18, 20, 20}});
  EXPECT_EQ(n.to_original({12, 16}).slice("الإتفاقيّة"), "قيّ");
}

TEST(NormalizerOffsets, LeadingRlmDigitsAndSeparators) {
  // original: RLM0 ق3 ا5 ل7 ' '9 ٣10 ٫12 ٥14 ٪16 |18
  // search:   ق0 ا2 ل4 ' '6 3₇ .8 5₉ %10 |11
  const std::string input = "\u200F\u0642\u0627\u0644 \u0663\u066B\u0665\u066A";
  const NormalizedText n = Normalizer().normalize(input);
  ASSERT_EQ(n.text(), "قال 3.5%");
  // The removed RLM shifts everything from the very start: the first anchor is {0,3}.
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 3, 0}, {8, 12, 0}, {9, 14, 0}, {10, 16, 0},
                                              {11, 18, 0}}));
  check_map(n, {{0, 3, 3},
                {2, 5, 5},
                {4, 7, 7},
                {6, 9, 9},
                {7, 10, 10},
                {8, 12, 12},
                {9, 14, 14},
                {10, 16, 16},
                {11, 18, 18}});
  EXPECT_EQ(n.to_original({0, 6}).slice(input), "قال");  // without the RLM
  EXPECT_EQ(n.to_original({7, 10}).slice(input), "٣٫٥");
}

TEST(NormalizerOffsets, DisplayTatweelThenLigature) {
  // original: ب0 ـ2 ﻻ4 د7 |9
  // display:  ب0 ل2 ا4 د6 |8   (tatweel removed, ﻻ → لا)
  const std::string input = "\u0628\u0640\uFEFB\u062F";
  const NormalizedText n = Normalizer(NormalizeOptions::display()).normalize(input);
  ASSERT_EQ(n.text(), "\u0628\u0644\u0627\u062F");
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 0, 0}, {2, 4, 4}, {6, 7, 0}}));
  check_map(n, {{0, 0, 0},
                {2, 4, 4},  // ب ends after its tatweel; ل starts at the ligature
                {4, 4, 7},  // inside ﻻ: a begin goes to its start, an end to its end
                {6, 7, 7},
                {8, 9, 9}});
  EXPECT_EQ(n.to_original({0, 2}).slice(input), "\u0628\u0640");
}

TEST(NormalizerOffsets, OneCharacterToFour) {
  // ﷲ U+FDF2 [0,3) → الله [0,8)
  const NormalizedText n = Normalizer().normalize("\uFDF2");
  ASSERT_EQ(n.text(), "الله");
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 0, 8}, {8, 3, 0}}));
  check_map(n, {{0, 0, 0}, {2, 0, 3}, {4, 0, 3}, {6, 0, 3}, {8, 3, 3}});
}

TEST(NormalizerOffsets, InvalidByteBetweenLetters) {
  // original: a0 \x80 1 b2 |3      search: a0 U+FFFD 1 b4 |5
  const NormalizedText n = Normalizer().normalize("a\x80" "b");
  ASSERT_EQ(n.text(), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(anchors(n), (std::vector<Anchor>{{0, 0, 0}, {4, 2, 0}}));
  check_map(n, {{0, 0, 0}, {1, 1, 1}, {4, 2, 2}, {5, 3, 3}});
}

TEST(NormalizerOffsets, ReusedOutputEqualsFresh) {
  const Normalizer n;
  NormalizedText reused;
  n.normalize("\u0627\uFEF9\u062A\u0641\u0627\u0642\u064A\u0629 ١٢٣ \u200F", reused);
  n.normalize("قال", reused);
  const NormalizedText fresh = n.normalize("قال");
  EXPECT_EQ(reused.text(), fresh.text());
  EXPECT_EQ(anchors(reused), anchors(fresh));
  EXPECT_EQ(reused.original_size(), 6u);
}

TEST(NormalizerOffsets, EmptyInput) {
  const NormalizedText n = Normalizer().normalize("");
  EXPECT_EQ(n.text(), "");
  EXPECT_EQ(n.original_size(), 0u);
  EXPECT_EQ(n.to_original({0, 0}), (Span{0, 0}));
}

// ---- ill-formed UTF-8 -------------------------------------------------------------------------------

struct InvalidCase {
  const char* what;
  std::string input;
  std::vector<std::uint32_t> invalid;  // offsets of the bytes that must become U+FFFD alone
};

TEST(NormalizerInvalidUtf8, EveryInvalidByteIsOneReplacementMappingToItself) {
  const std::vector<InvalidCase> cases = {
      {"lone continuation", "\x80", {0}},
      {"continuations after a letter", "\xD8\xA8\xBF\x80", {2, 3}},
      {"overlong slash C0 AF", "\xC0\xAF", {0, 1}},
      {"overlong 3-byte E0 80 AF", "\xE0\x80\xAF", {0, 1, 2}},
      {"surrogate ED A0 80", "\xED\xA0\x80", {0, 1, 2}},
      {"truncated euro E2 82", "\xE2\x82", {0, 1}},
      {"truncated Arabic at end", "\xD9\x82\xD8", {2}},
      {"truncated 4-byte F0 9F 98", "\xF0\x9F\x98 ", {0, 1, 2}},
      {"above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80", {0, 1, 2, 3}},
      {"F5 and FF bytes", "\xF5\xF8\xFE\xFF", {0, 1, 2, 3}},
      {"invalid inside a word", "\xD9\x82\xFF\xD8\xA7\xD9\x84", {2}},
  };
  for (const NormalizeOptions& o : {NormalizeOptions::search(), NormalizeOptions::display()}) {
    const Normalizer normalizer(o);
    for (const InvalidCase& c : cases) {
      SCOPED_TRACE(c.what);
      NormalizedText n;
      ASSERT_NO_THROW(n = normalizer.normalize(c.input));
      // Expected text: each invalid byte → EF BF BD, the rest unchanged (these letters are
      // already in every normal form).
      std::string expected;
      std::size_t k = 0;
      for (std::uint32_t i = 0; i < c.input.size(); ++i) {
        if (k < c.invalid.size() && c.invalid[k] == i) {
          expected += "\xEF\xBF\xBD";
          ++k;
        } else {
          expected += c.input[i];
        }
      }
      EXPECT_EQ(n.text(), expected);
      EXPECT_EQ(n.original_size(), c.input.size());
      // Find each replacement in the output and map it back: exactly its own byte.
      std::size_t from = 0;
      for (std::uint32_t bad : c.invalid) {
        const std::size_t at = n.text().find("\xEF\xBF\xBD", from);
        ASSERT_NE(at, std::string::npos);
        const auto b = static_cast<std::uint32_t>(at);
        EXPECT_EQ(n.to_original({b, b + 3}), (Span{bad, bad + 1})) << "byte " << bad;
        from = at + 3;
      }
    }
  }
}

TEST(NormalizerInvalidUtf8, NulBytesAreKept) {
  const std::string input("\xD9\x82\0\xD8\xA7", 5);
  const NormalizedText n = Normalizer().normalize(input);
  EXPECT_EQ(n.text(), input);
  EXPECT_EQ(n.anchors().size(), 1u);
  EXPECT_EQ(n.to_original({2, 3}), (Span{2, 3}));
}

TEST(NormalizerInvalidUtf8, AllByteValuesNeverThrow) {
  std::string every;
  for (int b = 0; b < 256; ++b) every.push_back(static_cast<char>(b));
  for (const NormalizeOptions& o :
       {NormalizeOptions::search(), NormalizeOptions::display(), NormalizeOptions::none()}) {
    NormalizedText n;
    ASSERT_NO_THROW(n = Normalizer(o).normalize(every));
    // 0x00–0x7F stay single bytes (folded case aside); each of 0x80–0xFF is invalid alone here
    // except none (no pair of them forms a valid sequence in increasing order: C2 is followed
    // by C3, not a continuation byte).
    EXPECT_EQ(n.text().size(), 128u + 128u * 3u);
    for (std::uint32_t b = 0x80; b < 0x100; ++b) {
      const std::uint32_t at = 128 + (b - 0x80) * 3;
      EXPECT_EQ(n.to_original({at, at + 3}), (Span{b, b + 1}));
    }
  }
}

TEST(NormalizerLimits, LargeInput) {
  std::string big;
  while (big.size() < (8u << 20)) big += "وقّعت ٣ دول على الإتفاقيّة\u200F ﻻ ";
  const NormalizedText n = Normalizer().normalize(big);
  EXPECT_EQ(n.original_size(), big.size());
  EXPECT_EQ(n.original_begin(static_cast<std::uint32_t>(n.text().size())), big.size());
  const std::string first = "وقعت 3 دول علي الاتفاقيه لا ";
  EXPECT_EQ(n.text().substr(0, first.size()), first);
}

}  // namespace
}  // namespace khabar
