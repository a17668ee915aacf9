// The organization extractor: gazetteer names (with proclitics, Latin acronyms), head-noun
// patterns and their boundaries, generic uses, treaties, acronyms defined in the document, span
// contracts, and the loading of the organizations/* tables.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "khabar/error.hpp"
#include "khabar/organizations.hpp"
#include "khabar/tokenizer.hpp"

namespace {

namespace fs = std::filesystem;

struct Found {
  std::string text;
  std::string canonical;
  std::string acronym;
  khabar::OrganizationSource source;
  std::string id;
  khabar::Span span;
};

class Organizations : public ::testing::Test {
 protected:
  static const khabar::Tokenizer& tokenizer() {
    static const khabar::Tokenizer t;
    return t;
  }
  static const khabar::OrganizationExtractor& extractor() {
    static const khabar::OrganizationExtractor e;
    return e;
  }
  static std::vector<Found> run(const std::string& text) {
    const khabar::TokenizedText t = tokenizer().tokenize(text);
    std::vector<Found> out;
    for (const khabar::Organization& o : extractor().extract(text, t)) {
      out.push_back({std::string(o.span.slice(text)), o.canonical, o.acronym, o.source, o.id,
                     o.span});
    }
    return out;
  }
  static std::vector<std::string> texts(const std::string& text) {
    std::vector<std::string> out;
    for (const Found& f : run(text)) out.push_back(f.text);
    return out;
  }
};

using V = std::vector<std::string>;

TEST_F(Organizations, GazetteerNameWithItsAliasesGroupsUnderOneCanonical) {
  const std::string text =
      "قالت الأمم المتحدة إن هيئة الأمم المتحدة ومنظمة الأمم المتحدة تعمل، وذكرت UN ذلك.";
  const auto found = run(text);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].text, "الأمم المتحدة");
  EXPECT_EQ(found[1].text, "هيئة الأمم المتحدة");
  EXPECT_EQ(found[2].text, "منظمة الأمم المتحدة");
  EXPECT_EQ(found[3].text, "UN");
  for (const Found& f : found) {
    EXPECT_EQ(f.canonical, "الأمم المتحدة");
    EXPECT_EQ(f.acronym, "UN");
    EXPECT_EQ(f.id, "intl-un");
    EXPECT_EQ(f.source, khabar::OrganizationSource::kGazetteer);
  }
}

TEST_F(Organizations, SpanStartsAfterAttachedProclitics) {
  const std::string text = "وجه الأمين العام للأمم المتحدة نداء إلى والجمعية العامة للأمم المتحدة.";
  const auto found = run(text);
  ASSERT_EQ(found.size(), 2u);
  // للأمم: the preposition ل is dropped, the ل that stands for the article stays.
  EXPECT_EQ(found[0].text, "لأمم المتحدة");
  EXPECT_EQ(found[0].canonical, "الأمم المتحدة");
  EXPECT_EQ(found[0].span.begin, text.find("للأمم") + 2);  // ل is two bytes
  EXPECT_EQ(found[1].text, "الجمعية العامة للأمم المتحدة");
  EXPECT_EQ(found[1].id, "intl-unga");
}

