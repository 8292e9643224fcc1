// The streaming reader. Boost.JSON's basic_parser calls the Handler below for every token; the
// handler keeps the path to the current token and types each value into its record field as it
// arrives. The input is read in chunks and no DOM of it is built, so memory follows the document's
// typed records, not the file's text.

#include <inclusio/json.hpp>

#include "document_format.hpp"
#include "system_error_text.hpp"
#include "typed_slots.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <istream>
#include <unordered_set>

#include "number_text.hpp"
#include "text_counts.hpp"

namespace inclusio {

namespace json = boost::json;
using detail::Pointer;

namespace {

constexpr std::size_t chunk_size = 64 * 1024;
// Objects with more keys than this check duplicates with a hash set instead of a linear scan.
constexpr std::size_t linear_key_limit = 16;

// Where a value goes: a typed field, a record's (or the document's) unknown members, the header
// (format and schema_version, checked when complete), or nowhere (the input is not a document).
struct Target {
  enum class Kind { none, slot, extra, header };
  Kind kind = Kind::none;
  detail::Slot slot;
  Extras* extras = nullptr;
};

// "1.0" or "1.1", quoted as the language quotes.
std::string supported_versions(std::string_view open, std::string_view close, std::string_view last_separator) {
  std::string out;
  for (std::size_t i = 0; i < Document::schema_versions.size(); ++i) {
    if (i > 0) out += i + 1 == Document::schema_versions.size() ? last_separator : std::string_view(", ");
    out.append(open).append(Document::schema_versions[i]).append(close);
  }
  return out;
}

// Builds the Document: says where each top-level member goes and checks the header.
class Assembler {
 public:
  Target top_target(std::string_view key) {
    if (key == "format" || key == "schema_version") return {Target::Kind::header, {}, nullptr};
    if (key == "currency") return {Target::Kind::slot, detail::slot_of(doc_.mutable_currency()), nullptr};
    Target t{Target::Kind::extra, {}, &doc_.mutable_extra()};
    detail::with_collection(key, [&](const auto& c) { t = {Target::Kind::slot, detail::slot_of((doc_.*(c.mut))()), nullptr}; });
    return t;
  }

  void header(std::string_view key, const json::value& v, const std::string& pointer) {
    if (key == "format") {
      if (!v.is_string() || v.get_string() != Document::format_marker)
        throw FormatError("not an inclusio document: \"format\" is " + detail::preview(v) + ", not \"inclusio\"", pointer,
                          "nejde o dokument inclusio: „format“ je " + detail::preview_cs(v) + ", ne „inclusio“");
      seen_format_ = true;
    } else {
      if (!v.is_string())
        throw FormatError("\"schema_version\" is " + detail::preview(v) + "; it must be a string such as \"1.0\"", pointer,
                          "„schema_version“ je " + detail::preview_cs(v) + "; má to být řetězec jako „1.0“");
      try {
        doc_.set_declared_schema_version(v.get_string());
      } catch (const Error&) {
        throw FormatError("schema_version " + detail::preview(v) + " is not supported; this reader supports schema_version " +
                              supported_versions("\"", "\"", " or "),
                          pointer,
                          "verzi schématu " + detail::preview_cs(v) + " tato verze knihovny nezná; čte verze " +
                              supported_versions("„", "“", " a "));
      }
      seen_version_ = true;
    }
  }

  Document finish(bool top_is_object, std::string_view top_kind, std::string_view top_kind_cs) {
    if (!top_is_object)
      throw FormatError("not an inclusio document: the top-level value is " + std::string(top_kind) +
                            ", not an object with \"format\": \"inclusio\"",
                        "",
                        "nejde o dokument inclusio: hodnota na nejvyšší úrovni je " + std::string(top_kind_cs) +
                            ", ne objekt s \"format\": \"inclusio\"");
    if (!seen_format_)
      throw FormatError("not an inclusio document: the \"format\": \"inclusio\" marker is missing", "",
                        "nejde o dokument inclusio: chybí značka \"format\": \"inclusio\"");
    if (!seen_version_)
      throw FormatError("\"schema_version\" is missing; this reader supports schema_version " +
                            supported_versions("\"", "\"", " or "),
                        "", "chybí „schema_version“; tato verze knihovny čte verze " + supported_versions("„", "“", " a "));
    doc_.resolve_currencies();
    return std::move(doc_);
  }

