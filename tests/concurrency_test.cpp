// Threads: one document validated from several threads at once, several documents in parallel, and
// the C API used the same way. The TSan configuration (.ci/sanitizers tsan) runs these for races.

#include "test_support.hpp"

#include <inclusio/inclusio.h>

#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace inclusio;

namespace {

constexpr int threads = 8;

ValidateOptions options_for(int i) {
  ValidateOptions o;
  o.as_of = Date(2026, 11, 23);
  o.language = i % 2 ? Language::cs : Language::en;
  return o;
}

}  // namespace

TEST_CASE("One document validated from eight threads at once gives each the serial report") {
  // Freshly loaded, so the threads race to build the id index the rules look ids up in.
  const Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  const Document reference = load_file(test::examples_dir() / "asz-2010-2013.json");
  std::vector<Report> expected;
  for (int i = 0; i < 2; ++i) expected.push_back(validate(reference, options_for(i)));
  std::vector<Report> reports(threads);
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&, i] {
      reports[static_cast<std::size_t>(i)] = validate(doc, options_for(i));
      (void)document_progress(doc);
      (void)doc.find("kutna-hora");
    });
  for (auto& t : pool) t.join();
  for (int i = 0; i < threads; ++i) CHECK(reports[static_cast<std::size_t>(i)].findings == expected[static_cast<std::size_t>(i % 2)].findings);
}

TEST_CASE("Several documents loaded, validated and written in parallel") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(test::examples_dir())) files.push_back(entry.path());
  std::atomic<int> mismatches{0};
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&, i] {
      const auto& file = files[static_cast<std::size_t>(i) % files.size()];
      Document doc = load_file(file);
      Report report = validate(doc, options_for(i));
      if (dump_string(doc) != test::read_file(file)) ++mismatches;
      if (!report.ok()) ++mismatches;
    });
  for (auto& t : pool) t.join();
  CHECK(mismatches == 0);
}

TEST_CASE("The C API: one document validated from several threads, errors kept per thread") {
  const std::string text = test::read_file(test::examples_dir() / "vysocina-2014-2015.json");
  incl_document* doc = nullptr;
  REQUIRE(incl_document_load_buffer(&doc, text.data(), text.size(), nullptr) == INCL_OK);
  std::atomic<int> failures{0};
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&, i] {
      incl_validate_options o = INCL_VALIDATE_OPTIONS_INIT;
      o.as_of = "2026-11-23";
      incl_report* report = nullptr;
      size_t count = 0;
      if (incl_validate(&report, doc, &o) != INCL_OK || incl_report_count(&count, report) != INCL_OK) ++failures;
      incl_report_free(report);
      const char* pointer = nullptr;
      incl_entity_kind kind{};
      if (incl_document_find(&pointer, &kind, doc, "nic-takoveho") != INCL_ENOTFOUND) ++failures;
      // Each thread sees its own last error: even ones a bad argument, odd ones the id not found.
      if (i % 2 == 0 && incl_document_load_buffer(nullptr, "[", 1, nullptr) != INCL_EINVALID) ++failures;
      const incl_error* e = incl_error_last();
      if (!e || e->code != (i % 2 == 0 ? INCL_EINVALID : INCL_ENOTFOUND)) ++failures;
    });
  for (auto& t : pool) t.join();
  incl_document_free(doc);
  CHECK(failures == 0);
}