TEST_F(Organizations, NormalizedSpellingsMatch) {
  // Alef forms, ta marbuta, diacritics and tatweel are folded before matching.
  const auto found = run("أكدت منظّمة الصحّة العالميـة أن منظمه الصحه العالميه والامم المتحده تعاونتا.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "منظّمة الصحّة العالميـة");
  EXPECT_EQ(found[0].canonical, "منظمة الصحة العالمية");
  EXPECT_EQ(found[0].acronym, "WHO");
  EXPECT_EQ(found[1].canonical, "منظمة الصحة العالمية");
  EXPECT_EQ(found[2].text, "الامم المتحده");
  EXPECT_EQ(found[2].canonical, "الأمم المتحدة");
}

TEST_F(Organizations, TheGOfAForeignNameMayBeWrittenWithJeem) {
  const auto found = run("وأعلنت فولكس فاجن أرباحها بحسب وكالة بلومبرج، فيما تابع برنامج قناة الجد.");
  // (قناة الجد names a channel الجد, by the media descriptor, not the known channel الغد.)
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].text, "الجد");
  EXPECT_TRUE(found[2].id.empty());
  EXPECT_EQ(found[0].text, "فولكس فاجن");
  EXPECT_EQ(found[0].canonical, "فولكس فاغن");
  EXPECT_EQ(found[1].canonical, "بلومبرغ");
  // an Arab body's name is an Arabic word: قناة الغد is not قناة الجد
  EXPECT_EQ(run("تابع برنامج قناة الغد").size(), 1u);
}

TEST_F(Organizations, AShortForeignNameThatLooksSegmentedIsStillAName) {
  // بوينج and لكزس read as ب + وينج and ل + كزس to the segmenter, but no Arab agency's short
  // name (ومع = و + مع) is at stake: a foreign body's transliterated name is no Arabic word.
  const auto found = run("وقعت الخطوط السعودية عقدا مع بوينج، وعرضت لكزس سيارتها الجديدة.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].text, "بوينج");
  EXPECT_EQ(found[1].canonical, "بوينغ");
  EXPECT_EQ(found[2].text, "لكزس");
  // a club's short name with nothing before it, at the start of a text: no sports word, no name
  EXPECT_TRUE(run("الهلال").empty());
  EXPECT_TRUE(run("فيل 24 \xEF\xBF\xBD").empty());
  // ومع ذلك is "and yet"; بورشة العمل is ب + ورشة (in the workshop), not بورشه (Porsche)
  EXPECT_TRUE(run("ومع ذلك قال الوزير إن المشروع مستمر").empty());
  EXPECT_TRUE(run("وتحدث الزوار بورشة العمل عن المشروع").empty());
  EXPECT_EQ(texts("وكشفت بورشه عن سيارة كهربائية"), (V{"بورشه"}));
}

TEST_F(Organizations, AMinistrysAdjectiveAfterADefiniteNounAndAPlaceNamedAfterABody) {
  EXPECT_EQ(texts("وأعلنت الخارجية المصرية أن الوفد وصل"), (V{"الخارجية المصرية"}));
  EXPECT_TRUE(texts("وتناول اللقاء السياسة الخارجية المصرية").empty());
  EXPECT_TRUE(texts("ورفض التدخل في الشؤون الداخلية البحرينية").empty());
  EXPECT_TRUE(texts("ويعيش سكان حي أرامكو في المنطقة").empty());
  EXPECT_EQ(texts("وقعت الحادثة في شارع جامعة الدول العربية"), V{});
  EXPECT_EQ(texts("وقالت أرامكو إن الإنتاج ارتفع"), (V{"أرامكو"}));
}

TEST_F(Organizations, LatinAcronymsOfKnownOrganizations) {
  EXPECT_EQ(texts("انتقد NATO وWHO وNato القرار"), (V{"NATO", "WHO", "Nato"}));
  const auto found = run("وقالت OPEC إن الإنتاج تراجع");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].acronym, "OPEC");
  // Written in lower case, an acronym is an English word.
  EXPECT_TRUE(texts("he asked who was there").empty());
}

TEST_F(Organizations, ArabicAcronymsAreNames) {
  const auto found = run("خفضت أوبك الإنتاج وقال الناتو إن واس نقلت الخبر");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].id, "intl-opec");
  EXPECT_EQ(found[0].acronym, "OPEC");
  EXPECT_EQ(found[1].id, "intl-nato");
  EXPECT_EQ(found[1].acronym, "NATO");
  EXPECT_EQ(found[2].text, "واس");
}

