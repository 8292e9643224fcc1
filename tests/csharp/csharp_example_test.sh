#!/usr/bin/env bash
# Compiles examples/csharp/TownHall.cs with Mono's C# compiler and runs it as a town hall's .NET system
# would (P/Invoke of libinclusio.so.N found by the system's search path); checks what it prints and saves.
#   csharp_example_test.sh LIBRARY_DIR SOURCE_DIR WORK_DIR
set -uo pipefail
libdir=$1 source=$2 work=$3
if ! command -v mcs >/dev/null || ! command -v mono >/dev/null; then
  echo "Mono (mcs, mono) is missing: run bash cmake/install-deps.sh --test" >&2
  exit 1
fi
mkdir -p "$work"
mcs -nologo -warnaserror -out:"$work/TownHall.exe" "$source/examples/csharp/TownHall.cs" || { echo "the example does not compile" >&2; exit 1; }
out=$(LD_LIBRARY_PATH="$libdir" mono "$work/TownHall.exe" "$source/examples/data" "$work/kh.json" 2>&1)
rc=$?
echo "$out"
failed=0
# Amounts group thousands with no-break spaces; the expected lines write plain ones.
plain=$(sed 's/\xc2\xa0/ /g' <<<"$out")
expect() { grep -qxF -- "$1" <<<"$plain" || { echo "missing line: $1" >&2; failed=1; }; }
[ $rc -eq 0 ] || { echo "the example exited $rc" >&2; failed=1; }
expect "asz-2010-2013.json: 10 plánů, 146 nálezů, z toho 0 chyb"
expect "opatření za1 je na /plans/0/measures/1"
expect "rozpočet BY1: 125000000 haléřů (CZK), tj. 1 250 000,00 Kč"
expect "chybějící cesta: nenalezena u /plans/0/measures/7"
expect "chyba M003 /plans/0/measures/2/budget/sources: zdroje financování dávají součet 295 000,00 Kč, ale celkem je 300 000,00 Kč [vz1]"
expect "ind-by1: at_risk, aktuálně 5 z cíle 12 k 2022-06-30"
grep -q '"name": "Kutná Hora"' "$work/kh.json" || { echo "the saved plan lost its Czech names" >&2; failed=1; }
grep -q '"title": "Doučování"' "$work/kh.json" || { echo "the saved plan lacks its measures" >&2; failed=1; }
exit $failed
