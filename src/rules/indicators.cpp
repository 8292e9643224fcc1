// I001-I017: baselines and targets exist, values fit the indicator's measure, unit and scale, shares
// agree with their counts, targets point the way the indicator should move; and monitoring: targets
// passed unmet, reporting overdue, breakdowns within their declared categories and adding up.

#include "rules.hpp"

#include <inclusio/progress.hpp>

#include "../emitter.hpp"

#include <algorithm>
#include <limits>

namespace inclusio::rules {

constexpr RuleInfo I001{"I001", Severity::warning,
    "Indicator without baseline", "Indikátor bez výchozí hodnoty",
    "Without a baseline, progress cannot be measured: the evaluations of the methodology ask for the "
    "starting state of every indicator.",
    "Bez výchozí hodnoty nelze měřit pokrok: evaluace podle metodiky vyžadují výchozí stav každého "
    "indikátoru."};

constexpr RuleInfo I002{"I002", Severity::warning,
    "Indicator without target", "Indikátor bez cílové hodnoty",
    "An indicator without a target says what is counted but not what the plan wants to achieve (context "
    "indicators are exempt).",
    "Indikátor bez cílové hodnoty říká, co se počítá, ale ne, čeho chce plán dosáhnout (kontextové "
    "indikátory jsou výjimkou)."};

constexpr RuleInfo I003{"I003", Severity::error,
    "Percentage outside 0–100", "Procento mimo rozsah 0–100",
    "A share in percent lies between 0 and 100; anything else is a count entered as a share or a typo.",
    "Podíl v procentech leží mezi 0 a 100; cokoli jiného je počet zapsaný jako podíl nebo překlep."};

constexpr RuleInfo I004{"I004", Severity::error,
    "Count that is not a non-negative whole number", "Počet, který není nezáporné celé číslo",
    "Persons, households, jobs, events, documents and housing units are counted in whole, non-negative "
    "numbers.",
    "Osoby, domácnosti, pracovní místa, akce, dokumenty a bytové jednotky se počítají v nezáporných "
    "celých číslech."};

constexpr RuleInfo I005{"I005", Severity::warning,
    "Target against the direction of change", "Cílová hodnota proti směru změny",
    "An indicator meant to increase needs a target above its baseline, one meant to decrease a target "
    "below it; otherwise direction, baseline or target is wrong.",
    "Indikátor, který má růst, potřebuje cílovou hodnotu nad výchozí, a který má klesat, pod ní; jinak je "
    "chybný směr, výchozí nebo cílová hodnota."};

constexpr RuleInfo I006{"I006", Severity::info,
    "Target already met at baseline", "Cílová hodnota splněna už na začátku",
    "A target the baseline already satisfies asks for no change; it may be intended (maintaining a state) "
    "but is worth a second look.",
    "Cílová hodnota, kterou splňuje už výchozí stav, nežádá žádnou změnu; může to být záměr (udržení "
    "stavu), ale stojí za kontrolu."};

constexpr RuleInfo I007{"I007", Severity::error,
    "Share and count inconsistent with the denominator", "Podíl a počet neodpovídají jmenovateli",
    "\"Min. 75 % of 40 units, i.e. 30\": the share and the count must agree within half a percentage point "
    "(75 % of 40 is 30, not 29).",
    "„Min. 75 % ze 40 celků, tj. 30“: podíl a počet se musí shodovat s tolerancí půl procentního bodu "
    "(75 % ze 40 je 30, ne 29)."};

constexpr RuleInfo I008{"I008", Severity::error,
    "Value of the wrong type for the measure", "Hodnota nesprávného typu pro druh měření",
    "Quantities and percentages are numbers; ordinal ratings and qualitative findings are text. A value of "
    "the other type cannot be aggregated or compared.",
    "Množství a podíly jsou čísla; pořadová hodnocení a kvalitativní zjištění jsou text. Hodnotu jiného "
    "typu nelze agregovat ani porovnat."};

constexpr RuleInfo I009{"I009", Severity::error,
    "Two observations for the same date and dimensions", "Dvě pozorování pro stejné datum a členění",
    "Each date or period has one observation per breakdown; two make the current value ambiguous and "
    "double a cumulative sum.",
    "Každé datum nebo období má v daném členění jedno pozorování; dvě činí aktuální hodnotu nejednoznačnou "
    "a zdvojí kumulativní součet."};

constexpr RuleInfo I010{"I010", Severity::error,
    "Ordinal value outside the indicator's scale", "Pořadová hodnota mimo stupnici indikátoru",
    "Ordinal ratings (\"very successful\" ... \"unsuccessful\") must be labels of the indicator's scale to be "
    "ranked.",
    "Pořadová hodnocení („velmi úspěšné“ … „neúspěšné“) musí být stupni stupnice indikátoru, aby je "
    "šlo seřadit."};

constexpr RuleInfo I011{"I011", Severity::warning,
    "Targets of a cumulative indicator decrease over time",
    "Cílové hodnoty kumulativního indikátoru v čase klesají",
    "A cumulative total never falls: a later target below an earlier one means a typo or an indicator that "
    "is not cumulative.",
    "Kumulativní součet nikdy neklesá: pozdější cílová hodnota nižší než dřívější znamená překlep nebo "
    "indikátor, který není kumulativní."};

constexpr RuleInfo I012{"I012", Severity::error,
    "Denominator not positive", "Jmenovatel není kladný",
    "A share is a count out of a denominator: the number of units, households or persons it is taken of. "
    "A denominator of zero or below makes every share and count derived from it meaningless (a report "
    "would show a negative count of persons).",
    "Podíl je počet z jmenovatele, tedy z počtu jednotek, domácností nebo osob, z něhož se bere. Jmenovatel "
    "nulový nebo záporný činí každý podíl a počet z něj odvozený nesmyslným (přehled by ukázal záporný "
    "počet osob)."};

constexpr RuleInfo I013{"I013", Severity::error,
    "Sum of values or counts overflows", "Součet hodnot nebo počtů přetéká",
    "Progress and reports add an indicator's values (and a portfolio's persons and jobs) exactly in 64 "
    "bits; values whose sum may exceed that range (about 9.2 trillion for indicator values) cannot be "
    "real. They are reported here, and reports show such a sum as overflowing instead of a wrong number.",
    "Pokrok a přehledy sčítají hodnoty indikátoru (a osoby a pracovní místa portfolia) přesně v 64 bitech; "
    "hodnoty, jejichž součet může tento rozsah překročit (u hodnot indikátorů zhruba 9,2 bilionu), nemohou "
    "být skutečné. Hlásí se zde a přehledy takový součet ukazují jako přetečení místo chybného čísla."};

constexpr RuleInfo I014{"I014", Severity::warning,
    "Target not met by its date", "Cílová hodnota k termínu nesplněna",
    "A milestone whose date has passed and that the values did not reach then (nor since) is a missed "
    "milestone, as SFC2021 checks them in 2024: the plan is off track whatever a later target says.",
    "Milník, jehož termín uplynul a hodnoty ho tehdy (ani od té doby) nedosáhly, je zmeškaný milník, jak je "
    "SFC2021 kontroluje v roce 2024: plán se neplní, ať říká pozdější cílová hodnota cokoli."};

constexpr RuleInfo I015{"I015", Severity::warning,
    "Reporting overdue", "Vykazování v prodlení",
    "An indicator reported monthly, quarterly, half-yearly or yearly has a value for the period before the "
    "last complete one (one period of grace); without it, its status rests on stale data.",
    "Indikátor vykazovaný měsíčně, čtvrtletně, pololetně nebo ročně má hodnotu za období před posledním "
    "uzavřeným (jedno období na zpracování); bez ní se jeho stav opírá o zastaralá data."};

constexpr RuleInfo I016{"I016", Severity::error,
    "Dimension value not declared by the indicator", "Hodnota členění, kterou indikátor nedeklaruje",
    "An indicator that declares its disaggregations (gender: female, male, non-binary) takes only those "
    "categories; any other spelling splits a category in two and breaks sums and reports by category.",
    "Indikátor, který deklaruje svá členění (pohlaví: ženy, muži, nebinární), přijímá jen tyto kategorie; "
    "jiný zápis rozdělí kategorii na dvě a pokazí součty i přehledy po kategoriích."};

constexpr RuleInfo I017{"I017", Severity::error,
    "Categories do not sum to the total", "Kategorie nedávají v součtu celek",
    "Where a total and every category of one declared dimension are reported for the same date or period, "
    "the categories of a quantity add up to the total exactly (women + men + non-binary = persons).",
    "Kde je za stejné datum nebo období vykázán celek i všechny kategorie jednoho deklarovaného členění, "
    "kategorie množství dávají přesně celek (ženy + muži + nebinární = osoby)."};

namespace {

// 128-bit products keep share checks exact for every value a Decimal holds.
__extension__ using Wide = __int128;

std::optional<IndicatorMeasure> measure_of(const Context& ctx) {
  if (!ctx.indicator || !ctx.indicator->measure.valid()) return std::nullopt;
  return *ctx.indicator->measure;
}

bool is_percentage(const Context& ctx) {
  auto m = measure_of(ctx);
  bool percent_unit = ctx.indicator && ctx.indicator->unit.valid() && *ctx.indicator->unit == Unit::percent;
  return (m && *m == IndicatorMeasure::percentage) || percent_unit;
}

const Decimal* number(const Field<IndicatorValue>& v) {
  const IndicatorValue* iv = v.get();
  return iv ? iv->number() : nullptr;
}

// I008, I003, I004, I010 on the value of a baseline, target or observation (at `record`).
void check_value(const Field<IndicatorValue>& field, const std::string& record, Context& ctx) {
  // The pointer is built only for a finding: this runs for every observation of an archive.
  auto pointer = [&] { return record + "/value"; };
  const IndicatorValue* v = field.get();
  auto measure = measure_of(ctx);
  if (!v || !measure) return;
  bool numeric_measure = *measure == IndicatorMeasure::quantity || *measure == IndicatorMeasure::percentage;
  const Decimal* n = v->number();
  const std::string* text = v->text();
  if (numeric_measure && text) {
    ctx.add(I008, pointer(), "a " + std::string(to_code(*measure)) + " indicator needs a number, not the text \"" + *text + "\"",
            "indikátor typu " + std::string(label_cs(*measure)) + " potřebuje číslo, ne text „" + *text + "“");
    return;
  }
  if (!numeric_measure && n) {
    ctx.add(I008, pointer(),
            "an " + std::string(to_code(*measure)) + " indicator needs a text value, not the number " + Context::num_en(*n),
            "indikátor typu " + std::string(label_cs(*measure)) + " potřebuje textovou hodnotu, ne číslo " + Context::num_cs(*n));
    return;
  }
  if (n && is_percentage(ctx) && (*n < Decimal::from_integer(0) || *n > Decimal::from_integer(100)))
    ctx.add(I003, pointer(), "the percentage " + Context::num_en(*n) + " is outside 0–100",
            "procento " + Context::num_cs(*n) + " je mimo rozsah 0–100");
  if (n && *measure == IndicatorMeasure::quantity && ctx.indicator->unit.valid() && counted_in_whole_numbers(*ctx.indicator->unit) &&
      (!n->is_integer() || *n < Decimal::from_integer(0)))
    ctx.add(I004, pointer(),
            Context::num_en(*n) + " " + std::string(label_en(*ctx.indicator->unit)) + " is not a non-negative whole number",
            Context::num_cs(*n) + " (" + std::string(label_cs(*ctx.indicator->unit)) + ") není nezáporné celé číslo");
  if (text && *measure == IndicatorMeasure::ordinal) {
    const auto* scale = ctx.indicator->scale.get();
    if (!scale || scale->empty()) return;
    bool found = false;
    std::string labels;
    for (const auto& s : valid_elements(ctx.indicator->scale)) {
      found = found || s == *text;
      labels += (labels.empty() ? "" : ", ") + s;
    }
    if (!found)
      ctx.add(I010, pointer(), "\"" + *text + "\" is not on the indicator's scale: " + labels,
              "„" + *text + "“ není na stupnici indikátoru: " + labels);
  }
}

// I007: share value and count agree with the denominator within half a percentage point: the
// observation's own denominator when it has one, else the indicator's.
void check_share(const Field<IndicatorValue>& value, const Field<Decimal>& count, const std::string& pointer, Context& ctx,
                 const Field<Decimal>& own_denominator = Field<Decimal>{}) {
  const Decimal* v = number(value);
  const Decimal* c = count.get();
  if (!v || !c || !is_percentage(ctx)) return;
  const Decimal* d = own_denominator.get();
  if (!d && ctx.indicator->denominator.valid()) d = ctx.indicator->denominator->value.get();
  if (!d || d->scaled() <= 0) return;
  // |value·den − 100·count| ≤ 0.5·den, exactly, in units of 10^-12.
  Wide lhs = static_cast<Wide>(v->scaled()) * d->scaled();
  Wide rhs = static_cast<Wide>(c->scaled()) * 100 * Decimal::scale;
  Wide diff = lhs > rhs ? lhs - rhs : rhs - lhs;
  Wide tolerance = static_cast<Wide>(d->scaled()) * Decimal::scale / 2;
  if (diff > tolerance) {
    Decimal expected = Decimal::from_scaled(static_cast<std::int64_t>(lhs / (100 * Decimal::scale)));
    ctx.add(I007, pointer + "/count",
            Context::num_en(*v) + " % of " + Context::num_en(*d) + " is " + Context::num_en(expected) + ", not " +
                Context::num_en(*c),
            Context::num_cs(*v) + " % z " + Context::num_cs(*d) + " je " + Context::num_cs(expected) + ", ne " +
                Context::num_cs(*c));
  }
}

std::string dimension_pointer(const std::string& record, std::string_view name) {
  std::string out = record + "/dimensions";
  detail::push_segment(out, name);
  return out;
}

// I016: dimensions within the indicator's declared categories (when it declares them).
void check_dimensions(const Field<Dimensions>& field, const std::string& pointer, Context& ctx) {
  const Dimensions* dims = field.get();
  const DimensionCategories* declared = ctx.indicator ? ctx.indicator->dimensions.get() : nullptr;
  if (!dims || !declared) return;
  for (const auto& [name, value] : *dims) {
    const std::vector<std::string>* categories = declared->find(name);
    if (!categories) {
      ctx.add(I016, dimension_pointer(pointer, name),
              "the indicator declares no dimension \"" + name + "\"",
              "indikátor nedeklaruje členění „" + name + "“");
    } else if (std::find(categories->begin(), categories->end(), value) == categories->end()) {
      std::string en, cs;
      for (const std::string& c : *categories) {
        en += (en.empty() ? "\"" : ", \"") + c + "\"";
        cs += (cs.empty() ? "„" : ", „") + c + "“";
      }
      ctx.add(I016, dimension_pointer(pointer, name),
              "\"" + value + "\" is not a category of \"" + name + "\": " + en,
              "„" + value + "“ není kategorie členění „" + name + "“: " + cs);
    }
  }
}

// What makes two observations the same (I009): their date or period (as day numbers), and their
// dimensions in any order. No text is built: this runs for every observation of an archive.
struct ObservationKey {
  char kind = 0;  // 'd' a date, 'p' a period
  std::int64_t first_day = 0, last_day = 0;
  const std::vector<Dimensions::value_type>* dimensions = nullptr;  // sorted by name and value

