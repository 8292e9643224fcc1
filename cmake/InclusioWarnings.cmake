# inclusio_warnings(target): the project's own warning set; errors only when INCLUSIO_WERROR is on,
# which it is by default only for the top-level build (vendoring hosts keep their own flags).
function(inclusio_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${INCLUSIO_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
      -Wnon-virtual-dtor -Woverloaded-virtual
      $<$<BOOL:${INCLUSIO_WERROR}>:-Werror>)
  endif()
endfunction()
