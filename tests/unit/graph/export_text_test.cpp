// Exporter text helpers: UTF-8 decoding with replacement, XML escaping, round-tripping doubles.
#include <catch2/catch.hpp>
#include <limits>
#include <string>

#include "graph/export/text.hpp"

using namespace fg::graph;
using namespace fg::graph::exports;

TEST_CASE("code points: valid UTF-8 decodes, invalid bytes become U+FFFD one by one") {
  std::u32string out;
  for_each_code_point("a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80", [&](char32_t c) { out += c; });
  CHECK(out == U"a\u00E9\u4E2D\U0001F600");
  out.clear();
  // a lone continuation byte, a truncated sequence, an overlong '/', a surrogate
  for_each_code_point("\x80x\xE4\xB8" "y\xC0\xAF\xED\xA0\x80", [&](char32_t c) { out += c; });
  CHECK(out == U"\uFFFDx\uFFFD\uFFFDy\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
}

TEST_CASE("XML escaping covers markup characters and characters XML 1.0 forbids") {
  CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  CHECK(xml_escape("tab\tnl\ncr\r") == "tab\tnl\ncr&#13;");
  CHECK(xml_escape(std::string("nul\0bell\x07", 9)) == "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD");
  CHECK(xml_escape("Zoë 中文") == "Zoë 中文");
}

TEST_CASE("doubles print so they read back exactly and still look like floats") {
  CHECK(format_double(0.1) == "0.1");
  CHECK(format_double(1.0) == "1.0");
  CHECK(format_double(-2.5e300) == "-2.5e+300");
  CHECK(std::stod(format_double(1.0 / 3.0)) == 1.0 / 3.0);
  CHECK(format_double(std::numeric_limits<double>::infinity()) == "INF");
  CHECK(format_double(std::numeric_limits<double>::quiet_NaN()) == "NaN");
}

TEST_CASE("values as JSON text and file stems") {
  CHECK(json_text(Value(List{Value("a,\"b\""), Value(1), Value(true)})) == "[\"a,\\\"b\\\"\",1,true]");
  CHECK(plain_text(Value("as is")) == "as is");
  CHECK(plain_text(Value(3)) == "3");
  CHECK(file_stem("HOLDS_ROLE") == "HOLDS_ROLE");
  CHECK(file_stem("a b/c") == "a_b_c");
}
