#pragma once
// The entities of the format (docs/format.md). Every field is a Field<T>, so a document keeps
// what its author wrote even where it is of the wrong form; every record keeps its unknown fields.

#include <inclusio/codelists.hpp>
#include <inclusio/date.hpp>
#include <inclusio/decimal.hpp>
#include <inclusio/dimensions.hpp>
#include <inclusio/field.hpp>
#include <inclusio/indicator_value.hpp>
#include <inclusio/money.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace inclusio {

// What an id names. The order is stable (the C API exposes it).
enum class EntityKind {
  territory, organization, partnership, working_group, plan, goal, measure, project, indicator,
  evaluation, event, document
};
std::string_view to_code(EntityKind kind) noexcept;

// Identifiers are document-wide unique strings of [A-Za-z0-9._:-]{1,128}.
using Id = std::string;
bool is_valid_id(std::string_view id) noexcept;

// A reference to an id that should name an entity of kind `Target`, or of any kind (AnyEntity).
struct AnyEntity {};
template <class Target>
struct Ref {
  Id id;
  Ref() = default;
  Ref(Id value) : id(std::move(value)) {}  // NOLINT: implicit, a reference is its id
  Ref(const char* value) : id(value) {}    // NOLINT
  friend bool operator==(const Ref&, const Ref&) = default;
};

// A non-negative whole number of people, jobs, households...
struct Count {
  std::int64_t value = 0;
  Count() = default;
  Count(std::int64_t v) : value(v) {}  // NOLINT
  friend auto operator<=>(const Count&, const Count&) = default;
};

struct Territory;
struct Organization;
struct Partnership;
struct WorkingGroup;
struct Plan;
struct Goal;
struct Measure;
struct Project;
struct Indicator;
struct SupportingDocument;

struct Period {
  Field<Date> start;
  Field<Date> end;
  Extras extra;
  // The range when both ends are valid dates in order.
  std::optional<DateRange> range() const;
  friend bool operator==(const Period&, const Period&) = default;
};

struct Territory {
  Field<Id> id;
  Field<TerritoryKind> kind;
  Field<std::string> name;
  Field<std::string> code;
  Field<Ref<Territory>> parent;
  Field<Count> population;
  Field<Count> excluded_population;
  Extras extra;
  friend bool operator==(const Territory&, const Territory&) = default;
};

struct Organization {
  Field<Id> id;
  Field<std::string> name;
  Field<OrganizationKind> kind;
  Field<std::string> ico;
  Field<Ref<Territory>> territory;
  Extras extra;
  friend bool operator==(const Organization&, const Organization&) = default;
};

struct PartnershipMember {
  Field<Ref<Organization>> organization;
  Field<MemberRole> role;
  Extras extra;
  friend bool operator==(const PartnershipMember&, const PartnershipMember&) = default;
};

struct WorkingGroup {
  Field<Id> id;
  Field<std::string> name;
  Field<Theme> theme;
  List<Ref<Organization>> members;
  Extras extra;
  friend bool operator==(const WorkingGroup&, const WorkingGroup&) = default;
};

struct Partnership {
  Field<Id> id;
  Field<std::string> name;
  Field<PartnershipKind> kind;
  Field<Ref<Territory>> territory;
  List<PartnershipMember> members;
  List<WorkingGroup> working_groups;
  List<Date> meetings;
  Field<Count> meetings_per_year;  // how often it meets, where the dates are not recorded
  Extras extra;
  friend bool operator==(const Partnership&, const Partnership&) = default;
};

struct Approval {
  Field<std::string> body;
  Field<Date> date;
  Field<std::string> resolution;
  Extras extra;
  friend bool operator==(const Approval&, const Approval&) = default;
};

struct Goal {
  Field<Id> id;
  Field<std::string> code;
  Field<std::string> title;
  Field<Theme> theme;
  Field<Ref<Goal>> parent;
  List<Ref<SupportingDocument>> evidence;
  Extras extra;
  friend bool operator==(const Goal&, const Goal&) = default;
};

struct TargetGroupSpec {
  Field<TargetGroup> group;
  Field<std::int64_t> min_age;
  Field<std::int64_t> max_age;
  Extras extra;
  friend bool operator==(const TargetGroupSpec&, const TargetGroupSpec&) = default;
};

struct FundingShare {
  Field<FundingSource> source;
  Field<Money> amount;
  Field<std::string> currency;  // overrides the budget's currency for this amount
  Extras extra;
  friend bool operator==(const FundingShare&, const FundingShare&) = default;
};

struct Budget {
  Field<Money> total;
  Field<std::string> currency;  // overrides the document's currency for this budget
  List<FundingShare> sources;
  Extras extra;
  friend bool operator==(const Budget&, const Budget&) = default;
};

struct Measure {
  Field<Id> id;
  Field<std::string> code;
  Field<std::string> title;
  Field<Ref<Goal>> goal;
  Field<Theme> theme;
  Field<MeasureStatus> status;
  Field<Period> period;
  Field<Ref<Organization>> responsible;
  List<Ref<Organization>> partners;
  List<TargetGroupSpec> target_groups;
  List<Ref<Territory>> localities;
  Field<Budget> budget;
  List<Ref<Project>> projects;
  Extras extra;
  friend bool operator==(const Measure&, const Measure&) = default;
};

