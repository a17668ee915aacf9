#!/usr/bin/env python3
"""Validates the output of `khabar extract` against docs/khabar-extract.schema.json, plus the
invariants a JSON Schema cannot state (byte offsets, text order, non-overlap, `linked` symmetry).

usage: schema_validate.py PATH/TO/khabar

Python standard library only: a small validator for the part of JSON Schema 2020-12 that the
schema file uses (type, properties, required, additionalProperties, enum, const, pattern,
minimum, items, oneOf, anyOf, allOf, $ref to $defs, boolean schemas). A keyword it does not know
is an error, never silently ignored. A self-test first checks that it rejects invalid objects.

It runs khabar over
  (a) examples/data/sample-article.txt (--input text),
  (b) a JSONL file written here: invented news sentences with dates, numbers, organizations and
      one malformed line (--input jsonl, also with --threads 2, which must give the same bytes),
  (c) the first 300 lines of ../shared/corpus/news-sample.jsonl when present (--input jsonl).
Exits 0 when everything passes, 1 on failures (the first 10 are printed), 2 on a usage error.
"""
import codecs
import json
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA_PATH = os.path.join(ROOT, "docs", "khabar-extract.schema.json")
SAMPLE_PATH = os.path.join(ROOT, "examples", "data", "sample-article.txt")
CORPUS_PATH = os.path.join(ROOT, "..", "shared", "corpus", "news-sample.jsonl")
CORPUS_LINES = 300
MAX_SHOWN = 10

# One U+FFFD per ill-formed byte, as khabar writes it (Python's "replace" uses one per maximal
# subpart).
codecs.register_error("khabar_bytes", lambda e: ("\ufffd", e.start + 1))


# ---- a small JSON Schema validator -------------------------------------------------------------

class SchemaError(Exception):
    """The schema uses something this validator does not implement."""


ANNOTATIONS = {"$schema", "$id", "$comment", "$defs", "title", "description", "examples",
               "default"}
KEYWORDS = {"type", "properties", "required", "additionalProperties", "enum", "const", "pattern",
            "minimum", "items", "oneOf", "anyOf", "allOf", "$ref"}
SCHEMA_MAP_KEYWORDS = {"properties", "$defs"}     # values are {name: schema}
SCHEMA_LIST_KEYWORDS = {"oneOf", "anyOf", "allOf"}  # values are [schema]
SCHEMA_KEYWORDS = {"additionalProperties", "items"}  # values are a schema


def json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    raise TypeError(f"not a JSON value: {value!r}")


def is_type(value, name):
    actual = json_type(value)
    if name == "integer":
        return actual == "number" and (isinstance(value, int) or
                                       (math.isfinite(value) and value == int(value)))
    return actual == name


def json_equal(a, b):
    """JSON equality: 1 == 1.0, but true != 1 and "1" != 1."""
    ta, tb = json_type(a), json_type(b)
    if ta != tb:
        return False
    if ta == "array":
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if ta == "object":
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return a == b


def compile_pattern(pattern):
    # ECMA-262 `$` (no multiline flag) matches only at the very end; Python's also before a final
    # newline, so an unescaped `$` becomes `\Z`.
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


