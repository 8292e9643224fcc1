// Each entity's JSON form: a canonical document holding every entity with every field reads into
// the typed fields and writes back byte for byte.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using namespace inclusio;

namespace {
const char* const every_entity = R"({
  "format": "inclusio",
  "schema_version": "1.0",
  "currency": "CZK",
  "territories": [
    {
      "id": "kutna-hora",
      "kind": "municipality",
      "name": "Kutná Hora",
      "code": "533955",
      "parent": "district-kutna-hora",
      "population": 20000,
      "excluded_population": 600
    }
  ],
  "organizations": [
    {
      "id": "mesto-kh",
      "name": "Město Kutná Hora",
      "kind": "municipality",
      "ico": "00236195",
      "territory": "kutna-hora"
    }
  ],
  "partnerships": [
    {
      "id": "lp-kh",
      "name": "Lokální partnerství Kutná Hora",
      "kind": "local_partnership",
      "territory": "kutna-hora",
      "members": [
        {
          "organization": "mesto-kh",
          "role": "decision_maker"
        }
      ],
      "working_groups": [
        {
          "id": "ps-zamestnanost",
          "name": "PS zaměstnanost",
          "theme": "employment",
          "members": ["mesto-kh"]
        }
      ],
      "meetings": ["2011-03-15", "2011-06-20"]
    }
  ],
  "plans": [
    {
      "id": "spsz-kh",
      "kind": "strategic_plan",
      "title": "Strategický plán sociálního začleňování Kutná Hora",
      "territory": "kutna-hora",
      "owner": "mesto-kh",
      "partnership": "lp-kh",
      "period": {
        "start": "2011-01-01",
        "end": "2013-12-31"
      },
      "status": "in_force",
      "approval": {
        "body": "Zastupitelstvo města Kutná Hora",
        "date": "2010-12-14",
        "resolution": "usnesení č. 123/10"
      },
      "supersedes": "spsz-kh-2008",
      "support_type": "intensive_comprehensive",
      "themes": ["employment", "housing"],
      "eu_priorities": ["active_labour_market"],
      "goals": [
        {
          "id": "cil-1",
          "code": "1",
          "title": "Zvýšit zaměstnanost",
          "theme": "employment",
          "parent": "cil-0",
          "evidence": ["analyza"]
        }
      ],
      "measures": [
        {
          "id": "opatreni-1-1",
          "code": "1.1",
          "title": "Sociální firma",
          "goal": "cil-1",
          "theme": "employment",
          "status": "in_progress",
          "period": {
            "start": "2011-06-01",
            "end": "2012-12-31"
          },
          "responsible": "mesto-kh",
          "partners": ["eko-ano"],
          "target_groups": [
            {
              "group": "roma",
              "min_age": 15,
              "max_age": 26
            }
          ],
          "localities": ["kutna-hora"],
          "budget": {
            "total": "1250000.00",
            "currency": "EUR",
            "sources": [
              {
                "source": "op_lzz",
                "amount": "1062500.00"
              },
              {
                "source": "private",
                "amount": "187500.00"
              }
            ]
          },
          "projects": ["projekt-1"]
        }
      ]
    }
  ],
  "projects": [
    {
      "id": "projekt-1",
      "title": "Práce bez překážek",
      "registration_number": "CZ.1.04/2.1.00/70.00036",
      "programme": "op_lzz",
      "status": "completed",
      "recipient": "mesto-kh",
      "period": {
        "start": "2012-01-01",
        "end": "2014-06-30"
      },
      "currency": "CZK",
      "requested": "80000000.00",
      "approved": "76000000.00",
      "drawn": "75999999.99",
      "supported_persons": {
        "planned": 660,
        "actual": 702
      },
      "jobs_created": {
        "planned": 277
      },
      "measures": ["opatreni-1-1"],
      "territories": ["kutna-hora"]
    }
  ],
  "indicators": [
    {
      "id": "ind-kompetence",
      "code": "R1",
      "name": "Územní celky se zvýšenou kompetencí",
      "subject": {
        "type": "project",
        "id": "projekt-1"
      },
      "kind": "result",
      "unit": "percent",
      "measure": "percentage",
      "direction": "increase",
      "aggregation": "last",
      "denominator": {
        "value": 40,
        "description": "zapojené územní celky"
      },
      "scale": ["low", "high"],
      "baseline": {
        "value": 0,
        "date": "2023-01-01",
        "source": "vstupní analýza"
      },
      "targets": [
        {
          "value": 75,
          "date": "2024-12-31",
          "comparison": "at_least",
          "count": 30
        }
      ],
      "observations": [
        {
          "date": "2024-06-30",
          "value": 42.5,
          "count": 17,
          "source": "monitorovací zpráva",
          "note": "průběžně",
          "dimensions": {
            "kraj": "Ústecký",
            "typ": "obec"
          }
        },
        {
          "period": {
            "start": "2024-01-01",
            "end": "2024-12-31"
          },
          "value": "vysoká"
        }
      ]
    }
  ],
  "evaluations": [
    {
      "id": "evaluace-2012",
      "subject": "spsz-kh",
      "kind": "interim",
      "date": "2012-11-30",
      "evaluator": "dic",
      "rating": "very_successful",
      "summary": "Nejúspěšnější město."
    }
  ],
  "events": [
    {
      "id": "referendum-touzim",
      "kind": "referendum",
      "title": "Referendum o výstavbě sociálního centra v Toužimi",
      "date": "2012-09-22",
      "territory": "touzim",
      "organizer": "mesto-touzim",
      "subject": "projekt-1",
      "attendance": 1209,
      "outcome": {
        "valid": 1209,
        "yes": 89,
        "no": 1113
      }
    }
  ],
  "documents": [
    {
      "id": "analyza",
      "title": "Situační analýza Kutná Hora",
      "kind": "situation_analysis",
      "date": "2010-06-30",
      "url": "https://example.org/analyza.pdf"
    }
  ]
}
)";
}  // namespace

