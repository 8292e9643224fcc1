#!/usr/bin/env bash
# The inclusio command-line tool: exit codes, formats, languages, profiles, order. Prints "N passed, N failed".
# Usage: cli_test.sh INCLUSIO_BINARY SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
data="$src/examples/data"
mkdir -p "$work"
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}
run() {  # run ARGS...: sets out and rc
  out=$("$bin" "$@" 2>&1)
  rc=$?
}

cat > "$work/sums.json" <<'JSON'
{"format": "inclusio", "schema_version": "1.0",
 "plans": [{"id": "p", "kind": "support_plan", "title": "Plán", "territory": "t", "period": {"start": "2021-01-01", "end": "2021-12-31"},
   "status": "draft", "measures": [{"id": "m", "title": "Opatření", "theme": "housing", "status": "planned",
   "budget": {"total": "100.00", "sources": [{"source": "op_z", "amount": "99.99"}]}}]}],
 "territories": [{"id": "t", "kind": "municipality", "name": "Teplá", "code": "555631"}]}
JSON
printf '{"format": "inclusio",\n  "plans": [1,, 2]}' > "$work/broken.json"

run validate "$data/rsz-2023.json"
check "a valid file exits 0" test "$rc" -eq 0
check "text ends with the counts" grep -q "rsz-2023.json: 0 errors, 1 warning, 1 info" <<<"$out"

run validate "$work/sums.json"
check "an error finding exits 1" test "$rc" -eq 1
check "M003 in text" grep -q "sums.json:/plans/0/measures/0/budget/sources: error M003 funding sources sum to 99.99 CZK but the total is 100.00 CZK \[m\]" <<<"$out"

run validate "$work/broken.json"
check "an unreadable file exits 2" test "$rc" -eq 2
check "with its position" grep -q "broken.json: cannot be read: line 2, column 15: unexpected ','" <<<"$out"

run validate "$work/sums.json" "$work/broken.json" "$data/asz-2010-2013.json" "$data/rsz-2023.json" "$data/szsz-2016-2022.json" "$data/vysocina-2014-2015.json"
check "unreadable wins over errors: 2" test "$rc" -eq 2
order=$(grep -oE "(sums|broken|asz-2010-2013|rsz-2023|szsz-2016-2022|vysocina-2014-2015)\.json: (cannot|[0-9]+ errors?)" <<<"$out" | cut -d: -f1 | xargs -n1 basename | tr '\n' ' ')
check "files reported in the order given" test "$order" = "sums.json broken.json asz-2010-2013.json rsz-2023.json szsz-2016-2022.json vysocina-2014-2015.json "

run validate --format json "$work/sums.json" "$work/broken.json"
check "json exits like text" test "$rc" -eq 2
check "json is JSON with the findings" /usr/bin/python3 -c '
import json, sys
d = json.loads(sys.argv[1])
assert [f["file"].split("/")[-1] for f in d] == ["sums.json", "broken.json"]
assert d[0]["errors"] == 1 and any(x["rule"] == "M003" and x["pointer"] == "/plans/0/measures/0/budget/sources" for x in d[0]["findings"])
assert "line 2, column 15" in d[1]["error"]' "$out"

run validate --format csv --lang cs "$work/sums.json"
check "csv header" test "$(head -1 <<<"$out")" = "file,rule,severity,pointer,entity,message"
check "csv in Czech keeps diacritics" grep -q ",M003,error,/plans/0/measures/0/budget/sources,m,\"zdroje financování dávají součet 99,99 Kč, ale celkem je 100,00 Kč\"" <<<"$(sed 's/\xc2\xa0/ /g' <<<"$out")"

