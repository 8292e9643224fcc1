// Allocation failure injected at every allocation of a load, a validation and a change (SQLite's
// method): run the operation with the n-th allocation failing, for n = 1, 2, ... until it completes
// without reaching the failure. Every outcome must be a clean error (std::bad_alloc from C++,
// INCL_ENOMEM from C), with nothing leaked and nothing half-done.

#include <inclusio/inclusio.h>
#include <inclusio/inclusio.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <new>
#include <string>

namespace {

// The allocation counter: `countdown` allocations succeed, the next one fails (0: none fails).
long countdown = 0;
bool reached = false;  // the failing allocation was reached
bool failed = false;   // ... and it was one that throws (a nothrow one returns NULL, which callers handle)
long live = 0;         // allocations not yet freed

void* allocate(std::size_t size, bool nothrow) {
  if (countdown > 0 && --countdown == 0) {
    reached = true;
    if (nothrow) return nullptr;  // std::stable_sort, for one, then sorts without a buffer
    failed = true;
    throw std::bad_alloc();
  }
  void* p = std::malloc(size == 0 ? 1 : size);
  if (!p) {
    if (nothrow) return nullptr;
    throw std::bad_alloc();
  }
  ++live;
  return p;
}

void release(void* p) noexcept {
  if (!p) return;
  --live;
  std::free(p);
}

int failures = 0;

void check(bool ok, const char* what, long n) {
  if (!ok) {
    std::fprintf(stderr, "FAILED at allocation %ld: %s\n", n, what);
    ++failures;
  }
}

// Runs `attempt` with the n-th allocation failing, for every n until it succeeds; `attempt` returns
// whether the outcome was clean. Returns how many allocations the operation makes.
long inject_everywhere(const char* name, const std::function<bool()>& attempt) {
  // Once without a failure first, so that what the library builds once and keeps (the id index of a
  // document, function-local statics) is not taken for a leak.
  failed = reached = false;
  countdown = 0;
  check(attempt(), name, 0);
  long n = 1;
  for (;; ++n) {
    long before = live;
    failed = reached = false;
    countdown = n;
    bool clean = attempt();
    countdown = 0;
    check(clean, name, n);
    if (live != before) std::fprintf(stderr, "%s: %ld allocations more than before\n", name, live - before);
    check(live == before, "memory leaked", n);
    if (!reached) break;
  }
  std::printf("%s: failure injected at each of %ld allocations, every outcome clean\n", name, n - 1);
  return n - 1;
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size, false); }
void* operator new[](std::size_t size) { return allocate(size, false); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, true); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, true); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DOCUMENT.json\n", argv[0]);
    return 2;
  }
  const std::string text = read_file(argv[1]);
  const std::string expected = inclusio::dump_string(inclusio::load_string(text));

  inject_everywhere("C++ load", [&] {
    try {
      inclusio::Document doc = inclusio::load_string(text);
      countdown = 0;
      return !failed && inclusio::dump_string(doc) == expected;  // a failure must not be swallowed
    } catch (const std::bad_alloc&) {
      return failed;
    }
  });

  const inclusio::Document doc = inclusio::load_string(text);
  inclusio::ValidateOptions options;
  options.as_of = inclusio::Date(2026, 11, 23);
  options.language = inclusio::Language::cs;
  const std::size_t findings = inclusio::validate(doc, options).findings.size();
  inject_everywhere("C++ validate", [&] {
    try {
      return !failed && inclusio::validate(doc, options).findings.size() == findings;
    } catch (const std::bad_alloc&) {
      return failed;
    }
  });

  inject_everywhere("C load", [&] {
    incl_document* loaded = reinterpret_cast<incl_document*>(&countdown);  // must be set to NULL on failure
    int status = incl_document_load_buffer(&loaded, text.data(), text.size(), nullptr);
    if (status == 0) {
      incl_document_free(loaded);
      return !failed;
    }
    return failed && status == INCL_ENOMEM && loaded == nullptr && incl_error_last()->code == INCL_ENOMEM;
  });

  incl_document* c_doc = nullptr;
  incl_document_load_buffer(&c_doc, text.data(), text.size(), nullptr);
  incl_validate_options c_options = INCL_VALIDATE_OPTIONS_INIT;
  c_options.as_of = "2026-11-23";
  inject_everywhere("C validate", [&] {
    incl_report* report = reinterpret_cast<incl_report*>(&countdown);
    int status = incl_validate(&report, c_doc, &c_options);
    if (status == 0) {
      incl_report_free(report);
      return !failed;
    }
    return failed && status == INCL_ENOMEM && report == nullptr;
  });

  inject_everywhere("C write", [&] {
    incl_buffer written{};
    int status = incl_document_write(&written, c_doc, nullptr);
    bool complete = status == 0 && written.ptr != nullptr && expected == written.ptr;
    bool untouched = written.ptr == nullptr && written.size == 0;
    incl_buffer_dispose(&written);
    return status == 0 ? !failed && complete : failed && status == INCL_ENOMEM && untouched;
  });

  // A change that fails leaves the document exactly as it was.
  inject_everywhere("C change", [&] {
    long armed = countdown;
    countdown = 0;
    incl_document* copy = nullptr;
    incl_document_copy(&copy, c_doc);
    countdown = armed;
    int status = incl_document_set_json(copy, "/plans/0/title", "\"Nový název plánu – Kutná Hora\"");
    countdown = 0;
    incl_buffer now{};
    incl_document_write(&now, copy, nullptr);
    bool unchanged = now.ptr != nullptr && expected == now.ptr;
    incl_buffer_dispose(&now);
    incl_document_free(copy);
    if (status == 0) return !failed && !unchanged;
    return failed && status == INCL_ENOMEM && unchanged;
  });
  incl_document_free(c_doc);

  if (failures) std::fprintf(stderr, "%d failures\n", failures);
  return failures == 0 ? 0 : 1;
}