TEST_F(Organizations, PatternNamesUpToANaturalBoundary) {
  EXPECT_EQ(texts("قالت وزارة الخارجية السعودية في بيان إن الوفد وصل"),
            (V{"وزارة الخارجية السعودية"}));
  EXPECT_EQ(texts("أعلنت منظمة الأمن العالمية لمكافحة الفساد والجريمة أمس عن برنامج"),
            (V{"منظمة الأمن العالمية لمكافحة الفساد والجريمة"}));
  EXPECT_EQ(texts("وافقت لجنة تقصي الحقائق البرلمانية على التقرير"),
            (V{"لجنة تقصي الحقائق البرلمانية"}));
  EXPECT_EQ(texts("أصدرت هيئة الرقابة الإدارية الأربعاء قرارا"), (V{"هيئة الرقابة الإدارية"}));
  EXPECT_EQ(texts("قال الأمين العام لحزب التجمع الوطني الديمقراطي، إن"),
            (V{"حزب التجمع الوطني الديمقراطي"}));
}

TEST_F(Organizations, PatternCanonicalRestoresTheArticleOfLl) {
  const std::string text = "وفقا للهيئة الوطنية للرقابة النووية فإن";
  const auto found = run(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "لهيئة الوطنية للرقابة النووية");
  EXPECT_EQ(found[0].canonical, "الهيئة الوطنية للرقابة النووية");
}

TEST_F(Organizations, PatternCanonicalIsTheDisplayText) {
  const std::string text = "وصرحت لوزارةِ الصـناعة والتجارة المغربية مصادر";
  const auto found = run(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "وزارةِ الصـناعة والتجارة المغربية");
  EXPECT_EQ(found[0].canonical, "وزارة الصناعة والتجارة المغربية");
  EXPECT_EQ(found[0].source, khabar::OrganizationSource::kPattern);
  EXPECT_EQ(found[0].id, "");
  EXPECT_EQ(found[0].acronym, "");
}

TEST_F(Organizations, GenericUsesAreNotNames) {
  EXPECT_TRUE(texts("طالبت منظمات حقوق الإنسان بالإفراج عنهم").empty());
  EXPECT_TRUE(texts("وقالت الوزارة إن الاجتماع انتهى").empty());
  EXPECT_TRUE(texts("وقالت هذه الهيئة إن تلك المنظمة الدولية لا تعمل").empty());
  EXPECT_TRUE(texts("تأسست منظمة دولية جديدة في جنيف").empty());
  EXPECT_TRUE(texts("تعمل الشركات في السوق والحزب الحاكم يرفض").empty());
  EXPECT_TRUE(texts("اجتمعت الوزارتان واللجنتين").empty());
  // فلكياً (astronomically) is not ف + ل + كيا (Kia), though one proclitic before a short name is.
  EXPECT_TRUE(texts("ثبتت بداية الشهر فلكياً وفلكيا").empty());
  EXPECT_EQ(texts("قالت كيا إن لكيا وكيا"), (V{"كيا", "كيا", "كيا"}));
}

TEST_F(Organizations, TreatiesAreNotOrganizationsButTheirOrganizationIs) {
  const auto found = run("صادقت الدول على إتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "الأمم المتحدة");
  EXPECT_EQ(found[0].canonical, "الأمم المتحدة");
  EXPECT_EQ(texts("بموجب ميثاق جامعة الدول العربية"), (V{"جامعة الدول العربية"}));
}

TEST_F(Organizations, AcronymDefinedInTheDocumentLinksLaterMentions) {
  const std::string text =
      "أعلنت منظمة الأمن العالمية لمكافحة الفساد (OMSAC) عن مؤتمر. وقالت OMSAC إن وOMSAC "
      "ستشارك، وكانت omsac غائبة.";
  const auto found = run(text);
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0].text, "منظمة الأمن العالمية لمكافحة الفساد");
  EXPECT_EQ(found[0].acronym, "OMSAC");
  EXPECT_EQ(found[0].source, khabar::OrganizationSource::kPattern);
  for (std::size_t k = 1; k < found.size(); ++k) {
    EXPECT_EQ(found[k].canonical, "منظمة الأمن العالمية لمكافحة الفساد");
    EXPECT_EQ(found[k].acronym, "OMSAC");
    EXPECT_EQ(found[k].source, khabar::OrganizationSource::kAcronym);
  }
  EXPECT_EQ(found[1].text, "OMSAC");  // the one in parentheses
  EXPECT_EQ(found[3].text, "OMSAC");  // of وOMSAC
  EXPECT_EQ(found[3].span.begin, text.find("وOMSAC") + 2);
  EXPECT_EQ(found[4].text, "omsac");
  // An acronym mentioned before its definition is not linked.
  EXPECT_EQ(texts("قالت ABCD إن هيئة تنظيم الاتصالات (ABCD) وافقت"),
            (V{"هيئة تنظيم الاتصالات", "ABCD"}));
}

