#!/usr/bin/env bash
# Peak memory of `khabar extract` as the input grows: builds JSONL inputs of about SMALL_MB and
# BIG_MB (default 24 and 1024) by repeating a news corpus with fresh ids, runs the extractor over
# each with THREADS workers, and prints wall time, peak resident size and line counts. Memory is
# flat when the two peaks are about the same. The inputs go to a temporary directory, removed at
# the end.
#
#   bench/cli_memory.sh build/release/tools/khabar/khabar [corpus.jsonl]
#   THREADS=2 BIG_MB=1024 bench/cli_memory.sh build/release/tools/khabar/khabar
set -euo pipefail

khabar=${1:?usage: bench/cli_memory.sh KHABAR [CORPUS.jsonl]}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${2:-$here/../../shared/corpus/news-sample.jsonl}
threads=${THREADS:-1}
small_mb=${SMALL_MB:-24}
big_mb=${BIG_MB:-1024}

if [ ! -r "$corpus" ]; then
  echo "cli_memory: no corpus at $corpus (pass one as the second argument)" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_input() {  # MB OUT: the corpus repeated to at least MB megabytes, ids made unique
  python3 - "$corpus" "$1" "$2" <<'EOF'
import json, sys
corpus, mb, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
written, copy = 0, 0
with open(out_path, "w", encoding="utf-8") as out:
    while written < mb * 1_000_000:
        for line in lines:
            doc = json.loads(line)
            doc["id"] = f"{doc.get('id', '')}#{copy}"
            s = json.dumps(doc, ensure_ascii=False) + "\n"
            out.write(s)
            written += len(s.encode("utf-8"))
            if written >= mb * 1_000_000:
                break
        copy += 1
EOF
}

for mb in "$small_mb" "$big_mb"; do
  input="$work/input-$mb.jsonl"
  make_input "$mb" "$input"
  lines_in=$(wc -l < "$input")
  bytes=$(wc -c < "$input")
  /usr/bin/time -f "%e %M" -o "$work/time" "$khabar" extract --input jsonl --threads "$threads" \
    "$input" > "$work/out.jsonl"
  read -r seconds peak_kb < "$work/time"
  lines_out=$(wc -l < "$work/out.jsonl")
  errors=$(grep -c ',"error":"' "$work/out.jsonl" || true)
  echo "input ${bytes} bytes, ${lines_in} lines, --threads ${threads}: ${seconds} s," \
       "peak RSS ${peak_kb} KB, ${lines_out} output lines, ${errors} error lines"
  rm -f "$input" "$work/out.jsonl"
done
