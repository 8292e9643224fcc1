#pragma once
// Where the streaming reader puts each value as the parser reports it. A Slot is one Field<X>
// waiting for its value; a Container is a record or a list being filled. Their operations are
// generated from the record descriptions (records.hpp), so values are typed straight from the
// parser's events with no DOM in between. What a slot cannot take as events (an object where a date
// belongs, a record's unknown members, dimensions) is captured as a DOM value and read by the same
// functions as a document built in memory, so both paths give the same fields.

#include "record_io.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace inclusio::detail {

struct ContainerOps;

struct Container {
  void* target = nullptr;
  const ContainerOps* ops = nullptr;
  std::size_t depth = 0;  // the parser's nesting depth inside this container
};

struct SlotOps {
  void (*scalar)(void* field, const Scalar& value);
  // An object (or, with is_array, an array) begins: opens it as a typed container, or returns false
  // to have the value captured and handed to `captured`.
  bool (*open)(void* field, bool is_array, Container& out);
  void (*captured)(void* field, json::value& value, const NumberSpellings& spellings);
  // Whether the field already holds a value (of any form).
  bool (*present)(const void* field);
};

struct Slot {
  void* target = nullptr;
  const SlotOps* ops = nullptr;
};

struct ContainerOps {
  // Records have `member` and `extras`; dimensions `member` and `close`; lists `element` and `close`.
  // The slot of the member named `key`, or false when the record does not know it.
  bool (*member)(void* record, std::string_view key, Slot& out);
  // A record: where its unknown members go.
  Extras& (*extras)(void* record);
  // A list: the slot of one more element.
  Slot (*element)(void* list);
  // All the members or elements are read.
  void (*close)(void* container);
};

template <class X>
Slot slot_of(Field<X>& field);

template <class T>
struct RecordContainer {
  static bool member(void* record, std::string_view key, Slot& out) {
    return with_member(*static_cast<T*>(record), key, [&](auto& field) { out = slot_of(field); });
  }
  static Extras& extras(void* record) { return static_cast<T*>(record)->extra; }
  static constexpr ContainerOps ops{&member, &extras, nullptr, nullptr};
};

template <class L>
struct ListContainer {
  // Lists of one type tend to have similar lengths (24 observations to every indicator), so each
  // starts with room for as many elements as the last one of its type had: most lists then never
  // move their elements. Capped, so that one long list does not make every later one start large.
  static constexpr std::size_t max_hint = 4096;
  static inline thread_local std::size_t last_size = 0;

  static void begin(L& items) { items.reserve(last_size); }

  // A list's storage moves whole when it grows and when it is trimmed, so for a moment it is there
  // twice. Past this size (the document's large lists: its indicators, a national archive's plans) a
  // list grows by half, not double, and keeps its unused room rather than be copied once more: the
  // copy made the peak of a load a fifth higher than the loaded document.
  static constexpr std::size_t large_bytes = std::size_t{1} << 20;
  static bool large(std::size_t elements) { return elements * sizeof(typename L::value_type) >= large_bytes; }

  static Slot element(void* list) {
    auto& items = *static_cast<L*>(list);
    if (items.size() == items.capacity() && large(items.size())) items.reserve(items.size() + items.size() / 2);
    items.emplace_back();
    return slot_of(items.back());
  }
  // A list keeps no unused storage once read, unless it is large (above).
  // (Not shrink_to_fit: it swallows a failed allocation, which must reach the caller as bad_alloc.)
  static void close(void* list) {
    auto& items = *static_cast<L*>(list);
    last_size = std::min(items.size(), max_hint);
    if (items.capacity() == items.size() || large(items.size())) return;
    L exact;
    exact.reserve(items.size());
    std::move(items.begin(), items.end(), std::back_inserter(exact));
    items.swap(exact);
  }
  static constexpr ContainerOps ops{nullptr, nullptr, &element, &close};
};

// Equal breakdowns read in one load share one list (see Dimensions). Each thread has its own pool,
// emptied by the reader before and after a load; it stays small whatever the input (a bounded
// number of distinct lists are remembered).
class DimensionsPool {
 public:
  static DimensionsPool& local() {
    static thread_local DimensionsPool pool;
    return pool;
  }

  // A Dimensions equal to `items`, sharing the list of an equal one seen before.
  Dimensions share(const std::vector<Dimensions::value_type>& items) {
    if (items.empty()) return {};
    // An indicator's observations take turns through a few breakdowns (female, male): those found
    // last are compared first, which spares hashing the names and values of nearly every observation.
    for (const Dimensions& r : recent_)
      if (r.items() == items) return r;
    std::size_t h = hash(items);
    auto [first, last] = seen_.equal_range(h);
    auto found = std::find_if(first, last, [&](const auto& entry) { return entry.second.items() == items; });
    if (found == last) {
      if (seen_.size() >= max_remembered) seen_.clear();
      found = seen_.emplace(h, Dimensions(items));
    }
    recent_[next_recent_++ % recent_.size()] = found->second;
    return found->second;
  }

