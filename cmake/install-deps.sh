#!/usr/bin/env bash
# Installs, with apt-get, the Debian bookworm packages inclusio builds with; with --test, also those
# its test suite runs with (pandas and Dask, Chromium, clang's sanitizers and libFuzzer, valgrind,
# libabigail, PHP for the FFI example: several hundred megabytes a first run need not wait for).
# Idempotent: when every package is already installed it changes nothing and makes no network call.
#
#   bash cmake/install-deps.sh [--test]
set -euo pipefail

# Configuring and building everything: the library, the tool, the examples, the Python package and
# the benchmark (the test suite's headers too, so that one configuration serves both).
packages=(
  build-essential cmake pkg-config
  libboost1.81-dev libboost-json1.81-dev libboost-date-time1.81-dev
  doctest-dev pybind11-dev libbenchmark-dev libsimdjson-dev
  libsqlite3-dev libxlsxwriter-dev libzip-dev libexpat1-dev
  python3 python3-dev
)
# Running the tests.
test_packages=(
  python3-pytest python3-numpy python3-pandas
  python3-setuptools python3-pip python3-venv python3-wheel
  python3-matplotlib python3-nbclient python3-nbformat python3-ipykernel python3-distributed
  valgrind abigail-tools python3-jsonschema chromium clang-14 libclang-rt-14-dev
  php8.2-cli mono-mcs mono-runtime python3-openpyxl
)
case "${1:-}" in
  "") ;;
  --test) packages+=("${test_packages[@]}") ;;
  *) echo "usage: bash cmake/install-deps.sh [--test]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