TEST_F(Organizations, AShortFormLaterInTheDocumentIsTheSameOrganization) {
  const auto found = run(
      "أعلنت منظمة الأمن العالمية لمكافحة الفساد عن خطة. وقالت منظمة الأمن العالمية (OMSAC) إن "
      "الخطة جاهزة. وصوتت الجمعية العامة للأمم المتحدة، وقال رئيس الجمعية العامة إن التصويت انتهى.");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[1].text, "منظمة الأمن العالمية");
  EXPECT_EQ(found[1].canonical, "منظمة الأمن العالمية لمكافحة الفساد");
  // The acronym defined after the short form reaches every mention, the first one too.
  EXPECT_EQ(found[0].acronym, "OMSAC");
  EXPECT_EQ(found[2].canonical, "منظمة الأمن العالمية لمكافحة الفساد");
  EXPECT_EQ(found[4].text, "الجمعية العامة");
  EXPECT_EQ(found[4].id, "intl-unga");
  EXPECT_EQ(found[4].source, khabar::OrganizationSource::kPattern);
  // Without the long form before it, a short form stays itself.
  const auto alone = run("قال رئيس الجمعية العامة إن التصويت انتهى");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].canonical, "الجمعية العامة");
}

TEST_F(Organizations, LongestMatchWinsAndNothingOverlaps) {
  const std::string text =
      "قال مجلس الأمن الدولي إن حركة حماس الفلسطينية والمفوضية السامية للأمم المتحدة لشؤون اللاجئين "
      "وصندوق النقد الدولي والبنك الدولي للإنشاء والتعمير اجتمعوا.";
  const auto found = run(text);
  ASSERT_GE(found.size(), 4u);
  EXPECT_EQ(found[0].text, "مجلس الأمن الدولي");
  EXPECT_EQ(found[1].text, "حماس");  // not lengthened by an adjective; حركة is a descriptor
  EXPECT_EQ(found[2].text, "المفوضية السامية للأمم المتحدة لشؤون اللاجئين");
  EXPECT_EQ(found[3].text, "صندوق النقد الدولي");
  for (std::size_t k = 1; k < found.size(); ++k) {
    EXPECT_LE(found[k - 1].span.end, found[k].span.begin);
  }
}

