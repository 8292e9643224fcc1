// inclusio._native: the core for the pure-Python package `inclusio`. Only translation lives here:
// types in and out, errors into the Python hierarchy, the GIL released around the core's work.

#include "columns.hpp"
#include "errors.hpp"
#include "native_document.hpp"
#include "packed_findings.hpp"

#include <inclusio/inclusio.hpp>

#include <boost/json/serialize.hpp>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;
using namespace inclusio;
using inclusio::python::NativeDocument;
using inclusio::python::PackedFindings;
using inclusio::python::pack_findings;

namespace {

OutputFormat output_format(std::string_view code) {
  if (std::optional<OutputFormat> format = output_format_from_code(code)) return *format;
  throw Error(ErrorCode::invalid_argument, "unknown format '" + std::string(code) + "' (text, json, csv, md or html)");
}

EntityKind entity_kind(std::string_view code) {
  if (std::optional<EntityKind> kind = entity_kind_from_code(code)) return *kind;
  throw Error(ErrorCode::invalid_argument, "unknown entity kind '" + std::string(code) + "'");
}

std::optional<Date> as_of_date(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  Date date;
  if (DateProblem problem = Date::try_parse(*text, date); problem != DateProblem::none)
    throw Error(ErrorCode::invalid_argument, "as_of '" + *text + "': " + std::string(describe(problem)));
  return date;
}

Language language(std::string_view code) {
  if (code == "en") return Language::en;
  if (code == "cs") return Language::cs;
  throw Error(ErrorCode::invalid_argument, "unknown language '" + std::string(code) + "' (en or cs)");
}

// (file, findings as (rule, severity, pointer, entity, message) or None, error) of Python's reports.
using PythonOutcome = std::tuple<std::string, std::optional<std::vector<std::tuple<std::string, std::string, std::string,
                                                                                      std::string, std::string>>>,
                                 std::string>;

std::string render_outcomes(const std::vector<PythonOutcome>& given, const std::string& format, const std::string& lang) {
  std::vector<ValidationOutcome> outcomes;
  outcomes.reserve(given.size());
  for (const auto& [file, findings, error] : given) {
    ValidationOutcome o{file, std::nullopt, error};
    if (findings) {
      o.report.emplace();
      for (const auto& [rule, severity, pointer, entity, message] : *findings) {
        std::optional<Severity> s = severity_from_code(severity);
        if (!s) throw Error(ErrorCode::invalid_argument, "unknown severity '" + severity + "'");
        o.report->findings.push_back(Finding{rule, *s, pointer, entity, message});
      }
    }
    outcomes.push_back(std::move(o));
  }
  return render_validation(outcomes, output_format(format), language(lang));
}

// A profile by name ("default", "strict") or as JSON text ({"extends": ..., "rules": {...}}).
Profile profile(const std::string& name_or_json) {
  return name_or_json.starts_with("{") ? Profile::from_json(name_or_json) : Profile::named(name_or_json);
}

// Dimensions as Python gives them: a list of (name, value) pairs.
using DimensionPairs = std::vector<Dimensions::value_type>;

ProgressOptions progress_options(const std::optional<std::string>& as_of, double at_risk_margin,
                                 double off_track_margin, const DimensionPairs& dimensions, bool approved_only) {
  ProgressOptions options;
  options.approved_only = approved_only;
  options.as_of = as_of_date(as_of);
  options.at_risk_margin = at_risk_margin;
  options.off_track_margin = off_track_margin;
  options.dimensions = Dimensions(dimensions);
  return options;
}

std::optional<ReportingFrequency> frequency_option(const std::optional<std::string>& freq) {
  if (!freq) return std::nullopt;
  auto f = from_code<ReportingFrequency>(*freq);
  if (!f) throw Error(ErrorCode::invalid_argument, "freq is \"year\", \"half_year\", \"quarter\" or \"month\", not \"" + *freq + "\"");
  return f;
}

TerritoryKind rollup_level(const std::string& level) {
  auto l = from_code<TerritoryKind>(level);
  if (!l || !is_rollup_level(*l))
    throw Error(ErrorCode::invalid_argument,
                "level is \"municipality\", \"orp\", \"district\", \"region\" or \"country\", not \"" + level + "\"");
  return *l;
}

py::tuple official_tuple(const OfficialTerritory& t) {
  return py::make_tuple(to_code(t.kind), std::string(t.code), std::string(t.name));
}

py::object optional_official(const std::optional<OfficialTerritory>& t) {
  return t ? py::object(official_tuple(*t)) : py::none();
}

// The codelists by the name of their Python class: (name, [(code, label_en, label_cs), ...]).
py::dict all_codelists() {
  py::dict c;
  for (const CodelistInfo& list : codelists()) {
    py::list entries;
    for (const CodeInfo& e : list.codes) entries.append(py::make_tuple(e.code, e.label_en, e.label_cs));
    c[py::str(std::string(list.type))] = py::make_tuple(std::string(list.name_en), entries);
  }
  return c;
}

// A Ctrl-C (or any signal handler that raises) stops a load between chunks of the input: the core
// reads without the GIL, so Python would otherwise only see the signal once the whole file is read.
void check_signals(std::size_t) {
  py::gil_scoped_acquire held;
  if (PyErr_CheckSignals() != 0) throw py::error_already_set();
}

LoadOptions load_options(bool strict, std::size_t max_depth) {
  LoadOptions options;
  options.strict = strict;
  options.max_depth = max_depth;
  options.progress = &check_signals;
  return options;
}

// Reads the bytes in place: the caller's reference keeps the (immutable) bytes object alive while the
// GIL is released, so a large document is not copied before parsing.
std::unique_ptr<NativeDocument> load_text(const py::bytes& utf8, bool strict, std::size_t max_depth) {
  LoadOptions options = load_options(strict, max_depth);
  char* data = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(utf8.ptr(), &data, &size) != 0) throw py::error_already_set();
  std::string_view text(data, static_cast<std::size_t>(size));
  py::gil_scoped_release unlocked;
  return std::make_unique<NativeDocument>(load_string(text, options));
}

