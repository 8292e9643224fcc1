// Load and validation throughput on synthetic national archives, beside Boost.JSON's bare DOM parse
// of the same bytes (with its default allocator and with the monotonic_resource it documents for
// parse-and-discard), with peak memory per MB of the minified text and growth across four sizes; then
// the same on archives of other shapes: minified, finding-heavy, every sparse member present,
// measure-heavy and long Czech texts. Every ratio is against a baseline measured in the same run.
//
// Boost's parser alone (bare: a handler that keeps nothing, the limit of the library's reader) and
// simdjson's DOM parse (the practical limit) are printed beside them (÷bare, ÷simd: load's share of
// their speed).
//
//   build/bench/inclusio_bench [--sizes 250,500,1000,2000] [--shape-plans 250] [--smoke] [Google Benchmark flags]
//   build/bench/inclusio_bench --write-archive PLANS FILE [SHAPE]   (one archive of a shape, indented by default)
//
// Sizes are numbers of plans (24 measures each, an indicator per measure with 24 observations).

#include "boost_parse_only.hpp"
#include "synthetic_portfolio.hpp"

#include <inclusio/inclusio.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Archive {
  std::string label;       // the shape ("indented", "minified", ...) or the size's number of plans
  std::size_t plans = 0;
  std::string text;        // as the library writes it, indented or on one line
  std::size_t minified = 0;  // the size of the same document on one line
  fs::path file;
  double megabytes() const { return static_cast<double>(text.size()) / 1e6; }
  double minified_megabytes() const { return static_cast<double>(minified) / 1e6; }
};

struct Measured {
  std::map<std::string, double> seconds;  // benchmark name → seconds per iteration
};

class RecordingReporter : public benchmark::ConsoleReporter {
 public:
  explicit RecordingReporter(Measured& m) : measured_(m) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    // The fastest repetition: interference from other work on the machine only ever slows a run.
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      double seconds = run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
      auto [it, fresh] = measured_.seconds.try_emplace(run.run_name.function_name, seconds);
      if (!fresh) it->second = std::min(it->second, seconds);
    }
    ConsoleReporter::ReportRuns(runs);
  }

 private:
  Measured& measured_;
};

inclusio::ValidateOptions validate_options() {
  inclusio::ValidateOptions options;
  options.as_of = inclusio::Date(2026, 11, 23);
  return options;
}

std::vector<std::size_t> parse_sizes(const std::string& list) {
  std::vector<std::size_t> sizes;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) sizes.push_back(std::stoul(item));
  return sizes;
}

Archive make_archive(const std::string& label, const inclusio::bench::PortfolioShape& shape, bool indented,
                     const fs::path& folder) {
  inclusio::Document doc = inclusio::load_string(inclusio::bench::synthetic_portfolio(shape));
  inclusio::WriteOptions one_line;
  one_line.indent = 0;
  Archive a;
  a.label = label;
  a.plans = shape.plans;
  a.text = indented ? inclusio::dump_string(doc) : inclusio::dump_string(doc, one_line);
  a.minified = indented ? inclusio::dump_string(doc, one_line).size() : a.text.size();
  a.file = folder / ("archive-" + label + ".json");
  std::ofstream(a.file, std::ios::binary) << a.text;
  return a;
}

Archive make_archive(std::size_t plans, const fs::path& folder) {
  inclusio::bench::PortfolioShape shape;
  shape.plans = plans;
  return make_archive(std::to_string(plans), shape, true, folder);
}

// The shapes of the issue that found the first figures held only on the benchmark's own archive, by
// their labels; the indented one is written as the library writes, the others on one line.
const std::vector<std::string_view> shape_labels = {"indented",       "minified",      "finding-heavy",
                                                    "sparse-members", "measure-heavy", "long-texts"};

// The shape of a label of shape_labels, with `plans` plans (measure-heavy: a tenth, ten times the measures).
std::optional<inclusio::bench::PortfolioShape> shape_named(std::string_view label, std::size_t plans) {
  inclusio::bench::PortfolioShape shape;
  shape.plans = plans;
  if (label == "finding-heavy") {
    shape.finding_heavy = true;
  } else if (label == "sparse-members") {
    shape.sparse_members = true;
  } else if (label == "measure-heavy") {
    shape.measures_per_plan = 240;
    shape.plans = std::max<std::size_t>(1, plans / 10);
    shape.observation_months = 1;
  } else if (label == "long-texts") {
    shape.long_texts = true;
  } else if (label != "indented" && label != "minified") {
    return std::nullopt;
  }
  return shape;
}