TEST_F(Organizations, ADescriptorBeforeAKnownNameStaysOutOfTheMention) {
  // شركة and نادي name the kind of body; the mention is the body's own name, with its entry.
  const auto found = run("أعلنت شركة أرامكو السعودية ونادي الزمالك عن شراكة");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "أرامكو السعودية");
  EXPECT_EQ(found[0].canonical, "أرامكو السعودية");
  EXPECT_EQ(found[1].text, "الزمالك");
  EXPECT_EQ(found[1].source, khabar::OrganizationSource::kGazetteer);
  // The same before a newspaper or a channel, and after a proclitic: لصحيفة → الحياة.
  const auto media = run("قال لصحيفة الحياة وبثته قناة الجزيرة");
  ASSERT_EQ(media.size(), 2u);
  EXPECT_EQ(media[0].text, "الحياة");
  EXPECT_EQ(media[1].text, "الجزيرة");
  EXPECT_EQ(media[1].canonical, "قناة الجزيرة");
  // A descriptor followed by words that are no name of their own stays: the body's full name.
  const auto agency = run("نقلت وكالة الأنباء السعودية الخبر");
  ASSERT_EQ(agency.size(), 1u);
  EXPECT_EQ(agency[0].text, "وكالة الأنباء السعودية");
  // A head naming a part of a body makes a name of its own: مكتب الأمم المتحدة is no United
  // Nations.
  const auto office = run("زار مكتب الأمم المتحدة المخيم");
  ASSERT_EQ(office.size(), 1u);
  EXPECT_EQ(office[0].canonical, "مكتب الأمم المتحدة");
  EXPECT_EQ(office[0].source, khabar::OrganizationSource::kPattern);
}

TEST_F(Organizations, ProperNamesInsideANameNeedALPhraseOrAnAcronym) {
  EXPECT_EQ(texts("وقع صندوق أبوظبي للتنمية اتفاقية"), (V{"صندوق أبوظبي للتنمية"}));
  EXPECT_TRUE(texts("وتدرس وزارة أخرى الفكرة").empty());
  // فولتيكا (no gazetteer name) is segmented as if it began with the conjunction ف.
  const auto found = run("أعلنت شركة فولتيكا (VOLTICA) أن VOLTICA ستغلق مصنعا");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "شركة فولتيكا");
  EXPECT_EQ(found[0].acronym, "VOLTICA");
  EXPECT_EQ(found[2].canonical, "شركة فولتيكا");
  // a known foreign company's name that looks segmented is the gazetteer's
  const auto volvo = run("أعلنت شركة فولفو (VOLVO) أن VOLVO ستغلق مصنعا");
  ASSERT_EQ(volvo.size(), 3u);
  EXPECT_EQ(volvo[0].text, "فولفو");
  EXPECT_EQ(volvo[0].id, "x-se-volvo");
  EXPECT_EQ(volvo[2].canonical, "فولفو");
  // A nisba is a description, not a name: شركة تركية (XYZ) defines nothing.
  EXPECT_TRUE(texts("وقعت شركة تركية (XYZ) العقد، وقالت XYZ إن").empty());
}

TEST_F(Organizations, ADefiniteHeadNeedsAnAgreeingSpecificAdjective) {
  EXPECT_EQ(texts("قالت المنظمة الدولية إن المجلس الأعلى للقضاء اجتمع"),
            (V{"المنظمة الدولية", "المجلس الأعلى للقضاء"}));
  EXPECT_TRUE(texts("قال الحزب الباكستانيين إن الحزب الحاكم المقترح").empty());
  // After a definite word only adjectives continue a name: القرار is the object.
  EXPECT_EQ(texts("أيدت هيئة الرقابة المالية القرار"), (V{"هيئة الرقابة المالية"}));
}

TEST_F(Organizations, NationalityAloneDescribesAndGenericAdjectivesEndNoName) {
  EXPECT_TRUE(texts("وصل رئيس الشركة الإسبانية إلى الرياض").empty());
  EXPECT_EQ(texts("قال المركز الألماني للفضاء إن"), (V{"المركز الألماني للفضاء"}));
  EXPECT_EQ(texts("مع وفد لجنة المتابعة المعنية بتنفيذ"), (V{"لجنة المتابعة"}));
}

