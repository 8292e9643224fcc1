// The C API: translation of types and errors only. Every entry point catches everything; no C++
// exception or type crosses the boundary.

#define INCLUSIO_BUILDING
#define INCLUSIO_EXPERIMENTAL
#include <inclusio/inclusio.h>

#include <inclusio/inclusio.hpp>

#include <boost/json.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

// incl_entity_kind is EntityKind value for value (the table of entity kinds): a constant renumbered,
// or a kind added to the table without its C constant and count, fails here.
static_assert(INCL_TERRITORY == static_cast<int>(inclusio::EntityKind::territory));
static_assert(INCL_ORGANIZATION == static_cast<int>(inclusio::EntityKind::organization));
static_assert(INCL_PARTNERSHIP == static_cast<int>(inclusio::EntityKind::partnership));
static_assert(INCL_WORKING_GROUP == static_cast<int>(inclusio::EntityKind::working_group));
static_assert(INCL_PLAN == static_cast<int>(inclusio::EntityKind::plan));
static_assert(INCL_GOAL == static_cast<int>(inclusio::EntityKind::goal));
static_assert(INCL_MEASURE == static_cast<int>(inclusio::EntityKind::measure));
static_assert(INCL_PROJECT == static_cast<int>(inclusio::EntityKind::project));
static_assert(INCL_INDICATOR == static_cast<int>(inclusio::EntityKind::indicator));
static_assert(INCL_EVALUATION == static_cast<int>(inclusio::EntityKind::evaluation));
static_assert(INCL_EVENT == static_cast<int>(inclusio::EntityKind::event));
static_assert(INCL_SUPPORTING_DOCUMENT == static_cast<int>(inclusio::EntityKind::document));
static_assert(INCL_ENTITY_KIND_COUNT == inclusio::entity_kind_count, "a kind of the table has no C constant");

struct incl_document {
  inclusio::Document doc;
  // Entity pointers by kind, computed on first use; cleared by every change.
  mutable std::mutex cache_mutex;
  mutable std::array<std::optional<std::vector<std::string>>, inclusio::entity_kind_count> pointers;
  void changed() {
    std::lock_guard<std::mutex> lock(cache_mutex);
    for (auto& p : pointers) p.reset();
  }
};

struct incl_report {
  inclusio::Report report;
};

struct incl_rule_sink {
  inclusio::FindingSink& sink;
  std::string code;
};

struct incl_progress_report {
  std::vector<inclusio::IndicatorProgress> items;
};

namespace {

using inclusio::ErrorCode;

struct ThreadError {
  incl_error error{};
  std::string message;
  std::string pointer;
  std::vector<inclusio::FormProblem> problems;  // of an INCL_ESCHEMA failure
  bool set = false;
};
thread_local ThreadError last_error;

int to_status(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return INCL_EINVALID;
    case ErrorCode::io: return INCL_EIO;
    case ErrorCode::parse: return INCL_EPARSE;
    case ErrorCode::limit: return INCL_ELIMIT;
    case ErrorCode::format: return INCL_EFORMAT;
    case ErrorCode::schema: return INCL_ESCHEMA;
    case ErrorCode::overflow: return INCL_EOVERFLOW;
    case ErrorCode::currency_mismatch: return INCL_ECURRENCY;
    case ErrorCode::not_found: return INCL_ENOTFOUND;
  }
  return INCL_ERROR;
}

int fail(int code, const char* message, inclusio::TextPosition pos = {}, const std::string& pointer = {}) noexcept {
  ThreadError& t = last_error;
  t.error = incl_error{code, "", pos.line, pos.column, pos.offset, ""};
  t.problems.clear();
  try {
    t.message = message;
    t.pointer = pointer;
    t.error.message = t.message.c_str();
    t.error.pointer = t.pointer.c_str();
  } catch (...) {  // no memory even for the message: a static one will do
    t.error.message = code == INCL_ENOMEM ? "out of memory" : "error (no memory to describe it)";
    t.error.pointer = "";
  }
  t.set = true;
  return code;
}

int invalid(const char* message) noexcept { return fail(INCL_EINVALID, message); }

template <class F>
int guard(F&& f) noexcept {
  try {
    return f();
  } catch (const inclusio::ParseError& e) {
    return fail(to_status(e.code()), e.what(), e.position(), e.pointer());
  } catch (const inclusio::FormatError& e) {
    return fail(INCL_EFORMAT, e.what(), e.position(), e.pointer());
  } catch (const inclusio::SchemaError& e) {
    int rc = fail(INCL_ESCHEMA, e.what());
    try {
      last_error.problems = e.problems();
    } catch (...) {  // no memory for the list: the message still has them all
    }
    return rc;
  } catch (const inclusio::PathNotFound& e) {
    return fail(INCL_ENOTFOUND, e.what(), {}, e.pointer());
  } catch (const inclusio::Error& e) {
    return fail(to_status(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return fail(INCL_ENOMEM, "out of memory");
  } catch (const std::exception& e) {
    return fail(INCL_ERROR, e.what());
  } catch (...) {
    return fail(INCL_ERROR, "unknown error");
  }
}

#define INCL_REQUIRE(cond, what)           \
  do {                                     \
    if (!(cond)) return invalid(what);     \
  } while (0)

// An enum's value as the caller stored it. A C caller may pass any integer (a cast of -1 or 99), and a
// C++ enum without a fixed type holds only the values of its enumerators' bit width: even copying it
// before checking would be undefined, so the check reads its bytes, by reference, as the enum's
// underlying integer.
template <class E>
long long raw_value(const E& e) noexcept {
  std::underlying_type_t<E> v;
  std::memcpy(&v, &e, sizeof v);
  return static_cast<long long>(v);
}

bool known_kind(const incl_entity_kind& kind) {
  long long v = raw_value(kind);
  return v >= 0 && static_cast<unsigned long long>(v) < inclusio::entity_kind_count;
}
bool known_severity(const incl_severity& severity) {
  long long v = raw_value(severity);
  return v >= INCL_SEVERITY_INFO && v <= INCL_SEVERITY_ERROR;
}
bool known_language(const incl_language& language) {
  long long v = raw_value(language);
  return v == INCL_LANGUAGE_EN || v == INCL_LANGUAGE_CS;
}

int version_check(unsigned int version, unsigned int known, const char* what) {
  if (version >= 1 && version <= known) return INCL_OK;
  std::string m = std::string(what) + " version " + std::to_string(version) + " is not supported (this library knows 1 to " +
                  std::to_string(known) + "); initialise it with its _INIT macro or _init function";
  return fail(INCL_EINVALID, m.c_str());
}

inclusio::LoadOptions load_options(const incl_load_options* o) {
  inclusio::LoadOptions lo;
  if (o) {
    lo.strict = o->strict != 0;
    if (o->max_depth) lo.max_depth = o->max_depth;
  }
  return lo;
}

inclusio::WriteOptions write_options(const incl_write_options* o) {
  inclusio::WriteOptions wo;
  if (o) wo.indent = o->indent;
  return wo;
}

int to_buffer(incl_buffer* out, const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) return fail(INCL_ENOMEM, "out of memory");
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  out->ptr = p;
  out->size = s.size();
  return INCL_OK;
}

int value_of(inclusio::Value& out, const incl_document* doc, const char* pointer) {
  INCL_REQUIRE(doc && pointer, "document and pointer must not be NULL");
  out = inclusio::value_at(doc->doc, pointer);
  return INCL_OK;
}

int wrong_type(const char* pointer, const inclusio::Value& v, const char* wanted) {
  std::string m = std::string("the value at ") + pointer + " is " + std::string(inclusio::to_code(v.kind)) + ", not " + wanted;
  return fail(INCL_ETYPE, m.c_str(), {}, pointer);
}

// The value at `pointer`, which must be of `kind`, passed to `take`.
template <class Take>
int typed_value(const incl_document* doc, const char* pointer, inclusio::ValueKind kind, const char* wanted,
                Take&& take) {
  return guard([&]() -> int {
    inclusio::Value v;
    if (int rc = value_of(v, doc, pointer)) return rc;
    if (v.kind != kind) return wrong_type(pointer, v, wanted);
    take(v);
    return INCL_OK;
  });
}

const char* c_str_view(std::string_view sv) {
  // Every string the model holds is a std::string or a static literal, both NUL-terminated.
  return sv.data();
}

}  // namespace