run validate --lang cs "$work/sums.json" "$work/broken.json"
check "Czech text: Czech severities" grep -q "sums.json:/plans/0/measures/0/budget/sources: chyba M003 " <<<"$out"
check "Czech text: Czech counts" grep -q "^$work/sums.json: 1 chyba, 3 varování, 0 informací$" <<<"$out"
check "Czech text: an unreadable file in Czech" grep -q "broken.json: nelze přečíst: řádek 2, sloupec 15: nečekaný znak „,“" <<<"$out"
run validate --profile strict "$data/rsz-2023.json"
check "strict profile turns the warning into an error" test "$rc" -eq 1
echo '{"rules": {"Q006": "off"}}' > "$work/profile.json"
run validate --profile "$work/profile.json" --format csv "$data/rsz-2023.json"
check "a profile file disables a rule" bash -c '! grep -q Q006 <<<"$1"' _ "$out"
echo '{"rules": {"Q999": "off"}}' > "$work/bad-profile.json"
run validate --profile "$work/bad-profile.json" "$data/rsz-2023.json"
check "an unknown rule in a profile exits 2" test "$rc" -eq 2
check "naming it" grep -q 'unknown rule code "Q999"' <<<"$out"
run validate --as-of 2013-08-31 --format csv "$data/asz-2010-2013.json"
automatic=$out
run validate --as-of 2013-08-31 --format csv --threads 3 "$data/asz-2010-2013.json"
check "--threads 3 gives the same findings" test "$out" = "$automatic"
check "which are there" test "$(wc -l <<<"$out")" -gt 2
run validate --threads=1 --as-of 2013-08-31 --format csv "$data/asz-2010-2013.json"
check "--threads=1 gives the same findings" test "$out" = "$automatic"
for bad in 0 -1 2x ""; do
  run validate --threads "$bad" "$data/rsz-2023.json"
  check "--threads '$bad' exits 2" test "$rc" -eq 2
  check "--threads '$bad' says what it takes" grep -q "threads needs a whole number from 1" <<<"$out"
done
run validate --as-of 2021-02-30 "$data/rsz-2023.json"
check "a bad --as-of exits 2" test "$rc" -eq 2
run validate --as-of 2013-06-29 "$data/asz-2010-2013.json"
check "--as-of before the observations gives D008" grep -q "error D008 observed on 2013-06-30, after the validation date 2013-06-29" <<<"$out"
run validate
check "no file exits 2" test "$rc" -eq 2
run validate --format xml "$data/rsz-2023.json"
check "an unknown format exits 2" test "$rc" -eq 2

run rules
check "rules lists the catalogue" test "$(wc -l <<<"$out")" -eq "$(grep -cE '^\| [A-Z][0-9]{3} \|' "$src/docs/rules.md")"
check "rules in Czech" bash -c '"$1" rules --lang cs | grep -q "^M003  error    Zdroje financování nedávají celkovou částku$"' _ "$bin"

# The usage is generated from the table of commands: every command is listed with its synopsis, its
# --help starts with that synopsis, and README documents each command with the same synopsis.
run --help
check "--help exits 0" test "$rc" -eq 0
usage=$out
for command in validate report rollup results export import diff merge rules territory schema; do
  synopsis=$(grep -E "^  inclusio $command( |$)" <<<"$usage" | sed 's/^  //')
  check "usage lists $command" test -n "$synopsis"
  run "$command" --help
  check "$command --help starts with its synopsis" test "$(head -1 <<<"$out")" = "usage: $synopsis"
  check "README shows the synopsis of $command" grep -qxF "    $synopsis" "$src/README.md"
done
check "usage lists no other command" test "$(grep -cE '^  inclusio ' <<<"$usage")" -eq 11
run
check "no command exits 2" test "$rc" -eq 2
run frobnicate
check "an unknown command exits 2" test "$rc" -eq 2

# Output that cannot be written is a failure with its reason, never exit 0 with nothing written.
if [ -w /dev/full ]; then
  for command in "schema" "rules" "validate $data/rsz-2023.json" "report $data/rsz-2023.json"; do
    # shellcheck disable=SC2086
    err=$("$bin" $command 2>&1 >/dev/full)
    rc=$?
    check "$command to a full disk exits 2" test "$rc" -eq 2
    check "$command to a full disk says why" grep -q "writing the output failed: No space left on device" <<<"$err"
  done
  run report "$data/rsz-2023.json" -o /dev/full
  check "report -o a device exits 2" test "$rc" -eq 2
  check "and says it is not replaced" grep -q "is not a regular file" <<<"$out"
fi
printf 'old report' > "$work/report.md"
run report "$data/rsz-2023.json" --format md -o "$work/report.md"
check "report -o replaces the file" grep -q "^# Summary" "$work/report.md"

