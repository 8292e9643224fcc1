#pragma once
// Helpers shared by the tests: reading fixture files and building minimal documents.

#include <inclusio/inclusio.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::filesystem::path examples_dir() { return std::filesystem::path(INCLUSIO_SOURCE_DIR) / "examples" / "data"; }
// The bundled example documents, in name order.
inline std::vector<std::filesystem::path> example_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(examples_dir()))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}
inline std::filesystem::path fixtures_dir() { return INCLUSIO_FIXTURES_DIR; }

// A document with the given top-level members after the header ("\"plans\": [...]").
inline std::string doc_with(const std::string& members) {
  return std::string("{\"format\": \"inclusio\", \"schema_version\": \"1.0\"") + (members.empty() ? "" : ", ") +
         members + "}";
}

}  // namespace test