TEST_CASE("Every entity with every field reads into typed fields and writes back byte for byte") {
  Document doc = load_string(every_entity);
  CHECK(dump_string(doc) == every_entity);
  CHECK(form_problems(doc).empty());

  const Territory& t = *(*doc.territories())[0];
  CHECK(*t.kind == TerritoryKind::municipality);
  CHECK(*t.name == "Kutná Hora");
  CHECK(t.population->value == 20000);
  CHECK(t.parent->id == "district-kutna-hora");

  const Partnership& lp = *(*doc.partnerships())[0];
  CHECK(*(*lp.members)[0]->role == MemberRole::decision_maker);
  CHECK(*(*lp.working_groups)[0]->theme == Theme::employment);
  CHECK((*lp.meetings)[1]->to_string() == "2011-06-20");

  const Plan& plan = *(*doc.plans())[0];
  CHECK(*plan.kind == PlanKind::strategic_plan);
  CHECK(plan.period->range()->days() == 1096);  // 2012 is a leap year
  CHECK(plan.approval->date->to_string() == "2010-12-14");
  CHECK(*plan.support_type == SupportType::intensive_comprehensive);
  CHECK(*(*plan.eu_priorities)[0] == EuPriority::active_labour_market);
  const Measure& m = *(*plan.measures)[0];
  CHECK(*(*m.target_groups)[0]->max_age == 26);
  const Budget& b = *m.budget;
  CHECK(b.total->minor_units() == 125000000);
  CHECK(b.total->currency().code() == "EUR");  // the budget's own currency overrides the document's
  CHECK(*(*b.sources)[1]->source == FundingSource::private_funds);
  CHECK((*(*b.sources)[0]->amount + *(*b.sources)[1]->amount) == *b.total);

  const Project& p = *(*doc.projects())[0];
  CHECK(p.drawn->to_string() == "75999999.99");
  CHECK(p.drawn->currency().code() == "CZK");
  CHECK(p.supported_persons->actual->value == 702);
  CHECK_FALSE(p.jobs_created->actual.present());

  const Indicator& ind = *(*doc.indicators())[0];
  CHECK(ind.denominator->value->to_string() == "40");
  CHECK((*ind.targets)[0]->value->number()->to_string() == "75");
  CHECK((*ind.targets)[0]->count->to_string() == "30");
  const Observation& o1 = *(*ind.observations)[0];
  CHECK(o1.value->number()->to_string() == "42.5");
  CHECK(o1.value->text() == nullptr);
  CHECK(o1.dimensions->at(0) == std::pair<std::string, std::string>("kraj", "Ústecký"));
  const Observation& o2 = *(*ind.observations)[1];
  CHECK(*o2.value->text() == "vysoká");
  CHECK(o2.value->number() == nullptr);
  CHECK(o2.as_of_date()->to_string() == "2024-12-31");

  CHECK(*(*doc.evaluations())[0]->rating == Rating::very_successful);
  const EventOutcome& out = *(*doc.events())[0]->outcome;
  CHECK(*out.valid == 1209);
  CHECK(*out.yes + *out.no == 1202);
  CHECK(*(*doc.documents())[0]->kind == DocumentKind::situation_analysis);
}

