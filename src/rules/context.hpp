#pragma once
// What every rule sees: the document, the options, where the walk is, and facts about the document
// computed once before the walk (which goals have measures, which ids form cycles...).

#include <inclusio/validate.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace inclusio::rules {

// Facts about the whole document, computed once before the walk and only read during it, so that
// several walks over parts of the document (validation in parallel) share them.
struct Facts {
  explicit Facts(const Document& doc);

  std::unordered_set<std::string> indicator_subjects;    // ids that some indicator's subject names
  std::unordered_set<std::string> projects_with_measure; // project ids some measure lists
  std::unordered_set<std::string> parent_goals;          // goal ids some goal names as parent
  // R003: for the first member (in document order) of each cycle, the cycle as "a → b → a".
  std::unordered_map<const void*, std::string> cycles;
  // M004, I013: the sums a portfolio's summary adds up (amounts per currency, persons, jobs) that
  // overflow, by the record (a project or a budget) whose member makes each one overflow first, with
  // that member's path below the record ("approved", "supported_persons/planned", "total").
  struct OverflowingSum {
    std::string member;
    bool amounts;  // a sum of money (M004), else of counts (I013)
  };
  std::unordered_map<const void*, std::vector<OverflowingSum>> overflowing_sums;

 private:
  void compute_cycles(const Document& doc);
  void compute_links(const Document& doc);
  void compute_sums(const Document& doc);
};

class Context final : public FindingSink {
 public:
  Context(const Document& doc, const Facts& facts, const ValidateOptions& options, std::vector<Finding>& out);

  const Document& doc;
  const Date as_of;
  const Language lang;

  // ---- reporting ----
  void report(std::string_view code, Severity natural, std::string pointer, std::string entity,
              std::string message) override;
  Language language() const noexcept override { return lang; }
  // A finding of `rule` at its default severity about the current entity, in both languages.
  void add(const RuleInfo& rule, std::string pointer, const std::string& en, const std::string& cs);
  // The same with a severity other than the default (Q007 in strategic plans).
  void add_with(const RuleInfo& rule, Severity natural, std::string pointer, const std::string& en,
                const std::string& cs);

  // ---- where the walk is ----
  std::vector<std::string> entities;  // ids of the enclosing entities, innermost last
  const Plan* plan = nullptr;         // the plan whose goals and measures are being walked
  const Indicator* indicator = nullptr;
  const std::string& entity() const;

  // ---- facts computed before the walk ----
  const Facts& facts;
  // Per plan: goal ids its measures pursue, and themes its measures have.
  std::unordered_set<std::string> plan_goals_used;
  std::unordered_set<int> plan_themes_used;
  void enter_plan(const Plan& p);

  // ---- text helpers ----
  static std::string money_en(const Money& m) { return m.format_en(); }
  static std::string money_cs(const Money& m) { return m.format_cs(); }
  static std::string num_en(const Decimal& d) { return d.format_en(); }
  static std::string num_cs(const Decimal& d);
  static std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

 private:
  const ValidateOptions& options_;
  std::vector<Finding>& out_;
};

// The period of the entity an indicator or event names (a goal's is its plan's), when known.
std::optional<DateRange> period_of(const Document& doc, std::string_view id);

}  // namespace inclusio::rules
