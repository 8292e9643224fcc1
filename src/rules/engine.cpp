// The validation engine: one walk over the document in document order. At each valid record it runs
// every rule family's overload for that record type; the form checks, references, ids and unknown
// fields are handled as the walk meets them. Host rules run afterwards.

#include <inclusio/access.hpp>

#include "rules.hpp"

#include "../document_format.hpp"
#include "../form_checks.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <thread>

namespace inclusio {

namespace rules {

constexpr RuleInfo S005{"S005", Severity::error,
    "Duplicate id", "Duplicitní identifikátor",
    "Ids are how measures, projects and indicators refer to each other; two entities with one id make "
    "every reference to it ambiguous. The message names where the id first appears.",
    "Identifikátory propojují opatření, projekty a indikátory; dvě entity se stejným id činí každý odkaz "
    "na ně nejednoznačným. Hlášení uvádí, kde se id objevilo poprvé."};

constexpr RuleInfo S007{"S007", Severity::info,
    "Unknown field (kept and written back)", "Neznámá položka (uchována a zapsána zpět)",
    "A field the format does not define is kept and written back unchanged, so that other tools' data "
    "survives; it is reported because it may also be a misspelt known field.",
    "Položka, kterou formát nezná, se uchová a zapíše zpět beze změny, aby data jiných nástrojů přežila; "
    "hlásí se, protože může jít i o překlep ve známé položce."};

const RuleInfo R001{"R001", Severity::error,
    "Reference to an id that does not exist", "Odkaz na neexistující identifikátor",
    "A measure's goal, a project's recipient or an indicator's subject that names nothing breaks every "
    "summary that follows the link.",
    "Cíl opatření, příjemce projektu nebo předmět indikátoru, který na nic neodkazuje, naruší každý "
    "přehled, který odkaz sleduje."};

const RuleInfo R002{"R002", Severity::error,
    "Reference to an entity of the wrong kind", "Odkaz na entitu nesprávného druhu",
    "A measure's goal must be a goal, a project's recipient an organisation: a link to another kind of "
    "entity is a mistake even though the id exists.",
    "Cílem opatření musí být cíl, příjemcem projektu organizace: odkaz na jiný druh entity je chyba, i "
    "když identifikátor existuje."};

std::span<const RuleInfo> engine_family() noexcept {
  static const std::array all{S005, S007, R001, R002};
  return all;
}

}  // namespace rules

namespace {

using detail::Pointer;
using rules::Context;

struct ContextSink {
  Context& ctx;
  void add(const RuleInfo& rule, std::string pointer, const std::string& en, const std::string& cs) {
    ctx.add(rule, std::move(pointer), en, cs);
  }
};

// Whether `pointer` is `entity_pointer` + "/id", without building that string for every id.
bool is_id_of(std::string_view pointer, std::string_view entity_pointer) {
  return pointer.size() == entity_pointer.size() + 3 && pointer.starts_with(entity_pointer) && pointer.ends_with("/id");
}

template <class R>
concept IsEntity = requires { EntityKindOf<R>::value; };

class Walker {
 public:
  explicit Walker(Context& ctx) : ctx_(ctx), sink_{ctx}, form_(sink_) {}

  void missing(const Pointer& p, std::string_view key, std::string_view record, std::string_view record_cs) {
    form_.missing(p, key, record, record_cs);
  }
  template <class X>
  void invalid(const Pointer& p, const Invalid& raw) {
    form_.template invalid<X>(p, raw);
  }

  void identifier(const Pointer& p, const std::string& id) {
    form_.identifier(p, id);
    const Document::Entry* first = ctx_.doc.find(id);
    if (first && !is_id_of(p.str(), first->pointer))
      ctx_.add(rules::S005, p.str(), "the id \"" + id + "\" is already used at " + first->pointer,
               "identifikátor „" + id + "“ je už použit v " + first->pointer);
  }

  // `key` as written, not as the pointer escapes it ("a/b~c", not "a~1b~0c").
  void extra(const Pointer& p, std::string_view key) {
    ctx_.add(rules::S007, p.str(), "unknown field \"" + std::string(key) + "\" (kept and written back)",
             "neznámá položka „" + std::string(key) + "“ (uchována a zapsána zpět)");
  }

  template <class T>
  void reference(const Pointer& p, const Ref<T>& ref) {
    std::optional<EntityKind> expected;
    if constexpr (!std::is_same_v<T, AnyEntity>) expected = EntityKindOf<T>::value;
    rules::check_reference(ctx_, p.str(), ref.id, expected);
  }

  template <class R>
  void enter(const Pointer& p, const R& record) {
    if constexpr (IsEntity<R>) ctx_.entities.push_back(record.id.valid() ? *record.id : std::string());
    if constexpr (std::is_same_v<R, Plan>) ctx_.enter_plan(record);
    if constexpr (std::is_same_v<R, Indicator>) ctx_.indicator = &record;
    form_.enter(p, record);
    const std::string& at = p.str();
    if constexpr (requires { rules::structure_rules(record, at, ctx_); }) rules::structure_rules(record, at, ctx_);
    if constexpr (requires { rules::date_rules(record, at, ctx_); }) rules::date_rules(record, at, ctx_);
    if constexpr (requires { rules::money_rules(record, at, ctx_); }) rules::money_rules(record, at, ctx_);
    if constexpr (requires { rules::indicator_rules(record, at, ctx_); }) rules::indicator_rules(record, at, ctx_);
    if constexpr (requires { rules::quality_rules(record, at, ctx_); }) rules::quality_rules(record, at, ctx_);
    if constexpr (requires { rules::code_rules(record, at, ctx_); }) rules::code_rules(record, at, ctx_);
    if constexpr (requires { rules::event_rules(record, at, ctx_); }) rules::event_rules(record, at, ctx_);
  }