std::unique_ptr<NativeDocument> load_path(const std::string& path, bool strict, std::size_t max_depth) {
  LoadOptions options = load_options(strict, max_depth);
  py::gil_scoped_release unlocked;
  return std::make_unique<NativeDocument>(load_file(path, options));
}

// Runs `work` on the document without the GIL, holding the document's lock shared (reading) or
// unique (changing).
template <class Lock, class Work>
auto unlocked(const NativeDocument& d, Work&& work) {
  py::gil_scoped_release released;
  Lock lock(d.mutex);
  return work();
}

// A Python value as a cell: the package gives None, bool, int, float, str or datetime.date.
InputCell input_cell(const py::handle& v) {
  if (v.is_none()) return {};
  if (py::isinstance<py::bool_>(v)) return InputCell::of_boolean(v.cast<bool>());
  if (py::isinstance<py::int_>(v)) {
    try {
      return InputCell::of_integer(v.cast<std::int64_t>());
    } catch (const py::cast_error&) {
      return InputCell::of_text(py::str(v).cast<std::string>());
    }
  }
  if (py::isinstance<py::float_>(v)) {
    double d = v.cast<double>();
    return d != d ? InputCell{} : InputCell::of_number(d);
  }
  if (py::isinstance<py::str>(v)) return InputCell::of_text(v.cast<std::string>());
  if (py::hasattr(v, "year") && py::hasattr(v, "month") && py::hasattr(v, "day")) {
    int y = v.attr("year").cast<int>(), mo = v.attr("month").cast<int>(), d = v.attr("day").cast<int>();
    return InputCell::of_date(Date(y, mo, d));
  }
  return InputCell::of_text(py::str(v).cast<std::string>());
}

// Each table as (name, source, headings, columns of values, first row number).
std::vector<InputTable> input_tables(const py::list& tables) {
  std::vector<InputTable> out;
  for (const py::handle& t : tables) {
    auto spec = t.cast<py::tuple>();
    InputTable& table = out.emplace_back();
    table.name = spec[0].cast<std::string>();
    table.source = spec[1].cast<std::string>();
    table.columns = spec[2].cast<std::vector<std::string>>();
    auto columns = spec[3].cast<py::list>();
    table.first_row_number = spec[4].cast<std::size_t>();
    std::size_t rows = columns.empty() ? 0 : py::len(columns[0]);
    table.rows.assign(rows, std::vector<InputCell>(table.columns.size()));
    for (std::size_t c = 0; c < columns.size() && c < table.columns.size(); ++c) {
      auto values = columns[c].cast<py::list>();
      for (std::size_t r = 0; r < rows && r < values.size(); ++r) table.rows[r][c] = input_cell(values[r]);
    }
  }
  return out;
}