class Validator:
    def __init__(self, schema):
        self.root = schema
        self.patterns = {}
        self.check_keywords(schema, "#")

    def check_keywords(self, schema, where):
        """Refuses a schema that uses a keyword this validator does not implement."""
        if isinstance(schema, bool):
            return
        if not isinstance(schema, dict):
            raise SchemaError(f"{where}: a schema must be an object or a boolean")
        for key, sub in schema.items():
            if key not in KEYWORDS and key not in ANNOTATIONS:
                raise SchemaError(f"{where}: unsupported keyword {key!r}")
            if key in SCHEMA_MAP_KEYWORDS:
                for name, s in sub.items():
                    self.check_keywords(s, f"{where}/{key}/{name}")
            elif key in SCHEMA_LIST_KEYWORDS:
                for i, s in enumerate(sub):
                    self.check_keywords(s, f"{where}/{key}/{i}")
            elif key in SCHEMA_KEYWORDS:
                self.check_keywords(sub, f"{where}/{key}")
            elif key == "$ref":
                self.resolve(sub)
            elif key == "pattern":
                self.pattern(sub)

    def resolve(self, ref):
        if not ref.startswith("#"):
            raise SchemaError(f"only local $ref are supported: {ref}")
        node = self.root
        for part in [p for p in ref[1:].split("/") if p]:
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise SchemaError(f"unresolvable $ref {ref}")
            node = node[part]
        return node

    def pattern(self, p):
        if p not in self.patterns:
            self.patterns[p] = compile_pattern(p)
        return self.patterns[p]

    def errors(self, instance, schema=None, path="$"):
        """Every way `instance` fails `schema`, as a list of "path: message" strings."""
        if schema is None:
            schema = self.root
        if schema is True:
            return []
        if schema is False:
            return [f"{path}: not allowed here"]
        out = []
        if "$ref" in schema:
            out += self.errors(instance, self.resolve(schema["$ref"]), path)
        if "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(is_type(instance, t) for t in types):
                out.append(f"{path}: {json.dumps(instance, ensure_ascii=False)[:60]} is not of "
                           f"type {'/'.join(types)}")
                return out  # the other keywords would only repeat the point
        if "enum" in schema and not any(json_equal(instance, e) for e in schema["enum"]):
            out.append(f"{path}: {json.dumps(instance, ensure_ascii=False)} is not one of "
                       f"{schema['enum']}")
        if "const" in schema and not json_equal(instance, schema["const"]):
            out.append(f"{path}: {json.dumps(instance, ensure_ascii=False)} is not "
                       f"{json.dumps(schema['const'], ensure_ascii=False)}")
        if "pattern" in schema and isinstance(instance, str):
            if not self.pattern(schema["pattern"]).search(instance):
                out.append(f"{path}: {instance!r} does not match /{schema['pattern']}/")
        if "minimum" in schema and json_type(instance) == "number":
            if instance < schema["minimum"]:
                out.append(f"{path}: {instance} is less than {schema['minimum']}")
        if isinstance(instance, dict):
            props = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in instance:
                    out.append(f"{path}: missing required key {name!r}")
            for name, value in instance.items():
                sub = f"{path}.{name}"
                if name in props:
                    out += self.errors(value, props[name], sub)
                elif "additionalProperties" in schema:
                    extra = schema["additionalProperties"]
                    if extra is False:
                        out.append(f"{path}: unexpected key {name!r}")
                    else:
                        out += self.errors(value, extra, sub)
        if isinstance(instance, list) and "items" in schema:
            for i, item in enumerate(instance):
                out += self.errors(item, schema["items"], f"{path}[{i}]")
        for sub in schema.get("allOf", []):
            out += self.errors(instance, sub, path)
        for key in ("anyOf", "oneOf"):
            if key not in schema:
                continue
            results = [self.errors(instance, sub, path) for sub in schema[key]]
            passing = sum(1 for r in results if not r)
            if key == "anyOf" and passing == 0 or key == "oneOf" and passing != 1:
                if passing > 1:
                    out.append(f"{path}: matches {passing} alternatives of oneOf, not exactly one")
                else:
                    fewest = min(len(r) for r in results)
                    closest = [f"({i + 1}) " + "; ".join(r[:2]) for i, r in enumerate(results)
                               if len(r) == fewest]
                    out.append(f"{path}: matches none of the {len(results)} alternatives of "
                               f"{key}; the closest: " + " | ".join(closest))
        return out


# ---- invariants a schema cannot state ----------------------------------------------------------

