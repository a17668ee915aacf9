#!/usr/bin/env python3
"""Measure khabar's numeric facts on the Arabic test specifications of Microsoft
Recognizers-Text (../shared/eval/recognizers-ar/number_*.jsonl; see ../shared/eval/README.md).

For every expected result the script looks for the khabar mention that overlaps it and counts:
  value: the mention's value equals the expected one (percentages in percent units; ranges by
         their bounds; open ranges such as "(20,)" by the bound khabar reports with a qualifier);
  span:  the mention covers exactly the expected characters (where a spec gives no offsets,
         the expected text is looked up in the sentence).
It also counts khabar mentions that overlap no expected result (extra), over the test texts.
Expected results that khabar does not model (relative ordinals: الاخير، التالي) are listed apart.
"verified" leaves out the cases whose `not_supported` says the reference implementation itself
fails on them.

usage: tools/eval/recognizers_numbers.py [--khabar PATH] [--eval-dir DIR] [--show-misses N]
Exits 0 (with a message) when the evaluation data is absent.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_expected(result):
    """(kind, value, low, high) or None when khabar does not model the result."""
    type_name = result.get("TypeName", "")
    value = str(result.get("Resolution", {}).get("value", ""))
    if type_name.startswith("ordinal.relative"):
        return None
    if type_name == "numberrange":
        v = value.strip()
        if len(v) < 3 or v[0] not in "[(" or v[-1] not in "])":
            return None
        lo, _, hi = v[1:-1].partition(",")
        low = float(lo) if lo.strip() else None
        high = float(hi) if hi.strip() else None
        return ("range", None, low, high)
    if value.endswith("%"):
        value = value[:-1]
    try:
        return ("value", float(value), None, None)
    except ValueError:
        return None


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def value_right(expected, mention):
    kind, value, low, high = expected
    if kind == "range" and low is not None and low == high:  # "[20,20]": exactly 20
        kind, value = "value", low
    if kind == "value":
        return close(mention["value"], value)
    m_low, m_high = mention.get("low"), mention.get("high")
    if m_low is not None and m_high is not None:
        return (low is None or close(m_low, low)) and (high is None or close(m_high, high))
    # open ranges: "(20,)" is "more than 20", "(,20)" "less than 20"
    bound = low if high is None else high if low is None else None
    return bound is not None and close(mention["value"], bound)


def char_span_of(text, mention):
    raw = text.encode("utf-8")
    begin = len(raw[: mention["begin"]].decode("utf-8", errors="replace"))
    end = begin + len(raw[mention["begin"]: mention["end"]].decode("utf-8", errors="replace"))
    return begin, end


def run_khabar(khabar, cases):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, case in enumerate(cases):
            f.write(json.dumps({"id": i, "text": case["text"]}, ensure_ascii=False) + "\n")
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
    return docs


def evaluate(khabar, path, show_misses):
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    docs = run_khabar(khabar, cases)
    stats = {k: 0 for k in ("expected", "value", "span", "unmodelled", "extra",
                            "v_expected", "v_value", "v_span", "predicted")}
    misses = []
    for i, case in enumerate(cases):
        text = case["text"]
        verified = not case.get("not_supported")
        mentions = docs.get(i, {}).get("numbers", [])
        spans = [char_span_of(text, m) for m in mentions]
        stats["predicted"] += len(mentions)
        used = set()
        for r in case.get("results", []):
            expected = parse_expected(r)
            e_begin, e_end = r["Start"], r["End"] + 1
            if text[e_begin:e_end] != r["Text"] and r["Text"] in text:
                # some specs give -1 or stale offsets: locate the expected text instead
                e_begin = text.find(r["Text"])
                e_end = e_begin + len(r["Text"])
            overlapping = [k for k, (b, e) in enumerate(spans) if b < e_end and e_begin < e]
            used.update(overlapping)
            if expected is None:
                stats["unmodelled"] += 1
                continue
            stats["expected"] += 1
            stats["v_expected"] += verified
            ok_value = any(value_right(expected, mentions[k]) for k in overlapping)
            ok_span = any(spans[k] == (e_begin, e_end) for k in overlapping)
            stats["value"] += ok_value
            stats["span"] += ok_span
            stats["v_value"] += ok_value and verified
            stats["v_span"] += ok_span and verified
            if not ok_value:
                got = [(text[b:e], mentions[k]["value"]) for k, (b, e) in enumerate(spans)
                       if k in overlapping]
                misses.append(f"  {text!r}: want {r['Text']!r}={r['Resolution'].get('value')}"
                              f" got {got}")
        stats["extra"] += len([k for k in range(len(mentions)) if k not in used])
    name = os.path.basename(path)
    pct = lambda a, b: f"{100.0 * a / b:5.1f}%" if b else "   n/a"
    print(f"{name:32} {stats['expected']:4} expected  value {pct(stats['value'], stats['expected'])}"
          f"  span {pct(stats['span'], stats['expected'])}  | verified {stats['v_expected']:4}:"
          f" value {pct(stats['v_value'], stats['v_expected'])}"
          f"  span {pct(stats['v_span'], stats['v_expected'])}"
          f"  | extra {stats['extra']}, unmodelled {stats['unmodelled']}")
    for m in misses[:show_misses]:
        print(m)
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--khabar", default=os.path.join(ROOT, "build", "release", "tools", "khabar",
                                                       "khabar"))
    ap.add_argument("--eval-dir", default=os.path.join(ROOT, "..", "shared", "eval",
                                                         "recognizers-ar"))
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    if not os.path.isdir(args.eval_dir):
        print(f"no evaluation data at {args.eval_dir}: skipped")
        return 0
    if not os.access(args.khabar, os.X_OK):
        print(f"no khabar program at {args.khabar} (build it, or pass --khabar)", file=sys.stderr)
        return 2
    files = sorted(f for f in os.listdir(args.eval_dir)
                   if f.startswith("number_") and f.endswith(".jsonl"))
    total = {}
    for f in files:
        s = evaluate(args.khabar, os.path.join(args.eval_dir, f), args.show_misses)
        for k, v in s.items():
            total[k] = total.get(k, 0) + v
    if total.get("expected"):
        print(f"{'all':32} {total['expected']:4} expected  value "
              f"{100.0 * total['value'] / total['expected']:5.1f}%  span "
              f"{100.0 * total['span'] / total['expected']:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
