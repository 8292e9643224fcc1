#pragma once
// IndicatorValue: what an observation, a target or a baseline says — a number (quantity, percentage)
// or a text (a word of an ordinal scale, a qualitative finding). Nearly every value is a number and
// an archive holds millions of them, so the rare text lives on the heap and a value takes 16 bytes
// (a std::variant<Decimal, std::string> took 40).

#include <inclusio/decimal.hpp>

#include <memory>
#include <string>
#include <utility>

namespace inclusio {

class IndicatorValue {
 public:
  IndicatorValue() = default;  // the number 0
  IndicatorValue(Decimal number) noexcept : number_(number) {}                                   // NOLINT: implicit on purpose
  IndicatorValue(std::string text) : text_(std::make_unique<std::string>(std::move(text))) {}  // NOLINT: implicit on purpose
  IndicatorValue(const IndicatorValue& other)
      : number_(other.number_), text_(other.text_ ? std::make_unique<std::string>(*other.text_) : nullptr) {}
  IndicatorValue(IndicatorValue&&) noexcept = default;
  IndicatorValue& operator=(const IndicatorValue& other) {
    if (this != &other) *this = IndicatorValue(other);
    return *this;
  }
  IndicatorValue& operator=(IndicatorValue&&) noexcept = default;
  ~IndicatorValue() = default;

  bool is_number() const noexcept { return !text_; }
  bool is_text() const noexcept { return text_ != nullptr; }
  // The number, or nullptr when the value is a text.
  const Decimal* number() const noexcept { return text_ ? nullptr : &number_; }
  // The text, or nullptr when the value is a number.
  const std::string* text() const noexcept { return text_.get(); }

  // Calls `visit(const Decimal&)` or `visit(const std::string&)`, whichever the value holds.
  template <class Visitor>
  decltype(auto) visit(Visitor&& visitor) const {
    if (text_) return std::forward<Visitor>(visitor)(*text_);
    return std::forward<Visitor>(visitor)(number_);
  }

  friend bool operator==(const IndicatorValue& a, const IndicatorValue& b) {
    if (a.is_text() || b.is_text()) return a.is_text() && b.is_text() && *a.text_ == *b.text_;
    return a.number_ == b.number_;
  }

 private:
  Decimal number_{};
  std::unique_ptr<std::string> text_;  // set for a text
};

}  // namespace inclusio
