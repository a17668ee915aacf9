/* The C API from C11: real values for analyze, normalize and tokenize, every error path, and
 * many threads sharing one analyzer. Prints each failed check and exits 1 when any failed. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */

#include <khabar/khabar.h>
#include <khabar/version.hpp> /* plain macros: usable from C */

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures = 0;

#define CHECK(cond)                                                   \
  do {                                                                \
    if (!(cond)) {                                                    \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                     \
    }                                                                 \
  } while (0)

#define CHECK_STATUS(call, expected)                                                     \
  do {                                                                                   \
    const khabar_status got_ = (call);                                                   \
    if (got_ != (expected)) {                                                            \
      fprintf(stderr, "%s:%d: FAILED: %s returned %s, expected %s (message: %s)\n",      \
              __FILE__, __LINE__, #call, khabar_status_name(got_),                       \
              khabar_status_name(expected), khabar_last_error_message());                \
      ++failures;                                                                        \
    }                                                                                    \
  } while (0)

static int contains(const char* haystack, const char* needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

/* "وقّعت منظمة الصحة العالمية اتفاقية بقيمة 2.5 مليار دولار في 24 ديسمبر 2024." */
static const char kArticle[] =
    "\xd9\x88\xd9\x82\xd9\x91\xd8\xb9\xd8\xaa \xd9\x85\xd9\x86\xd8\xb8\xd9\x85\xd8\xa9 "
    "\xd8\xa7\xd9\x84\xd8\xb5\xd8\xad\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85"
    "\xd9\x8a\xd8\xa9 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\xd9\x8a\xd8\xa9 \xd8\xa8\xd9\x82"
    "\xd9\x8a\xd9\x85\xd8\xa9 2.5 \xd9\x85\xd9\x84\xd9\x8a\xd8\xa7\xd8\xb1 \xd8\xaf\xd9\x88\xd9"
    "\x84\xd8\xa7\xd8\xb1 \xd9\x81\xd9\x8a 24 \xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1 "
    "2024.";

static void test_version(void) {
  const char* v = khabar_version();
  CHECK(v != NULL && v[0] != '\0');
  CHECK(strcmp(v, KHABAR_VERSION_STRING) == 0);
  CHECK(strcmp(khabar_status_name(KHABAR_ERR_DATA), "KHABAR_ERR_DATA") == 0);
  CHECK(strcmp(khabar_status_name(99), "unknown") == 0);
}

static void test_analyze(khabar_analyzer* analyzer) {
  char* json = NULL;
  size_t len = 0;
  CHECK_STATUS(khabar_analyze(analyzer, kArticle, strlen(kArticle), NULL, &json, &len), KHABAR_OK);
  CHECK(json != NULL && strlen(json) == len);
  CHECK(strcmp(khabar_last_error_message(), "") == 0);
  CHECK(contains(json, "{\"dates\":[{\"text\":\"24 \xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1"
                       " 2024\",\"begin\":107,\"end\":127,\"value\":\"2024-12-24\",\"grain\":\"day\""));
  CHECK(contains(json, "\"begin\":76,\"end\":101,\"kind\":\"money\",\"value\":2500000000,"
                       "\"currency\":\"USD\""));
  CHECK(contains(json, "\"acronym\":\"WHO\""));
  CHECK(json != NULL && json[len - 1] == '}');
  khabar_free(json);

  /* Options: an id, one extractor, a reference date resolving أمس ("yesterday"). */
  khabar_options opts;
  khabar_options_init(&opts);
  CHECK(opts.struct_size == sizeof opts && opts.extractors == KHABAR_EXTRACT_ALL);
  opts.id = "doc-\"1\"";
  opts.reference_year = 2024;
  opts.reference_month = 12;
  opts.reference_day = 24;
  opts.extractors = KHABAR_EXTRACT_DATES;
  const char* yesterday = "\xd9\x88\xd8\xb5\xd9\x84 \xd8\xa3\xd9\x85\xd8\xb3 193 "
                          "\xd8\xaf\xd9\x88\xd9\x84\xd8\xa9"; /* وصل أمس 193 دولة */
  CHECK_STATUS(khabar_analyze(analyzer, yesterday, strlen(yesterday), &opts, &json, &len),
               KHABAR_OK);
  CHECK(contains(json, "{\"id\":\"doc-\\\"1\\\"\",\"dates\":[{\"text\":\"\xd8\xa3\xd9\x85\xd8\xb3\""));
  CHECK(contains(json, "\"value\":\"2024-12-23\""));
  CHECK(contains(json, "\"numbers\":[],\"organizations\":[]}"));
  khabar_free(json);

  /* An older caller's smaller struct: fields past struct_size take their defaults. */
  opts.struct_size = offsetof(khabar_options, extractors);
  CHECK_STATUS(khabar_analyze(analyzer, yesterday, strlen(yesterday), &opts, &json, &len),
               KHABAR_OK);
  CHECK(contains(json, "{\"dates\":[") && contains(json, "\"value\":193"));
  khabar_free(json);

  /* Empty input, NULL text with length 0. */
  CHECK_STATUS(khabar_analyze(analyzer, NULL, 0, NULL, &json, &len), KHABAR_OK);
  CHECK(json != NULL && strcmp(json, "{\"dates\":[],\"numbers\":[],\"organizations\":[]}") == 0);
  CHECK(len == strlen("{\"dates\":[],\"numbers\":[],\"organizations\":[]}"));
  khabar_free(json);

  /* Ill-formed UTF-8 and NUL bytes are analysed, not rejected; JSON stays valid UTF-8. */
  const char bad[] = "\xff\xfe 12 \xd8 \0 \xed\xa0\x80 %";
  CHECK_STATUS(khabar_analyze(analyzer, bad, sizeof bad - 1, NULL, &json, &len), KHABAR_OK);
  CHECK(contains(json, "\"value\":12"));
  khabar_free(json);
}

static void test_normalize(void) {
  char* out = NULL;
  size_t len = 0;
  /* الإتفاقيّة → الاتفاقيه (search) */
  const char* word = "\xd8\xa7\xd9\x84\xd8\xa5\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\xd9\x8a\xd9\x91"
                     "\xd8\xa9";
  CHECK_STATUS(khabar_normalize(word, strlen(word), KHABAR_PRESET_SEARCH, &out, &len), KHABAR_OK);
  CHECK(len == 18 && out != NULL &&
        memcmp(out, "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\xd9\x8a\xd9\x87",
               18) == 0 &&
        out[18] == '\0');
  khabar_free(out);
  /* Display keeps hamza and shadda but drops tatweel: كتـــاب → كتاب, إ kept. */
  const char* tatweel = "\xd9\x83\xd8\xaa\xd9\x80\xd9\x80\xd9\x80\xd8\xa7\xd8\xa8 \xd8\xa5";
  CHECK_STATUS(khabar_normalize(tatweel, strlen(tatweel), KHABAR_PRESET_DISPLAY, &out, &len),
               KHABAR_OK);
  CHECK(len == 11 && memcmp(out, "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8 \xd8\xa5", 11) == 0);
  khabar_free(out);
  /* Digits, and a NUL byte that stays in the output (hence the length). */
  const char digits[] = "\xd9\xa3\xd9\xab\xd9\xa5\0x";
  CHECK_STATUS(khabar_normalize(digits, sizeof digits - 1, KHABAR_PRESET_SEARCH, &out, &len),
               KHABAR_OK);
  CHECK(len == 5 && memcmp(out, "3.5\0x", 5) == 0);
  khabar_free(out);
  /* An ill-formed byte becomes U+FFFD. */
  CHECK_STATUS(khabar_normalize("a\xff", 2, KHABAR_PRESET_SEARCH, &out, &len), KHABAR_OK);
  CHECK(len == 4 && memcmp(out, "a\xef\xbf\xbd", 4) == 0);
  khabar_free(out);
}

static void test_tokenize(khabar_analyzer* analyzer) {
  char* json = NULL;
  size_t len = 0;
  /* وللأمم OMSAC */
  const char* text = "\xd9\x88\xd9\x84\xd9\x84\xd8\xa3\xd9\x85\xd9\x85 OMSAC.";
  CHECK_STATUS(khabar_tokenize(analyzer, text, strlen(text), 0, &json, &len), KHABAR_OK);
  CHECK(contains(json, "{\"tokens\":[{\"text\":\"\xd9\x88\xd9\x84\xd9\x84\xd8\xa3\xd9\x85\xd9\x85"
                       "\",\"begin\":0,\"end\":12,\"kind\":\"arabic\",\"normalized\":\""
                       "\xd9\x88\xd9\x84\xd9\x84\xd8\xa7\xd9\x85\xd9\x85\",\"segments\":["
                       "{\"text\":\"\xd9\x88\",\"begin\":0,\"end\":2,\"role\":\"conjunction\"}"));
  CHECK(contains(json, "{\"text\":\"OMSAC\",\"begin\":13,\"end\":18,\"kind\":\"latin\","
                       "\"normalized\":\"omsac\"}"));
  CHECK(contains(json, "\"sentences\":[{\"begin\":0,\"end\":19}]}"));
  khabar_free(json);
  CHECK_STATUS(khabar_tokenize(analyzer, text, strlen(text), KHABAR_TOKENIZE_NO_CLITICS, &json,
                               &len), KHABAR_OK);
  CHECK(json != NULL && !contains(json, "segments"));
  khabar_free(json);
  CHECK_STATUS(khabar_tokenize(analyzer, "\xff", 1, 0, &json, &len), KHABAR_OK);
  CHECK(contains(json, "\"text\":\"\\ufffd\""));
  khabar_free(json);
}

static void test_errors(khabar_analyzer* analyzer) {
  char* out = (char*)"untouched";
  size_t len = 42;
  CHECK_STATUS(khabar_analyzer_new(NULL), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(strlen(khabar_last_error_message()) > 0);
  CHECK_STATUS(khabar_analyze(NULL, "x", 1, NULL, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(out == NULL && len == 0);
  CHECK(contains(khabar_last_error_message(), "analyzer"));
  CHECK_STATUS(khabar_analyze(analyzer, "x", 1, NULL, NULL, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_analyze(analyzer, NULL, 3, NULL, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_analyze(analyzer, "x", SIZE_MAX, NULL, &out, &len),
               KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_tokenize(NULL, "x", 1, 0, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_tokenize(analyzer, "x", 1, 0, NULL, NULL), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_tokenize(analyzer, "x", 1, 0x80, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_normalize(NULL, 1, KHABAR_PRESET_SEARCH, &out, &len),
               KHABAR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(khabar_normalize("x", 1, 7, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(contains(khabar_last_error_message(), "preset"));
  CHECK_STATUS(khabar_normalize("x", 1, KHABAR_PRESET_SEARCH, NULL, &len),
               KHABAR_ERR_INVALID_ARGUMENT);

  khabar_options opts;
  khabar_options_init(&opts);
  opts.reference_year = 2023;
  opts.reference_month = 2;
  opts.reference_day = 29; /* not a leap year */
  CHECK_STATUS(khabar_analyze(analyzer, "x", 1, &opts, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(contains(khabar_last_error_message(), "2023-2-29"));
  khabar_options_init(&opts);
  opts.extractors = 1u << 5;
  CHECK_STATUS(khabar_analyze(analyzer, "x", 1, &opts, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  khabar_options_init(&opts);
  opts.struct_size = 0;
  CHECK_STATUS(khabar_analyze(analyzer, "x", 1, &opts, &out, &len), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(contains(khabar_last_error_message(), "struct_size"));

  khabar_analyzer* h = (khabar_analyzer*)&opts;
  CHECK_STATUS(khabar_analyzer_new_from_dir(NULL, 0, &h), KHABAR_ERR_INVALID_ARGUMENT);
  CHECK(h == NULL);
  CHECK_STATUS(khabar_analyzer_new_from_dir("/nonexistent/khabar-data", 0, &h), KHABAR_ERR_DATA);
  CHECK(h == NULL && contains(khabar_last_error_message(), "/nonexistent/khabar-data"));

  khabar_analyzer_free(NULL);
  khabar_free(NULL);
  khabar_options_init(NULL);
}

static int write_file(const char* path, const char* content) {
  FILE* f = fopen(path, "w");
  if (f == NULL) return 0;
  const int ok = fputs(content, f) >= 0;
  return fclose(f) == 0 && ok;
}

/* Lexicons from a directory: a valid extension is used, a malformed line names file and line. */
static void test_data_dir(void) {
  char dir[] = "/tmp/khabar-capi-XXXXXX";
  char sub[64], file[96];
  CHECK(mkdtemp(dir) != NULL);
  snprintf(sub, sizeof sub, "%s/organizations", dir);
  snprintf(file, sizeof file, "%s/international.tsv", sub);
  CHECK(mkdir(sub, 0700) == 0);
  /* رابطة زمرد للاختبار, ZMTL */
  CHECK(write_file(file,
                   "id\tcanonical\taliases\tacronyms\ttype\tcountry\n"
                   "test-capi\t\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb7\xd8\xa9 \xd8\xb2\xd9\x85\xd8\xb1"
                   "\xd8\xaf \xd9\x84\xd9\x84\xd8\xa7\xd8\xae\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xb1\t"
                   "Zumurrud Test League\tZMTL\tun_body\tINT\n"));
  khabar_analyzer* extended = NULL;
  CHECK_STATUS(khabar_analyzer_new_from_dir(dir, KHABAR_LOAD_EXTEND, &extended), KHABAR_OK);
  char* json = NULL;
  size_t len = 0;
  const char* text = "\xd9\x82\xd8\xa7\xd9\x84\xd8\xaa \xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb7\xd8\xa9 "
                     "\xd8\xb2\xd9\x85\xd8\xb1\xd8\xaf \xd9\x84\xd9\x84\xd8\xa7\xd8\xae\xd8\xaa"
                     "\xd8\xa8\xd8\xa7\xd8\xb1 (ZMTL)";
  if (extended != NULL) {
    CHECK_STATUS(khabar_analyze(extended, text, strlen(text), NULL, &json, &len), KHABAR_OK);
    CHECK(contains(json, "\"begin\":9,\"end\":45,") && contains(json, "\"id\":\"test-capi\""));
    CHECK(contains(json, "{\"text\":\"ZMTL\",\"begin\":47,\"end\":51,"));
    khabar_free(json);
    khabar_analyzer_free(extended);
  }
  /* The embedded data alone does not know it. */
  khabar_analyzer* plain = NULL;
  CHECK_STATUS(khabar_analyzer_new(&plain), KHABAR_OK);
  CHECK_STATUS(khabar_analyze(plain, text, strlen(text), NULL, &json, &len), KHABAR_OK);
  CHECK(json != NULL && !contains(json, "test-capi"));
  khabar_free(json);
  khabar_analyzer_free(plain);

  CHECK(write_file(file, "id\tcanonical\taliases\tacronyms\ttype\tcountry\ntest-capi\tx\n"));
  khabar_analyzer* bad = (khabar_analyzer*)&len;
  CHECK_STATUS(khabar_analyzer_new_from_dir(dir, KHABAR_LOAD_REPLACE, &bad), KHABAR_ERR_DATA);
  CHECK(bad == NULL);
  CHECK(contains(khabar_last_error_message(), "international.tsv:2: expected 6"));
  unlink(file);
  rmdir(sub);
  rmdir(dir);
}

/* Many threads share one handle: every output equals the single-threaded one. */
enum { kThreads = 8, kRounds = 40 };
struct thread_arg {
  const khabar_analyzer* analyzer;
  const char* expected;
  size_t expected_len;
  int mismatches;
};

static void* worker(void* p) {
  struct thread_arg* arg = (struct thread_arg*)p;
  for (int i = 0; i < kRounds; ++i) {
    char* json = NULL;
    size_t len = 0;
    if (khabar_analyze(arg->analyzer, kArticle, strlen(kArticle), NULL, &json, &len) != KHABAR_OK ||
        len != arg->expected_len || memcmp(json, arg->expected, len) != 0) {
      ++arg->mismatches;
    }
    khabar_free(json);
    char* normalized = NULL;
    if (khabar_normalize(kArticle, strlen(kArticle), i % 2, &normalized, &len) != KHABAR_OK) {
      ++arg->mismatches;
    }
    khabar_free(normalized);
    if (khabar_analyze(NULL, "x", 1, NULL, &json, &len) != KHABAR_ERR_INVALID_ARGUMENT ||
        !contains(khabar_last_error_message(), "analyzer")) {
      ++arg->mismatches; /* the message is per thread */
    }
  }
  return NULL;
}

static void test_threads(const khabar_analyzer* analyzer) {
  char* expected = NULL;
  size_t expected_len = 0;
  CHECK_STATUS(khabar_analyze(analyzer, kArticle, strlen(kArticle), NULL, &expected,
                              &expected_len), KHABAR_OK);
  pthread_t threads[kThreads];
  struct thread_arg args[kThreads];
  for (int i = 0; i < kThreads; ++i) {
    args[i].analyzer = analyzer;
    args[i].expected = expected;
    args[i].expected_len = expected_len;
    args[i].mismatches = 0;
    CHECK(pthread_create(&threads[i], NULL, worker, &args[i]) == 0);
  }
  for (int i = 0; i < kThreads; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(args[i].mismatches == 0);
  }
  /* This thread's message was not touched by the others. */
  CHECK(strcmp(khabar_last_error_message(), "") == 0);
  khabar_free(expected);
}

int main(void) {
  test_version();
  khabar_analyzer* analyzer = NULL;
  CHECK_STATUS(khabar_analyzer_new(&analyzer), KHABAR_OK);
  if (analyzer == NULL) return 1;
  test_analyze(analyzer);
  test_normalize();
  test_tokenize(analyzer);
  test_errors(analyzer);
  test_data_dir();
  test_threads(analyzer);
  khabar_analyzer_free(analyzer);
  if (failures != 0) {
    fprintf(stderr, "capi_test: %d check(s) failed\n", failures);
    return 1;
  }
  printf("capi_test: OK (khabar %s)\n", khabar_version());
  return 0;
}
