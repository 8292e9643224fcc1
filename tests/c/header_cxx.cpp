// The public C header compiled as C++ (pedantic, warnings as errors).
#include <inclusio/inclusio.h>

int incl_header_compiles_as_cxx();
int incl_header_compiles_as_cxx() {
  incl_load_options load = INCL_LOAD_OPTIONS_INIT;
  incl_validate_options validate = INCL_VALIDATE_OPTIONS_INIT;
  return static_cast<int>(load.version + validate.version);
}
