#!/usr/bin/env python3
"""The C API through Python's standard ctypes, on the shared libkhabar.

usage: capi_ctypes_test.py LIBKHABAR_SO [--cli KHABAR] [--symbols NM]

With --cli, khabar_analyze and khabar_tokenize must give exactly what `khabar extract` and
`khabar tokenize --format jsonl` print for the same documents. With --symbols, only the symbol
check runs: the library exports the khabar_* C functions and namespace khabar, nothing else.
"""
import argparse
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

ARGS = None
LIB = None

KHABAR_OK = 0
KHABAR_ERR_INVALID_ARGUMENT = 1
KHABAR_ERR_DATA = 2

ARTICLE = "وقّعت منظمة الصحة العالمية اتفاقية بقيمة 2.5 مليار دولار في 24 ديسمبر 2024."


class Options(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("reference_year", ctypes.c_int),
        ("reference_month", ctypes.c_int),
        ("reference_day", ctypes.c_int),
        ("extractors", ctypes.c_uint),
        ("id", ctypes.c_char_p),
    ]


def load(path):
    lib = ctypes.CDLL(path)
    out = ctypes.POINTER(ctypes.c_void_p)
    size = ctypes.POINTER(ctypes.c_size_t)
    lib.khabar_version.restype = ctypes.c_char_p
    lib.khabar_version.argtypes = []
    lib.khabar_last_error_message.restype = ctypes.c_char_p
    lib.khabar_last_error_message.argtypes = []
    lib.khabar_status_name.restype = ctypes.c_char_p
    lib.khabar_status_name.argtypes = [ctypes.c_int]
    lib.khabar_free.restype = None
    lib.khabar_free.argtypes = [ctypes.c_void_p]
    lib.khabar_analyzer_new.restype = ctypes.c_int
    lib.khabar_analyzer_new.argtypes = [out]
    lib.khabar_analyzer_new_from_dir.restype = ctypes.c_int
    lib.khabar_analyzer_new_from_dir.argtypes = [ctypes.c_char_p, ctypes.c_int, out]
    lib.khabar_analyzer_free.restype = None
    lib.khabar_analyzer_free.argtypes = [ctypes.c_void_p]
    lib.khabar_options_init.restype = None
    lib.khabar_options_init.argtypes = [ctypes.POINTER(Options)]
    lib.khabar_analyze.restype = ctypes.c_int
    lib.khabar_analyze.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                   ctypes.POINTER(Options), out, size]
    lib.khabar_normalize.restype = ctypes.c_int
    lib.khabar_normalize.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, out, size]
    lib.khabar_tokenize.restype = ctypes.c_int
    lib.khabar_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                    ctypes.c_uint, out, size]
    return lib


def take(buffer, length):
    """Copies a library-allocated buffer into bytes and frees it."""
    try:
        return ctypes.string_at(buffer, length.value)
    finally:
        LIB.khabar_free(buffer)


class Analyzer:
    def __init__(self, data_dir=None, extend=False):
        self.handle = ctypes.c_void_p()
        if data_dir is None:
            status = LIB.khabar_analyzer_new(ctypes.byref(self.handle))
        else:
            status = LIB.khabar_analyzer_new_from_dir(os.fsencode(data_dir), int(extend),
                                                      ctypes.byref(self.handle))
        if status != KHABAR_OK:
            raise RuntimeError(LIB.khabar_last_error_message().decode())

    def close(self):
        LIB.khabar_analyzer_free(self.handle)
        self.handle = ctypes.c_void_p()

    def analyze_raw(self, data, options=None):
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        status = LIB.khabar_analyze(self.handle, data, len(data),
                                    ctypes.byref(options) if options is not None else None,
                                    ctypes.byref(out), ctypes.byref(length))
        if status != KHABAR_OK:
            self.assert_null(out, length)
            return status, None
        return status, take(out, length)

    def analyze(self, text, **fields):
        options = None
        if fields:
            options = Options()
            LIB.khabar_options_init(ctypes.byref(options))
            for k, v in fields.items():
                setattr(options, k, v)
        status, data = self.analyze_raw(text.encode(), options)
        assert status == KHABAR_OK, LIB.khabar_last_error_message()
        return data.decode()

    def tokenize(self, data, flags=0):
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        status = LIB.khabar_tokenize(self.handle, data, len(data), flags, ctypes.byref(out),
                                     ctypes.byref(length))
        assert status == KHABAR_OK, LIB.khabar_last_error_message()
        return take(out, length).decode()

    @staticmethod
    def assert_null(out, length):
        assert out.value is None and length.value == 0


