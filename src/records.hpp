#pragma once
// The format's records, described once: each member's JSON key, whether it is required, in the
// canonical order the writer uses (docs/format.md is generated from them); a change here changes the
// reader, the writer, the form checks and the schema together.

#include "record_io.hpp"

#include <inclusio/entity_kinds.hpp>

namespace inclusio::detail {

// NAME and NAME_CS: what the record is called, in English and in Czech (the nominative).
#define INCLUSIO_RECORD(T, NAME, NAME_CS, ...)                       \
  template <>                                                      \
  struct Record<T> {                                               \
    static constexpr std::string_view name = NAME;                 \
    static constexpr std::string_view name_cs = NAME_CS;           \
    static constexpr auto members = std::make_tuple(__VA_ARGS__);  \
  }

INCLUSIO_RECORD(Period, "period", "období", req("start", &Period::start), req("end", &Period::end));

INCLUSIO_RECORD(Territory, "territory", "území", id_member(&Territory::id), req("kind", &Territory::kind),
                req("name", &Territory::name), opt("code", &Territory::code), opt("parent", &Territory::parent),
                opt("population", &Territory::population),
                opt("excluded_population", &Territory::excluded_population));

INCLUSIO_RECORD(Organization, "organization", "organizace", id_member(&Organization::id), req("name", &Organization::name),
                req("kind", &Organization::kind), opt("ico", &Organization::ico),
                opt("territory", &Organization::territory));

INCLUSIO_RECORD(PartnershipMember, "partnership member", "člen partnerství", req("organization", &PartnershipMember::organization),
                req("role", &PartnershipMember::role));

INCLUSIO_RECORD(WorkingGroup, "working group", "pracovní skupina", id_member(&WorkingGroup::id), req("name", &WorkingGroup::name),
                opt("theme", &WorkingGroup::theme), opt("members", &WorkingGroup::members));

INCLUSIO_RECORD(Partnership, "partnership", "partnerství", id_member(&Partnership::id), req("name", &Partnership::name),
                req("kind", &Partnership::kind), req("territory", &Partnership::territory),
                opt("members", &Partnership::members), opt("working_groups", &Partnership::working_groups),
                opt("meetings", &Partnership::meetings), opt("meetings_per_year", &Partnership::meetings_per_year));

INCLUSIO_RECORD(Approval, "approval", "schválení", req("body", &Approval::body), req("date", &Approval::date),
                opt("resolution", &Approval::resolution));

INCLUSIO_RECORD(Goal, "goal", "cíl", id_member(&Goal::id), opt("code", &Goal::code), req("title", &Goal::title),
                opt("theme", &Goal::theme), opt("parent", &Goal::parent), opt("evidence", &Goal::evidence));

INCLUSIO_RECORD(TargetGroupSpec, "target group", "cílová skupina", req("group", &TargetGroupSpec::group),
                opt("min_age", &TargetGroupSpec::min_age), opt("max_age", &TargetGroupSpec::max_age));

INCLUSIO_RECORD(FundingShare, "funding source", "zdroj financování", req("source", &FundingShare::source),
                req("amount", &FundingShare::amount), opt("currency", &FundingShare::currency));

INCLUSIO_RECORD(Budget, "budget", "rozpočet", req("total", &Budget::total), opt("currency", &Budget::currency),
                opt("sources", &Budget::sources));

INCLUSIO_RECORD(Measure, "measure", "opatření", id_member(&Measure::id), opt("code", &Measure::code),
                req("title", &Measure::title), opt("goal", &Measure::goal), req("theme", &Measure::theme),
                req("status", &Measure::status), opt("period", &Measure::period),
                opt("responsible", &Measure::responsible), opt("partners", &Measure::partners),
                opt("target_groups", &Measure::target_groups), opt("localities", &Measure::localities),
                opt("budget", &Measure::budget), opt("projects", &Measure::projects));

INCLUSIO_RECORD(Plan, "plan", "plán", id_member(&Plan::id), req("kind", &Plan::kind), req("title", &Plan::title),
                req("territory", &Plan::territory), opt("owner", &Plan::owner), opt("partnership", &Plan::partnership),
                req("period", &Plan::period), req("status", &Plan::status), opt("approval", &Plan::approval),
                opt("supersedes", &Plan::supersedes), opt("support_type", &Plan::support_type),
                opt("themes", &Plan::themes), opt("eu_priorities", &Plan::eu_priorities), opt("goals", &Plan::goals),
                opt("measures", &Plan::measures));

INCLUSIO_RECORD(PlannedActual, "planned and actual count", "plánovaný a skutečný počet", opt("planned", &PlannedActual::planned),
                opt("actual", &PlannedActual::actual));

INCLUSIO_RECORD(Project, "project", "projekt", id_member(&Project::id), req("title", &Project::title),
                opt("registration_number", &Project::registration_number), req("programme", &Project::programme),
                req("status", &Project::status), req("recipient", &Project::recipient), opt("period", &Project::period),
                opt("currency", &Project::currency), opt("requested", &Project::requested),
                opt("approved", &Project::approved), opt("drawn", &Project::drawn),
                opt("supported_persons", &Project::supported_persons), opt("jobs_created", &Project::jobs_created),
                opt("measures", &Project::measures), opt("territories", &Project::territories),
                opt("eu_priorities", &Project::eu_priorities));

INCLUSIO_RECORD(IndicatorSubject, "indicator subject", "předmět indikátoru", req("type", &IndicatorSubject::type),
                req("id", &IndicatorSubject::id));

INCLUSIO_RECORD(Denominator, "denominator", "jmenovatel", req("value", &Denominator::value),
                opt("description", &Denominator::description));

INCLUSIO_RECORD(Baseline, "baseline", "výchozí hodnota", req("value", &Baseline::value), req("date", &Baseline::date),
                opt("source", &Baseline::source));

INCLUSIO_RECORD(Target, "target", "cílová hodnota", req("value", &Target::value), req("date", &Target::date),
                opt("comparison", &Target::comparison), opt("count", &Target::count),
                opt("dimensions", &Target::dimensions));

INCLUSIO_RECORD(Observation, "observation", "naměřená hodnota", opt("date", &Observation::date), opt("period", &Observation::period),
                req("value", &Observation::value), opt("count", &Observation::count),
                opt("denominator", &Observation::denominator), opt("status", &Observation::status),
                opt("source", &Observation::source), opt("note", &Observation::note),
                opt("dimensions", &Observation::dimensions));

INCLUSIO_RECORD(Indicator, "indicator", "indikátor", id_member(&Indicator::id), opt("code", &Indicator::code),
                req("name", &Indicator::name), req("subject", &Indicator::subject), req("kind", &Indicator::kind),
                req("unit", &Indicator::unit), req("measure", &Indicator::measure),
                req("direction", &Indicator::direction), req("aggregation", &Indicator::aggregation),
                opt("reporting_frequency", &Indicator::reporting_frequency),
                opt("denominator", &Indicator::denominator), opt("scale", &Indicator::scale),
                opt("dimensions", &Indicator::dimensions),
                opt("baseline", &Indicator::baseline), opt("targets", &Indicator::targets),
                opt("observations", &Indicator::observations));

INCLUSIO_RECORD(Evaluation, "evaluation", "hodnocení", id_member(&Evaluation::id), req("subject", &Evaluation::subject),
                req("kind", &Evaluation::kind), req("date", &Evaluation::date), opt("evaluator", &Evaluation::evaluator),
                opt("rating", &Evaluation::rating), opt("summary", &Evaluation::summary));

INCLUSIO_RECORD(EventOutcome, "event outcome", "výsledek akce", opt("valid", &EventOutcome::valid), opt("yes", &EventOutcome::yes),
                opt("no", &EventOutcome::no), opt("signatures", &EventOutcome::signatures));

INCLUSIO_RECORD(Event, "event", "akce", id_member(&Event::id), req("kind", &Event::kind), req("title", &Event::title),
                opt("date", &Event::date), opt("period", &Event::period), opt("territory", &Event::territory),
                opt("organizer", &Event::organizer),
                opt("subject", &Event::subject), opt("attendance", &Event::attendance),
                opt("outcome", &Event::outcome));

INCLUSIO_RECORD(SupportingDocument, "document", "dokument", id_member(&SupportingDocument::id),
                req("title", &SupportingDocument::title), req("kind", &SupportingDocument::kind),
                opt("date", &SupportingDocument::date), opt("url", &SupportingDocument::url));

#undef INCLUSIO_RECORD

// What an entity of the kind is called in Czech: its record's name ("území", "cíl").
inline std::string_view kind_name_cs(EntityKind kind) {
  std::string_view out;
  for_each_entity_kind([&](const auto& row) {
    if (row.kind == kind) out = Record<typename std::decay_t<decltype(row)>::element>::name_cs;
  });
  return out;
}

}  // namespace inclusio::detail