TEST_CASE("Writing puts known fields in canonical order and unknown fields after them, in their order") {
  Document doc = load_string(test::doc_with(
      R"("zeta": 1, "territories": [{"name": "Teplá", "x-note": "okres Cheb", "kind": "municipality", "id": "tepla", "a": [1, {"b": null}]}], "alpha": true)"));
  CHECK(dump_string(doc, {0}) ==
        R"({"format":"inclusio","schema_version":"1.0","territories":[{"id":"tepla","kind":"municipality","name":"Teplá","x-note":"okres Cheb","a":[1,{"b":null}]}],"zeta":1,"alpha":true})"
        "\n");
}

TEST_CASE("Values of the wrong form are kept verbatim and written back") {
  std::string in = test::doc_with(
      R"("plans": [{"id": "p", "kind": "strategic_plan", "title": 42, "territory": "t", "period": {"start": "2023-02-30", "end": "2023-13-01"}, "status": "schvaleny", "themes": ["housing", "bydleni", null], "measures": [{"id": "m", "title": "M", "theme": "housing", "status": "planned", "budget": {"total": "100.005", "sources": "none"}}]}, "not a plan"])");
  Document doc = load_string(in);
  Document again = load_string(dump_string(doc));
  CHECK(again == doc);
  CHECK(dump_string(again) == dump_string(doc));
  const Plan& p = *(*doc.plans())[0];
  CHECK(p.title.is_invalid());
  CHECK(p.title.invalid()->value.as_int64() == 42);
  CHECK(p.period->start.invalid()->issue == FormIssue::impossible_date);
  CHECK(p.status.invalid()->value.as_string() == "schvaleny");
  CHECK((*p.themes)[1].invalid()->issue == FormIssue::not_in_codelist);
  CHECK((*p.measures)[0]->budget->total.invalid()->value.as_string() == "100.005");
  CHECK((*doc.plans())[1].invalid()->value.as_string() == "not a plan");
  std::string out = dump_string(doc, {0});
  CHECK(out.find(R"("title":42)") != std::string::npos);
  CHECK(out.find(R"("start":"2023-02-30")") != std::string::npos);
  CHECK(out.find(R"("total":"100.005")") != std::string::npos);
  CHECK(out.find(R"("sources":"none")") != std::string::npos);
  CHECK(out.find(R"("not a plan")") != std::string::npos);
}

TEST_CASE("Numbers in unknown fields keep their value, type and spelling") {
  Document doc = load_string(test::doc_with(R"("n": [0.1, 1.0, -0.0, 1e22, 18446744073709551615, -9223372036854775808])"));
  CHECK(dump_string(doc, {0}).find(R"("n":[0.1,1.0,-0.0,1e22,18446744073709551615,-9223372036854775808])") !=
        std::string::npos);
  CHECK(load_string(dump_string(doc)) == doc);
}

TEST_CASE("Strings escape only what JSON requires and keep Czech as UTF-8") {
  Document doc = load_string(test::doc_with(R"("s": "Příliš žluťoučký kůň\n\"úpěl\"\t\u0001 \/ \u00e9")"));
  CHECK(dump_string(doc, {0}).find(R"("s":"Příliš žluťoučký kůň\n\"úpěl\"\t\u0001 / é")") != std::string::npos);
}

TEST_CASE("An indicator value is a number or a text: copies are deep, equality compares what is held") {
  IndicatorValue number = Decimal::parse("42.5");
  IndicatorValue text = std::string("vysoká");
  IndicatorValue copy = text;
  CHECK(copy == text);
  CHECK(copy.text() != text.text());  // its own text, not the original's
  copy = number;
  CHECK(copy.is_number());
  CHECK(copy.number()->to_string() == "42.5");
  CHECK(*text.text() == "vysoká");
  CHECK_FALSE(number == text);
  CHECK_FALSE(IndicatorValue(std::string("42.5")) == number);  // a text never equals a number it spells
  CHECK(IndicatorValue() == IndicatorValue(Decimal()));
  CHECK(text.visit([](const auto& held) { return std::is_same_v<std::decay_t<decltype(held)>, std::string>; }));
}
