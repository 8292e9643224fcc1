#pragma once
// Field<T>: one field of a record as the document holds it. It is absent, a valid T, or Invalid: the
// JSON value exactly as written (a string where a number belongs, "2023-02-30", "100.005"), kept so
// that writing the document gives it back and validation can report it with its JSON Pointer.

#include <inclusio/error.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace inclusio {

// Why a value did not read as its field's type. Each maps to the rule validation reports it with.
enum class FormIssue {
  wrong_type,        // S003: a JSON type the field does not take (a string where a number belongs)
  not_in_codelist,   // S004: a string outside the field's codelist
  malformed_date,    // D001: not YYYY-MM-DD
  impossible_date,   // D001: a day that does not exist (2021-02-30)
  malformed_amount,  // M001: not a decimal amount with at most two decimals, or out of range
  bad_number,        // S003: a number with more than six decimals or beyond the exact range
};

// How the numbers inside a kept value were spelt, where the spelling is not the one the library writes
// for the same number ("1e3" for 1000.0, "1.50" for 1.5, "-0" for 0): the text by the number's JSON
// Pointer within the value. The reader records them so that a value the library keeps without
// understanding it is written back exactly as it came; a number changed since is written as it is now.
class NumberSpellings {
 public:
  bool empty() const noexcept { return items_.empty(); }
  void add(std::string pointer, std::string text) { items_.emplace_back(std::move(pointer), std::move(text)); }
  // Adds every spelling of `other`, its pointers under `prefix`.
  void add_under(std::string_view prefix, const NumberSpellings& other) {
    for (const auto& [pointer, text] : other.items_) add(std::string(prefix) + pointer, text);
  }
  // The spelling recorded for the number at `pointer`, or nullptr.
  const std::string* find(std::string_view pointer) const noexcept {
    for (const auto& [p, text] : items_)
      if (p == pointer) return &text;
    return nullptr;
  }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Invalid {
  boost::json::value value;    // verbatim
  FormIssue issue;
  std::string_view expected;   // what the field takes, in English ("a date (YYYY-MM-DD)"): static text
  NumberSpellings spellings{};  // of the numbers in `value` (pointers relative to it)
};

// A record's unknown members, kept verbatim in their order and written back after the known members.
// Most records have none, so an empty set costs one pointer (a boost::json::object would take three
// words in every record).
class Extras {
 public:
  Extras() = default;
  Extras(const Extras& other) : p_(other.p_ ? std::make_unique<Members>(*other.p_) : nullptr) {}
  Extras(Extras&&) noexcept = default;
  Extras& operator=(const Extras& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<Members>(*other.p_) : nullptr;
    return *this;
  }
  Extras& operator=(Extras&&) noexcept = default;
  ~Extras() = default;

  bool empty() const noexcept { return !p_ || p_->object.empty(); }
  std::size_t size() const noexcept { return p_ ? p_->object.size() : 0; }
  const boost::json::key_value_pair* begin() const noexcept { return p_ ? p_->object.begin() : nullptr; }
  const boost::json::key_value_pair* end() const noexcept { return p_ ? p_->object.end() : nullptr; }
  bool contains(std::string_view key) const noexcept { return p_ && p_->object.contains(key); }
  // Throws std::out_of_range for a key it does not have, as boost::json::object does.
  const boost::json::value& at(std::string_view key) const {
    if (!p_) throw std::out_of_range("no unknown member \"" + std::string(key) + "\"");
    return p_->object.at(key);
  }
  boost::json::value* if_contains(std::string_view key) noexcept { return p_ ? p_->object.if_contains(key) : nullptr; }
  boost::json::value& operator[](std::string_view key) { return members().object[key]; }
  // Adds a member; a key already present keeps its value (duplicate keys never load).
  void emplace(std::string_view key, boost::json::value value) { members().object.emplace(key, std::move(value)); }
  bool erase(std::string_view key) { return p_ && p_->object.erase(key) != 0; }

  // How the numbers of the members were spelt, by JSON Pointer from the record ("/extra_key/0").
  const NumberSpellings* spellings() const noexcept { return p_ && !p_->spellings.empty() ? &p_->spellings : nullptr; }
  NumberSpellings& mutable_spellings() { return members().spellings; }