def span_errors(kind, items, data: bytes, path):
    """Offsets are byte offsets of `data` on code-point boundaries, `text` is data[begin:end],
    and the items are in text order without overlap."""
    out = []
    previous_end = 0
    for i, item in enumerate(items):
        where = f"{path}.{kind}[{i}]"
        b, e = item.get("begin"), item.get("end")
        if not (isinstance(b, int) and isinstance(e, int)):
            continue  # the schema has reported it
        if not b < e:
            out.append(f"{where}: begin {b} is not before end {e}")
            continue
        if e > len(data):
            out.append(f"{where}: end {e} is past the end of the text ({len(data)} bytes)")
            continue
        for name, off in (("begin", b), ("end", e)):
            if off < len(data) and 0x80 <= data[off] <= 0xBF:
                out.append(f"{where}: {name} {off} is inside a UTF-8 sequence")
        surface = data[b:e].decode("utf-8", "khabar_bytes")
        if item.get("text") != surface:
            out.append(f"{where}: text {item.get('text')!r} is not the input's bytes "
                       f"[{b}:{e}] {surface!r}")
        if b < previous_end:
            out.append(f"{where}: begins at {b}, before the previous one ends ({previous_end}): "
                       f"not in text order or overlapping")
        previous_end = max(previous_end, e)
    return out


def ordered_pair(low, high):
    """Whether low <= high for two values in the same full form (YYYY…, 3 or 2 digits); values
    without a year (--MM-DD) can wrap around the new year and are not compared."""
    if low.startswith("--") or high.startswith("--") or len(low) != len(high):
        return True
    return low <= high


def document_errors(doc, data: bytes, path):
    out = []
    for kind in ("dates", "numbers", "organizations"):
        items = doc.get(kind)
        if isinstance(items, list) and all(isinstance(x, dict) for x in items):
            out += span_errors(kind, items, data, path)
    dates = doc.get("dates") or []
    for i, d in enumerate(dates):
        where = f"{path}.dates[{i}]"
        if "linked" in d:
            j = d["linked"]
            if not (isinstance(j, int) and 0 <= j < len(dates)) or j == i:
                out.append(f"{where}: linked {j} is not the index of another date")
            elif dates[j].get("linked") != i:
                out.append(f"{where}: linked to {j}, which does not link back "
                           f"(its linked: {dates[j].get('linked')})")
        for a, b in (("value", "end_value"), ("hijri", "hijri_end")):
            if isinstance(d.get(a), str) and isinstance(d.get(b), str):
                if not ordered_pair(d[a], d[b]):
                    out.append(f"{where}: {b} {d[b]} is before {a} {d[a]}")
    for i, n in enumerate(doc.get("numbers") or []):
        where = f"{path}.numbers[{i}]"
        if "low" in n and "high" in n:
            if not json_equal(n.get("value"), n["low"]):
                out.append(f"{where}: a range's value {n.get('value')} is not its low {n['low']}")
            if isinstance(n["low"], (int, float)) and isinstance(n["high"], (int, float)) \
                    and n["low"] > n["high"]:
                out.append(f"{where}: low {n['low']} is above high {n['high']}")
        if isinstance(n.get("counted"), str) and isinstance(n.get("text"), str) \
                and n["counted"] not in n["text"]:
            out.append(f"{where}: counted {n['counted']!r} is not part of the mention")
        # A number inside a date mention is not a numeric fact, except a duration inside a
        # relative date (قبل ثلاثة أيام).
        for d in dates:
            if n.get("begin", 0) < d.get("end", 0) and d.get("begin", 0) < n.get("end", 0):
                if not (n.get("kind") == "duration" and d.get("relative") is True):
                    out.append(f"{where}: {n.get('text')!r} overlaps the date {d.get('text')!r}")
    return out


# ---- running khabar ----------------------------------------------------------------------------

def parse_output_line(raw: bytes):
    """Parses one output line; the number literals must never use an exponent."""
    exponents = []

    def number(literal):
        if "e" in literal or "E" in literal:
            exponents.append(literal)
        return float(literal)

    text = raw.decode("utf-8")  # raises on ill-formed UTF-8
    value = json.loads(text, parse_float=number)
    return value, exponents


