#include <inclusio/entities.hpp>

namespace inclusio {

bool is_valid_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<DateRange> Period::range() const {
  if (!start.valid() || !end.valid() || *end.get() < *start.get()) return std::nullopt;
  return DateRange(*start.get(), *end.get());
}

std::optional<Date> Observation::as_of_date() const {
  if (const Date* d = date.get()) return *d;
  if (const Period* p = period.get())
    if (const Date* e = p->end.get()) return *e;
  return std::nullopt;
}

}  // namespace inclusio
