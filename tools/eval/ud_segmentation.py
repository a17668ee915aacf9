#!/usr/bin/env python3
"""Measures khabar's clitic segmentation against a UD-style segmentation file.

Input: JSON lines {"text", "tokens": [{"form", "words", "space_after"}]} (e.g.
../shared/eval/ud-pud/dev.seg.jsonl). Scored: split points inside whitespace-delimited words,
as character offsets. A gold split point lies between two syntactic words of one orthographic
token, or between two orthographic tokens written without a space. khabar's split points are its
token boundaries and clitic-segment boundaries, except the boundary between the article ال and its
stem (UD keeps the article inside the word).

usage: ud_segmentation.py KHABAR_BINARY GOLD.jsonl [--errors N] [--min-f1 F]
With --min-f1 it exits 1 when F1 is lower (a regression guard for the tests), and 77 (skipped)
when GOLD.jsonl does not exist.
"""
import argparse
import collections
import json
import subprocess
import sys


def gold_points(sentence):
    """Split points (char offsets into text) inside whitespace words, and skipped spans."""
    text = sentence["text"]
    points, skipped = set(), []
    pos = 0
    for tok in sentence["tokens"]:
        form = tok["form"]
        start = text.find(form, pos)
        if start < 0:
            return None, None
        words = tok["words"]
        if len(words) > 1:
            offs, ok, p = [], True, 0
            for k, w in enumerate(words[:-1]):
                n = len(w)
                nxt = words[k + 1]
                p += n
                # ل + الأمم is written للأمم: the article's alef is not in the form.
                if nxt.startswith("ال") and form[p:p + 2] != "ال" and form[p:p + 1] == "ل":
                    pass
                offs.append(p)
            total = sum(len(w) for w in words)
            if total == len(form):
                points.update(start + o for o in offs)
            elif total == len(form) + 1 and len(words) >= 2 and any(
                    w.startswith("ال") for w in words[1:]):
                # One restored alef: boundaries after it shift left by one.
                shifted, seen_article = [], False
                p = 0
                for k, w in enumerate(words[:-1]):
                    p += len(w)
                    if w.startswith("ال") and k > 0 and not seen_article:
                        seen_article = True
                        p -= 1
                    shifted.append(p)
                if words[-1].startswith("ال") and not seen_article:
                    pass
                points.update(start + o for o in shifted if 0 < o < len(form))
            else:
                skipped.append((start, start + len(form)))
                ok = False
        end = start + len(form)
        if not tok.get("space_after", True) and end < len(text) and not text[end].isspace():
            points.add(end)
        pos = end
    return points, skipped


def predicted_points(result, text):
    data = text.encode("utf-8")
    # byte offset -> char offset
    char_at = {}
    c = 0
    for i in range(len(data) + 1):
        if i == len(data) or (data[i] & 0xC0) != 0x80:
            char_at[i] = c
            c += 1
    points = set()
    tokens = result["tokens"]
    for k, tok in enumerate(tokens):
        b, e = char_at[tok["begin"]], char_at[tok["end"]]
        if k + 1 < len(tokens) and tokens[k + 1]["begin"] == tok["end"]:
            points.add(e)
        if k > 0 and tokens[k - 1]["end"] == tok["begin"]:
            points.add(b)
        segs = tok.get("segments", [])
        for j in range(len(segs) - 1):
            left, right = segs[j], segs[j + 1]
            if left["role"] == "article" and right["role"] == "stem":
                continue
            points.add(char_at[left["end"]])
    return points


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("khabar")
    ap.add_argument("gold")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    ap.add_argument("--min-f1", type=float, default=None, help="fail when F1 is below this")
    args = ap.parse_args()
    import os
    if not os.path.exists(args.gold):
        print(f"skipped: {args.gold} not found")
        return 77 if args.min_f1 is not None else 2
    sentences = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    payload = "".join(json.dumps({"id": i, "text": s["text"]}, ensure_ascii=False) + "\n"
                      for i, s in enumerate(sentences))
    out = subprocess.run([args.khabar, "tokenize", "--input", "jsonl", "--format", "jsonl"],
                         input=payload.encode("utf-8"), capture_output=True, check=True)
    results = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    tp = fp = fn = 0
    misses, false_alarms = collections.Counter(), collections.Counter()
    skipped_words = 0
    for s, r in zip(sentences, results):
        gold, skipped = gold_points(s)
        if gold is None:
            continue
        pred = predicted_points(r, s["text"])
        def in_skipped(p):
            return any(a < p < b for a, b in skipped)
        skipped_words += len(skipped)
        pred = {p for p in pred if not in_skipped(p)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        text = s["text"]
        def word_at(p):
            a = p
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            b = p
            while b < len(text) and not text[b].isspace():
                b += 1
            return text[a:p] + "|" + text[p:b]
        for p in gold - pred:
            misses[word_at(p)] += 1
        for p in pred - gold:
            false_alarms[word_at(p)] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"sentences {len(sentences)}  split points: gold {tp + fn}, predicted {tp + fp}, "
          f"correct {tp}  (words with unalignable gold skipped: {skipped_words})")
    print(f"precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"FAIL: F1 {f1:.4f} is below {args.min_f1}")
        return 1
    if args.errors:
        print("\nmissed (gold split, khabar did not):")
        for w, n in misses.most_common(args.errors):
            print(f"  {n:4d}  {w}")
        print("\nfalse (khabar split, gold did not):")
        for w, n in false_alarms.most_common(args.errors):
            print(f"  {n:4d}  {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