 private:
  Document doc_;
  bool seen_format_ = false;
  bool seen_version_ = false;
};

struct OwnError {
  ErrorCode code;
  std::string reason;
  std::string reason_cs;
};

// Receives the parser's events. Below the top level every value is typed as it arrives into the
// field its Target names (typed_slots.hpp); only what a field cannot take as events is captured
// into a DOM value first, one value at a time.
class Handler {
 public:
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

  explicit Handler(Assembler& a) : asm_(a) {}

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }

  bool on_object_begin(json::error_code&) {
    begin_structure(false);
    return true;
  }
  bool on_object_end(std::size_t n, json::error_code&) {
    if (capturing_) stack_.push_object(n);
    end_structure();
    return true;
  }
  bool on_array_begin(json::error_code&) {
    begin_structure(true);
    return true;
  }
  bool on_array_end(std::size_t n, json::error_code&) {
    if (capturing_) stack_.push_array(n);
    end_structure();
    return true;
  }

  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    key_.append(s.data(), s.size());
    if (capturing_) stack_.push_chars(s);
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
    std::string_view key(s.data(), s.size());
    if (!key_.empty()) {  // the key came in parts
      key_.append(s.data(), s.size());
      key = key_;
    }
    Frame& f = frames_[depth_ - 1];
    const bool typed = in_typed_record();
    bool repeated = typed ? !resolve_member(key) : f.has_key(key);
    f.key.assign(key.data(), key.size());
    if (repeated)
      return fail(ec, ErrorCode::format, "duplicate key \"" + f.key + "\" in an object", "klíč „" + f.key + "“ je v objektu dvakrát");
    if (typed) ++f.key_count;
    else f.add_key(f.key);
    if (capturing_) stack_.push_key(s);
    key_.clear();
    return true;
  }

  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    if (!in_scalar_) {
      begin_value();
      in_scalar_ = true;
    }
    if (capturing_) stack_.push_chars(s);
    else if (target_.kind != Target::Kind::none) string_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code&) {
    bool parts = in_scalar_;
    if (!in_scalar_) begin_value();
    in_scalar_ = false;
    if (capturing_) {
      stack_.push_string(s);
    } else if (target_.kind != Target::Kind::none) {
      if (!parts) {
        scalar(detail::Scalar::string(s));
      } else {
        string_.append(s.data(), s.size());
        scalar(detail::Scalar::string(string_));
        string_.clear();
      }
    }
    return true;
  }

  bool on_number_part(json::string_view s, json::error_code&) {
    if (!in_scalar_) {
      begin_value();
      in_scalar_ = true;
    }
    number_.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t i, json::string_view s, json::error_code&) {
    number(json::value(i), s);
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view s, json::error_code&) {
    number(json::value(u), s);
    return true;
  }
  bool on_double(double d, json::string_view s, json::error_code& ec) {
    std::string text = number_;
    text.append(s.data(), s.size());
    // Boost turns integers beyond 64 bits into doubles and overflowing exponents into infinity;
    // both would change what the user wrote, so they are errors here. So is a double whose text
    // has more digits than the double holds: writing it back would change it.
    if (text.find_first_of(".eE") == std::string::npos)
      return fail(ec, ErrorCode::limit, "integer " + abbreviated(text) + " does not fit in 64 bits",
                  "celé číslo " + abbreviated(text) + " se nevejde do 64 bitů");
    if (!std::isfinite(d))
      return fail(ec, ErrorCode::limit, "number " + abbreviated(text) + " is out of range",
                  "číslo " + abbreviated(text) + " je mimo rozsah");
    detail::NumberText written, held;
    if (!detail::parse_number_text(text, written) || !detail::parse_number_text(detail::DoubleText(d).view(), held) ||
        !(written == held))
      return fail(ec, ErrorCode::limit,
                  "number " + abbreviated(text) + " has more significant digits than can be kept exactly",
                  "číslo " + abbreviated(text) + " má víc platných číslic, než lze přesně uchovat");
    number(json::value(d), s);
    return true;
  }
  bool on_bool(bool b, json::error_code&) {
    begin_value();
    if (capturing_) stack_.push_bool(b);
    else scalar(detail::Scalar::of_bool(b));
    return true;
  }
  bool on_null(json::error_code&) {
    begin_value();
    if (capturing_) stack_.push_null();
    else scalar(detail::Scalar::null());
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

  // The JSON Pointer of the last value the reader started: at an error, where the reader was.
  std::string pointer() const {
    Pointer p;
    for (std::size_t i = 0; i < depth_; ++i) {
      const Frame& f = frames_[i];
      if (f.is_array) {
        if (f.index != no_index) p.push(f.index);
      } else if (!f.key.empty() || f.key_count > 0) {
        p.push(f.key);
      }
    }
    return p.str();
  }

  const std::optional<OwnError>& own_error() const { return own_error_; }
  bool top_is_object() const { return top_ == Top::object; }
  std::string_view top_kind() const { return top_kind_; }
  std::string_view top_kind_cs() const { return top_kind_cs_; }

  // Called by the reader before the first token to tell what the top-level value is.
  void set_top(char first) {
    if (first == '{') {
      top_ = Top::object;
    } else {
      top_ = Top::other;
      top_kind_ = first == '[' ? "an array" : first == '"' ? "a string" : (first == 't' || first == 'f') ? "a boolean"
                  : first == 'n' ? "null" : "a number";
      top_kind_cs_ = first == '[' ? "pole" : first == '"' ? "řetězec" : (first == 't' || first == 'f') ? "logická hodnota"
                     : first == 'n' ? "null" : "číslo";
    }
  }

 private:
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
  enum class Top { none, object, other };

  struct Frame {
    bool is_array = false;
    std::size_t index = no_index;
    std::size_t key_count = 0;
    std::string key;
    std::vector<std::string> keys;          // the first linear_key_limit keys
    std::unordered_set<std::string> more;   // all keys, once there are more

    void reset(bool array) {
      is_array = array;
      index = no_index;
      key_count = 0;
      key.clear();
      keys.clear();
      more.clear();
    }
    bool has_key(std::string_view k) const {
      if (key_count > linear_key_limit) return more.count(std::string(k)) != 0;
      for (const auto& existing : keys)
        if (existing == k) return true;
      return false;
    }
    void add_key(const std::string& k) {
      ++key_count;
      if (key_count <= linear_key_limit) {
        keys.push_back(k);
        return;
      }
      if (more.empty()) more.insert(keys.begin(), keys.end());
      more.insert(k);
    }
  };

  static std::string abbreviated(const std::string& s) { return s.size() > 40 ? s.substr(0, 37) + "..." : s; }

  bool fail(json::error_code& ec, ErrorCode code, std::string reason, std::string reason_cs) {
    own_error_ = OwnError{code, std::move(reason), std::move(reason_cs)};
    ec = json::error::syntax;
    return false;
  }

  // A value starts: counts it in its array and finds where it goes.
  void begin_value() {
    if (depth_ > 0 && frames_[depth_ - 1].is_array) ++frames_[depth_ - 1].index;
    if (capturing_) return;
    target_ = Target{};
    if (depth_ == 0 || top_ != Top::object) return;  // the top level, or not a document: syntax only
    if (depth_ == 1) {
      target_ = asm_.top_target(frames_[0].key);
      return;
    }
    const detail::Container& c = containers_.back();
    if (c.ops->element) {
      target_ = {Target::Kind::slot, c.ops->element(c.target), nullptr};
    } else if (c.ops->extras) {
      target_ = member_;  // found when its key was read
    } else {
      target_.kind = Target::Kind::slot;
      c.ops->member(c.target, frames_[depth_ - 1].key, target_.slot);
    }
  }

  // Whether the object being read is a record typed as it is read.
  bool in_typed_record() const {
    return !capturing_ && top_ == Top::object && depth_ >= 2 && containers_.back().depth == depth_ &&
           containers_.back().ops->extras;
  }

  // Finds where the value of the record member `key` goes; false when the record already has it. A
  // record starts empty, so a member present (or an unknown member kept) means the key is repeated:
  // no list of the keys seen is needed.
  bool resolve_member(std::string_view key) {
    const detail::Container& c = containers_.back();
    member_ = {Target::Kind::slot, {}, nullptr};
    if (c.ops->member(c.target, key, member_.slot)) return !member_.slot.ops->present(member_.slot.target);
    member_ = {Target::Kind::extra, {}, &c.ops->extras(c.target)};
    return !member_.extras->contains(key);
  }

  // A complete scalar outside a capture goes to its target.
  void scalar(const detail::Scalar& v) {
    if (target_.kind == Target::Kind::slot) {
      target_.slot.ops->scalar(target_.slot.target, v);
    } else {
      deliver_untyped(target_, v.to_value(), v.spellings());
    }
  }

  // A complete number: `last` is its text's last part (earlier parts are in number_). Its text goes
  // with it, to be kept where the number is kept as written and the library would write it otherwise.
  void number(const json::value& v, json::string_view last) {
    if (!in_scalar_) begin_value();
    in_scalar_ = false;
    std::string_view text(last.data(), last.size());
    if (!number_.empty()) text = number_.append(text);
    if (capturing_) {
      if (text != detail::number_text(v)) capture_spellings_.add(pointer_within_capture(), std::string(text));
      if (v.is_int64()) stack_.push_int64(v.get_int64());
      else if (v.is_uint64()) stack_.push_uint64(v.get_uint64());
      else stack_.push_double(v.get_double());
    } else if (target_.kind != Target::Kind::none) {
      detail::Scalar s = detail::Scalar::of(v);
      s.spelling = text;
      scalar(s);
    }
    number_.clear();
  }

  // The JSON Pointer of the value being read, within the value being captured.
  std::string pointer_within_capture() const {
    std::string p;
    for (std::size_t i = capture_depth_; i < depth_; ++i) {
      const Frame& f = frames_[i];
      if (f.is_array) detail::push_segment(p, std::to_string(f.index));
      else detail::push_segment(p, f.key);
    }
    return p;
  }

  // A value for unknown members or the header, as written. Its key is the current one of the
  // enclosing object (the header's is a top-level key).
  void deliver_untyped(const Target& t, json::value v, const NumberSpellings& spellings) {
    if (t.kind == Target::Kind::extra) {
      const std::string& key = frames_[depth_ - 1].key;
      t.extras->emplace(key, std::move(v));
      if (!spellings.empty()) {
        std::string prefix;
        detail::push_segment(prefix, key);
        t.extras->mutable_spellings().add_under(prefix, spellings);
      }
    } else if (t.kind == Target::Kind::header) {
      asm_.header(frames_[0].key, v, pointer());
    }
  }

  void begin_structure(bool is_array) {
    begin_value();
    if (!capturing_) {
      detail::Container c;
      if (target_.kind == Target::Kind::slot && target_.slot.ops->open(target_.slot.target, is_array, c)) {
        c.depth = depth_ + 1;
        containers_.push_back(c);
      } else if (target_.kind != Target::Kind::none) {
        stack_.reset();
        capture_spellings_ = {};
        capturing_ = true;
        capture_depth_ = depth_;
        capture_to_ = target_;
      }
    }
    if (frames_.size() <= depth_) frames_.emplace_back();
    frames_[depth_++].reset(is_array);
  }

  void end_structure() {
    if (!capturing_ && !containers_.empty() && containers_.back().depth == depth_) {
      const detail::Container& c = containers_.back();
      if (c.ops->close) c.ops->close(c.target);
      containers_.pop_back();
    }
    --depth_;
    if (!capturing_ || depth_ != capture_depth_) return;
    capturing_ = false;
    json::value v = stack_.release();
    if (capture_to_.kind == Target::Kind::slot) capture_to_.slot.ops->captured(capture_to_.slot.target, v, capture_spellings_);
    else deliver_untyped(capture_to_, std::move(v), capture_spellings_);
  }

  Assembler& asm_;
  json::value_stack stack_;
  std::vector<Frame> frames_;
  std::vector<detail::Container> containers_;
  std::size_t depth_ = 0;
  Top top_ = Top::none;
  std::string_view top_kind_ = "empty";
  std::string_view top_kind_cs_ = "prázdná";
  Target target_;
  Target member_;  // where the value of the record member whose key was just read goes
  bool capturing_ = false;
  std::size_t capture_depth_ = 0;
  Target capture_to_;
  NumberSpellings capture_spellings_;  // of the numbers in the value being captured
  bool in_scalar_ = false;
  std::string key_;
  std::string string_;
  std::string number_;
  std::optional<OwnError> own_error_;
};

