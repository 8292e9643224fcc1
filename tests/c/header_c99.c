/* Compiled as C99 with -Wall -Wextra -pedantic -Werror: the public header is plain C. */
#include <inclusio/inclusio.h>

int incl_header_compiles_as_c99(void);
int incl_header_compiles_as_c99(void) {
  incl_load_options load = INCL_LOAD_OPTIONS_INIT;
  incl_write_options write = INCL_WRITE_OPTIONS_INIT;
  incl_validate_options validate = INCL_VALIDATE_OPTIONS_INIT;
  return (int)(load.version + write.version + validate.version);
}
