# FG_SANITIZE=ON builds everything with ASan + UBSan; the test suite runs under it in CI.
# FG_FUZZ=ON (clang) also instruments everything for libFuzzer, so one build serves both the
# sanitizer test run and the fuzz harnesses.
if(FG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(FG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FG_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