// Line and column (in Unicode characters) of the bytes consumed so far. Characters are counted only
// after the last newline of a chunk, so tracking costs little.
class PositionTracker {
 public:
  void advance(const char* data, std::size_t n) {
    const char* end = data + n;
    std::size_t newlines = detail::count_newlines({data, n});
    if (newlines > 0) {
      line_ += newlines;
      const char* after_newline = end;
      while (after_newline[-1] != '\n') --after_newline;
      column_ = detail::count_characters({after_newline, static_cast<std::size_t>(end - after_newline)});
    } else {
      column_ += detail::count_characters({data, n});
    }
    offset_ += n;
  }
  void skip(std::size_t n) { offset_ += n; }
  TextPosition position() const { return {line_, column_ + 1, offset_}; }

 private:
  std::size_t line_ = 1;
  std::size_t column_ = 0;
  std::size_t offset_ = 0;
};

// Length of the valid UTF-8 sequence at p, or 0 when the bytes there are not valid UTF-8.
std::size_t utf8_sequence_length(const unsigned char* p, std::size_t n) {
  if (n == 0) return 0;
  unsigned char c = p[0];
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || len > n) return 0;
  for (std::size_t i = 1; i < len; ++i)
    if ((p[i] & 0xC0) != 0x80) return 0;
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t i = 1; i < len; ++i) cp = (cp << 6) | (p[i] & 0x3Fu);
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