extern "C" {

const incl_error* incl_error_last(void) { return last_error.set ? &last_error.error : nullptr; }

void incl_error_clear(void) {
  last_error.set = false;
  last_error.problems.clear();
}

size_t incl_error_problem_count(void) { return last_error.set ? last_error.problems.size() : 0; }

int incl_error_problem_at(incl_problem* out, size_t index) {
  if (!out) return invalid("out must not be NULL");
  // Read before invalid() replaces the error whose problems these are.
  if (!last_error.set || index >= last_error.problems.size()) return invalid("index past the last problem");
  const inclusio::FormProblem& p = last_error.problems[index];
  *out = incl_problem{p.rule.c_str(), p.pointer.c_str(), p.message.c_str(), p.message_cs.c_str()};
  return INCL_OK;
}

const char* incl_version(int* major, int* minor, int* patch) {
  if (major) *major = INCLUSIO_VERSION_MAJOR;
  if (minor) *minor = INCLUSIO_VERSION_MINOR;
  if (patch) *patch = INCLUSIO_VERSION_PATCH;
  return INCLUSIO_VERSION_STRING;
}

void incl_buffer_dispose(incl_buffer* buffer) {
  if (!buffer) return;
  std::free(buffer->ptr);
  buffer->ptr = nullptr;
  buffer->size = 0;
}

int incl_load_options_init(incl_load_options* opts, unsigned int version) {
  INCL_REQUIRE(opts, "opts must not be NULL");
  if (int rc = version_check(version, INCL_LOAD_OPTIONS_VERSION, "incl_load_options")) return rc;
  *opts = incl_load_options INCL_LOAD_OPTIONS_INIT;
  return INCL_OK;
}

int incl_write_options_init(incl_write_options* opts, unsigned int version) {
  INCL_REQUIRE(opts, "opts must not be NULL");
  if (int rc = version_check(version, INCL_WRITE_OPTIONS_VERSION, "incl_write_options")) return rc;
  *opts = incl_write_options INCL_WRITE_OPTIONS_INIT;
  return INCL_OK;
}

int incl_validate_options_init(incl_validate_options* opts, unsigned int version) {
  INCL_REQUIRE(opts, "opts must not be NULL");
  if (int rc = version_check(version, INCL_VALIDATE_OPTIONS_VERSION, "incl_validate_options")) return rc;
  incl_validate_options init = INCL_VALIDATE_OPTIONS_INIT;
  init.version = version;
  // A version 1 struct ends before `threads`: write no further than its caller's struct.
  std::memcpy(opts, &init, version == 1 ? offsetof(incl_validate_options, threads) : sizeof init);
  return INCL_OK;
}

int incl_document_new(incl_document** out) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    *out = new incl_document();
    return INCL_OK;
  });
}

int incl_document_load_buffer(incl_document** out, const char* data, size_t size, const incl_load_options* opts) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    INCL_REQUIRE(data || size == 0, "data must not be NULL");
    if (opts)
      if (int rc = version_check(opts->version, INCL_LOAD_OPTIONS_VERSION, "incl_load_options")) return rc;
    auto d = std::make_unique<incl_document>();
    d->doc = inclusio::load_string(std::string_view(data ? data : "", size), load_options(opts));
    *out = d.release();
    return INCL_OK;
  });
}

int incl_document_load_file(incl_document** out, const char* path, const incl_load_options* opts) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out && path, "out and path must not be NULL");
    if (opts)
      if (int rc = version_check(opts->version, INCL_LOAD_OPTIONS_VERSION, "incl_load_options")) return rc;
    auto d = std::make_unique<incl_document>();
    d->doc = inclusio::load_file(path, load_options(opts));
    *out = d.release();
    return INCL_OK;
  });
}

int incl_document_copy(incl_document** out, const incl_document* doc) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    auto d = std::make_unique<incl_document>();
    d->doc = doc->doc;
    *out = d.release();
    return INCL_OK;
  });
}

void incl_document_free(incl_document* doc) { delete doc; }

int incl_document_write(incl_buffer* out, const incl_document* doc, const incl_write_options* opts) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    out->ptr = nullptr;
    out->size = 0;
    if (opts)
      if (int rc = version_check(opts->version, INCL_WRITE_OPTIONS_VERSION, "incl_write_options")) return rc;
    return to_buffer(out, inclusio::dump_string(doc->doc, write_options(opts)));
  });
}

int incl_document_save_file(const incl_document* doc, const char* path, const incl_write_options* opts) {
  return guard([&]() -> int {
    INCL_REQUIRE(doc && path, "doc and path must not be NULL");
    if (opts)
      if (int rc = version_check(opts->version, INCL_WRITE_OPTIONS_VERSION, "incl_write_options")) return rc;
    inclusio::save_file(doc->doc, path, write_options(opts));
    return INCL_OK;
  });
}