# What the user gave is shown with its control characters made visible, in errors as in findings: a
# crafted key or file name can neither set the terminal's title nor forge a line.
printf '{"format": "inclusio", "schema_version": "1.0", "x\\u001b]0;owned\\u0007": 1, "x\\u001b]0;owned\\u0007": 2}' > "$work/crafted.json"
run report "$work/crafted.json"
check "a report's error escapes a crafted key" grep -qF 'duplicate key "x\x1B]0;owned\x07"' <<<"$out"
check "and writes no control character" bash -c '! LC_ALL=C grep -q $'"'"'[\x01-\x09\x0b-\x1f]'"'"' <<<"$1"' _ "$out"
run validate "$work/crafted.json"
check "validate's error escapes it too" grep -qF 'duplicate key "x\x1B]0;owned\x07"' <<<"$out"
run report "$(printf 'no\nsuch: 0 errors')"
check "a crafted file name forges no line" test "$(grep -c '' <<<"$out")" -eq 1
run validate --threads "$(printf '2\033[2J')" "$data/rsz-2023.json"
check "an option's value is escaped" grep -qF -- '--threads needs a whole number from 1, not "2\x1B[2J"' <<<"$out"
run report
check "a missing file names the problem, then the help" test "$(head -2 <<<"$out")" = "$(printf 'inclusio report: no file given\nusage: inclusio report FILE [--plan ID] [--as-of YYYY-MM-DD] [--lang en|cs] [--format json|md|csv|html] [-o OUT]')"

run territory kutna hora
check "territory by name" test "$(head -1 <<<"$out")" = "$(printf '533955\tmunicipality\tKutná Hora')"
run territory 555657
check "territory by code with its chain" test "$(tail -1 <<<"$out")" = "$(printf 'CZ041\tregion\tKarlovarský kraj')"
run territory Atlantida
check "no territory exits 1" test "$rc" -eq 1

"$bin" schema > "$work/schema.json"
check "schema exits 0" test $? -eq 0
check "every example file validates against the schema; wrong forms do not" /usr/bin/python3 - "$work/schema.json" "$data" <<'PY'
import json, pathlib, sys
import jsonschema
schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
files = sorted(pathlib.Path(sys.argv[2]).glob("*.json"))
assert len(files) == 5, files  # seeds 000 to 004
for f in files:
    errors = list(validator.iter_errors(json.loads(f.read_text())))
    assert not errors, (f.name, [e.message for e in errors[:3]])
doc = json.loads((pathlib.Path(sys.argv[2]) / "vysocina-2014-2015.json").read_text())
doc["plans"][0]["measures"][0]["theme"] = "bydleni"
assert not validator.is_valid(doc)
doc["plans"][0]["measures"][0]["theme"] = "housing"
doc["projects"][0]["approved"] = "100.005"
assert not validator.is_valid(doc)
PY

run report "$data/asz-2010-2013.json" --as-of 2013-08-31
check "report exits 0" test "$rc" -eq 0
check "report reproduces seed 003's figures" /usr/bin/python3 -c '
import json, sys
d = json.loads(sys.argv[1])
rip = d["projects"]["by_status"]["approved"]
assert rip["count"] == 5 and rip["approved"] == {"CZK": "306000000.00"}, rip
assert rip["supported_persons"]["planned"] == 2720 and rip["jobs_created"]["planned"] == 1297, rip
assert d["measures"]["count"] == 102 and d["plans"] == 10
row = next(r for r in d["fulfilment"]["rows"] if r["measure"].startswith("BY1 "))
assert row["territories"] == ["kutna-hora", "obrnice"], row' "$out"
run report "$data/asz-2010-2013.json" --format md --lang cs --plan spsz-kutna-hora -o "$work/kh.md"
check "a plan's report in Czech Markdown" grep -q "^| BY1 Úprava pravidel přidělování obecních bytů | ✓ |" "$work/kh.md"
check "the report's findings in Czech" grep -q "^| varování | Q002 | Opatření bez indikátoru | 18 | opatreni-kutna-hora-vz1 (/plans/5/measures/0), " "$work/kh.md"
run report "$data/asz-2010-2013.json" --format csv -o "$work/csv"
check "csv report: one file per table" test -f "$work/csv/projects.csv" -a -f "$work/csv/fulfilment.csv" -a -f "$work/csv/indicators.csv"
check "csv projects row" grep -qx "approved,5,CZK,,306000000.00,,2720,0,1297,0" "$work/csv/projects.csv"
check "csv findings by rule" grep -qx "warning,Q002,102" "$work/csv/findings.csv"
check "csv fulfilment keeps Czech names" grep -q "^BY1 Úprava pravidel přidělování obecních bytů,housing," "$work/csv/fulfilment.csv"
run report "$data/asz-2010-2013.json" --format csv
check "csv without a folder exits 2" test "$rc" -eq 2
run report "$data/asz-2010-2013.json" --plan nic
check "an unknown plan exits 2" test "$rc" -eq 2
run report "$work/broken.json"
check "an unreadable file exits 2" test "$rc" -eq 2