struct SyntaxError {
  std::string en, cs;
};

SyntaxError describe_syntax_error(const json::error_code& ec, const char* at, std::size_t left, std::size_t max_depth) {
  if (ec == json::error::too_deep)
    return {"nesting deeper than " + std::to_string(max_depth) + " levels",
            "vnoření hlubší než " + std::to_string(max_depth) + " úrovní"};
  if (ec == json::error::incomplete || (ec == json::error::syntax && left == 0))
    return {"unexpected end of input", "vstup nečekaně končí"};
  if (ec == json::error::extra_data)
    return {"unexpected data after the end of the JSON value", "za koncem hodnoty JSON následují další data"};
  if (ec == json::error::exponent_overflow) return {"number exponent out of range", "exponent čísla je mimo rozsah"};
  if (ec == json::error::illegal_leading_surrogate || ec == json::error::illegal_trailing_surrogate)
    return {"invalid UTF-16 surrogate in a \\u escape", "neplatná náhradní dvojice UTF-16 v escape sekvenci \\u"};
  if (ec == json::error::expected_hex_digit)
    return {"expected a hexadecimal digit in a \\u escape", "v escape sekvenci \\u má být šestnáctková číslice"};
  if (ec == json::error::expected_utf16_escape)
    return {"expected a \\u escape for the low surrogate", "pro druhou část náhradní dvojice má následovat escape sekvence \\u"};
  if (left > 0) {
    auto c = static_cast<unsigned char>(*at);
    char buf[48];
    if (c >= 0x80) {
      std::size_t len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(at), left);
      if (len == 0) {
        std::snprintf(buf, sizeof buf, "(byte 0x%02X)", c);
        return {std::string("invalid UTF-8 ") + buf, std::string("neplatné UTF-8 ") + buf};
      }
      std::string character(at, len);
      return {"unexpected character '" + character + "'", "nečekaný znak „" + character + "“"};
    }
    if (c < 0x20) {
      std::snprintf(buf, sizeof buf, "U+%04X", c);
      return {std::string("unexpected control character ") + buf, std::string("nečekaný řídicí znak ") + buf};
    }
    if (c == 't' || c == 'f' || c == 'n')
      return {"invalid literal; expected true, false or null", "neplatný literál; má být true, false nebo null"};
    return {std::string("unexpected '") + static_cast<char>(c) + "'", std::string("nečekaný znak „") + static_cast<char>(c) + "“"};
  }
  return {ec.message(), {}};
}