  friend bool operator==(const ObservationKey& a, const ObservationKey& b) {
    return a.kind == b.kind && a.first_day == b.first_day && a.last_day == b.last_day &&
           (a.dimensions == b.dimensions || *a.dimensions == *b.dimensions);
  }
  friend bool operator<(const ObservationKey& a, const ObservationKey& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.first_day != b.first_day) return a.first_day < b.first_day;
    if (a.last_day != b.last_day) return a.last_day < b.last_day;
    return a.dimensions != b.dimensions && *a.dimensions < *b.dimensions;
  }
};

// The key of an observation with a date or a period; `sorted` keeps dimensions not written in
// sorted order, sorted.
std::optional<ObservationKey> observation_key(const Observation& o,
                                              std::vector<std::vector<Dimensions::value_type>>& sorted) {
  static const Date epoch(1970, 1, 1);
  static const std::vector<Dimensions::value_type> no_dimensions;
  ObservationKey key;
  if (const Date* d = o.date.get()) {
    key.kind = 'd';
    key.first_day = key.last_day = epoch.days_until(*d);
  } else if (auto range = o.period.valid() ? o.period->range() : std::nullopt) {
    key.kind = 'p';
    key.first_day = epoch.days_until(range->start());
    key.last_day = epoch.days_until(range->end());
  } else {
    return std::nullopt;
  }
  key.dimensions = &no_dimensions;
  if (const Dimensions* dims = o.dimensions.get()) {
    if (std::is_sorted(dims->begin(), dims->end())) {
      key.dimensions = &dims->items();
    } else {
      sorted.push_back(dims->items());
      std::sort(sorted.back().begin(), sorted.back().end());
      key.dimensions = &sorted.back();
    }
  }
  return key;
}

}  // namespace

