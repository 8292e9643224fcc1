#pragma once
// Text from a document escaped for where it is shown: a terminal or log (control characters made
// visible), a Markdown table cell (markup and line breaks made literal). The document's text is the
// user's, and may be hostile: a crafted id must not forge an output line, retitle a terminal, break a
// table or inject a link.

#include <cstdio>
#include <string>
#include <string_view>

namespace inclusio::detail {

// C0 controls, DEL and the C1 controls (U+0080–U+009F, which some terminals obey) as \xNN or \u00NN;
// a backslash doubled, so that the escape cannot be forged.
inline std::string terminal_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[8];
    if (c < 0x20 || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned char>(s[++i]));
      out += buf;
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// Literal text inline in Markdown (a table cell, a heading after its marker): the characters that make
// emphasis, code, links, images, strikethrough, raw HTML or a cell break escaped, and line breaks as
// spaces (a line break would end the cell and could start a heading).
inline std::string markdown_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n':
      case '\r':
      case '\t': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
        else out += c;
    }
  }
  return out;
}

// Text inside an HTML element or a quoted attribute.
inline std::string html_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace inclusio::detail
