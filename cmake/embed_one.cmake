# Writes OUTPUT, a C++ file defining fg::embedded::IDENT() with the bytes of INPUT.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
file(WRITE ${OUTPUT}
"// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace fg::embedded {\nstatic const char data_[] = {${body} '\\0'};\nstd::string_view ${IDENT}() { return {data_, ${size}}; }\n}\n")