int incl_document_count(size_t* out, const incl_document* doc, incl_entity_kind kind) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    INCL_REQUIRE(known_kind(kind), "unknown entity kind");
    std::lock_guard<std::mutex> lock(doc->cache_mutex);
    auto& p = doc->pointers[static_cast<std::size_t>(kind)];
    if (!p) p = inclusio::entity_pointers(doc->doc, static_cast<inclusio::EntityKind>(kind));
    *out = p->size();
    return INCL_OK;
  });
}

int incl_document_entity(const char** out_pointer, const incl_document* doc, incl_entity_kind kind, size_t index) {
  return guard([&]() -> int {
    INCL_REQUIRE(out_pointer && doc, "out_pointer and doc must not be NULL");
    INCL_REQUIRE(known_kind(kind), "unknown entity kind");
    std::lock_guard<std::mutex> lock(doc->cache_mutex);
    auto& p = doc->pointers[static_cast<std::size_t>(kind)];
    if (!p) p = inclusio::entity_pointers(doc->doc, static_cast<inclusio::EntityKind>(kind));
    if (index >= p->size()) {
      std::string m = "index " + std::to_string(index) + " is past the last of " + std::to_string(p->size()) + " entities";
      return fail(INCL_EINVALID, m.c_str());
    }
    *out_pointer = (*p)[index].c_str();
    return INCL_OK;
  });
}

int incl_document_find(const char** out_pointer, incl_entity_kind* out_kind, const incl_document* doc, const char* id) {
  return guard([&]() -> int {
    INCL_REQUIRE(doc && id, "doc and id must not be NULL");
    const inclusio::Document::Entry* e = doc->doc.find(id);
    if (!e) {
      std::string m = std::string("no entity has the id \"") + id + "\"";
      return fail(INCL_ENOTFOUND, m.c_str());
    }
    if (out_pointer) *out_pointer = e->pointer.c_str();
    if (out_kind) *out_kind = static_cast<incl_entity_kind>(e->kind);
    return INCL_OK;
  });
}

int incl_document_value_kind(incl_value_kind* out, const incl_document* doc, const char* pointer) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    inclusio::Value v;
    if (int rc = value_of(v, doc, pointer)) return rc;
    *out = static_cast<incl_value_kind>(v.kind);
    return INCL_OK;
  });
}

int incl_document_get_string(const char** out, const incl_document* doc, const char* pointer) {
  if (!(out)) return invalid("out must not be NULL");
  bool holds_nul = false;
  int rc = typed_value(doc, pointer, inclusio::ValueKind::string, "a string", [&](const inclusio::Value& v) {
    holds_nul = v.text.find('\0') != std::string_view::npos;
    if (!holds_nul) *out = c_str_view(v.text);
  });
  if (rc == INCL_OK && holds_nul)
    return invalid("the string holds a NUL character, which a C string would cut short: read it with incl_document_get_text");
  return rc;
}

int incl_document_get_text(const char** out, size_t* out_size, const incl_document* doc, const char* pointer) {
  if (!out || !out_size) return invalid("out and out_size must not be NULL");
  return typed_value(doc, pointer, inclusio::ValueKind::string, "a string", [&](const inclusio::Value& v) {
    *out = c_str_view(v.text);
    *out_size = v.text.size();
  });
}

int incl_document_get_int64(int64_t* out, const incl_document* doc, const char* pointer) {
  if (!(out)) return invalid("out must not be NULL");
  return typed_value(doc, pointer, inclusio::ValueKind::integer, "an integer", [&](const inclusio::Value& v) {
    *out = v.integer;
  });
}

int incl_document_get_decimal(int64_t* out_millionths, const incl_document* doc, const char* pointer) {
  if (!(out_millionths)) return invalid("out_millionths must not be NULL");
  return typed_value(doc, pointer, inclusio::ValueKind::decimal, "a decimal", [&](const inclusio::Value& v) {
    *out_millionths = v.decimal.scaled();
  });
}

int incl_document_get_money(int64_t* out_minor_units, char* out_currency, const incl_document* doc, const char* pointer) {
  if (!(out_minor_units)) return invalid("out_minor_units must not be NULL");
  return typed_value(doc, pointer, inclusio::ValueKind::money, "an amount", [&](const inclusio::Value& v) {
    *out_minor_units = v.money.minor_units();
    if (out_currency) {
      std::memcpy(out_currency, v.money.currency().code().data(), 3);
      out_currency[3] = '\0';
    }
  });
}

int incl_document_get_date(int* out_year, int* out_month, int* out_day, const incl_document* doc, const char* pointer) {
  if (!(out_year && out_month && out_day)) return invalid("the out-parameters must not be NULL");
  return typed_value(doc, pointer, inclusio::ValueKind::date, "a date", [&](const inclusio::Value& v) {
    *out_year = v.date.year();
    *out_month = v.date.month();
    *out_day = v.date.day();
  });
}

int incl_document_get_length(size_t* out, const incl_document* doc, const char* pointer) {
  if (!(out)) return invalid("out must not be NULL");
  // A list the document lacks has no elements: 0, as an index into it is not found.
  return guard([&]() -> int {
    inclusio::Value v;
    if (int rc = value_of(v, doc, pointer)) return rc;
    if (v.kind == inclusio::ValueKind::absent && v.declared == inclusio::ValueKind::list) {
      *out = 0;
      return INCL_OK;
    }
    if (v.kind != inclusio::ValueKind::list) return wrong_type(pointer, v, "a list");
    *out = v.length;
    return INCL_OK;
  });
}

int incl_document_get_json(incl_buffer* out, const incl_document* doc, const char* pointer) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc && pointer, "out, doc and pointer must not be NULL");
    out->ptr = nullptr;
    out->size = 0;
    return to_buffer(out, inclusio::json_at(doc->doc, pointer));
  });
}

int incl_document_set_json(incl_document* doc, const char* pointer, const char* json) {
  return guard([&]() -> int {
    INCL_REQUIRE(doc && pointer && json, "doc, pointer and json must not be NULL");
    // The core's change leaves the document as it was when it fails, and costs the value, not the document.
    inclusio::set_json(doc->doc, pointer, json);
    doc->changed();
    return INCL_OK;
  });
}