class Reader {
 public:
  explicit Reader(const LoadOptions& options) : options_(options), handler_parser_(make_options(options), assembler_) {}

  // Feeds one chunk; `more` is false for the last. Throws ParseError at the first error.
  void feed(const char* data, std::size_t n, bool more) {
    if (first_chunk_) {
      first_chunk_ = false;
      if (n >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {  // a UTF-8 byte order mark, as Windows tools write
        data += 3;
        n -= 3;
        tracker_.skip(3);
      }
    }
    if (!top_seen_) {
      for (std::size_t i = 0; i < n; ++i) {
        char c = data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        handler_parser_.handler().set_top(c);
        top_seen_ = true;
        break;
      }
    }
    if (handler_parser_.done()) {
      require_only_whitespace(data, n);
      return;
    }
    if (!top_seen_ && !more) throw ParseError(ErrorCode::parse, "the input is empty", tracker_.position(), "", "vstup je prázdný");
    json::error_code ec;
    std::size_t used = handler_parser_.write_some(more, data, n, ec);
    if (ec) {
      tracker_.advance(data, used);
      const auto& own = handler_parser_.handler().own_error();
      std::string pointer = handler_parser_.handler().pointer();
      if (own && own->code == ErrorCode::format) throw FormatError(own->reason, tracker_.position(), pointer, own->reason_cs);
      if (own) throw ParseError(own->code, own->reason, tracker_.position(), pointer, own->reason_cs);
      ErrorCode code = ec == json::error::too_deep || ec == json::error::exponent_overflow ? ErrorCode::limit : ErrorCode::parse;
      SyntaxError why = describe_syntax_error(ec, data + used, n - used, options_.max_depth);
      throw ParseError(code, why.en, tracker_.position(), pointer, why.cs);
    }
    // The parser stops at the end of a complete value; whatever follows must be whitespace.
    tracker_.advance(data, used);
    require_only_whitespace(data + used, n - used);
  }

  Document finish() {
    if (!top_seen_) throw ParseError(ErrorCode::parse, "the input is empty", tracker_.position(), "", "vstup je prázdný");
    const auto& handler = handler_parser_.handler();
    Document doc = assembler_.finish(handler.top_is_object(), handler.top_kind(), handler.top_kind_cs());
    if (options_.strict) {
      auto problems = form_problems(doc);
      if (!problems.empty()) throw SchemaError(std::move(problems));
    }
    return doc;
  }

 private:
  void require_only_whitespace(const char* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      char c = data[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
      tracker_.advance(data, i);
      throw ParseError(ErrorCode::parse, "unexpected data after the end of the JSON value", tracker_.position(), "",
                       "za koncem hodnoty JSON následují další data");
    }
    tracker_.advance(data, n);
  }

  static json::parse_options make_options(const LoadOptions& o) {
    if (o.max_depth < 1 || o.max_depth > LoadOptions::max_depth_limit)
      throw Error(ErrorCode::invalid_argument, "max_depth is 1 to " + std::to_string(LoadOptions::max_depth_limit) +
                                                   ", not " + std::to_string(o.max_depth));
    json::parse_options p;
    p.max_depth = o.max_depth;
    return p;
  }

  // Equal breakdowns are shared within one load, not across loads.
  struct DimensionsPoolScope {
    DimensionsPoolScope() { detail::DimensionsPool::local().clear(); }
    ~DimensionsPoolScope() { detail::DimensionsPool::local().clear(); }
    DimensionsPoolScope(const DimensionsPoolScope&) = delete;
    DimensionsPoolScope& operator=(const DimensionsPoolScope&) = delete;
  };

  DimensionsPoolScope pool_scope_;
  LoadOptions options_;
  Assembler assembler_;
  json::basic_parser<Handler> handler_parser_;
  PositionTracker tracker_;
  bool first_chunk_ = true;
  bool top_seen_ = false;
};

}  // namespace