struct Plan {
  Field<Id> id;
  Field<PlanKind> kind;
  Field<std::string> title;
  Field<Ref<Territory>> territory;
  Field<Ref<Organization>> owner;
  Field<Ref<Partnership>> partnership;
  Field<Period> period;
  Field<PlanStatus> status;
  Field<Approval> approval;
  Field<Ref<Plan>> supersedes;
  Field<SupportType> support_type;
  List<Theme> themes;
  List<EuPriority> eu_priorities;
  List<Goal> goals;
  List<Measure> measures;
  Extras extra;
  friend bool operator==(const Plan&, const Plan&) = default;
};

struct PlannedActual {
  Field<Count> planned;
  Field<Count> actual;
  Extras extra;
  friend bool operator==(const PlannedActual&, const PlannedActual&) = default;
};

struct Project {
  Field<Id> id;
  Field<std::string> title;
  Field<std::string> registration_number;
  Field<FundingSource> programme;
  Field<ProjectStatus> status;
  Field<Ref<Organization>> recipient;
  Field<Period> period;
  Field<std::string> currency;  // overrides the document's currency for this project's amounts
  Field<Money> requested;
  Field<Money> approved;
  Field<Money> drawn;
  Field<PlannedActual> supported_persons;
  Field<PlannedActual> jobs_created;
  List<Ref<Measure>> measures;
  List<Ref<Territory>> territories;
  List<EuPriority> eu_priorities;  // the EU's priority areas of social inclusion the project works on
  Extras extra;
  friend bool operator==(const Project&, const Project&) = default;
};

struct IndicatorSubject {
  Field<SubjectType> type;
  Field<Id> id;
  Extras extra;
  friend bool operator==(const IndicatorSubject&, const IndicatorSubject&) = default;
};

struct Denominator {
  Field<Decimal> value;
  Field<std::string> description;
  Extras extra;
  friend bool operator==(const Denominator&, const Denominator&) = default;
};

struct Baseline {
  Field<IndicatorValue> value;
  Field<Date> date;
  Field<std::string> source;
  Extras extra;
  friend bool operator==(const Baseline&, const Baseline&) = default;
};

struct Target {
  Field<IndicatorValue> value;
  Field<Date> date;
  Field<Comparison> comparison;
  Field<Decimal> count;  // for a percentage with a denominator: the numerator ("75 % of 40" → 30)
  Field<Dimensions> dimensions;  // a target for one category ("gender": "female"); none: for the total
  Extras extra;
  friend bool operator==(const Target&, const Target&) = default;
};

// A document holds observations by the million: the members most of them leave out are sparse
// (one pointer each while absent), which keeps an observation at about the size of its text.
struct Observation {
  Field<Date> date;
  SparseField<Period> period;
  Field<IndicatorValue> value;
  SparseField<Decimal> count;
  // The denominator of this value when it differs from the indicator's: a share reported by units of
  // different size ("3 of 12 households", 25 %).
  SparseField<Decimal> denominator;
  SparseField<ObservationStatus> status;  // of its review by the host; none: as approved
  SparseField<std::string> source;
  SparseField<std::string> note;
  Field<Dimensions> dimensions;
  Extras extra;
  // The day the observation speaks for: its date, or the end of its period.
  std::optional<Date> as_of_date() const;
  friend bool operator==(const Observation&, const Observation&) = default;
};

struct Indicator {
  Field<Id> id;
  Field<std::string> code;
  Field<std::string> name;
  Field<IndicatorSubject> subject;
  Field<IndicatorKind> kind;
  Field<Unit> unit;
  Field<IndicatorMeasure> measure;
  Field<Direction> direction;
  Field<Aggregation> aggregation;
  Field<ReportingFrequency> reporting_frequency;
  Field<Denominator> denominator;
  List<std::string> scale;
  Field<DimensionCategories> dimensions;  // the disaggregations its observations may carry
  Field<Baseline> baseline;
  List<Target> targets;
  List<Observation> observations;
  Extras extra;
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Evaluation {
  Field<Id> id;
  Field<Ref<AnyEntity>> subject;
  Field<EvaluationKind> kind;
  Field<Date> date;
  Field<Ref<Organization>> evaluator;
  Field<Rating> rating;
  Field<std::string> summary;
  Extras extra;
  friend bool operator==(const Evaluation&, const Evaluation&) = default;
};

// A vote ({valid, yes, no}) or a petition ({signatures}). Counts may be negative as written, so that
// rule E001 can report them.
struct EventOutcome {
  Field<std::int64_t> valid;
  Field<std::int64_t> yes;
  Field<std::int64_t> no;
  Field<std::int64_t> signatures;
  Extras extra;
  friend bool operator==(const EventOutcome&, const EventOutcome&) = default;
};

struct Event {
  Field<Id> id;
  Field<EventKind> kind;
  Field<std::string> title;
  Field<Date> date;       // the day it took place, or
  Field<Period> period;   // when only the span it took place in is known (E003: one of the two)
  Field<Ref<Territory>> territory;
  Field<Ref<Organization>> organizer;
  Field<Ref<AnyEntity>> subject;
  Field<Count> attendance;
  Field<EventOutcome> outcome;
  Extras extra;
  friend bool operator==(const Event&, const Event&) = default;
};

// An entry of the document's `documents` list: an analysis, an evaluation report, a resolution...
struct SupportingDocument {
  Field<Id> id;
  Field<std::string> title;
  Field<DocumentKind> kind;
  Field<Date> date;
  Field<std::string> url;
  Extras extra;
  friend bool operator==(const SupportingDocument&, const SupportingDocument&) = default;
};

}  // namespace inclusio
