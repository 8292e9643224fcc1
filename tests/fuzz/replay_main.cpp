// A driver for the fuzz targets without libFuzzer, so that every build's test suite runs them: each
// seed file as it is, then a fixed number of deterministic mutations of the seeds (byte flips,
// insertions, deletions, repeated ranges and dictionary tokens). The coverage-guided runs with
// sanitizers are tests/fuzz/run.sh.
//
//   fuzz_reader_replay [--mutations N] SEED_FILE_OR_FOLDER...

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> tokens = {
    "{", "}", "[", "]", ",", ":", "\"", "\\u0000", "\\ud800", "1e400", "-0.01", "9223372036854775807",
    "\"2021-02-30\"", "null", "true", "\"format\":\"inclusio\",\"schema_version\":\"1.0\"", "\"plans\":[{\"id\":\"p\"}]",
    "\"measures\"", "\"observations\"", "\"amount\"", "\"parent\"", "\xff", "\xc3\xa1"};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::string mutate(std::string s, std::mt19937& random) {
  auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(random() % n); };
  int steps = 1 + static_cast<int>(random() % 4);
  for (int i = 0; i < steps; ++i) {
    std::size_t at = pick(s.size() + 1);
    switch (random() % 5) {
      case 0:
        if (!s.empty()) s[pick(s.size())] = static_cast<char>(random());
        break;
      case 1:
        s.insert(at, 1, static_cast<char>(random()));
        break;
      case 2:
        s.erase(at, pick(16) + 1);
        break;
      case 3:
        if (at < s.size()) s.insert(at, s.substr(at, pick(64) + 1));
        break;
      default:
        s.insert(at, tokens[pick(tokens.size())]);
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long mutations = 1000;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--mutations" && i + 1 < argc) {
      mutations = std::stol(argv[++i]);
      continue;
    }
    fs::path path(arg);
    if (fs::is_directory(path)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path))
        if (entry.is_regular_file()) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) seeds.push_back(read_file(f));
    } else {
      seeds.push_back(read_file(path));
    }
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "usage: %s [--mutations N] SEED_FILE_OR_FOLDER...\n", argv[0]);
    return 2;
  }
  for (const std::string& seed : seeds) run(seed);
  std::mt19937 random(20261123);
  for (long i = 0; i < mutations; ++i) run(mutate(seeds[random() % seeds.size()], random));
  std::printf("%zu seeds and %ld mutations, no failure\n", seeds.size(), mutations);
  return 0;
}
