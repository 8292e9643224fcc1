// Saving replaces a file in one step, never through a link or over anything but a regular file, and
// keeps what the user had beside it.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <sys/stat.h>

using namespace inclusio;
namespace fs = std::filesystem;

namespace {
struct Folder {
  fs::path path = fs::temp_directory_path() / ("inclusio-file-test-" + std::to_string(::getpid()));
  Folder() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
};
void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
Document small() { return load_file(test::fixtures_dir() / "small-plan.json"); }
}  // namespace

TEST_CASE("Saving keeps a file of the user's named like a temporary one, and the target's permissions") {
  Folder dir;
  fs::path target = dir.path / "plán.json";
  write(target, "old");
  ::chmod(target.c_str(), 0600);
  write(dir.path / "plán.json.tmp", "the user's own");
  save_file(small(), target);
  CHECK(load_file(target) == small());
  CHECK(test::read_file(dir.path / "plán.json.tmp") == "the user's own");
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) files += e.is_regular_file();
  CHECK(files == 2);  // no temporary file left behind
}

TEST_CASE("Saving refuses to replace a link or a device, and leaves both as they were") {
  Folder dir;
  fs::path elsewhere = dir.path / "elsewhere.json";
  write(elsewhere, "not to be overwritten");
  fs::path link = dir.path / "link.json";
  fs::create_symlink(elsewhere, link);
  CHECK_THROWS_WITH_AS(save_file(small(), link),
                       ("cannot write " + link.string() + ": it is not a regular file (a link, a device or a folder), "
                        "and is not replaced").c_str(),
                       Error);
  CHECK(fs::is_symlink(link));
  CHECK(test::read_file(elsewhere) == "not to be overwritten");
  if (fs::exists("/dev/full")) {
    CHECK_THROWS_AS(save_file(small(), "/dev/full"), Error);
    CHECK(fs::is_character_file("/dev/full"));
  }
  CHECK_THROWS_AS(save_file(small(), dir.path), Error);
  CHECK(fs::is_directory(dir.path));
}

TEST_CASE("A save that fails says why, with the system's reason") {
  Folder dir;
  fs::path missing = dir.path / "no-such-folder" / "x.json";
  CHECK_THROWS_WITH_AS(save_file(small(), missing),
                       ("cannot create a file beside " + missing.string() + ": No such file or directory").c_str(), Error);
}

TEST_CASE("Saving from several threads to one path always leaves a whole document") {
  Folder dir;
  fs::path target = dir.path / "shared.json";
  Document a = small();
  Document b = a;
  b.set_currency(Currency("EUR"));
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        save_file(t % 2 ? a : b, target);
        Document read = load_file(target);
        CHECK((read == a || read == b));
      }
    });
  for (auto& t : threads) t.join();
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) files += e.is_regular_file();
  CHECK(files == 1);
}
