// The validation engine: one walk over the document in document order. At each valid record it runs
// every rule family's overload for that record type; the form checks, references, ids and unknown
// fields are handled as the walk meets them. Host rules run afterwards.

#include "rules.hpp"

#include "../document_format.hpp"
#include "../form_checks.hpp"

namespace inclusio {

namespace {

using detail::Pointer;
using rules::Context;

struct ContextSink {
  Context& ctx;
  void add(std::string_view rule, std::string pointer, const std::string& en, const std::string& cs) {
    ctx.add(rule, std::move(pointer), en, cs);
  }
};

template <class R>
concept IsEntity = requires { EntityKindOf<R>::value; };

class Walker {
 public:
  explicit Walker(Context& ctx) : ctx_(ctx), sink_{ctx}, form_(sink_) {}

  void missing(const Pointer& p, std::string_view key, std::string_view record) { form_.missing(p, key, record); }
  template <class X>
  void invalid(const Pointer& p, const Invalid& raw) {
    form_.template invalid<X>(p, raw);
  }

  void identifier(const Pointer& p, const std::string& id) {
    form_.identifier(p, id);
    const Document::Entry* first = ctx_.doc.find(id);
    if (first && p.str() != first->pointer + "/id")
      ctx_.add("S005", p.str(), "the id \"" + id + "\" is already used at " + first->pointer,
               "identifikátor \"" + id + "\" je už použit v " + first->pointer);
  }

  void extra(const Pointer& p) {
    std::string key = p.str().substr(p.str().rfind('/') + 1);
    ctx_.add("S007", p.str(), "unknown field \"" + key + "\" (kept and written back)",
             "neznámá položka \"" + key + "\" (uchována a zapsána zpět)");
  }

  template <class T>
  void reference(const Pointer& p, const Ref<T>& ref) {
    const Document::Entry* e = ctx_.doc.find(ref.id);
    if (!e) {
      ctx_.add("R001", p.str(), "no entity has the id \"" + ref.id + "\"", "žádná entita nemá identifikátor \"" + ref.id + "\"");
      return;
    }
    if constexpr (!std::is_same_v<T, AnyEntity>) {
      constexpr EntityKind expected = EntityKindOf<T>::value;
      if (e->kind != expected)
        ctx_.add("R002", p.str(),
                 "\"" + ref.id + "\" is a " + std::string(to_code(e->kind)) + ", not a " + std::string(to_code(expected)),
                 "\"" + ref.id + "\" je " + std::string(to_code(e->kind)) + ", ne " + std::string(to_code(expected)));
    }
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

}  // namespace

std::size_t Report::count(Severity s) const noexcept {
  std::size_t n = 0;
  for (const Finding& f : findings) n += f.severity == s;
  return n;
}

Report validate(const Document& doc, const ValidateOptions& options) {
  for (const CustomRule& r : options.custom_rules) check_custom_code(r.info.code);
  Report report;
  Context ctx(doc, options, report.findings);
  Walker walker(ctx);
  detail::walk_document(doc, walker);
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
        ctx.report(code, natural, std::move(pointer), std::move(entity), std::move(message));
      }
      Language language() const noexcept override { return ctx.lang; }
    } sink(ctx, r.info);
    if (r.check) r.check(doc, sink);
  }
  return report;
}

}  // namespace inclusio
