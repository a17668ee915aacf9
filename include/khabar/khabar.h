/* khabar C API: analysis of Arabic press text from C11 and through any FFI.
 *
 *   khabar_analyzer* analyzer = NULL;
 *   if (khabar_analyzer_new(&analyzer) != KHABAR_OK) { puts(khabar_last_error_message()); }
 *   khabar_options opts;
 *   khabar_options_init(&opts);
 *   opts.reference_year = 2024; opts.reference_month = 12; opts.reference_day = 24;
 *   char* json = NULL;
 *   size_t json_len = 0;
 *   if (khabar_analyze(analyzer, text, strlen(text), &opts, &json, &json_len) == KHABAR_OK) {
 *     fwrite(json, 1, json_len, stdout);  // {"dates":[…],"numbers":[…],"organizations":[…]}
 *     khabar_free(json);
 *   }
 *   khabar_analyzer_free(analyzer);
 *
 * docs/c-api.md is the reference. The rules, in short:
 * - Every function that can fail returns a khabar_status; KHABAR_OK (0) is success. After any
 *   call, khabar_last_error_message() (per thread) says why the last call on this thread failed.
 * - Strings are UTF-8 byte buffers with an explicit length (they need no NUL terminator and may
 *   contain NUL bytes). Ill-formed UTF-8 is analysed, not rejected (bad bytes count as U+FFFD).
 * - Output buffers are allocated by the library with malloc, NUL-terminated, and freed with
 *   khabar_free(). On failure *out is set to NULL and *out_len to 0.
 * - Offsets in the JSON are byte offsets into the input buffer.
 * - A khabar_analyzer is immutable: share one handle across threads, free it once, after every
 *   call using it has returned.
 * - No function throws, aborts or crashes on any input; NULL where a pointer is required gives
 *   KHABAR_ERR_INVALID_ARGUMENT.
 */
#ifndef KHABAR_KHABAR_H_
#define KHABAR_KHABAR_H_

#include <stddef.h>

#include "khabar/export.hpp" /* plain preprocessor macros, valid C */

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes ------------------------------------------------------------------------ */

typedef enum khabar_status {
  KHABAR_OK = 0,
  KHABAR_ERR_INVALID_ARGUMENT = 1, /* NULL pointer, bad option value, input too long */
  KHABAR_ERR_DATA = 2,             /* unreadable data directory, malformed lexicon file */
  KHABAR_ERR_OUT_OF_MEMORY = 3,
  KHABAR_ERR_INTERNAL = 4          /* a bug in khabar: please report the message */
} khabar_status;

/* The message of the last call made on the calling thread: "" after a success, else the reason
 * (for data errors "file:line: reason"). The pointer stays valid until the next khabar call on
 * the same thread. Never NULL. */
KHABAR_EXPORT const char* khabar_last_error_message(void);

/* A static name for a status: "KHABAR_OK", "KHABAR_ERR_DATA", …; "unknown" for other values. */
KHABAR_EXPORT const char* khabar_status_name(int status);

/* The library's version, e.g. "0.1.0" (static storage, never NULL). */
KHABAR_EXPORT const char* khabar_version(void);

/* Frees a buffer returned by khabar_analyze, khabar_normalize or khabar_tokenize. NULL is a
 * no-op. */
KHABAR_EXPORT void khabar_free(void* buffer);

/* ---- the analyzer --------------------------------------------------------------------------- */

typedef struct khabar_analyzer khabar_analyzer; /* opaque */

/* An analyzer using the lexicons embedded in the library (no file is read). On success *out is
 * the new handle; on failure *out is NULL. */
KHABAR_EXPORT khabar_status khabar_analyzer_new(khabar_analyzer** out);

enum {
  KHABAR_LOAD_REPLACE = 0, /* "<dir>/<table>.tsv" replaces the embedded table of that name */
  KHABAR_LOAD_EXTEND = 1   /* its rows are added after the embedded rows */
};

/* An analyzer whose lexicons are the embedded ones with every "<dir>/<name>.tsv" (e.g.
 * dir/organizations/gazetteer.tsv) replacing (mode_extend == 0) or extending (mode_extend != 0)
 * the embedded table of the same name. `dir` is a NUL-terminated path. KHABAR_ERR_DATA, with the
 * file, line and reason in the message, when the directory cannot be read, a file names no known
 * table or a line is malformed. */
