// The JSON of results (include/khabar/json.hpp), shared by `khabar extract` and the C API.
#include "khabar/json.hpp"

#include <charconv>
#include <cmath>

#include "util/json_writer.hpp"

namespace khabar {

void append_json_number(std::string& out, double value) {
  char buf[400];
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  if (value == std::floor(value) && std::fabs(value) < 9.2e18) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    out.append(buf, end);
    return;
  }
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  if (ec != std::errc()) {
    out += "null";
    return;
  }
  out.append(buf, end);
}

void append_json(std::string& out, const NumericFact& f, std::string_view text,
                 std::uint64_t base) {
  out += "{\"text\":";
  internal::json_string(out, f.span.slice(text));
  out += ",\"begin\":";
  internal::json_uint(out, base + f.span.begin);
  out += ",\"end\":";
  internal::json_uint(out, base + f.span.end);
  out += ",\"kind\":\"";
  out += to_string(f.kind);
  out += "\",\"value\":";
  append_json_number(out, f.value);
  if (!f.unit.empty()) {
    out += ",\"unit\":";
    internal::json_string(out, f.unit);
  }
  if (!f.currency.empty()) {
    out += ",\"currency\":";
    internal::json_string(out, f.currency);
  }
  if (!f.counted.empty()) {
    out += ",\"counted\":";
    internal::json_string(out, f.counted.slice(text));
  }
  out += ",\"qualifier\":\"";
  out += to_string(f.qualifier);
  out += '"';
  if (f.low) {
    out += ",\"low\":";
    append_json_number(out, *f.low);
  }
  if (f.high) {
    out += ",\"high\":";
    append_json_number(out, *f.high);
  }
  out += '}';
}

namespace {

void write_span(std::string& out, Span span, std::string_view text, std::uint64_t base) {
  out += "{\"text\":";
  internal::json_string(out, span.slice(text));
  out += ",\"begin\":";
  internal::json_uint(out, base + span.begin);
  out += ",\"end\":";
  internal::json_uint(out, base + span.end);
}

}  // namespace

void append_json(std::string& out, const DateMention& d, std::string_view text,
                 std::uint64_t base) {
  write_span(out, d.span, text, base);
  if (!d.value.empty()) {
    out += ",\"value\":";
    internal::json_string(out, d.value);
  }
  if (!d.end_value.empty()) {
    out += ",\"end_value\":";
    internal::json_string(out, d.end_value);
  }
  out += ",\"grain\":\"";
  out += to_string(d.grain);
  out += "\",\"calendar\":\"";
  out += to_string(d.calendar);
  out += '"';
  if (!d.hijri.empty()) {
    out += ",\"hijri\":";
    internal::json_string(out, d.hijri);
  }
  if (!d.hijri_end.empty()) {
    out += ",\"hijri_end\":";
    internal::json_string(out, d.hijri_end);
  }
  if (d.relative) out += ",\"relative\":true";
  if (d.modifier != DateModifier::kNone) {
    out += ",\"modifier\":\"";
    out += to_string(d.modifier);
    out += '"';
  }
  if (d.linked >= 0) {
    out += ",\"linked\":";
    internal::json_uint(out, static_cast<std::uint64_t>(d.linked));
  }
  out += '}';
}

void append_json(std::string& out, const Organization& o, std::string_view text,
                 std::uint64_t base) {
  write_span(out, o.span, text, base);
  out += ",\"canonical\":";
  internal::json_string(out, o.canonical);
  if (!o.acronym.empty()) {
    out += ",\"acronym\":";
    internal::json_string(out, o.acronym);
  }
  out += ",\"source\":\"";
  out += to_string(o.source);
  out += '"';
  if (!o.id.empty()) {
    out += ",\"id\":";
    internal::json_string(out, o.id);
  }
  if (!o.type.empty()) {
    out += ",\"type\":";
    internal::json_string(out, o.type);
  }
  if (!o.country.empty()) {
    out += ",\"country\":";
    internal::json_string(out, o.country);
  }
  out += '}';
}


void append_json(std::string& out, const Token& t, const TokenizedText& tokens,
                 std::string_view text, std::uint64_t base) {
  write_span(out, t.span, text, base);
  out += ",\"kind\":\"";
  out += to_string(t.kind);
  out += "\",\"normalized\":";
  internal::json_string(out, tokens.normalized(t));
  if (t.segment_count > 0) {
    out += ",\"segments\":[";
    bool first = true;
    for (const Segment& s : tokens.segments(t)) {
      if (!first) out.push_back(',');
      first = false;
      write_span(out, s.span, text, base);
      out += ",\"role\":\"";
      out += to_string(s.role);
      out += "\"}";
    }
    out += "]";
  }
  out += "}";
}

namespace {

template <typename T>
void append_list(std::string& out, const char* key, const std::vector<T>& items,
                 std::string_view text) {
  out += key;
  out.push_back('[');
  bool first = true;
  for (const T& item : items) {
    if (!first) out.push_back(',');
    first = false;
    append_json(out, item, text);
  }
  out.push_back(']');
}

}  // namespace

void append_json(std::string& out, const Document& doc, std::string_view text,
                 std::string_view id_json) {
  out.push_back('{');
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out.push_back(',');
  }
  append_list(out, "\"dates\":", doc.dates, text);
  append_list(out, ",\"numbers\":", doc.numbers, text);
  append_list(out, ",\"organizations\":", doc.organizations, text);
  out.push_back('}');
}

}  // namespace khabar