namespace {
// I013: the values of an indicator are summed by progress in any order (per date, then across dates):
// when the sum of their magnitudes fits, no partial sum can overflow. Reported at the value where it
// stops fitting.
void sum_of_values(const Indicator& ind, P pointer, Context& ctx) {
  std::int64_t magnitude = 0;
  // `at` makes the value's pointer, for a finding only: this runs for every observation of an archive.
  auto add = [&](const Field<IndicatorValue>& value, auto at) {
    const Decimal* d = number(value);
    if (!d) return true;
    std::int64_t v = d->scaled();
    if (v == std::numeric_limits<std::int64_t>::min() || __builtin_add_overflow(magnitude, v < 0 ? -v : v, &magnitude)) {
      ctx.add(I013, at(), "the indicator's values sum beyond the range of exact decimals (about ±9.2·10^12)",
              "součet hodnot indikátoru překračuje rozsah přesných desetinných čísel (zhruba ±9,2·10^12)");
      return false;
    }
    return true;
  };
  if (const Baseline* b = ind.baseline.get(); b && !add(b->value, [&] { return pointer + "/baseline/value"; })) return;
  if (const auto* observations = ind.observations.get())
    for (std::size_t i = 0; i < observations->size(); ++i)
      if (const Observation* o = (*observations)[i].get())
        if (!add(o->value, [&] { return pointer + "/observations/" + std::to_string(i) + "/value"; })) return;
}
}  // namespace