run report "$data/rsz-2023.json" --format html -o "$work/rsz.html"
check "html report exits 0" test "$rc" -eq 0
check "html report is a page" grep -q "^<!DOCTYPE html>" "$work/rsz.html"

for c in validate rules territory schema report results rollup; do
  run "$c" --help
  check "$c --help" test "$rc" -eq 0 -a -n "$out"
done
run --version
check "--version" grep -q "^inclusio [0-9]*\.[0-9]*\.[0-9]*$" <<<"$out"
run frobnicate
check "an unknown command exits 2" test "$rc" -eq 2

# Results per period: the tables of issue 19, in each format.
cat > "$work/monitored.json" <<'JSON'
{"format": "inclusio", "schema_version": "1.1",
 "indicators": [{"id": "osoby", "name": "Podpořené osoby", "subject": {"type": "measure", "id": "m"}, "kind": "output",
   "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative",
   "reporting_frequency": "half_year", "baseline": {"value": 0, "date": "2021-01-01"},
   "targets": [{"value": 40, "date": "2021-12-31"}, {"value": 100, "date": "2022-12-31"}],
   "observations": [{"date": "2021-06-30", "value": 15}, {"date": "2021-12-31", "value": 20, "status": "approved"},
                    {"date": "2022-06-30", "value": 30, "status": "draft"}]}]}
JSON
run results "$work/monitored.json" --as-of 2022-12-31 --format csv
check "results exit 0" test "$rc" -eq 0
check "results per half-year by the indicator's frequency" test "$(wc -l <<<"$out")" -eq 5
check "a missed milestone in its period" grep -qx "osoby,2021-07-01,2021-12-31,40,declared,20,1,35,0.875,off_track,true" <<<"$out"
check "the value to date counts drafts by default" grep -q "^osoby,2022-07-01,2022-12-31,100,declared,,0,65," <<<"$out"
run results "$work/monitored.json" --as-of 2022-12-31 --format csv --approved-only --by year
check "--approved-only and --by year" grep -q "^osoby,2022-01-01,2022-12-31,100,declared,,0,35," <<<"$out"
run results "$work/monitored.json" --as-of 2022-12-31 --format md --lang cs
check "results in Czech Markdown" grep -q "^| 1. 7. 2021 – 31. 12. 2021 | 40 | 20 | 35 | 87,5 % | neplní se, zmeškaný milník |" <<<"$(sed 's/\xc2\xa0/ /g' <<<"$out")"
run results "$work/monitored.json" --by week
check "an unknown --by exits 2" test "$rc" -eq 2
run results "$work/broken.json"
check "an unreadable file exits 2 with its position" grep -q "line 2, column 15" <<<"$out"

