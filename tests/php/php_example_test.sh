#!/usr/bin/env bash
# Runs examples/php/town_hall.php as a municipal PHP application would (FFI::load of the generated
# inclusio_ffi.h, the library found by the system's search path) and checks what it prints and saves.
#   php_example_test.sh FFI_HEADER LIBRARY_DIR SOURCE_DIR WORK_DIR
set -uo pipefail
header=$1 libdir=$2 source=$3 work=$4
# grep without -q reads all of php's output: with -q it could stop early, php would die of SIGPIPE, and
# pipefail would report FFI as missing.
if ! command -v php >/dev/null || ! php -m | grep -x FFI >/dev/null; then
  echo "php with FFI is missing: run bash cmake/install-deps.sh --test" >&2
  exit 1
fi
mkdir -p "$work"
out=$(LD_LIBRARY_PATH="$libdir" php "$source/examples/php/town_hall.php" "$header" "$source/examples/data" "$work/kh.json" 2>&1)
rc=$?
echo "$out"
failed=0
# Amounts group thousands with no-break spaces; the expected lines write plain ones.
plain=$(sed 's/\xc2\xa0/ /g' <<<"$out")
expect() { grep -qxF -- "$1" <<<"$plain" || { echo "missing line: $1" >&2; failed=1; }; }
[ $rc -eq 0 ] || { echo "the example exited $rc" >&2; failed=1; }
expect "asz-2010-2013.json: 10 plánů, 146 nálezů, z toho 0 chyb"
expect "opatření za1 je na /plans/0/measures/1"
expect "rozpočet BY1: 125000000 haléřů (CZK)"
expect "chybějící cesta: nenalezena u /plans/0/measures/7"
expect "chyba M003 /plans/0/measures/2/budget/sources: zdroje financování dávají součet 295 000,00 Kč, ale celkem je 300 000,00 Kč [vz1]"
expect "ind-by1: at_risk, aktuálně 5 z cíle 12"
grep -q '"title": "Doučování"' "$work/kh.json" || { echo "the saved plan lacks its measures" >&2; failed=1; }
exit $failed