int incl_document_remove(incl_document* doc, const char* pointer) {
  return guard([&]() -> int {
    INCL_REQUIRE(doc && pointer, "doc and pointer must not be NULL");
    inclusio::remove_at(doc->doc, pointer);
    doc->changed();
    return INCL_OK;
  });
}

namespace {

// A host rule's callback asked validation to stop.
struct HostRuleAborted {
  std::string message;
};

// The validate options of `opts` (defaults for NULL) into `o`; a status other than INCL_OK when bad.
int validate_options(inclusio::ValidateOptions& o, const incl_validate_options* opts) {
  if (!opts) return INCL_OK;
  if (int rc = version_check(opts->version, INCL_VALIDATE_OPTIONS_VERSION, "incl_validate_options")) return rc;
  if (opts->as_of) o.as_of = inclusio::Date::parse(opts->as_of);
  if (opts->profile_json) o.profile = inclusio::Profile::from_json(opts->profile_json);
  else if (opts->profile) o.profile = inclusio::Profile::named(opts->profile);
  INCL_REQUIRE(known_language(opts->language), "unknown language");
  o.language = opts->language == INCL_LANGUAGE_CS ? inclusio::Language::cs : inclusio::Language::en;
  if (opts->version >= 2) o.threads = opts->threads;
  return INCL_OK;
}

int validate_impl(incl_report** out, const incl_document* doc, const incl_validate_options* opts,
                  const incl_host_rule* rules, size_t count) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    INCL_REQUIRE(rules || count == 0, "rules must not be NULL");
    inclusio::ValidateOptions o;
    if (int rc = validate_options(o, opts)) return rc;
    for (size_t i = 0; i < count; ++i) {
      const incl_host_rule& r = rules[i];
      INCL_REQUIRE(r.code && r.check, "a host rule needs a code and a check");
      INCL_REQUIRE(known_severity(r.severity), "unknown severity");
      std::string code = r.code;
      o.custom_rules.push_back(
          {{"", static_cast<inclusio::Severity>(r.severity), r.title_en ? r.title_en : "", r.title_cs ? r.title_cs : "", "", ""},
           [&r, doc, code](const inclusio::Document&, inclusio::FindingSink& sink) {
             incl_rule_sink c_sink{sink, code};
             if (int rc = r.check(&c_sink, doc, r.payload))
               throw HostRuleAborted{"host rule " + code + " stopped validation (returned " + std::to_string(rc) + ")"};
           }});
      // The catalogue entry's code must outlive validation: point it at the copy in the lambda's rule.
      o.custom_rules.back().info.code = r.code;
    }
    auto report = std::make_unique<incl_report>();
    try {
      report->report = inclusio::validate(doc->doc, o);
    } catch (const HostRuleAborted& a) {
      return fail(INCL_ERROR, a.message.c_str());
    }
    *out = report.release();
    return INCL_OK;
  });
}

}  // namespace

int incl_validate(incl_report** out, const incl_document* doc, const incl_validate_options* opts) {
  return validate_impl(out, doc, opts, nullptr, 0);
}

int incl_validate_with_rules(incl_report** out, const incl_document* doc, const incl_validate_options* opts,
                             const incl_host_rule* rules, size_t count) {
  return validate_impl(out, doc, opts, rules, count);
}

incl_language incl_rule_sink_language(const incl_rule_sink* sink) {
  return sink && sink->sink.language() == inclusio::Language::cs ? INCL_LANGUAGE_CS : INCL_LANGUAGE_EN;
}

int incl_rule_sink_report(incl_rule_sink* sink, incl_severity severity, const char* pointer, const char* entity,
                          const char* message) {
  return guard([&]() -> int {
    INCL_REQUIRE(sink && message, "sink and message must not be NULL");
    INCL_REQUIRE(known_severity(severity), "unknown severity");
    sink->sink.report(sink->code, static_cast<inclusio::Severity>(severity), pointer ? pointer : "", entity ? entity : "",
                      message);
    return INCL_OK;
  });
}

void incl_report_free(incl_report* report) { delete report; }

/* ---- tables ---------------------------------------------------------------------------------------- */

struct incl_import {
  inclusio::ImportResult result;
};

int incl_document_export_tables(const incl_document* doc, const char* path, incl_language headings) {
  return guard([&]() -> int {
    INCL_REQUIRE(doc && path, "doc and path must not be NULL");
    INCL_REQUIRE(known_language(headings), "unknown language");
    inclusio::export_tables(doc->doc, path, headings == INCL_LANGUAGE_CS ? inclusio::Language::cs : inclusio::Language::en);
    return INCL_OK;
  });
}

int incl_document_table_csv(incl_buffer* out, const incl_document* doc, const char* table) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc && table, "out, doc and table must not be NULL");
    out->ptr = nullptr;
    out->size = 0;
    return to_buffer(out, inclusio::table_csv(doc->doc, table));
  });
}

namespace {
int import_impl(incl_import** out, incl_document* doc, const incl_validate_options* opts,
                const std::function<std::vector<inclusio::InputTable>()>& read) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    inclusio::ImportOptions options;
    if (int rc = validate_options(options.validation, opts)) return rc;
    std::vector<inclusio::InputTable> tables = read();
    auto result = std::make_unique<incl_import>();
    result->result = inclusio::upsert_tables(doc->doc, tables, options);
    doc->changed();
    *out = result.release();
    return INCL_OK;
  });
}
}  // namespace

int incl_document_import_tables(incl_import** out, incl_document* doc, const char* path,
                                const incl_validate_options* opts) {
  if (!path) return invalid("path must not be NULL");
  return import_impl(out, doc, opts, [&] { return inclusio::read_tables(path); });
}

int incl_document_import_csv(incl_import** out, incl_document* doc, const char* table, const char* csv, size_t size,
                             const char* source, const incl_validate_options* opts) {
  if (!table || (!csv && size)) return invalid("table and csv must not be NULL");
  return import_impl(out, doc, opts, [&] {
    std::vector<inclusio::InputTable> tables;
    tables.push_back(inclusio::read_table_csv(std::string_view(csv ? csv : "", size), table,
                                              source ? source : std::string(table) + ".csv"));
    return tables;
  });
}

void incl_import_free(incl_import* import) { delete import; }

int incl_import_rows(size_t* out_added, size_t* out_updated, const incl_import* import) {
  if (!import) return invalid("import must not be NULL");
  if (out_added) *out_added = import->result.added;
  if (out_updated) *out_updated = import->result.updated;
  return INCL_OK;
}

int incl_import_count(size_t* out, const incl_import* import) {
  if (!out || !import) return invalid("out and import must not be NULL");
  *out = import->result.findings.size();
  return INCL_OK;
}

