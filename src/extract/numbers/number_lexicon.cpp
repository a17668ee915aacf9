#include "extract/numbers/number_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "khabar/error.hpp"

namespace khabar::internal {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

[[noreturn]] void fail(const TsvTable& table, std::size_t line, const std::string& reason) {
  throw Error(reason, table.source, line);
}

double parse_value(const TsvTable& table, std::size_t line, std::string_view text) {
  auto number = [&](std::string_view part) {
    double v = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc() || end != part.data() + part.size()) {
      fail(table, line, "value '" + std::string(text) + "' is not a number or a/b fraction");
    }
    return v;
  };
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return number(text);
  const double den = number(text.substr(slash + 1));
  if (den == 0) fail(table, line, "fraction '" + std::string(text) + "' divides by zero");
  return number(text.substr(0, slash)) / den;
}

template <typename E>
E parse_enum(const TsvTable& table, std::size_t line, std::string_view column,
             std::string_view text, std::initializer_list<std::pair<std::string_view, E>> names) {
  for (const auto& [name, value] : names) {
    if (name == text) return value;
  }
  std::string allowed;
  for (const auto& [name, value] : names) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  fail(table, line,
       std::string(column) + " '" + std::string(text) + "' is not one of: " + allowed);
}

}  // namespace

std::uint16_t NumberLexicon::family(const std::string& name) {
  for (std::size_t i = 0; i < families_.size(); ++i) {
    if (families_[i] == name) return static_cast<std::uint16_t>(i);
  }
  families_.push_back(name);
  return static_cast<std::uint16_t>(families_.size() - 1);
}

std::uint32_t NumberLexicon::add_phrase(std::string_view text, PhraseType type,
                                        std::uint32_t payload, std::uint8_t position,
                                        const TsvTable& table, std::size_t line) {
  Phrase p;
  p.type = type;
  p.payload = payload;
  p.position = position;
  for (std::string_view w : split(text, ' ')) {
    if (w.empty()) fail(table, line, "phrase '" + std::string(text) + "' has an empty word");
    p.words.push_back(search_.normalize_string(w));
  }
  const auto id = static_cast<std::uint32_t>(phrases_.size());
  phrases_.push_back(std::move(p));
  auto& list = entry(phrases_.back().words[0]).phrases;
  list.push_back(id);
  std::stable_sort(list.begin(), list.end(), [this](std::uint32_t a, std::uint32_t b) {
    return phrases_[a].words.size() > phrases_[b].words.size();
  });
  return id;
}

