#pragma once
// A system error (errno) as a Czech reader reads it. strerror speaks the C library's locale, which on
// a server is English whatever the user asked for; the errors a person meets reading and writing
// files are given in Czech, the rare rest as the C library words them.

#include <cerrno>
#include <cstring>
#include <string>

namespace inclusio::detail {

inline std::string system_error_cs(int error) {
  switch (error) {
    case ENOENT: return "soubor nebo složka neexistuje";
    case EACCES: return "přístup odepřen";
    case EPERM: return "operace není povolena";
    case EISDIR: return "je to složka";
    case ENOTDIR: return "část cesty není složka";
    case ENOSPC: return "na disku není místo";
    case EDQUOT: return "překročena disková kvóta";
    case EROFS: return "systém souborů je jen pro čtení";
    case EEXIST: return "soubor už existuje";
    case EMFILE:
    case ENFILE: return "otevřeno příliš mnoho souborů";
    case ENAMETOOLONG: return "název je příliš dlouhý";
    case EIO: return "chyba vstupu nebo výstupu";
    default: return std::strerror(error);
  }
}

}  // namespace inclusio::detail