int incl_import_skipped_count(size_t* out, const incl_import* import) {
  if (!out || !import) return invalid("out and import must not be NULL");
  *out = import->result.skipped.size();
  return INCL_OK;
}

int incl_import_skipped_at(const char** out, const incl_import* import, size_t index) {
  if (!out || !import) return invalid("out and import must not be NULL");
  if (index >= import->result.skipped.size()) return fail(INCL_ENOTFOUND, "no skipped table at that index");
  *out = import->result.skipped[index].c_str();
  return INCL_OK;
}

int incl_import_finding_at(incl_import_finding* out, const incl_import* import, size_t index) {
  if (!out || !import) return invalid("out and import must not be NULL");
  if (index >= import->result.findings.size()) return fail(INCL_ENOTFOUND, "no finding at that index");
  const inclusio::ImportFinding& f = import->result.findings[index];
  out->finding = {f.finding.rule.c_str(), static_cast<incl_severity>(f.finding.severity), f.finding.pointer.c_str(),
                  f.finding.entity.c_str(), f.finding.message.c_str()};
  out->table = f.origin ? f.origin->table.c_str() : nullptr;
  out->source = f.origin ? f.origin->source.c_str() : nullptr;
  out->row = f.origin ? f.origin->row : 0;
  out->column = f.origin ? f.origin->column.c_str() : nullptr;
  return INCL_OK;
}

int incl_report_count(size_t* out, const incl_report* report) {
  if (!out || !report) return invalid("out and report must not be NULL");
  *out = report->report.findings.size();
  return INCL_OK;
}

int incl_report_count_severity(size_t* out, const incl_report* report, incl_severity severity) {
  if (!out || !report) return invalid("out and report must not be NULL");
  if (!known_severity(severity)) return invalid("unknown severity");
  *out = report->report.count(static_cast<inclusio::Severity>(severity));
  return INCL_OK;
}

int incl_report_finding(incl_finding* out, const incl_report* report, size_t index) {
  if (!out || !report) return invalid("out and report must not be NULL");
  const auto& findings = report->report.findings;
  if (index >= findings.size()) return guard([&]() -> int {
      std::string m = "index " + std::to_string(index) + " is past the last of " + std::to_string(findings.size()) + " findings";
      return fail(INCL_EINVALID, m.c_str());
    });
  const inclusio::Finding& f = findings[index];
  *out = incl_finding{f.rule.c_str(), static_cast<incl_severity>(f.severity), f.pointer.c_str(), f.entity.c_str(),
                      f.message.c_str()};
  return INCL_OK;
}

size_t incl_rule_count(void) { return inclusio::rule_catalogue().size(); }

int incl_rule_at(incl_rule* out, size_t index) {
  if (!out) return invalid("out must not be NULL");
  auto rules = inclusio::rule_catalogue();
  if (index >= rules.size()) return invalid("rule index past the end of the catalogue");
  const inclusio::RuleInfo& r = rules[index];
  // The catalogue's texts are string literals, so NUL-terminated and static.
  *out = incl_rule{r.code.data(), static_cast<incl_severity>(r.severity), r.title_en.data(), r.title_cs.data(),
                   r.rationale_en.data(), r.rationale_cs.data()};
  return INCL_OK;
}

int incl_progress_options_init(incl_progress_options* opts, unsigned int version) {
  INCL_REQUIRE(opts, "opts must not be NULL");
  if (int rc = version_check(version, INCL_PROGRESS_OPTIONS_VERSION, "incl_progress_options")) return rc;
  incl_progress_options init = INCL_PROGRESS_OPTIONS_INIT;
  init.version = version;
  // A version 1 struct ends before `indicator`: write no further than its caller's struct.
  std::memcpy(opts, &init, version == 1 ? offsetof(incl_progress_options, indicator) : sizeof init);
  return INCL_OK;
}

namespace {
// {"gender": "female"} as the core's Dimensions; nullopt (with the error set) for anything else.
std::optional<inclusio::Dimensions> dimensions_of(const char* text) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  std::vector<inclusio::Dimensions::value_type> items;
  for (const auto& kv : v.get_object()) {
    if (!kv.value().is_string()) return std::nullopt;
    items.emplace_back(std::string(kv.key()), std::string(kv.value().get_string()));
  }
  return inclusio::Dimensions(std::move(items));
}
}  // namespace

int incl_progress_compute(incl_progress_report** out, const incl_document* doc, const incl_progress_options* opts) {
  if (out) *out = nullptr;
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    inclusio::ProgressOptions o;
    if (opts) {
      if (int rc = version_check(opts->version, INCL_PROGRESS_OPTIONS_VERSION, "incl_progress_options")) return rc;
      if (opts->as_of) o.as_of = inclusio::Date::parse(opts->as_of);
      o.at_risk_margin = opts->at_risk_margin;
      o.off_track_margin = opts->off_track_margin;
    }
    const char* indicator = nullptr;
    if (opts && opts->version >= 2) {
      indicator = opts->indicator;
      o.approved_only = opts->approved_only != 0;
      if (opts->dimensions_json) {
        auto dims = dimensions_of(opts->dimensions_json);
        INCL_REQUIRE(dims, "dimensions_json must be a JSON object of names to strings, such as {\"gender\": \"female\"}");
        o.dimensions = std::move(*dims);
      }
    }
    auto r = std::make_unique<incl_progress_report>();
    if (indicator) {
      const inclusio::Document::Entry* e = doc->doc.find(indicator);
      if (!e || e->kind != inclusio::EntityKind::indicator) {
        std::string m = std::string("no indicator has the id \"") + indicator + "\"";
        return fail(INCL_ENOTFOUND, m.c_str());
      }
      r->items.push_back(inclusio::indicator_progress(*static_cast<const inclusio::Indicator*>(e->entity), o));
      r->items.back().pointer = e->pointer;
    } else {
      r->items = inclusio::document_progress(doc->doc, o);
    }
    *out = r.release();
    return INCL_OK;
  });
}

void incl_progress_report_free(incl_progress_report* report) { delete report; }

int incl_progress_count(size_t* out, const incl_progress_report* report) {
  if (!out || !report) return invalid("out and report must not be NULL");
  *out = report->items.size();
  return INCL_OK;
}

