#!/usr/bin/env bash
# The ABI gate: compares the built libinclusio with the committed baseline. An incompatible change
# fails until the baseline is regenerated with --update and INCLUSIO_SOVERSION is bumped on purpose.
# abidiff sets bit 4 for any change to an existing interface (a struct layout, a parameter) and bit 8
# for removals; both fail. Additions (new functions) are left out with --no-added-syms and pass.
#   check.sh LIBRARY SOURCE_DIR BINARY_INCLUDE_DIR [--update]
set -uo pipefail
lib=$1 src=$2 gen=$3
here="$src/capi/abi"
flags=(--headers-dir "$src/capi/include/inclusio" --headers-dir "$gen/inclusio" --drop-private-types
       --suppressions "$here/suppressions.ini")
if [ "${4:-}" = "--update" ]; then
  exec abidw --exported-interfaces-only "${flags[@]}" --no-corpus-path --no-comp-dir-path --short-locs \
    --out-file "$here/libinclusio.abi" "$lib"
fi
abidiff --exported-interfaces-only --no-added-syms --suppressions "$here/suppressions.ini" \
  --headers-dir2 "$src/capi/include/inclusio" --headers-dir2 "$gen/inclusio" --drop-private-types \
  "$here/libinclusio.abi" "$lib"
rc=$?
if (( rc & 1 )); then echo "abidiff failed to run (exit $rc)"; exit 1; fi
if (( rc & 12 )); then
  echo "INCOMPATIBLE ABI CHANGE against capi/abi/libinclusio.abi (see above)."
  echo "If it is deliberate: bump INCLUSIO_SOVERSION in CMakeLists.txt and run capi/abi/check.sh ... --update."
  exit 1
fi
echo "ABI compatible with the baseline"
exit 0
