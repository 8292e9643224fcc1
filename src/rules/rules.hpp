#pragma once
// The rule families. Each family is a set of overloads, one per record type it checks; the engine
// calls, for every valid record in document order, each family's overload for that record's type.
// `pointer` is the JSON Pointer of the record.

#include "context.hpp"

#include <array>
#include <span>

namespace inclusio::rules {

using P = const std::string&;

// Each family's rules, described in the file that checks them; rule_catalogue() is assembled from
// these and the form checks' (form_checks.hpp).
std::span<const RuleInfo> engine_family() noexcept;     // S005, S007, R001, R002
std::span<const RuleInfo> structure_family() noexcept;  // R003, R004
std::span<const RuleInfo> date_family() noexcept;
std::span<const RuleInfo> money_family() noexcept;
std::span<const RuleInfo> indicator_family() noexcept;
std::span<const RuleInfo> quality_family() noexcept;
std::span<const RuleInfo> code_family() noexcept;
std::span<const RuleInfo> event_family() noexcept;

// References are checked by the engine as the walk meets them, and by the indicator subject's rules.
extern const RuleInfo R001;
extern const RuleInfo R002;
// R001 when no entity has `id`, R002 when the one that has it is not of the kind `expected`.
void check_reference(Context& ctx, const std::string& pointer, const std::string& id, std::optional<EntityKind> expected);

// S005, S007 (engine), R001, R002 (engine), R003, R004
void structure_rules(const Territory&, P, Context&);
void structure_rules(const Plan&, P, Context&);
void structure_rules(const Goal&, P, Context&);
void structure_rules(const Measure&, P, Context&);
void structure_rules(const IndicatorSubject&, P, Context&);

// D002-D008 (D001 is a form check)
void date_rules(const Period&, P, Context&);
void date_rules(const Plan&, P, Context&);
void date_rules(const Measure&, P, Context&);
void date_rules(const Target&, P, Context&);
void date_rules(const Observation&, P, Context&);

// M002-M006 (M001 is a form check)
void money_rules(const Budget&, P, Context&);
void money_rules(const Project&, P, Context&);

// I001-I013
void indicator_rules(const Indicator&, P, Context&);
void indicator_rules(const Project&, P, Context&);
void indicator_rules(const Baseline&, P, Context&);
void indicator_rules(const Target&, P, Context&);
void indicator_rules(const Observation&, P, Context&);

// Q001-Q011
void quality_rules(const Partnership&, P, Context&);
void quality_rules(const Plan&, P, Context&);
void quality_rules(const Goal&, P, Context&);
void quality_rules(const Measure&, P, Context&);
void quality_rules(const TargetGroupSpec&, P, Context&);
void quality_rules(const Project&, P, Context&);

// C001, C002, C004, C005 (C003 needs the bundled codelists)
void code_rules(const Territory&, P, Context&);
void code_rules(const Organization&, P, Context&);
void code_rules(const Project&, P, Context&);

// E001, E002, E003
void event_rules(const Event&, P, Context&);

}  // namespace inclusio::rules