namespace {
bool known_format(const incl_output_format& format) {
  long long v = raw_value(format);
  return v >= INCL_FORMAT_TEXT && v <= INCL_FORMAT_HTML;
}
static_assert(INCL_FORMAT_TEXT == static_cast<int>(inclusio::OutputFormat::text));
static_assert(INCL_FORMAT_JSON == static_cast<int>(inclusio::OutputFormat::json));
static_assert(INCL_FORMAT_CSV == static_cast<int>(inclusio::OutputFormat::csv));
static_assert(INCL_FORMAT_MARKDOWN == static_cast<int>(inclusio::OutputFormat::markdown));
static_assert(INCL_FORMAT_HTML == static_cast<int>(inclusio::OutputFormat::html));
inclusio::Language language_of(incl_language l) { return l == INCL_LANGUAGE_CS ? inclusio::Language::cs : inclusio::Language::en; }
}  // namespace

int incl_report_render(incl_buffer* out, const incl_report* report, incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && report, "out and report must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    return to_buffer(out, inclusio::render_report(report->report, static_cast<inclusio::OutputFormat>(format),
                                                  language_of(language)));
  });
}

int incl_summary_render(incl_buffer* out, const incl_document* doc, const char* plan, const char* as_of,
                        incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::ProgressOptions o;
    if (as_of) o.as_of = inclusio::Date::parse(as_of);
    inclusio::Summary s =
        inclusio::summarize(doc->doc, plan ? std::optional<std::string>(plan) : std::nullopt, o, language_of(language));
    return to_buffer(out, inclusio::render_summary(s, static_cast<inclusio::OutputFormat>(format), language_of(language)));
  });
}

namespace {
int render_revision_to(incl_buffer* out, size_t* changes, const inclusio::Revision& r, incl_output_format format,
                       incl_language language) {
  if (changes) *changes = r.changes.size();
  return to_buffer(out, inclusio::render_revision(r, static_cast<inclusio::OutputFormat>(format), language_of(language)));
}
}  // namespace

int incl_document_diff(incl_buffer* out, size_t* changes, const incl_document* old_doc, const incl_document* new_doc,
                       incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && old_doc && new_doc, "out, old_doc and new_doc must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::DiffOptions options;
    options.patch = false;
    return render_revision_to(out, changes, inclusio::diff(old_doc->doc, new_doc->doc, options), format, language);
  });
}

int incl_document_diff_patch(incl_buffer* out, const incl_document* old_doc, const incl_document* new_doc) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && old_doc && new_doc, "out, old_doc and new_doc must not be NULL");
    *out = incl_buffer{};
    return to_buffer(out, inclusio::revision_patch(inclusio::diff(old_doc->doc, new_doc->doc)));
  });
}

int incl_document_diff_plans(incl_buffer* out, size_t* changes, const incl_document* doc, const char* new_plan,
                             incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc && new_plan, "out, doc and new_plan must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::DiffOptions options;
    options.patch = false;
    return render_revision_to(out, changes, inclusio::diff_plans(doc->doc, new_plan, options), format, language);
  });
}

int incl_document_diff_plans_patch(incl_buffer* out, const incl_document* doc, const char* new_plan) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc && new_plan, "out, doc and new_plan must not be NULL");
    *out = incl_buffer{};
    return to_buffer(out, inclusio::revision_patch(inclusio::diff_plans(doc->doc, new_plan)));
  });
}

int incl_documents_merge(incl_document** out, incl_buffer* conflicts, const incl_document* const* docs, size_t count,
                         const char* const* labels, incl_merge_policy policy) {
  if (out) *out = nullptr;
  if (conflicts) *conflicts = incl_buffer{};
  return guard([&]() -> int {
    INCL_REQUIRE(out && (docs || count == 0), "out and docs must not be NULL");
    long long p = raw_value(policy);
    INCL_REQUIRE(p == INCL_MERGE_FAIL || p == INCL_MERGE_PREFER_LAST, "unknown merge policy");
    inclusio::MergeOptions options;
    options.on_conflict = p == INCL_MERGE_PREFER_LAST ? inclusio::MergeConflictPolicy::prefer_last
                                                      : inclusio::MergeConflictPolicy::fail;
    std::vector<const inclusio::Document*> pointers;
    for (size_t i = 0; i < count; ++i) {
      INCL_REQUIRE(docs[i], "docs must not hold NULL");
      pointers.push_back(&docs[i]->doc);
      if (labels) {
        INCL_REQUIRE(labels[i], "labels must not hold NULL");
        options.labels.emplace_back(labels[i]);
      }
    }
    inclusio::MergeResult result = inclusio::merge(pointers, options);
    bool unresolved = false;
    boost::json::array list;
    for (const inclusio::MergeConflict& c : result.conflicts) {
      unresolved = unresolved || !c.resolved;
      list.push_back({{"entity", c.entity}, {"kind", c.kind}, {"first", c.first}, {"first_path", c.first_path},
                      {"second", c.second}, {"second_path", c.second_path}, {"id_reused", c.id_reused},
                      {"resolved", c.resolved}});
    }
    if (conflicts)
      if (int rc = to_buffer(conflicts, boost::json::serialize(list))) return rc;
    if (unresolved) return INCL_OK;
    auto d = std::make_unique<incl_document>();
    d->doc = std::move(result.document);
    *out = d.release();
    return INCL_OK;
  });
}

namespace {
void put_date(char* out, const std::optional<inclusio::Date>& d) {
  std::string s = d ? d->to_string() : std::string();
  std::memcpy(out, s.c_str(), s.size() + 1);  // "YYYY-MM-DD" fits the 11 bytes
}
void put_decimal(int& has, int64_t& value, const std::optional<inclusio::Decimal>& d) {
  has = d.has_value();
  value = d ? d->scaled() : 0;
}
}  // namespace

int incl_progress_at(incl_progress* out, const incl_progress_report* report, size_t index) {
  if (!out || !report) return invalid("out and report must not be NULL");
  if (index >= report->items.size()) return invalid("index past the last indicator");
  const inclusio::IndicatorProgress& p = report->items[index];
  *out = incl_progress{};
  out->indicator = p.indicator.c_str();
  out->pointer = p.pointer.c_str();
  out->status = static_cast<incl_progress_status>(p.status);
  put_decimal(out->has_baseline, out->baseline, p.baseline);
  put_decimal(out->has_current, out->current, p.current);
  put_date(out->current_date, p.current_date);
  out->current_text = p.current_text.c_str();
  out->observations = p.observations;
  put_decimal(out->has_target, out->target, p.target);
  put_date(out->target_date, p.target_date);
  out->target_text = p.target_text.c_str();
  put_decimal(out->has_current_count, out->current_count, p.current_count);
  put_decimal(out->has_target_count, out->target_count, p.target_count);
  out->has_progress = p.progress.has_value();
  out->progress = p.progress.value_or(0.0);
  out->has_expected = p.expected.has_value();
  out->expected = p.expected.value_or(0.0);
  return INCL_OK;
}

