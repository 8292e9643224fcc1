// The table of the tool's commands and the texts derived from it.

#include "commands.hpp"

#include <array>

namespace cli {

namespace {

constexpr auto table = std::to_array<Command>({
    {"validate",
     "FILE... [--profile default|strict|PROFILE.json] [--as-of YYYY-MM-DD] [--lang en|cs] "
     "[--format text|json|csv] [--threads N]",
     "check documents against the rule catalogue",
     "Checks each file against the rule catalogue and prints its findings in document order.\n"
     "  --profile P    a built-in profile (default, strict) or a profile file (JSON)\n"
     "  --as-of D      the day date rules take as today (default: today)\n"
     "  --lang L       the language of the messages, en or cs (default en)\n"
     "  --format F     text (default), json or csv\n"
     "  --threads N    threads to validate each file on (default: one per core for a single large\n"
     "                 file, one per file when several files share the cores)\n"
     "Files are validated in parallel; the output is in the order given.\n"
     "Exit status: 0 no error findings, 1 an error finding, 2 a file could not be read or parsed.\n",
     validate},
    {"report", "FILE [--plan ID] [--as-of YYYY-MM-DD] [--lang en|cs] [--format json|md|csv|html] [-o OUT]",
     "summarise a portfolio or a plan",
     "Summarises a portfolio, or one plan: measures by status and theme, budget by funding source,\n"
     "projects by status with money and people, indicator progress, and the fulfilment matrix of\n"
     "measures by territory. JSON (default), Markdown, a self-contained HTML page, or CSV: one file per\n"
     "table into the folder -o names.\n"
     "Exit status: 0 done, 2 the file cannot be read, the plan does not exist, or bad arguments.\n",
     report},
    {"results",
     "FILE [--by year|half_year|quarter|month] [--as-of YYYY-MM-DD] [--approved-only] [--lang en|cs] "
     "[--format json|csv|md] [-o OUT]",
     "results of each indicator per reporting period",
     "One row per indicator and period, from its baseline to its last target: the target in force at\n"
     "the period's end (declared, or interpolated between baseline and targets), the value reported\n"
     "within the period, the value to date, achievement and the status as of the period's end.\n"
     "  --by P           the periods (default: each indicator's reporting_frequency, else year)\n"
     "  --as-of D        nothing observed after this day counts (default: today)\n"
     "  --approved-only  only observations approved by review (or without a status)\n"
     "  --format F       json (default), csv or md\n"
     "Exit status: 0 done, 2 the file cannot be read or bad arguments.\n",
     results},
    {"rollup",
     "FILE [--level municipality|orp|district|region|country] [--as-of YYYY-MM-DD] [--lang en|cs] "
     "[--format json|csv|md] [-o OUT]",
     "sum plans, projects and indicators by territory",
     "For each territory of the level (default region) that a plan, project or indicator reaches —\n"
     "through the ČSÚ codelists from a territory's code, else through the document's own parents —\n"
     "the plans and measures with their budgets by funding source, the projects' money, supported\n"
     "persons and jobs (planned and actual), and the indicators by code with the sum of their current\n"
     "values (quantities summed, shares as Σcount / Σdenominator). What cannot be placed is a last row.\n"
     "CSV is tidy: one line per figure (level, territory, name, metric, item, currency, value).\n"
     "Exit status: 0 done, 2 the file cannot be read or bad arguments.\n",
     rollup},
    {"export", "FILE -o OUT.xlsx|OUT.sqlite|OUT/ [--as-of YYYY-MM-DD] [--no-derived] [--lang cs|en]",
     "write a document's tables as a workbook, an SQLite database or CSV files",
     "Writes every table of the document (docs/spreadsheet.md): a workbook with a sheet per table\n"
     "(Czech headings; --lang en for English) and drop-downs of the codes, an SQLite database with\n"
     "keys for BI tools (.sqlite), or a folder with a CSV file per table (any other name). Then the\n"
     "derived tables: findings, progress, results and rollup, as of --as-of (default: today), the\n"
     "findings' messages in --lang; --no-derived leaves them out. The output is replaced whole.\n"
     "Exit status: 0 done, 2 the file cannot be read or the output cannot be written.\n",
     export_tables},
    {"import", "IN.xlsx|IN/ [--into EXISTING.json] -o OUT.json [--as-of YYYY-MM-DD] [--lang en|cs]",
     "build or update a document from a workbook or a folder of CSV files",
     "Reads a workbook (a sheet per table, Czech or English headings) or a folder of CSV files and\n"
     "adds its rows to EXISTING.json or to a new document: a row with a known id updates the cells it\n"
     "has, a new id adds an entity under the parent its parent column names (docs/spreadsheet.md).\n"
     "Cells may be typed as Czech users type them (1 250 000,50; 31. 8. 2013; 75 %). The findings of\n"
     "the result are printed with the sheet or file, row and column they came from.\n"
     "Exit status: 0 written, 1 the input has errors (nothing written), 2 a file cannot be read or\n"
     "the output cannot be written.\n",
     import_tables},
    {"diff", "OLD NEW | FILE --plan NEW_PLAN_ID [--format json|md|html|patch] [--lang en|cs] [-o OUT]",
     "what changed between two versions of a document or a plan",
     "Compares two documents, or (--plan) a plan with the plan it supersedes in the same file.\n"
     "Entities are matched by id (a revised plan's goals and measures by code, else title), so\n"
     "reordering is not a change. Each change has its operation, entity, kind, JSON Pointer, old and\n"
     "new value, and what it means where it means more: a measure dropped or added, a target moved\n"
     "(and whether that is more or less ambitious), a budget or funding source changed (in haléř), a\n"
     "status moved back, an indicator redefined while it has observations, approved money changed.\n"
     "  --format F   json (default), md or html (a revision report), or patch (RFC 6902 JSON Patch)\n"
     "Exit status: 0 no changes, 1 changes, 2 a file cannot be read, no such plan, or bad arguments.\n",
     diff},
    {"merge", "FILE... -o OUT [--on-conflict fail|prefer-last] [--lang en|cs]",
     "merge documents into one portfolio",
     "Unites the files' entities by id: an entity in several files with equal content is kept once;\n"
     "with different content it is a conflict, printed with both files and JSON Pointers. With\n"
     "--on-conflict prefer-last the last file's version is kept (and the conflict still printed); an\n"
     "id that names different entities in two files is never resolved.\n"
     "Exit status: 0 written, 1 conflicts (nothing written), 2 a file cannot be read or written.\n",
     merge},
    {"rules", "[--lang en|cs]", "list the rule catalogue",
     "Lists the rule catalogue: code, default severity, title.\n", rules},
    {"territory", "QUERY", "look up ČSÚ territories by code or name",
     "A code (554782, 2112, CZ0205, CZ020) prints that territory, and for a municipality its ORP,\n"
     "district and region; a name prints the territories matching it, ignoring case and\n"
     "diacritics. Exit status 1 when nothing matches.\n",
     territory},
    {"schema", "", "print the JSON Schema of the format",
     "Prints the JSON Schema (draft 2020-12) of the inclusio format, generated from the definitions\n"
     "the reader uses (the same as docs/inclusio.schema.json).\n",
     schema},
});

std::string invocation(const Command& c) {
  std::string s = "inclusio " + std::string(c.name);
  if (!c.synopsis.empty()) s += " " + std::string(c.synopsis);
  return s;
}

}  // namespace

std::span<const Command> commands() noexcept { return table; }

const Command* find_command(std::string_view name) noexcept {
  for (const Command& c : table)
    if (c.name == name) return &c;
  return nullptr;
}

std::string help_text(const Command& command) {
  return "usage: " + invocation(command) + "\n\n" + std::string(command.description);
}

std::string usage_text() {
  std::string s = "usage: inclusio <command> [options]\n\ncommands:\n";
  for (const Command& c : table) s += "  " + invocation(c) + "\n      " + std::string(c.summary) + "\n";
  s += "\ninclusio <command> --help describes a command; inclusio --version prints the version.\n";
  return s;
}

}  // namespace cli
