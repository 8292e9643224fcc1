#pragma once
// Revisions: what changed between two versions of a document, or between a plan and the plan it
// supersedes, as a reader of a revision needs it (a measure dropped, a target moved, money shifted
// between funding sources) and as an RFC 6902 JSON Patch that turns the old JSON into the new. And the
// other direction of assembling files: merging several documents into one portfolio.
// docs/revisions.md describes both.

#include <inclusio/document.hpp>
#include <inclusio/money.hpp>
#include <inclusio/output_format.hpp>
#include <inclusio/validate.hpp>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

enum class ChangeOp { add, remove, replace };
std::string_view to_code(ChangeOp op) noexcept;  // "add", "remove", "replace"

// What a change means to the reader of a revision, where it means more than its field.
enum class SemanticChange {
  none,
  measure_added,
  measure_dropped,
  target_moved,           // a target's value or date; `movement` and `ambition` say which way
  budget_changed,         // a measure's budget total (or the whole budget added or removed)
  funding_source_changed, // one funding source of a measure's budget: added, removed or its amount
  status_backwards,       // a plan, measure or project moved back (implemented → in_progress)
  definition_changed,     // an indicator's unit, measure, aggregation, direction or denominator
                          // changed while it has observations: the series no longer means the same
  approved_changed,       // a project's approved money
};
std::string_view to_code(SemanticChange change) noexcept;  // "measure_dropped", ...

struct Change {
  ChangeOp op = ChangeOp::replace;
  std::string entity;  // the id of the entity changed or holding the changed record; empty: the document
  std::string title;   // that entity's title or name, for a reader
  // The entity's kind ("measure"), or the record's for an item of a list without ids: "target",
  // "observation", "funding_source", "target_group", "partnership_member"; "portfolio" for a member of
  // the document itself (its currency, an unknown member).
  std::string kind;
  std::string path;  // JSON Pointer: in the new document for add and replace, in the old for remove
  // For an item of a list without ids (or a change inside one): what identifies it, as text — a funding
  // source's source, a target's or observation's date, a target group's group.
  std::string item;
  std::optional<boost::json::value> old_value;  // absent for add
  std::optional<boost::json::value> new_value;  // absent for remove; an entity without its nested entities
  SemanticChange semantic = SemanticChange::none;
  // Money: new − old, exactly — a budget total, a funding source, a project's approved money; for a
  // measure added or dropped, its budget total (positive or negative).
  std::optional<Money> difference;
  std::string movement;             // target_moved: "raised", "lowered", "earlier" or "later"
  std::string ambition;             // target_moved: "higher" or "lower", by the indicator's direction
};

struct Revision {
  // In document order; within a list, what was removed first (in the old order), then what was added
  // or changed in the new order; an entity's own change before its nested entities'.
  std::vector<Change> changes;
  boost::json::array patch;  // RFC 6902 operations: applied to the old JSON, they give the new
  // What was compared, for a report's heading: the documents' or plans' titles or file names.
  std::string old_label, new_label;
  bool empty() const noexcept { return changes.empty(); }
};

struct DiffOptions {
  bool patch = true;  // make the JSON Patch too
  // What to call the two sides in a report ("plan-2014.json"); diff_plans takes the plans' titles
  // when these are empty.
  std::string old_label, new_label;
};

// Entities matched by id, never by position: reordering is not a change (the patch still reorders).
// Every member is compared, the ones the format does not define too.
// Items of lists without ids are matched by what identifies them: a target by its dimensions and
// date (then by its dimensions: a moved date is a change of the target), an observation by its date or
// period and dimensions, a funding source by its source, a target group by its group, a partnership
// member by its organization. Linear in the documents' size.
Revision diff(const Document& old_document, const Document& new_document, const DiffOptions& options = {});

// Within one document: the plan `new_plan_id` against the plan it `supersedes`. Their goals and
// measures have ids of their own, so they are matched by their code, else by their title; a reference
// to a matched goal counts as unchanged. Paths point into the document; the patch turns the old
// plan's JSON into the new plan's. Throws Error(not_found) when there is no such plan, and
// Error(invalid_argument) when it supersedes no plan of the document.
Revision diff_plans(const Document& document, std::string_view new_plan_id, const DiffOptions& options = {});

// The revision as JSON ({"changes": [...], "counts": {...}}), or as a council's revision report in
// Markdown or HTML (what was dropped, added and moved, money in its currency); throws Error(invalid_argument)
// for text and CSV.
std::string render_revision(const Revision& revision, OutputFormat format, Language language = Language::en);
// The JSON Patch alone, as an RFC 6902 document.
std::string revision_patch(const Revision& revision);

// ---- merging documents into a portfolio ---------------------------------------------------------

enum class MergeConflictPolicy { fail, prefer_last };

struct MergeOptions {
  MergeConflictPolicy on_conflict = MergeConflictPolicy::fail;
  std::vector<std::string> labels;  // what to call each document in a conflict (file names); else "#1"...
};

// One id, or one member of the documents themselves, given differently by two documents.
struct MergeConflict {
  std::string entity;  // the id; empty for a member of the document itself ("currency")
  std::string kind;    // the entity kind, or "portfolio"
  std::string first, second;                   // the two documents' labels
  std::string first_path, second_path;         // JSON Pointers in each
  bool id_reused = false;  // the id names different entities (another kind, or another's part)
  bool resolved = false;   // prefer_last took the second (never for a reused id)
};

struct MergeResult {
  Document document;
  std::vector<MergeConflict> conflicts;
};

// Entities with distinct ids are united in the order the documents give them; an entity in several
// documents with equal content is kept once; with different content it is a conflict (and, with
// prefer_last, the last document's version is kept where the first one stood). Members of the
// documents themselves (currency, unknown ones) merge the same way; the schema version is the highest.
// References across documents resolve in the result; an id used for different entities in two
// documents is a conflict too. With `fail`, conflicts leave the document empty. Linear in the size.
MergeResult merge(std::span<const Document* const> documents, const MergeOptions& options = {});

std::string render_merge_conflicts(std::span<const MergeConflict> conflicts, Language language = Language::en);

}  // namespace inclusio
