#!/usr/bin/env python3
"""`khabar extract`: the JSON lines it writes (docs/json-schema.md), error lines, input order
with --threads, offsets of --input text across chunks, exit codes.

usage: extract_cli_test.py PATH/TO/khabar
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

KHABAR = None


def run(args, stdin=b""):
    return subprocess.run([KHABAR] + args, input=stdin, capture_output=True, timeout=300)


def lines(out):
    return [json.loads(l) for l in out.decode("utf-8").splitlines()]


class ExtractCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def test_document_shape_and_fact_fields(self):
        text = "وبلغت الصادرات نحو 340 مليار درهم في الرباط، بزيادة ٣٫٥٪، لـ193 دولة عضو."
        doc = {"id": "m1", "text": text}
        r = run(["extract", "--input", "jsonl"], (json.dumps(doc) + "\n").encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        [out] = lines(r.stdout)
        self.assertEqual(list(out), ["id", "dates", "numbers", "organizations"])
        self.assertEqual(out["id"], "m1")
        self.assertEqual(out["dates"], [])
        self.assertEqual(out["organizations"], [])
        raw = text.encode("utf-8")
        for n in out["numbers"]:
            self.assertEqual(raw[n["begin"]:n["end"]].decode("utf-8"), n["text"])
        money, percent, cardinal = out["numbers"]
        self.assertEqual((money["kind"], money["value"], money["currency"], money["qualifier"]),
                         ("money", 340000000000, "MAD", "approx"))
        self.assertIsInstance(money["value"], int, "integers are written without a decimal point")
        self.assertEqual((percent["kind"], percent["value"], percent["unit"]),
                         ("percent", 3.5, "percent"))
        self.assertEqual((cardinal["value"], cardinal["counted"]), (193, "دولة عضو"))
        self.assertNotIn("low", cardinal)
        self.assertIn(b'"value":340000000000,', r.stdout)

    def test_ranges_have_low_and_high(self):
        r = run(["extract", "--input", "lines"], "بين 10 و20 ألفا\n".encode())
        [n] = lines(r.stdout)[0]["numbers"]
        self.assertEqual((n["value"], n["low"], n["high"]), (10000, 10000, 20000))

    def test_malformed_lines_give_error_lines_and_the_run_goes_on(self):
        data = ('{"id":"a","text":"5 دول"}\nnot json\n{"id":[1],"text":"x"}\n{"text":5}\n'
                '{"id":7,"text":"x","reference_date":"2024-13-01"}\n{"text":"ثلاثة"}\n')
        path = self.write("in.jsonl", data)
        for threads in ("1", "3"):
            r = run(["extract", "--input", "jsonl", "--threads", threads, path])
            self.assertEqual(r.returncode, 1)
            out = lines(r.stdout)
            self.assertEqual([d["id"] for d in out], ["a", 2, 3, 4, 7, 6])
            self.assertEqual([("error" in d) for d in out], [False, True, True, True, True, False])
            self.assertTrue(out[1]["error"].startswith(path + ":2: invalid JSON"), out[1])
            self.assertIn(":5:", out[4]["error"])
            self.assertEqual(out[5]["numbers"][0]["value"], 3)

    def test_threads_keep_input_order_and_give_identical_output(self):
        docs = [{"id": i, "text": f"قتل {i} أشخاص وأصيب نحو {i * 3} آخرين خلال {i % 7 + 1} أيام"}
                for i in range(1, 400)]
        data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode()
        one = run(["extract", "--input", "jsonl"], data)
        four = run(["extract", "--input", "jsonl", "--threads", "4"], data)
        self.assertEqual(one.returncode, 0)
        self.assertEqual(one.stdout, four.stdout)
        self.assertEqual([d["id"] for d in lines(four.stdout)], list(range(1, 400)))

    def test_text_mode_offsets_count_from_the_start_of_the_file(self):
        para = "ارتفعت الأسعار بنسبة 4,5 في المائة خلال ثلاثة أشهر، وبلغت الخسائر 2.5 مليار دولار.\n"
        text = para * 20000  # well over one chunk of 1 MiB
        path = self.write("big.txt", text)
        r = run(["extract", path])
        self.assertEqual(r.returncode, 0)
        [doc] = lines(r.stdout)
        self.assertEqual(doc["id"], path)
        raw = text.encode("utf-8")
        self.assertEqual(len(doc["numbers"]), 3 * 20000)
        for n in doc["numbers"][::997]:
            self.assertEqual(raw[n["begin"]:n["end"]].decode("utf-8"), n["text"])
        # Workers get the chunks in batches; the writer joins them into the same one line.
        threaded = run(["extract", "--threads", "3", path])
        self.assertEqual(threaded.returncode, 0)
        self.assertEqual(threaded.stdout, r.stdout)

    def test_extractors_choose_which_arrays_are_filled(self):
        text = "أعلنت منظمة الصحة العالمية في 12 مارس 2024 وفاة 40 شخصا."
        everything = lines(self.ok_run(["extract"], text))[0]
        self.assertEqual([d["text"] for d in everything["dates"]], ["12 مارس 2024"])
        self.assertEqual([n["value"] for n in everything["numbers"]], [40])
        self.assertEqual([o["canonical"] for o in everything["organizations"]],
                         ["منظمة الصحة العالمية"])
        numbers = lines(self.ok_run(["extract", "--extractors", "numbers"], text))[0]
        self.assertEqual(list(numbers), ["id", "dates", "numbers", "organizations"])
        self.assertEqual((numbers["dates"], numbers["organizations"]), ([], []))
        # The day and year of a date are no numeric facts, with or without the date extractor.
        self.assertEqual(numbers["numbers"], everything["numbers"])
        both = lines(self.ok_run(["extract", "--extractors", "organizations,dates"], text))[0]
        self.assertEqual((both["dates"], both["numbers"], both["organizations"]),
                         (everything["dates"], [], everything["organizations"]))
        r = run(["extract", "--extractors", "numbers,people"], text.encode())
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"--extractors", r.stderr)

    def ok_run(self, args, text):
        r = run(args, text.encode("utf-8"))
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def test_empty_input_gives_one_empty_document(self):
        r = run(["extract"], b"")
        self.assertEqual(lines(r.stdout),
                         [{"id": "stdin", "dates": [], "numbers": [], "organizations": []}])

    def test_usage_errors(self):
        for args in (["--threads", "0"], ["--reference-date", "2024-02-30"],
                     ["--input", "csv"], ["--bogus"]):
            r = run(["extract"] + args, b"")
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr, args)
        r = run(["extract", "--reference-date", "2024-02-29"], "5 دول".encode())
        self.assertEqual(r.returncode, 0)
        r = run(["extract", os.path.join(self.dir.name, "missing.txt")])
        self.assertEqual(r.returncode, 3)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    KHABAR = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=1)