# Roll-up by territory: seed 003's towns by region, their projects' 2 720 supported persons.
run rollup "$data/asz-2010-2013.json" --as-of 2013-08-31 --format csv
check "rollup exits 0" test "$rc" -eq 0
check "rollup places the towns in four regions" test "$(grep -c ',plans,' <<<"$out")" -eq 4
check "rollup sums seed 003's supported persons" test "$(awk -F, '$4 == "supported_persons_planned" {s += $7} END {print s}' <<<"$out")" -eq 2720
check "rollup names Karlovarský kraj" grep -qx "region,CZ041,Karlovarský kraj,projects_approved,,CZK,31000000.00" <<<"$out"
run rollup "$data/asz-2010-2013.json" --level orp --format md --lang cs
check "rollup by ORP in Czech" grep -q "^## Kutná Hora (2112)" <<<"$out"
run rollup "$data/asz-2010-2013.json" --level microregion
check "rollup refuses another level" test "$rc" -eq 2

# Tables: export as a workbook, a CSV folder and SQLite; import gives the same document back; a sheet
# with errors exits 1, names its file, row and column and writes nothing.
run export "$data/asz-2010-2013.json" -o "$work/asz.xlsx"
check "export to a workbook exits 0" test "$rc" -eq 0
run export "$data/asz-2010-2013.json" -o "$work/asz-csv" --as-of 2013-08-31
check "export to a CSV folder writes a file per table and per derived table" test "$(ls "$work/asz-csv" | wc -l)" -eq 23
check "the findings table leads with the plan and entity" \
  test "$(head -1 "$work/asz-csv/findings.csv")" = "plan,entity,rule,severity,pointer,message"
run results "$data/asz-2010-2013.json" --as-of 2013-08-31 --format csv
check "the results table is what results --format csv writes" cmp -s "$work/asz-csv/results.csv" <(printf '%s\n' "$out")
run export "$data/asz-2010-2013.json" -o "$work/asz-plain" --no-derived
check "--no-derived writes the document's tables only" test "$(ls "$work/asz-plain" | wc -l)" -eq 19
check "the measures file starts with its heading" test "$(head -c 19 "$work/asz-csv/measures.csv")" = "plan,id,code,title,"
run export "$data/asz-2010-2013.json" -o "$work/asz.sqlite"
check "export to SQLite exits 0" test "$rc" -eq 0
run import "$work/asz.xlsx" -o "$work/asz-from-xlsx.json"
check "import of the workbook exits 0" test "$rc" -eq 0
check "workbook round trip gives the same bytes" cmp -s "$work/asz-from-xlsx.json" "$data/asz-2010-2013.json"
run import "$work/asz-csv" -o "$work/asz-from-csv.json"
check "CSV folder round trip gives the same bytes" cmp -s "$work/asz-from-csv.json" "$data/asz-2010-2013.json"
check "the import names the derived tables it did not read" \
  grep -qx "findings.csv: a derived table or the codes, not read by an import" <<<"$out"
rm -rf "$work/update"
mkdir -p "$work/update"
printf 'plan;id;status;budget_total\nspsz-bilina;opatreni-bilina-vz1;hotovo;"1 250 000,50"\n' > "$work/update/measures.csv"
rm -f "$work/updated.json"
run import "$work/update" --into "$data/asz-2010-2013.json" -o "$work/updated.json"
check "an import with an error exits 1" test "$rc" -eq 1
check "the error names file, row and column" grep -q "^measures.csv, row 2, column status: error S004 " <<<"$out"
check "nothing is written" test ! -e "$work/updated.json"
printf 'plan;id;status;budget_total\nspsz-bilina;opatreni-bilina-vz1;in_progress;"1 250 000,50"\n' > "$work/update/measures.csv"
run import "$work/update" --into "$data/asz-2010-2013.json" -o "$work/updated.json" --lang cs
check "a clean upsert exits 0" test "$rc" -eq 0
check "only what came in is reported" test "$(grep -c . <<<"$out")" -eq 2
check "the upsert changed the cells given" /usr/bin/python3 -c '
import json, sys
old, new = (json.load(open(p)) for p in sys.argv[1:])
m_old = next(m for p in old["plans"] for m in p["measures"] if m["id"] == "opatreni-bilina-vz1")
m_new = next(m for p in new["plans"] for m in p["measures"] if m["id"] == "opatreni-bilina-vz1")
assert m_new["status"] == "in_progress" and m_new["budget"]["total"] == "1250000.50"
m_new.update(status=m_old["status"]); m_new.pop("budget"); m_old.pop("budget", None)
assert old == new' "$data/asz-2010-2013.json" "$work/updated.json"
printf 'plan,id,title\nnikde,g,C\n' > "$work/update/goals.csv"
run import "$work/update" -o "$work/orphan.json"
check "a row that cannot be placed exits 1" test "$rc" -eq 1
check "with its table, row and column" grep -q "table goals (goals.csv), row 2, column plan: no plan has the id \"nikde\"" <<<"$out"
run import "$work/no-such-folder" -o "$work/x.json"
check "an unreadable input exits 2" test "$rc" -eq 2

