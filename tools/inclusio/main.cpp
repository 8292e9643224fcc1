// inclusio: the command-line face of the library (as libgit2's lg2 is of libgit2).

#include "commands.hpp"

#include <inclusio/file.hpp>
#include <inclusio/json.hpp>
#include <inclusio/render.hpp>
#include <inclusio/version.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <stdexcept>

namespace cli {
bool option_value(const Args& args, std::size_t& i, const std::string& name, std::string& value) {
  const std::string& a = args[i];
  if (a == name) {
    if (i + 1 >= args.size()) throw std::invalid_argument(name + " needs a value");
    value = args[++i];
    return true;
  }
  if (a.rfind(name + "=", 0) == 0) {
    value = a.substr(name.size() + 1);
    return true;
  }
  return false;
}

void output_arg(const Args& args, std::size_t& i, OutputArgs& out, std::initializer_list<std::string_view> formats) {
  std::string v;
  if (option_value(args, i, "--as-of", v)) {
    out.as_of = as_of_value(v);
  } else if (option_value(args, i, "--lang", v)) {
    out.lang = language_value(v);
  } else if (option_value(args, i, "--format", v)) {
    if (std::find(formats.begin(), formats.end(), v) == formats.end()) {
      std::string accepted;
      for (std::string_view f : formats) accepted += (accepted.empty() ? "" : ", ") + std::string(f);
      throw std::invalid_argument("--format is one of " + accepted);
    }
    out.format = v;
  } else if (option_value(args, i, "-o", v)) {
    out.output = v;
  } else if (args[i].rfind("-", 0) == 0) {
    throw std::invalid_argument("unknown option " + args[i]);
  } else if (out.file.empty()) {
    out.file = args[i];
  } else {
    throw std::invalid_argument("one file at a time");
  }
}

void require_file(const OutputArgs& out) {
  if (out.file.empty()) throw MissingArgument("no file given");
}

int render_document(const OutputArgs& out, std::string_view command,
                    const std::function<std::string(const inclusio::Document&)>& render) {
  std::string text;
  try {
    text = render(inclusio::load_file(out.file));
  } catch (const inclusio::Error& e) {
    std::cerr << inclusio::terminal_text(out.file) << ": " << inclusio::terminal_text(e.message(out.lang)) << "\n";
    return 2;
  }
  return write_output(text, out.output, command, out.lang);
}

int write_output(const std::string& text, const std::string& output, std::string_view command, inclusio::Language lang) {
  if (output.empty()) {
    std::cout << text;  // main checks that standard output took it
    return 0;
  }
  try {
    inclusio::replace_file(output, text);
  } catch (const inclusio::Error& e) {
    std::cerr << "inclusio " << command << ": " << inclusio::terminal_text(e.message(lang)) << "\n";
    return 2;
  }
  return 0;
}

inclusio::Date as_of_value(const std::string& value) {
  inclusio::Date d;
  if (inclusio::Date::try_parse(value, d) != inclusio::DateProblem::none)
    throw std::invalid_argument("--as-of needs a date YYYY-MM-DD, not \"" + value + "\"");
  return d;
}

inclusio::Language language_value(const std::string& value) {
  if (value != "en" && value != "cs") throw std::invalid_argument("--lang is en or cs, not \"" + value + "\"");
  return value == "cs" ? inclusio::Language::cs : inclusio::Language::en;
}
}  // namespace cli

namespace {
// Output that did not reach standard output (a full disk, a closed pipe, /dev/full) is a failure, not
// a success with nothing written: the final flush and close are checked too.
bool output_written(const cli::Command& command, int failed_write) {
  errno = 0;
  std::cout.flush();
  bool ok = static_cast<bool>(std::cout);
  int saved = ok ? 0 : failed_write ? failed_write : errno;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    ok = false;
    if (!saved) saved = errno;
  }
  if (std::fclose(stdout) != 0) {
    ok = false;
    if (!saved) saved = errno;
  }
  if (!ok)
    std::cerr << "inclusio " << command.name << ": writing the output failed" << (saved ? std::string(": ") + std::strerror(saved) : "")
              << "\n";
  return ok;
}
}  // namespace

int main(int argc, char** argv) {
  cli::Args args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << cli::usage_text();
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "inclusio " << inclusio::version_string << "\n";
    return 0;
  }
  const cli::Command* command = cli::find_command(args[0]);
  if (!command) {
    std::cerr << "inclusio: unknown command \"" << inclusio::terminal_text(args[0]) << "\"\n" << cli::usage_text();
    return 2;
  }
  args.erase(args.begin());
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << cli::help_text(*command);
      return 0;
    }
  }
  int status = 2;
  errno = 0;
  // Messages quote what the user gave (a path, an option's value, a key in a file): escaped.
  try {
    status = command->run(args);
  } catch (const cli::MissingArgument& e) {
    std::cerr << "inclusio " << command->name << ": " << inclusio::terminal_text(e.what()) << "\n" << cli::help_text(*command);
    return 2;
  } catch (const std::invalid_argument& e) {
    std::cerr << "inclusio " << command->name << ": " << inclusio::terminal_text(e.what()) << "\n";
    return 2;
  }
  // The reason of a write that failed inside the command is still errno's when nothing else failed since.
  int failed_write = std::cout ? 0 : errno;
  return output_written(*command, failed_write) ? status : 2;
}
