#pragma once
// Document: one portfolio — territories, organisations, partnerships, plans, projects, indicators,
// evaluations, events and supporting documents — in file order, with O(1) lookup by id.

#include <inclusio/entities.hpp>

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace inclusio {

namespace detail {
class IndexKeeper;
}

class Document {
 public:
  static constexpr std::string_view format_marker = "inclusio";
  // The schema versions this library reads, oldest first; the last is the newest. A document is
  // written in the oldest version that holds what it has, never older than the one it was read in:
  // a 1.0 document without the members 1.1 added writes back as 1.0, exactly as before.
  static constexpr std::array<std::string_view, 2> schema_versions{"1.0", "1.1"};
  static constexpr std::string_view schema_version = schema_versions.back();

  // What an id names, and where: the entity, the plan that holds it (goals and measures), and the
  // JSON Pointer of the entity ("/plans/0/measures/3").
  struct Entry {
    EntityKind kind;
    const void* entity;
    const Plan* plan;
    std::string pointer;
  };

  Document() = default;
  Document(const Document& other) = default;
  Document(Document&& other) noexcept = default;
  Document& operator=(const Document& other) = default;
  Document& operator=(Document&& other) noexcept = default;
  ~Document() = default;

  // The document's currency as written (absent means CZK) and the one amounts default to.
  const Field<std::string>& currency() const noexcept { return currency_; }
  Currency default_currency() const noexcept;
  void set_currency(Currency currency);

  const List<Territory>& territories() const noexcept { return territories_; }
  const List<Organization>& organizations() const noexcept { return organizations_; }
  const List<Partnership>& partnerships() const noexcept { return partnerships_; }
  const List<Plan>& plans() const noexcept { return plans_; }
  const List<Project>& projects() const noexcept { return projects_; }
  const List<Indicator>& indicators() const noexcept { return indicators_; }
  const List<Evaluation>& evaluations() const noexcept { return evaluations_; }
  const List<Event>& events() const noexcept { return events_; }
  const List<SupportingDocument>& documents() const noexcept { return documents_; }
  // Top-level fields the library does not know, in their original order.
  const Extras& extra() const noexcept { return extra_; }

  // The schema version the document was read in ("1.0" for a new document), and the one writing it
  // gives (see schema_versions). Setting a version not in schema_versions throws invalid_argument.
  // Comparing documents compares their content, not the version they were read in.
  std::string_view declared_schema_version() const noexcept { return schema_versions[declared_version_.index]; }
  void set_declared_schema_version(std::string_view version);
  std::string_view schema_version_to_write() const;

  // Mutable access. Each call marks the id index stale; a reference obtained here must not be used
  // to change the document after a later lookup (take it again instead), as with iterators.
  Field<std::string>& mutable_currency() { return touch(currency_); }
  List<Territory>& mutable_territories() { return touch(territories_); }
  List<Organization>& mutable_organizations() { return touch(organizations_); }
  List<Partnership>& mutable_partnerships() { return touch(partnerships_); }
  List<Plan>& mutable_plans() { return touch(plans_); }
  List<Project>& mutable_projects() { return touch(projects_); }
  List<Indicator>& mutable_indicators() { return touch(indicators_); }
  List<Evaluation>& mutable_evaluations() { return touch(evaluations_); }
  List<Event>& mutable_events() { return touch(events_); }
  List<SupportingDocument>& mutable_documents() { return touch(documents_); }
  Extras& mutable_extra() { return touch(extra_); }

  // Appends an entity to its top-level collection and returns it (entity_kinds.hpp).
  template <class T>
  T& add(T entity);

  // The first entity with this id, or nullptr. Thread-safe for concurrent readers.
  const Entry* find(std::string_view id) const;
  template <class T>
  const T* find_as(std::string_view id) const;
  // How many entities have an id (goals, measures and working groups included); duplicates count.
  std::size_t entity_count() const;

  // Gives every amount the currency of its budget or project, or else the document's. Loading does
  // this; call it after changing currencies by hand.
  void resolve_currencies();

  friend bool operator==(const Document& a, const Document& b) = default;

 private:
  friend class detail::IndexKeeper;
  template <class T>
  T& touch(T& member) {
    index_.drop();
    return member;
  }
  struct Index;

  // The id index: built on the first lookup, dropped by every change. A copy or a move starts without
  // one, and comparing documents ignores it.
  class IndexCache {
   public:
    IndexCache() = default;
    IndexCache(const IndexCache&) noexcept {}
    IndexCache(IndexCache&& other) noexcept { other.drop(); }
    IndexCache& operator=(const IndexCache&) noexcept {
      drop();
      return *this;
    }
    IndexCache& operator=(IndexCache&& other) noexcept {
      drop();
      other.drop();
      return *this;
    }
    ~IndexCache() = default;
    friend bool operator==(const IndexCache&, const IndexCache&) noexcept { return true; }

    const Index& get(const Document& doc) const;
    void drop() noexcept {
      ready_.store(nullptr, std::memory_order_relaxed);
      index_.reset();
    }
    // The built index taken out (null when there is none), and put back once an edit has kept it in
    // step: edits by pointer change a document without rebuilding its index (detail::IndexKeeper).
    std::shared_ptr<const Index> take() noexcept {
      ready_.store(nullptr, std::memory_order_relaxed);
      return std::move(index_);
    }
    void put(std::shared_ptr<const Index> index) noexcept {
      index_ = std::move(index);
      ready_.store(index_.get(), std::memory_order_release);
    }

   private:
    mutable std::mutex mutex_;
    mutable std::shared_ptr<const Index> index_;
    // The built index, read without the lock: lookups from many threads (parallel validation) do
    // not contend. Null until built and after every change.
    mutable std::atomic<const Index*> ready_{nullptr};
  };

  struct DeclaredVersion {
    std::size_t index = 0;  // in schema_versions
    friend bool operator==(const DeclaredVersion&, const DeclaredVersion&) noexcept { return true; }
  };
  DeclaredVersion declared_version_;
  Field<std::string> currency_;
  List<Territory> territories_;
  List<Organization> organizations_;
  List<Partnership> partnerships_;
  List<Plan> plans_;
  List<Project> projects_;
  List<Indicator> indicators_;
  List<Evaluation> evaluations_;
  List<Event> events_;
  List<SupportingDocument> documents_;
  Extras extra_;
  IndexCache index_;
};

}  // namespace inclusio

#include <inclusio/entity_kinds.hpp>  // the table of kinds, which needs the whole class