// A national body named without its country takes the country of the document's other bodies;
// a dateline's place counts as one of them.
TEST_F(Organizations, ADatelineCountsTowardsTheDocumentsCountry) {
  const auto with_dateline = run("القاهرة - قال مجلس النواب إن وزارة الخارجية المصرية رحبت بالقرار.");
  ASSERT_EQ(with_dateline.size(), 2u);
  EXPECT_EQ(with_dateline[0].text, "مجلس النواب");
  EXPECT_EQ(with_dateline[0].canonical, "مجلس النواب المصري");
  const auto without = run("قال مجلس النواب إن وزارة الخارجية المصرية رحبت بالقرار.");
  ASSERT_EQ(without.size(), 2u);
  EXPECT_EQ(without[0].canonical, "مجلس النواب");  // one body: not enough to tell
  // against a body of another country the dateline only ties: the text's own body wins
  const auto libya = run("القاهرة (رويترز) - قال مجلس النواب الليبي إن مجلس النواب سيجتمع.");
  ASSERT_EQ(libya.size(), 3u);
  EXPECT_EQ(libya[2].canonical, "مجلس النواب الليبي");
}

TEST_F(Organizations, WeakHeadsNeedTwoComplements) {
  EXPECT_TRUE(texts("تراجعت حركة الطيران المدني واحتل المركز الأول").empty());
  EXPECT_EQ(texts("قال تيار الإصلاح الوطني إن"), (V{"تيار الإصلاح الوطني"}));
}

TEST_F(Organizations, PhrasesShapedLikeNamesThatNameNoOrganization) {
  EXPECT_TRUE(texts("انهار مركز التجارة العالمي وتفكك الاتحاد السوفياتي").empty());
}

TEST_F(Organizations, OrdinaryWordsThatAreAlsoOneWordNames) {
  EXPECT_TRUE(texts("أفاد مسؤولون بأن البيت المجاور تضرر").empty());
}

TEST_F(Organizations, ADocumentsOwnAcronymWinsOverTheGazetteer) {
  const auto found = run("قالت هيئة الأسواق المالية الإقليمية (UN) إن UN ستراقب السوق");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].text, "UN");
  EXPECT_EQ(found[2].canonical, "هيئة الأسواق المالية الإقليمية");
  EXPECT_EQ(found[2].source, khabar::OrganizationSource::kAcronym);
}

TEST_F(Organizations, NewsAgencyCreditsWithAProcliticLookingLetter) {
  EXPECT_EQ(texts("الرباط (ومع) - أعلن"), (V{"ومع"}));
  EXPECT_TRUE(texts("ومع ذلك فإن الوزير رفض").empty());
  // A channel whose name is an ordinary word: in a credit or after a reporter's title only.
  EXPECT_EQ(texts("وقال مراسل الجزيرة إن موفد العربية غادر"), (V{"الجزيرة", "العربية"}));
  EXPECT_TRUE(texts("في شبه الجزيرة العربية واللغة العربية").empty());
  // A long name that only begins like a proclitic is a name anywhere.
  EXPECT_EQ(texts("وفي مقدمتها فولكسفاغن وبرشلونة"), (V{"فولكسفاغن", "برشلونة"}));
}

TEST_F(Organizations, SpansAreCodePointBoundariesOnAnyInput) {
  const std::vector<std::string> inputs = {
      "",
      "(",
      "منظمة",
      "منظمة الأمم المتحدة (UN",
      std::string("وزارة \xff\xfe الخارجية للأمم \x80 المتحدة (OMSAC) OMSAC"),
      std::string("منظمة\0الصحة العالمية", 36),
      "للل لل ل و ( ) ((( )))",
      std::string(3000, 'A') + " منظمة الصحة العالمية",
  };
  for (const std::string& text : inputs) {
    const khabar::TokenizedText t = tokenizer().tokenize(text);
    std::vector<khabar::Organization> out;
    ASSERT_NO_THROW(extractor().extract(text, t, out));
    for (const auto& o : out) {
      ASSERT_LT(o.span.begin, o.span.end);
      ASSERT_LE(o.span.end, text.size());
      EXPECT_NE(static_cast<unsigned char>(text[o.span.begin]) & 0xC0, 0x80);
      if (o.span.end < text.size()) {
        EXPECT_NE(static_cast<unsigned char>(text[o.span.end]) & 0xC0, 0x80);
      }
      EXPECT_FALSE(o.canonical.empty());
    }
  }
}

