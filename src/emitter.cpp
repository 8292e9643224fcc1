#include "emitter.hpp"

#include <boost/json/parse.hpp>

#include <charconv>
#include <cmath>

namespace inclusio::detail {

bool is_scalar(const boost::json::value& v) { return !v.is_object() && !v.is_array(); }

std::string preview(const boost::json::value& v, std::size_t max) {
  std::string s;
  Emitter e(s, 0);
  e.value(v);
  return shortened(s, max);
}

std::string preview_cs(const boost::json::value& v, std::size_t max) {
  if (!v.is_string()) return preview(v, max);
  std::string s;
  Emitter e(s, 0);
  e.value(v);
  return "„" + shortened(std::string_view(s).substr(1, s.size() - 2), max) + "“";
}

std::string shortened(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max > 3 ? max - 3 : 0;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return std::string(text.substr(0, cut)) + "...";
}

void Emitter::newline() {
  if (indent_ <= 0) return;
  out_.push_back('\n');
  out_.append(frames_.size() * static_cast<std::size_t>(indent_), ' ');
}

void Emitter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (frames_.empty()) return;
  Frame& f = frames_.back();
  if (f.count++ > 0) out_.push_back(',');
  if (f.one_line) {
    if (f.count > 1 && indent_ > 0) out_.push_back(' ');
  } else {
    newline();
  }
}

void Emitter::begin_object() {
  before_value();
  out_.push_back('{');
  frames_.push_back({true, false, 0});
}

void Emitter::end_object() {
  bool empty = frames_.back().count == 0;
  frames_.pop_back();
  if (!empty) newline();
  out_.push_back('}');
}

void Emitter::key(std::string_view k) {
  Frame& f = frames_.back();
  if (f.count++ > 0) out_.push_back(',');
  newline();
  escaped(k);
  out_.append(indent_ > 0 ? ": " : ":");
  after_key_ = true;
}

void Emitter::begin_array(bool one_line) {
  before_value();
  out_.push_back('[');
  frames_.push_back({false, one_line || indent_ <= 0, 0});
}

void Emitter::end_array() {
  Frame f = frames_.back();
  frames_.pop_back();
  if (f.count > 0 && !f.one_line) newline();
  out_.push_back(']');
}

void Emitter::string(std::string_view s) {
  before_value();
  escaped(s);
}

void Emitter::number(std::string_view text) {
  before_value();
  out_.append(text);
}

void Emitter::integer(std::int64_t v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
}

void Emitter::boolean(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
}

void Emitter::null() {
  before_value();
  out_.append("null");
}

void Emitter::escaped(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out_.push_back('"');
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.data() + run, i - run);
    run = i + 1;
    out_.push_back('\\');
    switch (c) {
      case '"': out_.push_back('"'); break;
      case '\\': out_.push_back('\\'); break;
      case '\n': out_.push_back('n'); break;
      case '\r': out_.push_back('r'); break;
      case '\t': out_.push_back('t'); break;
      case '\b': out_.push_back('b'); break;
      case '\f': out_.push_back('f'); break;
      default:
        out_.append("u00");
        out_.push_back(hex[c >> 4]);
        out_.push_back(hex[c & 15]);
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_.push_back('"');
}

std::string number_text(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::int64: return std::to_string(v.get_int64());
    case boost::json::kind::uint64: return std::to_string(v.get_uint64());
    case boost::json::kind::double_: {
      // The reader only accepts doubles whose shortest form equals the text, so this is exact.
      char buf[32];
      auto r = std::to_chars(buf, buf + sizeof buf, v.get_double());
      std::string text(buf, static_cast<std::size_t>(r.ptr - buf));
      if (text.find_first_of(".eEn") == std::string::npos) text.append(".0");  // stay a double
      return text;
    }
    default: return {};
  }
}

void Emitter::value(const boost::json::value& v) {
  std::string pointer;
  value(v, nullptr, pointer);
}

namespace {
// Whether `text` is a spelling of the number `v` (the value may have been changed since it was read).
bool spells(std::string_view text, const boost::json::value& v) {
  boost::system::error_code ec;
  boost::json::value read = boost::json::parse(text, ec);
  return !ec && read == v;
}
}  // namespace

void push_segment(std::string& pointer, std::string_view key) {
  pointer.push_back('/');
  for (char c : key) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer.push_back(c);
  }
}

void Emitter::value(const Invalid& kept) {
  std::string pointer;
  value(kept.value, kept.spellings.empty() ? nullptr : &kept.spellings, pointer);
}

void Emitter::members(const Extras& extras) {
  const NumberSpellings* spellings = extras.spellings();
  std::string pointer;
  for (const auto& kv : extras) {
    key(kv.key());
    if (spellings) push_segment(pointer, kv.key());
    value(kv.value(), spellings, pointer);
    pointer.clear();
  }
}

void Emitter::value(const boost::json::value& v, const NumberSpellings* spellings, std::string& pointer) {
  switch (v.kind()) {
    case boost::json::kind::null: null(); break;
    case boost::json::kind::bool_: boolean(v.get_bool()); break;
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: {
      const std::string* spelt = spellings ? spellings->find(pointer) : nullptr;
      number(spelt && spells(*spelt, v) ? *spelt : number_text(v));
      break;
    }
    case boost::json::kind::string: string(v.get_string()); break;
    case boost::json::kind::array: {
      const auto& a = v.get_array();
      bool one_line = true;
      for (const auto& e : a) one_line = one_line && is_scalar(e);
      begin_array(one_line);
      std::size_t index = 0;
      for (const auto& e : a) {
        std::size_t mark = pointer.size();
        if (spellings) push_segment(pointer, std::to_string(index++));
        value(e, spellings, pointer);
        pointer.resize(mark);
      }
      end_array();
      break;
    }
    case boost::json::kind::object: {
      begin_object();
      for (const auto& kv : v.get_object()) {
        key(kv.key());
        std::size_t mark = pointer.size();
        if (spellings) push_segment(pointer, kv.key());
        value(kv.value(), spellings, pointer);
        pointer.resize(mark);
      }
      end_object();
      break;
    }
  }
}

}  // namespace inclusio::detail
