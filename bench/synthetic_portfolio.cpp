#include "synthetic_portfolio.hpp"

#include <inclusio/official_territories.hpp>

#include <array>
#include <cstdio>
#include <random>
#include <set>
#include <string_view>
#include <vector>

namespace inclusio::bench {
namespace {

constexpr std::array<std::string_view, 6> themes = {"housing", "employment", "education", "social_services",
                                                     "debt", "security"};
constexpr std::array<std::string_view, 4> measure_statuses = {"planned", "in_progress", "implemented",
                                                               "partially_implemented"};

// Compact JSON: a comma is due before anything that follows a value in the same container.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  Writer& key(std::string_view name) {
    separate();
    quoted(name);
    out_ += ':';
    comma_due_ = false;
    return *this;
  }
  Writer& value(std::string_view text) {  // the generator's texts need no escaping
    separate();
    quoted(text);
    comma_due_ = true;
    return *this;
  }
  Writer& number(long long n) {
    separate();
    out_ += std::to_string(n);
    comma_due_ = true;
    return *this;
  }
  Writer& open(char bracket) {
    separate();
    out_ += bracket;
    comma_due_ = false;
    return *this;
  }
  Writer& close(char bracket) {
    out_ += bracket;
    comma_due_ = true;
    return *this;
  }
  Writer& member(std::string_view name, std::string_view text) { return key(name).value(text); }
  Writer& member(std::string_view name, long long n) { return key(name).number(n); }

 private:
  void separate() {
    if (comma_due_) out_ += ',';
  }
  void quoted(std::string_view text) {
    out_ += '"';
    out_ += text;
    out_ += '"';
  }
  std::string& out_;
  bool comma_due_ = false;
};

std::string ico_with_check_digit(std::uint32_t seven_digits) {
  std::string digits = std::to_string(1000000 + seven_digits % 9000000);
  int sum = 0;
  for (int i = 0; i < 7; ++i) sum += (digits[static_cast<std::size_t>(i)] - '0') * (8 - i);
  int rest = sum % 11;
  int check = rest == 0 ? 1 : rest == 1 ? 0 : 11 - rest;
  return digits + static_cast<char>('0' + check);
}

std::string month_end(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, days[static_cast<std::size_t>(month - 1)]);
  return text;
}

struct Town {
  OfficialChain chain;
  std::string id;
};

void write_territory(Writer& w, std::string_view id, std::string_view kind, const OfficialTerritory& t,
                     std::string_view parent) {
  w.open('{').member("id", id).member("kind", kind).member("name", t.name).member("code", t.code);
  if (!parent.empty()) w.member("parent", parent);
  w.close('}');
}

// A paragraph as plans write them, with every Czech diacritic, to lengthen a title or a name.
constexpr std::string_view long_czech_text =
    " – opatření je zaměřeno na osoby ohrožené sociálním vyloučením, zejména na rodiny s dětmi žijící "
    "v nevyhovujícím bydlení, a zahrnuje terénní sociální práci, dluhové poradenství, doučování žáků "
    "základních škol a spolupráci s úřadem práce; průběžně se vyhodnocuje s účastí obyvatel lokality, "
    "příjemců podpory i poskytovatelů služeb (ďábelské úskalí: žluťoučký kůň úpěl ďábelské ódy).";

}  // namespace

