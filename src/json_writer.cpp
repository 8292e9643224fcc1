// The canonical writer: the header, the collections in their fixed order, each record's known
// members in the order records.hpp gives, then unknown members in their original order.

#include <inclusio/file.hpp>
#include <inclusio/json.hpp>

#include "document_format.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <ostream>

namespace inclusio {

namespace {
constexpr std::size_t flush_threshold = 64 * 1024;

void flush(std::string& buf, std::ostream& out) {
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  buf.clear();
  if (!out) throw Error(ErrorCode::io, "writing the document failed");
}

void check(const WriteOptions& options) {
  if (options.indent < 0 || options.indent > WriteOptions::max_indent)
    throw Error(ErrorCode::invalid_argument, "indent is 0 to " + std::to_string(WriteOptions::max_indent) +
                                                 " spaces, not " + std::to_string(options.indent));
}

// Emits the document into `buf`, calling `full` whenever it has grown past the flush threshold.
template <class Full>
void emit_document(const Document& doc, const WriteOptions& options, std::string& buf, Full&& full) {
  check(options);
  detail::Emitter e(buf, options.indent);
  e.begin_object();
  e.key("format");
  e.string(Document::format_marker);
  e.key("schema_version");
  e.string(doc.schema_version_to_write());
  if (doc.currency().present()) {
    e.key("currency");
    detail::write_field_value(e, doc.currency());
  }
  detail::for_each_collection([&](const auto& c) {
    const auto& list = (doc.*(c.get))();
    if (!list.present()) return;
    e.key(c.key);
    const auto* items = list.get();
    if (!items) {
      detail::write_field_value(e, list);
      return;
    }
    e.begin_array(false);
    for (const auto& item : *items) {
      detail::write_field_value(e, item);
      if (buf.size() > flush_threshold) full();
    }
    e.end_array();
  });
  e.members(doc.extra());
  e.end_object();
  buf.push_back('\n');
}

}  // namespace

void dump_stream(const Document& doc, std::ostream& out, const WriteOptions& options) {
  std::string buf;
  buf.reserve(flush_threshold * 2);
  emit_document(doc, options, buf, [&] { flush(buf, out); });
  flush(buf, out);
}

// Straight into the string, not through a stringstream: running out of memory is then bad_alloc, not
// a stream failure that would read as an I/O error.
std::string dump_string(const Document& doc, const WriteOptions& options) {
  std::string text;
  emit_document(doc, options, text, [] {});
  return text;
}

void save_file(const Document& doc, const std::filesystem::path& path, const WriteOptions& options) {
  check(options);
  replace_file(path, [&](const auto& sink) {
    std::string buf;
    buf.reserve(flush_threshold * 2);
    auto flush_to_file = [&] {
      sink(buf);
      buf.clear();
    };
    emit_document(doc, options, buf, flush_to_file);
    flush_to_file();
  });
}

}  // namespace inclusio
