// A revision as JSON, and as the report a council reads: what was dropped, added and moved, with money
// in Kč. The report is built once as sections of rows and written as Markdown or HTML.

#include <inclusio/codelists.hpp>
#include <inclusio/diff.hpp>
#include <inclusio/error.hpp>

#include "document_json.hpp"
#include "escape.hpp"
#include "member_names.hpp"

#include <boost/json.hpp>

#include <cctype>
#include <map>

namespace inclusio {

namespace {

namespace json = boost::json;


json::object change_json(const Change& c) {
  json::object o;
  o["op"] = to_code(c.op);
  o["entity"] = c.entity;
  o["kind"] = c.kind;
  o["path"] = c.path;
  if (c.old_value) o["old"] = *c.old_value;
  if (c.new_value) o["new"] = *c.new_value;
  if (c.semantic != SemanticChange::none) o["semantic"] = to_code(c.semantic);
  if (c.difference) {
    o["difference"] = c.difference->to_string();
    o["currency"] = c.difference->currency().code();
  }
  if (!c.item.empty()) o["item"] = c.item;
  if (!c.movement.empty()) o["movement"] = c.movement;
  if (!c.ambition.empty()) o["ambition"] = c.ambition;
  return o;
}

std::string render_json(const Revision& r) {
  json::object out;
  out["old"] = r.old_label;
  out["new"] = r.new_label;
  json::array changes;
  std::map<std::string, std::size_t> by_op, by_semantic;
  for (const Change& c : r.changes) {
    changes.push_back(change_json(c));
    ++by_op[std::string(to_code(c.op))];
    if (c.semantic != SemanticChange::none) ++by_semantic[std::string(to_code(c.semantic))];
  }
  json::object counts;
  for (std::string_view op : {"add", "remove", "replace"}) counts[op] = by_op[std::string(op)];
  json::object semantic;
  for (const auto& [k, n] : by_semantic) semantic[k] = n;
  counts["semantic"] = std::move(semantic);
  out["counts"] = std::move(counts);
  out["changes"] = std::move(changes);
  return json::serialize(out) + "\n";
}

// ---- the report ---------------------------------------------------------------------------------

struct Words {
  std::string_view heading, overview, none, dropped, added, targets, budget, approved, backwards, definitions,
      other, measure, indicator, project, title, total, entity, kind, field, before, after, change, difference, movement,
      ambition, source, op_add, op_remove, op_replace, raised, lowered, earlier, later, higher, lower,
      budget_total, definitions_note;
};
constexpr Words words_en{"Revision", "{n} changes: {a} added, {r} removed, {c} changed.", "No changes.",
                   "Measures dropped", "Measures added", "Targets moved", "Budget changes",
                   "Approved money of projects", "Status moved back",
                   "Indicator definitions changed while observations exist", "Other changes", "Measure",
                   "Indicator", "Project", "Title", "Budget", "Entity", "Kind", "Field", "Before", "Now", "Change", "Difference",
                   "Movement", "Ambition", "Item", "added", "removed", "changed", "raised", "lowered",
                   "earlier", "later", "more ambitious", "less ambitious", "total",
                   "The series before and after the change no longer measure the same."};
constexpr Words words_cs{"Revize", "Změn celkem {n}: přidáno {a}, odebráno {r}, změněno {c}.", "Beze změn.",
                   "Vypuštěná opatření", "Nová opatření", "Posunuté cílové hodnoty", "Změny rozpočtu",
                   "Schválené prostředky projektů", "Stav vrácený zpět",
                   "Změněná definice indikátorů, které už mají naměřené hodnoty", "Ostatní změny", "Opatření",
                   "Indikátor", "Projekt", "Název", "Rozpočet", "Entita", "Druh", "Položka", "Dříve", "Nyní", "Změna", "Rozdíl",
                   "Posun", "Ambice", "Položka", "přidáno", "odebráno", "změněno", "zvýšena", "snížena",
                   "dříve", "později", "ambicióznější", "méně ambiciózní", "celkem",
                   "Řady hodnot před změnou a po ní už neměří totéž."};

struct Section {
  std::string heading;
  std::string note;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

std::string replace_all(std::string s, std::string_view what, const std::string& with) {
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
  return s;
}

// A value as a reader sees it: a text without quotes, anything else as JSON.
std::string shown(const std::optional<json::value>& v) {
  if (!v) return "";
  if (const json::string* s = v->if_string()) return std::string(*s);
  return json::serialize(*v);
}

// An amount in its currency, written as the language writes money; the value as written when it is
// not an amount.
std::string amount(const json::value* v, const std::optional<Money>& like, Language language) {
  if (!v) return "";
  std::optional<Money> m = detail::json_money(v, like ? like->currency() : Currency());
  if (!m) return shown(*v);
  return language == Language::cs ? m->format_cs() : m->format_en();
}
std::string amount(const std::optional<json::value>& v, const std::optional<Money>& like, Language language) {
  return amount(v ? &*v : nullptr, like, language);
}

std::string money_text(const std::optional<Money>& m, Language language) {
  if (!m) return "";
  std::string sign = m->is_negative() ? "" : "+";
  return sign + (language == Language::cs ? m->format_cs() : m->format_en());
}

// A code's label in the language; the code itself when the codelist has no such code.
std::string code_label(std::string_view codelist, const std::string& code, Language language) {
  if (const CodelistInfo* list = find_codelist(codelist))
    for (const CodeInfo& e : list->codes)
      if (e.code == code) return std::string(language == Language::cs ? e.label_cs : e.label_en);
  return code;
}

std::string entity_name(const Change& c) {
  return c.title.empty() ? c.entity : c.title + " (" + c.entity + ")";
}

// The part of the path below the entity or list item: "budget/total", "value"; empty for a whole
// entity or item (the path ends with its index).
std::string field_of(const Change& c) {
  std::string_view path = c.path;
  std::size_t cut = 0;
  for (std::size_t i = 0; i + 1 < path.size(); ++i)
    if (path[i] == '/' && std::isdigit(static_cast<unsigned char>(path[i + 1]))) {
      std::size_t end = path.find('/', i + 1);
      if (end == std::string_view::npos) return std::string();
      cut = end + 1;
    }
  return std::string(path.substr(cut));
}

// A field path as the report names it: in Czech by the members' Czech names ("rozpočet – celkem").
std::string field_name(const Change& c, Language language) {
  std::string path = field_of(c);
  if (language != Language::cs) return path;
  std::string out;
  for (std::size_t at = 0; at <= path.size();) {
    std::size_t end = std::min(path.find('/', at), path.size());
    std::string_view key = std::string_view(path).substr(at, end - at);
    std::optional<std::string_view> cs = detail::member_name_cs(key);
    out += (out.empty() ? "" : " – ") + std::string(cs ? *cs : key);
    at = end + 1;
  }
  return out;
}

std::vector<Section> sections(const Revision& r, const Words& w, Language language) {
  Section dropped{std::string(w.dropped), "", {std::string(w.measure), std::string(w.title), std::string(w.total)}, {}};
  Section added{std::string(w.added), "", dropped.columns, {}};
  Section targets{std::string(w.targets), "",
                  {std::string(w.indicator), std::string(w.field), std::string(w.before), std::string(w.after),
                   std::string(w.movement), std::string(w.ambition)}, {}};
  Section budget{std::string(w.budget), "",
                 {std::string(w.measure), std::string(w.source), std::string(w.before), std::string(w.after),
                  std::string(w.difference)}, {}};
  Section approved{std::string(w.approved), "",
                   {std::string(w.project), std::string(w.before), std::string(w.after),
                    std::string(w.difference)}, {}};
  Section backwards{std::string(w.backwards), "",
                    {std::string(w.entity), std::string(w.before), std::string(w.after)}, {}};
  Section definitions{std::string(w.definitions), std::string(w.definitions_note),
                      {targets.columns[0], std::string(w.field), std::string(w.before), std::string(w.after)}, {}};
  Section other{std::string(w.other), "",
                {std::string(w.entity), std::string(w.kind), std::string(w.change), std::string(w.field),
                 std::string(w.before), std::string(w.after)}, {}};
  auto word = [&](std::string_view code) -> std::string {
    if (code == "raised") return std::string(w.raised);
    if (code == "lowered") return std::string(w.lowered);
    if (code == "earlier") return std::string(w.earlier);
    if (code == "later") return std::string(w.later);
    if (code == "higher") return std::string(w.higher);
    if (code == "lower") return std::string(w.lower);
    return std::string(code);
  };
  for (const Change& c : r.changes) {
    switch (c.semantic) {
      case SemanticChange::measure_dropped:
      case SemanticChange::measure_added: {
        const auto& v = c.semantic == SemanticChange::measure_added ? c.new_value : c.old_value;
        const json::value* total = detail::json_member(detail::json_member(v ? &*v : nullptr, "budget"), "total");
        (c.semantic == SemanticChange::measure_added ? added : dropped)
            .rows.push_back({c.entity, c.title, amount(total, c.difference, language)});
        continue;
      }
      case SemanticChange::target_moved:
        targets.rows.push_back({entity_name(c), field_name(c, language), shown(c.old_value), shown(c.new_value), word(c.movement),
                                word(c.ambition)});
        continue;
      case SemanticChange::budget_changed:
      case SemanticChange::funding_source_changed: {
        std::string item = c.semantic == SemanticChange::budget_changed ? std::string(w.budget_total)
                                                                         : code_label("funding_source", c.item, language);
        auto part = [&](const std::optional<json::value>& v) -> const json::value* {
          if (!v) return nullptr;
          if (c.op != ChangeOp::replace || c.path.ends_with("/budget"))  // a whole budget or source
            return detail::json_member(&*v, c.semantic == SemanticChange::budget_changed ? "total" : "amount");
          return &*v;
        };
        budget.rows.push_back({entity_name(c), item, amount(part(c.old_value), c.difference, language),
                               amount(part(c.new_value), c.difference, language), money_text(c.difference, language)});
        continue;
      }
      case SemanticChange::approved_changed:
        approved.rows.push_back({entity_name(c), amount(c.old_value, c.difference, language),
                                 amount(c.new_value, c.difference, language), money_text(c.difference, language)});
        continue;
      case SemanticChange::status_backwards:
        backwards.rows.push_back({entity_name(c), code_label(c.kind + "_status", shown(c.old_value), language),
                                  code_label(c.kind + "_status", shown(c.new_value), language)});
        continue;
      case SemanticChange::definition_changed:
        definitions.rows.push_back({entity_name(c), field_name(c, language), shown(c.old_value), shown(c.new_value)});
        continue;
      case SemanticChange::none: break;
    }
    std::string op(c.op == ChangeOp::add ? w.op_add : c.op == ChangeOp::remove ? w.op_remove : w.op_replace);
    bool whole = c.op != ChangeOp::replace && field_of(c).empty();  // an entity or list item
    std::string kind = language == Language::cs ? std::string(detail::change_kind_cs(c.kind)) : c.kind;
    other.rows.push_back({entity_name(c), kind, op, field_name(c, language), whole && c.old_value ? std::string() : shown(c.old_value),
                          whole && c.new_value ? std::string() : shown(c.new_value)});
  }
  std::vector<Section> out;
  for (Section* s : {&dropped, &added, &targets, &budget, &approved, &backwards, &definitions, &other})
    if (!s->rows.empty()) out.push_back(std::move(*s));
  return out;
}

std::string overview(const Revision& r, const Words& w) {
  if (r.changes.empty()) return std::string(w.none);
  std::size_t a = 0, d = 0, c = 0;
  for (const Change& ch : r.changes) (ch.op == ChangeOp::add ? a : ch.op == ChangeOp::remove ? d : c)++;
  std::string s(w.overview);
  s = replace_all(s, "{n}", std::to_string(r.changes.size()));
  s = replace_all(s, "{a}", std::to_string(a));
  s = replace_all(s, "{r}", std::to_string(d));
  return replace_all(s, "{c}", std::to_string(c));
}

std::string heading(const Revision& r, const Words& w) {
  std::string h(w.heading);
  if (!r.old_label.empty() || !r.new_label.empty()) h += ": " + r.old_label + " → " + r.new_label;
  return h;
}

std::string render_markdown(const Revision& r, Language language) {
  const Words& w = language == Language::cs ? words_cs : words_en;
  std::string out = "# " + detail::markdown_text(heading(r, w)) + "\n\n" + overview(r, w) + "\n";
  for (const Section& s : sections(r, w, language)) {
    out += "\n## " + detail::markdown_text(s.heading) + "\n\n";
    if (!s.note.empty()) out += detail::markdown_text(s.note) + "\n\n";
    out += "|";
    for (const auto& c : s.columns) out += " " + detail::markdown_text(c) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < s.columns.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& row : s.rows) {
      out += "|";
      for (const auto& cell : row) out += " " + detail::markdown_text(cell) + " |";
      out += "\n";
    }
  }
  return out;
}

std::string render_html(const Revision& r, Language language) {
  const Words& w = language == Language::cs ? words_cs : words_en;
  using detail::html_text;
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language == Language::cs ? "cs" : "en") +
                    "\">\n<head><meta charset=\"utf-8\"><title>" + html_text(heading(r, w)) +
                    "</title>\n<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em}"
                    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .6em;"
                    "text-align:left;vertical-align:top}th{background:#f2f2f2}</style></head>\n<body>\n<h1>" +
                    html_text(heading(r, w)) + "</h1>\n<p>" + html_text(overview(r, w)) + "</p>\n";
  for (const Section& s : sections(r, w, language)) {
    out += "<h2>" + html_text(s.heading) + "</h2>\n";
    if (!s.note.empty()) out += "<p>" + html_text(s.note) + "</p>\n";
    out += "<table>\n<tr>";
    for (const auto& c : s.columns) out += "<th>" + html_text(c) + "</th>";
    out += "</tr>\n";
    for (const auto& row : s.rows) {
      out += "<tr>";
      for (const auto& cell : row) out += "<td>" + html_text(cell) + "</td>";
      out += "</tr>\n";
    }
    out += "</table>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace

std::string render_revision(const Revision& revision, OutputFormat format, Language language) {
  switch (format) {
    case OutputFormat::json: return render_json(revision);
    case OutputFormat::markdown: return render_markdown(revision, language);
    case OutputFormat::html: return render_html(revision, language);
    default:
      throw Error(ErrorCode::invalid_argument,
                  "a revision is written as json, md or html, not " + std::string(to_code(format)));
  }
}

std::string revision_patch(const Revision& revision) { return json::serialize(revision.patch) + "\n"; }

}  // namespace inclusio
