// The canonical writer: the header, the collections in their fixed order, each record's known
// members in the order records.hpp gives, then unknown members in their original order.

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

// Emits the document into `buf`, calling `full` whenever it has grown past the flush threshold.
template <class Full>
void emit_document(const Document& doc, const WriteOptions& options, std::string& buf, Full&& full) {
  detail::Emitter e(buf, options.indent);
  e.begin_object();
  e.key("format");
  e.string(Document::format_marker);
  e.key("schema_version");
  e.string(Document::schema_version);
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
  for (const auto& kv : doc.extra()) {
    e.key(kv.key());
    e.value(kv.value());
  }
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
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorCode::io, "cannot create " + tmp.string() + ": " + std::strerror(errno));
    try {
      dump_stream(doc, out, options);
      out.close();
      if (!out) throw Error(ErrorCode::io, "writing " + tmp.string() + " failed");
    } catch (...) {
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      throw;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    throw Error(ErrorCode::io, "cannot replace " + path.string() + ": " + ec.message());
  }
}

}  // namespace inclusio