def normalize(data, preset):
    out, length = ctypes.c_void_p(), ctypes.c_size_t()
    status = LIB.khabar_normalize(data, len(data), preset, ctypes.byref(out), ctypes.byref(length))
    if status != KHABAR_OK:
        return status, None
    return status, take(out, length)


class CApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.analyzer = Analyzer()

    @classmethod
    def tearDownClass(cls):
        cls.analyzer.close()

    def test_version(self):
        version = LIB.khabar_version().decode()
        self.assertRegex(version, r"^\d+\.\d+\.\d+$")
        if ARGS.cli:
            cli = subprocess.run([ARGS.cli, "--version"], capture_output=True, text=True, check=True)
            self.assertEqual(cli.stdout.strip(), "khabar " + version)

    def test_analyze_values(self):
        doc = json.loads(self.analyzer.analyze(ARTICLE))
        self.assertEqual(list(doc), ["dates", "numbers", "organizations"])
        raw = ARTICLE.encode()
        date = doc["dates"][0]
        self.assertEqual((date["value"], date["grain"], date["begin"], date["end"]),
                         ("2024-12-24", "day", 107, 127))
        self.assertEqual(raw[date["begin"]:date["end"]].decode(), "24 ديسمبر 2024")
        money = doc["numbers"][0]
        self.assertEqual((money["kind"], money["value"], money["currency"], money["text"]),
                         ("money", 2500000000, "USD", "2.5 مليار دولار"))
        self.assertEqual(doc["organizations"][0]["acronym"], "WHO")

    def test_options(self):
        text = "وصل أمس 193 دولة"
        doc = json.loads(self.analyzer.analyze(text, reference_year=2024, reference_month=3,
                                               reference_day=1, id=b"a\"b"))
        self.assertEqual(list(doc)[0], "id")
        self.assertEqual(doc["id"], 'a"b')
        self.assertEqual(doc["dates"][0]["value"], "2024-02-29")
        self.assertEqual(doc["numbers"][0]["value"], 193)
        only_numbers = json.loads(self.analyzer.analyze(text, extractors=2))
        self.assertEqual((only_numbers["dates"], len(only_numbers["numbers"])), ([], 1))

    def test_invalid_utf8_is_analysed(self):
        status, data = self.analyzer.analyze_raw(b"\xff\xc0\x80 \x00 12 \xed\xa0\x80")
        self.assertEqual(status, KHABAR_OK)
        json.loads(data.decode("utf-8"))  # valid UTF-8 JSON whatever the input
        tokens = json.loads(self.analyzer.tokenize(b"\xff ab"))
        self.assertEqual(tokens["tokens"][0]["text"], "\ufffd")
        self.assertEqual(tokens["tokens"][1], {"text": "ab", "begin": 2, "end": 4, "kind": "latin",
                                               "normalized": "ab"})

    def test_normalize(self):
        self.assertEqual(normalize("الإتفاقيّة".encode(), 1), (KHABAR_OK, "الاتفاقيه".encode()))
        self.assertEqual(normalize("كتـــاب ٣٫٥".encode(), 0), (KHABAR_OK, "كتاب ٣٫٥".encode()))
        self.assertEqual(normalize("٣٫٥\x00OMSAC".encode(), 1), (KHABAR_OK, b"3.5\x00omsac"))
        self.assertEqual(normalize(b"", 1), (KHABAR_OK, b""))
        self.assertEqual(normalize(b"x", 2)[0], KHABAR_ERR_INVALID_ARGUMENT)

    def test_tokenize(self):
        tokens = json.loads(self.analyzer.tokenize("وللأمم OMSAC.".encode()))
        first = tokens["tokens"][0]
        self.assertEqual((first["text"], first["begin"], first["end"], first["normalized"]),
                         ("وللأمم", 0, 12, "وللامم"))
        self.assertEqual([s["role"] for s in first["segments"]],
                         ["conjunction", "preposition", "article", "stem"])
        self.assertEqual(tokens["tokens"][1]["kind"], "latin")
        self.assertEqual(tokens["sentences"], [{"begin": 0, "end": 19}])
        plain = json.loads(self.analyzer.tokenize("وللأمم".encode(), flags=1))
        self.assertNotIn("segments", plain["tokens"][0])

    def test_errors(self):
        out, length = ctypes.c_void_p(), ctypes.c_size_t()
        self.assertEqual(LIB.khabar_analyze(None, b"x", 1, None, ctypes.byref(out),
                                            ctypes.byref(length)), KHABAR_ERR_INVALID_ARGUMENT)
        self.assertIn(b"analyzer", LIB.khabar_last_error_message())
        self.assertEqual(LIB.khabar_status_name(KHABAR_ERR_INVALID_ARGUMENT),
                         b"KHABAR_ERR_INVALID_ARGUMENT")
        self.assertEqual(LIB.khabar_analyze(self.analyzer.handle, None, 5, None, ctypes.byref(out),
                                            ctypes.byref(length)), KHABAR_ERR_INVALID_ARGUMENT)
        self.assertEqual(LIB.khabar_analyze(self.analyzer.handle, b"x", 1, None, None, None),
                         KHABAR_ERR_INVALID_ARGUMENT)
        self.assertEqual(LIB.khabar_tokenize(None, b"x", 1, 0, ctypes.byref(out),
                                             ctypes.byref(length)), KHABAR_ERR_INVALID_ARGUMENT)
        self.assertEqual(LIB.khabar_analyzer_new(None), KHABAR_ERR_INVALID_ARGUMENT)
        options = Options()
        LIB.khabar_options_init(ctypes.byref(options))
        options.reference_month = 13
        options.reference_year = 2024
        options.reference_day = 1
        self.assertEqual(self.analyzer.analyze_raw(b"x", options)[0], KHABAR_ERR_INVALID_ARGUMENT)
        self.assertIn(b"reference date", LIB.khabar_last_error_message())
        # A success clears the message.
        self.analyzer.analyze("x")
        self.assertEqual(LIB.khabar_last_error_message(), b"")

    def test_data_dir(self):
        handle = ctypes.c_void_p()
        self.assertEqual(LIB.khabar_analyzer_new_from_dir(b"/nonexistent/dir", 0,
                                                          ctypes.byref(handle)), KHABAR_ERR_DATA)
        self.assertIsNone(handle.value)
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "organizations"))
            path = os.path.join(tmp, "organizations", "international.tsv")
            header = "id\tcanonical\taliases\tacronyms\ttype\tcountry\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(header + "test-capi\tرابطة زمرد للاختبار\tZumurrud Test League\tZMTL"
                        "\tun_body\tINT\n")
            extended = Analyzer(tmp, extend=True)
            try:
                orgs = json.loads(extended.analyze("قالت رابطة زمرد للاختبار (ZMTL)"))["organizations"]
                self.assertEqual([(o["id"], o["begin"], o["end"]) for o in orgs],
                                 [("test-capi", 9, 45), ("test-capi", 47, 51)])
            finally:
                extended.close()
            with open(path, "w", encoding="utf-8") as f:
                f.write(header + "test-capi\tx\n")
            self.assertEqual(LIB.khabar_analyzer_new_from_dir(os.fsencode(tmp), 0,
                                                              ctypes.byref(handle)), KHABAR_ERR_DATA)
            message = LIB.khabar_last_error_message().decode()
            self.assertIn(path + ":2: expected 6", message)

    def test_threads_share_one_handle(self):
        expected = self.analyzer.analyze(ARTICLE)
        results, errors = [], []

        def work():
            try:
                for _ in range(20):  # ctypes releases the GIL during the call
                    results.append(self.analyzer.analyze(ARTICLE))
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 120)
        self.assertTrue(all(r == expected for r in results))

    def test_same_json_as_the_cli(self):
        if not ARGS.cli:
            self.skipTest("no --cli")
        docs = [ARTICLE, "وصل أمس 193 دولة في 15 رمضان 1445 هـ", "", "نحو 3 ملايين نسمة"]
        lines = "".join(json.dumps({"id": i, "text": t, "reference_date": "2024-12-24"},
                                   ensure_ascii=False) + "\n" for i, t in enumerate(docs))
        extract = subprocess.run([ARGS.cli, "extract", "--input", "jsonl"], input=lines,
                                 capture_output=True, text=True, check=True).stdout.splitlines()
        tokenize = subprocess.run([ARGS.cli, "tokenize", "--input", "jsonl", "--format", "jsonl"],
                                  input=lines, capture_output=True, text=True,
                                  check=True).stdout.splitlines()
        for i, text in enumerate(docs):
            mine = self.analyzer.analyze(text, reference_year=2024, reference_month=12,
                                         reference_day=24, id=str(i).encode())
            # The CLI writes a numeric id as a number; the C API writes a string.
            self.assertEqual(mine.replace('"id":"%d"' % i, '"id":%d' % i, 1), extract[i])
            self.assertEqual('{"id":%d,' % i + self.analyzer.tokenize(text.encode())[1:],
                             tokenize[i])