int incl_results_options_init(incl_results_options* opts, unsigned int version) {
  INCL_REQUIRE(opts, "opts must not be NULL");
  if (int rc = version_check(version, INCL_RESULTS_OPTIONS_VERSION, "incl_results_options")) return rc;
  *opts = incl_results_options INCL_RESULTS_OPTIONS_INIT;
  return INCL_OK;
}

int incl_results_render(incl_buffer* out, const incl_document* doc, const incl_results_options* opts,
                        incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::ResultsOptions o;
    if (opts) {
      if (int rc = version_check(opts->version, INCL_RESULTS_OPTIONS_VERSION, "incl_results_options")) return rc;
      if (opts->as_of) o.progress.as_of = inclusio::Date::parse(opts->as_of);
      if (opts->frequency) {
        o.frequency = inclusio::from_code<inclusio::ReportingFrequency>(opts->frequency);
        INCL_REQUIRE(o.frequency, "frequency must be \"year\", \"half_year\", \"quarter\" or \"month\"");
      }
      if (opts->dimensions_json) {
        auto dims = dimensions_of(opts->dimensions_json);
        INCL_REQUIRE(dims, "dimensions_json must be a JSON object of names to strings, such as {\"gender\": \"female\"}");
        o.progress.dimensions = std::move(*dims);
      }
      o.progress.approved_only = opts->approved_only != 0;
    }
    auto rows = inclusio::results_by_period(doc->doc, o);
    return to_buffer(out, inclusio::render_results(rows, static_cast<inclusio::OutputFormat>(format), language_of(language)));
  });
}

int incl_rollup_render(incl_buffer* out, const incl_document* doc, const char* level, const char* as_of,
                       incl_output_format format, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && doc, "out and doc must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_format(format), "unknown output format");
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::RollupOptions o;
    if (level) {
      auto l = inclusio::from_code<inclusio::TerritoryKind>(level);
      INCL_REQUIRE(l, "level must be \"municipality\", \"orp\", \"district\", \"region\" or \"country\"");
      o.level = *l;
    }
    if (as_of) o.progress.as_of = inclusio::Date::parse(as_of);
    auto rows = inclusio::rollup(doc->doc, o);
    return to_buffer(out, inclusio::render_rollup(rows, static_cast<inclusio::OutputFormat>(format), language_of(language)));
  });
}

static_assert(INCL_PROGRESS_STATUS_COUNT == inclusio::progress_statuses.size());
static_assert(INCL_PROGRESS_OVERDUE == static_cast<int>(inclusio::ProgressStatus::overdue));

namespace {
bool known_status(const incl_progress_status& status) {
  long long v = raw_value(status);
  return v >= 0 && v < INCL_PROGRESS_STATUS_COUNT;
}
}  // namespace

const char* incl_progress_status_code(incl_progress_status status) {
  if (!known_status(status)) return nullptr;
  return inclusio::to_code(static_cast<inclusio::ProgressStatus>(status)).data();
}

const char* incl_progress_status_label(incl_progress_status status, incl_language language) {
  if (!known_status(status) || !known_language(language)) return nullptr;
  return inclusio::label(static_cast<inclusio::ProgressStatus>(status), language_of(language)).data();
}

int incl_progress_details_init(incl_progress_details* details, unsigned int version) {
  INCL_REQUIRE(details, "details must not be NULL");
  if (int rc = version_check(version, INCL_PROGRESS_DETAILS_VERSION, "incl_progress_details")) return rc;
  *details = incl_progress_details{};
  details->version = version;
  return INCL_OK;
}

int incl_progress_details_at(incl_progress_details* out, const incl_progress_report* report, size_t index) {
  if (!out || !report) return invalid("out and report must not be NULL");
  if (int rc = version_check(out->version, INCL_PROGRESS_DETAILS_VERSION, "incl_progress_details")) return rc;
  if (index >= report->items.size()) return invalid("index past the last indicator");
  const inclusio::IndicatorProgress& p = report->items[index];
  unsigned int version = out->version;
  *out = incl_progress_details{};
  out->version = version;
  out->name = p.name.c_str();
  out->unit = p.unit ? inclusio::to_code(*p.unit).data() : "";
  put_date(out->baseline_date, p.baseline_date);
  out->has_target_index = p.target_index.has_value();
  out->target_index = p.target_index.value_or(0);
  put_decimal(out->has_current_denominator, out->current_denominator, p.current_denominator);
  out->missed_targets = p.missed_targets.size();
  if (!p.missed_targets.empty()) {
    const auto& missed = p.missed_targets.front();
    out->has_missed_target = 1;
    out->missed_target_index = missed.index;
    put_date(out->missed_target_date, missed.date);
    put_decimal(out->has_missed_target_value, out->missed_target_value, missed.target);
  }
  put_date(out->overdue_start, p.overdue_period ? std::optional(p.overdue_period->start()) : std::nullopt);
  put_date(out->overdue_end, p.overdue_period ? std::optional(p.overdue_period->end()) : std::nullopt);
  out->sum_overflows = p.sum_overflows;
  return INCL_OK;
}

namespace {
incl_official_territory to_c(const std::optional<inclusio::OfficialTerritory>& t) {
  if (!t) return incl_official_territory{nullptr, nullptr, nullptr};
  // The codelist tables and kind codes are static literals, so NUL-terminated.
  return incl_official_territory{inclusio::to_code(t->kind).data(), t->code.data(), t->name.data()};
}
}  // namespace

int incl_official_territory_lookup(incl_official_territory* out, const char* code) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && code, "out and code must not be NULL");
    auto t = inclusio::official_territory(code);
    if (!t) {
      std::string m = std::string("no territory in the ČSÚ codelists has the code \"") + code + "\"";
      return fail(INCL_ENOTFOUND, m.c_str());
    }
    *out = to_c(t);
    return INCL_OK;
  });
}

int incl_official_territory_search(incl_official_territory* out, size_t capacity, size_t* out_count, const char* query) {
  return guard([&]() -> int {
    INCL_REQUIRE(out_count && query && (out || capacity == 0), "out_count, query and out must not be NULL");
    auto found = inclusio::find_official_territories(query, capacity);
    for (std::size_t i = 0; i < found.size(); ++i) out[i] = to_c(found[i]);
    *out_count = found.size();
    return INCL_OK;
  });
}

