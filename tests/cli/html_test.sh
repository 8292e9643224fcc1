#!/usr/bin/env bash
# The HTML report renders in headless Chromium without console messages, uses no external assets,
# and its screenshot is not blank (compared with a blank page rendered in the same run).
# Usage: html_test.sh INCLUSIO_BINARY SOURCE_DIR WORK_DIR. Prints "N passed, N failed".
set -u
bin=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
passed=0 failed=0
check() {
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}
render() {  # render HTML PNG LOG
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$(basename "$2")" --enable-logging=stderr --v=0 \
    --hide-scrollbars --window-size=1200,1800 --screenshot="$2" "file://$1" > "$3" 2>&1
}

"$bin" report "$src/examples/data/asz-2010-2013.json" --as-of 2013-08-31 --format html --lang cs -o "$work/report.html"
check "the report is written" test -s "$work/report.html"
check "it is self-contained: no external assets or scripts" bash -c '! grep -qiE "(src|href)=|url\(|<script|<link" "$1"' _ "$work/report.html"
check "it carries the seed's figures (Czech amounts use no-break spaces)" grep -q "306 000 000,00 Kč" <(sed 's/\xc2\xa0/ /g' "$work/report.html")
printf '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>\n' > "$work/blank.html"

render "$work/report.html" "$work/report.png" "$work/report.log"
check "Chromium renders the report" test -s "$work/report.png"
check "without console messages" bash -c '! grep -q "CONSOLE" "$1"' _ "$work/report.log"
render "$work/blank.html" "$work/blank.png" "$work/blank.log"
report_size=$(stat -c %s "$work/report.png" 2>/dev/null || echo 0)
blank_size=$(stat -c %s "$work/blank.png" 2>/dev/null || echo 1)
check "the screenshot is not blank (PNG $report_size bytes against $blank_size for a blank page)" test "$report_size" -gt $((blank_size * 10))

echo "$passed passed, $failed failed"
test "$failed" -eq 0
