// form_problems(): the values of the wrong form, in document order, with English messages.

#include <inclusio/json.hpp>

#include "document_format.hpp"
#include "form_checks.hpp"

namespace inclusio {

namespace {

struct EnglishSink {
  std::vector<FormProblem> problems;
  void add(std::string rule, std::string pointer, std::string en, const std::string&) {
    problems.push_back({std::move(rule), std::move(pointer), std::move(en)});
  }
};

class FormVisitor {
 public:
  EnglishSink sink;
  detail::FormChecker<EnglishSink> checker{sink};

  void missing(const detail::Pointer& p, std::string_view key, std::string_view record) { checker.missing(p, key, record); }
  template <class X>
  void invalid(const detail::Pointer& p, const Invalid& raw) { checker.template invalid<X>(p, raw); }
  void identifier(const detail::Pointer& p, const std::string& id) { checker.identifier(p, id); }
  void extra(const detail::Pointer&) {}
  template <class T>
  void reference(const detail::Pointer&, const Ref<T>&) {}
  template <class R>
  void enter(const detail::Pointer& p, const R& record) {
    if constexpr (std::is_same_v<R, Budget> || std::is_same_v<R, Project> || std::is_same_v<R, FundingShare>) checker.currency(p.str() + "/currency", record.currency);
  }
  template <class R>
  void leave(const detail::Pointer&, const R&) {}
};

}  // namespace

std::vector<FormProblem> form_problems(const Document& doc) {
  FormVisitor v;
  detail::Pointer p;
  if (doc.currency().present()) {
    p.push("currency");
    detail::walk_field(doc.currency(), p, v);
    v.checker.currency(p.str(), doc.currency());
    p.pop();
  }
  detail::for_each_collection([&](const auto& c) {
    p.push(c.key);
    detail::walk_field((doc.*(c.get))(), p, v);
    p.pop();
  });
  return std::move(v.sink.problems);
}

}  // namespace inclusio
