#!/usr/bin/env python3
"""Measure khabar's date mentions on the Arabic test specifications of Microsoft Recognizers-Text
(../shared/eval/recognizers-ar/datetime_Date*.jsonl; see ../shared/eval/README.md).

Files: DateExtractor and DatePeriodExtractor (expected Text, Start, Length), DateParser and
DatePeriodParser (also Value: Timex, FutureResolution, PastResolution; context.ReferenceDateTime,
passed to khabar as the line's reference_date). For every expected result the script counts:
  detected:     some khabar date overlaps the expected characters;
  exact span:   some khabar date covers exactly the expected characters (code points; khabar's
                UTF-8 byte offsets are converted);
  span ±1 word: some overlapping khabar date differs from the expected span at most by one whole
                word (or only spaces and punctuation) at each end, e.g. يوم/في/من/هذا;
  value:        (parser files) some overlapping khabar date agrees with the Timex:
                - YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www compare to khabar's value directly;
                - XXXX-MM-DD / XXXX-MM agree with khabar's --MM-DD / --MM, or with a full date
                  whose year is that of the Future or Past resolution;
                - ranges (start,end,Pn…): khabar's value starts at start and its end_value (or
                  value) ends on the last day included.  Recognizers' end is exclusive for
                  computed periods (العام المقبل → endDate 2018-01-01), but for explicit ranges it
                  writes the last day named (من 4 إلى 22 → endDate …-22, من 2014 إلى 2018 →
                  2018-01-01), so both readings are accepted: khabar's last period ends the day
                  before endDate, or begins on endDate;
                  A single day never agrees with a range (اليوم of اليوم حتى الغد);
                - decades (1970-01-01,1980-01-01,P10Y) agree with khabar value 197, grain decade;
                - any Timex also agrees when khabar's period equals the Future or the Past
                  resolution (khabar picks the closest date; XXXX-WXX-5, 2016-11-W03 …).
                Seasons (SU, SP …) have no khabar counterpart and count as value misses.
  extra:        khabar dates that overlap no expected result (over the test texts).
"verified" leaves out the cases whose `not_supported` lists a platform where the reference
implementation itself fails.

usage: tools/eval/recognizers_dates.py [--khabar PATH] [--eval-dir DIR] [--show-misses N]
Exits 0 (with a message) when the evaluation data is absent.
"""
import argparse
import calendar
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILES = ("datetime_DateExtractor.jsonl", "datetime_DatePeriodExtractor.jsonl",
         "datetime_DateParser.jsonl", "datetime_DatePeriodParser.jsonl")
ONE_DAY = datetime.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# periods as (first day, last day)

def to_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def month_period(year, month):
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    return (datetime.date(year, month, 1),
            datetime.date(year, month, calendar.monthrange(year, month)[1]))


def year_period(first, years=1):
    if not (1 <= first and first + years - 1 <= 9999):
        return None
    return datetime.date(first, 1, 1), datetime.date(first + years - 1, 12, 31)


def iso_week_period(year, week):
    try:
        monday = datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + 6 * ONE_DAY


