// The profile reader on arbitrary bytes: a profile or an invalid_argument error naming the problem.
#include <inclusio/inclusio.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    inclusio::Profile profile = inclusio::Profile::from_json(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const inclusio::RuleInfo& rule : inclusio::rule_catalogue()) (void)profile.apply(rule.code, rule.severity);
  } catch (const inclusio::Error& e) {
    if (e.code() != inclusio::ErrorCode::invalid_argument) std::abort();
  }
  return 0;
}
