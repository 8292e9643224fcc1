#pragma once
// Reading and writing the JSON format. Reading streams (the file is never held whole and no DOM of
// it is built); writing is canonical: the same document always gives the same bytes.

#include <inclusio/document.hpp>
#include <inclusio/error.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

struct LoadOptions {
  // Nesting deeper than this fails with ErrorCode::limit. A document of the format nests 8 deep;
  // the rest is room for the unknown fields a producer adds. At most max_depth_limit, the depth the
  // library is tested to read, validate, copy, write and free within a thread's default stack;
  // loading with more throws Error(invalid_argument).
  static constexpr std::size_t max_depth_limit = 5000;
  std::size_t max_depth = 64;
  // Refuse, with one SchemaError listing every problem, a document holding values of the wrong form
  // (missing required fields, wrong JSON types, values outside codelists, impossible dates,
  // malformed amounts and ids). By default such a document loads and validation reports them.
  bool strict = false;
  // Called after each 64 KiB of input with the number of bytes read so far: to show progress, or to
  // stop a long load by throwing (the exception propagates; no document is returned). Python's load
  // uses it to honour Ctrl-C while the core reads.
  std::function<void(std::size_t bytes_read)> progress;
};

// Each throws ParseError (ErrorCode parse or limit: not JSON, bad UTF-8, a number that does not fit,
// too deep, duplicate keys), FormatError (ErrorCode format: not an inclusio document), SchemaError
// (strict only) or Error(io). No partial document is ever returned.
Document load_string(std::string_view json, const LoadOptions& options = {});
Document load_stream(std::istream& in, const LoadOptions& options = {});
Document load_file(const std::filesystem::path& path, const LoadOptions& options = {});

struct WriteOptions {
  static constexpr int max_indent = 16;
  int indent = 2;  // spaces per level, 0 to max_indent; 0 writes everything on one line
};

std::string dump_string(const Document& doc, const WriteOptions& options = {});
void dump_stream(const Document& doc, std::ostream& out, const WriteOptions& options = {});
// Writes the document in place of `path` as replace_file does (file.hpp): in one step, never through
// a link or over anything but a regular file, keeping the file's mode. Throws Error(io), and
// Error(invalid_argument) for an indent outside 0 to WriteOptions::max_indent (as every writer does).
void save_file(const Document& doc, const std::filesystem::path& path, const WriteOptions& options = {});

// The values of the wrong form in a document, in document order: what strict loading refuses and
// what validation reports with rules S002, S003, S004, S006, D001 and M001.
std::vector<FormProblem> form_problems(const Document& doc);

}  // namespace inclusio