  // Equal when the members are: a spelling is how a number was written, not a different number.
  friend bool operator==(const Extras& a, const Extras& b) {
    if (a.empty() || b.empty()) return a.empty() == b.empty();
    return a.p_->object == b.p_->object;
  }

 private:
  struct Members {
    boost::json::object object;
    NumberSpellings spellings;
  };
  Members& members() {
    if (!p_) p_ = std::make_unique<Members>();
    return *p_;
  }
  std::unique_ptr<Members> p_;
};

namespace detail {
// A value on the heap with value semantics (copies copy it). A Field keeps the rare value of the wrong
// form out of line, so that a field costs little more than its value.
template <class T>
class Boxed {
 public:
  explicit Boxed(T value) : p_(std::make_unique<T>(std::move(value))) {}
  Boxed(const Boxed& other) : p_(std::make_unique<T>(*other.p_)) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) p_ = std::make_unique<T>(*other.p_);
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;
  const T& operator*() const noexcept { return *p_; }
  const T* get() const noexcept { return p_.get(); }
  T* get() noexcept { return p_.get(); }

 private:
  std::unique_ptr<T> p_;
};
}  // namespace detail

template <class T>
class Field {
 public:
  using value_type = T;

  Field() = default;
  Field(T value) : v_(std::in_place_index<1>, std::move(value)) {}  // NOLINT: implicit on purpose

  bool present() const noexcept { return v_.index() != 0; }
  bool valid() const noexcept { return v_.index() == 1; }
  bool is_invalid() const noexcept { return v_.index() == 2; }
  explicit operator bool() const noexcept { return valid(); }

  const T* get() const noexcept { return std::get_if<1>(&v_); }
  T* get() noexcept { return std::get_if<1>(&v_); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const { return value(); }
  T& operator*() { return value(); }

  // The value; throws Error(invalid_argument) when the field is absent or invalid.
  const T& value() const {
    if (const T* p = get()) return *p;
    throw Error(ErrorCode::invalid_argument, present() ? "field holds a value of the wrong form" : "field is absent");
  }
  T& value() { return const_cast<T&>(std::as_const(*this).value()); }

  template <class U>
  T value_or(U&& fallback) const {
    if (const T* p = get()) return *p;
    return static_cast<T>(std::forward<U>(fallback));
  }

  const Invalid* invalid() const noexcept {
    const auto* boxed = std::get_if<2>(&v_);
    return boxed ? boxed->get() : nullptr;
  }
  Invalid* invalid() noexcept {
    auto* boxed = std::get_if<2>(&v_);
    return boxed ? boxed->get() : nullptr;
  }

  Field& operator=(T value) {
    v_.template emplace<1>(std::move(value));
    return *this;
  }
  // Makes the field a valid T built in place from `args`.
  template <class... Args>
  T& emplace(Args&&... args) {
    return v_.template emplace<1>(std::forward<Args>(args)...);
  }
  void set_invalid(Invalid raw) { v_.template emplace<2>(std::move(raw)); }
  void reset() noexcept { v_.template emplace<0>(); }

  friend bool operator==(const Field& a, const Field& b) {
    if (a.v_.index() != b.v_.index()) return false;
    if (a.valid()) return *a.get() == *b.get();
    if (a.is_invalid()) return a.invalid()->value == b.invalid()->value;
    return true;
  }

 private:
  std::variant<std::monostate, T, detail::Boxed<Invalid>> v_;
};

// A Field kept out of line: one pointer while absent, the Field on the heap once the member is
// written. For the members that most records of a large document leave out (an observation's
// period, count, source and note), so that a million observations do not each carry room for them.
// It reads and is written as a Field; field() gives the Field itself.
template <class T>
class SparseField {
 public:
  using value_type = T;

  SparseField() = default;
  SparseField(T value) : p_(std::make_unique<Field<T>>(std::move(value))) {}  // NOLINT: implicit on purpose
  SparseField(Field<T> field)  // NOLINT: implicit on purpose
      : p_(field.present() ? std::make_unique<Field<T>>(std::move(field)) : nullptr) {}
  SparseField(const SparseField& other) : p_(other.present() ? std::make_unique<Field<T>>(*other.p_) : nullptr) {}
  SparseField(SparseField&&) noexcept = default;
  SparseField& operator=(const SparseField& other) {
    if (this != &other) p_ = other.present() ? std::make_unique<Field<T>>(*other.p_) : nullptr;
    return *this;
  }
  SparseField& operator=(SparseField&&) noexcept = default;
  ~SparseField() = default;

