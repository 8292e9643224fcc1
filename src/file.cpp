// replace_file: a unique temporary file beside the target, written, synced and renamed over it.

#include <inclusio/error.hpp>
#include <inclusio/file.hpp>

#include "system_error_text.hpp"

#include <cerrno>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inclusio {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& what_cs, const std::filesystem::path& path, int error) {
  throw Error(ErrorCode::io, what + " " + path.string() + ": " + std::strerror(error),
              what_cs + " " + path.string() + ": " + detail::system_error_cs(error));
}

// Closes the descriptor and removes the temporary file unless released (renamed into place).
class Temporary {
 public:
  Temporary(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  ~Temporary() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  int fd() const noexcept { return fd_; }
  const std::filesystem::path& path() const noexcept { return path_; }
  // Closes the descriptor, reporting a failure (a delayed write error shows here).
  void close(const std::filesystem::path& target) {
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("cannot write", "nelze zapsat", target, errno);
  }
  void release() noexcept { path_.clear(); }

 private:
  int fd_;
  std::filesystem::path path_;
};

Temporary create_beside(const std::filesystem::path& target) {
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::random_device entropy;
  std::mt19937_64 random(entropy());
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[24];
    std::snprintf(suffix, sizeof suffix, ".%016llx.tmp", static_cast<unsigned long long>(random()));
    std::filesystem::path candidate = dir / ("." + target.filename().string() + suffix);
    int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) return Temporary(fd, candidate);
    if (errno != EEXIST) fail("cannot create a file beside", "nelze vytvořit soubor vedle", target, errno);
  }
  fail("cannot create a file beside", "nelze vytvořit soubor vedle", target, EEXIST);
}

void write_all(int fd, std::string_view text, const std::filesystem::path& target) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", "nelze zapsat", target, errno);
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

void replace_file(const std::filesystem::path& path,
                  const std::function<void(const std::function<void(std::string_view)>& sink)>& write) {
  struct stat existing {};
  bool exists = ::lstat(path.c_str(), &existing) == 0;
  if (!exists && errno != ENOENT) fail("cannot write", "nelze zapsat", path, errno);
  if (exists && !S_ISREG(existing.st_mode))
    throw Error(ErrorCode::io,
                "cannot write " + path.string() + ": it is not a regular file (a link, a device or a folder), and is not replaced",
                "nelze zapsat " + path.string() + ": není to obyčejný soubor (je to odkaz, zařízení nebo složka), proto se nenahrazuje");

  Temporary tmp = create_beside(path);
  if (exists && ::fchmod(tmp.fd(), existing.st_mode & 07777) != 0) fail("cannot keep the permissions of", "nelze zachovat oprávnění souboru", path, errno);
  write([&](std::string_view piece) { write_all(tmp.fd(), piece, path); });
  if (::fsync(tmp.fd()) != 0) fail("cannot write", "nelze zapsat", path, errno);
  tmp.close(path);
  if (::rename(tmp.path().c_str(), path.c_str()) != 0) fail("cannot replace", "nelze nahradit", path, errno);
  tmp.release();
  // The rename itself is durable once the directory is.
  std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

void replace_file(const std::filesystem::path& path, std::string_view text) {
  replace_file(path, [&](const auto& sink) { sink(text); });
}

}  // namespace inclusio
