// inclusio validate FILE... [--profile P] [--as-of D] [--lang cs|en] [--format text|json|csv] [--threads N]
// Exit 0 when no file has an error finding, 1 when any has, 2 when a file cannot be read or parsed.

#include "commands.hpp"

#include <inclusio/inclusio.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

namespace cli {

namespace {


inclusio::ValidationOutcome check(const std::string& file, const inclusio::ValidateOptions& options) {
  inclusio::ValidationOutcome o{file, std::nullopt, {}};
  try {
    o.report = inclusio::validate(inclusio::load_file(file), options);
  } catch (const inclusio::Error& e) {
    o.error = e.message(options.language);
  } catch (const std::exception& e) {
    o.error = e.what();
  }
  return o;
}

unsigned threads_value(const std::string& value) {
  unsigned n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n == 0)
    throw std::invalid_argument("--threads needs a whole number from 1, not \"" + value + "\"");
  return n;
}

inclusio::Profile load_profile(const std::string& p, inclusio::Language language) {
  if (p == "default" || p == "strict") return inclusio::Profile::named(p);
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::invalid_argument("cannot read the profile " + p);
  std::stringstream s;
  s << in.rdbuf();
  try {
    return inclusio::Profile::from_json(s.str());
  } catch (const inclusio::Error& e) {
    throw std::invalid_argument(p + ": " + e.message(language));
  }
}

}  // namespace

int validate(const Args& args) {
  inclusio::ValidateOptions options;
  std::optional<unsigned> threads;
  inclusio::OutputFormat format = inclusio::OutputFormat::text;
  std::vector<std::string> files;
  std::optional<std::string> profile;  // read once --lang is known, to say what is wrong with it in that language
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string v;
    if (option_value(args, i, "--profile", v)) {
      profile = v;
    } else if (option_value(args, i, "--as-of", v)) {
      options.as_of = as_of_value(v);
    } else if (option_value(args, i, "--lang", v)) {
      options.language = language_value(v);
    } else if (option_value(args, i, "--format", v)) {
      auto f = inclusio::output_format_from_code(v);
      if (!f || (*f != inclusio::OutputFormat::text && *f != inclusio::OutputFormat::json && *f != inclusio::OutputFormat::csv))
        throw std::invalid_argument("--format is text, json or csv, not \"" + v + "\"");
      format = *f;
    } else if (option_value(args, i, "--threads", v)) {
      threads = threads_value(v);
    } else if (args[i].rfind("--", 0) == 0) {
      throw std::invalid_argument("unknown option " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) throw MissingArgument("no file given");
  if (profile) options.profile = load_profile(*profile, options.language);
  // Several files already share the cores among them: threads within each would oversubscribe them.
  options.threads = threads.value_or(files.size() > 1 ? 1 : 0);

  // Across the cores, each worker taking the next file when it is done with one (a large file does
  // not hold the others up); results kept in the order given.
  std::vector<inclusio::ValidationOutcome> outcomes(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k = next++; k < files.size(); k = next++) outcomes[k] = check(files[k], options);
  };
  std::size_t workers = std::min<std::size_t>(files.size(), std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  {
    std::vector<std::jthread> helpers;
    for (std::size_t w = 1; w < workers; ++w) helpers.emplace_back(work);
    work();
  }

  std::cout << inclusio::render_validation(outcomes, format, options.language);
  bool unreadable = false, errors = false;
  for (const inclusio::ValidationOutcome& o : outcomes) {
    unreadable = unreadable || !o.report;
    errors = errors || (o.report && !o.report->ok());
  }
  return unreadable ? 2 : errors ? 1 : 0;
}

}  // namespace cli