py::tuple import_outcome(const ImportResult& result) {
  py::list findings;
  for (const ImportFinding& f : result.findings) {
    const auto& o = f.origin;
    findings.append(py::make_tuple(f.finding.rule, to_code(f.finding.severity), f.finding.pointer, f.finding.entity,
                                   f.finding.message, o ? py::object(py::str(o->table)) : py::object(py::none()),
                                   o ? py::object(py::str(o->source)) : py::object(py::none()),
                                   o ? py::object(py::int_(o->row)) : py::object(py::none()),
                                   o ? py::object(py::str(o->column)) : py::object(py::none())));
  }
  return py::make_tuple(result.added, result.updated, findings, result.skipped);
}

ImportOptions import_options(const std::optional<std::string>& as_of, const std::string& lang) {
  ImportOptions options;
  options.validation.as_of = as_of_date(as_of);
  options.validation.language = language(lang);
  return options;
}

// A revision for Python: the change list as tuples (the package makes its Change objects) and the
// native revision kept for its renderings.
struct NativeRevision {
  Revision revision;
};

py::object json_value(const std::optional<boost::json::value>& v) {
  return v ? py::object(py::str(boost::json::serialize(*v))) : py::object(py::none());
}

py::list change_tuples(const Revision& r) {
  py::list out;
  for (const Change& c : r.changes)
    out.append(py::make_tuple(std::string(to_code(c.op)), c.entity, c.kind, c.path, json_value(c.old_value),
                              json_value(c.new_value), std::string(to_code(c.semantic)),
                              c.difference ? py::object(py::str(c.difference->to_string())) : py::object(py::none()),
                              c.difference ? py::object(py::str(std::string(c.difference->currency().code())))
                                           : py::object(py::none()),
                              c.movement, c.ambition, c.title, c.item));
  return out;
}

}  // namespace

