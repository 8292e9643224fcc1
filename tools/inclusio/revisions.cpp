// inclusio diff OLD NEW | FILE --plan NEW_PLAN_ID [--format json|md|html|patch] [--lang en|cs] [-o OUT]
// inclusio merge FILE... -o OUT [--on-conflict fail|prefer-last] [--lang en|cs]

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <iostream>

namespace cli {

int diff(const Args& args) {
  std::vector<std::string> files;
  std::string plan, format = "json", output, value;
  inclusio::Language lang = inclusio::Language::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (option_value(args, i, "--plan", plan)) continue;
    if (option_value(args, i, "-o", output)) continue;
    if (option_value(args, i, "--lang", value)) {
      lang = language_value(value);
    } else if (option_value(args, i, "--format", format)) {
      if (format != "json" && format != "md" && format != "html" && format != "patch")
        throw std::invalid_argument("--format is one of json, md, html, patch");
    } else if (args[i].rfind("-", 0) == 0) {
      throw std::invalid_argument("unknown option " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  std::size_t wanted = plan.empty() ? 2 : 1;
  if (files.size() < wanted) throw MissingArgument(plan.empty() ? "diff needs OLD and NEW" : "no file given");
  if (files.size() > wanted)
    throw std::invalid_argument(plan.empty() ? "diff compares two files" : "with --plan, diff reads one file");
  inclusio::Revision revision;
  std::string text;
  try {
    if (plan.empty()) {
      inclusio::DiffOptions options;
      options.old_label = files[0];
      options.new_label = files[1];
      revision = inclusio::diff(inclusio::load_file(files[0]), inclusio::load_file(files[1]), options);
    } else {
      revision = inclusio::diff_plans(inclusio::load_file(files[0]), plan);
    }
    text = format == "patch" ? inclusio::revision_patch(revision)
                             : inclusio::render_revision(revision, *inclusio::output_format_from_code(format), lang);
  } catch (const inclusio::Error& e) {
    std::cerr << "inclusio diff: " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  }
  int written = write_output(text, output, "diff", lang);
  if (written != 0) return written;
  return revision.empty() ? 0 : 1;  // as diff(1): 0 equal, 1 different
}

int merge(const Args& args) {
  std::vector<std::string> files;
  std::string output, value;
  inclusio::Language lang = inclusio::Language::en;
  inclusio::MergeOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (option_value(args, i, "-o", output)) continue;
    if (option_value(args, i, "--lang", value)) {
      lang = language_value(value);
    } else if (option_value(args, i, "--on-conflict", value)) {
      if (value == "fail") options.on_conflict = inclusio::MergeConflictPolicy::fail;
      else if (value == "prefer-last") options.on_conflict = inclusio::MergeConflictPolicy::prefer_last;
      else throw std::invalid_argument("--on-conflict is fail or prefer-last");
    } else if (args[i].rfind("-", 0) == 0) {
      throw std::invalid_argument("unknown option " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) throw MissingArgument("no file given");
  if (output.empty()) throw MissingArgument("no -o OUT given");
  std::vector<inclusio::Document> documents;
  documents.reserve(files.size());
  inclusio::MergeResult result;
  try {
    for (const std::string& f : files) {
      try {
        documents.push_back(inclusio::load_file(f));
      } catch (const inclusio::Error& e) {
        std::cerr << inclusio::terminal_text(f) << ": " << inclusio::terminal_text(e.message(lang)) << "\n";
        return 2;
      }
    }
    std::vector<const inclusio::Document*> pointers;
    for (const auto& d : documents) pointers.push_back(&d);
    options.labels = files;
    result = inclusio::merge(pointers, options);
  } catch (const inclusio::Error& e) {
    std::cerr << "inclusio merge: " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  }
  std::cerr << inclusio::terminal_text(inclusio::render_merge_conflicts(result.conflicts, lang));
  bool unresolved = false;
  for (const auto& c : result.conflicts) unresolved = unresolved || !c.resolved;
  if (unresolved) {
    std::cerr << "inclusio merge: "
              << (lang == inclusio::Language::cs ? "soubory si odporují; nic nebylo zapsáno\n"
                                                 : "the files conflict; nothing was written\n");
    return 1;
  }
  return write_output(inclusio::dump_string(result.document), output, "merge", lang);
}

}  // namespace cli
