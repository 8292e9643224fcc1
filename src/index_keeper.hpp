#pragma once
// Keeps a document's id index in step with one edit by pointer, so that a lookup after the edit does
// not rebuild the index of the whole document: the index is taken out before the edit, told what the
// edit appended, and put back; where the edit moved, replaced or renamed entities it is dropped
// instead and the next lookup rebuilds it.

#include <inclusio/document.hpp>

#include <memory>
#include <string>

namespace inclusio::detail {

class IndexKeeper {
 public:
  explicit IndexKeeper(Document& doc) : doc_(doc), index_(doc.index_.take()) {}
  IndexKeeper(const IndexKeeper&) = delete;
  IndexKeeper& operator=(const IndexKeeper&) = delete;
  // Without commit() (an edit that threw), the index stays dropped: rebuilding it is always right.
  ~IndexKeeper() = default;

  // An entity appended at the end of its list where no other entity moved; false (and the index
  // dropped) when its id is held already, as the first holder in document order may then change.
  void appended(EntityKind kind, const Field<Id>& id, const void* entity, const Plan* plan, std::string pointer);
  // The edit moved, replaced or renamed entities.
  void drop() noexcept { index_.reset(); }
  void commit() noexcept { doc_.index_.put(std::move(index_)); }

 private:
  Document& doc_;
  std::shared_ptr<const Document::Index> index_;
};

// Gives the amounts of one measure's budget or one project the currency they are in (their own, or
// else the document's), as Document::resolve_currencies does for all of them.
void resolve_currencies(Measure& measure, Currency document_currency);
void resolve_currencies(Project& project, Currency document_currency);

}  // namespace inclusio::detail
