#pragma once
// The checks of form (S002, S003, S004, S006, D001, M001) with their rules and their messages in
// English and Czech, shared by form_problems() and validation; S001 is the loader's refusal of a
// document it does not recognise. A Sink has add(const RuleInfo&, pointer, message_en, message_cs).

#include "record_io.hpp"

#include <inclusio/codelists.hpp>
#include <inclusio/error.hpp>
#include <inclusio/validate.hpp>

#include <array>
#include <cmath>
#include <span>
#include <string>

namespace inclusio::detail {

inline constexpr RuleInfo S001{FormatError::rule, Severity::error,
    "Not an inclusio document or unsupported schema version",
    "Nejde o dokument inclusio nebo nepodporovaná verze schématu",
    "A reader can only interpret a document it recognises. Loading refuses input without the "
    "\"format\": \"inclusio\" marker or with a schema_version it does not know, and names both versions, so "
    "that a file from a newer tool is not misread silently.",
    "Čtenář může správně vyložit jen dokument, který rozpozná. Načtení odmítne vstup bez značky "
    "\"format\": \"inclusio\" nebo s neznámou verzí schématu a uvede obě verze, aby se soubor z novějšího "
    "nástroje tiše nevyložil chybně."};

inline constexpr RuleInfo S002{"S002", Severity::error,
    "Required field missing", "Chybí povinná položka",
    "Each entity needs its identifying and defining fields (an id, a title, a kind, a status...) for any "
    "report or rule to make sense of it.",
    "Každá entita potřebuje položky, které ji určují (id, název, druh, stav...), jinak s ní žádný přehled "
    "ani pravidlo nemůže pracovat."};

inline constexpr RuleInfo S003{"S003", Severity::error,
    "Field of the wrong JSON type", "Položka nesprávného typu JSON",
    "A string where a number belongs, or an object where a list belongs, cannot be read as what the field "
    "means. The value is kept as written so nothing is lost, and reported so that it is corrected.",
    "Řetězec místo čísla nebo objekt místo seznamu nelze přečíst jako to, co položka znamená. Hodnota se "
    "uchová tak, jak byla zapsána, aby se nic neztratilo, a hlásí se, aby ji bylo možné opravit."};

inline constexpr RuleInfo S004{"S004", Severity::error,
    "Value not in its codelist", "Hodnota není v číselníku",
    "Codelists (themes, statuses, kinds, programmes, currencies) are what make plans comparable across "
    "towns; a value outside them is usually a typo. The message names the allowed values.",
    "Číselníky (témata, stavy, druhy, programy, měny) umožňují srovnávat plány mezi obcemi; hodnota mimo "
    "ně bývá překlep. Hlášení uvádí povolené hodnoty."};

inline constexpr RuleInfo S006{"S006", Severity::error,
    "Malformed id", "Chybně utvořený identifikátor",
    "Ids are 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-', so that they survive file names, "
    "URLs, spreadsheets and every programming language that reads them.",
    "Identifikátor má 1 až 128 znaků z A-Z, a-z, 0-9, '.', '_', ':' a '-', aby obstál v názvech souborů, "
    "adresách URL, tabulkách i v každém programovacím jazyce."};

inline constexpr RuleInfo D001{"D001", Severity::error,
    "Impossible date", "Neexistující datum",
    "Dates are YYYY-MM-DD days of the calendar; 2021-02-30 or 2023-13-01 is a typo that would shift "
    "every period and deadline computed from it.",
    "Data mají tvar RRRR-MM-DD a musí existovat v kalendáři; „2021-02-30“ nebo „2023-13-01“ je překlep, "
    "který by posunul každé období a termín z něj odvozený."};

inline constexpr RuleInfo M001{"M001", Severity::error,
    "Malformed amount", "Chybně zapsaná částka",
    "Amounts are exact: a decimal string with at most two decimals (\"1250000.50\") or a whole number. A "
    "third decimal or a floating-point number cannot be held to the haléř.",
    "Částky jsou přesné: desetinný řetězec s nejvýše dvěma desetinnými místy (\"1250000.50\") nebo celé "
    "číslo. Třetí desetinné místo ani číslo s plovoucí čárkou nelze uchovat na haléř přesně."};

inline std::span<const RuleInfo> form_family() noexcept {
  static constexpr std::array all{S001, S002, S003, S004, S006, D001, M001};
  return all;
}

inline std::string_view json_type_en(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "a number";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
  }
  return "a value";
}

inline std::string_view json_type_cs(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "prázdná hodnota";
    case json::kind::bool_: return "logická hodnota";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "číslo";
    case json::kind::string: return "řetězec";
    case json::kind::array: return "pole";
    case json::kind::object: return "objekt";
  }
  return "hodnota";
}

template <class Sink>
class FormChecker {
 public:
  explicit FormChecker(Sink& sink) : sink_(sink) {}

  void missing(const Pointer& p, std::string_view key, std::string_view record, std::string_view record_cs) {
    sink_.add(S002, p.str(),
              "required field \"" + std::string(key) + "\" of the " + std::string(record) + " is missing",
              std::string(record_cs) + ": chybí povinná položka „" + std::string(key) + "“");
  }

