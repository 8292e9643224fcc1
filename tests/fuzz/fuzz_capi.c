/* The C API's load, validate and write cycle on arbitrary bytes: every call returns a status, every
 * object is freed, and a loaded document writes and reads back. */
#include <inclusio/inclusio.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  incl_document *doc = NULL;
  if (incl_document_load_buffer(&doc, (const char *)data, size, NULL) != 0) {
    if (doc != NULL) abort();
    return 0;
  }
  incl_validate_options options = INCL_VALIDATE_OPTIONS_INIT;
  options.as_of = "2026-11-23";
  options.language = INCL_LANGUAGE_CS;
  incl_report *report = NULL;
  if (incl_validate(&report, doc, &options) != 0) abort();
  incl_report_free(report);

  incl_buffer written = {0};
  if (incl_document_write(&written, doc, NULL) != 0) abort();
  incl_document *again = NULL;
  if (incl_document_load_buffer(&again, written.ptr, written.size, NULL) != 0) abort();
  incl_document_free(again);
  incl_buffer_dispose(&written);
  incl_document_free(doc);
  return 0;
}
