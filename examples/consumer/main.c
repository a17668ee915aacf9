/* The C API of an installed khabar, built with pkg-config:
 *
 *   cc main.c $(pkg-config --cflags --libs khabar) -o khabar_consumer_c          # shared khabar
 *   cc main.c $(pkg-config --static --cflags --libs khabar) -o khabar_consumer_c # static khabar
 *
 * (with a static libkhabar, --static adds ICU and the C++ runtime it needs). Prints the version,
 * the search form of a sentence, and the JSON `khabar extract` would print for it. */
#include <khabar/khabar.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char** argv) {
  const char* text = argc > 1 ? argv[1]
                              : "\xd9\x88\xd9\x82\xd9\x91\xd8\xb9\xd8\xaa \xd9\x85\xd9\x86\xd8\xb8"
                                "\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb5\xd8\xad\xd8\xa9 "
                                "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xa9 "
                                "\xd9\x85\xd9\x86\xd8\xad\xd8\xa9 \xd8\xa8\xd9\x80\xd9\xa2\xd9\xab"
                                "\xd9\xa5 \xd9\x85\xd9\x84\xd9\x8a\xd9\x88\xd9\x86 \xd8\xaf\xd9\x88"
                                "\xd9\x84\xd8\xa7\xd8\xb1 \xd9\x81\xd9\x8a 24/12/2024.";
  /* = "وقّعت منظمة الصحة العالمية منحة بـ٢٫٥ مليون دولار في 24/12/2024." */
  printf("khabar %s\n", khabar_version());

  char* out = NULL;
  size_t len = 0;
  if (khabar_normalize(text, strlen(text), KHABAR_PRESET_SEARCH, &out, &len) != KHABAR_OK) {
    fprintf(stderr, "normalize: %s\n", khabar_last_error_message());
    return 1;
  }
  printf("search\t%.*s\n", (int)len, out);
  khabar_free(out);

  khabar_analyzer* analyzer = NULL;  /* embedded lexicons: no data directory needed */
  if (khabar_analyzer_new(&analyzer) != KHABAR_OK) {
    fprintf(stderr, "khabar_analyzer_new: %s\n", khabar_last_error_message());
    return 1;
  }
  khabar_options options;
  khabar_options_init(&options);
  options.id = "example";
  const khabar_status status = khabar_analyze(analyzer, text, strlen(text), &options, &out, &len);
  if (status != KHABAR_OK) {
    fprintf(stderr, "khabar_analyze: %s: %s\n", khabar_status_name(status),
            khabar_last_error_message());
    khabar_analyzer_free(analyzer);
    return 1;
  }
  printf("%.*s\n", (int)len, out);
  khabar_free(out);
  khabar_analyzer_free(analyzer);
  return 0;
}
