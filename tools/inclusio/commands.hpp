#pragma once
// The subcommands of the inclusio tool, described once in a table (commands.cpp): the usage text,
// each command's --help and the dispatch all come from it. Each command takes its arguments (after
// the subcommand's name) and returns the process exit code.

#include <inclusio/date.hpp>
#include <inclusio/document.hpp>
#include <inclusio/validate.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

using Args = std::vector<std::string>;

struct Command {
  std::string_view name;
  std::string_view synopsis;     // the arguments, as in "inclusio NAME SYNOPSIS"
  std::string_view summary;      // one line for the list of commands
  std::string_view description;  // the rest of the command's --help: options, output, exit status
  int (*run)(const Args&);
};

std::span<const Command> commands() noexcept;
const Command* find_command(std::string_view name) noexcept;
// "usage: inclusio NAME SYNOPSIS", a blank line, the description.
std::string help_text(const Command& command);
// A required argument is missing: main prints the message, then the command's help.
struct MissingArgument : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};
// The tool's usage: every command's synopsis and summary.
std::string usage_text();

int validate(const Args& args);
int rules(const Args& args);
int territory(const Args& args);
int schema(const Args& args);
int report(const Args& args);
int results(const Args& args);
int rollup(const Args& args);
int export_tables(const Args& args);
int import_tables(const Args& args);
int diff(const Args& args);
int merge(const Args& args);

// The arguments the commands writing a document's output share: FILE, --as-of, --lang, --format, -o.
struct OutputArgs {
  std::string file;
  std::optional<inclusio::Date> as_of;
  inclusio::Language lang = inclusio::Language::en;
  std::string format = "json";
  std::string output;
};
// Takes args[i] into `out` when it is one of those (advancing i past a value). Throws
// std::invalid_argument for a format not in `formats`, an unknown option or a second file.
void output_arg(const Args& args, std::size_t& i, OutputArgs& out, std::initializer_list<std::string_view> formats);
// After the loop: MissingArgument when no file was given.
void require_file(const OutputArgs& out);

// Loads out.file, renders it with `render` and writes the text where out.output says; 2 with the reason
// (in out.lang) when the file cannot be read or rendered.
int render_document(const OutputArgs& out, std::string_view command,
                    const std::function<std::string(const inclusio::Document&)>& render);

// Writes `text` to standard output, or to the file `output` names (replaced whole); returns the exit
// code, 2 when the file cannot be written (the message names `command`).
int write_output(const std::string& text, const std::string& output, std::string_view command, inclusio::Language lang);

// `--name value` or `--name=value` at args[i]; advances i past what it used. False when args[i] is
// not that option; throws std::invalid_argument when the value is missing.
bool option_value(const Args& args, std::size_t& i, const std::string& name, std::string& value);

// The values of --as-of and --lang; throw std::invalid_argument saying what is accepted.
inclusio::Date as_of_value(const std::string& value);
inclusio::Language language_value(const std::string& value);

}  // namespace cli
