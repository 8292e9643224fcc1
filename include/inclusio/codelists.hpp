#pragma once
// The codelists of the format. Each enum has a stable string code (what JSON holds, never changed),
// an English and a Czech label. The enumerator order is the canonical order of the codelist.

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace inclusio {

template <class E>
struct CodelistEntry {
  E value;
  std::string_view code;
  std::string_view en;
  std::string_view cs;
};

// Specialised for every codelist enum with `name` (the codelist's name in messages and the schema)
// and `entries`.
template <class E>
struct Codelist;

template <class E>
concept CodelistEnum = requires {
  Codelist<E>::name;
  Codelist<E>::entries;
};

enum class TerritoryKind { country, region, district, orp, municipality, city_district, microregion,
                           local_action_group, locality };
enum class OrganizationKind { municipality, region_authority, ministry, state_agency, labour_office, school,
                              ngo, social_service_provider, police, church, company, social_enterprise, other };
enum class PartnershipKind { local_partnership, platform, local_development_group };
enum class MemberRole { chair, decision_maker, member, observer };
enum class PlanKind { strategic_plan, local_action_plan, regional_action_plan, national_action_plan,
                      thematic_action_plan, support_plan, exit_strategy, social_services_plan };
enum class PlanStatus { draft, consultation, approved, in_force, completed, superseded, withdrawn };
enum class SupportType { intensive_comprehensive, remote_intensive, remote_partial };
enum class Theme { housing, employment, education, social_services, family, health, debt, security, participation };
enum class EuPriority { active_labour_market, social_protection, access_housing_health_learning,
                        early_school_leaving, child_poverty, migrants_minorities };
enum class MeasureStatus { planned, preparing, in_progress, implemented, partially_implemented, postponed, cancelled };
enum class TargetGroup { excluded_persons, at_risk_persons, roma, children, youth, families, seniors, homeless,
                         unemployed, debtors, service_providers, public_administration };
enum class FundingSource { op_lzz, iop, op_vk, op_z, irop, op_vvv, op_z_plus, op_jak, esf_other, state_budget,
                           regional_budget, municipal_budget, own_resources, private_funds, other };
enum class ProjectStatus { idea, preparing, submitted, in_evaluation, approved, rejected, in_progress, completed,
                           cancelled };
enum class SubjectType { plan, goal, measure, project };
enum class IndicatorKind { input, output, result, impact, context };
enum class Unit { persons, households, count, czk, percent, hours, housing_units, jobs, events, documents };
enum class IndicatorMeasure { quantity, percentage, ordinal, qualitative };
enum class Direction { increase, decrease, maintain };
enum class Aggregation { cumulative, last, mean, max };
enum class Comparison { at_least, at_most, exactly };
enum class EvaluationKind { ex_ante, interim, final };
enum class Rating { very_successful, successful, less_successful, unsuccessful };
enum class EventKind { public_meeting, seminar, workshop, conference, excursion, peer_review, working_group_meeting,
                       petition, referendum, media_output };
enum class DocumentKind { analysis, situation_analysis, thematic_research, evaluation_report, methodology,
                          resolution, other };
enum class ReportingFrequency { month, quarter, half_year, year };
enum class ObservationStatus { draft, submitted, returned, approved };

// NAME and NAME_CS: the codelist's name in English and in Czech (the nominative, as a caption).
#define INCLUSIO_CODELIST(E, NAME, NAME_CS, ...)                                          \
  template <>                                                                           \
  struct Codelist<E> {                                                                  \
    static constexpr std::string_view type = #E;                                        \
    static constexpr std::string_view name = NAME;                                      \
    static constexpr std::string_view name_cs = NAME_CS;                                \
    static constexpr auto entries = std::to_array<CodelistEntry<E>>({__VA_ARGS__});     \
  }

INCLUSIO_CODELIST(TerritoryKind, "territory kind", "druh území",
  {TerritoryKind::country, "country", "country", "stát"},
  {TerritoryKind::region, "region", "region", "kraj"},
  {TerritoryKind::district, "district", "district", "okres"},
  {TerritoryKind::orp, "orp", "municipality with extended powers (ORP)", "obec s rozšířenou působností (ORP)"},
  {TerritoryKind::municipality, "municipality", "municipality", "obec"},
  {TerritoryKind::city_district, "city_district", "city district", "městská část"},
  {TerritoryKind::microregion, "microregion", "microregion", "mikroregion"},
  {TerritoryKind::local_action_group, "local_action_group", "local action group", "místní akční skupina"},
  {TerritoryKind::locality, "locality", "socially excluded locality", "sociálně vyloučená lokalita"});

INCLUSIO_CODELIST(OrganizationKind, "organization kind", "druh organizace",
  {OrganizationKind::municipality, "municipality", "municipality", "obec"},
  {OrganizationKind::region_authority, "region_authority", "regional authority", "krajský úřad"},
  {OrganizationKind::ministry, "ministry", "ministry", "ministerstvo"},
  {OrganizationKind::state_agency, "state_agency", "state agency", "státní instituce"},
  {OrganizationKind::labour_office, "labour_office", "labour office", "úřad práce"},
  {OrganizationKind::school, "school", "school", "škola"},
  {OrganizationKind::ngo, "ngo", "non-governmental organisation", "nestátní nezisková organizace"},
  {OrganizationKind::social_service_provider, "social_service_provider", "social service provider",
   "poskytovatel sociálních služeb"},
  {OrganizationKind::police, "police", "police", "policie"},
  {OrganizationKind::church, "church", "church", "církev"},
  {OrganizationKind::company, "company", "company", "obchodní společnost"},
  {OrganizationKind::social_enterprise, "social_enterprise", "social enterprise", "sociální podnik"},
  {OrganizationKind::other, "other", "other", "jiná"});

INCLUSIO_CODELIST(PartnershipKind, "partnership kind", "druh partnerství",
  {PartnershipKind::local_partnership, "local_partnership", "local partnership", "lokální partnerství"},
  {PartnershipKind::platform, "platform", "platform", "platforma"},
  {PartnershipKind::local_development_group, "local_development_group", "local development group",
   "místní rozvojová skupina"});

INCLUSIO_CODELIST(MemberRole, "member role", "role člena",
  {MemberRole::chair, "chair", "chair", "předseda"},
  {MemberRole::decision_maker, "decision_maker", "decision-maker", "osoba s rozhodovací pravomocí"},
  {MemberRole::member, "member", "member", "člen"},
  {MemberRole::observer, "observer", "observer", "pozorovatel"});

INCLUSIO_CODELIST(PlanKind, "plan kind", "druh plánu",
  {PlanKind::strategic_plan, "strategic_plan", "strategic plan for social inclusion",
   "strategický plán sociálního začleňování"},
  {PlanKind::local_action_plan, "local_action_plan", "local action plan of social inclusion",
   "lokální akční plán sociálního začleňování"},
  {PlanKind::regional_action_plan, "regional_action_plan", "regional action plan of social inclusion",
   "regionální akční plán sociálního začleňování"},
  {PlanKind::national_action_plan, "national_action_plan", "national action plan of social inclusion",
   "národní akční plán sociálního začleňování"},
  {PlanKind::thematic_action_plan, "thematic_action_plan", "thematic action plan", "tematický akční plán"},
  {PlanKind::support_plan, "support_plan", "support plan", "plán podpory"},
  {PlanKind::exit_strategy, "exit_strategy", "exit strategy", "exit strategie"},
  {PlanKind::social_services_plan, "social_services_plan", "medium-term plan of social services development",
   "střednědobý plán rozvoje sociálních služeb"});

INCLUSIO_CODELIST(PlanStatus, "plan status", "stav plánu",
  {PlanStatus::draft, "draft", "draft", "návrh"},
  {PlanStatus::consultation, "consultation", "in consultation", "v připomínkovém řízení"},
  {PlanStatus::approved, "approved", "approved", "schválený"},
  {PlanStatus::in_force, "in_force", "in force", "platný"},
  {PlanStatus::completed, "completed", "completed", "ukončený"},
  {PlanStatus::superseded, "superseded", "superseded", "nahrazený"},
  {PlanStatus::withdrawn, "withdrawn", "withdrawn", "stažený"});

INCLUSIO_CODELIST(SupportType, "support type", "typ podpory",
  {SupportType::intensive_comprehensive, "intensive_comprehensive", "intensive comprehensive support (3 years)",
   "intenzivní komplexní podpora (3 roky)"},
  {SupportType::remote_intensive, "remote_intensive", "remote intensive support (1 year)",
   "vzdálená intenzivní podpora (1 rok)"},
  {SupportType::remote_partial, "remote_partial", "remote partial support (1 year)",
   "vzdálená dílčí podpora (1 rok)"});

INCLUSIO_CODELIST(Theme, "theme", "téma",
  {Theme::housing, "housing", "housing", "bydlení"},
  {Theme::employment, "employment", "employment", "zaměstnanost"},
  {Theme::education, "education", "education", "vzdělávání"},
  {Theme::social_services, "social_services", "social services", "sociální služby"},
  {Theme::family, "family", "family", "rodina"},
  {Theme::health, "health", "health", "zdraví"},
  {Theme::debt, "debt", "debt", "dluhová problematika"},
  {Theme::security, "security", "security and crime prevention", "bezpečnost a prevence kriminality"},
  {Theme::participation, "participation", "participation", "participace"});

INCLUSIO_CODELIST(EuPriority, "EU priority", "priorita EU",
  {EuPriority::active_labour_market, "active_labour_market", "active labour market policy",
   "aktivní politika zaměstnanosti"},
  {EuPriority::social_protection, "social_protection", "social protection", "sociální ochrana"},
  {EuPriority::access_housing_health_learning, "access_housing_health_learning",
   "access to housing, health care and lifelong learning",
   "přístup k bydlení, zdravotní péči a celoživotnímu vzdělávání"},
  {EuPriority::early_school_leaving, "early_school_leaving", "prevention of early school leaving",
   "prevence předčasného ukončení školní docházky"},
  {EuPriority::child_poverty, "child_poverty", "child poverty and social exclusion",
   "chudoba a sociální vyloučení dětí"},
  {EuPriority::migrants_minorities, "migrants_minorities", "poverty of migrants and ethnic minorities",
   "chudoba přistěhovalců a etnických menšin"});

INCLUSIO_CODELIST(MeasureStatus, "measure status", "stav opatření",
  {MeasureStatus::planned, "planned", "planned", "plánované"},
  {MeasureStatus::preparing, "preparing", "in preparation", "v přípravě"},
  {MeasureStatus::in_progress, "in_progress", "in progress", "v realizaci"},
  {MeasureStatus::implemented, "implemented", "implemented", "splněné"},
  {MeasureStatus::partially_implemented, "partially_implemented", "partially implemented", "splněné částečně"},
  {MeasureStatus::postponed, "postponed", "postponed", "odložené"},
  {MeasureStatus::cancelled, "cancelled", "cancelled", "zrušené"});

INCLUSIO_CODELIST(TargetGroup, "target group", "cílová skupina",
  {TargetGroup::excluded_persons, "excluded_persons", "socially excluded persons", "osoby sociálně vyloučené"},
  {TargetGroup::at_risk_persons, "at_risk_persons", "persons at risk of social exclusion",
   "osoby ohrožené sociálním vyloučením"},
  {TargetGroup::roma, "roma", "Roma", "Romové"},
  {TargetGroup::children, "children", "children", "děti"},
  {TargetGroup::youth, "youth", "youth", "mládež"},
  {TargetGroup::families, "families", "families", "rodiny"},
  {TargetGroup::seniors, "seniors", "seniors", "senioři"},
  {TargetGroup::homeless, "homeless", "homeless persons", "osoby bez přístřeší"},
  {TargetGroup::unemployed, "unemployed", "unemployed persons", "nezaměstnaní"},
  {TargetGroup::debtors, "debtors", "over-indebted persons", "předlužené osoby"},
  {TargetGroup::service_providers, "service_providers", "service providers and commissioners",
   "poskytovatelé a zadavatelé služeb"},
  {TargetGroup::public_administration, "public_administration", "public administration staff",
   "zaměstnanci veřejné správy"});

INCLUSIO_CODELIST(FundingSource, "funding source", "zdroj financování",
  {FundingSource::op_lzz, "op_lzz", "OP Human Resources and Employment (2007–13)",
   "OP Lidské zdroje a zaměstnanost (2007–13)"},
  {FundingSource::iop, "iop", "Integrated Operational Programme (2007–13)", "Integrovaný operační program (2007–13)"},
  {FundingSource::op_vk, "op_vk", "OP Education for Competitiveness (2007–13)",
   "OP Vzdělávání pro konkurenceschopnost (2007–13)"},
  {FundingSource::op_z, "op_z", "OP Employment (2014–20)", "OP Zaměstnanost (2014–20)"},
  {FundingSource::irop, "irop", "Integrated Regional OP (2014–20, 2021–27)",
   "Integrovaný regionální operační program (2014–20, 2021–27)"},
  {FundingSource::op_vvv, "op_vvv", "OP Research, Development and Education (2014–20)",
   "OP Výzkum, vývoj a vzdělávání (2014–20)"},
  {FundingSource::op_z_plus, "op_z_plus", "OP Employment Plus (2021–27)", "OP Zaměstnanost plus (2021–27)"},
  {FundingSource::op_jak, "op_jak", "OP Johannes Amos Comenius (2021–27)", "OP Jan Amos Komenský (2021–27)"},
  {FundingSource::esf_other, "esf_other", "other European Social Fund programme",
   "jiný program Evropského sociálního fondu"},
  {FundingSource::state_budget, "state_budget", "state budget", "státní rozpočet"},
  {FundingSource::regional_budget, "regional_budget", "regional budget", "rozpočet kraje"},
  {FundingSource::municipal_budget, "municipal_budget", "municipal budget", "rozpočet obce"},
  {FundingSource::own_resources, "own_resources", "own resources", "vlastní zdroje"},
  {FundingSource::private_funds, "private", "private funds", "soukromé zdroje"},
  {FundingSource::other, "other", "other", "jiné"});

INCLUSIO_CODELIST(ProjectStatus, "project status", "stav projektu",
  {ProjectStatus::idea, "idea", "idea", "záměr"},
  {ProjectStatus::preparing, "preparing", "in preparation", "v přípravě"},
  {ProjectStatus::submitted, "submitted", "submitted", "podaný"},
  {ProjectStatus::in_evaluation, "in_evaluation", "in evaluation", "v hodnocení"},
  {ProjectStatus::approved, "approved", "approved", "schválený"},
  {ProjectStatus::rejected, "rejected", "rejected", "zamítnutý"},
  {ProjectStatus::in_progress, "in_progress", "in progress", "v realizaci"},
  {ProjectStatus::completed, "completed", "completed", "ukončený"},
  {ProjectStatus::cancelled, "cancelled", "cancelled", "zrušený"});

INCLUSIO_CODELIST(SubjectType, "indicator subject type", "typ předmětu indikátoru",
  {SubjectType::plan, "plan", "plan", "plán"},
  {SubjectType::goal, "goal", "goal", "cíl"},
  {SubjectType::measure, "measure", "measure", "opatření"},
  {SubjectType::project, "project", "project", "projekt"});

INCLUSIO_CODELIST(IndicatorKind, "indicator kind", "druh indikátoru",
  {IndicatorKind::input, "input", "input", "vstup"},
  {IndicatorKind::output, "output", "output", "výstup"},
  {IndicatorKind::result, "result", "result", "výsledek"},
  {IndicatorKind::impact, "impact", "impact", "dopad"},
  {IndicatorKind::context, "context", "context", "kontext"});

INCLUSIO_CODELIST(Unit, "unit", "jednotka",
  {Unit::persons, "persons", "persons", "osoby"},
  {Unit::households, "households", "households", "domácnosti"},
  {Unit::count, "count", "count", "počet"},
  {Unit::czk, "czk", "CZK", "Kč"},
  {Unit::percent, "percent", "percent", "procenta"},
  {Unit::hours, "hours", "hours", "hodiny"},
  {Unit::housing_units, "housing_units", "housing units", "bytové jednotky"},
  {Unit::jobs, "jobs", "jobs", "pracovní místa"},
  {Unit::events, "events", "events", "akce"},
  {Unit::documents, "documents", "documents", "dokumenty"});

INCLUSIO_CODELIST(IndicatorMeasure, "indicator measure", "typ měření indikátoru",
  {IndicatorMeasure::quantity, "quantity", "quantity", "množství"},
  {IndicatorMeasure::percentage, "percentage", "percentage", "podíl v procentech"},
  {IndicatorMeasure::ordinal, "ordinal", "ordinal rating", "pořadové hodnocení"},
  {IndicatorMeasure::qualitative, "qualitative", "qualitative", "kvalitativní"});

INCLUSIO_CODELIST(Direction, "direction", "směr",
  {Direction::increase, "increase", "increase", "zvýšení"},
  {Direction::decrease, "decrease", "decrease", "snížení"},
  {Direction::maintain, "maintain", "maintain", "udržení"});

INCLUSIO_CODELIST(Aggregation, "aggregation", "způsob agregace",
  {Aggregation::cumulative, "cumulative", "cumulative sum", "kumulativní součet"},
  {Aggregation::last, "last", "latest value", "poslední hodnota"},
  {Aggregation::mean, "mean", "mean", "průměr"},
  {Aggregation::max, "max", "maximum", "maximum"});

INCLUSIO_CODELIST(Comparison, "target comparison", "porovnání s cílem",
  {Comparison::at_least, "at_least", "at least", "minimálně"},
  {Comparison::at_most, "at_most", "at most", "maximálně"},
  {Comparison::exactly, "exactly", "exactly", "přesně"});

INCLUSIO_CODELIST(EvaluationKind, "evaluation kind", "druh hodnocení",
  {EvaluationKind::ex_ante, "ex_ante", "ex-ante evaluation", "ex-ante evaluace"},
  {EvaluationKind::interim, "interim", "interim evaluation", "průběžná evaluace"},
  {EvaluationKind::final, "final", "final evaluation", "závěrečná evaluace"});

INCLUSIO_CODELIST(Rating, "rating", "hodnocení",
  {Rating::very_successful, "very_successful", "very successful", "velmi úspěšné"},
  {Rating::successful, "successful", "successful", "úspěšné"},
  {Rating::less_successful, "less_successful", "less successful", "méně úspěšné"},
  {Rating::unsuccessful, "unsuccessful", "unsuccessful", "neúspěšné"});

INCLUSIO_CODELIST(EventKind, "event kind", "druh akce",
  {EventKind::public_meeting, "public_meeting", "public meeting", "veřejné setkání"},
  {EventKind::seminar, "seminar", "seminar", "seminář"},
  {EventKind::workshop, "workshop", "workshop", "workshop"},
  {EventKind::conference, "conference", "conference", "konference"},
  {EventKind::excursion, "excursion", "excursion", "exkurze"},
  {EventKind::peer_review, "peer_review", "peer review", "peer review"},
  {EventKind::working_group_meeting, "working_group_meeting", "working group meeting", "jednání pracovní skupiny"},
  {EventKind::petition, "petition", "petition", "petice"},
  {EventKind::referendum, "referendum", "referendum", "referendum"},
  {EventKind::media_output, "media_output", "media output", "mediální výstup"});

INCLUSIO_CODELIST(DocumentKind, "document kind", "druh dokumentu",
  {DocumentKind::analysis, "analysis", "analysis", "analýza"},
  {DocumentKind::situation_analysis, "situation_analysis", "situation analysis", "situační analýza"},
  {DocumentKind::thematic_research, "thematic_research", "thematic research", "tematický výzkum"},
  {DocumentKind::evaluation_report, "evaluation_report", "evaluation report", "evaluační zpráva"},
  {DocumentKind::methodology, "methodology", "methodology", "metodika"},
  {DocumentKind::resolution, "resolution", "resolution", "usnesení"},
  {DocumentKind::other, "other", "other", "jiný"});

INCLUSIO_CODELIST(ReportingFrequency, "reporting frequency", "frekvence vykazování",
  {ReportingFrequency::month, "month", "monthly", "měsíčně"},
  {ReportingFrequency::quarter, "quarter", "quarterly", "čtvrtletně"},
  {ReportingFrequency::half_year, "half_year", "half-yearly", "pololetně"},
  {ReportingFrequency::year, "year", "yearly", "ročně"});

// The review of a reported value, which the host runs: the library carries the state and filters by it.
INCLUSIO_CODELIST(ObservationStatus, "observation status", "stav vykázané hodnoty",
  {ObservationStatus::draft, "draft", "draft", "rozpracováno"},
  {ObservationStatus::submitted, "submitted", "submitted", "předloženo ke schválení"},
  {ObservationStatus::returned, "returned", "returned for correction", "vráceno k opravě"},
  {ObservationStatus::approved, "approved", "approved", "schváleno"});

#undef INCLUSIO_CODELIST

// Units counted in whole numbers (persons, events...), as opposed to amounts, hours and percentages.
constexpr bool counted_in_whole_numbers(Unit u) noexcept {
  switch (u) {
    case Unit::persons:
    case Unit::households:
    case Unit::count:
    case Unit::jobs:
    case Unit::events:
    case Unit::documents:
    case Unit::housing_units: return true;
    default: return false;
  }
}

// Every codelist enum, in the order above: f(std::type_identity<E>{}) for each.
template <class F>
constexpr void for_each_codelist(F&& f) {
  [&]<class... E>() { (f(std::type_identity<E>{}), ...); }
      .template operator()<TerritoryKind, OrganizationKind, PartnershipKind, MemberRole, PlanKind, PlanStatus, SupportType,
                           Theme, EuPriority, MeasureStatus, TargetGroup, FundingSource, ProjectStatus, SubjectType,
                           IndicatorKind, Unit, IndicatorMeasure, Direction, Aggregation, Comparison, EvaluationKind, Rating,
                           EventKind, DocumentKind, ReportingFrequency, ObservationStatus>();
}

// The codelists seen at run time, for a face that lists them (a web form's drop-downs): each with a
// key ("measure_status", the English name in snake case), its names and its codes with their labels.
struct CodeInfo {
  std::string_view code;
  std::string_view label_en;
  std::string_view label_cs;
};
struct CodelistInfo {
  std::string_view type;  // the enum's name, "MeasureStatus" (the Python package's class)
  std::string_view key;
  std::string_view name_en;
  std::string_view name_cs;
  std::span<const CodeInfo> codes;
};
std::span<const CodelistInfo> codelists();
const CodelistInfo* find_codelist(std::string_view key);  // null for an unknown key

template <CodelistEnum E>
constexpr const CodelistEntry<E>& codelist_entry(E value) {
  for (const auto& e : Codelist<E>::entries)
    if (e.value == value) return e;
  return Codelist<E>::entries[0];  // unreachable for a declared enumerator
}

template <CodelistEnum E>
constexpr std::string_view to_code(E value) { return codelist_entry(value).code; }
template <CodelistEnum E>
constexpr std::string_view label_en(E value) { return codelist_entry(value).en; }
template <CodelistEnum E>
constexpr std::string_view label_cs(E value) { return codelist_entry(value).cs; }

template <CodelistEnum E>
constexpr std::optional<E> from_code(std::string_view code) {
  for (const auto& e : Codelist<E>::entries)
    if (e.code == code) return e.value;
  return std::nullopt;
}

// "housing, employment, ..." — the allowed codes, as messages name them.
template <CodelistEnum E>
std::string allowed_codes() {
  std::string out;
  for (const auto& e : Codelist<E>::entries) {
    if (!out.empty()) out += ", ";
    out += e.code;
  }
  return out;
}

}  // namespace inclusio
