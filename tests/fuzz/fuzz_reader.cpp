// The JSON reader on arbitrary bytes: it either loads or throws an inclusio error, and whatever loads
// survives writing and reading back unchanged (the canonical writer's promise).
#include <inclusio/inclusio.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  inclusio::Document doc;
  try {
    inclusio::LoadOptions options;
    options.max_depth = 32;
    doc = inclusio::load_string(text, options);
  } catch (const inclusio::Error&) {
    return 0;
  }
  std::string written = inclusio::dump_string(doc);
  inclusio::Document again = inclusio::load_string(written);
  if (!(again == doc) || inclusio::dump_string(again) != written) std::abort();
  (void)inclusio::form_problems(doc);
  return 0;
}
