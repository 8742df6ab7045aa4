// A small JSON writer for the report's data: the page parses it with
// JSON.parse from a <script type="application/json"> element, so besides
// JSON's own escapes '<' is written as \u003c (console text cannot end the
// element), and bytes that are not UTF-8 become U+FFFD (a guest may print
// anything).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ttvm {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The key of the next value in an object.
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(uint64_t v);
  JsonWriter& value(int64_t v);
  JsonWriter& value(double v);  // integral values without a fraction
  JsonWriter& value(bool v);
  JsonWriter& null();
  // An array of numbers, each rounded to `decimals` places.
  JsonWriter& numbers(const std::vector<double>& v, int decimals = 0);
  const std::string& text() const { return out_; }

 private:
  void comma();
  JsonWriter& open(char bracket);   // { or [: a new value, its first member next
  JsonWriter& close(char bracket);  // } or ]
  std::string out_;
  bool need_comma_ = false;
};

// `s` as a JSON string literal, quotes included (see JsonWriter).
std::string json_string(std::string_view s);

}  // namespace ttvm