TEST_F(Organizations, AppendsToTheCallersVector) {
  const std::string text = "قالت منظمة الصحة العالمية";
  const khabar::TokenizedText t = tokenizer().tokenize(text);
  std::vector<khabar::Organization> out(1);
  extractor().extract(text, t, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].canonical, "منظمة الصحة العالمية");
}

TEST(OrganizationSources, NamesAreStable) {
  EXPECT_EQ(khabar::to_string(khabar::OrganizationSource::kGazetteer), "gazetteer");
  EXPECT_EQ(khabar::to_string(khabar::OrganizationSource::kPattern), "pattern");
  EXPECT_EQ(khabar::to_string(khabar::OrganizationSource::kAcronym), "acronym");
}

// ---- data loading ------------------------------------------------------------------------------

class OrganizationData : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("khabar-org-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "organizations");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / "organizations" / name) << content;
  }
  std::string load_error() {
    try {
      khabar::OrganizationExtractor e(khabar::Lexicons::load(dir_, khabar::LoadMode::kExtend));
    } catch (const khabar::Error& e) {
      return e.what();
    }
    return "";
  }
  fs::path dir_;
};

constexpr const char* kHeader = "id\tcanonical\taliases\tacronyms\ttype\tcountry\n";

TEST_F(OrganizationData, ExtendedGazetteerIsUsed) {
  write("international.tsv", std::string(kHeader) +
                                 "intl-test-xyz\tهيئة زرقاء للاختبار\tالهيئة الزرقاء\tHZX\tngo\tINT\n");
  khabar::OrganizationExtractor e(khabar::Lexicons::load(dir_, khabar::LoadMode::kExtend));
  const khabar::Tokenizer tokenizer;
  const std::string text = "قالت الهيئة الزرقاء إن HZX ومنظمة الصحة العالمية اتفقتا";
  const auto found = e.extract(text, tokenizer.tokenize(text));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].canonical, "هيئة زرقاء للاختبار");
  EXPECT_EQ(found[0].id, "intl-test-xyz");
  EXPECT_EQ(found[0].type, "ngo");
  EXPECT_EQ(found[0].country, "INT");
  EXPECT_EQ(found[1].span.slice(text), "HZX");
  EXPECT_EQ(found[1].acronym, "HZX");
  EXPECT_EQ(found[2].canonical, "منظمة الصحة العالمية");
}

TEST_F(OrganizationData, MalformedGazetteerLinesNameFileAndLine) {
  write("international.tsv", std::string(kHeader) + "intl-test-a\tاسم\t-\t-\tnot_a_type\tINT\n");
  std::string error = load_error();
  EXPECT_NE(error.find("international.tsv:2"), std::string::npos) << error;
  EXPECT_NE(error.find("not_a_type"), std::string::npos) << error;

  write("international.tsv", std::string(kHeader) + "Bad Id\tاسم\t-\t-\tngo\tINT\n");
  error = load_error();
  EXPECT_NE(error.find("international.tsv:2"), std::string::npos) << error;

  write("international.tsv", std::string(kHeader) + "intl-test-b\tاسم\t-\t-\tngo\tXYZ\n");
  error = load_error();
  EXPECT_NE(error.find("XYZ"), std::string::npos) << error;

  write("international.tsv", std::string(kHeader) + "intl-un\tاسم\t-\t-\tngo\tINT\n");
  error = load_error();
  EXPECT_NE(error.find("used twice"), std::string::npos) << error;
}