  template <class R>
  void leave(const Pointer&, const R&) {
    if constexpr (IsEntity<R>) ctx_.entities.pop_back();
    if constexpr (std::is_same_v<R, Plan>) ctx_.plan = nullptr;
    if constexpr (std::is_same_v<R, Indicator>) ctx_.indicator = nullptr;
  }

  void document_currency(const Pointer& p, const Field<std::string>& currency) { form_.currency(p.str(), currency); }

 private:
  Context& ctx_;
  ContextSink sink_;
  detail::FormChecker<ContextSink> form_;
};

void check_custom_code(std::string_view code) {
  bool ok = code.size() >= 2 && code.size() <= 16 && code[0] == 'X';
  for (char c : code) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok)
    throw Error(ErrorCode::invalid_argument,
                "a host rule's code must start with X and have 2 to 16 of A-Z 0-9 _: \"" + std::string(code) + "\"");
}

// Walks the document's units over `threads` threads. Units go out in contiguous chunks, taken in turn
// by whichever thread is free; each chunk keeps its own findings, which are joined in chunk order,
// so the report is the same as one walk's, finding for finding.
void walk_in_parallel(const Document& doc, const rules::Facts& facts, const ValidateOptions& options,
                      std::size_t units, unsigned threads, std::vector<Finding>& out) {
  const std::size_t chunk_count = std::min<std::size_t>(units, std::size_t{threads} * 16);
  std::vector<std::vector<Finding>> chunks(chunk_count);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(threads);
  auto work = [&](unsigned worker) {
    try {
      for (std::size_t c; !failed && (c = next++) < chunk_count;) {
        Context ctx(doc, facts, options, chunks[c]);
        Walker walker(ctx);
        detail::walk_units(doc, walker, units * c / chunk_count, units * (c + 1) / chunk_count);
      }
    } catch (...) {
      errors[worker] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> helpers;
  try {
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work, t);
  } catch (...) {  // no more threads to be had: the ones started (and this one) do the work
  }
  work(0);
  for (auto& h : helpers) h.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  std::size_t total = 0;
  for (const auto& c : chunks) total += c.size();
  out.reserve(out.size() + total);
  for (auto& c : chunks) std::move(c.begin(), c.end(), std::back_inserter(out));
}

unsigned threads_for(const ValidateOptions& options, std::size_t units) {
  if (options.threads > 0) return static_cast<unsigned>(std::min<std::size_t>(options.threads, units));
  // Automatic: a thread costs tens of microseconds to start, so small documents stay on one.
  constexpr std::size_t units_per_thread = 2000;
  unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(units / units_per_thread, 1, hardware));
}

}  // namespace

std::size_t Report::count(Severity s) const noexcept {
  std::size_t n = 0;
  for (const Finding& f : findings) n += f.severity == s;
  return n;
}

Report validate(const Document& doc, const ValidateOptions& given) {
  for (const CustomRule& r : given.custom_rules) check_custom_code(r.info.code);
  // "Today" is read once, so that every part of a parallel walk sees the same day.
  ValidateOptions options = given;
  if (!options.as_of) options.as_of = Date::today();
  Report report;
  const rules::Facts facts(doc);
  const std::size_t units = detail::unit_count(doc);
  const unsigned threads = threads_for(options, units);
  Context ctx(doc, facts, options, report.findings);  // for a walk on this thread, and the host rules
  if (threads > 1) {
    doc.find("");  // builds the id index before the threads share it
    walk_in_parallel(doc, facts, options, units, threads, report.findings);
  } else {
    Walker walker(ctx);
    detail::walk_units(doc, walker, 0, units);
  }
  for (const CustomRule& r : options.custom_rules) {
    // A host rule reports through a sink that enforces its own code and the profile.
    struct HostSink final : FindingSink {
      Context& ctx;
      const RuleInfo& info;
      HostSink(Context& c, const RuleInfo& i) : ctx(c), info(i) {}
      void report(std::string_view code, Severity natural, std::string pointer, std::string entity,
                  std::string message) override {
        if (code != info.code)
          throw Error(ErrorCode::invalid_argument, "host rule " + std::string(info.code) + " reported code " + std::string(code));
        // As the built-in rules do, a finding names the entity holding its value when the host gave none.
        if (entity.empty() && !pointer.empty()) entity = entity_at(ctx.doc, pointer);
        ctx.report(code, natural, std::move(pointer), std::move(entity), std::move(message));
      }
      Language language() const noexcept override { return ctx.lang; }
    } sink(ctx, r.info);
    if (r.check) r.check(doc, sink);
  }
  return report;
}

}  // namespace inclusio