Document load_string(std::string_view text, const LoadOptions& options) {
  Reader r(options);
  if (!options.progress) {
    r.feed(text.data(), text.size(), false);
    return r.finish();
  }
  for (std::size_t done = 0;;) {
    std::size_t n = std::min(chunk_size, text.size() - done);
    r.feed(text.data() + done, n, done + n < text.size());
    done += n;
    options.progress(done);
    if (done == text.size()) return r.finish();
  }
}

Document load_stream(std::istream& in, const LoadOptions& options) {
  Reader r(options);
  std::vector<char> buf(chunk_size);
  // Hold back one chunk so that the last one can be fed with more = false.
  std::vector<char> next(chunk_size);
  auto fill = [&](std::vector<char>& b) -> std::size_t {
    in.read(b.data(), static_cast<std::streamsize>(b.size()));
    if (in.bad()) throw Error(ErrorCode::io, "reading the input failed", "čtení vstupu selhalo");
    return static_cast<std::size_t>(in.gcount());
  };
  std::size_t n = fill(buf);
  std::size_t done = 0;
  while (true) {
    std::size_t m = n == chunk_size ? fill(next) : 0;
    bool last = m == 0;
    r.feed(buf.data(), n, !last);
    done += n;
    if (options.progress) options.progress(done);
    if (last) break;
    std::swap(buf, next);
    n = m;
  }
  return r.finish();
}

Document load_file(const std::filesystem::path& path, const LoadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(ErrorCode::io, "cannot read " + path.string() + ": it is a folder, not a file",
                "nelze číst " + path.string() + ": je to složka, ne soubor");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int error = errno;
    throw Error(ErrorCode::io, "cannot open " + path.string() + ": " + std::strerror(error),
                "nelze otevřít " + path.string() + ": " + detail::system_error_cs(error));
  }
  return load_stream(in, options);
}

}  // namespace inclusio