KHABAR_EXPORT khabar_status khabar_analyzer_new_from_dir(const char* dir, int mode_extend,
                                                         khabar_analyzer** out);

/* Frees the analyzer. NULL is a no-op. */
KHABAR_EXPORT void khabar_analyzer_free(khabar_analyzer* analyzer);

/* ---- analysis --------------------------------------------------------------------------------- */

/* Bits of khabar_options.extractors. */
enum {
  KHABAR_EXTRACT_DATES = 1u << 0,
  KHABAR_EXTRACT_NUMBERS = 1u << 1,
  KHABAR_EXTRACT_ORGANIZATIONS = 1u << 2,
  KHABAR_EXTRACT_ALL = (1u << 3) - 1u
};

/* Options of khabar_analyze. Set struct_size to sizeof(khabar_options) (khabar_options_init does
 * it, with the defaults): a later version of khabar that adds fields at the end reads only the
 * first struct_size bytes and gives the fields after them their defaults. */
typedef struct khabar_options {
  size_t struct_size;
  /* The article's date, for relative dates (أمس، الشهر الماضي) and dates without a year. All
   * three 0 = none (a dateline opening the text still gives one). */
  int reference_year;
  int reference_month; /* 1–12 */
  int reference_day;   /* 1–31, valid for the month */
  /* KHABAR_EXTRACT_* bits; 0 means KHABAR_EXTRACT_ALL. A category left out comes out as []. */
  unsigned extractors;
  /* Optional document id, NUL-terminated UTF-8: written first as "id":"<id>" (a JSON string).
   * NULL leaves "id" out. */
  const char* id;
} khabar_options;

/* Fills *options with the defaults (no reference date, every extractor, no id) and struct_size.
 * NULL is a no-op. */
KHABAR_EXPORT void khabar_options_init(khabar_options* options);

/* Analyses one document: `text` is `len` bytes of UTF-8 (NULL is allowed when len is 0), at most
 * 4 GiB − 256 bytes. `options` may be NULL (the defaults). On success *json_out is the JSON
 * object `khabar extract` prints for the document (docs/json-schema.md), without a newline:
 *   {"id":…?,"dates":[…],"numbers":[…],"organizations":[…]}
 * NUL-terminated; *json_len (when json_len is not NULL) its length without the NUL. */
KHABAR_EXPORT khabar_status khabar_analyze(const khabar_analyzer* analyzer, const char* text,
                                           size_t len, const khabar_options* options,
                                           char** json_out, size_t* json_len);

/* ---- normalization and tokens ------------------------------------------------------------------ */

typedef enum khabar_preset {
  KHABAR_PRESET_DISPLAY = 0, /* invisible characters, tatweel, presentation forms, spaces */
  KHABAR_PRESET_SEARCH = 1   /* every switch (docs/normalization.md) */
} khabar_preset;

/* The normalized text of `len` bytes of UTF-8 under a preset (`preset` is a khabar_preset) into
 * *out (NUL-terminated; *out_len, when out_len is not NULL, its length without the NUL: the text
 * itself may contain NUL bytes). Needs no analyzer. */
KHABAR_EXPORT khabar_status khabar_normalize(const char* text, size_t len, int preset, char** out,
                                             size_t* out_len);

/* Bits of khabar_tokenize's flags. */
enum {
  KHABAR_TOKENIZE_NO_CLITICS = 1u << 0 /* do not segment clitics (no "segments") */
};

/* The tokens and sentences of `len` bytes of UTF-8, with the analyzer's lexicons, as the JSON
 * object `khabar tokenize --format jsonl` writes for one document, without "id" and newline:
 *   {"tokens":[{"text","begin","end","kind","normalized","segments"?:[{"text","begin","end",
 *    "role"}]}],"sentences":[{"begin","end"}]}
 * `flags` is 0 or KHABAR_TOKENIZE_* bits. Output as for khabar_analyze. */
KHABAR_EXPORT khabar_status khabar_tokenize(const khabar_analyzer* analyzer, const char* text,
                                            size_t len, unsigned flags, char** json_out,
                                            size_t* json_len);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* KHABAR_KHABAR_H_ */