TEST_F(OrganizationData, MalformedPatternTablesNameFileAndLine) {
  write("heads.tsv", "head\tnumber\tstrength\tprefix\tplace\nمنظمة\tmany\tstrong\tno\tno\n");
  std::string error = load_error();
  EXPECT_NE(error.find("heads.tsv:2"), std::string::npos) << error;
  EXPECT_NE(error.find("many"), std::string::npos) << error;
  write("heads.tsv",
        "head\tnumber\tstrength\tprefix\tplace\nبلدية\tsingular\tstrong\tno\tno\n"
        "محكمة\tsingular\tstrong\tno\tcity\n");
  error = load_error();
  EXPECT_NE(error.find("heads.tsv:3"), std::string::npos) << error;
  EXPECT_NE(error.find("place 'city'"), std::string::npos) << error;
  fs::remove(dir_ / "organizations" / "heads.tsv");

  write("pattern_words.tsv", "word\trole\nهذه\tsometimes\n");
  error = load_error();
  EXPECT_NE(error.find("pattern_words.tsv:2"), std::string::npos) << error;
  fs::remove(dir_ / "organizations" / "pattern_words.tsv");

  write("not_organizations.tsv", "phrase\treason\nمركز التجارة العالمي\tbuilding\n \tnothing\n");
  error = load_error();
  EXPECT_NE(error.find("not_organizations.tsv:3"), std::string::npos) << error;
  fs::remove(dir_ / "organizations" / "not_organizations.tsv");

  write("places.tsv", "name\tkind\tcountry\nتونس\tcountry\tTN\nالأردن\tcountry\tJOR\n");
  error = load_error();
  EXPECT_NE(error.find("places.tsv:3"), std::string::npos) << error;
  write("places.tsv", "name\tkind\tcountry\nجمهورية كوريا الجنوبية\tcountry\tKR\n");
  error = load_error();
  EXPECT_NE(error.find("places.tsv:2"), std::string::npos) << error;
  EXPECT_NE(error.find("one or two words"), std::string::npos) << error;
  write("places.tsv", "name\tkind\tcountry\nالدوحة\ttown\tQA\n");
  error = load_error();
  EXPECT_NE(error.find("places.tsv:2"), std::string::npos) << error;
  fs::remove(dir_ / "organizations" / "places.tsv");

  // A spelling variant is two different spellings, neither inside the other.
  write("spelling_variants.tsv", "written\talso\tnote\nمريك\tميرك\tAmerica\nأورب\tأورب\tsame\n");
  error = load_error();
  EXPECT_NE(error.find("spelling_variants.tsv:3"), std::string::npos) << error;
  fs::remove(dir_ / "organizations" / "spelling_variants.tsv");

  // A club's short name must name a club of the gazetteer.
  write("club_names.tsv", "name\tid\nالمتحدون\tsp-eg-ahly\nالمتحدون\tintl-un\n");
  error = load_error();
  EXPECT_NE(error.find("club_names.tsv:3"), std::string::npos) << error;
  EXPECT_NE(error.find("no club"), std::string::npos) << error;
  write("club_names.tsv", "name\tid\nالمتحدون\tsp-eg-ahly\nالمتحدون\tsp-no-such-club\n");
  error = load_error();
  EXPECT_NE(error.find("club_names.tsv:3"), std::string::npos) << error;
  EXPECT_NE(error.find("no gazetteer entry"), std::string::npos) << error;
}

TEST(OrganizationTables, EmbeddedTablesLoad) {
  const auto lexicons = khabar::Lexicons::embedded();
  EXPECT_TRUE(lexicons->has_table("organizations/heads"));
  EXPECT_TRUE(lexicons->has_table("organizations/pattern_words"));
  std::size_t gazetteer_tables = 0;
  for (const std::string& name : lexicons->names()) {
    if (name.rfind("organizations/", 0) == 0 &&
        lexicons->table(name).columns ==
            std::vector<std::string>{"id", "canonical", "aliases", "acronyms", "type", "country"}) {
      ++gazetteer_tables;
    }
  }
  EXPECT_GE(gazetteer_tables, 1u);
  EXPECT_NO_THROW(khabar::OrganizationExtractor{lexicons});
}

}  // namespace