def khabar_period(value, grain):
    """(first, last) day of one khabar value, or None (no year, unknown form)."""
    if not value or value.startswith("--"):
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        d = to_date(value)
        return (d, d) if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        return month_period(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        return iso_week_period(int(m[1]), int(m[2]))
    if re.fullmatch(r"\d{4}", value):
        return year_period(int(value))
    if grain == "decade" and re.fullmatch(r"\d{3}", value):
        return year_period(int(value) * 10, 10)
    if grain == "century" and re.fullmatch(r"\d{1,2}", value):
        return year_period(int(value) * 100, 100)
    return None


def mention_bounds(mention):
    """((first, last) of value, (first, last) of end_value or value) or None."""
    first = khabar_period(mention.get("value"), mention.get("grain"))
    if first is None:
        return None
    if mention.get("end_value"):
        last = khabar_period(mention["end_value"], mention.get("grain"))
        if last is None:
            return None
    else:
        last = first
    return first, last


def agrees_with_range(mention, start, end):
    """khabar's value starts on `start` and ends the day before `end` (exclusive reading) or its
    last period begins on `end` (Recognizers' explicit "from … to" reading)."""
    bounds = mention_bounds(mention)
    if bounds is None or start is None or end is None:
        return False
    first, last = bounds
    return first[0] == start and (last[1] == end - ONE_DAY or last[0] == end)


def agrees_with_resolution(mention, resolution):
    if not resolution:
        return False
    if "date" in resolution:
        d = to_date(resolution["date"])
        bounds = mention_bounds(mention)
        return d is not None and bounds is not None and bounds[0] == (d, d) and bounds[1] == (d, d)
    return agrees_with_range(mention, to_date(resolution.get("startDate")),
                             to_date(resolution.get("endDate")))


def resolution_years(value):
    years = set()
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        for field in ("date", "startDate"):
            if res.get(field) and res[field][:4].isdigit():
                years.add(res[field][:4])
    return years


def value_agrees(value, mention):
    """Does one khabar date agree with a Recognizers Value (Timex + resolutions)?"""
    timex = value.get("Timex", "")
    got = mention.get("value") or ""
    end_got = mention.get("end_value")
    if not end_got and got == timex:
        return True  # YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www
    m = re.fullmatch(r"XXXX-(\d{2})(-\d{2})?", timex)
    if m and not end_got:
        no_year = m[1] + (m[2] or "")
        if got == "--" + no_year:
            return True
        if got[4:] == "-" + no_year and got[:4] in resolution_years(value):
            return True
    m = re.fullmatch(r"\(([^,]+),([^,]+),P[^)]*\)", timex)
    if m:
        # a range needs a range: one day (اليوم of اليوم حتى الغد) does not agree with
        # (2016-11-07,2016-11-08,P1D) even though the exclusive reading makes that one day
        bounds = mention_bounds(mention)
        if bounds is None or (not end_got and bounds[0][0] == bounds[0][1]):
            return False
        if agrees_with_range(mention, to_date(m[1]), to_date(m[2])):
            return True
    if re.fullmatch(r"\d{4}", timex) and agrees_with_range(
            mention, datetime.date(int(timex), 1, 1) if int(timex) else None,
            datetime.date(int(timex) + 1, 1, 1) if 0 < int(timex) < 9999 else None):
        return True
    return any(agrees_with_resolution(mention, value.get(k))
               for k in ("FutureResolution", "PastResolution"))


# ---------------------------------------------------------------------------------------------
# spans

def char_span_of(text, mention):
    raw = text.encode("utf-8")
    begin = len(raw[: mention["begin"]].decode("utf-8", errors="replace"))
    end = begin + len(raw[mention["begin"]: mention["end"]].decode("utf-8", errors="replace"))
    return begin, end


def is_word_char(c):
    return unicodedata.category(c)[0] in "LMN"


def whole_words_at_most_one(text, a, b):
    """text[a:b] (a difference at one end of two spans) is nothing, spaces/punctuation, or one
    whole word: its cut points do not split a word."""
    if a == b:
        return True
    for cut in (a, b):
        if 0 < cut < len(text) and is_word_char(text[cut - 1]) and is_word_char(text[cut]):
            return False
    words = [w for w in re.split(r"[^\w\u0610-\u061A\u064B-\u065F\u0670]+", text[a:b]) if w]
    return len(words) <= 1


def within_one_word(text, expected, got):
    (eb, ee), (gb, ge) = expected, got
    return (gb < ee and eb < ge
            and whole_words_at_most_one(text, min(eb, gb), max(eb, gb))
            and whole_words_at_most_one(text, min(ee, ge), max(ee, ge)))


# ---------------------------------------------------------------------------------------------

def reference_date(case):
    ctx = case.get("context") or {}
    ref = ctx.get("ReferenceDateTime")
    return ref[:10] if ref else None


def run_khabar(khabar, cases):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, case in enumerate(cases):
            line = {"id": i, "text": case["text"]}
            ref = reference_date(case)
            if ref:
                line["reference_date"] = ref
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([khabar, "extract", "--input", "jsonl", path], check=False,
                             capture_output=True, text=True, encoding="utf-8")
    finally:
        os.unlink(path)
    docs = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        docs[d["id"]] = d
        if "error" in d:
            print(f"khabar error on case {d['id']}: {d['error']}", file=sys.stderr)
    return docs


KEYS = ("expected", "detected", "exact", "word", "value", "extra")


def describe(mention, span, text):
    s = f"{text[span[0]:span[1]]!r}@{span[0]}-{span[1]}"
    if mention.get("value"):
        s += f" {mention['value']}"
        if mention.get("end_value"):
            s += f"..{mention['end_value']}"
        s += f"/{mention.get('grain')}"
    return s


def evaluate(khabar, path):
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    docs = run_khabar(khabar, cases)
    parser = "Parser" in os.path.basename(path)
    stats = {"all": dict.fromkeys(KEYS, 0), "verified": dict.fromkeys(KEYS, 0)}
    misses = {"not detected": [], "wrong span": [], "wrong value": []}
    for i, case in enumerate(cases):
        text = case["text"]
        groups = ("all", "verified") if not case.get("not_supported") else ("all",)
        mentions = docs.get(i, {}).get("dates", [])
        spans = [char_span_of(text, m) for m in mentions]
        used = set()
        for r in case.get("results", []):
            length = r["Length"] if "Length" in r else r["End"] - r["Start"] + 1
            e_begin, e_end = r["Start"], r["Start"] + length
            if text[e_begin:e_end] != r["Text"] and r["Text"] in text:
                e_begin = text.find(r["Text"])  # stale offsets: locate the expected text
                e_end = e_begin + len(r["Text"])
            overlapping = [k for k, (b, e) in enumerate(spans) if b < e_end and e_begin < e]
            used.update(overlapping)
            ok_detected = bool(overlapping)
            ok_exact = any(spans[k] == (e_begin, e_end) for k in overlapping)
            ok_word = any(within_one_word(text, (e_begin, e_end), spans[k]) for k in overlapping)
            ok_value = parser and any(value_agrees(r["Value"], mentions[k]) for k in overlapping)
            for g in groups:
                s = stats[g]
                s["expected"] += 1
                s["detected"] += ok_detected
                s["exact"] += ok_exact
                s["word"] += ok_word
                s["value"] += ok_value
            want = f"{r['Text']!r}@{e_begin}-{e_end}"
            if parser:
                v = r["Value"]
                want += (f" {v.get('Timex')} fut={json.dumps(v.get('FutureResolution'))}"
                         f" past={json.dumps(v.get('PastResolution'))}")
            got = "; ".join(describe(mentions[k], spans[k], text) for k in overlapping)
            ref = reference_date(case)
            line = f"  {text!r}" + (f" (ref {ref})" if ref else "") + f"\n      want {want}\n      got  {got or '-'}"
            if not ok_detected:
                misses["not detected"].append(line)
            elif not ok_exact:
                misses["wrong span"].append(line + ("  [±1 word]" if ok_word else ""))
            if parser and ok_detected and not ok_value:
                misses["wrong value"].append(line)
        extra = [k for k in range(len(mentions)) if k not in used]
        for g in groups:
            stats[g]["extra"] += len(extra)
        for k in extra:
            misses.setdefault("extra", []).append(
                f"  {text!r}\n      got  {describe(mentions[k], spans[k], text)}")
    return stats, misses, parser


def pct(a, b):
    return f"{a:4} {100.0 * a / b:5.1f}%" if b else f"{a:4}    n/a"


def print_row(name, group, s, parser):
    n = s["expected"]
    value = pct(s["value"], n) if parser else f"{'-':>11}"
    print(f"{name:36} {group:8} {n:5}  {pct(s['detected'], n)}  {pct(s['exact'], n)}"
          f"  {pct(s['word'], n)}  {value}  {s['extra']:5}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    candidates = [os.path.join(ROOT, "build", b, "tools", "khabar", "khabar")
                  for b in ("dates", "release", "receval")]
    ap.add_argument("--khabar", default=next((c for c in candidates if os.access(c, os.X_OK)),
                                             candidates[0]))
    ap.add_argument("--eval-dir", default=os.path.join(ROOT, "..", "shared", "eval",
                                                         "recognizers-ar"))
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    if not os.path.isdir(args.eval_dir):
        print(f"no evaluation data at {args.eval_dir}: skipped")
        return 0
    files = [f for f in FILES if os.path.isfile(os.path.join(args.eval_dir, f))]
    if not files:
        print(f"no datetime_Date*.jsonl files in {args.eval_dir}: skipped")
        return 0
    if not os.access(args.khabar, os.X_OK):
        print(f"no khabar program at {args.khabar} (build it, or pass --khabar)", file=sys.stderr)
        return 2
    print(f"{'file':36} {'cases':8} {'expected':>5}  {'detected':>11}  {'exact span':>11}"
          f"  {'span ±1 word':>11}  {'value':>11}  {'extra':>5}")
    total = {"all": dict.fromkeys(KEYS, 0), "verified": dict.fromkeys(KEYS, 0)}
    value_total = {"all": 0, "verified": 0}
    all_misses = []
    for f in files:
        stats, misses, parser = evaluate(args.khabar, os.path.join(args.eval_dir, f))
        for g in ("all", "verified"):
            print_row(f if g == "all" else "", g, stats[g], parser)
            for k in KEYS:
                total[g][k] += stats[g][k]
            if parser:
                value_total[g] += stats[g]["expected"]
        all_misses.append((f, misses))
    for g in ("all", "verified"):
        s = total[g]
        n = s["expected"]
        print(f"{'total' if g == 'all' else '':36} {g:8} {n:5}  {pct(s['detected'], n)}"
              f"  {pct(s['exact'], n)}  {pct(s['word'], n)}"
              f"  {pct(s['value'], value_total[g])}  {s['extra']:5}")
    print("(value: over the expected results of the two parser files; extra: khabar dates that"
          " overlap no expected result)")
    if args.show_misses > 0:
        for f, misses in all_misses:
            for kind in ("not detected", "wrong span", "wrong value", "extra"):
                items = misses.get(kind, [])
                if not items:
                    continue
                print(f"\n{f}: {kind} ({len(items)}), first {min(len(items), args.show_misses)}:")
                for m in items[: args.show_misses]:
                    print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