// I013 for a portfolio's persons and jobs, as the summary adds them up.
void indicator_rules(const Project& p, P pointer, Context& ctx) {
  auto it = ctx.facts.overflowing_sums.find(&p);
  if (it == ctx.facts.overflowing_sums.end()) return;
  for (const auto& sum : it->second)
    if (!sum.amounts)
      ctx.add(I013, pointer + "/" + sum.member, "the portfolio's sum of these counts overflows from here on",
              "součet těchto počtů za portfolio od tohoto počtu přetéká");
}

namespace {

// I014 and I015, from the indicator's progress as of the validation day: the targets passed unmet
// (for the total and for each category a target is set for), and the period reporting is overdue for.
void monitoring(const Indicator& ind, P pointer, Context& ctx) {
  std::vector<Dimensions> groups;  // the categories targets are set for, the total first
  bool any_passed = false;
  for (const Target& t : valid_elements(ind.targets)) {
    if (!t.date.valid() || *t.date > ctx.as_of || t.dimensions.is_invalid()) continue;
    any_passed = true;
    Dimensions dims = t.dimensions.valid() ? *t.dimensions : Dimensions{};
    if (std::find(groups.begin(), groups.end(), dims) == groups.end()) groups.push_back(std::move(dims));
  }
  bool frequency = ind.reporting_frequency.valid();
  if (!any_passed && !frequency) return;
  if (frequency && std::find(groups.begin(), groups.end(), Dimensions{}) == groups.end()) groups.insert(groups.begin(), Dimensions{});
  for (const Dimensions& dims : groups) {
    ProgressOptions options;
    options.as_of = ctx.as_of;
    options.dimensions = dims;
    IndicatorProgress p = indicator_progress(ind, options);
    for (const auto& missed : p.missed_targets) {
      const Target& t = *(*ind.targets)[missed.index];
      // A rating or a finding (ordinal, qualitative) is named as written, not by its position.
      const std::string* word = t.value.valid() ? t.value->text() : nullptr;
      bool worded = word != nullptr;
      std::string goal_en = worded ? Context::quoted(*word) : Context::num_en(*missed.target);
      std::string goal_cs = worded ? "„" + *word + "“" : Context::num_cs(*missed.target);
      std::string then_en = worded          ? "it was not reached by then, nor since"
                            : missed.value ? "the value to date then was " + Context::num_en(*missed.value)
                                           : "nothing had been reported by then";
      std::string then_cs = worded          ? "do toho dne ani později jí nebylo dosaženo"
                            : missed.value ? "hodnota k tomu dni byla " + Context::num_cs(*missed.value)
                                           : "do té doby nebylo nic vykázáno";
      ctx.add(I014, pointer + "/targets/" + std::to_string(missed.index),
              "the target " + goal_en + " due " + missed.date.to_string() + " was not met: " + then_en,
              "cílová hodnota " + goal_cs + " k " + missed.date.format_cs() + " nebyla splněna: " + then_cs);
    }
    if (dims.empty() && p.overdue_period) {
      ReportingFrequency f = *ind.reporting_frequency;
      Date due_by = reporting_period(p.overdue_period->end().add_days(1), f).end();
      ctx.add(I015, pointer + "/reporting_frequency",
              "nothing reported for " + p.overdue_period->to_string() + " (" + std::string(label_en(f)) +
                  "), due by " + due_by.to_string(),
              "za období " + p.overdue_period->format_cs() + " nebylo nic vykázáno (vykazuje se " +
                  std::string(label_cs(f)) + "), termín byl " + due_by.format_cs());
    }
  }
}

// I017: where a total and every category of one declared dimension are reported for the same date or
// period, the categories of a quantity sum to the total exactly.
void categories_sum_to_total(const Indicator& ind, P pointer, Context& ctx) {
  const DimensionCategories* declared = ind.dimensions.get();
  const auto* observations = ind.observations.get();
  if (!declared || !observations || !ind.measure.valid() || *ind.measure != IndicatorMeasure::quantity) return;
  struct Keyed {
    ObservationKey when;
    std::size_t index;
  };
  std::vector<std::vector<Dimensions::value_type>> sorted;
  sorted.reserve(observations->size());
  std::vector<Keyed> keyed;
  for (std::size_t i = 0; i < observations->size(); ++i)
    if (const Observation* o = (*observations)[i].get(); o && number(o->value))
      if (auto key = observation_key(*o, sorted)) keyed.push_back({*key, i});
  auto same_time = [](const ObservationKey& a, const ObservationKey& b) {
    return a.kind == b.kind && a.first_day == b.first_day && a.last_day == b.last_day;
  };
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.when.kind, a.when.first_day, a.when.last_day) < std::tie(b.when.kind, b.when.first_day, b.when.last_day);
  });
  for (std::size_t from = 0; from < keyed.size();) {
    std::size_t to = from;
    while (to < keyed.size() && same_time(keyed[to].when, keyed[from].when)) ++to;
    const Observation* total = nullptr;
    std::size_t total_index = 0;
    for (std::size_t k = from; k < to; ++k)
      if (keyed[k].when.dimensions->empty() && !total) {
        total = (*observations)[keyed[k].index].get();
        total_index = keyed[k].index;
      }
    if (!total) {
      from = to;
      continue;
    }
    for (const auto& [name, categories] : *declared) {
      std::vector<const Decimal*> values(categories.size(), nullptr);
      for (std::size_t k = from; k < to; ++k) {
        const auto& dims = *keyed[k].when.dimensions;
        if (dims.size() != 1 || dims[0].first != name) continue;
        auto at = std::find(categories.begin(), categories.end(), dims[0].second);
        if (at != categories.end()) values[static_cast<std::size_t>(at - categories.begin())] = number((*observations)[keyed[k].index]->value);
      }
      if (categories.empty() || std::find(values.begin(), values.end(), nullptr) != values.end()) continue;
      std::int64_t sum = 0;
      bool overflow = false;
      for (const Decimal* v : values) overflow = overflow || __builtin_add_overflow(sum, v->scaled(), &sum);
      const Decimal& whole = *number(total->value);
      if (overflow || sum != whole.scaled()) {
        std::string sum_en = overflow ? "beyond the range of exact decimals" : Context::num_en(Decimal::from_scaled(sum));
        std::string sum_cs = overflow ? "mimo rozsah přesných desetinných čísel" : Context::num_cs(Decimal::from_scaled(sum));
        ctx.add(I017, pointer + "/observations/" + std::to_string(total_index) + "/value",
                "the categories of \"" + name + "\" sum to " + sum_en + ", but the total is " + Context::num_en(whole),
                "kategorie členění „" + name + "“ dávají součet " + sum_cs + ", ale celkem je " + Context::num_cs(whole));
      }
    }
    from = to;
  }
}

}  // namespace

