#pragma once
// Calendar dates ("YYYY-MM-DD", proleptic Gregorian) on Boost.Date_Time, and inclusive date ranges.

#include <inclusio/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace inclusio {

enum class DateProblem {
  none,
  malformed,   // not of the form YYYY-MM-DD with digits
  impossible,  // the form is right but the day does not exist (2021-02-30, 2023-13-01)
  out_of_range // a year outside 1400-9999, which Boost.Date_Time does not represent
};

class Date {
 public:
  Date() = default;  // 1970-01-01, so that containers of dates can be sized
  Date(int year, int month, int day);  // throws Error(invalid_argument) for an impossible date
  static Date parse(std::string_view text);  // throws Error(invalid_argument) with the reason
  static DateProblem try_parse(std::string_view text, Date& out) noexcept;
  static Date today();  // the local calendar date
  static Date from_gregorian(boost::gregorian::date d);  // throws for not_a_date_time

  int year() const noexcept { return static_cast<int>(d_.year()); }
  int month() const noexcept { return static_cast<int>(d_.month().as_number()); }
  int day() const noexcept { return static_cast<int>(d_.day().as_number()); }
  std::string to_string() const;  // "2016-01-01"
  std::string format_cs() const;  // "1. 1. 2016" with no-break spaces, as Czech text writes a date
  const boost::gregorian::date& gregorian() const noexcept { return d_; }

  Date add_days(std::int64_t days) const;
  Date add_months(int months) const;  // end-of-month clamps: 2024-01-31 + 1 month = 2024-02-29
  // Days from this date to `other` (negative when `other` is earlier).
  std::int64_t days_until(const Date& other) const noexcept;

  friend bool operator==(const Date& a, const Date& b) noexcept { return a.d_ == b.d_; }
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) noexcept {
    return a.d_ < b.d_ ? std::strong_ordering::less
           : b.d_ < a.d_ ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

 private:
  explicit Date(boost::gregorian::date d) : d_(d) {}
  boost::gregorian::date d_{1970, 1, 1};
  friend class DateRange;
};

// An inclusive range of days: both ends belong to it. A one-day range has start == end.
class DateRange {
 public:
  DateRange(Date start, Date end);  // throws Error(invalid_argument) when start > end
  const Date& start() const noexcept { return start_; }
  const Date& end() const noexcept { return end_; }
  bool contains(const Date& d) const noexcept { return start_ <= d && d <= end_; }
  bool contains(const DateRange& r) const noexcept { return start_ <= r.start_ && r.end_ <= end_; }
  bool overlaps(const DateRange& r) const noexcept { return start_ <= r.end_ && r.start_ <= end_; }
  std::int64_t days() const noexcept { return start_.days_until(end_) + 1; }
  std::string to_string() const { return start_.to_string() + " – " + end_.to_string(); }  // "2016-01-01 – 2022-12-31"
  std::string format_cs() const { return start_.format_cs() + " – " + end_.format_cs(); }  // "1. 1. 2016 – 31. 12. 2022"
  friend bool operator==(const DateRange&, const DateRange&) = default;

 private:
  Date start_;
  Date end_;
};

std::string_view describe(DateProblem problem) noexcept;

}  // namespace inclusio