namespace {
// The territories of a kind, built once: a form lists them by index without a copy per call.
const std::vector<inclusio::OfficialTerritory>* official_list(const char* kind) {
  using inclusio::TerritoryKind;
  auto k = kind ? inclusio::from_code<TerritoryKind>(kind) : std::nullopt;
  if (!k || !inclusio::has_official_codes(*k)) return nullptr;
  static const auto lists = [] {
    std::map<TerritoryKind, std::vector<inclusio::OfficialTerritory>> out;
    for (TerritoryKind each : {TerritoryKind::municipality, TerritoryKind::orp, TerritoryKind::district, TerritoryKind::region})
      out.emplace(each, inclusio::official_territories(each));
    return out;
  }();
  return &lists.at(*k);
}
}  // namespace

int incl_official_territory_count(size_t* out, const char* kind) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    const auto* list = official_list(kind);
    INCL_REQUIRE(list, "kind must be \"municipality\", \"orp\", \"district\" or \"region\"");
    *out = list->size();
    return INCL_OK;
  });
}

int incl_official_territory_at(incl_official_territory* out, const char* kind, size_t index) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    const auto* list = official_list(kind);
    INCL_REQUIRE(list, "kind must be \"municipality\", \"orp\", \"district\" or \"region\"");
    INCL_REQUIRE(index < list->size(), "index past the last territory of the kind");
    *out = to_c((*list)[index]);
    return INCL_OK;
  });
}

int incl_official_territory_region(incl_official_territory* out, const char* code) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && code, "out and code must not be NULL");
    auto t = inclusio::official_territory(code);
    auto region = t ? inclusio::official_region_of(t->kind, t->code) : std::nullopt;
    if (!region) {
      std::string m = std::string("the ČSÚ codelists give no region for the code \"") + code + "\"";
      return fail(INCL_ENOTFOUND, m.c_str());
    }
    *out = to_c(region);
    return INCL_OK;
  });
}

int incl_official_territory_chain(incl_official_territory out[4], const char* municipality_code) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && municipality_code, "out and municipality_code must not be NULL");
    auto chain = inclusio::official_chain(municipality_code);
    if (!chain) {
      std::string m = std::string("no municipality in the ČSÚ codelists has the code \"") + municipality_code + "\"";
      return fail(INCL_ENOTFOUND, m.c_str());
    }
    out[0] = to_c(chain->municipality);
    out[1] = to_c(chain->orp);
    out[2] = to_c(chain->district);
    out[3] = to_c(chain->region);
    return INCL_OK;
  });
}

}  // extern "C"

namespace {
incl_codelist to_c(const inclusio::CodelistInfo& c) {
  return incl_codelist{c.key.data(), c.name_en.data(), c.name_cs.data(), c.codes.size()};
}
}  // namespace

extern "C" {

size_t incl_codelist_count(void) {
  try {
    return inclusio::codelists().size();
  } catch (...) {  // the registry could not be built (no memory)
    return 0;
  }
}

int incl_codelist_at(incl_codelist* out, size_t index) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    auto lists = inclusio::codelists();
    INCL_REQUIRE(index < lists.size(), "index past the last codelist");
    *out = to_c(lists[index]);
    return INCL_OK;
  });
}

int incl_codelist_find(incl_codelist* out, size_t* out_index, const char* key) {
  return guard([&]() -> int {
    INCL_REQUIRE(out && key, "out and key must not be NULL");
    const inclusio::CodelistInfo* c = inclusio::find_codelist(key);
    if (!c) return fail(INCL_ENOTFOUND, (std::string("no codelist has the key \"") + key + "\"").c_str());
    *out = to_c(*c);
    if (out_index) *out_index = static_cast<size_t>(c - inclusio::codelists().data());
    return INCL_OK;
  });
}

int incl_codelist_code(incl_code* out, size_t codelist, size_t index) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    auto lists = inclusio::codelists();
    INCL_REQUIRE(codelist < lists.size(), "index past the last codelist");
    INCL_REQUIRE(index < lists[codelist].codes.size(), "index past the codelist's last code");
    const inclusio::CodeInfo& c = lists[codelist].codes[index];
    *out = incl_code{c.code.data(), c.label_en.data(), c.label_cs.data()};
    return INCL_OK;
  });
}

int incl_money_format(incl_buffer* out, int64_t minor_units, const char* currency, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::Money m(minor_units, currency ? inclusio::Currency(currency) : inclusio::Currency{});
    return to_buffer(out, language == INCL_LANGUAGE_CS ? m.format_cs() : m.format_en());
  });
}

int incl_money_parse(int64_t* out_minor_units, const char* text) {
  return guard([&]() -> int {
    INCL_REQUIRE(out_minor_units && text, "out_minor_units and text must not be NULL");
    inclusio::Money m;
    inclusio::AmountProblem problem = inclusio::Money::try_parse(text, inclusio::Currency{}, m);
    if (problem != inclusio::AmountProblem::none)
      return invalid(("\"" + inclusio::terminal_text(text) + "\" is not an amount: " + std::string(inclusio::describe(problem))).c_str());
    *out_minor_units = m.minor_units();
    return INCL_OK;
  });
}

int incl_decimal_format(incl_buffer* out, int64_t millionths, incl_language language) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    *out = incl_buffer{};
    INCL_REQUIRE(known_language(language), "unknown language");
    inclusio::Decimal d = inclusio::Decimal::from_scaled(millionths);
    return to_buffer(out, language == INCL_LANGUAGE_CS ? d.format_cs() : d.format_en());
  });
}

int incl_decimal_parse(int64_t* out_millionths, const char* text) {
  return guard([&]() -> int {
    INCL_REQUIRE(out_millionths && text, "out_millionths and text must not be NULL");
    inclusio::Decimal d;
    if (!inclusio::Decimal::try_parse(text, d))
      return invalid(("\"" + inclusio::terminal_text(text) + "\" is not a decimal of at most six decimals").c_str());
    *out_millionths = d.scaled();
    return INCL_OK;
  });
}

int incl_json_schema(incl_buffer* out) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    *out = incl_buffer{};
    return to_buffer(out, inclusio::json_schema());
  });
}

int incl_rules_markdown(incl_buffer* out) {
  return guard([&]() -> int {
    INCL_REQUIRE(out, "out must not be NULL");
    *out = incl_buffer{};
    return to_buffer(out, inclusio::rules_markdown());
  });
}

}  // extern "C"