PYBIND11_MODULE(_native, m) {
  m.doc() = "inclusio's core (private: use the `inclusio` package)";
  inclusio::python::register_error_translation();
  m.attr("version") = std::string(version_string);

  py::class_<NativeDocument>(m, "Document")
      .def(py::init([] { return std::make_unique<NativeDocument>(Document{}); }))
      .def("dumps", [](const NativeDocument& d, int indent) {
        return unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return dump_string(d.doc, WriteOptions{indent}); });
      }, py::arg("indent"))
      .def("save", [](const NativeDocument& d, const std::string& path, int indent) {
        unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { save_file(d.doc, path, WriteOptions{indent}); });
      }, py::arg("path"), py::arg("indent"))
      .def("copy", [](const NativeDocument& d) {
        std::shared_lock lock(d.mutex);
        return std::make_unique<NativeDocument>(d.doc);
      })
      .def("equals", [](const NativeDocument& a, const NativeDocument& b) {
        if (&a == &b) return true;
        std::shared_lock la(a.mutex), lb(b.mutex);
        return a.doc == b.doc;
      })
      .def("json_at", [](const NativeDocument& d, const std::string& pointer) {
        std::shared_lock lock(d.mutex);
        return json_at(d.doc, pointer);
      })
      .def("set_json", [](NativeDocument& d, const std::string& pointer, const std::string& json) {
        unlocked<std::unique_lock<std::shared_mutex>>(d, [&] { set_json(d.doc, pointer, json); });
      })
      .def("remove", [](NativeDocument& d, const std::string& pointer) {
        unlocked<std::unique_lock<std::shared_mutex>>(d, [&] { remove_at(d.doc, pointer); });
      })
      .def("find", [](const NativeDocument& d, const std::string& id) -> py::object {
        std::shared_lock lock(d.mutex);
        const Document::Entry* e = d.doc.find(id);
        if (!e) return py::none();
        return py::make_tuple(to_code(e->kind), e->pointer);
      })
      .def("kind_at", [](const NativeDocument& d, const std::string& pointer) {
        std::shared_lock lock(d.mutex);
        Value v = value_at(d.doc, pointer);
        return py::make_tuple(to_code(v.kind), v.length);
      })
      .def("entity_pointers", [](const NativeDocument& d, const std::string& kind) {
        std::shared_lock lock(d.mutex);
        return entity_pointers(d.doc, entity_kind(kind));
      })
      .def("entity_count", [](const NativeDocument& d) {
        std::shared_lock lock(d.mutex);
        return d.doc.entity_count();
      })
      .def("form_problems", [](const NativeDocument& d) {
        std::vector<FormProblem> problems =
            unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return form_problems(d.doc); });
        py::list out;
        for (const FormProblem& p : problems) out.append(py::make_tuple(p.rule, p.pointer, p.message));
        return out;
      })
      .def("validate", [](const NativeDocument& d, const std::optional<std::string>& as_of,
                          const std::string& profile_spec, const std::string& lang, unsigned threads) {
        ValidateOptions options;
        options.as_of = as_of_date(as_of);
        options.profile = profile(profile_spec);
        options.language = language(lang);
        options.threads = threads;
        // Packed (packed_findings.hpp): a report of a hundred thousand findings is one bytes object, and
        // a Python object per finding is made only where one is asked for.
        PackedFindings packed =
            unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return pack_findings(d.doc, options); });
        return py::make_tuple(py::bytes(packed.json), packed.counts[0], packed.counts[1], packed.counts[2]);
      }, py::arg("as_of"), py::arg("profile"), py::arg("lang"), py::arg("threads"))
      .def("derived_table_columns", [](const NativeDocument& d, const std::string& table,
                                       const std::optional<std::string>& as_of, const std::string& profile_spec,
                                       const std::string& lang, const std::optional<std::string>& freq,
                                       const std::string& level, const DimensionPairs& dimensions, bool approved_only,
                                       double at_risk_margin, double off_track_margin) {
        DerivedTableOptions options;
        options.validation.profile = profile(profile_spec);
        options.validation.language = language(lang);
        options.results.progress = progress_options(as_of, at_risk_margin, off_track_margin, dimensions, approved_only);
        options.validation.as_of = options.results.progress.as_of;
        options.results.frequency = frequency_option(freq);
        options.level = rollup_level(level);
        return derived_table_columns(d, table, options);
      }, py::arg("table"), py::arg("as_of"), py::arg("profile"), py::arg("lang"), py::arg("freq"), py::arg("level"),
         py::arg("dimensions"), py::arg("approved_only"), py::arg("at_risk_margin"), py::arg("off_track_margin"))
      .def("results", [](const NativeDocument& d, const std::optional<std::string>& as_of,
                         const std::optional<std::string>& freq, const DimensionPairs& dimensions, bool approved_only,
                         const std::string& format, const std::string& lang) -> py::object {
        ResultsOptions options;
        options.progress = progress_options(as_of, 0.10, 0.25, dimensions, approved_only);
        options.frequency = frequency_option(freq);
        std::vector<PeriodResult> rows =
            unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return results_by_period(d.doc, options); });
        return py::str(render_results(rows, output_format(format), language(lang)));
      }, py::arg("as_of"), py::arg("freq"), py::arg("dimensions"), py::arg("approved_only"), py::arg("format"),
         py::arg("lang"))
      .def("rollup", [](const NativeDocument& d, const std::string& level, const std::optional<std::string>& as_of,
                        const std::string& format, const std::string& lang) {
        RollupOptions options;
        options.level = rollup_level(level);
        options.progress.as_of = as_of_date(as_of);
        std::vector<RollupRow> rows = unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return rollup(d.doc, options); });
        return render_rollup(rows, output_format(format), language(lang));
      }, py::arg("level"), py::arg("as_of"), py::arg("format"), py::arg("lang"))
      .def("summary", [](const NativeDocument& d, const std::optional<std::string>& plan,
                         const std::optional<std::string>& as_of, const std::string& format, const std::string& lang) {
        ProgressOptions options;
        options.as_of = as_of_date(as_of);
        Language language_ = language(lang);
        OutputFormat chosen = output_format(format);
        Summary s = unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return summarize(d.doc, plan, options, language_); });
        if (chosen != OutputFormat::csv) return py::object(py::str(render_summary(s, chosen, language_)));
        py::dict tables;
        for (const auto& [name, text] : summary_csv(s)) tables[py::str(name)] = py::str(text);
        return py::object(tables);
      }, py::arg("plan"), py::arg("as_of"), py::arg("format"), py::arg("lang"))
      .def("table_columns", &inclusio::python::table_columns, py::arg("table"))
      .def("upsert_tables", [](NativeDocument& d, const py::list& tables, const std::optional<std::string>& as_of,
                               const std::string& lang) {
        std::vector<InputTable> input = input_tables(tables);
        ImportOptions options = import_options(as_of, lang);
        ImportResult result = unlocked<std::unique_lock<std::shared_mutex>>(d, [&] { return upsert_tables(d.doc, input, options); });
        return import_outcome(result);
      }, py::arg("tables"), py::arg("as_of"), py::arg("lang"))
      .def("upsert_file", [](NativeDocument& d, const std::string& path, const std::optional<std::string>& as_of,
                             const std::string& lang) {
        ImportOptions options = import_options(as_of, lang);
        ImportResult result = unlocked<std::unique_lock<std::shared_mutex>>(d, [&] {
          std::vector<InputTable> input = read_tables(path);
          return upsert_tables(d.doc, input, options);
        });
        return import_outcome(result);
      }, py::arg("path"), py::arg("as_of"), py::arg("lang"))
      .def("export_tables", [](const NativeDocument& d, const std::string& path, const std::string& lang,
                               bool derived, const std::optional<std::string>& as_of) {
        ExportOptions options;
        options.headings = language(lang);
        options.derived = derived;
        options.derived_options.as_of(as_of_date(as_of));
        options.derived_options.validation.language = options.headings;
        unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { export_tables(d.doc, path, options); });
      }, py::arg("path"), py::arg("lang"), py::arg("derived"), py::arg("as_of"))
      .def("table_csv", [](const NativeDocument& d, const std::string& table) {
        return unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return table_csv(d.doc, table); });
      }, py::arg("table"))
      .def("diff", [](const NativeDocument& d, const NativeDocument& other, const std::string& old_label,
                      const std::string& new_label) {
        DiffOptions options;
        options.old_label = old_label;
        options.new_label = new_label;
        py::gil_scoped_release released;
        std::shared_lock a(d.mutex, std::defer_lock), b(other.mutex, std::defer_lock);
        if (&d == &other) a.lock();
        else std::lock(a, b);
        return NativeRevision{diff(d.doc, other.doc, options)};
      }, py::arg("other"), py::arg("old_label"), py::arg("new_label"))
      .def("diff_plans", [](const NativeDocument& d, const std::string& plan) {
        return NativeRevision{unlocked<std::shared_lock<std::shared_mutex>>(d, [&] { return diff_plans(d.doc, plan); })};
      }, py::arg("plan"));

  py::class_<NativeRevision>(m, "Revision")
      .def("changes", [](const NativeRevision& r) { return change_tuples(r.revision); })
      .def("render", [](const NativeRevision& r, const std::string& format, const std::string& lang) {
        if (format == "patch") return revision_patch(r.revision);
        return render_revision(r.revision, output_format(format), language(lang));
      }, py::arg("format"), py::arg("lang"))
      .def_property_readonly("old_label", [](const NativeRevision& r) { return r.revision.old_label; })
      .def_property_readonly("new_label", [](const NativeRevision& r) { return r.revision.new_label; });

  m.def("merge", [](const std::vector<const NativeDocument*>& documents, const std::string& on_conflict,
                    const std::vector<std::string>& labels) {
    MergeOptions options;
    if (on_conflict == "prefer-last" || on_conflict == "prefer_last") options.on_conflict = MergeConflictPolicy::prefer_last;
    else if (on_conflict != "fail")
      throw Error(ErrorCode::invalid_argument, "on_conflict is \"fail\" or \"prefer-last\", not \"" + on_conflict + "\"");
    options.labels = labels;
    MergeResult result;
    {
      std::vector<std::shared_lock<std::shared_mutex>> locks;
      std::vector<const Document*> pointers;
      for (const NativeDocument* d : documents) {
        if (!d) throw Error(ErrorCode::invalid_argument, "merge: a document is None");
        pointers.push_back(&d->doc);
      }
      py::gil_scoped_release released;
      // Locked in address order, each once, so that two merges of the same documents cannot deadlock.
      std::vector<const NativeDocument*> order(documents.begin(), documents.end());
      std::sort(order.begin(), order.end());
      order.erase(std::unique(order.begin(), order.end()), order.end());
      for (const NativeDocument* d : order) locks.emplace_back(d->mutex);
      result = merge(pointers, options);
    }
    py::list conflicts;
    for (const MergeConflict& c : result.conflicts)
      conflicts.append(py::make_tuple(c.entity, c.kind, c.first, c.first_path, c.second, c.second_path, c.id_reused,
                                      c.resolved));
    return py::make_tuple(std::make_unique<NativeDocument>(std::move(result.document)), conflicts,
                          render_merge_conflicts(result.conflicts, Language::en));
  }, py::arg("documents"), py::arg("on_conflict"), py::arg("labels"));

  m.def("load_string", &load_text, py::arg("text"), py::arg("strict"), py::arg("max_depth"));
  m.def("load_file", &load_path, py::arg("path"), py::arg("strict"), py::arg("max_depth"));
  m.def("json_schema", &json_schema);
  // (name, Czech name, parent, [(column, Czech heading, type, codelist, references, required)], dimensions)
  auto described = [](std::span<const TableInfo> tables) {
    py::list out;
    for (const TableInfo& t : tables) {
      py::list columns;
      for (const ColumnInfo& c : t.columns)
        columns.append(py::make_tuple(c.name, c.name_cs, std::string(to_code(c.type)), std::string(c.codelist),
                                      std::string(c.references), c.required));
      out.append(py::make_tuple(std::string(t.name), std::string(t.name_cs), std::string(t.parent), columns, t.has_dimensions));
    }
    return out;
  };
  m.def("tables", [described] { return described(document_tables()); });
  m.def("derived_tables", [described] { return described(derived_tables()); });
  m.def("entity_kinds", [] {
    py::list out;
    for (const EntityKindInfo& k : entity_kinds())
      out.append(py::make_tuple(k.code, k.key, k.parent ? py::object(py::str(std::string(to_code(*k.parent)))) : py::none()));
    return out;
  });
  m.def("format_location", &format_location, py::arg("pointer"));
  // The core's reading of an amount and of a date, so that Python's entities type exactly as it does.
  m.def("amount_minor_units", [](std::string_view text) -> std::optional<std::int64_t> {
    Money amount;
    if (Money::try_parse(text, Currency{}, amount) != AmountProblem::none) return std::nullopt;
    return amount.minor_units();
  }, py::arg("text"));
  m.def("date_parts", [](std::string_view text) -> std::optional<std::tuple<int, int, int>> {
    Date d;
    if (Date::try_parse(text, d) != DateProblem::none) return std::nullopt;
    return std::make_tuple(d.year(), d.month(), d.day());
  }, py::arg("text"));
  m.def("packed_findings_columns", &inclusio::python::packed_findings_columns, py::arg("files"));
  m.def("render_validation", &render_outcomes, py::arg("outcomes"), py::arg("format"), py::arg("lang"));
  m.def("codelists", &all_codelists);
  m.def("rules", [] {
    py::list rules;
    for (const RuleInfo& r : rule_catalogue())
      rules.append(py::make_tuple(r.code, to_code(r.severity), r.title_en, r.title_cs, r.rationale_en, r.rationale_cs));
    return rules;
  });
  m.def("check_profile", [](const std::string& spec) { return profile(spec).name(); });
  m.def("official_territory", [](const std::string& code, const std::optional<std::string>& kind) {
    if (!kind) return optional_official(official_territory(code));
    auto k = from_code<TerritoryKind>(*kind);
    if (!k) throw Error(ErrorCode::invalid_argument, "unknown territory kind '" + *kind + "'");
    return optional_official(official_territory(*k, code));
  }, py::arg("code"), py::arg("kind"));
  m.def("find_official_territories", [](const std::string& query, std::size_t limit) {
    py::list found;
    for (const OfficialTerritory& t : find_official_territories(query, limit)) found.append(official_tuple(t));
    return found;
  }, py::arg("query"), py::arg("limit"));
  m.def("official_chain", [](const std::string& code) -> py::object {
    std::optional<OfficialChain> chain = official_chain(code);
    if (!chain) return py::none();
    return py::make_tuple(official_tuple(chain->municipality), optional_official(chain->orp),
                          optional_official(chain->district), optional_official(chain->region));
  });
  m.def("official_level_of", [](const std::string& kind, const std::string& code, const std::string& level) {
    auto k = from_code<TerritoryKind>(kind);
    auto l = from_code<TerritoryKind>(level);
    if (!k || !l) throw Error(ErrorCode::invalid_argument, "unknown territory kind");
    return optional_official(official_level_of(*k, code, *l));
  }, py::arg("kind"), py::arg("code"), py::arg("level"));
  m.def("fold_for_search", &fold_for_search);
  m.def("progress_statuses", [] {
    py::list statuses;
    for (ProgressStatus s : progress_statuses)
      statuses.append(py::make_tuple(to_code(s), label_en(s), label_cs(s)));
    return statuses;
  });
}