NumberLexicon::NumberLexicon(const Lexicons& lexicons, const Normalizer& search)
    : search_(search) {
  {
    const TsvTable& t = lexicons.table("numbers/cardinals");
    const std::size_t cw = t.column("word"), cv = t.column("value"), cc = t.column("class");
    for (const auto& row : t.rows) {
      const CardClass cls = parse_enum<CardClass>(
          t, row.line, "class", row.fields[cc],
          {{"zero", CardClass::kZero}, {"unit", CardClass::kUnit},
           {"teen_unit", CardClass::kTeenUnit}, {"ten", CardClass::kTen},
           {"teen", CardClass::kTeen},
           {"tens", CardClass::kTens}, {"hundred", CardClass::kHundred},
           {"hundreds", CardClass::kHundreds}, {"scale", CardClass::kScale},
           {"scale_dual", CardClass::kScaleDual}, {"scale_plural", CardClass::kScalePlural}});
      const double value = parse_value(t, row.line, row.fields[cv]);
      WordEntry& e = entry(search_.normalize_string(row.fields[cw]));
      if (e.card != CardClass::kNone && (e.card != cls || e.card_value != value)) {
        fail(t, row.line, "'" + row.fields[cw] + "' has two different readings");
      }
      e.card = cls;
      e.card_value = value;
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/fractions");
    const std::size_t cw = t.column("word"), cv = t.column("value"), cc = t.column("class");
    for (const auto& row : t.rows) {
      WordEntry& e = entry(search_.normalize_string(row.fields[cw]));
      e.frac = parse_enum<FracClass>(t, row.line, "class", row.fields[cc],
                                     {{"fraction", FracClass::kFraction},
                                      {"fraction_dual", FracClass::kFractionDual},
                                      {"fraction_plural", FracClass::kFractionPlural}});
      e.frac_value = parse_value(t, row.line, row.fields[cv]);
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/ordinals");
    const std::size_t cw = t.column("word"), cv = t.column("value"), cu = t.column("use");
    for (const auto& row : t.rows) {
      WordEntry& e = entry(search_.normalize_string(row.fields[cw]));
      e.ord = parse_enum<OrdUse>(t, row.line, "use", row.fields[cu],
                                 {{"any", OrdUse::kAny},
                                  {"definite", OrdUse::kDefinite},
                                  {"compound", OrdUse::kCompound}});
      const double v = parse_value(t, row.line, row.fields[cv]);
      if (v < 1 || v > 10 || v != std::floor(v)) fail(t, row.line, "ordinal value must be 1–10");
      e.ord_value = static_cast<std::uint8_t>(v);
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/units");
    const std::size_t cu = t.column("unit"), ck = t.column("kind"), cn = t.column("count"),
                      cm = t.column("max"), cf = t.column("forms");
    for (const auto& row : t.rows) {
      UnitInfo u;
      u.unit = row.fields[cu];
      u.kind = parse_enum<NumericKind>(t, row.line, "kind", row.fields[ck],
                                       {{"duration", NumericKind::kDuration},
                                        {"quantity", NumericKind::kQuantity},
                                        {"percent", NumericKind::kPercent}});
      const double n = parse_value(t, row.line, row.fields[cn]);
      if (n != 0 && n != 1 && n != 2) fail(t, row.line, "count must be 0, 1 or 2");
      u.count = static_cast<std::uint8_t>(n);
      u.max_value = row.fields[cm] == "-" ? std::numeric_limits<double>::infinity()
                                          : parse_value(t, row.line, row.fields[cm]);
      const auto id = static_cast<std::uint32_t>(units_.size());
      units_.push_back(u);
      for (std::string_view form : split(row.fields[cf], ',')) {
        if (form.empty()) fail(t, row.line, "empty form in 'forms'");
        add_phrase(form, PhraseType::kUnit, id, 0, t, row.line);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/currencies");
    const std::size_t cc = t.column("currency"), ci = t.column("iso"),
                      cp = t.column("per_unit"), cf = t.column("forms");
    for (const auto& row : t.rows) {
      const auto id = static_cast<std::uint32_t>(currencies_.size());
      const double per_unit = parse_value(t, row.line, row.fields[cp]);
      if (per_unit != 1 && per_unit != 100 && per_unit != 1000) {
        fail(t, row.line, "per_unit must be 1, 100 or 1000");
      }
      currencies_.push_back(
          {family(row.fields[cc]), row.fields[ci], static_cast<std::uint16_t>(per_unit)});
      for (std::string_view form : split(row.fields[cf], ',')) {
        if (form.empty()) fail(t, row.line, "empty form in 'forms'");
        add_phrase(form, PhraseType::kCurrency, id, 0, t, row.line);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/currency_countries");
    const std::size_t cc = t.column("currency"), ci = t.column("iso"),
                      ca = t.column("adjectives");
    for (const auto& row : t.rows) {
      const auto id = static_cast<std::uint32_t>(adjectives_.size());
      adjectives_.push_back({family(row.fields[cc]), row.fields[ci]});
      for (std::string_view form : split(row.fields[ca], ',')) {
        if (form.empty()) fail(t, row.line, "empty form in 'adjectives'");
        add_phrase(form, PhraseType::kCurrencyAdjective, id, 0, t, row.line);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/currency_context");
    const std::size_t cc = t.column("currency"), ci = t.column("iso"), cq = t.column("cues"),
                      cp = t.column("per_unit");
    for (const auto& row : t.rows) {
      const auto index = static_cast<std::uint16_t>(cues_.size());
      std::uint16_t per_unit = 0;  // '-': the word's own (currencies)
      if (row.fields[cp] != "-") {
        const double v = parse_value(t, row.line, row.fields[cp]);
        if (v != 1 && v != 100 && v != 1000) fail(t, row.line, "per_unit must be -, 1, 100 or 1000");
        per_unit = static_cast<std::uint16_t>(v);
      }
      cues_.push_back({family(row.fields[cc]), row.fields[ci], per_unit});
      for (std::string_view cue : split(row.fields[cq], ',')) {
        if (cue.empty() || cue.find(' ') != std::string_view::npos) {
          fail(t, row.line, "a cue must be one word");
        }
        entry(search_.normalize_string(cue)).cues.push_back(index);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/qualifiers");
    const std::size_t cp = t.column("phrase"), cq = t.column("qualifier"),
                      cpos = t.column("position");
    for (const auto& row : t.rows) {
      const Qualifier q = parse_enum<Qualifier>(
          t, row.line, "qualifier", row.fields[cq],
          {{"exact", Qualifier::kExact}, {"approx", Qualifier::kApprox},
           {"more_than", Qualifier::kMoreThan},
           {"less_than", Qualifier::kLessThan}, {"at_least", Qualifier::kAtLeast},
           {"at_most", Qualifier::kAtMost}});
      const auto pos = parse_enum<std::uint8_t>(t, row.line, "position", row.fields[cpos],
                                                {{"before", 1}, {"after", 2}, {"both", 3}});
      add_phrase(row.fields[cp], PhraseType::kQualifier, static_cast<std::uint32_t>(q), pos, t,
                 row.line);
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/syntax");
    const std::size_t cp = t.column("phrase"), cr = t.column("role");
    for (const auto& row : t.rows) {
      const std::uint32_t role = parse_enum<std::uint32_t>(
          t, row.line, "role", row.fields[cr],
          {{"negative", kNegative}, {"decimal_point", kDecimalPoint},
           {"range_between", kRangeBetween}, {"range_from", kRangeFrom},
           {"range_to", kRangeTo}, {"percent_noun", kPercentNoun},
           {"ordinal_article", kOrdinalArticle}, {"fraction_over", kFractionOver}});
      if (row.fields[cp].find(' ') == std::string::npos) {
        entry(search_.normalize_string(row.fields[cp])).roles |= role;
      } else {
        add_phrase(row.fields[cp], PhraseType::kSyntax, role, 0, t, row.line);
      }
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/context");
    const std::size_t cw = t.column("word"), cr = t.column("role");
    for (const auto& row : t.rows) {
      const std::uint32_t role = parse_enum<std::uint32_t>(
          t, row.line, "role", row.fields[cr],
          {{"month", kMonth}, {"year_word", kYearWord}, {"year_preposition", kYearPreposition},
           {"era", kEra}, {"clock", kClock}, {"day_part", kDayPart}, {"phone", kPhone},
           {"identifier", kIdentifier}, {"change", kChange}, {"weekday", kWeekday},
           {"demonstrative", kDemonstrative}});
      entry(search_.normalize_string(row.fields[cw])).roles |= role;
    }
  }
  {
    const TsvTable& t = lexicons.table("numbers/counted_stopwords");
    const std::size_t cw = t.column("word");
    for (const auto& row : t.rows) entry(search_.normalize_string(row.fields[cw])).roles |= kStopWord;
  }
  {
    const TsvTable& t = lexicons.table("numbers/exceptions");
    const std::size_t cp = t.column("phrase"), cb = t.column("blocked");
    for (const auto& row : t.rows) {
      const double b = parse_value(t, row.line, row.fields[cb]);
      const std::size_t words = split(row.fields[cp], ' ').size();
      if (b < 0 || b > static_cast<double>(words) || b != std::floor(b)) {
        fail(t, row.line, "blocked must be 0 or the position of a word of the phrase");
      }
      // 0: the phrase lifts the shorter exceptions inside it (واحد من كل: a ratio, not "one of")
      add_phrase(row.fields[cp], PhraseType::kException,
                 b == 0 ? kExceptionLifted : static_cast<std::uint32_t>(b) - 1, 0, t, row.line);
    }
  }
  for (const auto& [word, entry] : words_) {
    filter_.add(word);
    bool starter = entry.is_number_word() || (entry.roles & kOrdinalArticle) != 0;
    // A unit starts a number only alone (عامين، ساعة ونصف: Scan::parse_unit_led), never as the
    // first word of a longer unit (في of في المائة) nor as a percent sign.
    for (std::uint32_t id : entry.phrases) {
      const Phrase& phrase = phrases_[id];
      starter |= phrase.type == PhraseType::kUnit && phrase.words.size() == 1 &&
                 units_[phrase.payload].kind != NumericKind::kPercent;
    }
    if (starter) starter_filter_.add(word);
    if (!entry.cues.empty()) cue_filter_.add(word);
  }
}

}  // namespace khabar::internal