  // The Field; an absent one is shared and never written.
  const Field<T>& field() const noexcept { return p_ ? *p_ : absent_; }
  // The Field, made (absent) on the heap if there was none.
  Field<T>& field() {
    if (!p_) p_ = std::make_unique<Field<T>>();
    return *p_;
  }
  // Where a Field is expected (code written when the member was one), the Field itself.
  operator const Field<T>&() const noexcept { return field(); }  // NOLINT: implicit on purpose
  operator Field<T>&() { return field(); }                       // NOLINT: implicit on purpose

  bool present() const noexcept { return p_ && p_->present(); }
  bool valid() const noexcept { return p_ && p_->valid(); }
  bool is_invalid() const noexcept { return p_ && p_->is_invalid(); }
  explicit operator bool() const noexcept { return valid(); }

  const T* get() const noexcept { return p_ ? p_->get() : nullptr; }
  T* get() noexcept { return p_ ? p_->get() : nullptr; }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const { return value(); }
  T& operator*() { return value(); }
  // The value; throws Error(invalid_argument) when the field is absent or invalid.
  const T& value() const { return field().value(); }
  T& value() { return const_cast<T&>(std::as_const(*this).value()); }
  template <class U>
  T value_or(U&& fallback) const { return field().value_or(std::forward<U>(fallback)); }

  const Invalid* invalid() const noexcept { return p_ ? p_->invalid() : nullptr; }
  Invalid* invalid() noexcept { return p_ ? p_->invalid() : nullptr; }

  SparseField& operator=(T value) {
    field() = std::move(value);
    return *this;
  }
  template <class... Args>
  T& emplace(Args&&... args) { return field().emplace(std::forward<Args>(args)...); }
  void set_invalid(Invalid raw) { field().set_invalid(std::move(raw)); }
  void reset() noexcept { p_.reset(); }

  friend bool operator==(const SparseField& a, const SparseField& b) { return a.field() == b.field(); }
  friend bool operator==(const SparseField& a, const Field<T>& b) { return a.field() == b; }

 private:
  static inline const Field<T> absent_{};
  std::unique_ptr<Field<T>> p_;
};

// A JSON array field: the array may itself be of the wrong type, and so may each element.
template <class T>
using List = Field<std::vector<Field<T>>>;

// The valid elements of a list, skipping absent lists and invalid elements.
template <class T>
class ValidElements {
 public:
  explicit ValidElements(const List<T>& list) : items_(list.get()) {}
  class iterator {
   public:
    using Base = typename std::vector<Field<T>>::const_iterator;
    iterator(Base it, Base end) : it_(it), end_(end) { skip(); }
    const T& operator*() const { return *it_->get(); }
    const T* operator->() const { return it_->get(); }
    iterator& operator++() { ++it_; skip(); return *this; }
    bool operator==(const iterator& o) const { return it_ == o.it_; }

   private:
    void skip() { while (it_ != end_ && !it_->valid()) ++it_; }
    Base it_, end_;
  };
  iterator begin() const { return items_ ? iterator(items_->begin(), items_->end()) : iterator({}, {}); }
  iterator end() const { return items_ ? iterator(items_->end(), items_->end()) : iterator({}, {}); }
  bool empty() const { return begin() == end(); }
  std::size_t size() const {
    std::size_t n = 0;
    for (auto it = begin(); it != end(); ++it) ++n;
    return n;
  }

 private:
  const std::vector<Field<T>>* items_;
};

template <class T>
ValidElements<T> valid_elements(const List<T>& list) { return ValidElements<T>(list); }

// Appends a valid element, creating the list when absent; throws when the list holds an invalid value.
template <class T>
T& append(List<T>& list, T value) {
  if (!list.present()) list = std::vector<Field<T>>{};
  auto& items = list.value();
  items.emplace_back(std::move(value));
  return *items.back().get();
}

}  // namespace inclusio
