#!/usr/bin/env bash
# Builds the consumers against inclusio as a user would: installed (pkg-config and find_package) and
# vendored (add_subdirectory). Usage: run.sh pkgconfig|find_package|subdirectory SOURCE_DIR BUILD_DIR
set -euo pipefail
kind=$1 src=$2 build=$3
work="$build/consumers/$kind"
rm -rf "$work" && mkdir -p "$work"
example="$src/examples/data/asz-2010-2013.json"
install_prefix() {
  cmake --install "$build" --prefix "$work/prefix" >/dev/null
}
case $kind in
  pkgconfig)
    install_prefix
    export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig:$work/prefix/lib/x86_64-linux-gnu/pkgconfig"
    # shellcheck disable=SC2046
    cc -std=c99 -Wall -Wextra -pedantic -Werror "$src/tests/consumers/pkgconfig/plans.c" -o "$work/plans" $(pkg-config --cflags --libs inclusio)
    LD_LIBRARY_PATH="$(pkg-config --variable=libdir inclusio)" "$work/plans" "$example"
    ;;
  find_package)
    install_prefix
    cmake -S "$src/tests/consumers/find_package" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
    cmake --build "$work/build" -j2 >/dev/null
    "$work/build/consumer_cpp" "$example"
    "$work/build/consumer_c" "$example"
    ;;
  subdirectory)
    cmake -S "$src/tests/consumers/subdirectory" -B "$work/build" -DINCLUSIO_SOURCE="$src" >/dev/null
    # The host's program and what it links: the core, built from source as a vendoring host builds it.
    cmake --build "$work/build" -j2 --target report >/dev/null
    cmake --install "$work/build" --prefix "$work/prefix" >/dev/null
    # Only the host's own program is installed: no inclusio headers, libraries or package files.
    installed=$(cd "$work/prefix" && find . -type f | sort)
    if [ "$installed" != "./bin/report" ]; then echo "vendored install put in: $installed"; exit 1; fi
    "$work/build/report" "$src/examples/data/vysocina-2014-2015.json"
    ;;
esac
echo "$kind consumer: ok"
