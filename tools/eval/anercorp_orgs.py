#!/usr/bin/env python3
"""Measures khabar's organizations against the ORG tags of ANERcorp.

Input: a token BIO file (one "token<TAB>tag" a line, sentences separated by blank lines), e.g.
../shared/eval/anercorp/train.tsv. Each sentence's tokens are joined with single spaces and sent
to `khabar extract --input jsonl`, one JSON line a sentence. A predicted organization covers the
gold tokens its byte span touches (so a clitic prefix such as the ل of للأمم stays in the token),
and is scored exact-span over (sentence, first token, last token): precision, recall and F1.

usage: anercorp_orgs.py KHABAR_BINARY [GOLD.tsv] [--errors N] [--source S] [--limit N] [--min-f1 F]
With --min-f1 it exits 1 when F1 is lower, and 77 (skipped) when GOLD.tsv does not exist.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

DEFAULT_GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                            "shared", "eval", "anercorp", "train.tsv")


def read_sentences(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            if "\t" in line:
                token, tag = line.rsplit("\t", 1)
            else:
                token, _, tag = line.rpartition(" ")
            token = token.strip()
            if not token:
                continue
            current.append((token, tag.strip()))
    if current:
        sentences.append(current)
    return sentences


def gold_spans(sentence):
    """(first, last) token index pairs of the ORG spans; an I-ORG without B-ORG opens a span."""
    spans, start = [], None
    for i, (_, tag) in enumerate(sentence):
        if tag == "B-ORG" or (tag == "I-ORG" and start is None):
            if start is not None:
                spans.append((start, i - 1))
            start = i
        elif tag != "I-ORG":
            if start is not None:
                spans.append((start, i - 1))
            start = None
    if start is not None:
        spans.append((start, len(sentence) - 1))
    return spans


def token_byte_ranges(tokens):
    ranges, pos = [], 0
    for tok in tokens:
        n = len(tok.encode("utf-8"))
        ranges.append((pos, pos + n))
        pos += n + 1
    return ranges


def covered(ranges, begin, end):
    hit = [i for i, (b, e) in enumerate(ranges) if b < end and begin < e]
    return (hit[0], hit[-1]) if hit else None


def run_khabar(binary, texts):
    payload = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                      for i, t in enumerate(texts))
    proc = subprocess.run([binary, "extract", "--input", "jsonl"], input=payload.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True)
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[str(obj["id"])] = obj
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("khabar")
    ap.add_argument("gold", nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("--errors", type=int, default=0, help="print up to N false positives and N misses")
    ap.add_argument("--source", help="list only the false positives of this source (gazetteer, pattern, acronym)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--min-f1", type=float, default=None)
    args = ap.parse_args()
    if not os.path.exists(args.gold):
        print(f"skipped: {args.gold} not found")
        return 77
    sentences = read_sentences(args.gold)
    if args.limit:
        sentences = sentences[:args.limit]
    texts = [" ".join(t for t, _ in s) for s in sentences]
    results = run_khabar(args.khabar, texts)

    tp = fp = fn = 0
    overlap_tp = 0
    by_source = collections.defaultdict(lambda: [0, 0])  # source -> [correct, predicted]
    false_pos, misses = collections.Counter(), collections.Counter()
    examples = {}
    for i, s in enumerate(sentences):
        tokens = [t for t, _ in s]
        ranges = token_byte_ranges(tokens)
        gold = set(gold_spans(s))
        pred = set()
        pred_source = {}
        obj = results.get(str(i), {})
        if "error" in obj:
            print(f"sentence {i}: {obj['error']}", file=sys.stderr)
        for o in obj.get("organizations", []):
            span = covered(ranges, o["begin"], o["end"])
            if span:
                pred.add(span)
                pred_source[span] = o.get("source", "?")
                counts = by_source[o.get("source", "?")]
                counts[0] += span in gold
                counts[1] += 1
        tp += len(gold & pred)
        overlap_tp += sum(1 for a, b in gold if any(c <= b and a <= d for c, d in pred))
        for a, b in pred - gold:
            fp += 1
            if args.source and pred_source.get((a, b)) != args.source:
                continue
            key = " ".join(tokens[a:b + 1])
            false_pos[key] += 1
            examples.setdefault(("fp", key), texts[i])
        for a, b in gold - pred:
            fn += 1
            key = " ".join(tokens[a:b + 1])
            misses[key] += 1
            examples.setdefault(("fn", key), texts[i])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {len(sentences)}  gold ORG {tp + fn}  predicted {tp + fp}  correct {tp}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    print(f"gold spans overlapped by a prediction (lenient recall): "
          f"{overlap_tp / (tp + fn) if tp + fn else 0:.3f}")
    for source, (good, total) in sorted(by_source.items()):
        print(f"  source {source}: {total} predicted, precision {good / total:.3f}")
    if args.errors:
        print(f"\nfalse positives (top {args.errors}):")
        for key, n in false_pos.most_common(args.errors):
            print(f"  {n:3d}  {key}    | {examples[('fp', key)][:160]}")
        print(f"\nmisses (top {args.errors}):")
        for key, n in misses.most_common(args.errors):
            print(f"  {n:3d}  {key}    | {examples[('fn', key)][:160]}")
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"F1 {f1:.3f} is below {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
