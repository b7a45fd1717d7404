# Project-wide warning flags, applied through fg_set_warnings(target).
function(fg_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
    # GCC 12 reports false positives for std::string concatenation at -O3 (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
  if(FG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