std::string synthetic_portfolio(const PortfolioShape& shape) {
  const std::string_view tail = shape.long_texts ? long_czech_text : std::string_view();
  std::mt19937 random(shape.seed);
  std::vector<OfficialTerritory> municipalities = official_territories(TerritoryKind::municipality);
  std::vector<Town> towns;
  for (std::size_t i = 0; i < shape.plans; ++i) {
    const OfficialTerritory& m = municipalities[(i * 7919) % municipalities.size()];
    towns.push_back({*official_chain(m.code), "obec-" + std::string(m.code) + "-" + std::to_string(i)});
  }

  std::string out;
  out.reserve(shape.plans * shape.measures_per_plan * shape.observation_months * 160);
  Writer w(out);
  w.open('{').member("format", "inclusio").member("schema_version", "1.0").member("currency", "CZK");

  w.key("territories").open('[');
  std::set<std::string> written;
  for (const Town& town : towns) {
    std::string region = "kraj-" + std::string(town.chain.region->code);
    std::string district = "okres-" + std::string(town.chain.district->code);
    if (written.insert(region).second) write_territory(w, region, "region", *town.chain.region, "");
    if (written.insert(district).second) write_territory(w, district, "district", *town.chain.district, region);
    write_territory(w, town.id, "municipality", town.chain.municipality, district);
  }
  w.close(']');

  w.key("organizations").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i) {
    std::string n = std::to_string(i);
    w.open('{').member("id", "mesto-" + n).member("name", "Město " + std::string(towns[i].chain.municipality.name))
        .member("kind", "municipality").member("ico", ico_with_check_digit(static_cast<std::uint32_t>(random())))
        .member("territory", towns[i].id).close('}');
    w.open('{').member("id", "ngo-" + n).member("name", "Spolek pro sociální začleňování č. " + n)
        .member("kind", "ngo").member("ico", ico_with_check_digit(static_cast<std::uint32_t>(random())))
        .member("territory", towns[i].id).close('}');
  }
  w.close(']');

  w.key("partnerships").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i) {
    std::string n = std::to_string(i);
    w.open('{').member("id", "lp-" + n).member("name", "Lokální partnerství " + std::string(towns[i].chain.municipality.name))
        .member("kind", "local_partnership").member("territory", towns[i].id);
    w.key("members").open('[');
    w.open('{').member("organization", "mesto-" + n).member("role", "decision_maker").close('}');
    w.open('{').member("organization", "ngo-" + n).member("role", "member").close('}');
    w.close(']').close('}');
  }
  w.close(']');

  const std::size_t measures = shape.measures_per_plan;
  w.key("plans").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i) {
    std::string n = std::to_string(i);
    w.open('{').member("id", "spsz-" + n).member("kind", "strategic_plan")
        .member("title", "Strategický plán sociálního začleňování " + std::string(towns[i].chain.municipality.name))
        .member("territory", towns[i].id).member("owner", "mesto-" + n).member("partnership", "lp-" + n);
    w.key("period").open('{').member("start", "2021-01-01").member("end", "2023-12-31").close('}');
    w.member("status", "in_force");
    w.key("approval").open('{').member("body", "Zastupitelstvo města").member("date", "2020-12-14")
        .member("resolution", n + "/20").close('}');
    w.member("support_type", "intensive_comprehensive");
    w.key("goals").open('[');
    for (std::string_view theme : themes)
      w.open('{').member("id", "cil-" + n + "-" + std::string(theme)).member("title", "Cíl: " + std::string(theme))
          .member("theme", theme).key("evidence").open('[').value("analyza-" + n).close(']').close('}');
    w.close(']');
    w.key("measures").open('[');
    for (std::size_t k = 0; k < measures; ++k) {
      std::string id = "opatreni-" + n + "-" + std::to_string(k);
      std::string_view theme = themes[k % themes.size()];
      long long total = 100000 + static_cast<long long>(random() % 5000000);
      long long eu = total * 85 / 100;
      w.open('{').member("id", id).member("code", std::string(1, static_cast<char>('A' + k % 6)) + std::to_string(k))
          .member("title", "Opatření č. " + std::to_string(k) + " – podpora v oblasti " + std::string(theme) + std::string(tail))
          .member("goal", "cil-" + n + "-" + std::string(theme)).member("theme", theme)
          .member("status", measure_statuses[k % measure_statuses.size()]);
      w.key("period").open('{').member("start", "2021-06-01").member("end", "2023-06-30").close('}');
      w.member("responsible", "mesto-" + n);
      w.key("partners").open('[').value("ngo-" + n).close(']');
      w.key("target_groups").open('[').open('{').member("group", "families").close('}').close(']');
      w.key("localities").open('[').value(towns[i].id).close(']');
      w.key("budget").open('{').member("total", std::to_string(total) + ".00");
      w.key("sources").open('[');
      w.open('{').member("source", "op_z").member("amount", std::to_string(eu) + ".00").close('}');
      w.open('{').member("source", "municipal_budget").member("amount", std::to_string(total - eu) + ".00").close('}');
      w.close(']').close('}');
      if (k % 4 == 0) w.key("projects").open('[').value("projekt-" + n + "-" + std::to_string(k / 4)).close(']');
      w.close('}');
    }
    w.close(']').close('}');
  }
  w.close(']');

  w.key("projects").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i) {
    std::string n = std::to_string(i);
    for (std::size_t p = 0; p < (measures + 3) / 4; ++p) {
      long long approved = 1000000 + static_cast<long long>(random() % 20000000);
      char number[40];
      std::snprintf(number, sizeof number, "CZ.03.2.63/0.0/0.0/15_030/%07zu", (i * 10 + p) % 10000000);
      w.open('{').member("id", "projekt-" + n + "-" + std::to_string(p))
          .member("title", "Projekt sociálního začleňování č. " + std::to_string(p))
          .member("registration_number", number).member("programme", "op_z").member("status", "in_progress")
          .member("recipient", "mesto-" + n);
      w.key("period").open('{').member("start", "2021-06-01").member("end", "2023-06-30").close('}');
      w.member("requested", std::to_string(approved + 50000) + ".00").member("approved", std::to_string(approved) + ".50")
          .member("drawn", std::to_string(approved / 2) + ".00");
      w.key("supported_persons").open('{').member("planned", 120).member("actual", 80).close('}');
      w.key("measures").open('[').value("opatreni-" + n + "-" + std::to_string(p * 4)).close(']');
      w.key("territories").open('[').value(towns[i].id).close(']');
      w.close('}');
    }
  }
  w.close(']');

  w.key("indicators").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i) {
    std::string n = std::to_string(i);
    for (std::size_t k = 0; k < measures; ++k) {
      std::string measure = "opatreni-" + n + "-" + std::to_string(k);
      w.open('{').member("id", "ind-" + measure).member("name", "Podpořené osoby – opatření " + std::to_string(k) + std::string(tail));
      w.key("subject").open('{').member("type", "measure").member("id", measure).close('}');
      w.member("kind", "output").member("unit", "persons").member("measure", "quantity")
          .member("direction", "increase").member("aggregation", "cumulative");
      w.key("baseline").open('{').member("value", 0).member("date", "2021-06-01").close('}');
      w.key("targets").open('[');
      w.open('{').member("value", 60).member("date", "2022-06-30").close('}');
      w.open('{').member("value", 120).member("date", shape.finding_heavy ? "2024-06-30" : "2023-06-30").close('}');
      w.close(']');
      w.key("observations").open('[');
      for (std::size_t month = 0; month < shape.observation_months; ++month) {
        std::string date = month_end(2021 + static_cast<int>((month + 6) / 12), static_cast<int>((month + 6) % 12) + 1);
        for (std::string_view gender : {"female", "male"}) {
          w.open('{').member("date", date).member("value", static_cast<long long>(random() % 4));
          if (shape.sparse_members) {
            w.key("period").open('{').member("start", date.substr(0, 8) + "01").member("end", date).close('}');
            w.member("count", static_cast<long long>(random() % 4)).member("source", "Úřad práce ČR, kontaktní pracoviště")
                .member("note", "Údaj ověřený terénním pracovníkem");
          }
          w.key("dimensions").open('{').member("gender", gender).close('}');
          w.close('}');
        }
      }
      w.close(']').close('}');
    }
  }
  w.close(']');

  w.key("documents").open('[');
  for (std::size_t i = 0; i < towns.size(); ++i)
    w.open('{').member("id", "analyza-" + std::to_string(i))
        .member("title", "Situační analýza – " + std::string(towns[i].chain.municipality.name))
        .member("kind", "situation_analysis").member("date", "2020-06-30").close('}');
  w.close(']').close('}');
  return out;
}

}  // namespace inclusio::bench
