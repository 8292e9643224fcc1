#pragma once
// Dimensions: the breakdown of an observation ("gender": "female", "age": "15-26"), names to values
// in the order written. A national archive has a million observations and a handful of distinct
// breakdowns, so equal breakdowns can share one immutable list (loading shares them): a copy costs a
// reference count, and a change copies the list first.

#include <atomic>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace inclusio {

class Dimensions {
 public:
  using value_type = std::pair<std::string, std::string>;
  using const_iterator = std::vector<value_type>::const_iterator;
  using iterator = const_iterator;
  using size_type = std::size_t;

  Dimensions() = default;
  Dimensions(std::initializer_list<value_type> items) : Dimensions(std::vector<value_type>(items)) {}
  explicit Dimensions(std::vector<value_type> items) : shared_(items.empty() ? nullptr : new Shared{{1}, std::move(items)}) {}
  Dimensions(const Dimensions& other) noexcept : shared_(other.shared_) { hold(); }
  Dimensions(Dimensions&& other) noexcept : shared_(std::exchange(other.shared_, nullptr)) {}
  Dimensions& operator=(const Dimensions& other) noexcept {
    Dimensions copy(other);
    std::swap(shared_, copy.shared_);
    return *this;
  }
  Dimensions& operator=(Dimensions&& other) noexcept {  // leaves `other` empty, as the move constructor does
    Dimensions taken(std::move(other));
    std::swap(shared_, taken.shared_);
    return *this;
  }
  ~Dimensions() { release(); }

  // The pairs in the order written (an empty list when there are none).
  const std::vector<value_type>& items() const noexcept { return shared_ ? shared_->items : none(); }
  const_iterator begin() const noexcept { return items().begin(); }
  const_iterator end() const noexcept { return items().end(); }
  std::size_t size() const noexcept { return items().size(); }
  bool empty() const noexcept { return items().empty(); }
  const value_type& operator[](std::size_t i) const { return items()[i]; }
  const value_type& at(std::size_t i) const { return items().at(i); }  // throws std::out_of_range

  // Adds a pair at the end; a list shared with other observations is copied first.
  void emplace_back(std::string name, std::string value) {
    std::vector<value_type> copy = items();
    copy.emplace_back(std::move(name), std::move(value));
    *this = Dimensions(std::move(copy));
  }
  void clear() noexcept { *this = Dimensions(); }

  // Whether both use the same list in memory (and so are equal).
  bool shares_storage_with(const Dimensions& other) const noexcept { return shared_ && shared_ == other.shared_; }

  friend bool operator==(const Dimensions& a, const Dimensions& b) {
    return a.shared_ == b.shared_ || a.items() == b.items();
  }

 private:
  // The list and how many Dimensions share it: one pointer per observation, where a shared_ptr
  // took two (a million observations hold one).
  struct Shared {
    std::atomic<std::size_t> holders;
    const std::vector<value_type> items;
  };
  void hold() const noexcept {
    if (shared_) shared_->holders.fetch_add(1, std::memory_order_relaxed);
  }
  void release() noexcept {
    if (shared_ && shared_->holders.fetch_sub(1, std::memory_order_acq_rel) == 1) delete shared_;
  }
  static const std::vector<value_type>& none() noexcept {
    static const std::vector<value_type> empty;
    return empty;
  }
  Shared* shared_ = nullptr;
};

// An indicator's declared disaggregations (DHIS2's categories, ESF+'s women / men / non-binary): for
// each dimension, the categories its observations may take, in the order written —
// {"gender": ["female", "male", "non_binary"], "age": ["0_14", "15_26", "27_64", "65_plus"]}.
struct DimensionCategories {
  using value_type = std::pair<std::string, std::vector<std::string>>;
  std::vector<value_type> items;

  // The categories of a dimension, or null when it is not declared.
  const std::vector<std::string>* find(std::string_view name) const noexcept {
    for (const auto& [n, categories] : items)
      if (n == name) return &categories;
    return nullptr;
  }
  auto begin() const noexcept { return items.begin(); }
  auto end() const noexcept { return items.end(); }
  std::size_t size() const noexcept { return items.size(); }
  bool empty() const noexcept { return items.empty(); }
  friend bool operator==(const DimensionCategories&, const DimensionCategories&) = default;
};

}  // namespace inclusio
