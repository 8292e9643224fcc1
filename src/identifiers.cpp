#include "identifiers.hpp"

#include "czech.hpp"

#include <vector>

namespace inclusio::identifiers {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool digits(std::string_view s, std::size_t n) { return s.size() == n && all_digits(s); }

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

}  // namespace

int mod11_check_digit(std::string_view d) {
  int sum = 0;
  int weight = static_cast<int>(d.size()) + 1;
  for (char c : d) sum += (c - '0') * weight--;
  return (11 - sum % 11) % 10;
}

std::optional<Problem> check_ico(std::string_view ico) {
  if (!digits(ico, 8))
    return Problem{"is not 8 digits", "nemá 8 číslic"};
  int expected = mod11_check_digit(ico.substr(0, 7));
  if (ico[7] - '0' != expected)
    return Problem{"fails its checksum: the last digit should be " + std::to_string(expected),
                   "nesplňuje kontrolní součet: poslední číslice má být " + std::to_string(expected)};
  return std::nullopt;
}

std::optional<Problem> check_territory_code(TerritoryKind kind, std::string_view code) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto nuts_body = [](std::string_view s) {  // "CZ0" + region digit 1-8
    return s.size() >= 4 && s.substr(0, 3) == "CZ0" && s[3] >= '1' && s[3] <= '8';
  };
  switch (kind) {
    case TerritoryKind::municipality: {
      if (!digits(code, 6)) return Problem{"a municipality code is the 6-digit ČSÚ code", "kód obce je šestimístný kód ČSÚ"};
      int expected = mod11_check_digit(code.substr(0, 5));
      if (code[5] - '0' != expected)
        return Problem{"fails its check digit: the last digit should be " + std::to_string(expected),
                       "nesplňuje kontrolní číslici: poslední číslice má být " + std::to_string(expected)};
      return std::nullopt;
    }
    case TerritoryKind::orp:
      if (!digits(code, 4)) return Problem{"an ORP code is the 4-digit ČSÚ code", "kód ORP je čtyřmístný kód ČSÚ"};
      return std::nullopt;
    case TerritoryKind::district: {
      bool ok = code.size() == 6 && nuts_body(code) && code[4] >= '0' && code[4] <= '9' &&
                ((code[5] >= '0' && code[5] <= '9') || (code[5] >= 'A' && code[5] <= 'C'));
      if (!ok) return Problem{"a district code is its LAU 1 code, as in CZ0205", "kód okresu je kód LAU 1, například CZ0205"};
      return std::nullopt;
    }
    case TerritoryKind::region: {
      bool ok = code.size() == 5 && nuts_body(code) && code[4] >= '0' && code[4] <= '9';
      if (!ok) return Problem{"a region code is its NUTS 3 code, as in CZ020", "kód kraje je kód NUTS 3, například CZ020"};
      return std::nullopt;
    }
    case TerritoryKind::country:
      if (code.size() != 2 || !upper(code[0]) || !upper(code[1]))
        return Problem{"a country code is its ISO 3166-1 alpha-2 code, as in CZ", "kód státu je kód ISO 3166-1 alpha-2, například CZ"};
      return std::nullopt;
    default:
      return std::nullopt;  // other kinds have no official code form
  }
}