std::vector<Archive> make_shapes(std::size_t plans, const fs::path& folder) {
  std::vector<Archive> out;
  for (std::string_view label : shape_labels)
    out.push_back(make_archive(std::string(label), *shape_named(label, plans), label == "indented", folder));
  return out;
}

std::string name(const char* what, const Archive& a) { return std::string(what) + "/" + a.label; }

// Takes a table's rows and drops them: the cost of building a table, whatever the sink.
class DiscardingWriter final : public inclusio::TableWriter {
 public:
  void begin(const inclusio::TableInfo&, std::span<const inclusio::ColumnInfo>) override {}
  void row(std::span<const inclusio::Cell> cells) override { benchmark::DoNotOptimize(cells.data()); }
};

// The operations beyond loading and validating, timed at every size so that each shows it is linear.
const std::vector<const char*> operations = {"diff", "merge", "summary", "results", "rollup", "tables"};

void register_benchmarks(const std::vector<Archive>& archives, bool smoke, bool with_operations) {
  for (const Archive& a : archives) {
    auto bytes = static_cast<std::int64_t>(a.text.size());
    auto configure = [&](benchmark::internal::Benchmark* b) {
      b->Unit(benchmark::kMillisecond)->UseRealTime();
      if (smoke) b->Iterations(1);
      else b->MinTime(0.5);
    };
    configure(benchmark::RegisterBenchmark(name("boost_json_dom_parse", a).c_str(), [&a, bytes](benchmark::State& s) {
      for (auto _ : s) benchmark::DoNotOptimize(boost::json::parse(a.text));
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    // Boost documents a monotonic_resource for parse-and-discard: its fastest configuration.
    configure(benchmark::RegisterBenchmark(name("boost_json_dom_parse_monotonic", a).c_str(), [&a, bytes](benchmark::State& s) {
      for (auto _ : s) {
        boost::json::monotonic_resource resource;
        benchmark::DoNotOptimize(boost::json::parse(a.text, &resource));
      }
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    // Boost's parser alone, with a handler that keeps nothing: the limit of the library's reader.
    configure(benchmark::RegisterBenchmark(name("boost_json_parse_only", a).c_str(), [&a, bytes](benchmark::State& s) {
      for (auto _ : s)
        if (!inclusio::bench::boost_parse_only(a.text)) s.SkipWithError("Boost.JSON cannot parse the archive");
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    // simdjson's DOM parse, its parser reused across iterations (its fastest configuration): the
    // practical limit of reading these bytes.
    configure(benchmark::RegisterBenchmark(name("simdjson_dom_parse", a).c_str(), [&a, bytes](benchmark::State& s) {
      simdjson::padded_string padded(a.text);
      simdjson::dom::parser parser;
      for (auto _ : s) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS) s.SkipWithError("simdjson cannot parse the archive");
        benchmark::DoNotOptimize(root);
      }
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    configure(benchmark::RegisterBenchmark(name("load", a).c_str(), [&a, bytes](benchmark::State& s) {
      for (auto _ : s) benchmark::DoNotOptimize(inclusio::load_string(a.text));
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    configure(benchmark::RegisterBenchmark(name("load_validate", a).c_str(), [&a, bytes](benchmark::State& s) {
      inclusio::ValidateOptions options = validate_options();
      for (auto _ : s) {
        inclusio::Document doc = inclusio::load_string(a.text);
        benchmark::DoNotOptimize(inclusio::validate(doc, options));
      }
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    if (!with_operations) continue;
    // Revisions: the document against an equal copy (every entity paired and compared to its leaves:
    // the most work a diff does) and merged with it (every entity found and compared once).
    configure(benchmark::RegisterBenchmark(name("diff", a).c_str(), [&a, bytes](benchmark::State& s) {
      inclusio::Document doc = inclusio::load_string(a.text), copy = doc;
      for (auto _ : s) benchmark::DoNotOptimize(inclusio::diff(doc, copy));
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    configure(benchmark::RegisterBenchmark(name("merge", a).c_str(), [&a, bytes](benchmark::State& s) {
      inclusio::Document doc = inclusio::load_string(a.text), copy = doc;
      std::vector<const inclusio::Document*> both{&doc, &copy};
      for (auto _ : s) benchmark::DoNotOptimize(inclusio::merge(both));
      s.SetBytesProcessed(s.iterations() * bytes);
    }));
    // The portfolio's report as people read it (its summary, validation included, as HTML), results per
    // period, the roll-up by region, and every table of the document as the frames and exports build it,
    // each on the document loaded once before the timing.
    auto on_document = [&](const char* what, auto work) {
      configure(benchmark::RegisterBenchmark(name(what, a).c_str(), [&a, bytes, work](benchmark::State& s) {
        const inclusio::Document doc = inclusio::load_string(a.text);
        for (auto _ : s) work(doc);
        s.SetBytesProcessed(s.iterations() * bytes);
      }));
    };
    inclusio::ProgressOptions progress;
    progress.as_of = validate_options().as_of;
    on_document("summary", [progress](const inclusio::Document& doc) {
      benchmark::DoNotOptimize(inclusio::summary_html(inclusio::summarize(doc, std::nullopt, progress)));
    });
    on_document("results", [progress](const inclusio::Document& doc) {
      inclusio::ResultsOptions options;
      options.progress = progress;
      benchmark::DoNotOptimize(inclusio::results_by_period(doc, options));
    });
    on_document("rollup", [progress](const inclusio::Document& doc) {
      inclusio::RollupOptions options;
      options.progress = progress;
      benchmark::DoNotOptimize(inclusio::rollup(doc, options));
    });
    on_document("tables", [](const inclusio::Document& doc) {
      DiscardingWriter out;
      for (const inclusio::TableInfo& table : inclusio::document_tables()) inclusio::write_table(doc, table.name, out);
    });
  }
}

struct Memory {
  double load_file_per_mb;
  double boost_dom_per_mb;
};

// Runs inclusio_bench_heap (beside this program) on the archive's file.
Memory measure_memory(const Archive& a) {
  fs::path helper = fs::canonical("/proc/self/exe").parent_path() / "inclusio_bench_heap";
  std::string command = "'" + helper.string() + "' '" + a.file.string() + "'";
  FILE* out = popen(command.c_str(), "r");
  if (!out) throw std::runtime_error("cannot run " + helper.string());
  unsigned long long load = 0, dom = 0;
  int read = std::fscanf(out, "%llu %llu", &load, &dom);
  if (pclose(out) != 0 || read != 2) throw std::runtime_error(helper.string() + " failed on " + a.file.string());
  return {static_cast<double>(load) / 1e6 / a.minified_megabytes(), static_cast<double>(dom) / 1e6 / a.minified_megabytes()};
}

double spread(const std::vector<double>& values) {  // largest deviation from the mean, as a share of it
  double mean = 0;
  for (double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double worst = 0;
  for (double v : values) worst = std::max(worst, std::abs(v - mean) / mean);
  return worst;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {250, 500, 1000, 2000};
  std::size_t shape_plans = 250;
  bool smoke = false;
  std::vector<char*> rest = {argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--write-archive" && i + 2 < argc) {  // one archive to a file (bench/python_bench.py, memory studies)
      std::string_view label = i + 3 < argc ? argv[i + 3] : "indented";
      auto shape = shape_named(label, std::stoul(argv[i + 1]));
      if (!shape || i + 4 < argc) {
        std::fprintf(stderr, "--write-archive PLANS FILE [SHAPE]: SHAPE is one of");
        for (std::string_view known : shape_labels) std::fprintf(stderr, " %.*s", int(known.size()), known.data());
        std::fprintf(stderr, "\n");
        return 2;
      }
      inclusio::Document doc = inclusio::load_string(inclusio::bench::synthetic_portfolio(*shape));
      inclusio::WriteOptions options;
      if (label != "indented") options.indent = 0;
      inclusio::save_file(doc, argv[i + 2], options);
      return 0;
    }
    if (arg == "--smoke") {
      smoke = true;
      sizes = {5, 10, 20, 40};
      shape_plans = 10;
    } else if (arg == "--shape-plans" && i + 1 < argc) {
      shape_plans = std::stoul(argv[++i]);
    } else if (arg == "--sizes" && i + 1 < argc) {
      sizes = parse_sizes(argv[++i]);
    } else {
      rest.push_back(argv[i]);
    }
  }
  // Unless told otherwise: each benchmark three times, interleaved, so that a slow spell of the
  // machine does not fall on one side of a ratio only.
  bool repetitions_given = false;
  for (const char* arg : rest) repetitions_given = repetitions_given || std::string(arg).starts_with("--benchmark_repetitions");
  std::string repetitions = "--benchmark_repetitions=3", interleave = "--benchmark_enable_random_interleaving=true";
  if (!repetitions_given && !smoke) {
    rest.push_back(repetitions.data());
    rest.push_back(interleave.data());
  }
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());

  fs::path folder = fs::temp_directory_path() / ("inclusio-bench-" + std::to_string(getpid()));
  fs::create_directories(folder);
  std::vector<Archive> archives;
  for (std::size_t plans : sizes) {
    archives.push_back(make_archive(plans, folder));
    std::fprintf(stderr, "archive of %zu plans: %.1f MB\n", plans, archives.back().megabytes());
  }
  std::vector<Archive> shapes = make_shapes(shape_plans, folder);
  for (const Archive& a : shapes)
    std::fprintf(stderr, "archive %s: %.1f MB (%.1f MB minified)\n", a.label.c_str(), a.megabytes(), a.minified_megabytes());
  std::vector<Memory> memory, shape_memory;
  for (const Archive& a : archives) memory.push_back(measure_memory(a));
  for (const Archive& a : shapes) shape_memory.push_back(measure_memory(a));

  Measured measured;
  RecordingReporter reporter(measured);
  register_benchmarks(archives, smoke, true);
  register_benchmarks(shapes, smoke, false);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  fs::remove_all(folder);

  // Ratios against Boost.JSON's DOM parse with its monotonic_resource (its fastest configuration),
  // the default allocator's time beside it; peak heap per MB of the minified text.
  auto table = [&](const char* first, const std::vector<Archive>& list, const std::vector<Memory>& heap) {
    std::printf("\n%-15s %7s | %8s %8s %8s %8s | %8s %6s %6s %6s | %8s %6s | %9s %9s\n", first, "MB", "mono MB/s",
                "dflt MB/s", "bare MB/s", "simd MB/s", "load", "ratio", "÷bare", "÷simd", "load+val", "ratio", "peak×min",
                "boost×min");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Archive& a = list[i];
      double mono = measured.seconds[name("boost_json_dom_parse_monotonic", a)];
      double dflt = measured.seconds[name("boost_json_dom_parse", a)];
      double simd = measured.seconds[name("simdjson_dom_parse", a)];
      double bare = measured.seconds[name("boost_json_parse_only", a)];
      double load = measured.seconds[name("load", a)];
      double full = measured.seconds[name("load_validate", a)];
      if (mono == 0 || load == 0 || full == 0) continue;  // filtered out with --benchmark_filter
      double mb = a.megabytes();
      std::printf("%-15s %7.1f | %8.1f %8.1f %8.1f %8.1f | %8.1f %6.2f %6.2f %6.2f | %8.1f %6.2f | %9.2f %9.2f\n",
                  a.label.c_str(), mb, mb / mono, dflt ? mb / dflt : 0.0, bare ? mb / bare : 0.0, simd ? mb / simd : 0.0,
                  mb / load, mono / load, bare ? bare / load : 0.0, simd ? simd / load : 0.0, mb / full, mono / full,
                  heap[i].load_file_per_mb, heap[i].boost_dom_per_mb);
    }
  };
  table("shape", shapes, shape_memory);
  table("plans (indented)", archives, memory);
  auto shape = [&](std::string_view label) {
    return std::find_if(shapes.begin(), shapes.end(), [&](const Archive& a) { return a.label == label; });
  };
  if (auto base = shape("minified"), heavy = shape("finding-heavy"); base != shapes.end() && heavy != shapes.end()) {
    double plain_seconds = measured.seconds[name("load_validate", *base)];
    double heavy_seconds = measured.seconds[name("load_validate", *heavy)];
    if (plain_seconds > 0 && heavy_seconds > 0)
      std::printf("\nfinding-heavy load+validate per MB: %.2f× the minified archive's without those findings\n",
                  (heavy_seconds / heavy->megabytes()) / (plain_seconds / base->megabytes()));
  }
  std::vector<double> seconds_per_mb, memory_per_mb;
  for (std::size_t i = 0; i < archives.size(); ++i) {
    double full = measured.seconds[name("load_validate", archives[i])];
    if (full == 0) continue;
    seconds_per_mb.push_back(full / archives[i].megabytes());
    memory_per_mb.push_back(memory[i].load_file_per_mb);
  }
  if (seconds_per_mb.size() > 1)
    std::printf("\nlinearity across sizes: load+validate time per MB within ±%.0f %%, peak memory per MB within ±%.0f %%\n",
                100 * spread(seconds_per_mb), 100 * spread(memory_per_mb));
  // The other operations, per MB of each archive: linear when the rate holds across sizes.
  for (const char* operation : operations) {
    std::vector<double> per_mb;
    std::printf("\n%-8s MB/s:", operation);
    for (const Archive& a : archives) {
      double t = measured.seconds[name(operation, a)];
      if (t == 0) continue;
      std::printf(" %.1f (%zu plans)", a.megabytes() / t, a.plans);
      per_mb.push_back(t / a.megabytes());
    }
    if (per_mb.size() > 1) std::printf("; time per MB within ±%.0f %%", 100 * spread(per_mb));
  }
  std::printf("\n");
  std::printf("ratios > 1 mean faster than Boost.JSON's DOM parse (monotonic_resource) of the same bytes; peak×min\n"
              "is the peak heap while loading from the file over the size of the same document minified.\n");
  return 0;
}
