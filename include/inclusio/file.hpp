#pragma once
// Replacing a file safely: what the library and its tool write to a path goes through here.

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace inclusio {

// Writes a new file at `path` through `write` (called with a sink that takes the text in pieces) and
// puts it in place of the old one in one step: a reader sees the old file or the whole new one, never
// a part. The text goes to a new file created exclusively beside the target (never through a link,
// never over a file of the user's); it keeps the mode of the file it replaces (a new file gets 0666
// less the umask) and is flushed to disk with its directory. A target that exists and is not a
// regular file (a link, a device, a directory) is refused. Any failure leaves the old file as it was,
// removes the new one and throws Error(io) naming the path and the system's reason.
void replace_file(const std::filesystem::path& path, const std::function<void(const std::function<void(std::string_view)>& sink)>& write);
// The same with the whole text at once.
void replace_file(const std::filesystem::path& path, std::string_view text);

}  // namespace inclusio