# Revisions: diff exits as diff(1) does; the patch turns old into new; merge unites or reports conflicts.
rev="$src/tests/fixtures/revision"
run diff "$rev/bilina-2011.json" "$rev/bilina-2011.json"
check "diff of a file with itself exits 0" test "$rc" -eq 0
check "and has no changes" grep -q '"changes":\[\]' <<<"$out"
run diff "$rev/bilina-2011.json" "$rev/bilina-2012.json" --format md --lang cs
check "diff of a revision exits 1" test "$rc" -eq 1
check "the Czech report names the dropped measure" grep -q "^| opatreni-bilina-za4 | Programy prostupného zaměstnávání |" <<<"$out"
check "and the money moved between sources" grep -q "| státní rozpočet |  | 300 000,00 Kč | +300 000,00 Kč |" <<<"$(sed 's/\xc2\xa0/ /g' <<<"$out")"
run diff "$rev/bilina-2011.json" "$rev/bilina-2012.json" --format patch -o "$work/bilina.patch"
check "diff -o writes the patch and still exits 1" test "$rc" -eq 1
check "the patch turns the old file into the new" /usr/bin/python3 -c '
import json, sys
doc = json.load(open(sys.argv[1])); patch = json.load(open(sys.argv[2])); new = json.load(open(sys.argv[3]))
def parts(path): return [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]]
for op in patch:
    *head, last = parts(op["path"]); target = doc
    for p in head: target = target[int(p)] if isinstance(target, list) else target[p]
    if isinstance(target, list):
        i = len(target) if last == "-" else int(last)
        if op["op"] == "add": target.insert(i, op["value"])
        elif op["op"] == "remove": del target[i]
        else: target[i] = op["value"]
    elif op["op"] == "remove": del target[last]
    else: target[last] = op["value"]
assert doc == new, "patched document differs"' "$rev/bilina-2011.json" "$work/bilina.patch" "$rev/bilina-2012.json"
run diff "$rev/bilina-2011.json" --plan spsz-bilina
check "diff --plan of a plan that supersedes none exits 2" test "$rc" -eq 2
check "saying so" grep -q 'plan "spsz-bilina" supersedes no plan of the document' <<<"$out"
run diff "$rev/bilina-2011.json"
check "diff with one file exits 2" test "$rc" -eq 2
run diff "$rev/bilina-2011.json" "$work/broken.json"
check "diff of an unreadable file exits 2" test "$rc" -eq 2
run merge "$rev/bilina-2011.json" "$data/vysocina-2014-2015.json" -o "$work/merged.json"
check "merge of distinct files exits 0" test "$rc" -eq 0
run diff "$data/vysocina-2014-2015.json" "$work/merged.json" --format json
check "the merged portfolio adds the other file's plans" grep -q '"measure_added":' <<<"$out"
rm -f "$work/conflict.json"
run merge "$rev/bilina-2011.json" "$rev/bilina-2012.json" -o "$work/conflict.json"
check "merge of conflicting files exits 1" test "$rc" -eq 1
check "naming both places" grep -qF "conflict: plan spsz-bilina differs: $rev/bilina-2011.json /plans/0 and $rev/bilina-2012.json /plans/0" <<<"$out"
check "and writing nothing" test ! -e "$work/conflict.json"
run merge "$rev/bilina-2011.json" "$rev/bilina-2012.json" -o "$work/conflict.json" --on-conflict prefer-last
check "prefer-last resolves them: exit 0" test "$rc" -eq 0
run diff "$rev/bilina-2012.json" "$work/conflict.json"
check "keeping the last file's versions" test "$rc" -eq 0

echo "$passed passed, $failed failed"
test "$failed" -eq 0