def expected_document(line: bytes, number: int):
    """What khabar must make of one --input jsonl line: (id, text bytes or None for an error)."""
    def reject(constant):
        raise ValueError(f"not JSON: {constant}")
    try:
        obj = json.loads(line.decode("utf-8"), parse_constant=reject)
    except (ValueError, UnicodeDecodeError):
        return number, None
    if not isinstance(obj, dict):
        return number, None
    ident = obj.get("id", number)
    if isinstance(ident, bool) or not isinstance(ident, (str, int, float)):
        return number, None
    if not isinstance(obj.get("text"), str):
        return ident, None
    ref = obj.get("reference_date")
    if ref is not None and not (isinstance(ref, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref)):
        return ident, None
    return ident, obj["text"].encode("utf-8", "surrogatepass")


class Run:
    def __init__(self, name):
        self.name = name
        self.failures = []
        self.counts = dict(documents=0, errors=0, dates=0, numbers=0, organizations=0)

    def fail(self, message):
        self.failures.append(f"[{self.name}] {message}")


def run_khabar(khabar, args):
    r = subprocess.run([khabar, "extract"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=240)
    return r.returncode, r.stdout, r.stderr


def check_output(run, validator, stdout, expected):
    """expected: one (id, text bytes or None) per input document, in order."""
    lines = stdout.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    else:
        run.fail("the output does not end with a newline")
    if len(lines) != len(expected):
        run.fail(f"{len(lines)} output lines for {len(expected)} input documents")
    for n, (raw, (ident, data)) in enumerate(zip(lines, expected), start=1):
        path = f"line {n}"
        try:
            doc, exponents = parse_output_line(raw)
        except (ValueError, UnicodeDecodeError) as e:
            run.fail(f"{path}: not UTF-8 JSON ({e}): {raw[:120]!r}")
            continue
        if exponents:
            run.fail(f"{path}: numbers written with an exponent: {exponents}")
        if validator.errors(doc, path=path):
            # Against the alternative the line means to be, for a precise message.
            branch = "errorLine" if isinstance(doc, dict) and "error" in doc else "document"
            for message in (validator.errors(doc, {"$ref": f"#/$defs/{branch}"}, path)
                            or validator.errors(doc, path=path)):
                run.fail(message)
        if not isinstance(doc, dict):
            continue
        if not json_equal(doc.get("id"), ident):
            run.fail(f"{path}: id {doc.get('id')!r}, expected {ident!r}")
        if data is None:
            if "error" not in doc:
                run.fail(f"{path}: the input line is malformed but the output is not an error line")
            run.counts["errors"] += 1
            continue
        if "error" in doc:
            run.fail(f"{path}: unexpected error line: {doc['error']}")
            continue
        run.counts["documents"] += 1
        for kind in ("dates", "numbers", "organizations"):
            run.counts[kind] += len(doc.get(kind) or [])
        for message in document_errors(doc, data, path):
            run.fail(message)


def check_exit(run, rc, stderr, want):
    if rc != want:
        run.fail(f"exit status {rc}, expected {want}; stderr: {stderr.decode(errors='replace')[:300]}")


def run_text(khabar, validator):
    run = Run("text: examples/data/sample-article.txt")
    with open(SAMPLE_PATH, "rb") as f:
        data = f.read()
    rc, out, err = run_khabar(khabar, ["--input", "text", SAMPLE_PATH])
    check_exit(run, rc, err, 0)
    check_output(run, validator, out, [(SAMPLE_PATH, data)])
    return run


def run_jsonl(khabar, validator, name, path, lines):
    run = Run(name)
    expected = [expected_document(line, n) for n, line in enumerate(lines, start=1)]
    rc, out, err = run_khabar(khabar, ["--input", "jsonl", path])
    check_exit(run, rc, err, 1 if any(d is None for _, d in expected) else 0)
    check_output(run, validator, out, expected)
    rc2, out2, err2 = run_khabar(khabar, ["--input", "jsonl", "--threads", "2", path])
    if (rc2, out2) != (rc, out):
        run.fail(f"--threads 2 gives other output or status ({rc2}) than --threads 1 ({rc})")
    return run


# Invented sentences: Hijri and paired dates, relative dates with reference_date, ranges, decades,
# centuries, money, percent, numeric ranges, organizations with an acronym defined in the text.
OWN_LINES = [
    {"id": "t01", "text": "أعلنت الأمم المتحدة يوم الثلاثاء 24 ديسمبر 2024 أن نحو 2.5 مليار دولار "
                          "خصصت للإغاثة.", "reference_date": "2024-12-25"},
    {"id": "t02", "text": "وصل الوفد في 28 رمضان 1436 هـ الموافق 15 يوليو 2015م إلى جدة."},
    {"id": "t03", "text": "قالت منظمة الصحة العالمية (WHO) إن ٣٫٥٪ من السكان أصيبوا، وأكدت WHO أن "
                          "العدد أكثر من 40 ألف شخص.", "reference_date": "2024-03-10"},
    {"id": 4, "text": "ارتفعت الأسعار أمس بنسبة 12 في المائة مقارنة بالأسبوع الماضي.",
     "reference_date": "2024-12-24"},
    {"id": 5, "text": "تستمر المعارض من 5 إلى 7 مارس 2024 في القاهرة، وتتراوح التذاكر بين 10 و20 "
                      "دولارا."},
    {"text": "شهدت المنطقة في التسعينيات وفي القرن العشرين تحولات كبرى، وفي عامي 2010 و2015 أيضا."},
    {"id": "t07", "text": "ستبدأ الأعمال بعد ثلاثة أيام وتستمر حتى نهاية الشهر المقبل.",
     "reference_date": "2025-01-15"},
    "this line is not JSON {",
    {"id": "t09", "text": "بلغت الصادرات ما لا يقل عن 340 مليار درهم في عام 2025 حسب البنك الدولي."},
    {"id": "t10", "text": "نفذ الجيش 193 غارة خلال شهري يوليوز وغشت 2024، وقتل قرابة ثلاثة آلاف "
                          "شخص."},
    {"id": "t11", "text": "أكد الأمين العام للأمم المتحدة في 1 محرم 1446 هـ أن من 3 إلى 5 ملايين "
                          "طفل بحاجة إلى المساعدة."},
    {"id": "t12", "text": "وفي عشرينيات القرن الحالي تضاعف الإنتاج ثلاث مرات ليصل إلى 1500 ميغاواط.",
     "reference_date": "2024-06-01"},
    {"id": "t13", "text": "عقدت منظمة الصحة العالمية اجتماعها في جنيف يوم 15 رمضان 1445 هـ، وحضره "
                          "ممثلو 194 دولة.\nوفي 5 رمضان المقبل يعقد اجتماع آخر."},
    {"id": "t14", "text": "انخفض التضخم 0.75 نقطة مئوية في الربع الثالث، وتراجعت البطالة إلى أقل "
                          "من 10%.", "reference_date": "2023-10-01"},
    {"id": "t15", "text": "وقع الحادث الاثنين الماضي، وأصيب فيه 7 أشخاص، بحسب ما أعلنته وزارة "
                          "الصحة المصرية.", "reference_date": "2024-12-24"},
    {"id": "t16", "text": "وافقت الأمم المتحدة على برنامج بقيمة 120 مليون يورو يمتد حتى عام 1447 هـ "
                          "ابتداء من الأسبوع المقبل."},
]


# ---- self-test ---------------------------------------------------------------------------------

DATE = {"text": "28 رمضان 1436 هـ", "begin": 9, "end": 34, "value": "2015-07-15", "grain": "day",
        "calendar": "hijri", "hijri": "1436-09-28", "linked": 1}
NUMBER = {"text": "ما لا يقل عن 40 دولة عضو", "begin": 112, "end": 152, "kind": "cardinal",
          "value": 40, "counted": "دولة عضو", "qualifier": "at_least"}
ORG = {"text": "الأمم المتحدة", "begin": 2, "end": 27, "canonical": "الأمم المتحدة", "acronym": "UN",
       "source": "gazetteer", "id": "intl-un", "type": "intergovernmental", "country": "INT"}


def doc_with(dates=(), numbers=(), organizations=(), **extra):
    d = {"id": "doc-17", "dates": list(dates), "numbers": list(numbers),
         "organizations": list(organizations)}
    d.update(extra)
    return d


def changed(base, **kw):
    d = dict(base)
    for k, v in kw.items():
        if v is None:
            d.pop(k, None)
        else:
            d[k] = v
    return d


def self_test(validator):
    """The examples of docs/json-schema.md pass; broken objects are rejected."""
    failures = []
    valid = [
        doc_with(),
        doc_with([DATE], [NUMBER], [ORG]),
        {"id": 3, "error": "line 3: invalid JSON: syntax error"},
        doc_with([changed(DATE, value=None, hijri="--09-15", linked=None)]),
        doc_with([{"text": "أمس", "begin": 0, "end": 6, "grain": "day", "calendar": "gregorian",
                   "relative": True}]),
        doc_with([{"text": "رمضان الماضي", "begin": 0, "end": 23, "grain": "month",
                   "calendar": "hijri", "relative": True}]),
        doc_with([{"text": "الأسبوع الماضي", "begin": 0, "end": 27, "value": "2024-W51",
                   "grain": "week", "calendar": "gregorian", "relative": True}]),
        doc_with([{"text": "التسعينيات", "begin": 0, "end": 20, "value": "199", "grain": "decade",
                   "calendar": "gregorian"}]),
        doc_with([{"text": "5 يناير", "begin": 0, "end": 13, "value": "--01-05", "grain": "day",
                   "calendar": "gregorian"}]),
        doc_with(numbers=[{"text": "بين 2 و3 ملايين دولار", "begin": 0, "end": 10, "kind": "money",
                           "value": 2000000, "currency": "USD", "qualifier": "exact",
                           "low": 2000000, "high": 3000000}]),
        doc_with(organizations=[{"text": "مجلس النواب", "begin": 0, "end": 21,
                                 "canonical": "مجلس النواب", "source": "pattern"}]),
    ]
    invalid = [
        ("a document without organizations", changed(doc_with(), organizations=None)),
        ("a document with an extra key", doc_with(lang="ar")),
        ("a document that is also an error line", doc_with(error="x")),
        ("an id that is neither string nor number", doc_with(id=[1])),
        ("an error line without id", {"error": "x"}),
        ("a boolean id", {"id": True, "error": "x"}),
        ("an unknown number kind", doc_with(numbers=[changed(NUMBER, kind="amount")])),
        ("an unknown qualifier", doc_with(numbers=[changed(NUMBER, qualifier="about")])),
        ("a string value of a number", doc_with(numbers=[changed(NUMBER, value="40")])),
        ("a negative begin", doc_with(numbers=[changed(NUMBER, begin=-1)])),
        ("a fractional end", doc_with(numbers=[changed(NUMBER, end=152.5)])),
        ("a string begin", doc_with(numbers=[changed(NUMBER, begin="112")])),
        ("money without currency", doc_with(numbers=[changed(NUMBER, kind="money", counted=None)])),
        ("a percent without unit", doc_with(numbers=[changed(NUMBER, kind="percent",
                                                             counted=None)])),
        ("an unknown unit", doc_with(numbers=[changed(NUMBER, kind="quantity", counted=None,
                                                      unit="furlong")])),
        ("a currency that is not ISO 4217", doc_with(numbers=[changed(
            NUMBER, kind="money", counted=None, currency="dollar")])),
        ("an ordinal with counted", doc_with(numbers=[changed(NUMBER, kind="ordinal")])),
        ("low without high", doc_with(numbers=[changed(NUMBER, low=40)])),
        ("a number with an extra key", doc_with(numbers=[changed(NUMBER, confidence=1)])),
        ("a date without grain", doc_with([changed(DATE, grain=None)])),
        ("an unknown grain", doc_with([changed(DATE, grain="fortnight")])),
        ("a quarter 5", doc_with([changed(DATE, value="2016-Q5", grain="quarter",
                                          calendar="gregorian", hijri=None)])),
        ("a season that TIMEX3 does not name", doc_with([changed(DATE, value="2016-AU",
                                                                grain="season",
                                                                calendar="gregorian",
                                                                hijri=None)])),
        ("an unknown modifier", doc_with([changed(DATE, modifier="late")])),
        ("an unknown calendar", doc_with([changed(DATE, calendar="julian")])),
        ("a week value on a day", doc_with([changed(DATE, value="2024-W51")])),
        ("a month 13", doc_with([changed(DATE, value="2024-13", grain="month",
                                         hijri="1445-09")])),
        ("a year value with a newline", doc_with([changed(DATE, value="2024\n", grain="year",
                                                          hijri="1445")])),
        ("a decade of four digits", doc_with([changed(DATE, value="1990", grain="decade",
                                                      calendar="gregorian", hijri=None)])),
        ("a century of three digits", doc_with([changed(DATE, value="190", grain="century",
                                                        calendar="gregorian", hijri=None)])),
        ("a hijri key on a Gregorian date", doc_with([changed(DATE, calendar="gregorian")])),
        ("a Hijri date without hijri", doc_with([changed(DATE, hijri=None)])),
        ("relative: false", doc_with([changed(DATE, relative=False)])),
        ("a date without value that is not relative", doc_with([changed(DATE, value=None)])),
        ("a negative linked", doc_with([changed(DATE, linked=-1)])),
        ("an unknown organization source", doc_with(organizations=[changed(ORG, source="ner")])),
        ("a gazetteer organization without id", doc_with(organizations=[changed(
            ORG, id=None, type=None, country=None)])),
        ("an organization without canonical", doc_with(organizations=[changed(
            ORG, canonical=None)])),
        ("a country that is not ISO 3166", doc_with(organizations=[changed(ORG, country="un")])),
        ("an organization with an extra key", doc_with(organizations=[changed(ORG, lang="ar")])),
        ("an empty mention text", doc_with(organizations=[changed(ORG, text="")])),
        ("dates that is not an array", changed(doc_with(), dates={})),
        ("a Hijri date neither written nor relative", doc_with([changed(DATE, hijri=None,
                                                                        value=None)])),
    ]
    for i, doc in enumerate(valid):
        errs = validator.errors(doc)
        if errs:
            failures.append(f"[self-test] valid example {i} rejected: {errs[0]}")
    for what, doc in invalid:
        if not validator.errors(doc):
            failures.append(f"[self-test] accepted {what}: {json.dumps(doc, ensure_ascii=False)}")

    # The invariants: each broken document must be reported.
    text = "في 5 يناير و6 يناير".encode()
    b1, b2 = text.index("5 يناير".encode()), text.index("6 يناير".encode())
    n = len("5 يناير".encode())
    d1 = {"text": "5 يناير", "begin": b1, "end": b1 + n, "value": "--01-05", "grain": "day",
          "calendar": "gregorian"}
    d2 = {"text": "6 يناير", "begin": b2, "end": b2 + n, "value": "--01-06", "grain": "day",
          "calendar": "gregorian"}
    correct = document_errors(doc_with([d1, d2]), text, "ok")
    if correct:
        failures.append("[self-test] the invariants reject a correct document: " + correct[0])
    broken = [
        ("a text that is not the bytes [begin:end]", doc_with([changed(d1, begin=b1 + 1,
                                                                               end=b1 + n + 1)])),
        ("begin == end", doc_with([changed(d1, end=b1, text="")])),
        ("an offset inside a UTF-8 sequence", doc_with([changed(d1, end=b1 + n - 1,
                                                                text="5 ينا\ufffd")])),
        ("dates out of text order", doc_with([d2, d1])),
        ("overlapping dates", doc_with([d1, changed(d2, begin=b1 + 2, text=text[b1 + 2:b2 + n]
                                                    .decode())])),
        ("an end past the text", doc_with([d1, changed(d2, end=len(text) + 1)])),
        ("a link that does not come back", doc_with([changed(d1, linked=1), d2])),
        ("a link to itself", doc_with([changed(d1, linked=0), d2])),
        ("end_value before value", doc_with([changed(d1, value="2024-01-05",
                                                     end_value="2023-01-05"), d2])),
        ("a range whose value is not low", doc_with(numbers=[
            {"text": "5 يناير", "begin": b1, "end": b1 + n, "kind": "cardinal", "value": 6,
             "low": 5, "high": 7, "qualifier": "exact"}])),
        ("a number inside a date", doc_with([d1], [
            {"text": "5", "begin": b1, "end": b1 + 1, "kind": "cardinal", "value": 5,
             "qualifier": "exact"}])),
    ]
    for what, doc in broken:
        if not document_errors(doc, text, "self-test"):
            failures.append(f"[self-test] the invariants accept {what}")
    if not parse_output_line(b'{"value": 1e+21}')[1]:
        failures.append("[self-test] an exponent in a number was not noticed")

    # A keyword the validator does not implement is refused, not ignored.
    try:
        Validator({"type": "object", "maxProperties": 1})
        failures.append("[self-test] an unsupported keyword (maxProperties) was not refused")
    except SchemaError:
        pass
    return failures, len(valid), len(invalid) + len(broken)


# ---- main --------------------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2:
        print("usage: schema_validate.py PATH/TO/khabar", file=sys.stderr)
        return 2
    khabar = argv[1]
    if not os.access(khabar, os.X_OK):
        print(f"schema_validate: {khabar} is not an executable", file=sys.stderr)
        return 2
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        validator = Validator(schema)
    except SchemaError as e:
        print(f"FAIL: {SCHEMA_PATH}: {e}")
        return 1

    failures, n_valid, n_invalid = self_test(validator)
    print(f"self-test: {n_valid} valid examples accepted, {n_invalid} broken objects rejected"
          if not failures else f"self-test: {len(failures)} failures")

    runs = [run_text(khabar, validator)]
    with tempfile.TemporaryDirectory(prefix="khabar-schema-") as tmp:
        own = os.path.join(tmp, "own.jsonl")
        lines = [(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)).encode()
                 for x in OWN_LINES]
        with open(own, "wb") as f:
            f.write(b"\n".join(lines) + b"\n")
        runs.append(run_jsonl(khabar, validator, "jsonl: invented sentences", own, lines))
        if os.path.exists(CORPUS_PATH):
            corpus_lines = []
            with open(CORPUS_PATH, "rb") as f:
                for line in f:
                    corpus_lines.append(line.rstrip(b"\n"))
                    if len(corpus_lines) == CORPUS_LINES:
                        break
            head = os.path.join(tmp, "corpus-head.jsonl")
            with open(head, "wb") as f:
                f.write(b"\n".join(corpus_lines) + b"\n")
            runs.append(run_jsonl(khabar, validator,
                                  f"jsonl: first {len(corpus_lines)} lines of "
                                  "../shared/corpus/news-sample.jsonl", head, corpus_lines))
        else:
            print(f"(skipped: {os.path.normpath(CORPUS_PATH)} is absent)")

    for run in runs:
        c = run.counts
        status = "ok" if not run.failures else f"{len(run.failures)} FAILURES"
        print(f"{run.name}: {c['documents']} documents, {c['errors']} error lines, "
              f"{c['dates']} dates, {c['numbers']} numbers, {c['organizations']} organizations: "
              f"{status}")
        failures += run.failures
    if failures:
        print(f"\nFAIL: {len(failures)} failures against {os.path.relpath(SCHEMA_PATH, ROOT)} "
              f"and the invariants of docs/json-schema.md; the first {min(MAX_SHOWN, len(failures))}:")
        for message in failures[:MAX_SHOWN]:
            print("  " + (message if len(message) <= 400 else message[:400] + " …"))
        return 1
    print("PASS: every output line matches docs/khabar-extract.schema.json and the invariants")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
