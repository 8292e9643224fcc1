/* Compiled as C99 with -Wall -Wextra -pedantic -Werror: the public header is plain C, its experimental
 * section included. */
#define INCLUSIO_EXPERIMENTAL
#include <inclusio/inclusio.h>

int incl_header_compiles_as_c99(void);
int incl_header_compiles_as_c99(void) {
  incl_load_options load = INCL_LOAD_OPTIONS_INIT;
  incl_write_options write = INCL_WRITE_OPTIONS_INIT;
  incl_validate_options validate = INCL_VALIDATE_OPTIONS_INIT;
  incl_progress_options progress = INCL_PROGRESS_OPTIONS_INIT;
  incl_results_options results = INCL_RESULTS_OPTIONS_INIT;
  return (int)(load.version + write.version + validate.version + progress.version + results.version);
}