  void clear() noexcept {
    seen_.clear();
    recent_ = {};
    scratch.clear();
  }

  // The pairs of the dimensions object being read.
  std::vector<Dimensions::value_type> scratch;

 private:
  static constexpr std::size_t max_remembered = 4096;
  static std::size_t hash(const std::vector<Dimensions::value_type>& items) {
    std::size_t h = items.size();
    for (const auto& [name, value] : items)
      h = (h * 31 + std::hash<std::string>{}(name)) * 31 + std::hash<std::string>{}(value);
    return h;
  }
  std::unordered_multimap<std::size_t, Dimensions> seen_;
  std::array<Dimensions, 4> recent_;
  std::size_t next_recent_ = 0;
};

// Dimensions stream as an object of strings, into the pool's scratch list, and are shared when the
// object closes. A member of another form makes the whole object a value of the wrong form, kept
// verbatim: the members read so far move into a JSON object, and the rest follow into it. The member
// whose value is awaited is the last one (of the scratch list, or of the object).
struct DimensionsContainer {
  static Field<Dimensions>& field(void* p) { return *static_cast<Field<Dimensions>*>(p); }
  static std::vector<Dimensions::value_type>& scratch() { return DimensionsPool::local().scratch; }
  static json::value& awaited(Invalid& raw) { return (raw.value.get_object().end() - 1)->value(); }
  // Keeps the spellings of the numbers in the awaited member's value.
  static void keep_spellings(Invalid& raw, const NumberSpellings& spellings) {
    if (spellings.empty()) return;
    std::string prefix;
    push_segment(prefix, (raw.value.get_object().end() - 1)->key());
    raw.spellings.add_under(prefix, spellings);
  }

  static void begin() { scratch().clear(); }

  static void degrade(Field<Dimensions>& f) {
    json::object members;
    for (const auto& [name, value] : scratch()) members.emplace(name, json::string(value));
    std::string_view expected = Codec<Dimensions>::expected;
    f.set_invalid(Invalid{std::move(members), FormIssue::wrong_type, expected});
  }

  static bool member(void* p, std::string_view key, Slot& out) {
    auto& f = field(p);
    if (f.valid()) scratch().emplace_back(std::string(key), std::string());
    else f.invalid()->value.get_object().emplace(key, nullptr);
    out = {p, &value_ops};
    return true;
  }

  static void value_scalar(void* p, const Scalar& v) {
    auto& f = field(p);
    if (f.valid()) {
      if (v.is_string()) {
        scratch().back().second.assign(v.text.data(), v.text.size());
        return;
      }
      degrade(f);
    }
    awaited(*f.invalid()) = v.to_value();
    keep_spellings(*f.invalid(), v.spellings());
  }
  static bool value_open(void* p, bool, Container&) {
    if (field(p).valid()) degrade(field(p));
    return false;
  }
  static void value_captured(void* p, json::value& v, const NumberSpellings& spellings) {
    awaited(*field(p).invalid()) = std::move(v);
    keep_spellings(*field(p).invalid(), spellings);
  }
  // A repeated name is found by the reader's own list of the keys of this object.
  static bool value_present(const void*) { return false; }

  static void close(void* p) {
    auto& f = field(p);
    if (f.valid()) f = DimensionsPool::local().share(scratch());
    scratch().clear();
  }

  static constexpr SlotOps value_ops{&value_scalar, &value_open, &value_captured, &value_present};
  static constexpr ContainerOps ops{&member, nullptr, nullptr, &close};
};

template <class X>
struct FieldSlot {
  static void scalar(void* field, const Scalar& value) { read_field(value, *static_cast<Field<X>*>(field)); }

  static bool open(void* field, bool is_array, Container& out) {
    auto& f = *static_cast<Field<X>*>(field);
    if constexpr (IsRecord<X>) {
      if (is_array) return false;
      f.emplace();
      out.ops = &RecordContainer<X>::ops;
    } else if constexpr (IsList<X>) {
      if (!is_array) return false;
      ListContainer<X>::begin(f.emplace());
      out.ops = &ListContainer<X>::ops;
    } else if constexpr (std::is_same_v<X, Dimensions>) {
      if (is_array) return false;
      f.emplace();
      DimensionsContainer::begin();
      out.ops = &DimensionsContainer::ops;
      out.target = &f;  // the field itself: a member of the wrong form turns it invalid
      return true;
    } else {
      return false;
    }
    out.target = f.get();
    return true;
  }

  static void captured(void* field, json::value& value, const NumberSpellings& spellings) {
    auto& f = *static_cast<Field<X>*>(field);
    read_field(value, f);
    if (Invalid* kept = f.invalid()) kept->spellings.add_under("", spellings);
  }

  static bool present(const void* field) { return static_cast<const Field<X>*>(field)->present(); }

  static constexpr SlotOps ops{&scalar, &open, &captured, &present};
};

template <class X>
Slot slot_of(Field<X>& field) {
  return {&field, &FieldSlot<X>::ops};
}

}  // namespace inclusio::detail
