// The codelists at run time: built once from the compile-time descriptions (codelists.hpp).

#include <inclusio/codelists.hpp>

#include <cctype>
#include <deque>
#include <vector>

namespace inclusio {

namespace {

struct Registry {
  std::deque<std::string> keys;                // stable addresses for the views
  std::deque<std::vector<CodeInfo>> codes;
  std::vector<CodelistInfo> lists;

  Registry() {
    for_each_codelist([&]<class E>(std::type_identity<E>) {
      std::string& key = keys.emplace_back();
      for (char c : Codelist<E>::name)
        key.push_back(c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      auto& entries = codes.emplace_back();
      for (const auto& e : Codelist<E>::entries) entries.push_back({e.code, e.en, e.cs});
      lists.push_back({Codelist<E>::type, key, Codelist<E>::name, Codelist<E>::name_cs, entries});
    });
  }
};

const Registry& registry() {
  static const Registry r;
  return r;
}

}  // namespace

std::span<const CodelistInfo> codelists() { return registry().lists; }

const CodelistInfo* find_codelist(std::string_view key) {
  for (const CodelistInfo& c : registry().lists)
    if (c.key == key) return &c;
  return nullptr;
}

}  // namespace inclusio
