// A value is read as the member of a document wrapped around it, so that it goes through the one
// reader and its checks; errors are then told of the text alone.
#include "json_fragment.hpp"

#include <inclusio/json.hpp>

#include "document_format.hpp"
#include "text_counts.hpp"

#include <string>

namespace inclusio::detail {

namespace json = boost::json;

json::value read_fragment(std::string_view text) {
  static const std::string prefix = "{\"format\":\"inclusio\",\"schema_version\":\"1.0\",\"v\":";
  Document wrapper;
  // An error in the wrapper, told of the text alone: its position within the text, its pointer within
  // the value, and, where the parser only stopped at the wrapper's closing brace, the end of the text.
  auto in_text = [&](const TextPosition& at, const std::string& pointer, std::string reason, std::string reason_cs,
                     ErrorCode code) {
    TextPosition pos = at;
    if (pos.offset >= prefix.size() + text.size()) {
      reason = "unexpected end of input";
      reason_cs = "vstup nečekaně končí";
      pos.offset = prefix.size() + text.size();
      std::size_t last_line = text.rfind('\n');
      std::string_view tail = last_line == std::string_view::npos ? text : text.substr(last_line + 1);
      std::size_t chars = detail::count_characters(tail);
      pos.line = 1 + detail::count_newlines(text);
      pos.column = (pos.line == 1 ? prefix.size() : 0) + chars + 1;
    }
    if (pos.line == 1) pos.column = pos.column > prefix.size() ? pos.column - prefix.size() : 1;
    pos.offset = pos.offset > prefix.size() ? pos.offset - prefix.size() : 0;
    std::string within = pointer.rfind("/v", 0) == 0 ? pointer.substr(2) : "";
    return ParseError(code, reason, pos, within, reason_cs);
  };
  try {
    wrapper = load_string(prefix + std::string(text) + "}");
  } catch (const ParseError& e) {
    throw in_text(e.position(), e.pointer(), e.reason(), e.reason_cs(), e.code());
  } catch (const FormatError& e) {
    throw in_text(e.position(), e.pointer(), e.reason(), e.reason_cs(), ErrorCode::parse);
  }
  // Text such as `1, "plans": []` would close the value early and add members of its own.
  bool only_value = wrapper.extra().size() == 1 && wrapper.extra().contains("v") && !wrapper.currency().present();
  detail::for_each_collection([&](const auto& c) { only_value = only_value && !(wrapper.*(c.get))().present(); });
  if (!only_value)
    throw ParseError(ErrorCode::parse, "unexpected data after the JSON value", {1, 1, 0}, "",
                     "za hodnotou JSON následují další data");
  return wrapper.extra().at("v");
}

}  // namespace inclusio::detail
