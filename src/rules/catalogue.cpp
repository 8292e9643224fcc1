// The rule catalogue as data. Codes and default severities are those of DESIGN.md section 4 and
// never change; titles and rationales are documentation (docs/rules.md is generated from them).

#include <inclusio/validate.hpp>

#include <array>

namespace inclusio {

namespace {
constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Severity I = Severity::info;

constexpr auto catalogue = std::to_array<RuleInfo>({
  {"S001", E, "Not an inclusio document or unsupported schema version",
   "Nejde o dokument inclusio nebo nepodporovaná verze schématu",
   "A reader can only interpret a document it recognises. Loading refuses input without the "
   "\"format\": \"inclusio\" marker or with a schema_version it does not know, and names both versions, so "
   "that a file from a newer tool is not misread silently.",
   "Čtenář může správně vyložit jen dokument, který rozpozná. Načtení odmítne vstup bez značky "
   "\"format\": \"inclusio\" nebo s neznámou verzí schématu a uvede obě verze, aby se soubor z novějšího "
   "nástroje tiše nevyložil chybně."},
  {"S002", E, "Required field missing", "Chybí povinná položka",
   "Each entity needs its identifying and defining fields (an id, a title, a kind, a status...) for any "
   "report or rule to make sense of it.",
   "Každá entita potřebuje položky, které ji určují (id, název, druh, stav...), jinak s ní žádný přehled "
   "ani pravidlo nemůže pracovat."},
  {"S003", E, "Field of the wrong JSON type", "Položka nesprávného typu JSON",
   "A string where a number belongs, or an object where a list belongs, cannot be read as what the field "
   "means. The value is kept as written so nothing is lost, and reported so that it is corrected.",
   "Řetězec místo čísla nebo objekt místo seznamu nelze přečíst jako to, co položka znamená. Hodnota se "
   "uchová tak, jak byla zapsána, aby se nic neztratilo, a hlásí se, aby ji bylo možné opravit."},
  {"S004", E, "Value not in its codelist", "Hodnota není v číselníku",
   "Codelists (themes, statuses, kinds, programmes, currencies) are what make plans comparable across "
   "towns; a value outside them is usually a typo. The message names the allowed values.",
   "Číselníky (témata, stavy, druhy, programy, měny) umožňují srovnávat plány mezi obcemi; hodnota mimo "
   "ně bývá překlep. Hlášení uvádí povolené hodnoty."},
  {"S005", E, "Duplicate id", "Duplicitní identifikátor",
   "Ids are how measures, projects and indicators refer to each other; two entities with one id make "
   "every reference to it ambiguous. The message names where the id first appears.",
   "Identifikátory propojují opatření, projekty a indikátory; dvě entity se stejným id činí každý odkaz "
   "na ně nejednoznačným. Hlášení uvádí, kde se id objevilo poprvé."},
  {"S006", E, "Malformed id", "Chybně utvořený identifikátor",
   "Ids are 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-', so that they survive file names, "
   "URLs, spreadsheets and every programming language that reads them.",
   "Identifikátor má 1 až 128 znaků z A-Z, a-z, 0-9, '.', '_', ':' a '-', aby obstál v názvech souborů, "
   "adresách URL, tabulkách i v každém programovacím jazyce."},
  {"S007", I, "Unknown field (kept and written back)", "Neznámá položka (uchována a zapsána zpět)",
   "A field the format does not define is kept and written back unchanged, so that other tools' data "
   "survives; it is reported because it may also be a misspelt known field.",
   "Položka, kterou formát nezná, se uchová a zapíše zpět beze změny, aby data jiných nástrojů přežila; "
   "hlásí se, protože může jít i o překlep ve známé položce."},
  {"R001", E, "Reference to an id that does not exist", "Odkaz na neexistující identifikátor",
   "A measure's goal, a project's recipient or an indicator's subject that names nothing breaks every "
   "summary that follows the link.",
   "Cíl opatření, příjemce projektu nebo předmět indikátoru, který na nic neodkazuje, naruší každý "
   "přehled, který odkaz sleduje."},
  {"R002", E, "Reference to an entity of the wrong kind", "Odkaz na entitu nesprávného druhu",
   "A measure's goal must be a goal, a project's recipient an organisation: a link to another kind of "
   "entity is a mistake even though the id exists.",
   "Cílem opatření musí být cíl, příjemcem projektu organizace: odkaz na jiný druh entity je chyba, i "
   "když identifikátor existuje."},
  {"R003", E, "Cycle in parents or revisions", "Cyklus v nadřazených položkách nebo revizích",
   "Territories nest in their parents, goals in their parent goals and plans supersede earlier plans; a "
   "cycle in any of these chains makes hierarchies and revision histories meaningless.",
   "Území jsou vnořena do nadřazených území, cíle do nadřazených cílů a plány nahrazují starší plány; "
   "cyklus v kterémkoli z těchto řetězců znehodnotí hierarchie i historii revizí."},
  {"R004", E, "A measure's goal belongs to another plan", "Cíl opatření patří k jinému plánu",
   "A measure pursues a goal of its own plan; linking it to another plan's goal mixes two plans' "
   "accounts of what is done and why.",
   "Opatření naplňuje cíl svého plánu; propojení s cílem jiného plánu směšuje, co a proč dělají dva "
   "různé plány."},
  {"D001", E, "Impossible date", "Neexistující datum",
   "Dates are YYYY-MM-DD days of the calendar; 2021-02-30 or 2023-13-01 is a typo that would shift "
   "every period and deadline computed from it.",
   "Data mají tvar RRRR-MM-DD a musí existovat v kalendáři; 2021-02-30 nebo 2023-13-01 je překlep, "
   "který by posunul každé období a termín z něj odvozený."},
  {"D002", E, "Period starts after it ends", "Období začíná po svém konci",
   "A period's start must not be after its end; reversed dates usually mean the two were swapped.",
   "Začátek období nesmí být po jeho konci; obrácená data obvykle znamenají jejich záměnu."},
  {"D003", W, "Measure period outside its plan's period", "Období opatření mimo období plánu",
   "A measure is carried out within the plan that contains it; a period reaching outside the plan's "
   "suggests a wrong date or a measure that belongs to a revision.",
   "Opatření se uskutečňuje v rámci plánu, který je obsahuje; období přesahující plán ukazuje na chybné "
   "datum nebo na opatření, které patří do revize."},
  {"D004", W, "Target date outside the period of the indicator's subject",
   "Termín cílové hodnoty mimo období předmětu indikátoru",
   "A target is meant to be reached while its plan, measure or project runs; a deadline outside that "
   "period cannot be monitored by it.",
   "Cílové hodnoty se má dosáhnout za trvání plánu, opatření nebo projektu; termín mimo toto období jimi "
   "nelze sledovat."},
  {"D005", W, "Observation dated before the baseline", "Pozorování datované před výchozí hodnotou",
   "The baseline is the starting point of measurement; an earlier observation usually means a wrong date "
   "or a wrong baseline.",
   "Výchozí hodnota je počátkem měření; dřívější pozorování obvykle znamená chybné datum nebo chybnou "
   "výchozí hodnotu."},
  {"D006", W, "Plan approved after its period started", "Plán schválen až po začátku svého období",
   "A strategic plan becomes binding by the council's approval; a plan whose period started before its "
   "approval ran for a while without a mandate.",
   "Strategický plán se stává závazným schválením zastupitelstvem; plán, jehož období začalo před "
   "schválením, nějakou dobu běžel bez mandátu."},
  {"D007", W, "Plan length does not match its support type", "Délka plánu neodpovídá typu podpory",
   "Intensive comprehensive support runs in 3-year cycles, remote intensive and remote partial support in "
   "1-year cycles; a plan more than 3 months longer or shorter than its cycle is probably misdated or "
   "misclassified.",
   "Intenzivní komplexní podpora probíhá v tříletých cyklech, vzdálená intenzivní a vzdálená dílčí "
   "podpora v ročních; plán delší nebo kratší o více než 3 měsíce má nejspíš chybná data nebo typ."},
  {"D008", E, "Observation dated after as_of", "Pozorování datované po rozhodném dni",
   "An observation cannot come from the future: a date after the validation day (as_of) is a typo in the "
   "year or a planned value entered as an observation.",
   "Pozorování nemůže pocházet z budoucnosti: datum po rozhodném dni (as_of) je překlep v roce nebo "
   "plánovaná hodnota zapsaná jako pozorování."},
  {"M001", E, "Malformed amount", "Chybně zapsaná částka",
   "Amounts are exact: a decimal string with at most two decimals (\"1250000.50\") or a whole number. A "
   "third decimal or a floating-point number cannot be held to the haléř.",
   "Částky jsou přesné: desetinný řetězec s nejvýše dvěma desetinnými místy (\"1250000.50\") nebo celé "
   "číslo. Třetí desetinné místo ani číslo s plovoucí čárkou nelze uchovat na haléř přesně."},
  {"M002", E, "Negative amount", "Záporná částka",
   "Budgets, funding sources and project amounts are never negative; a minus sign is a data-entry error.",
   "Rozpočty, zdroje financování ani částky projektů nejsou záporné; znaménko minus je chyba zápisu."},
  {"M003", E, "Funding sources do not sum to the total", "Zdroje financování nedávají celkovou částku",
   "A measure's funding sources account for its whole budget, exactly to the haléř; a difference means a "
   "source is missing or an amount is mistyped.",
   "Zdroje financování opatření pokrývají celý jeho rozpočet, přesně na haléř; rozdíl znamená chybějící "
   "zdroj nebo překlep v částce."},
  {"M004", E, "A sum overflows", "Součet přetéká",
   "Sums of amounts are computed exactly in 64-bit haléř; a sum beyond about 92 quadrillion CZK cannot be "
   "real and is reported instead of wrapping around.",
   "Součty částek se počítají přesně v 64bitových haléřích; součet nad zhruba 92 biliard Kč nemůže být "
   "skutečný a hlásí se místo přetečení."},
  {"M005", E, "Amounts in different currencies added together", "Sčítání částek v různých měnách",
   "A total in CZK cannot be made of sources in EUR without an exchange rate the document does not give; "
   "such amounts are never added.",
   "Celková částka v Kč nemůže vzniknout ze zdrojů v EUR bez kurzu, který dokument neuvádí; takové "
   "částky se nikdy nesčítají."},
  {"M006", W, "Project drawn more than approved, or approved more than requested",
   "Projekt čerpal více, než bylo schváleno, nebo schváleno více, než bylo požadováno",
   "Money flows from request to approval to drawing; a later stage larger than the earlier one is usually "
   "a mistyped amount.",
   "Peníze plynou od žádosti přes schválení k čerpání; pozdější fáze větší než předchozí bývá překlep v "
   "částce."},
  {"I001", W, "Indicator without baseline", "Indikátor bez výchozí hodnoty",
   "Without a baseline, progress cannot be measured: the evaluations of the methodology ask for the "
   "starting state of every indicator.",
   "Bez výchozí hodnoty nelze měřit pokrok: evaluace podle metodiky vyžadují výchozí stav každého "
   "indikátoru."},
  {"I002", W, "Indicator without target", "Indikátor bez cílové hodnoty",
   "An indicator without a target says what is counted but not what the plan wants to achieve (context "
   "indicators are exempt).",
   "Indikátor bez cílové hodnoty říká, co se počítá, ale ne, čeho chce plán dosáhnout (kontextové "
   "indikátory jsou výjimkou)."},
  {"I003", E, "Percentage outside 0–100", "Procento mimo rozsah 0–100",
   "A share in percent lies between 0 and 100; anything else is a count entered as a share or a typo.",
   "Podíl v procentech leží mezi 0 a 100; cokoli jiného je počet zapsaný jako podíl nebo překlep."},
  {"I004", E, "Count that is not a non-negative whole number", "Počet, který není nezáporné celé číslo",
   "Persons, households, jobs, events, documents and housing units are counted in whole, non-negative "
   "numbers.",
   "Osoby, domácnosti, pracovní místa, akce, dokumenty a bytové jednotky se počítají v nezáporných "
   "celých číslech."},
  {"I005", W, "Target against the direction of change", "Cílová hodnota proti směru změny",
   "An indicator meant to increase needs a target above its baseline, one meant to decrease a target "
   "below it; otherwise direction, baseline or target is wrong.",
   "Indikátor, který má růst, potřebuje cílovou hodnotu nad výchozí, a který má klesat, pod ní; jinak je "
   "chybný směr, výchozí nebo cílová hodnota."},
  {"I006", I, "Target already met at baseline", "Cílová hodnota splněna už na začátku",
   "A target the baseline already satisfies asks for no change; it may be intended (maintaining a state) "
   "but is worth a second look.",
   "Cílová hodnota, kterou splňuje už výchozí stav, nežádá žádnou změnu; může to být záměr (udržení "
   "stavu), ale stojí za kontrolu."},
  {"I007", E, "Share and count inconsistent with the denominator", "Podíl a počet neodpovídají jmenovateli",
   "\"Min. 75 % of 40 units, i.e. 30\": the share and the count must agree within half a percentage point "
   "(75 % of 40 is 30, not 29).",
   "\"Min. 75 % ze 40 celků, tj. 30\": podíl a počet se musí shodovat s tolerancí půl procentního bodu "
   "(75 % ze 40 je 30, ne 29)."},
  {"I008", E, "Value of the wrong type for the measure", "Hodnota nesprávného typu pro druh měření",
   "Quantities and percentages are numbers; ordinal ratings and qualitative findings are text. A value of "
   "the other type cannot be aggregated or compared.",
   "Množství a podíly jsou čísla; pořadová hodnocení a kvalitativní zjištění jsou text. Hodnotu jiného "
   "typu nelze agregovat ani porovnat."},
  {"I009", E, "Two observations for the same date and dimensions", "Dvě pozorování pro stejné datum a členění",
   "Each date or period has one observation per breakdown; two make the current value ambiguous and "
   "double a cumulative sum.",
   "Každé datum nebo období má v daném členění jedno pozorování; dvě činí aktuální hodnotu nejednoznačnou "
   "a zdvojí kumulativní součet."},
  {"I010", E, "Ordinal value outside the indicator's scale", "Pořadová hodnota mimo stupnici indikátoru",
   "Ordinal ratings (\"very successful\" ... \"unsuccessful\") must be labels of the indicator's scale to be "
   "ranked.",
   "Pořadová hodnocení (\"velmi úspěšné\" ... \"neúspěšné\") musí být stupni stupnice indikátoru, aby je "
   "šlo seřadit."},
  {"I011", W, "Targets of a cumulative indicator decrease over time",
   "Cílové hodnoty kumulativního indikátoru v čase klesají",
   "A cumulative total never falls: a later target below an earlier one means a typo or an indicator that "
   "is not cumulative.",
   "Kumulativní součet nikdy neklesá: pozdější cílová hodnota nižší než dřívější znamená překlep nebo "
   "indikátor, který není kumulativní."},
  {"Q001", W, "Goal without measures", "Cíl bez opatření",
   "A goal that no measure pursues will not be achieved by the plan (goals with sub-goals are exempt).",
   "Cíl, který nenaplňuje žádné opatření, plán nesplní (cíle s dílčími cíli jsou výjimkou)."},
  {"Q002", W, "Measure without indicator", "Opatření bez indikátoru",
   "Without an indicator, nobody can tell whether a measure works; evaluations found plans whose measures "
   "could not be assessed.",
   "Bez indikátoru nelze poznat, zda opatření funguje; evaluace nacházely plány, jejichž opatření nešlo "
   "vyhodnotit."},
  {"Q003", W, "Measure without a responsible organisation", "Opatření bez odpovědné organizace",
   "A measure with no one responsible tends not to happen; the methodology names a responsible body for "
   "each.",
   "Opatření, za které nikdo neodpovídá, se obvykle neuskuteční; metodika u každého určuje odpovědný "
   "subjekt."},
  {"Q004", W, "Measure with a budget but no funding sources", "Opatření s rozpočtem bez zdrojů financování",
   "A budget without sources says how much but not from where; the funding is what turns a measure into "
   "projects.",
   "Rozpočet bez zdrojů říká kolik, ale ne odkud; právě financování mění opatření v projekty."},
  {"Q005", W, "Theme declared by the plan without any measure in it", "Téma plánu bez jediného opatření",
   "A theme the plan declares but no measure addresses is a promise without action.",
   "Téma, které plán deklaruje, ale žádné opatření ho neřeší, je slib bez činů."},
  {"Q006", W, "Project linked to no measure", "Projekt nepropojený s žádným opatřením",
   "Evaluations found plans that copy fundable projects instead of pursuing goals; a project should "
   "carry out a measure of a plan.",
   "Evaluace zjistily, že plány kopírují dosažitelné projekty místo sledování cílů; projekt má realizovat "
   "opatření plánu."},
  {"Q007", W, "Measure linked to no goal (an error in a strategic plan)", "Opatření bez cíle (ve strategickém plánu chyba)",
   "Measures exist to pursue goals; a strategic plan for social inclusion ties every measure to a goal, "
   "so there it is an error.",
   "Opatření existují kvůli cílům; strategický plán sociálního začleňování váže každé opatření k cíli, "
   "proto je tam chybějící cíl chybou."},
  {"Q008", E, "Approved strategic plan without a council approval", "Schválený strategický plán bez usnesení zastupitelstva",
   "A strategic plan for social inclusion is binding once the council approves it; a plan marked "
   "approved or in force must record that approval.",
   "Strategický plán sociálního začleňování je závazný po schválení zastupitelstvem; plán označený jako "
   "schválený nebo platný musí toto schválení uvádět."},
  {"Q009", I, "Goal without evidence from an analysis", "Cíl bez opory v analýze",
   "Goals should be grounded in an analysis of the locality; evaluations found measures without evidence "
   "behind them.",
   "Cíle mají vycházet z analýzy lokality; evaluace nacházely opatření bez podkladů."},
  {"Q010", W, "Local partnership without a decision-maker", "Lokální partnerství bez osoby s rozhodovací pravomocí",
   "The evaluations' key finding: a local partnership works when people with decision-making powers take "
   "part; one without a chair or decision-maker rarely delivers.",
   "Klíčové zjištění evaluací: lokální partnerství funguje, když se ho účastní lidé s rozhodovací "
   "pravomocí; partnerství bez předsedy nebo takové osoby jen zřídka něčeho dosáhne."},
  {"Q011", W, "Age range of a target group reversed or outside 0–120", "Věkové rozpětí cílové skupiny obrácené nebo mimo 0–120",
   "A target group's ages run from min_age to max_age within a human life; reversed or impossible ages "
   "are typos.",
   "Věk cílové skupiny sahá od min_age do max_age v mezích lidského života; obrácené nebo nemožné "
   "hodnoty jsou překlepy."},
  {"C001", E, "IČO fails its checksum", "IČO nesplňuje kontrolní součet",
   "An IČO is 8 digits whose last is a mod-11 check digit over the first seven (weights 8 to 2); a failing "
   "check catches most mistyped numbers.",
   "IČO má 8 číslic, z nichž poslední je kontrolní číslice modulo 11 z prvních sedmi (váhy 8 až 2); "
   "kontrola odhalí většinu překlepů."},
  {"C002", E, "Territorial code of the wrong form or check digit", "Územní kód nesprávného tvaru nebo kontrolní číslice",
   "Each kind of territory has its official code: a municipality the 6-digit ČSÚ code ending in a mod-11 "
   "check digit, an ORP 4 digits, a district its LAU 1 code (CZ0205), a region its NUTS 3 code (CZ020), a "
   "country its ISO 3166-1 alpha-2 code.",
   "Každý druh území má svůj úřední kód: obec šestimístný kód ČSÚ zakončený kontrolní číslicí modulo 11, "
   "ORP čtyři číslice, okres kód LAU 1 (CZ0205), kraj kód NUTS 3 (CZ020), stát kód ISO 3166-1 alpha-2."},
  {"C003", W, "Territorial code unknown to the ČSÚ codelists", "Územní kód neznámý číselníkům ČSÚ",
   "A well-formed code may still name no municipality, ORP, district or region; the bundled ČSÚ codelists "
   "catch it and suggest the territory by name.",
   "I správně utvořený kód nemusí označovat žádnou obec, ORP, okres ani kraj; přiložené číselníky ČSÚ to "
   "odhalí a navrhnou území podle názvu."},
  {"C004", E, "Registration number does not match its programme period", "Registrační číslo neodpovídá programovému období",
   "Project registration numbers have a fixed form per programme period (2007–13 CZ.1.04/3.2.00/B4.00007, "
   "2014–20 CZ.03.2.63/0.0/0.0/15_030/0000605, 2021–27 CZ.03.02.02/00/22_004/0000366); the message names "
   "the segment that is wrong.",
   "Registrační čísla projektů mají v každém programovém období pevný tvar (2007–13 "
   "CZ.1.04/3.2.00/B4.00007, 2014–20 CZ.03.2.63/0.0/0.0/15_030/0000605, 2021–27 "
   "CZ.03.02.02/00/22_004/0000366); hlášení uvádí chybný úsek."},
  {"C005", W, "Territory under an impossible parent", "Území pod nemožným nadřazeným územím",
   "Territories nest by kind: municipalities in districts, ORP or regions, districts in regions, regions "
   "in a country. A region under a district, or a parent the ČSÚ codelists contradict, is a wrong link.",
   "Území se vnořují podle druhu: obce do okresů, ORP nebo krajů, okresy do krajů, kraje do státu. Kraj "
   "pod okresem nebo nadřazené území v rozporu s číselníky ČSÚ je chybný odkaz."},
  {"E001", E, "Event outcome inconsistent", "Nekonzistentní výsledek akce",
   "Votes and signatures are counts: none is negative, and yes plus no votes cannot exceed the valid "
   "votes (Toužim 2012: 1 209 valid, 89 yes, 1 113 no).",
   "Hlasy a podpisy jsou počty: žádný není záporný a hlasy pro a proti nepřevýší platné hlasy (Toužim "
   "2012: 1 209 platných, 89 pro, 1 113 proti)."},
  {"E002", W, "Event dated outside the period of its subject", "Akce mimo období svého předmětu",
   "An event about a plan, measure or project takes place while it runs; a date outside usually means a "
   "wrong year or a wrong subject.",
   "Akce týkající se plánu, opatření nebo projektu se koná za jeho trvání; datum mimo obvykle znamená "
   "chybný rok nebo předmět."},
});
}  // namespace

std::span<const RuleInfo> rule_catalogue() noexcept { return catalogue; }

const RuleInfo* find_rule(std::string_view code) noexcept {
  for (const RuleInfo& r : catalogue)
    if (r.code == code) return &r;
  return nullptr;
}

std::string_view to_code(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> severity_from_code(std::string_view code) noexcept {
  if (code == "info") return Severity::info;
  if (code == "warning") return Severity::warning;
  if (code == "error") return Severity::error;
  return std::nullopt;
}

std::string rules_markdown() {
  std::string out =
      "# Rule catalogue\n\n"
      "Generated from `src/rules/catalogue.cpp` by `inclusio_rules_doc`; a test fails when this file is stale.\n"
      "Codes are stable forever; a profile can disable a rule or change its severity. A host's own rules use\n"
      "codes starting with `X`.\n\n"
      "| code | default | rule | pravidlo |\n|---|---|---|---|\n";
  for (const RuleInfo& r : catalogue)
    out += "| " + std::string(r.code) + " | " + std::string(to_code(r.severity)) + " | " + std::string(r.title_en) +
           " | " + std::string(r.title_cs) + " |\n";
  for (const RuleInfo& r : catalogue) {
    out += "\n## " + std::string(r.code) + " — " + std::string(r.title_en) + "\n\n";
    out += "Default severity: " + std::string(to_code(r.severity)) + ".\n\n";
    out += std::string(r.rationale_en) + "\n\n";
    out += "*" + std::string(r.title_cs) + ".* " + std::string(r.rationale_cs) + "\n";
  }
  return out;
}

}  // namespace inclusio
