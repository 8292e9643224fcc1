/* A municipal system's C program, built against the installed library with pkg-config. */
#include <inclusio/inclusio.h>

#include <stdio.h>

int main(int argc, char **argv) {
  incl_document *doc = NULL;
  size_t plans = 0;
  if (argc < 2 || incl_document_load_file(&doc, argv[1], NULL) != INCL_OK) {
    fprintf(stderr, "load failed: %s\n", incl_error_last() ? incl_error_last()->message : "no file given");
    return 1;
  }
  incl_document_count(&plans, doc, INCL_PLAN);
  printf("inclusio %s: %zu plans\n", incl_version(NULL, NULL, NULL), plans);
  incl_document_free(doc);
  return plans == 10 ? 0 : 1;
}
