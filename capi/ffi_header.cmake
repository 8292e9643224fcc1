# Writes inclusio_ffi.h: the declarations of inclusio.h in the plain C that foreign-function
# interfaces parse (PHP's FFI::cdef and FFI::load, LuaJIT, cffi): no #include, no INCL_API, no
# extern "C", no initialiser macros. Integer #defines become enum constants an FFI can read
# ($ffi->INCL_LOAD_OPTIONS_VERSION in PHP), and FFI_SCOPE / FFI_LIB name the scope and the installed
# library for PHP's FFI::load. Generated from the header at every build, so it cannot fall behind.
#
#   cmake -DHEADER=inclusio.h -DVERSION_HEADER=inclusio_version.h -DLIBRARY=libinclusio.so.0 -DOUT=inclusio_ffi.h -P ffi_header.cmake
file(READ "${VERSION_HEADER}" version_text)
file(READ "${HEADER}" text)
string(REPLACE "\\\n" " " text "${text}")  # a macro continued over lines is one line

set(constants "")
string(REGEX MATCHALL "#define (INCL_[A-Z0-9_]+) (-?[0-9]+)\n" integer_defines "${version_text}${text}")
foreach(define IN LISTS integer_defines)
  string(REGEX REPLACE "#define (INCL_[A-Z0-9_]+) (-?[0-9]+)\n" "  \\1 = \\2," constant "${define}")
  string(APPEND constants "${constant}\n")
endforeach()

# Lines of the preprocessor go, and the C++ guard with them.
string(REPLACE ";" "\\;" text "${text}")
string(REPLACE "\n" ";" lines "${text}")
set(body "")
set(in_cplusplus_guard FALSE)
foreach(line IN LISTS lines)
  if(line MATCHES "^#ifdef __cplusplus")
    set(in_cplusplus_guard TRUE)
  elseif(in_cplusplus_guard)
    if(line MATCHES "^#endif")
      set(in_cplusplus_guard FALSE)
    endif()
  elseif(NOT line MATCHES "^[ ]*#")
    string(REPLACE "INCL_API " "" line "${line}")
    string(APPEND body "${line}\n")
  endif()
endforeach()
string(REGEX REPLACE "\n\n\n+" "\n\n" body "${body}")

# PHP reads FFI_SCOPE and FFI_LIB only at the very start of the file, before any comment.
file(WRITE "${OUT}.tmp"
"#define FFI_SCOPE \"inclusio\"
#define FFI_LIB \"${LIBRARY}\"
/* inclusio_ffi.h — generated from inclusio.h at build time for foreign-function interfaces; do not edit.
 * PHP: FFI::load(\"/usr/include/inclusio/inclusio_ffi.h\") with opcache.preload, or
 * FFI::cdef(file_get_contents(...), \"libinclusio.so.N\"). The documentation is in inclusio.h. */

enum incl_constants {
${constants}};
${body}")
# Rewritten only when it changes, so that what depends on it is not rebuilt for nothing.
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
