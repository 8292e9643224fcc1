#pragma once
// Emitter: writes canonical, indented JSON text. Arrays of scalars go on one line, everything else one
// member per line; strings keep UTF-8 as is and escape only what JSON requires.

#include <inclusio/field.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace inclusio::detail {

class Emitter {
 public:
  Emitter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void begin_object();
  void end_object();
  void key(std::string_view k);
  // `one_line`: the array's elements are scalars, so it is written on one line.
  void begin_array(bool one_line);
  void end_array();
  void string(std::string_view s);
  void number(std::string_view text);  // text already valid JSON number syntax
  void integer(std::int64_t v);
  void boolean(bool b);
  void null();
  void value(const boost::json::value& v);  // a raw value, verbatim
  // A raw value whose numbers are written as `spellings` records them, where they still have the
  // value spelt; `pointer` is the value's pointer in `spellings` (restored on return).
  void value(const boost::json::value& v, const NumberSpellings* spellings, std::string& pointer);
  void value(const Invalid& kept);  // a value of the wrong form, as it was spelt
  void members(const Extras& extras);  // a record's unknown members, key and value, as they were spelt

 private:
  struct Frame {
    bool object;
    bool one_line;
    std::size_t count;
  };
  void before_value();
  void newline();
  void escaped(std::string_view s);

  std::string& out_;
  int indent_;
  std::vector<Frame> frames_;
  bool after_key_ = false;
};

bool is_scalar(const boost::json::value& v);

// Appends the JSON Pointer segment of `key` ("/" and the key with "~" and "/" escaped).
void push_segment(std::string& pointer, std::string_view key);

// How the emitter writes the number `v` (an int64, uint64 or double): integers as decimal digits,
// doubles as the shortest text that reads back exactly, with ".0" when that has no point or exponent.
std::string number_text(const boost::json::value& v);

// `text` cut to at most `max` bytes with "..." when longer, never inside a UTF-8 sequence: for messages.
std::string shortened(std::string_view text, std::size_t max);

// The value as compact JSON, cut to about `max` characters, for messages.
std::string preview(const boost::json::value& v, std::size_t max = 60);
// The same for a Czech message: a string between Czech quotes („text“, its escapes kept), other values
// as JSON.
std::string preview_cs(const boost::json::value& v, std::size_t max = 60);

}  // namespace inclusio::detail