void indicator_rules(const Indicator& ind, P pointer, Context& ctx) {
  sum_of_values(ind, pointer, ctx);
  monitoring(ind, pointer, ctx);
  categories_sum_to_total(ind, pointer, ctx);
  if (const Denominator* d = ind.denominator.get())
    if (const Decimal* v = d->value.get(); v && v->scaled() <= 0)
      ctx.add(I012, pointer + "/denominator/value", "the denominator " + Context::num_en(*v) + " is not positive",
              "jmenovatel " + Context::num_cs(*v) + " není kladný");
  if (!ind.baseline.present())
    ctx.add(I001, pointer, "the indicator has no baseline", "indikátor nemá výchozí hodnotu");
  bool context = ind.kind.valid() && *ind.kind == IndicatorKind::context;
  if (!context && (!ind.targets.present() || (ind.targets.valid() && ind.targets->empty())))
    ctx.add(I002, pointer, "the indicator has no target", "indikátor nemá cílovou hodnotu");

  // I011: targets of a cumulative indicator, by date, never decrease.
  if (ind.aggregation.valid() && *ind.aggregation == Aggregation::cumulative && ind.targets.valid()) {
    std::vector<std::pair<Date, std::size_t>> dated;
    const auto& targets = *ind.targets;
    for (std::size_t i = 0; i < targets.size(); ++i)
      if (const Target* t = targets[i].get(); t && t->date.valid() && number(t->value)) dated.emplace_back(*t->date, i);
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 1; k < dated.size(); ++k) {
      const Decimal& before = *number(targets[dated[k - 1].second]->value);
      const Decimal& after = *number(targets[dated[k].second]->value);
      if (after < before)
        ctx.add(I011, pointer + "/targets/" + std::to_string(dated[k].second) + "/value",
                "the cumulative target " + Context::num_en(after) + " by " + dated[k].first.to_string() +
                    " is below the earlier " + Context::num_en(before) + " by " + dated[k - 1].first.to_string(),
                "kumulativní cílová hodnota " + Context::num_cs(after) + " k " + dated[k].first.format_cs() +
                    " je nižší než dřívější " + Context::num_cs(before) + " k " + dated[k - 1].first.format_cs());
    }
  }

  // I009: one observation per date or period and dimensions. Keys are sorted rather than hashed: an
  // indicator has tens of observations, and a national archive a million.
  if (const auto* observations = ind.observations.get()) {
    std::vector<std::vector<Dimensions::value_type>> sorted;
    sorted.reserve(observations->size());  // keys point into it: it must not reallocate
    std::vector<std::pair<ObservationKey, std::size_t>> keyed;
    keyed.reserve(observations->size());
    for (std::size_t i = 0; i < observations->size(); ++i)
      if (const Observation* o = (*observations)[i].get())
        if (auto key = observation_key(*o, sorted)) keyed.emplace_back(*key, i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (observation, the first with its key)
    for (std::size_t k = 1; k < keyed.size(); ++k) {
      std::size_t first = k - 1;
      while (k < keyed.size() && keyed[k].first == keyed[first].first) repeats.emplace_back(keyed[k++].second, keyed[first].second);
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto& [i, first] : repeats)
      ctx.add(I009, pointer + "/observations/" + std::to_string(i),
              "a second observation for the same date and dimensions as /observations/" + std::to_string(first),
              "druhé pozorování pro stejné datum a členění jako /observations/" + std::to_string(first));
  }
}