namespace {

enum class Period { p2007, p2014, p2021 };

struct Segment {
  bool (*matches)(std::string_view);
  const char* form;  // as an example
  const char* what_en;
  const char* what_cs;
};

bool seg_2007_1(std::string_view s) {
  auto p = split(s, '.');
  return p.size() == 3 && p[0] == "CZ" && p[1] == "1" && digits(p[2], 2);
}
bool seg_2007_2(std::string_view s) {
  auto p = split(s, '.');
  return p.size() == 3 && all_digits(p[0]) && all_digits(p[1]) && digits(p[2], 2);
}
bool seg_2007_3(std::string_view s) {
  auto p = split(s, '.');
  auto alnum = [](std::string_view x) {
    if (x.size() != 2) return false;
    for (char c : x)
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
  };
  return p.size() == 2 && alnum(p[0]) && digits(p[1], 5);
}
bool seg_2014_1(std::string_view s) {
  auto p = split(s, '.');
  return p.size() == 4 && p[0] == "CZ" && digits(p[1], 2) && all_digits(p[2]) && digits(p[3], 2);
}
bool seg_number_pair(std::string_view s) {
  auto p = split(s, '.');
  return p.size() == 2 && all_digits(p[0]) && all_digits(p[1]);
}
bool seg_call(std::string_view s) {
  auto p = split(s, '_');
  return p.size() == 2 && digits(p[0], 2) && digits(p[1], 3);
}
bool seg_serial(std::string_view s) { return digits(s, 7); }
bool seg_2021_1(std::string_view s) {
  auto p = split(s, '.');
  return p.size() == 4 && p[0] == "CZ" && digits(p[1], 2) && digits(p[2], 2) && digits(p[3], 2);
}
bool seg_2021_2(std::string_view s) { return digits(s, 2); }

struct Form {
  Period period;
  const char* name;
  const char* example;
  std::vector<Segment> segments;
};

const std::vector<Form>& forms() {
  static const std::vector<Form> f = {
      {Period::p2007, "2007–2013", "CZ.1.04/3.2.00/B4.00007",
       {{seg_2007_1, "CZ.1.04", "the programme, CZ.1. and two digits", "program, CZ.1. a dvě číslice"},
        {seg_2007_2, "3.2.00", "the priority axis and area of support, two numbers and two digits joined by dots",
         "prioritní osa a oblast podpory, dvě čísla a dvě číslice oddělené tečkami"},
        {seg_2007_3, "B4.00007", "the call and the serial number, two characters, a dot and five digits",
         "výzva a pořadové číslo, dva znaky, tečka a pět číslic"}}},
      {Period::p2014, "2014–2020", "CZ.03.2.63/0.0/0.0/15_030/0000605",
       {{seg_2014_1, "CZ.03.2.63", "the programme, axis and objective, CZ. and numbers joined by dots",
         "program, osa a cíl, CZ. a čísla oddělená tečkami"},
        {seg_number_pair, "0.0", "two numbers joined by a dot", "dvě čísla oddělená tečkou"},
        {seg_number_pair, "0.0", "two numbers joined by a dot", "dvě čísla oddělená tečkou"},
        {seg_call, "15_030", "the call, two digits, an underscore and three digits", "výzva, dvě číslice, podtržítko a tři číslice"},
        {seg_serial, "0000605", "the serial number, seven digits", "pořadové číslo, sedm číslic"}}},
      {Period::p2021, "2021–2027", "CZ.03.02.02/00/22_004/0000366",
       {{seg_2021_1, "CZ.03.02.02", "the programme, priority and objective, CZ. and three two-digit numbers",
         "program, priorita a cíl, CZ. a tři dvoumístná čísla"},
        {seg_2021_2, "00", "two digits", "dvě číslice"},
        {seg_call, "22_004", "the call, two digits, an underscore and three digits", "výzva, dvě číslice, podtržítko a tři číslice"},
        {seg_serial, "0000366", "the serial number, seven digits", "pořadové číslo, sedm číslic"}}},
  };
  return f;
}

struct ProgrammeForm {
  FundingSource programme;
  Period period;
  const char* prefix;  // the first segment's programme part
};

constexpr ProgrammeForm programme_forms[] = {
    {FundingSource::op_lzz, Period::p2007, "CZ.1.04"}, {FundingSource::iop, Period::p2007, "CZ.1.06"},
    {FundingSource::op_vk, Period::p2007, "CZ.1.07"},  {FundingSource::op_z, Period::p2014, "CZ.03"},
    {FundingSource::irop, Period::p2014, "CZ.06"},     {FundingSource::op_vvv, Period::p2014, "CZ.02"},
    {FundingSource::irop, Period::p2021, "CZ.06"},     {FundingSource::op_z_plus, Period::p2021, "CZ.03"},
    {FundingSource::op_jak, Period::p2021, "CZ.02"},
};

// The first wrong segment against one form, or nothing.
std::optional<Problem> against(const Form& form, const std::vector<std::string_view>& segs) {
  std::string form_en = std::string("the ") + form.name + " form is " + form.example;
  std::string form_cs = std::string("tvar z období ") + form.name + " je " + form.example;
  if (segs.size() != form.segments.size())
    return Problem{"has " + detail::english_count(segs.size(), "segment", "segments") + " separated by '/', " + form_en +
                       " with " + std::to_string(form.segments.size()),
                   "má " + detail::czech_count(segs.size(), "úsek oddělený", "úseky oddělené", "úseků oddělených") + " '/', " +
                       form_cs + " s " + detail::czech_count(form.segments.size(), "úsekem", "úseky", "úseky")};
  for (std::size_t i = 0; i < segs.size(); ++i) {
    const Segment& s = form.segments[i];
    if (!s.matches(segs[i]))
      return Problem{"segment " + std::to_string(i + 1) + " \"" + std::string(segs[i]) + "\" should be " + s.what_en +
                         ", as in " + s.form + " (" + form_en + ")",
                     "úsek " + std::to_string(i + 1) + " „" + std::string(segs[i]) + "“ má být " + s.what_cs +
                         ", například " + s.form + " (" + form_cs + ")"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Problem> check_registration_number(std::string_view number, std::optional<FundingSource> programme) {
  auto segs = split(number, '/');
  std::vector<const ProgrammeForm*> candidates;
  if (programme)
    for (const auto& pf : programme_forms)
      if (pf.programme == *programme) candidates.push_back(&pf);
  if (candidates.empty()) {
    // A programme without a registration form of its own (state budget, other ESF): any form may do.
    std::optional<Problem> first;
    for (const Form& f : forms()) {
      auto p = against(f, segs);
      if (!p) return std::nullopt;
      if (!first && f.segments.size() == segs.size()) first = p;
    }
    if (first) return first;
    return Problem{"matches none of the forms of 2007–2013 (CZ.1.04/3.2.00/B4.00007), 2014–2020 "
                   "(CZ.03.2.63/0.0/0.0/15_030/0000605) and 2021–2027 (CZ.03.02.02/00/22_004/0000366)",
                   "neodpovídá žádnému z tvarů období 2007–2013 (CZ.1.04/3.2.00/B4.00007), 2014–2020 "
                   "(CZ.03.2.63/0.0/0.0/15_030/0000605) a 2021–2027 (CZ.03.02.02/00/22_004/0000366)"};
  }
  // Of the programme's periods, judge by the one whose segment count fits (IROP spans two).
  const ProgrammeForm* pf = candidates.front();
  for (const ProgrammeForm* c : candidates)
    for (const Form& f : forms())
      if (f.period == c->period && f.segments.size() == segs.size()) pf = c;
  const Form* form = nullptr;
  for (const Form& f : forms())
    if (f.period == pf->period) form = &f;
  if (auto p = against(*form, segs)) return p;
  std::string_view prefix = pf->prefix;
  if (segs[0].substr(0, prefix.size()) != prefix || (segs[0].size() > prefix.size() && segs[0][prefix.size()] != '.'))
    return Problem{"segment 1 \"" + std::string(segs[0]) + "\" should start with " + std::string(prefix) + " for " +
                       std::string(to_code(*programme)),
                   "úsek 1 „" + std::string(segs[0]) + "“ má pro program " + std::string(to_code(*programme)) +
                       " začínat " + std::string(prefix)};
  return std::nullopt;
}

bool may_contain(TerritoryKind parent, TerritoryKind child) {
  using K = TerritoryKind;
  switch (child) {
    case K::country: return false;
    case K::region: return parent == K::country;
    case K::district: return parent == K::region;
    case K::orp: return parent == K::region || parent == K::district;
    case K::municipality:
      return parent == K::country || parent == K::region || parent == K::district || parent == K::orp ||
             parent == K::microregion || parent == K::local_action_group;
    case K::city_district: return parent == K::municipality;
    case K::microregion:
    case K::local_action_group:
      return parent == K::country || parent == K::region || parent == K::district || parent == K::orp;
    case K::locality:
      return parent == K::municipality || parent == K::city_district || parent == K::microregion ||
             parent == K::local_action_group;
  }
  return false;
}

}  // namespace inclusio::identifiers
