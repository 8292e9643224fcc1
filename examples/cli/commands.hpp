#pragma once
// The subcommands of the inclusio tool. Each takes its arguments (after the subcommand's name) and
// returns the process exit code.

#include <inclusio/date.hpp>
#include <inclusio/validate.hpp>

#include <string>
#include <vector>

namespace cli {

using Args = std::vector<std::string>;

int validate(const Args& args);
int rules(const Args& args);
int territory(const Args& args);
int schema(const Args& args);
int report(const Args& args);

// `--name value` or `--name=value` at args[i]; advances i past what it used. False when args[i] is
// not that option; throws std::invalid_argument when the value is missing.
bool option_value(const Args& args, std::size_t& i, const std::string& name, std::string& value);

// The values of --as-of and --lang; throw std::invalid_argument saying what is accepted.
inclusio::Date as_of_value(const std::string& value);
inclusio::Language language_value(const std::string& value);

}  // namespace cli
