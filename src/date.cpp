#include <inclusio/date.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>
#include <string>

namespace inclusio {

namespace {
constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}
// Boost.Date_Time's representable years.
constexpr int min_year = 1400;
constexpr int max_year = 9999;
}  // namespace

DateProblem Date::try_parse(std::string_view t, Date& out) noexcept {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return DateProblem::malformed;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (t[i] < '0' || t[i] > '9') return DateProblem::malformed;
      parts[p] = parts[p] * 10 + (t[i] - '0');
    }
  int y = parts[0], m = parts[1], d = parts[2];
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return DateProblem::impossible;
  if (y < min_year || y > max_year) return DateProblem::out_of_range;
  out = Date(boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                    static_cast<unsigned short>(d)));
  return DateProblem::none;
}

std::string_view describe(DateProblem problem) noexcept {
  switch (problem) {
    case DateProblem::none: return "valid";
    case DateProblem::malformed: return "not a date of the form YYYY-MM-DD";
    case DateProblem::impossible: return "no such day in the calendar";
    case DateProblem::out_of_range: return "year outside 1400-9999";
  }
  return "invalid date";
}

Date::Date(int year, int month, int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99 ||
      try_parse(buf, *this) != DateProblem::none)
    throw Error(ErrorCode::invalid_argument, "not a valid date: " + std::to_string(year) + "-" +
                                                 std::to_string(month) + "-" + std::to_string(day));
}

Date Date::parse(std::string_view text) {
  Date d;
  DateProblem p = try_parse(text, d);
  if (p != DateProblem::none)
    throw Error(ErrorCode::invalid_argument, "invalid date \"" + std::string(text) + "\": " + std::string(describe(p)));
  return d;
}

Date Date::today() { return Date(boost::gregorian::day_clock::local_day()); }

Date Date::from_gregorian(boost::gregorian::date d) {
  if (d.is_special()) throw Error(ErrorCode::invalid_argument, "not a calendar date");
  return Date(d);
}

std::string Date::to_string() const {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

std::string Date::format_cs() const {
  return std::to_string(day()) + ".\u00A0" + std::to_string(month()) + ".\u00A0" + std::to_string(year());
}

Date Date::add_days(std::int64_t days) const {
  try {
    auto r = d_ + boost::gregorian::date_duration(static_cast<long>(days));
    if (r.is_special()) throw std::out_of_range("special");
    return Date(r);
  } catch (const std::out_of_range&) {
    throw Error(ErrorCode::overflow, "date " + to_string() + " plus " + std::to_string(days) + " days is out of range");
  }
}

Date Date::add_months(int months) const {
  long total = static_cast<long>(year()) * 12 + (month() - 1) + months;
  long y = total / 12, m = total % 12 + 1;
  if (y < min_year || y > max_year)
    throw Error(ErrorCode::overflow, "date " + to_string() + " plus " + std::to_string(months) + " months is out of range");
  int d = std::min(day(), days_in_month(static_cast<int>(y), static_cast<int>(m)));
  return Date(static_cast<int>(y), static_cast<int>(m), d);
}

std::int64_t Date::days_until(const Date& other) const noexcept { return (other.d_ - d_).days(); }

DateRange::DateRange(Date start, Date end) : start_(start), end_(end) {
  if (end < start)
    throw Error(ErrorCode::invalid_argument, "period starts " + start.to_string() + " after it ends " + end.to_string());
}

}  // namespace inclusio