  template <class X>
  void invalid(const Pointer& p, const Invalid& raw) {
    const auto& v = raw.value;
    std::string shown = preview(v);
    std::string shown_cs = preview_cs(v);
    switch (raw.issue) {
      case FormIssue::wrong_type:
        sink_.add(S003, p.str(),
                  "expected " + expected_en<X>(raw) + ", found " + std::string(json_type_en(v)) + " " + shown,
                  "má být " + expected_cs<X>() + ", je " + std::string(json_type_cs(v)) + " " + shown_cs);
        break;
      case FormIssue::bad_number:
        // Within the exact range, only the decimals can be at fault (100.0000005).
        if (v.is_double() && std::abs(v.get_double()) < 9.2e12)
          sink_.add(S003, p.str(), shown + " has more than six decimals; numbers are exact to millionths",
                    shown_cs + " má více než šest desetinných míst; čísla jsou přesná na miliontiny");
        else
          sink_.add(S003, p.str(), shown + " lies beyond the exact range of numbers (about ±9.2·10^12)",
                    shown_cs + " leží mimo přesný rozsah čísel (zhruba ±9,2·10^12)");
        break;
      case FormIssue::not_in_codelist:
        if constexpr (CodelistEnum<X>)
          sink_.add(S004, p.str(),
                    shown + " is not a " + std::string(Codelist<X>::name) + "; allowed: " + allowed_codes<X>(),
                    shown_cs + " není v číselníku „" + std::string(Codelist<X>::name_cs) + "“; povolené hodnoty: " +
                        allowed_codes<X>());
        break;
      case FormIssue::malformed_date:
        sink_.add(D001, p.str(), shown + " is not a date of the form YYYY-MM-DD",
                  shown_cs + " není datum ve tvaru RRRR-MM-DD");
        break;
      case FormIssue::impossible_date: {
        Date d;
        if (v.is_string() && Date::try_parse(v.get_string(), d) == DateProblem::out_of_range)
          sink_.add(D001, p.str(), shown + " lies outside the years 1400–9999 that dates take",
                    shown_cs + " leží mimo roky 1400–9999, které data připouštějí");
        else
          sink_.add(D001, p.str(), shown + " is not a day of the calendar", shown_cs + " není den v kalendáři");
        break;
      }
      case FormIssue::malformed_amount: {
        std::string en = "not an amount", cs = "nejde o částku";
        if (v.is_string()) {
          Money m;
          AmountProblem problem = Money::try_parse(v.get_string(), Currency{}, m);
          en = std::string(describe(problem));
          cs = problem == AmountProblem::too_many_decimals ? "více než dvě desetinná místa"
               : problem == AmountProblem::out_of_range    ? "částka mimo rozsah"
               : problem == AmountProblem::empty           ? "prázdná částka"
                                                           : "nejde o desetinné číslo";
        } else if (v.is_double()) {
          en = "a JSON number with a fraction; write amounts as decimal strings (\"12.50\")";
          cs = "číslo JSON s desetinnou částí; částky se zapisují jako desetinné řetězce (\"12.50\")";
        } else if (v.is_int64() || v.is_uint64()) {
          en = "amount out of range";
          cs = "částka mimo rozsah";
        }
        sink_.add(M001, p.str(), "malformed amount " + shown + ": " + en, "chybně zapsaná částka " + shown_cs + ": " + cs);
        break;
      }
    }
  }

  void identifier(const Pointer& p, const std::string& id) {
    if (is_valid_id(id)) return;
    std::string shown = shortened(id, 60);
    sink_.add(S006, p.str(),
              "malformed id \"" + shown + "\": an id is 1 to 128 characters of A-Z a-z 0-9 . _ : -",
              "chybně utvořený identifikátor „" + shown + "“: identifikátor má 1 až 128 znaků z A-Z a-z 0-9 . _ : -");
  }

  // The currency of a record that may override it (a budget, a funding source, a project).
  template <class R>
  void enter(const Pointer& p, const R& record) {
    if constexpr (std::is_same_v<R, Budget> || std::is_same_v<R, Project> || std::is_same_v<R, FundingShare>)
      currency(p.str() + "/currency", record.currency);
  }

  void currency(const std::string& pointer, const Field<std::string>& currency) {
    if (const std::string* c = currency.get(); c && !Currency::is_valid_code(*c))
      sink_.add(S004, pointer, "\"" + *c + "\" is not an ISO 4217 currency code (three capital letters)",
                "„" + *c + "“ není kód měny podle ISO 4217 (tři velká písmena)");
  }

 private:
  template <class X>
  static std::string expected_en(const Invalid& raw) {
    if constexpr (CodelistEnum<X>) return "a " + std::string(Codelist<X>::name) + " code (a string)";
    else return std::string(raw.expected);
  }
  template <class X>
  static std::string expected_cs() {
    if constexpr (CodelistEnum<X>) return "kód z číselníku „" + std::string(Codelist<X>::name_cs) + "“ (řetězec)";
    else if constexpr (IsRecord<X>) return "objekt";
    else if constexpr (IsList<X>) return "pole";
    else return std::string(Codec<X>::expected_cs);
  }
  Sink& sink_;
};

}  // namespace inclusio::detail
