# FG_SANITIZE=ON builds everything with ASan + UBSan; the test suite runs under it in CI.
if(FG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
