// form_problems(): the values of the wrong form, in document order, with English and Czech messages.

#include <inclusio/json.hpp>

#include "document_format.hpp"
#include "form_checks.hpp"

namespace inclusio {

namespace {

struct ProblemSink {
  std::vector<FormProblem> problems;
  void add(const RuleInfo& rule, std::string pointer, std::string en, std::string cs) {
    problems.push_back({std::string(rule.code), std::move(pointer), std::move(en), std::move(cs)});
  }
};

class FormVisitor {
 public:
  ProblemSink sink;
  detail::FormChecker<ProblemSink> checker{sink};

  void missing(const detail::Pointer& p, std::string_view key, std::string_view record, std::string_view record_cs) {
    checker.missing(p, key, record, record_cs);
  }
  template <class X>
  void invalid(const detail::Pointer& p, const Invalid& raw) { checker.template invalid<X>(p, raw); }
  void identifier(const detail::Pointer& p, const std::string& id) { checker.identifier(p, id); }
  void extra(const detail::Pointer&, std::string_view) {}
  template <class T>
  void reference(const detail::Pointer&, const Ref<T>&) {}
  template <class R>
  void enter(const detail::Pointer& p, const R& record) {
    checker.enter(p, record);
  }
  void document_currency(const detail::Pointer& p, const Field<std::string>& currency) { checker.currency(p.str(), currency); }
  template <class R>
  void leave(const detail::Pointer&, const R&) {}
};

}  // namespace

std::vector<FormProblem> form_problems(const Document& doc) {
  FormVisitor v;
  detail::walk_document(doc, v);
  return std::move(v.sink.problems);
}

}  // namespace inclusio