void indicator_rules(const Baseline& b, P pointer, Context& ctx) { check_value(b.value, pointer, ctx); }

void indicator_rules(const Target& t, P pointer, Context& ctx) {
  check_value(t.value, pointer, ctx);
  check_dimensions(t.dimensions, pointer, ctx);
  check_share(t.value, t.count, pointer, ctx);
  // I005, I006: against the baseline, for numbers.
  const Decimal* target = number(t.value);
  const Baseline* b = ctx.indicator && ctx.indicator->baseline.valid() ? ctx.indicator->baseline.get() : nullptr;
  const Decimal* base = b ? number(b->value) : nullptr;
  if (!target || !base || !ctx.indicator->direction.valid()) return;
  Direction dir = *ctx.indicator->direction;
  bool against = (dir == Direction::increase && *target <= *base) || (dir == Direction::decrease && *target >= *base);
  if (against) {
    ctx.add(I005, pointer + "/value",
            "the indicator should " + std::string(to_code(dir)) + ", but the target " + Context::num_en(*target) +
                " is " + (dir == Direction::increase ? "not above" : "not below") + " the baseline " + Context::num_en(*base),
            "indikátor má směr " + std::string(label_cs(dir)) + ", ale cílová hodnota " + Context::num_cs(*target) +
                (dir == Direction::increase ? " není vyšší než" : " není nižší než") + " výchozí " + Context::num_cs(*base));
    return;
  }
  Comparison cmp = t.comparison.valid() ? *t.comparison
                   : dir == Direction::decrease ? Comparison::at_most
                   : dir == Direction::maintain ? Comparison::exactly
                                                : Comparison::at_least;
  bool met = cmp == Comparison::at_least ? *base >= *target : cmp == Comparison::at_most ? *base <= *target : *base == *target;
  if (met)
    ctx.add(I006, pointer + "/value",
            "the baseline " + Context::num_en(*base) + " already meets the target " + Context::num_en(*target),
            "výchozí hodnota " + Context::num_cs(*base) + " už splňuje cílovou hodnotu " + Context::num_cs(*target));
}

void indicator_rules(const Observation& o, P pointer, Context& ctx) {
  check_value(o.value, pointer, ctx);
  check_share(o.value, o.count.field(), pointer, ctx, o.denominator.field());
  check_dimensions(o.dimensions, pointer, ctx);
}

std::span<const RuleInfo> indicator_family() noexcept {
  static constexpr std::array all{I001, I002, I003, I004, I005, I006, I007, I008, I009,
                                  I010, I011, I012, I013, I014, I015, I016, I017};
  return all;
}

}  // namespace inclusio::rules