def check_symbols(lib_path, nm):
    out = subprocess.run([nm, "-D", "--defined-only", lib_path], capture_output=True, text=True,
                         check=True).stdout
    names = [line.split()[-1] for line in out.splitlines() if line.strip()]
    c_api = sorted(n for n in names if n.startswith("khabar_"))
    expected = ["khabar_analyze", "khabar_analyzer_free", "khabar_analyzer_new",
                "khabar_analyzer_new_from_dir", "khabar_free", "khabar_last_error_message",
                "khabar_normalize", "khabar_options_init", "khabar_status_name",
                "khabar_tokenize", "khabar_version"]
    assert c_api == expected, c_api
    prefixes = ("_ZN6khabar", "_ZNK6khabar", "_ZTIN6khabar", "_ZTSN6khabar", "_ZTVN6khabar")
    other = [n for n in names if not n.startswith("khabar_") and not n.startswith(prefixes)]
    assert other == [], "unexpected exported symbols: %s" % other[:20]
    cpp = [n for n in names if n.startswith(prefixes)]
    assert any(n.startswith("_ZN6khabar8Analyzer") for n in cpp), "no khabar::Analyzer"
    readelf = subprocess.run(["readelf", "-d", lib_path], capture_output=True, text=True)
    if readelf.returncode == 0:
        assert "Library soname: [libkhabar.so." in readelf.stdout, readelf.stdout
    print("exported: %d C functions, %d C++ symbols of namespace khabar, nothing else"
          % (len(c_api), len(cpp)))


def main():
    global ARGS, LIB
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("--cli")
    parser.add_argument("--symbols", metavar="NM")
    ARGS, rest = parser.parse_known_args()
    if ARGS.symbols:
        check_symbols(ARGS.library, ARGS.symbols)
        return 0
    LIB = load(ARGS.library)
    program = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
